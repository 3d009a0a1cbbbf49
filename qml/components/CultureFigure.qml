// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One figure of the compliance report: a title and a value already formatted (a rate, a count). */
Rectangle {
    id: root

    property string title
    property string value
    property bool alert

    implicitWidth: Theme.cardWidth
    implicitHeight: column.implicitHeight + 2 * Theme.spacingM
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth
    radius: Theme.radius
    Accessible.role: Accessible.StaticText
    Accessible.name: root.title + ": " + root.value

    Rectangle {
        width: Theme.navMarkerWidth
        height: parent.height
        radius: Theme.radius
        color: root.alert ? Theme.notMet : Theme.accent
    }

    ColumnLayout {
        id: column

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
            objectName: "figureValue"
            Layout.fillWidth: true
            text: root.value
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: root.alert ? Theme.notMet : Theme.accent
        }
    }
}
