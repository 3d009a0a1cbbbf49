// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One field of a change: its value before and after, highlighted when it changed. Holds no state. */
Rectangle {
    id: root

    required property int index
    required property var modelData

    readonly property bool changed: root.modelData.changed

    implicitHeight: Math.max(Theme.rowHeight, values.implicitHeight + 2 * Theme.spacingXs)
    color: root.changed ? Theme.warningSurface : (root.index % 2 ? Theme.surfaceAlt : Theme.surface)
    Accessible.name: root.modelData.field + ": " + root.modelData.before + " → " + root.modelData.after

    RowLayout {
        id: values

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingS

        Label {
            Layout.preferredWidth: Theme.colCategory
            text: root.modelData.field
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            font.bold: root.changed
            color: Theme.textMuted
        }
        Label {
            objectName: "beforeValue"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: root.modelData.before !== "" ? root.modelData.before : "—"
            wrapMode: Text.WrapAnywhere
            font.pixelSize: Theme.fontNormal
            font.strikeout: root.changed && root.modelData.before !== ""
            color: root.changed ? Theme.textMuted : Theme.text
        }
        Label {
            objectName: "afterValue"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            text: root.modelData.after !== "" ? root.modelData.after : "—"
            wrapMode: Text.WrapAnywhere
            font.pixelSize: Theme.fontNormal
            font.bold: root.changed
            color: Theme.text
        }
    }
}
