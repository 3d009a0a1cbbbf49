// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One person in the staff list; the columns match StaffHeader. Holds no state of its own. */
ItemDelegate {
    id: root

    required property int index
    required property string code
    required property string fullName
    required property string birthDate
    required property string unitName
    required property string categoryLabel
    required property string positionLabel
    required property string professionalLevel
    required property string politicalTheory
    required property bool inService

    implicitHeight: Theme.rowHeight
    padding: 0
    focusPolicy: Qt.NoFocus
    Accessible.name: fullName + ", " + code

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
            Layout.preferredWidth: Theme.colCode
            text: root.code
            muted: true
        }
        Cell {
            Layout.fillWidth: true
            text: root.fullName
            muted: !root.inService
        }
        Cell {
            Layout.preferredWidth: Theme.colDate
            text: root.birthDate
        }
        Cell {
            Layout.preferredWidth: Theme.colUnit
            text: root.unitName
        }
        Cell {
            Layout.preferredWidth: Theme.colCategory
            text: root.categoryLabel
        }
        Cell {
            Layout.preferredWidth: Theme.colPosition
            text: root.positionLabel
        }
        Cell {
            Layout.preferredWidth: Theme.colLevel
            text: root.professionalLevel
        }
        Cell {
            Layout.preferredWidth: Theme.colTheory
            Layout.rightMargin: Theme.spacingM
            text: root.politicalTheory
        }
    }
}
