// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The cap on "excellent" per task group, live while levels are typed ("Xuất sắc 2 / tối đa 1 —
 * vượt"): the decided level counts, else the proposed one. Then the unit's 25% exception and, in
 * 2026 for units with viên chức, the ND 233/2026 Art 20 transition choice.
 */
ColumnLayout {
    id: root

    required property EvaluationController controller

    readonly property int overCount: {
        let n = 0
        for (let i = 0; i < root.controller.capGroups.length; ++i)
            n += root.controller.capGroups[i].exceeded ? 1 : 0
        return n
    }

    signal exceptionRequested()

    spacing: Theme.spacingXs

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Label {
            text: qsTr("Cap on excellent:")
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
        }

        Label {
            visible: root.controller.capGroups.length === 0
            text: qsTr("no level entered yet")
            font.pixelSize: Theme.fontNormal
            color: Theme.textFaint
        }

        // One line, over-the-cap groups first, scrolled sideways when the unit has many task groups.
        ListView {
            id: chips

            objectName: "capChips"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.controlHeight
            orientation: ListView.Horizontal
            spacing: Theme.spacingS
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.controller.capGroups
            ScrollBar.horizontal: ScrollBar {
                policy: chips.contentWidth > chips.width ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff
            }

            delegate: Rectangle {
                id: chip

                required property var modelData
                readonly property bool exceeded: chip.modelData.exceeded

                objectName: "capChip_" + chip.modelData.taskGroup
                width: chipLabel.implicitWidth + 2 * Theme.spacingS
                height: Theme.controlHeight
                radius: Theme.radius
                color: chip.exceeded ? Theme.notMetSurface : Theme.metSurface
                border.color: chip.exceeded ? Theme.notMet : Theme.border
                border.width: Theme.borderWidth

                Label {
                    id: chipLabel

                    objectName: "capText"
                    anchors.centerIn: parent
                    //: %1 task group, %2 number of HTXSNV, %3 the most allowed, %4 " — over" when over the cap
                    text: qsTr("%1: Excellent %2 / at most %3%4").arg(chip.modelData.taskGroupText)
                          .arg(chip.modelData.excellent).arg(chip.modelData.limit)
                          .arg(chip.exceeded ? qsTr(" — over") : "")
                    font.pixelSize: Theme.fontNormal
                    font.bold: chip.exceeded
                    color: chip.exceeded ? Theme.notMet : Theme.text
                }

                HoverHandler {
                    id: chipHover
                }

                ToolTip.visible: chipHover.hovered
                ToolTip.delay: Theme.toolTipDelay
                //: %1 HTTNV count, %2 rate in percent, %3 legal basis
                ToolTip.text: qsTr("%1 HTTNV × %2% (%3)").arg(chip.modelData.good).arg(chip.modelData.ratePercent)
                              .arg(chip.modelData.basis)
            }
        }

        Label {
            objectName: "capSummary"
            //: %1 task groups over the cap, %2 task groups in all
            text: qsTr("%1 of %2 groups over").arg(root.overCount).arg(root.controller.capGroups.length)
            visible: root.controller.capGroups.length > 0
            font.pixelSize: Theme.fontNormal
            font.bold: root.overCount > 0
            color: root.overCount > 0 ? Theme.notMet : Theme.textMuted
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Label {
            objectName: "exceptionLabel"
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: root.controller.capException.decisionNo !== undefined
                  //: %1 decision number, %2 reason
                  ? qsTr("25% exception recorded: %1 — %2").arg(root.controller.capException.decisionNo)
                                                          .arg(root.controller.capException.reason)
                  : qsTr("No 25% exception for this unit and year")
        }

        Button {
            objectName: "exceptionButton"
            visible: root.controller.unitCode !== ""
            text: root.controller.capException.decisionNo !== undefined ? qsTr("Remove exception")
                                                                      : qsTr("Record 25% exception…")
            onClicked: {
                if (root.controller.capException.decisionNo !== undefined)
                    root.controller.removeCapException()
                else
                    root.exceptionRequested()
            }
        }

        CheckBox {
            objectName: "nd90TransitionCheck"
            visible: root.controller.transitionAvailable
            checked: root.controller.nd90Transition
            text: qsTr("Viên chức on ND 90/2020 criteria (ND 233/2026 Art 20)")
            font.pixelSize: Theme.fontSmall
            onToggled: {
                root.controller.setNd90Transition(checked)
                checked = Qt.binding(() => root.controller.nd90Transition)
            }
        }
    }
}
