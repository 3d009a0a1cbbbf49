// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The training budget of the year per unit (VND): the budget of its plans, what its enrolments plan
 * (not dropped), what is spent (enrolled, attending, completed) and what remains; a unit over budget is red.
 */
Item {
    id: root

    required property TrainingController training
    /** The sums of the lines (var: a QVariantMap read by key). */
    readonly property var total: root.training.budgetTotal

    signal planRequested()

    function focusList(): void {
        list.forceActiveFocus()
    }

    component MoneyCell: Cell {
        Layout.preferredWidth: Theme.colUnit
        horizontalAlignment: Text.AlignRight
    }

    Rectangle {
        anchors.fill: parent
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
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.colCode
                        header: true
                        text: qsTr("Unit")
                    }
                    MoneyCell {
                        header: true
                        text: qsTr("Budget")
                    }
                    MoneyCell {
                        header: true
                        text: qsTr("Planned")
                    }
                    MoneyCell {
                        header: true
                        text: qsTr("Spent")
                    }
                    MoneyCell {
                        Layout.rightMargin: Theme.spacingM
                        header: true
                        text: qsTr("Remaining")
                    }
                }
            }

            ListView {
                id: list

                objectName: "budgetList"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                Layout.fillHeight: true
                visible: count > 0
                clip: true
                model: root.training.budget
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                activeFocusOnTab: true
                ScrollBar.vertical: ScrollBar {}

                delegate: Rectangle {
                    id: lineRow

                    required property int index
                    required property var modelData

                    width: ListView.view.width
                    implicitHeight: Theme.rowHeight
                    color: ListView.isCurrentItem && list.activeFocus ? Theme.selection
                                                                     : (lineRow.index % 2 ? Theme.surfaceAlt : Theme.surface)

                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        Cell {
                            Layout.leftMargin: Theme.spacingM
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            text: lineRow.modelData.unitName
                        }
                        MoneyCell {
                            text: lineRow.modelData.budgetText
                        }
                        MoneyCell {
                            text: lineRow.modelData.plannedText
                        }
                        MoneyCell {
                            text: lineRow.modelData.spentText
                        }
                        MoneyCell {
                            Layout.rightMargin: Theme.spacingM
                            text: lineRow.modelData.remainingText
                            color: lineRow.modelData.over ? Theme.error : Theme.text
                        }
                    }
                }
            }

            EmptyState {
                objectName: "budgetEmptyState"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                Layout.fillHeight: true
                visible: list.count === 0
                //: %1 is a year
                title: qsTr("No training budget in %1.").arg(root.training.year)
                detail: qsTr("A budget comes with a saved plan of the year.")
                actionText: qsTr("Go to the plan")
                onActionTriggered: root.planRequested()
            }

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                Layout.leftMargin: Theme.spacingM
                Layout.rightMargin: Theme.spacingM
                Layout.bottomMargin: Theme.spacingS
                visible: list.count > 0
                text: qsTr("Planned: enrolments not dropped. Spent: enrolled, attending or completed. A unit without a plan of its own draws on the whole office's budget (—).")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                implicitHeight: Theme.rowHeight
                visible: list.count > 0
                color: Theme.headerRow

                RowLayout {
                    objectName: "budgetTotalRow"
                    anchors.fill: parent
                    spacing: Theme.spacingS

                    Cell {
                        Layout.leftMargin: Theme.spacingM
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.colCode
                        font.bold: true
                        text: qsTr("Total")
                    }
                    MoneyCell {
                        font.bold: true
                        text: root.total.budgetText ?? ""
                    }
                    MoneyCell {
                        font.bold: true
                        text: root.total.plannedText ?? ""
                    }
                    MoneyCell {
                        font.bold: true
                        text: root.total.spentText ?? ""
                    }
                    MoneyCell {
                        Layout.rightMargin: Theme.spacingM
                        font.bold: true
                        text: root.total.remainingText ?? ""
                        color: root.total.over ? Theme.error : Theme.text
                    }
                }
            }
        }
    }
}
