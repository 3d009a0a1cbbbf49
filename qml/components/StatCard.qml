// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One figure of the dashboard: a title, a big number and a line under it. */
Rectangle {
    id: root

    property string title
    property int value
    property string caption

    implicitWidth: Theme.cardWidth
    implicitHeight: Theme.cardHeight
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    radius: Theme.radius
    Accessible.role: Accessible.StaticText
    Accessible.name: title + ": " + value

    Rectangle {
        width: Theme.navMarkerWidth
        height: parent.height
        radius: Theme.radius
        color: Theme.accent
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL + Theme.navMarkerWidth
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: Theme.spacingM
        anchors.bottomMargin: Theme.spacingM
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
            elide: Text.ElideRight
        }

        Label {
            objectName: "statValue"
            Layout.fillWidth: true
            text: root.value.toLocaleString(Qt.locale(), "f", 0)
            font.pixelSize: Theme.fontHuge
            font.bold: true
            color: Theme.accent
        }

        Label {
            Layout.fillWidth: true
            visible: root.caption !== ""
            text: root.caption
            font.pixelSize: Theme.fontSmall
            color: Theme.textFaint
            elide: Text.ElideRight
        }
    }
}
