// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * One requirement of the dashboard's "not met" list: its name, a bar of the people who miss it
 * (scaled to the most missed) and their number. Clicking it asks for those people.
 */
Rectangle {
    id: root

    /** {key, label, people} */
    required property var modelData
    property int maxPeople: 1

    readonly property alias hovered: hover.hovered

    signal clicked()

    implicitHeight: Theme.gapRowHeight
    color: hovered ? Theme.hover : Theme.none
    radius: Theme.radius
    Accessible.role: Accessible.Button
    Accessible.name: modelData.label + ": " + modelData.people
    Accessible.onPressAction: root.clicked()

    HoverHandler {
        id: hover

        cursorShape: Qt.PointingHandCursor
    }

    TapHandler {
        onTapped: root.clicked()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXs
        anchors.rightMargin: Theme.spacingXs
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: root.modelData.label
                elide: Text.ElideRight
                font.pixelSize: Theme.fontNormal
                color: Theme.text
            }

            Label {
                objectName: "gapPeople"
                Layout.preferredWidth: Theme.gapCountWidth
                horizontalAlignment: Text.AlignRight
                text: Number(root.modelData.people).toLocaleString(Qt.locale(), "f", 0)
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.notMet
            }
        }

        Rectangle {
            Layout.preferredWidth: root.maxPeople > 0
                                   ? Math.max(Theme.spacingXs, (root.width - 2 * Theme.spacingXs) * root.modelData.people / root.maxPeople)
                                   : 0
            Layout.preferredHeight: Theme.spacingXs
            radius: height / 2
            color: Theme.notMet
            opacity: 0.6
        }
    }
}
