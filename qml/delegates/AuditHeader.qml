// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CongVu.Ui

/** Column titles of the audit trail (same widths as AuditRow). */
Rectangle {
    implicitHeight: Theme.rowHeight
    color: Theme.headerRow

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Cell {
            Layout.leftMargin: Theme.spacingM
            Layout.preferredWidth: Theme.colCategory
            header: true
            text: qsTr("When", "@title:column audit")
        }
        Cell {
            Layout.preferredWidth: Theme.colKind
            header: true
            text: qsTr("Who", "@title:column audit")
        }
        Cell {
            Layout.preferredWidth: Theme.colKind
            header: true
            text: qsTr("Action", "@title:column audit")
        }
        Cell {
            Layout.preferredWidth: Theme.colCategory
            header: true
            text: qsTr("What", "@title:column audit")
        }
        Cell {
            Layout.fillWidth: true
            Layout.rightMargin: Theme.spacingM
            header: true
            text: qsTr("Key", "@title:column audit")
        }
    }
}
