// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One entry of the left navigation: a page name, its label and its shortcut. */
ItemDelegate {
    id: root

    required property string page
    property string shortcutText
    property bool current

    implicitHeight: Theme.navItemHeight
    focusPolicy: Qt.NoFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: text

    background: Rectangle {
        color: root.current ? Theme.accentSoft : (root.hovered ? Theme.hover : Theme.none)

        Rectangle {
            width: Theme.navMarkerWidth
            height: parent.height
            color: Theme.accent
            visible: root.current
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            leftPadding: Theme.spacingS
            text: root.text
            elide: Text.ElideRight
            font.pixelSize: Theme.fontMedium
            font.bold: root.current
            color: root.current ? Theme.accent : Theme.text
        }

        Label {
            text: root.shortcutText
            font.pixelSize: Theme.fontSmall
            color: Theme.textFaint
        }
    }
}
