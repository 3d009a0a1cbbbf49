// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** Asks before a training record is saved or deleted; accepted() means the user agreed. Deleting focuses Cancel, saving the button that agrees. */
Dialog {
    id: root

    property string text
    /** What the dialog is about (an enrolment id), kept for the owner. */
    property real subjectId
    /** The text of the button that agrees. */
    property string acceptText: qsTr("Delete")
    /** The button that agrees has the focus (a save); else Cancel (a deletion). */
    property bool acceptFocused

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    title: qsTr("Delete enrolment")
    onOpened: root.acceptFocused ? acceptButton.forceActiveFocus() : cancelButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        Label {
            objectName: "confirmText"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            text: root.text
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontMedium
            color: Theme.text
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                id: acceptButton

                objectName: "confirmButton"
                text: root.acceptText
                highlighted: root.acceptFocused
                onClicked: root.accept()
                Keys.onReturnPressed: root.accept()
                Keys.onEnterPressed: root.accept()
            }

            Button {
                id: cancelButton

                objectName: "cancelButton"
                text: qsTr("Cancel")
                onClicked: root.reject()
                Keys.onReturnPressed: root.reject()
                Keys.onEnterPressed: root.reject()
            }
        }
    }
}
