// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * One person: every field grouped (identity, position, qualifications), the standard of their
 * title and what they miss (commune cadres and civil servants), an edit form in place (Ctrl+S
 * saves, Esc cancels) with each field's error under it, and delete after a confirmation.
 */
Item {
    id: root

    property bool editing
    /** Code of the person as loaded (to read them again on Cancel); "" for a new person. */
    property string openedCode
    readonly property PersonEditor editor: AppController.editor
    readonly property string fullName: {
        root.editor.record // re-read when the record changes
        return root.editor.display("full_name")
    }

    signal closed()

    function open(code: string): bool {
        if (!root.editor.load(code))
            return false
        root.openedCode = code
        root.editing = false
        return true
    }

    function openNew(unitCode: string): void {
        root.editor.startNew(unitCode)
        root.openedCode = ""
        root.startEditing()
    }

    function startEditing(): void {
        root.editing = true
        if (root.editor.isNew)
            codeField.focusInput()
        else
            nameField.focusInput()
    }

    function save(): void {
        if (root.editor.save()) {
            root.openedCode = root.editor.code
            root.editing = false
        }
    }

    function cancel(): void {
        root.editing = false
        if (root.editor.isNew || root.openedCode === "") {
            root.editor.clear()
            root.closed()
        } else {
            root.editor.load(root.openedCode)
        }
    }

    function askDelete(): void {
        deleteDialog.personName = root.fullName
        deleteDialog.personCode = root.openedCode
        deleteDialog.open()
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.window
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Button {
                objectName: "backButton"
                visible: !root.editing
                text: qsTr("← Back to list")
                flat: true
                onClicked: root.closed()
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    objectName: "personTitle"
                    Layout.fillWidth: true
                    text: root.editor.isNew ? qsTr("New person")
                                            : (root.fullName !== "" ? root.fullName : root.openedCode)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }

                Label {
                    Layout.fillWidth: true
                    visible: !root.editor.isNew
                    text: {
                        root.editor.record // re-read when the record changes…
                        AppController.language // …or the labels' language does
                        return root.openedCode + " · " + root.editor.display("category")
                    }
                    font.pixelSize: Theme.fontNormal
                    color: Theme.textMuted
                    elide: Text.ElideRight
                }
            }

            Label {
                visible: root.editing && root.editor.dirty
                text: qsTr("Unsaved changes")
                font.pixelSize: Theme.fontSmall
                color: Theme.warning
            }

            Button {
                objectName: "editButton"
                visible: !root.editing
                text: qsTr("Edit")
                highlighted: true
                onClicked: root.startEditing()
            }

            Button {
                objectName: "deleteButton"
                visible: !root.editing && !root.editor.isNew
                text: qsTr("Delete")
                onClicked: root.askDelete()
            }

            Button {
                objectName: "saveButton"
                visible: root.editing
                text: qsTr("Save")
                highlighted: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+S")
                onClicked: root.save()
            }

            Button {
                objectName: "cancelButton"
                visible: root.editing
                text: qsTr("Cancel")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Esc")
                onClicked: root.cancel()
            }
        }

        EditConflictBanner {
            objectName: "personConflict"
            Layout.fillWidth: true
            message: root.editor.conflict
            onReloadRequested: root.editor.reload()
        }

        ScrollView {
            id: scroll

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroll.availableWidth
                spacing: Theme.spacingL

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingL

                    SectionCard {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        title: qsTr("Identity")

                        PersonField {
                            id: codeField

                            objectName: "field_code"
                            Layout.fillWidth: true
                            key: "code"
                            label: qsTr("Staff code")
                            editing: root.editing
                            readOnly: !root.editor.isNew
                        }
                        PersonField {
                            id: nameField

                            objectName: "field_full_name"
                            Layout.fillWidth: true
                            key: "full_name"
                            label: qsTr("Full name")
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_birth_date"
                            Layout.fillWidth: true
                            key: "birth_date"
                            label: qsTr("Birth date")
                            kind: PersonField.Date
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_gender"
                            Layout.fillWidth: true
                            key: "gender"
                            label: qsTr("Gender")
                            kind: PersonField.Coded
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_ethnic_minority"
                            Layout.fillWidth: true
                            key: "ethnic_minority"
                            label: qsTr("Ethnic minority")
                            kind: PersonField.YesNo
                            editing: root.editing
                        }
                    }

                    SectionCard {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        title: qsTr("Work", "person page section")

                        PersonField {
                            objectName: "field_unit_code"
                            Layout.fillWidth: true
                            key: "unit_code"
                            label: qsTr("Unit")
                            kind: PersonField.Unit
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_category"
                            Layout.fillWidth: true
                            key: "category"
                            label: qsTr("Category")
                            kind: PersonField.Coded
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_position"
                            Layout.fillWidth: true
                            key: "position"
                            label: qsTr("Position")
                            kind: PersonField.Position
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_is_leader"
                            Layout.fillWidth: true
                            key: "is_leader"
                            label: qsTr("Leader or manager")
                            kind: PersonField.YesNo
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_start_date"
                            Layout.fillWidth: true
                            key: "start_date"
                            label: qsTr("In this position since")
                            kind: PersonField.Date
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_end_date"
                            Layout.fillWidth: true
                            key: "end_date"
                            label: qsTr("Left this position on")
                            kind: PersonField.Date
                            editing: root.editing
                        }
                    }

                    SectionCard {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        title: qsTr("Qualifications")

                        PersonField {
                            objectName: "field_general_education"
                            Layout.fillWidth: true
                            key: "general_education"
                            label: qsTr("General education")
                            kind: PersonField.Coded
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_professional_level"
                            Layout.fillWidth: true
                            key: "professional_level"
                            label: qsTr("Professional level")
                            kind: PersonField.Coded
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_professional_field"
                            Layout.fillWidth: true
                            key: "professional_field"
                            label: qsTr("Field of study")
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_political_theory"
                            Layout.fillWidth: true
                            key: "political_theory"
                            label: qsTr("Political theory")
                            kind: PersonField.Coded
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_state_management"
                            Layout.fillWidth: true
                            key: "state_management"
                            label: qsTr("State management")
                            kind: PersonField.Coded
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_it_skill"
                            Layout.fillWidth: true
                            key: "it_skill"
                            label: qsTr("IT skills")
                            editing: root.editing
                        }
                        PersonField {
                            objectName: "field_foreign_language"
                            Layout.fillWidth: true
                            key: "foreign_language"
                            label: qsTr("Foreign language")
                            editing: root.editing
                        }
                    }
                }

                TitleStandardCard {
                    id: titleStandardCard

                    objectName: "titleStandardCard"
                    Layout.fillWidth: true
                    visible: !root.editor.isNew && !root.editing && titleStandardCard.applies
                    standing: root.editor.standing
                }

                DisciplineTimeline {
                    objectName: "disciplineTimeline"
                    Layout.fillWidth: true
                    visible: !root.editor.isNew && !root.editing && root.openedCode !== ""
                    staffCode: root.openedCode
                }
            }
        }
    }

    ConfirmDeleteDialog {
        id: deleteDialog

        objectName: "confirmDeleteDialog"
        onAccepted: root.editor.remove()
    }

    Connections {
        target: root.editor

        function onRemoved(code: string): void {
            root.editing = false
            root.closed()
        }
    }

    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible && root.editing
        onActivated: root.save()
    }

    Shortcut {
        sequence: "Esc"
        enabled: root.visible && !deleteDialog.visible
        onActivated: {
            if (root.editing)
                root.cancel()
            else
                root.closed()
        }
    }
}
