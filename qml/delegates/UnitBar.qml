// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * One unit of the dashboard chart: its name, a bar stacked by category (same colours as the
 * legend) scaled to the largest unit, and its total. Clicking it asks to show the unit's people.
 */
Rectangle {
    id: root

    /** {code, name, kindLabel, total, counts: {category: n}} */
    required property var modelData
    /** [{category, label, count}]: the order and labels of the segments. */
    property var categories: []
    property int maxTotal: 1

    readonly property string unitCode: modelData.code
    readonly property int total: modelData.total
    readonly property alias hovered: hover.hovered

    signal clicked()

    implicitHeight: Theme.barHeight + Theme.spacingS
    color: hovered ? Theme.hover : Theme.none
    radius: Theme.radius
    Accessible.role: Accessible.Button
    Accessible.name: modelData.name + ": " + total
    Accessible.onPressAction: root.clicked()
    ToolTip.visible: hovered
    ToolTip.delay: Theme.toolTipDelay
    ToolTip.text: {
        const lines = [root.modelData.name + " — " + root.modelData.kindLabel]
        for (const c of root.categories) {
            const n = root.modelData.counts[c.category] ?? 0
            if (n > 0)
                lines.push(c.label + ": " + n)
        }
        return lines.join("\n")
    }

    HoverHandler {
        id: hover

        cursorShape: Qt.PointingHandCursor
    }

    TapHandler {
        onTapped: root.clicked()
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.preferredWidth: Theme.barLabelWidth
            text: root.modelData.name
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontNormal
            color: root.total > 0 ? Theme.text : Theme.textFaint
        }

        Item {
            id: barArea

            Layout.fillWidth: true
            Layout.preferredHeight: Theme.barHeight

            Row {
                anchors.verticalCenter: parent.verticalCenter
                height: parent.height

                Repeater {
                    model: root.categories

                    Rectangle {
                        required property var modelData

                        height: barArea.height
                        width: root.maxTotal > 0
                               ? barArea.width * (root.modelData.counts[modelData.category] ?? 0) / root.maxTotal
                               : 0
                        color: Theme.categoryColor(modelData.category)
                    }
                }
            }
        }

        Label {
            Layout.preferredWidth: Theme.barCountWidth
            text: root.total
            horizontalAlignment: Text.AlignRight
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: Theme.text
        }
    }
}
