// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** Asks before a culture record is deleted (or changes are dropped); accepted() means the user agreed. Cancel has the focus. */
Dialog {
    id: root

    property string text
    /** What the dialog is about (an inspection id), kept for the owner. */
    property real subjectId
    /** The text of the button that agrees. */
    property string acceptText: qsTr("Delete")

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    title: qsTr("Delete inspection")
    onOpened: cancelButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        Label {
            objectName: "confirmText"
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontMedium
            color: Theme.text
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "confirmDeleteButton"
                text: root.acceptText
                onClicked: root.accept()
            }

            Button {
                id: cancelButton

                objectName: "cancelDeleteButton"
                text: qsTr("Cancel")
                onClicked: root.reject()
            }
        }
    }
}
