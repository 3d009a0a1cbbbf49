// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The discipline decision form. Every value goes to DisciplineController as it is typed or chosen;
 * the controller checks the decision against the law in force and gives back the forms allowed, the
 * field errors (under each field) and the warnings (a banner that does not block saving).
 * Enter saves, Esc cancels, Tab goes through the fields in reading order.
 */
FocusScope {
    id: root

    required property DisciplineController controller
    readonly property var errors: root.controller.errors

    signal deleteRequested()

    function focusFirst(): void {
        if (root.controller.isNew && (root.value("staff_code")) === "")
            personPicker.forceActiveFocus()
        else
            formCombo.forceActiveFocus()
    }

    function save(): void {
        root.controller.save()
    }

    function fieldError(key: string): string {
        return root.errors[key] ?? ""
    }

    /** The form's text for a key ("" when absent). */
    function value(key: string): string {
        return root.controller.record[key] ?? ""
    }

    /** Two field errors shown under one row of the form. */
    function bothErrors(first: string, second: string): string {
        return first !== "" && second !== "" ? first + "; " + second : first + second
    }

    Keys.onReturnPressed: root.save()
    Keys.onEnterPressed: root.save()
    Keys.onEscapePressed: root.controller.cancel()

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacingM

            Rectangle {
                objectName: "warningBanner"
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.bannerMaxWidth + Theme.formLabelWidth
                visible: root.controller.warnings.length > 0
                implicitHeight: warningColumn.implicitHeight + 2 * Theme.spacingM
                radius: Theme.radius
                color: Theme.warningSurface
                border.color: Theme.warning
                border.width: Theme.borderWidth

                ColumnLayout {
                    id: warningColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingS

                    Label {
                        text: qsTr("Check before saving (not blocking)")
                        font.pixelSize: Theme.fontNormal
                        font.bold: true
                        color: Theme.warning
                    }

                    Repeater {
                        model: root.controller.warnings

                        delegate: RowLayout {
                            id: warningRow

                            required property var modelData

                            Layout.fillWidth: true
                            spacing: Theme.spacingS

                            Label {
                                objectName: "warningText"
                                Layout.fillWidth: true
                                text: warningRow.modelData.message
                                font.pixelSize: Theme.fontNormal
                                color: Theme.text
                                wrapMode: Text.WordWrap
                            }
                            Button {
                                objectName: "useSuggestedButton"
                                visible: warningRow.modelData.suggestedForm !== ""
                                         && warningRow.modelData.suggestedForm !== (root.value("form"))
                                //: %1 is the heavier discipline form suggested
                                text: qsTr("Use %1").arg(warningRow.modelData.suggestedLabel)
                                onClicked: root.controller.useSuggestedForm()
                            }
                        }
                    }
                }
            }

            SectionCard {
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.bannerMaxWidth + Theme.formLabelWidth
                title: root.controller.isNew ? qsTr("New discipline decision") : qsTr("Edit discipline decision")

                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.spacingL
                    rowSpacing: Theme.spacingS

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: Theme.spacingS
                        text: qsTr("Person")
                        font.pixelSize: Theme.fontNormal
                        color: Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        DisciplinePersonPicker {
                            id: personPicker

                            objectName: "personPicker"
                            Layout.fillWidth: true
                            controller: root.controller
                            KeyNavigation.tab: formCombo
                        }
                        Label {
                            objectName: "personText"
                            Layout.fillWidth: true
                            visible: root.controller.personText !== ""
                            text: root.controller.personText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        Label {
                            objectName: "error_staff_code"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: root.fieldError("staff_code")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.error
                            wrapMode: Text.WordWrap
                        }
                    }

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: Theme.spacingS
                        text: qsTr("Form", "discipline form")
                        font.pixelSize: Theme.fontNormal
                        color: Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        OptionCombo {
                            id: formCombo

                            objectName: "formCombo"
                            Layout.fillWidth: true
                            emptyText: "—"
                            options: root.controller.formOptions
                            value: root.value("form")
                            Accessible.name: qsTr("Form", "discipline form")
                            KeyNavigation.tab: decisionNoField
                            onPicked: value => root.controller.setField("form", value)
                        }
                        Label {
                            objectName: "ruleSetText"
                            Layout.fillWidth: true
                            visible: root.controller.ruleSet !== ""
                            //: %1 is the legal instrument that sets the forms, e.g. "Điều 7 Nghị định 172/2025/NĐ-CP"
                            text: qsTr("Forms allowed under %1").arg(root.controller.ruleSet)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            objectName: "error_form"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: root.fieldError("form")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.error
                            wrapMode: Text.WordWrap
                        }
                    }

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: Theme.spacingS
                        text: qsTr("Decision number")
                        font.pixelSize: Theme.fontNormal
                        color: Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        TextField {
                            id: decisionNoField

                            objectName: "decisionNoField"
                            Layout.fillWidth: true
                            implicitHeight: Theme.controlHeight
                            font.pixelSize: Theme.fontNormal
                            placeholderText: qsTr("e.g. 12/QĐ-UBND")
                            selectByMouse: true
                            text: root.value("decision_no")
                            Accessible.name: qsTr("Decision number")
                            KeyNavigation.tab: decisionDateField
                            onTextEdited: root.controller.setField("decision_no", text)
                        }
                        Label {
                            objectName: "error_decision_no"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: root.fieldError("decision_no")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.error
                            wrapMode: Text.WordWrap
                        }
                    }

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: Theme.spacingS
                        text: qsTr("Decision date")
                        font.pixelSize: Theme.fontNormal
                        color: Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        RowLayout {
                            spacing: Theme.spacingS

                            DateField {
                                id: decisionDateField

                                objectName: "decisionDateField"
                                isoValue: root.value("decision_date")
                                Accessible.name: qsTr("Decision date")
                                KeyNavigation.tab: effectiveDateField
                                onDateEntered: isoDate => root.controller.setField("decision_date", isoDate)
                            }
                            Label {
                                text: qsTr("Effective on")
                                font.pixelSize: Theme.fontNormal
                                color: Theme.textMuted
                            }
                            DateField {
                                id: effectiveDateField

                                objectName: "effectiveDateField"
                                isoValue: root.value("effective_date")
                                placeholderText: qsTr("= decision date")
                                Accessible.name: qsTr("Effective date")
                                KeyNavigation.tab: violationDateField
                                onDateEntered: isoDate => root.controller.setField("effective_date", isoDate)
                            }
                        }
                        Label {
                            objectName: "error_decision_date"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: root.bothErrors(root.fieldError("decision_date"), root.fieldError("effective_date"))
                            font.pixelSize: Theme.fontSmall
                            color: Theme.error
                            wrapMode: Text.WordWrap
                        }
                    }

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: Theme.spacingS
                        text: qsTr("Violation date")
                        font.pixelSize: Theme.fontNormal
                        color: Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        RowLayout {
                            spacing: Theme.spacingS

                            DateField {
                                id: violationDateField

                                objectName: "violationDateField"
                                isoValue: root.value("violation_date")
                                Accessible.name: qsTr("Violation date")
                                KeyNavigation.tab: detectedDateField
                                onDateEntered: isoDate => root.controller.setField("violation_date", isoDate)
                            }
                            Label {
                                text: qsTr("Detected on")
                                font.pixelSize: Theme.fontNormal
                                color: Theme.textMuted
                            }
                            DateField {
                                id: detectedDateField

                                objectName: "detectedDateField"
                                isoValue: root.value("detected_date")
                                Accessible.name: qsTr("Detection date")
                                KeyNavigation.tab: reasonField
                                onDateEntered: isoDate => root.controller.setField("detected_date", isoDate)
                            }
                        }
                        Label {
                            objectName: "error_violation_date"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: root.bothErrors(root.fieldError("violation_date"), root.fieldError("detected_date"))
                            font.pixelSize: Theme.fontSmall
                            color: Theme.error
                            wrapMode: Text.WordWrap
                        }
                    }

                    Label {
                        Layout.preferredWidth: Theme.formLabelWidth
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: Theme.spacingS
                        text: qsTr("Reason")
                        font.pixelSize: Theme.fontNormal
                        color: Theme.textMuted
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        TextField {
                            id: reasonField

                            objectName: "reasonField"
                            Layout.fillWidth: true
                            implicitHeight: Theme.controlHeight
                            font.pixelSize: Theme.fontNormal
                            placeholderText: qsTr("What the violation was")
                            selectByMouse: true
                            text: root.value("reason")
                            Accessible.name: qsTr("Reason")
                            KeyNavigation.tab: saveButton
                            onTextEdited: root.controller.setField("reason", text)
                        }
                        Label {
                            objectName: "error_reason"
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: root.fieldError("reason")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.error
                            wrapMode: Text.WordWrap
                        }
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    spacing: Theme.spacingS

                    Button {
                        id: saveButton

                        objectName: "saveButton"
                        text: qsTr("Save")
                        highlighted: true
                        enabled: root.controller.canSave
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Enter or Ctrl+S")
                        KeyNavigation.tab: cancelButton
                        onClicked: root.save()
                    }
                    Button {
                        id: cancelButton

                        objectName: "cancelButton"
                        text: qsTr("Cancel")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Esc")
                        KeyNavigation.tab: deleteButton // skipped when hidden (new decision): on to the person
                        onClicked: root.controller.cancel()
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Button {
                        id: deleteButton

                        objectName: "deleteButton"
                        visible: !root.controller.isNew
                        text: qsTr("Delete…")
                        KeyNavigation.tab: personPicker
                        onClicked: root.deleteRequested()
                    }
                }
            }
        }
    }
}
