// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * One entry of the violations log: date, person, item, description, status, the linked decision,
 * and the actions the controller allows (Confirm, Dismiss, Start discipline case).
 */
ItemDelegate {
    id: root

    required property int index
    required property real violationId
    required property string staffCode
    required property string fullName
    required property string unitName
    required property string itemLabel
    required property string dateText
    required property string description
    required property string status
    required property string statusLabel
    required property string disciplineText
    required property bool canConfirm
    required property bool canDismiss
    required property bool canStartDiscipline

    signal confirmRequested()
    signal dismissRequested()
    signal disciplineRequested()

    implicitHeight: Theme.personRowHeight
    padding: 0
    focusPolicy: Qt.NoFocus
    Accessible.name: root.fullName + ", " + root.itemLabel + ", " + root.statusLabel

    background: Rectangle {
        color: root.hovered ? Theme.hover : (root.index % 2 ? Theme.surfaceAlt : Theme.surface)

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
            Layout.preferredWidth: Theme.colDate
            text: root.dateText
        }
        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.colUnit
            spacing: 0

            Cell {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                text: root.fullName
            }
            Cell {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                text: root.staffCode + " · " + root.unitName
                muted: true
                font.pixelSize: Theme.fontSmall
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            spacing: 0

            Cell {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                text: root.itemLabel
            }
            Cell {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                visible: root.description !== ""
                text: root.description
                muted: true
                font.pixelSize: Theme.fontSmall
            }
        }
        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.colPosition
            spacing: 0

            Cell {
                objectName: "statusCell"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                text: root.statusLabel
                font.bold: root.status === "confirmed"
                color: root.status === "confirmed" ? Theme.notMet
                                                   : root.status === "dismissed" ? Theme.textFaint : Theme.warning
            }
            Cell {
                objectName: "disciplineCell"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                visible: root.disciplineText !== ""
                //: %1 is the discipline decision started from the violation
                text: qsTr("Decision: %1").arg(root.disciplineText)
                muted: true
                font.pixelSize: Theme.fontSmall
            }
        }
        RowLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.colSuccessor
            Layout.rightMargin: Theme.spacingM
            spacing: Theme.spacingXs

            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "confirmViolationButton"
                visible: root.canConfirm
                text: qsTr("Confirm")
                flat: true
                onClicked: root.confirmRequested()
            }
            Button {
                objectName: "dismissViolationButton"
                visible: root.canDismiss
                text: qsTr("Dismiss")
                flat: true
                onClicked: root.dismissRequested()
            }
            Button {
                objectName: "startDisciplineButton"
                visible: root.canStartDiscipline
                text: qsTr("Start discipline case")
                highlighted: true
                onClicked: root.disciplineRequested()
            }
        }
    }
}
