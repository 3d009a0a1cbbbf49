// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * A form's error area for concurrent editing (issue 8 item 3): someone else saved the record the
 * officer was editing. Shows the controller's message (who, when, which fields) and a Reload action;
 * the officer's input is discarded only when they choose it. The Reload button takes the keyboard
 * focus when the message appears (Enter or Space reloads, Tab moves on).
 */
Rectangle {
    id: root

    /** The controller's conflict message; the banner shows while it is not empty. */
    property string message
    /** Reload takes the keyboard focus when a message appears (off while a dialog above has it). */
    property bool takesFocus: true

    signal reloadRequested()

    visible: root.message !== ""
    implicitHeight: visible ? row.implicitHeight + 2 * Theme.spacingS : 0
    radius: Theme.radius
    color: Theme.errorSurface
    border.color: Theme.error
    border.width: Theme.borderWidth
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.message

    onMessageChanged: {
        if (root.message !== "" && root.takesFocus)
            reloadButton.forceActiveFocus()
    }

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Label {
            text: qsTr("Changed by someone else")
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: Theme.error
        }

        Label {
            objectName: "conflictText"
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }

        Button {
            id: reloadButton

            objectName: "conflictReloadButton"
            text: qsTr("Reload", "@action:button discard my input and read the stored record")
            focusPolicy: Qt.StrongFocus
            highlighted: true
            Accessible.description: qsTr("Discards your unsaved input and shows the record as stored now")
            onClicked: root.reloadRequested()
            Keys.onReturnPressed: root.reloadRequested()
            Keys.onEnterPressed: root.reloadRequested()
        }
    }
}
