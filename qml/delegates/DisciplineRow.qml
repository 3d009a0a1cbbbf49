// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** One decision in the Discipline page's list; the columns match DisciplineHeader. Holds no state. */
ItemDelegate {
    id: root

    required property int index
    required property string staffCode
    required property string fullName
    required property string unitName
    required property string formLabel
    required property string decisionNo
    required property string decisionDate
    required property string effectiveDate
    required property string barsUntil
    required property bool inForce

    implicitHeight: Theme.rowHeight
    padding: 0
    focusPolicy: Qt.NoFocus
    Accessible.name: fullName + ", " + formLabel + ", " + decisionNo

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
            text: root.staffCode
            muted: true
        }
        Cell {
            Layout.fillWidth: true
            Layout.minimumWidth: Theme.colLevel
            text: root.fullName
        }
        Cell {
            Layout.preferredWidth: Theme.colUnit
            text: root.unitName
        }
        Cell {
            Layout.preferredWidth: Theme.colCategory
            text: root.formLabel
        }
        Cell {
            Layout.preferredWidth: Theme.colPosition
            text: root.decisionNo
        }
        Cell {
            Layout.preferredWidth: Theme.colDate
            text: root.decisionDate
        }
        Cell {
            Layout.preferredWidth: Theme.colDate
            text: root.effectiveDate
        }
        Cell {
            Layout.preferredWidth: Theme.colDate
            text: root.barsUntil !== "" ? root.barsUntil : "—"
        }
        Cell {
            objectName: "inForceCell"
            Layout.preferredWidth: Theme.colCount
            Layout.rightMargin: Theme.spacingM
            text: root.inForce ? qsTr("Yes") : qsTr("No")
            color: root.inForce ? Theme.error : Theme.textMuted
            font.bold: root.inForce
        }
    }
}
