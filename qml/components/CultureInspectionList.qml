// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/** The inspections of the year and unit chosen: open one to edit it, delete one after a question. */
Item {
    id: root

    required property CultureController culture

    signal newRequested()

    function focusList(): void {
        list.forceActiveFocus()
    }

    function openCurrent(): void {
        const id = root.culture.inspections.idAt(list.currentIndex)
        if (id > 0)
            root.culture.editInspection(id)
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
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.colCode
                        header: true
                        text: qsTr("Unit")
                    }
                    Cell {
                        Layout.preferredWidth: Theme.colPosition
                        header: true
                        text: qsTr("Inspector")
                    }
                    Cell {
                        Layout.preferredWidth: Theme.colLevel
                        horizontalAlignment: Text.AlignRight
                        header: true
                        text: qsTr("People")
                    }
                    Cell {
                        Layout.preferredWidth: Theme.colLevel
                        horizontalAlignment: Text.AlignRight
                        header: true
                        text: qsTr("Breaches")
                    }
                    Item {
                        Layout.preferredWidth: Theme.colUnit
                        Layout.rightMargin: Theme.spacingM
                    }
                }
            }

            ListView {
                id: list

                objectName: "inspectionList"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                Layout.fillHeight: true
                visible: count > 0
                clip: true
                model: root.culture.inspections
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                activeFocusOnTab: true
                ScrollBar.vertical: ScrollBar {}
                Keys.onReturnPressed: root.openCurrent()
                Keys.onEnterPressed: root.openCurrent()

                delegate: CultureInspectionRow {
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: {
                        list.currentIndex = index
                        list.forceActiveFocus()
                    }
                    onDoubleClicked: root.culture.editInspection(inspectionId)
                    onEditRequested: root.culture.editInspection(inspectionId)
                    onDeleteRequested: {
                        deleteDialog.subjectId = inspectionId
                        //: %1 is the date, %2 the unit of the inspection
                        deleteDialog.text = qsTr("Delete the inspection of %1 at %2? Violations it found stay in the log.")
                                            .arg(dateText).arg(unitName)
                        deleteDialog.open()
                    }
                }
            }

            EmptyState {
                objectName: "inspectionsEmptyState"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                Layout.fillHeight: true
                visible: list.count === 0
                //: %1 is a year
                title: qsTr("No inspection recorded in %1 yet.").arg(root.culture.year)
                detail: qsTr("Record what the inspector saw for each person and checklist item (QĐ 1847/QĐ-TTg).")
                actionText: qsTr("New inspection")
                onActionTriggered: root.newRequested()
            }
        }
    }

    CultureConfirmDialog {
        id: deleteDialog

        objectName: "deleteInspectionDialog"
        onAccepted: root.culture.removeInspection(deleteDialog.subjectId)
    }
}
