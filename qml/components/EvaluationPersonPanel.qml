// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The selected person of the evaluation grid: status (a padlock when decided), the highest level the
 * rules allow, every flag with its message and legal citation, the decision, and the workflow:
 * next step, decide, reopen, the written form and its PDF.
 */
Rectangle {
    id: root

    required property EvaluationController controller
    readonly property var person: root.controller.selected
    readonly property bool hasPerson: root.person.code !== undefined
    /** Show the "period scores" action (the dialog exists). */
    property bool periodScoresAvailable: false

    signal decideRequested()
    signal reopenRequested()
    signal formRequested()
    signal printFormRequested()
    signal periodScoresRequested()

    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    radius: Theme.radius

    Label {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacingL
        visible: !root.hasPerson
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Choose a person in the grid")
        font.pixelSize: Theme.fontNormal
        color: Theme.textFaint
    }

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        visible: root.hasPerson
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacingS

            Label {
                objectName: "panelName"
                Layout.fillWidth: true
                text: root.person.fullName ?? ""
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontMedium
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                //: %1 staff code, %2 category, %3 unit code, %4 task group
                text: qsTr("%1 · %2 · %3 · %4").arg(root.person.code ?? "")
                      .arg(AppController.label("category", root.person.category ?? ""))
                      .arg(root.person.unitCode ?? "").arg(root.person.taskGroup ?? "")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }

            RowLayout {
                spacing: Theme.spacingXs

                EvaluationLockIcon {
                    visible: root.person.locked === true
                    color: Theme.accent
                }
                Label {
                    objectName: "panelStatus"
                    //: %1 workflow status
                    text: qsTr("Status: %1").arg(root.person.statusLabel ?? "")
                    font.pixelSize: Theme.fontNormal
                    font.bold: root.person.locked === true
                    color: Theme.text
                }
            }

            Label {
                objectName: "panelMaxLevel"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                //: %1 the highest level the rules allow
                text: qsTr("Highest level allowed: %1").arg(root.person.maxLevelText ?? "")
                font.pixelSize: Theme.fontNormal
                color: Theme.text
            }

            Label {
                Layout.fillWidth: true
                visible: (root.person.finalLevel ?? "") !== ""
                wrapMode: Text.WordWrap
                //: %1 level, %2 decision number, %3 date YYYY-MM-DD
                text: qsTr("Decided: %1 — %2 of %3").arg(root.person.finalLevelText ?? "")
                      .arg(root.person.decisionNo ?? "").arg(root.person.decisionDate ?? "")
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: (root.person.overrideReason ?? "") !== ""
                wrapMode: Text.WordWrap
                //: %1 why a level above the rules' maximum was decided
                text: qsTr("Override: %1").arg(root.person.overrideReason ?? "")
                font.pixelSize: Theme.fontSmall
                color: Theme.notMet
            }

            Label {
                text: qsTr("Rules")
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.textMuted
                visible: (root.person.findings ?? []).length > 0
            }

            Repeater {
                model: root.person.findings ?? []

                delegate: Rectangle {
                    id: finding

                    required property var modelData

                    Layout.fillWidth: true
                    implicitHeight: findingText.implicitHeight + 2 * Theme.spacingS
                    color: Theme.notMetSurface
                    radius: Theme.radius

                    ColumnLayout {
                        id: findingText

                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacingS
                        spacing: Theme.spacingXs

                        Label {
                            Layout.fillWidth: true
                            text: finding.modelData.label
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                            color: Theme.notMet
                        }
                        Label {
                            objectName: "findingMessage"
                            Layout.fillWidth: true
                            text: finding.modelData.message
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: finding.modelData.citation
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontSmall
                            font.italic: true
                            color: Theme.textMuted
                        }
                    }
                }
            }

            Label {
                text: qsTr("Workflow")
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.textMuted
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Repeater {
                    model: root.person.nextStatuses ?? []

                    delegate: Button {
                        id: stepButton

                        required property var modelData

                        objectName: "advance_" + stepButton.modelData.value
                        //: %1 the workflow status to move to
                        text: qsTr("→ %1").arg(stepButton.modelData.text)
                        onClicked: root.controller.advance(stepButton.modelData.value)
                    }
                }

                Button {
                    objectName: "decidePanelButton"
                    visible: root.person.locked !== true
                    text: qsTr("Decide…")
                    highlighted: true
                    onClicked: root.decideRequested()
                }
                Button {
                    objectName: "reopenButton"
                    visible: root.person.locked === true
                    text: qsTr("Reopen…")
                    onClicked: root.reopenRequested()
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Button {
                    objectName: "formButton"
                    text: qsTr("Form…")
                    onClicked: root.formRequested()
                }
                Button {
                    objectName: "formPdfButton"
                    text: qsTr("View form")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Ctrl+P: the form as printed, to save as PDF")
                    onClicked: root.printFormRequested()
                }
                Button {
                    objectName: "periodScoresButton"
                    visible: root.periodScoresAvailable && root.person.periodScores === true
                    text: qsTr("Period scores")
                    onClicked: root.periodScoresRequested()
                }
            }
        }
    }
}
