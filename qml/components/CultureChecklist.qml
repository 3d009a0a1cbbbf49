// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The checklist of the inspections (LEGAL-RULES.md §3.3) as the office keeps it: group, wording,
 * legal basis, leaders only; items are edited or added, and retired instead of deleted so old
 * inspections keep their meaning.
 */
Item {
    id: root

    required property CultureController culture

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            spacing: Theme.spacingM

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                text: qsTr("The items come from QĐ 1847/QĐ-TTg, QĐ 129/2007/QĐ-TTg, Chỉ thị 26/CT-TTg and the codes of conduct of the Ministry of Home Affairs. A retired item is no longer offered but stays in the inspections that used it.")
            }
            Button {
                objectName: "addItemButton"
                text: qsTr("Add item")
                onClicked: itemDialog.openItem(null)
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            radius: Theme.radius

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                spacing: 0

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    implicitHeight: Theme.rowHeight
                    color: Theme.headerRow

                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        Cell {
                            Layout.leftMargin: Theme.spacingM
                            Layout.preferredWidth: Theme.colMark
                            header: true
                            text: "#"
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colCategory
                            header: true
                            text: qsTr("Group")
                        }
                        Cell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            header: true
                            text: qsTr("Item")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colUnit
                            header: true
                            text: qsTr("Legal basis")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colLevel
                            header: true
                            text: qsTr("Leaders only")
                        }
                        Item {
                            Layout.preferredWidth: Theme.colUnit
                            Layout.rightMargin: Theme.spacingM
                        }
                    }
                }

                ListView {
                    id: list

                    objectName: "checklistList"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: root.culture.items
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}

                    delegate: Rectangle {
                        id: itemRow

                        required property int index
                        required property var modelData

                        width: ListView.view.width
                        implicitHeight: Theme.rowHeight + Theme.spacingS
                        color: itemRow.index % 2 ? Theme.surfaceAlt : Theme.surface

                        RowLayout {
                            anchors.fill: parent
                            spacing: Theme.spacingS
                            opacity: itemRow.modelData.active ? 1 : 0.6

                            Cell {
                                Layout.leftMargin: Theme.spacingM
                                Layout.preferredWidth: Theme.colMark
                                text: itemRow.modelData.ordinal
                                muted: true
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colCategory
                                text: itemRow.modelData.groupLabel
                                muted: true
                            }
                            Cell {
                                objectName: "itemLabelCell"
                                Layout.fillWidth: true
                                Layout.preferredWidth: Theme.colCode
                                text: itemRow.modelData.active ? itemRow.modelData.labelVi
                                                               //: %1 is the item's text
                                                               : qsTr("%1 (retired)").arg(itemRow.modelData.labelVi)
                                font.strikeout: !itemRow.modelData.active
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colUnit
                                text: itemRow.modelData.basis
                                muted: true
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colLevel
                                text: itemRow.modelData.leadersOnly ? Theme.markMet : ""
                                color: Theme.met
                            }
                            RowLayout {
                                Layout.fillWidth: false
                                Layout.preferredWidth: Theme.colUnit
                                Layout.rightMargin: Theme.spacingM
                                spacing: Theme.spacingXs

                                Item {
                                    Layout.fillWidth: true
                                }
                                Button {
                                    objectName: "editItemButton"
                                    text: qsTr("Edit")
                                    flat: true
                                    onClicked: itemDialog.openItem(itemRow.modelData)
                                }
                                Button {
                                    objectName: "retireItemButton"
                                    text: itemRow.modelData.active ? qsTr("Retire") : qsTr("Restore")
                                    flat: true
                                    onClicked: root.culture.setItemActive(itemRow.modelData.code,
                                                                          !itemRow.modelData.active)
                                }
                            }
                        }
                    }
                }

                EmptyState {
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: list.count === 0
                    title: qsTr("The checklist is empty.")
                    detail: qsTr("Add the items an inspector checks for each person.")
                    actionText: qsTr("Add item")
                    onActionTriggered: itemDialog.openItem(null)
                }
            }
        }
    }

    CultureItemDialog {
        id: itemDialog

        objectName: "itemDialog"
        culture: root.culture
    }
}
