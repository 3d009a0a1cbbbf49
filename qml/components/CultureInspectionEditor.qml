// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Entering one culture inspection: unit, date and inspector, then a grid of the unit's people ×
 * the checklist items where every cell starts "đạt". Arrows move, Space toggles đạt ↔ vi phạm,
 * N marks không áp dụng, Enter writes a note for the cell; Ctrl+S saves (the page's shortcut).
 * What a cell may hold is decided by CultureGridModel; this file only moves the cursor.
 */
Item {
    id: root

    required property CultureController culture
    readonly property CultureGridModel grid: root.culture.grid
    /** The cursor's column; the row is the list's currentIndex. */
    property int currentColumn: 0
    readonly property int currentRow: gridList.currentIndex
    readonly property int nameWidth: Theme.colUnit + Theme.colCode
    readonly property int cellWidth: root.grid.columnCount > 0
                                     ? Math.max(Theme.colCount,
                                                Math.floor((gridFrame.width - root.nameWidth - Theme.spacingM)
                                                           / root.grid.columnCount))
                                     : Theme.colCount
    readonly property var currentItemInfo: root.currentColumn < root.grid.columns.length
                                           ? root.grid.columns[root.currentColumn] : null
    /** The row delegate under the cursor (results, notes, fullName), or null. */
    readonly property var currentPerson: gridList.currentItem
    readonly property string currentResult: root.currentPerson && root.currentColumn < root.currentPerson.results.length
                                            ? root.currentPerson.results[root.currentColumn] : ""
    readonly property string currentNote: root.currentPerson && root.currentColumn < root.currentPerson.notes.length
                                          ? root.currentPerson.notes[root.currentColumn] : ""

    /** Puts the keyboard on the grid (first cell when nothing is chosen yet). */
    function focusGrid(): void {
        if (gridList.count > 0 && gridList.currentIndex < 0)
            gridList.currentIndex = 0
        gridList.forceActiveFocus()
    }

    /** Where the keyboard goes when the editor opens: the inspector when unnamed, else the grid. */
    function focusFirst(): void {
        root.currentColumn = 0
        gridList.currentIndex = gridList.count > 0 ? 0 : -1
        if (root.culture.editUnit === "")
            unitCombo.forceActiveFocus()
        else if (inspectorField.text.trim() === "")
            inspectorField.forceActiveFocus()
        else
            root.focusGrid()
    }

    function moveColumn(delta: int): void {
        const next = root.currentColumn + delta
        if (next >= 0 && next < root.grid.columnCount) {
            root.currentColumn = next
            gridList.positionViewAtIndex(gridList.currentIndex, ListView.Contain)
        }
    }

    /** Closes the editor, asking first when marks were entered. */
    function requestCancel(): void {
        if (root.grid.modified)
            discardDialog.open()
        else
            root.culture.cancelEdit()
    }

    function saveNote(): void {
        if (gridList.currentIndex >= 0)
            root.grid.setNote(gridList.currentIndex, root.currentColumn, noteField.text)
    }

    onCurrentNoteChanged: noteField.text = root.currentNote

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: root.culture.editingStored ? qsTr("Edit inspection") : qsTr("New inspection")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }

            Label {
                objectName: "breachCountLabel"
                Layout.alignment: Qt.AlignBaseline
                //: %n is the number of cells marked as a breach so far
                text: qsTr("%n breach(es)", "", root.grid.breachCount)
                font.pixelSize: Theme.fontMedium
                font.bold: root.grid.breachCount > 0
                color: root.grid.breachCount > 0 ? Theme.notMet : Theme.textMuted
            }

            Label {
                Layout.alignment: Qt.AlignBaseline
                //: %n is the number of people in the grid
                text: qsTr("%n people", "", root.grid.count)
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }

            Item {
                Layout.fillWidth: true
            }

            Button {
                objectName: "cancelInspectionButton"
                text: qsTr("Cancel")
                onClicked: root.requestCancel()
            }

            Button {
                objectName: "saveInspectionButton"
                text: qsTr("Save")
                highlighted: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+S")
                onClicked: root.culture.saveInspection()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                text: qsTr("Unit")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            OptionCombo {
                id: unitCombo

                objectName: "editUnitCombo"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.searchWidth
                Layout.minimumWidth: Theme.comboWidth
                emptyText: qsTr("Choose a unit…")
                options: {
                    AppController.language // re-read the labels after a language change
                    return AppController.unitOptions(root.culture.editDate)
                }
                value: root.culture.editUnit
                onPicked: value => {
                    root.culture.setEditUnit(value)
                    root.focusFirst()
                }
            }

            Label {
                text: qsTr("Date")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            DateField {
                objectName: "editDateField"
                isoValue: root.culture.editDate
                onDateEntered: isoDate => root.culture.setEditDate(isoDate)
            }

            Label {
                text: qsTr("Inspector")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            TextField {
                id: inspectorField

                objectName: "inspectorField"
                Layout.preferredWidth: Theme.comboWidth
                implicitHeight: Theme.controlHeight
                font.pixelSize: Theme.fontNormal
                placeholderText: qsTr("Full name of the inspector")
                selectByMouse: true
                text: root.culture.editInspector
                onTextEdited: root.culture.editInspector = text
                Keys.onReturnPressed: root.focusGrid()
                Keys.onEnterPressed: root.focusGrid()
                KeyNavigation.tab: noteOfInspection
            }

            TextField {
                id: noteOfInspection

                objectName: "inspectionNoteField"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.comboWidth
                implicitHeight: Theme.controlHeight
                font.pixelSize: Theme.fontNormal
                placeholderText: qsTr("Note on the inspection (optional)")
                selectByMouse: true
                text: root.culture.editNote
                onTextEdited: root.culture.editNote = text
                Keys.onReturnPressed: root.focusGrid()
                Keys.onEnterPressed: root.focusGrid()
                KeyNavigation.tab: gridList
            }
        }

        Rectangle {
            id: gridFrame

            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: gridList.activeFocus ? Theme.accent : Theme.border
            border.width: Theme.borderWidth
            radius: Theme.radius

            // The column titles scroll sideways with the grid (a ListView header needs no
            // ComponentBehavior: Bound in Qt 6.4, so it lives outside).
            Item {
                id: gridHeader

                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.borderWidth
                height: Theme.personRowHeight
                visible: gridList.count > 0
                clip: true

                Rectangle {
                    x: -gridList.contentX + gridList.originX
                    width: Math.max(gridList.width, gridList.contentWidth)
                    height: parent.height
                    color: Theme.headerRow

                    Row {
                        anchors.fill: parent

                        Cell {
                            width: root.nameWidth
                            height: parent.height
                            leftPadding: Theme.spacingM
                            header: true
                            text: qsTr("Person")
                        }

                        Repeater {
                            model: root.grid.columns

                            delegate: Label {
                                id: headerCell

                                required property int index
                                required property var modelData

                                width: root.cellWidth
                                height: parent.height
                                padding: Theme.spacingXs
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                                //: %1 is the item's number, %2 its text
                                text: qsTr("%1. %2").arg(headerCell.index + 1)
                                      .arg((headerCell.modelData.leadersOnly ? "★ " : "") + headerCell.modelData.label)
                                font.pixelSize: Theme.fontSmall
                                font.bold: headerCell.index === root.currentColumn
                                color: headerCell.index === root.currentColumn ? Theme.accent : Theme.textMuted

                                HoverHandler {
                                    id: headerHover
                                }

                                ToolTip.visible: headerHover.hovered
                                ToolTip.delay: Theme.toolTipDelay
                                ToolTip.text: headerCell.modelData.label + "\n" + headerCell.modelData.basis
                            }
                        }
                    }
                }
            }

            ListView {
                id: gridList

                objectName: "cultureGrid"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: gridHeader.bottom
                anchors.bottom: parent.bottom
                anchors.leftMargin: Theme.borderWidth
                anchors.rightMargin: Theme.borderWidth
                anchors.bottomMargin: Theme.borderWidth
                visible: count > 0
                clip: true
                model: root.grid
                contentWidth: root.nameWidth + root.cellWidth * root.grid.columnCount
                flickableDirection: Flickable.AutoFlickIfNeeded
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                activeFocusOnTab: true
                ScrollBar.vertical: ScrollBar {}
                ScrollBar.horizontal: ScrollBar {}
                Accessible.name: qsTr("Inspection grid")
                Keys.onEscapePressed: root.requestCancel()
                Keys.onLeftPressed: root.moveColumn(-1)
                Keys.onRightPressed: root.moveColumn(1)
                Keys.onSpacePressed: root.grid.toggle(gridList.currentIndex, root.currentColumn)
                Keys.onReturnPressed: {
                    if (root.grid.applies(gridList.currentIndex, root.currentColumn))
                        noteField.forceActiveFocus()
                }
                Keys.onEnterPressed: {
                    if (root.grid.applies(gridList.currentIndex, root.currentColumn))
                        noteField.forceActiveFocus()
                }
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_N && event.modifiers === Qt.NoModifier) {
                        root.grid.setNotApplicable(gridList.currentIndex, root.currentColumn)
                        event.accepted = true
                    }
                }

                delegate: CultureGridRow {
                    width: Math.max(gridList.width, gridList.contentWidth)
                    nameWidth: root.nameWidth
                    cellWidth: root.cellWidth
                    currentColumn: ListView.isCurrentItem ? root.currentColumn : -1
                    onCellClicked: column => {
                        const same = gridList.currentIndex === index && root.currentColumn === column
                        gridList.currentIndex = index
                        root.currentColumn = column
                        gridList.forceActiveFocus()
                        if (same)
                            root.grid.toggle(index, column)
                    }
                }
            }

            EmptyState {
                objectName: "gridEmptyState"
                anchors.fill: parent
                visible: gridList.count === 0
                title: root.culture.editUnit === ""
                       ? qsTr("Choose the unit inspected")
                       : qsTr("Nobody of this unit is in service on this date.")
                detail: root.culture.editUnit === ""
                        ? qsTr("The grid lists the unit's people in service on the inspection date.")
                        : qsTr("Check the unit and the date of the inspection.")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: gridList.count > 0

            Label {
                objectName: "currentCellLabel"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.searchWidth
                elide: Text.ElideRight
                font.pixelSize: Theme.fontNormal
                color: Theme.text
                text: root.currentPerson && root.currentItemInfo
                      //: %1 is a person, %2 a checklist item, %3 the result (đạt, vi phạm, …)
                      ? qsTr("%1 — %2: %3").arg(root.currentPerson.fullName).arg(root.currentItemInfo.label)
                                          .arg(root.grid.resultLabel(root.currentResult))
                      : ""
                ToolTip.visible: truncated && currentCellHover.hovered
                ToolTip.text: text

                HoverHandler {
                    id: currentCellHover
                }
            }

            TextField {
                id: noteField

                objectName: "cellNoteField"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.searchWidth
                implicitHeight: Theme.controlHeight
                font.pixelSize: Theme.fontNormal
                enabled: root.grid.applies(gridList.currentIndex, root.currentColumn)
                placeholderText: root.currentResult === "vi_pham"
                                 ? qsTr("What was the breach? (Enter to go back to the grid)")
                                 : qsTr("Note for this cell (optional)")
                selectByMouse: true
                onEditingFinished: root.saveNote()
                Keys.onReturnPressed: {
                    root.saveNote()
                    root.focusGrid()
                }
                Keys.onEnterPressed: {
                    root.saveNote()
                    root.focusGrid()
                }
                Keys.onEscapePressed: {
                    noteField.text = root.currentNote
                    root.focusGrid()
                }
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textFaint
            text: qsTr("Arrows move · Space: passed ↔ breach · N: not applicable · Enter: note · Ctrl+S: save · Esc: cancel. ★ leaders only (— for others).")
        }
    }

    CultureConfirmDialog {
        id: discardDialog

        objectName: "discardDialog"
        title: qsTr("Discard the inspection")
        text: qsTr("The marks entered in the grid are not saved. Discard them?")
        acceptText: qsTr("Discard")
        onAccepted: root.culture.cancelEdit()
    }
}
