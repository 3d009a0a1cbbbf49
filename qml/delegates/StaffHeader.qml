// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CongVu.Ui

/** Column titles of the staff list (same widths as StaffRow). */
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
            header: true
            text: qsTr("Full name")
        }
        Cell {
            Layout.preferredWidth: Theme.colDate
            header: true
            text: qsTr("Birth date")
        }
        Cell {
            Layout.preferredWidth: Theme.colUnit
            header: true
            text: qsTr("Unit")
        }
        Cell {
            Layout.preferredWidth: Theme.colCategory
            header: true
            text: qsTr("Category")
        }
        Cell {
            Layout.preferredWidth: Theme.colPosition
            header: true
            text: qsTr("Position")
        }
        Cell {
            Layout.preferredWidth: Theme.colLevel
            header: true
            text: qsTr("Professional level")
        }
        Cell {
            Layout.preferredWidth: Theme.colTheory
            Layout.rightMargin: Theme.spacingM
            header: true
            text: qsTr("Political theory")
        }
    }
}
