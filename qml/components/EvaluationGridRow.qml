// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CongVu.Ui

/**
 * One person of the evaluation grid: one cell per column of EvaluationGridModel (code, name, task
 * group … flags). Holds no state: the cursor comes from the grid, a click is announced with
 * cellClicked(column). A cell with an error is tinted and shows the message as a tooltip; a decided
 * row shows a padlock and is greyed.
 */
Rectangle {
    id: root

    required property int index
    required property string code
    required property string fullName
    required property bool locked
    required property bool rated
    required property bool flagged
    required property var cells
    required property var errors

    /** The column of the cursor when it is on this row, else -1. */
    property int currentColumn: -1
    /** Widths of the columns, from the grid. */
    property var columnWidths: []
    /** The column being edited in place (its text is hidden under the editor), else -1. */
    property int editingColumn: -1

    signal cellClicked(column: int)

    implicitHeight: Theme.rowHeight
    color: root.currentColumn >= 0 ? Theme.selection : (root.index % 2 ? Theme.surfaceAlt : Theme.surface)
    Accessible.name: root.fullName + ", " + root.code

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth
        color: Theme.divider
    }

    Row {
        anchors.fill: parent

        Repeater {
            model: root.cells

            delegate: Rectangle {
                id: cell

                required property int index
                required property string modelData
                readonly property bool isCurrent: cell.index === root.currentColumn
                readonly property string error: root.errors[cell.index] ?? ""
                // Columns: 0 code, 1 name, 9 final level, 10 status, 11 max level, 12 flags (EvaluationGridModel::Column)
                readonly property bool isStatus: cell.index === 10
                readonly property bool isFlags: cell.index === 12

                objectName: "evalCell_" + root.index + "_" + cell.index
                width: root.columnWidths[cell.index] ?? Theme.colCount
                height: root.height
                color: cell.error !== "" ? Theme.warningSurface
                                         : (cell.isFlags && cell.modelData !== "" ? Theme.notMetSurface : Theme.none)
                border.width: cell.isCurrent ? 2 * Theme.borderWidth : 0
                border.color: cell.error !== "" ? Theme.warning : Theme.accent

                Row {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingS
                    anchors.rightMargin: Theme.spacingXs
                    spacing: Theme.spacingXs

                    EvaluationLockIcon {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: cell.isStatus && root.locked
                        color: Theme.textMuted
                    }

                    Label {
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - (cell.isStatus && root.locked ? Theme.fontNormal + Theme.spacingXs : 0)
                        visible: cell.index !== root.editingColumn
                        text: cell.modelData + (cell.error !== "" ? " ⚠" : "")
                        elide: Text.ElideRight
                        font.pixelSize: cell.isFlags ? Theme.fontSmall : Theme.fontNormal
                        font.bold: cell.index === 9 && cell.modelData !== ""
                        color: root.locked && cell.index > 1 ? Theme.textMuted
                                                             : (cell.isFlags ? Theme.notMet : Theme.text)
                    }
                }

                HoverHandler {
                    id: hover
                }

                ToolTip.visible: hover.hovered && (cell.error !== "" || (cell.isFlags && cell.modelData !== ""))
                ToolTip.delay: Theme.toolTipDelay
                ToolTip.text: cell.error !== "" ? cell.error : cell.modelData

                MouseArea {
                    anchors.fill: parent
                    onClicked: root.cellClicked(cell.index)
                }
            }
        }
    }
}
