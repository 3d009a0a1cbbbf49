// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * Asks for a text before an action that needs one (reopening a decided evaluation: the reason is
 * audited). accepted(text) when the user confirms with a non-empty text; Enter confirms, Esc closes.
 */
Dialog {
    id: root

    property string text
    property string placeholder
    property string acceptText: qsTr("OK")

    signal confirmed(text: string)

    function ask(): void {
        field.text = ""
        root.open()
    }

    function confirm(): void {
        if (field.text.trim() === "")
            return
        root.close()
        root.confirmed(field.text.trim())
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    onOpened: field.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }

        TextField {
            id: field

            objectName: "reasonField"
            Layout.fillWidth: true
            implicitHeight: Theme.controlHeight
            placeholderText: root.placeholder
            selectByMouse: true
            Keys.onReturnPressed: root.confirm()
            Keys.onEnterPressed: root.confirm()
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "reasonOkButton"
                text: root.acceptText
                highlighted: true
                enabled: field.text.trim() !== ""
                onClicked: root.confirm()
            }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
