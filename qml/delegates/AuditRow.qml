// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One change in the audit trail; the columns match AuditHeader. Holds no state. */
ItemDelegate {
    id: root

    required property int index
    required property string when
    required property string actor
    required property string actionText
    required property string entityText
    required property string entityKey

    implicitHeight: Theme.rowHeight
    padding: 0
    focusPolicy: Qt.NoFocus
    Accessible.name: when + ", " + actor + ", " + actionText + ", " + entityText + " " + entityKey

    background: Rectangle {
        color: root.highlighted ? Theme.selection
                                : (root.hovered ? Theme.hover : (root.index % 2 ? Theme.surfaceAlt : Theme.surface))

        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.borderWidth
            color: Theme.divider
        }
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Cell {
            Layout.leftMargin: Theme.spacingM
            Layout.preferredWidth: Theme.colCategory
            text: root.when
            muted: true
        }
        Cell {
            Layout.preferredWidth: Theme.colKind
            text: root.actor
        }
        Cell {
            Layout.preferredWidth: Theme.colKind
            text: root.actionText
        }
        Cell {
            Layout.preferredWidth: Theme.colCategory
            text: root.entityText
        }
        Cell {
            Layout.fillWidth: true
            Layout.rightMargin: Theme.spacingM
            text: root.entityKey
        }
    }
}
