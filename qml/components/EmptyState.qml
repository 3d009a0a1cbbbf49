// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** What a list or chart shows when it has nothing: a sentence, a hint and maybe one action. */
Item {
    id: root

    property string title
    property string detail
    property string actionText

    signal actionTriggered()

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingXl

    ColumnLayout {
        id: column

        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXl, Theme.bannerMaxWidth)
        spacing: Theme.spacingM

        Label {
            objectName: "emptyTitle"
            Layout.fillWidth: true
            text: root.title
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontLarge
            color: Theme.textMuted
        }

        Label {
            Layout.fillWidth: true
            visible: root.detail !== ""
            text: root.detail
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.textFaint
        }

        Button {
            objectName: "emptyAction"
            Layout.alignment: Qt.AlignHCenter
            visible: root.actionText !== ""
            text: root.actionText
            onClicked: root.actionTriggered()
        }
    }
}
