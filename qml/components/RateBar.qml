// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import CongVu.Ui

/** A horizontal bar of a rate against its target (the target is the full width). */
Item {
    id: root

    /** 0..1 */
    property real rate
    /** 0..1, the full width */
    property real target: 1

    implicitHeight: Theme.rateBarHeight
    implicitWidth: Theme.rateBlockWidth
    Accessible.role: Accessible.ProgressBar

    Rectangle {
        anchors.fill: parent
        radius: height / 2
        color: Theme.rateTrack
    }

    Rectangle {
        objectName: "rateFill"
        width: root.target > 0 ? parent.width * Math.min(1, Math.max(0, root.rate / root.target)) : 0
        height: parent.height
        radius: height / 2
        color: root.rate >= root.target ? Theme.met : Theme.rateBar
    }
}
