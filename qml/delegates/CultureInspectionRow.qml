// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One inspection in the list: date, unit, inspector, people and breaches, Edit and Delete. */
ItemDelegate {
    id: root

    required property int index
    required property real inspectionId
    required property string unitName
    required property string dateText
    required property string inspector
    required property string note
    required property int people
    required property int breaches

    signal editRequested()
    signal deleteRequested()

    implicitHeight: Theme.rowHeight + Theme.spacingS
    padding: 0
    focusPolicy: Qt.NoFocus
    Accessible.name: root.dateText + ", " + root.unitName

    background: Rectangle {
        color: root.highlighted ? Theme.selection
                                : (root.hovered ? Theme.hover : (root.index % 2 ? Theme.surfaceAlt : Theme.surface))

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Cell {
            Layout.leftMargin: Theme.spacingM
            Layout.preferredWidth: Theme.colDate
            text: root.dateText
        }
        Cell {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            text: root.unitName
        }
        Cell {
            Layout.preferredWidth: Theme.colPosition
            text: root.inspector
            muted: true
        }
        Cell {
            Layout.preferredWidth: Theme.colLevel
            horizontalAlignment: Text.AlignRight
            text: root.people
        }
        Cell {
            objectName: "breachesCell"
            Layout.preferredWidth: Theme.colLevel
            horizontalAlignment: Text.AlignRight
            text: root.breaches
            color: root.breaches > 0 ? Theme.notMet : Theme.textMuted
            font.bold: root.breaches > 0
        }
        Button {
            objectName: "editInspectionButton"
            text: qsTr("Edit")
            flat: true
            onClicked: root.editRequested()
        }
        Button {
            objectName: "deleteInspectionButton"
            Layout.rightMargin: Theme.spacingM
            text: qsTr("Delete")
            flat: true
            onClicked: root.deleteRequested()
        }
    }
}
