// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** Asks before a person is deleted; accepted() means the user chose Delete. Cancel has the focus. */
Dialog {
    id: root

    property string personName
    property string personCode

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    title: qsTr("Delete person")
    onOpened: cancelButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        Label {
            objectName: "confirmText"
            Layout.fillWidth: true
            //: %1 is the person's full name, %2 their staff code
            text: qsTr("Delete %1 (%2)? This cannot be undone.").arg(root.personName).arg(root.personCode)
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontMedium
            color: Theme.text
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "confirmDeleteButton"
                text: qsTr("Delete")
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
