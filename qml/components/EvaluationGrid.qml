// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CongVu.Core
import CongVu.Ui

/**
 * The evaluation entry grid, for the keyboard: arrows move; Tab / Shift+Tab go to the next / previous
 * editable cell (row after row); Enter goes down a row. In a level cell X/1, T/2, H/3, K/4 write the
 * level at once and go down (so a column is rated by typing); Delete clears. In a text or number cell
 * typing opens the editor (F2 edits the current text), Enter or Tab saves, Esc cancels. Space toggles
 * maternity leave. A level typed in the final-level cell asks for the decision (decideRequested).
 * What a key means is EvaluationGridModel's business; this file only moves the cursor.
 */
Item {
    id: root

    required property EvaluationController controller
    readonly property EvaluationGridModel grid: root.controller.grid
    /** The cursor's column; the row is the list's currentIndex. */
    property int currentColumn: 8
    readonly property int currentRow: gridList.currentIndex
    /** Widths by column (EvaluationGridModel::Column order). */
    readonly property var columnWidths: [Theme.colCode, Theme.colUnit, Theme.colCategory, Theme.colCategoryCount,
        Theme.colCount, Theme.colCount, Theme.colCount, Theme.colCategoryCount, Theme.colCategoryCount,
        Theme.colCategoryCount, Theme.colKind, Theme.colValidity, Theme.colSuccessor]
    readonly property int totalWidth: {
        let w = 0
        for (let i = 0; i < root.columnWidths.length; ++i)
            w += root.columnWidths[i]
        return w
    }
    readonly property bool editing: editor.visible
    readonly property alias list: gridList

    /** A level was typed in the final-level cell: the page asks for the decision. */
    signal decideRequested(level: string)

    function columnX(column: int): int {
        let x = 0
        for (let i = 0; i < column; ++i)
            x += root.columnWidths[i]
        return x
    }

    /** Puts the keyboard on the grid (first row when nothing is chosen yet). */
    function focusGrid(): void {
        if (gridList.count > 0 && gridList.currentIndex < 0)
            gridList.currentIndex = 0
        gridList.forceActiveFocus()
    }

    function moveTo(row: int, column: int): void {
        if (row < 0 || row >= gridList.count)
            return
        gridList.currentIndex = row
        root.currentColumn = Math.max(0, Math.min(column, root.columnWidths.length - 1))
        gridList.positionViewAtIndex(row, ListView.Contain)
        root.showColumn(root.currentColumn)
    }

    /** Scrolls sideways so that the column is in view. */
    function showColumn(column: int): void {
        const left = root.columnX(column)
        const right = left + root.columnWidths[column]
        if (left < gridList.contentX)
            gridList.contentX = left
        else if (right > gridList.contentX + gridList.width)
            gridList.contentX = Math.min(right - gridList.width, Math.max(0, root.totalWidth - gridList.width))
    }

    function moveColumn(delta: int): void {
        const next = root.currentColumn + delta
        if (next >= 0 && next < root.columnWidths.length) {
            root.currentColumn = next
            root.showColumn(next)
        }
    }

    /** Tab: the next editable cell, row after row (decided rows are skipped). */
    function tab(backwards: bool): void {
        const next = root.grid.nextEditable(gridList.currentIndex, root.currentColumn, backwards)
        if (next.row >= 0)
            root.moveTo(next.row, next.column)
    }

    function down(): void {
        if (gridList.currentIndex + 1 < gridList.count)
            root.moveTo(gridList.currentIndex + 1, root.currentColumn)
    }

    function startEdit(initial: string): void {
        if (!root.grid.isEditable(gridList.currentIndex, root.currentColumn))
            return
        root.showColumn(root.currentColumn)
        editor.row = gridList.currentIndex
        editor.column = root.currentColumn
        editor.text = initial
        editor.visible = true
        editor.forceActiveFocus()
        editor.cursorPosition = editor.text.length
    }

    /** Saves the editor; then = "down", "tab", "backtab" or "" (stay). */
    function commitEdit(then: string): void {
        if (!editor.visible)
            return
        const ok = root.grid.setCell(editor.row, editor.column, editor.text)
        if (!ok)
            return // the error shows on the cell; the editor stays open
        editor.visible = false
        gridList.forceActiveFocus()
        if (then === "down")
            root.down()
        else if (then === "tab")
            root.tab(false)
        else if (then === "backtab")
            root.tab(true)
    }

    function cancelEdit(): void {
        editor.visible = false
        gridList.forceActiveFocus()
    }

    /** A printable key on the grid: what it does depends on the column's kind. */
    function typeKey(text: string): bool {
        const row = gridList.currentIndex
        const column = root.currentColumn
        const kind = root.grid.kindOf(column)
        if (column === EvaluationGridModel.FinalLevelColumn) {
            const level = root.grid.levelForKey(text)
            if (level === "")
                return false
            if (root.grid.isLocked(row)) {
                root.grid.setCell(row, column, text) // shows why on the cell
                return true
            }
            root.controller.selectedCode = root.grid.codeAt(row)
            root.decideRequested(level)
            return true
        }
        if (!root.grid.isEditable(row, column)) {
            if (root.grid.isLocked(row))
                root.grid.setCell(row, column, text) // shows why on the cell
            return false
        }
        if (kind === "level") {
            if (root.grid.setCell(row, column, text))
                root.down()
            return true
        }
        if (kind === "bool") {
            if (text === " ")
                root.grid.setCell(row, column, root.grid.editText(row, column) === "1" ? "0" : "1")
            else
                root.grid.setCell(row, column, text)
            return true
        }
        root.startEdit(text)
        return true
    }

    onCurrentRowChanged: {
        if (gridList.currentIndex >= 0)
            root.controller.selectedCode = root.grid.codeAt(gridList.currentIndex)
    }

    Rectangle {
        id: gridFrame

        anchors.fill: parent
        color: Theme.surface
        border.color: gridList.activeFocus || editor.activeFocus ? Theme.accent : Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius

        // The column titles scroll sideways with the grid.
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
                width: Math.max(gridList.width, root.totalWidth)
                height: parent.height
                color: Theme.headerRow

                Row {
                    anchors.fill: parent

                    Repeater {
                        model: root.grid.columns

                        delegate: Label {
                            id: headerCell

                            required property int index
                            required property var modelData

                            width: root.columnWidths[headerCell.index]
                            height: parent.height
                            leftPadding: Theme.spacingS
                            rightPadding: Theme.spacingXs
                            verticalAlignment: Text.AlignVCenter
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            text: headerCell.modelData.title
                            font.pixelSize: Theme.fontSmall
                            font.bold: true
                            color: headerCell.index === root.currentColumn ? Theme.accent
                                   : headerCell.modelData.editable ? Theme.text : Theme.textMuted
                        }
                    }
                }
            }
        }

        ListView {
            id: gridList

            objectName: "evaluationGrid"
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
            contentWidth: root.totalWidth
            flickableDirection: Flickable.AutoFlickIfNeeded
            boundsBehavior: Flickable.StopAtBounds
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            activeFocusOnTab: true
            cacheBuffer: Theme.listCacheBuffer
            ScrollBar.vertical: ScrollBar {}
            ScrollBar.horizontal: ScrollBar {}
            Accessible.name: qsTr("Evaluation grid")
            Keys.onLeftPressed: root.moveColumn(-1)
            Keys.onRightPressed: root.moveColumn(1)
            Keys.onTabPressed: root.tab(false)
            Keys.onBacktabPressed: root.tab(true)
            Keys.onReturnPressed: root.down()
            Keys.onEnterPressed: root.down()
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Delete || event.key === Qt.Key_Backspace) {
                    if (root.grid.isEditable(gridList.currentIndex, root.currentColumn))
                        root.grid.setCell(gridList.currentIndex, root.currentColumn, "")
                    event.accepted = true
                } else if (event.key === Qt.Key_F2) {
                    root.startEdit(root.grid.editText(gridList.currentIndex, root.currentColumn))
                    event.accepted = true
                } else if (event.key === Qt.Key_Home && event.modifiers === Qt.NoModifier) {
                    root.moveColumn(-root.currentColumn)
                    event.accepted = true
                } else if (event.text !== "" && event.text.charCodeAt(0) >= 32
                           && (event.modifiers & (Qt.ControlModifier | Qt.AltModifier)) === 0) {
                    event.accepted = root.typeKey(event.text)
                }
            }

            delegate: EvaluationGridRow {
                width: Math.max(gridList.width, root.totalWidth)
                columnWidths: root.columnWidths
                currentColumn: ListView.isCurrentItem ? root.currentColumn : -1
                editingColumn: editor.visible && editor.row === index ? editor.column : -1
                onCellClicked: column => {
                    const same = gridList.currentIndex === index && root.currentColumn === column
                    gridList.currentIndex = index
                    root.currentColumn = column
                    gridList.forceActiveFocus()
                    if (same)
                        root.startEdit(root.grid.editText(index, column))
                }
            }
        }

        TextField {
            id: editor

            property int row: -1
            property int column: -1
            readonly property var rowItem: editor.row >= 0 ? gridList.itemAtIndex(editor.row) : null

            objectName: "cellEditor"
            visible: false
            z: 2
            x: gridList.x + root.columnX(editor.column) - gridList.contentX + gridList.originX
            y: gridList.y + (editor.rowItem ? editor.rowItem.y - gridList.contentY + gridList.originY : 0)
            width: editor.column >= 0 ? Math.max(root.columnWidths[editor.column], Theme.colLevel) : 0
            height: Theme.rowHeight
            font.pixelSize: Theme.fontNormal
            selectByMouse: true
            inputMethodHints: root.grid.kindOf(editor.column) === "number" ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
            Accessible.name: qsTr("Edit cell")
            Keys.onReturnPressed: root.commitEdit("down")
            Keys.onEnterPressed: root.commitEdit("down")
            Keys.onTabPressed: root.commitEdit("tab")
            Keys.onBacktabPressed: root.commitEdit("backtab")
            Keys.onEscapePressed: root.cancelEdit()
            onActiveFocusChanged: {
                if (!activeFocus && visible)
                    visible = false // focus left by the mouse: nothing saved
            }
        }

        EmptyState {
            objectName: "gridEmptyState"
            anchors.fill: parent
            visible: gridList.count === 0
            title: root.controller.unitCode === "" ? qsTr("Choose the unit to evaluate")
                   : root.grid.total === 0 ? qsTr("Nobody to evaluate in this unit for this year")
                                           : qsTr("Nobody matches the search")
            detail: root.grid.total === 0 ? qsTr("Choose another unit or year: the grid lists the people in service during the year.")
                                          : qsTr("Clear the search to see the whole unit.")
        }
    }
}
