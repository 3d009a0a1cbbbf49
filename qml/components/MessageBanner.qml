// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * The one place messages from AppController appear (Main.qml feeds it). Information fades after
 * a few seconds; an error stays until it is closed or replaced.
 */
Rectangle {
    id: root

    property string message
    property bool isError

    function showError(text: string): void {
        root.message = text
        root.isError = true
        root.visible = true
        hideTimer.stop()
    }

    function showInfo(text: string): void {
        root.message = text
        root.isError = false
        root.visible = true
        hideTimer.restart()
    }

    function dismiss(): void {
        root.visible = false
        hideTimer.stop()
    }

    visible: false
    implicitHeight: row.implicitHeight + 2 * Theme.spacingS
    radius: Theme.radius
    color: isError ? Theme.errorSurface : Theme.infoSurface
    border.color: isError ? Theme.error : Theme.info
    border.width: Theme.borderWidth
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Label {
            text: root.isError ? qsTr("Error") : qsTr("Note")
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: root.isError ? Theme.error : Theme.info
        }

        Label {
            objectName: "bannerText"
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }

        ToolButton {
            objectName: "bannerClose"
            text: qsTr("Close")
            font.pixelSize: Theme.fontSmall
            onClicked: root.dismiss()
        }
    }

    Timer {
        id: hideTimer

        interval: Theme.messageTimeout
        onTriggered: root.visible = false
    }
}
