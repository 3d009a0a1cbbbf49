// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The competent authority's decision for the selected person: final level, decision number and date
 * (the last ones used are proposed). When the rules refuse the level (above the maximum, or a person
 * not rated), the service's reason is shown and an override reason is asked before trying again.
 * Enter decides, Esc closes.
 */
Dialog {
    id: root

    required property EvaluationController controller
    property string level
    /** The service refused the level: a reason is needed. */
    property bool needsOverride: false
    property string refusal

    function openFor(level: string): void {
        root.level = level !== "" ? level : (root.controller.selected.proposedLevel ?? "")
        root.needsOverride = false
        root.refusal = ""
        overrideField.text = ""
        decisionNoField.text = root.controller.lastDecisionNo
        dateField.text = ""
        dateField.isoValue = ""
        dateField.isoValue = root.controller.lastDecisionDate
        root.open()
    }

    function decide(): void {
        const answer = root.controller.decide(root.level, decisionNoField.text, dateField.isoDate,
                                              root.needsOverride ? overrideField.text : "")
        if (answer.ok) {
            root.close()
            return
        }
        root.refusal = answer.message
        if (answer.needsOverride) {
            root.needsOverride = true
            overrideField.forceActiveFocus()
        }
    }

    objectName: "decideDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth + Theme.colSuccessor, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    //: %1 full name of the person
    title: qsTr("Decide the level of %1").arg(root.controller.selected.fullName ?? "")
    onOpened: levelCombo.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
            //: %1 the highest level the rules allow
            text: qsTr("Highest level the rules allow: %1").arg(root.controller.selected.maxLevelText ?? "")
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingS

            Label {
                text: qsTr("Final level")
                font.pixelSize: Theme.fontNormal
            }
            OptionCombo {
                id: levelCombo

                objectName: "decideLevelCombo"
                Layout.fillWidth: true
                options: root.controller.levelOptions
                value: root.level
                onPicked: value => {
                    root.level = value
                    root.needsOverride = false
                    root.refusal = ""
                }
                Keys.onReturnPressed: root.decide()
                Keys.onEnterPressed: root.decide()
            }

            Label {
                text: qsTr("Decision no.")
                font.pixelSize: Theme.fontNormal
            }
            TextField {
                id: decisionNoField

                objectName: "decisionNoField"
                Layout.fillWidth: true
                implicitHeight: Theme.controlHeight
                placeholderText: qsTr("e.g. 125/QĐ-UBND")
                selectByMouse: true
                Keys.onReturnPressed: root.decide()
                Keys.onEnterPressed: root.decide()
            }

            Label {
                text: qsTr("Decision date")
                font.pixelSize: Theme.fontNormal
            }
            DateField {
                id: dateField

                objectName: "decisionDateField"
                Keys.onReturnPressed: root.decide()
                Keys.onEnterPressed: root.decide()
            }

            Label {
                visible: root.needsOverride
                text: qsTr("Override reason")
                font.pixelSize: Theme.fontNormal
                color: Theme.notMet
            }
            TextField {
                id: overrideField

                objectName: "overrideReasonField"
                visible: root.needsOverride
                Layout.fillWidth: true
                implicitHeight: Theme.controlHeight
                placeholderText: qsTr("Why the level above the rules' maximum is decided")
                selectByMouse: true
                Keys.onReturnPressed: root.decide()
                Keys.onEnterPressed: root.decide()
            }
        }

        Label {
            objectName: "decideRefusal"
            Layout.fillWidth: true
            visible: root.refusal !== ""
            wrapMode: Text.WordWrap
            text: root.refusal
            font.pixelSize: Theme.fontNormal
            color: Theme.notMet
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "decideButton"
                text: root.needsOverride ? qsTr("Decide with override") : qsTr("Decide")
                highlighted: true
                enabled: root.level !== "" && decisionNoField.text.trim() !== "" && dateField.isoDate !== ""
                         && (!root.needsOverride || overrideField.text.trim() !== "")
                onClicked: root.decide()
            }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
