// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * One unit of the tree (indented by depth), columns as in UnitHeader. A unit no longer valid
 * today is greyed, with "merged → successor" or "no longer valid" in the last text column.
 */
ItemDelegate {
    id: root

    required property int index
    required property string code
    required property string name
    required property string kindLabel
    required property int depth
    required property string validFrom
    required property string validTo
    required property string successor
    required property bool difficultArea
    required property int staffCount
    required property bool validToday
    required property bool hasChildren

    implicitHeight: Theme.rowHeight
    padding: 0
    focusPolicy: Qt.NoFocus
    Accessible.name: name + " (" + code + ")"

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
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM + root.depth * Theme.indentPerLevel
            text: root.name
            font.bold: root.hasChildren
            muted: !root.validToday
        }
        Cell {
            Layout.preferredWidth: Theme.colUnitCode
            text: root.code
            muted: true
        }
        Cell {
            Layout.preferredWidth: Theme.colKind
            text: root.kindLabel
            muted: !root.validToday
        }
        Cell {
            Layout.preferredWidth: Theme.colValidity
            text: root.validFrom
            muted: !root.validToday
        }
        Cell {
            Layout.preferredWidth: Theme.colValidity
            text: root.validTo
            muted: !root.validToday
        }
        Cell {
            objectName: "validityNote"
            Layout.preferredWidth: Theme.colSuccessor
            text: root.validToday ? "" : root.successor !== ""
                                         //: %1 is the unit it was merged into, "Name (code)"
                                         ? qsTr("merged → %1").arg(root.successor)
                                         : qsTr("no longer valid")
            font.italic: !root.validToday
            muted: true
        }
        Item {
            Layout.preferredWidth: Theme.colBadge
            Layout.fillHeight: true

            Label {
                anchors.verticalCenter: parent.verticalCenter
                visible: root.difficultArea
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingS
                topPadding: 2
                bottomPadding: 2
                text: qsTr("Difficult area")
                font.pixelSize: Theme.fontSmall
                color: Theme.badge

                background: Rectangle {
                    radius: height / 2
                    color: Theme.badgeSurface
                    border.color: Theme.badge
                    border.width: Theme.borderWidth
                }
            }
        }
        Cell {
            Layout.preferredWidth: Theme.colCount
            Layout.rightMargin: Theme.spacingM
            horizontalAlignment: Text.AlignRight
            text: root.staffCount
            muted: !root.validToday
        }
    }
}
