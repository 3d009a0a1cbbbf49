// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Đăng nhập: shown before the office opens when roles are on (issue 8 item 4). Name, password, Enter;
 * a wrong name or password gets one message that does not say which. Closing the window leaves CongVu.
 */
ApplicationWindow {
    id: root

    objectName: "loginWindow"
    title: qsTr("CongVu — log in")
    width: 480
    height: 420
    visible: true
    color: Theme.window
    onClosing: LoginController.cancel()

    function submit(): void {
        if (nameField.text.trim() === "") {
            nameField.forceActiveFocus()
            return
        }
        if (!LoginController.logIn(nameField.text, passwordField.text)) {
            passwordField.text = ""
            passwordField.forceActiveFocus()
        }
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.spacingXl
            spacing: Theme.spacingM

            Label {
                text: "CongVu"
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.accent
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("This office's records are personal data: log in to open them.")
                wrapMode: Text.WordWrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontNormal
            }
            Label {
                Layout.fillWidth: true
                objectName: "loginDatabase"
                text: LoginController.databasePath
                elide: Text.ElideMiddle
                color: Theme.textFaint
                font.pixelSize: Theme.fontSmall
            }

            Label {
                text: qsTr("User name")
                color: Theme.text
                Layout.topMargin: Theme.spacingS
            }
            TextField {
                id: nameField

                objectName: "loginName"
                Layout.fillWidth: true
                focus: true
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
                Accessible.name: qsTr("User name")
                Keys.onReturnPressed: passwordField.forceActiveFocus()
                Keys.onEnterPressed: passwordField.forceActiveFocus()
            }
            Label {
                text: qsTr("Password")
                color: Theme.text
            }
            TextField {
                id: passwordField

                objectName: "loginPassword"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                Accessible.name: qsTr("Password")
                Keys.onReturnPressed: root.submit()
                Keys.onEnterPressed: root.submit()
            }
            Label {
                objectName: "loginError"
                Layout.fillWidth: true
                visible: LoginController.error !== ""
                text: LoginController.error
                wrapMode: Text.WordWrap
                color: Theme.error
            }
            Item {
                Layout.fillHeight: true
            }
            RowLayout {
                Layout.fillWidth: true

                Label {
                    text: qsTr("Version %1").arg(LoginController.version)
                    color: Theme.textFaint
                    font.pixelSize: Theme.fontSmall
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "loginButton"
                    text: qsTr("Log in")
                    highlighted: true
                    enabled: nameField.text.trim() !== ""
                    onClicked: root.submit()
                }
            }
        }
    }
}
