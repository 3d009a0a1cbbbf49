// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * One field of the person's page: its label and value when reading, its input when editing, and
 * the error the last save gave for it (from editor.errors) under it in red. The value is written
 * to the editor as it is typed or chosen; the C++ side checks it on save.
 */
ColumnLayout {
    id: root

    enum Kind { Text, Date, Coded, YesNo, Unit, Position }

    required property string key
    required property string label
    property int kind: PersonField.Text
    property bool editing
    /** Shown but not editable (the code of a saved person). */
    property bool readOnly

    readonly property PersonEditor editor: AppController.editor
    readonly property string value: recordValue(root.key)
    readonly property string error: root.editor.errors[root.key] ?? ""
    /** [{value, text}] for the combo; empty when the field is typed. */
    readonly property var choices: {
        AppController.language // re-read the labels after a language change
        switch (root.kind) {
        case PersonField.Coded:
            return AppController.options(root.key)
        case PersonField.YesNo:
            return [{ value: "", text: qsTr("Unknown") }, { value: "1", text: qsTr("Yes") },
                    { value: "0", text: qsTr("No") }]
        case PersonField.Unit:
            return AppController.unitOptions()
        case PersonField.Position:
            // Commune titles are chosen from their list; other positions are free text.
            return AppController.positionOptions(root.recordValue("category"))
        }
        return []
    }
    readonly property bool usesCombo: root.choices.length > 0

    /** The text the form holds for a key ("" when absent). */
    function recordValue(fieldKey: string): string {
        return root.editor.record[fieldKey] ?? ""
    }

    function focusInput(): void {
        if (root.usesCombo)
            combo.forceActiveFocus()
        else
            input.forceActiveFocus()
    }

    spacing: 2

    Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        elide: Text.ElideRight
    }

    Label {
        objectName: "valueText"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.controlHeight - Theme.spacingS
        visible: !root.editing
        text: {
            if (root.editing)
                return "" // hidden: no need to ask the editor on every keystroke
            root.editor.record // re-read when the record changes…
            AppController.language // …or the labels' language does
            const shown = root.editor.display(root.key)
            return shown !== "" ? shown : "—"
        }
        font.pixelSize: Theme.fontMedium
        color: Theme.text
        wrapMode: Text.WordWrap
    }

    TextField {
        id: input

        objectName: "input"
        Layout.fillWidth: true
        implicitHeight: Theme.controlHeight
        visible: root.editing && !root.usesCombo
        text: root.value
        font.pixelSize: Theme.fontNormal
        placeholderText: root.kind === PersonField.Date ? qsTr("DD/MM/YYYY") : ""
        selectByMouse: true
        enabled: !root.readOnly
        color: root.error !== "" ? Theme.error : Theme.text
        Accessible.name: root.label
        onTextEdited: root.editor.setField(root.key, text)
    }

    OptionCombo {
        id: combo

        objectName: "combo"
        Layout.fillWidth: true
        visible: root.editing && root.usesCombo
        options: root.choices
        emptyText: root.kind === PersonField.YesNo ? "" : "—"
        value: root.value
        Accessible.name: root.label
        onPicked: value => root.editor.setField(root.key, value)
    }

    Label {
        objectName: "errorText"
        Layout.fillWidth: true
        visible: root.error !== ""
        text: root.error
        font.pixelSize: Theme.fontSmall
        color: Theme.error
        wrapMode: Text.WordWrap
    }
}
