// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CongVu.Ui

/** One problem an import found: "Line 12 · birth_date · reason". */
Label {
    id: root

    /** {line, column, message} */
    required property var modelData
    required property int index

    readonly property int line: modelData.line
    readonly property string column: modelData.column

    padding: Theme.spacingXs
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    wrapMode: Text.WordWrap
    font.pixelSize: Theme.fontNormal
    color: Theme.text
    text: {
        //: %1 is a line number of the imported file
        const parts = [root.line > 0 ? qsTr("Line %1").arg(root.line) : qsTr("File")]
        if (root.column !== "" && root.column !== "-")
            parts.push(root.column)
        parts.push(root.modelData.message)
        return parts.join(" · ")
    }

    background: Rectangle {
        color: root.index % 2 ? Theme.surfaceAlt : Theme.surface
    }
}
