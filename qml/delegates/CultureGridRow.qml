// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * One person of the inspection grid: name, then one cell per checklist item (✓ đạt, ✗ vi phạm,
 * N/A không áp dụng, — does not apply). Holds no state: the cursor comes from the editor and a click
 * is announced with cellClicked(column).
 */
Rectangle {
    id: root

    required property int index
    required property string code
    required property string fullName
    required property string position
    required property bool leader
    required property var results
    required property var notes
    required property int breaches

    /** The column of the cursor when it is on this row, else -1. */
    property int currentColumn: -1
    property int nameWidth
    property int cellWidth

    signal cellClicked(column: int)

    function markOf(result: string): string {
        switch (result) {
        case "dat": return Theme.markMet
        case "vi_pham": return Theme.markNotMet
        case "khong_ap_dung": return qsTr("N/A", "not applicable, short")
        }
        return "—"
    }

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

        Item {
            width: root.nameWidth
            height: parent.height

            ColumnLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingS
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: root.fullName + (root.leader ? " ★" : "")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontNormal
                    font.bold: root.breaches > 0
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.position !== ""
                    text: root.position
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textFaint
                }
            }
        }

        Repeater {
            model: root.results

            delegate: Rectangle {
                id: cell

                required property int index
                required property string modelData
                readonly property bool isCurrent: cell.index === root.currentColumn
                readonly property bool hasNote: root.notes[cell.index] !== undefined && root.notes[cell.index] !== ""

                objectName: "cell_" + root.index + "_" + cell.index
                width: root.cellWidth
                height: root.height
                color: cell.modelData === "vi_pham" ? Theme.notMetSurface : Theme.none
                border.width: cell.isCurrent ? 2 * Theme.borderWidth : 0
                border.color: Theme.accent

                Label {
                    anchors.centerIn: parent
                    text: root.markOf(cell.modelData) + (cell.hasNote ? "*" : "")
                    font.pixelSize: cell.modelData === "khong_ap_dung" ? Theme.fontSmall : Theme.fontMedium
                    font.bold: cell.modelData === "vi_pham"
                    color: cell.modelData === "dat" ? Theme.met
                                                    : cell.modelData === "vi_pham" ? Theme.notMet : Theme.textFaint
                }

                MouseArea {
                    anchors.fill: parent
                    onClicked: root.cellClicked(cell.index)
                }
            }
        }
    }
}
