// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One cell of a table row: one line, elided, with its full text as a tooltip when cut. */
Label {
    id: root

    property bool header
    property bool muted

    Layout.fillHeight: true
    verticalAlignment: Text.AlignVCenter
    elide: Text.ElideRight
    maximumLineCount: 1
    font.pixelSize: header ? Theme.fontSmall : Theme.fontNormal
    font.bold: header
    color: header || muted ? Theme.textMuted : Theme.text

    HoverHandler {
        id: hover
    }

    ToolTip.visible: root.truncated && hover.hovered
    ToolTip.text: root.text
    ToolTip.delay: Theme.toolTipDelay
}
