// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The violations log (sổ theo dõi vi phạm) of the year and unit chosen: confirm or dismiss a
 * reported breach; a confirmed one can start a discipline case on the Discipline page.
 */
Item {
    id: root

    required property CultureController culture

    /** Opens the Discipline page on a draft made from the confirmed violation. */
    function startDiscipline(violationId: real): void {
        const draft = root.culture.disciplineDraft(violationId)
        if (draft.staffCode === undefined)
            return
        AppController.discipline.openDraft(draft)
        AppController.currentPage = "discipline"
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.borderWidth
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                implicitHeight: Theme.rowHeight
                color: Theme.headerRow

                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingS

                    Cell {
                        Layout.leftMargin: Theme.spacingM
                        Layout.preferredWidth: Theme.colDate
                        header: true
                        text: qsTr("Date")
                    }
                    Cell {
                        Layout.preferredWidth: Theme.colUnit
                        header: true
                        text: qsTr("Person")
                    }
                    Cell {
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.colCode
                        header: true
                        text: qsTr("Item and description")
                    }
                    Cell {
                        Layout.preferredWidth: Theme.colPosition
                        header: true
                        text: qsTr("Status")
                    }
                    Item {
                        Layout.preferredWidth: Theme.colSuccessor
                        Layout.rightMargin: Theme.spacingM
                    }
                }
            }

            ListView {
                id: list

                objectName: "violationList"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                Layout.fillHeight: true
                visible: count > 0
                clip: true
                model: root.culture.violations
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                delegate: CultureViolationRow {
                    width: ListView.view.width
                    onConfirmRequested: root.culture.confirmViolation(violationId)
                    onDismissRequested: root.culture.dismissViolation(violationId)
                    onDisciplineRequested: root.startDiscipline(violationId)
                }
            }

            EmptyState {
                objectName: "violationsEmptyState"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                Layout.fillHeight: true
                visible: list.count === 0
                //: %1 is a year
                title: qsTr("No violation recorded in %1.").arg(root.culture.year)
                detail: qsTr("Breaches marked in an inspection appear here, to be confirmed or dismissed.")
            }
        }
    }
}
