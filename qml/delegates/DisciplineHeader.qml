// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CongVu.Ui

/** Column titles of the decision list (same widths as DisciplineRow). */
Rectangle {
    implicitHeight: Theme.rowHeight
    color: Theme.headerRow

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Cell {
            Layout.leftMargin: Theme.spacingM
            Layout.preferredWidth: Theme.colCode
            header: true
            text: qsTr("Code")
        }
        Cell {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.colLevel
            header: true
            text: qsTr("Full name")
        }
        Cell {
            Layout.preferredWidth: Theme.colUnit
            header: true
            text: qsTr("Unit")
        }
        Cell {
            Layout.preferredWidth: Theme.colCategory
            header: true
            text: qsTr("Form", "discipline form")
        }
        Cell {
            Layout.preferredWidth: Theme.colPosition
            header: true
            text: qsTr("Decision no.")
        }
        Cell {
            Layout.preferredWidth: Theme.colDate
            header: true
            text: qsTr("Decided on")
        }
        Cell {
            Layout.preferredWidth: Theme.colDate
            header: true
            text: qsTr("Effective")
        }
        Cell {
            Layout.preferredWidth: Theme.colDate
            header: true
            text: qsTr("Bars until")
        }
        Cell {
            Layout.preferredWidth: Theme.colCount
            Layout.rightMargin: Theme.spacingM
            header: true
            text: qsTr("In force")
        }
    }
}
