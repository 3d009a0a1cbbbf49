// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** A white panel with a title; children go into its column. */
Rectangle {
    id: root

    property string title
    default property alias content: column.data

    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    radius: Theme.radius
    implicitWidth: column.implicitWidth + 2 * Theme.spacingL
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            visible: root.title !== ""
            text: root.title
            font.pixelSize: Theme.fontMedium
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
        }
    }
}
