// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CongVu.Ui

/** A small padlock drawn with rectangles (no icon font needed): a decided evaluation is locked. */
Item {
    id: root

    property color color: Theme.textMuted

    implicitWidth: Theme.fontNormal
    implicitHeight: Theme.fontNormal
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Locked")

    Rectangle {
        // the shackle
        x: root.width * 0.22
        width: root.width * 0.56
        height: root.height * 0.6
        radius: width / 2
        color: Theme.none
        border.color: root.color
        border.width: Math.max(1, root.width / 8)
    }

    Rectangle {
        // the body
        y: root.height * 0.42
        width: root.width
        height: root.height * 0.58
        radius: Theme.borderWidth
        color: root.color
    }
}
