// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CongVu.Ui

/** Column titles of the unit tree (same widths as UnitRow). */
Rectangle {
    implicitHeight: Theme.rowHeight
    color: Theme.headerRow

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Cell {
            Layout.leftMargin: Theme.spacingM
            Layout.fillWidth: true
            header: true
            text: qsTr("Name")
        }
        Cell {
            Layout.preferredWidth: Theme.colUnitCode
            header: true
            text: qsTr("Code")
        }
        Cell {
            Layout.preferredWidth: Theme.colKind
            header: true
            text: qsTr("Kind")
        }
        Cell {
            Layout.preferredWidth: Theme.colValidity
            header: true
            text: qsTr("Valid from")
        }
        Cell {
            Layout.preferredWidth: Theme.colValidity
            header: true
            text: qsTr("Valid until")
        }
        Cell {
            Layout.preferredWidth: Theme.colSuccessor
            header: true
            text: qsTr("Status")
        }
        Cell {
            Layout.preferredWidth: Theme.colBadge
            header: true
            text: qsTr("Area")
        }
        Cell {
            Layout.preferredWidth: Theme.colCount
            Layout.rightMargin: Theme.spacingM
            header: true
            horizontalAlignment: Text.AlignRight
            text: qsTr("Staff")
        }
    }
}
