// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/** Adds or edits one checklist item (group, wording, legal basis, leaders only); saved through the controller. */
Dialog {
    id: root

    required property CultureController culture
    /** The code of the item edited; "" for a new item. */
    property string code
    property bool isNew: true

    /** Opens the dialog on item ({code, group, labelVi, labelEn, basis, leadersOnly, ordinal}) or a new one. */
    function openItem(item: var): void {
        root.isNew = item === null
        root.code = item === null ? root.culture.newItemCode() : item.code
        groupCombo.value = item === null ? "" : item.group
        labelViField.text = item === null ? "" : item.labelVi
        labelEnField.text = item === null ? "" : item.labelEn
        basisField.text = item === null ? "" : item.basis
        leadersBox.checked = item === null ? false : item.leadersOnly
        root.open()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth + Theme.colUnit, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    title: root.isNew ? qsTr("New checklist item") : qsTr("Edit checklist item")
    onOpened: labelViField.forceActiveFocus()

    GridLayout {
        anchors.fill: parent
        columns: 2
        rowSpacing: Theme.spacingS
        columnSpacing: Theme.spacingM

        Label {
            text: qsTr("Code")
            color: Theme.textMuted
        }
        Label {
            objectName: "itemCodeLabel"
            text: root.code
            color: Theme.text
        }

        Label {
            text: qsTr("Group")
            color: Theme.textMuted
        }
        OptionCombo {
            id: groupCombo

            objectName: "itemGroupCombo"
            Layout.fillWidth: true
            emptyText: qsTr("Choose a group…")
            options: root.culture.groupOptions
            onPicked: value => groupCombo.value = value
        }

        Label {
            text: qsTr("Item (Vietnamese)")
            color: Theme.textMuted
        }
        TextField {
            id: labelViField

            objectName: "itemLabelViField"
            Layout.fillWidth: true
            selectByMouse: true
        }

        Label {
            text: qsTr("Item (English)")
            color: Theme.textMuted
        }
        TextField {
            id: labelEnField

            objectName: "itemLabelEnField"
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("optional")
        }

        Label {
            text: qsTr("Legal basis")
            color: Theme.textMuted
        }
        TextField {
            id: basisField

            objectName: "itemBasisField"
            Layout.fillWidth: true
            selectByMouse: true
            placeholderText: qsTr("e.g. QĐ 129/2007/QĐ-TTg")
        }

        Item {
            implicitWidth: 1
        }
        CheckBox {
            id: leadersBox

            objectName: "itemLeadersBox"
            text: qsTr("Applies to leaders only")
        }

        RowLayout {
            Layout.columnSpan: 2
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "saveItemButton"
                text: qsTr("Save")
                highlighted: true
                onClicked: {
                    const ok = root.culture.saveItem({
                        code: root.code,
                        group: groupCombo.value,
                        labelVi: labelViField.text,
                        labelEn: labelEnField.text,
                        basis: basisField.text,
                        leadersOnly: leadersBox.checked
                    })
                    if (ok)
                        root.close()
                }
            }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
