// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The Evaluations page driven by the keyboard alone: a task group typed for several people (type,
 * Enter saves and goes down), Tab to the proposed level, levels typed as letters (each goes down a
 * row), the cap warning appearing when one HTXSNV too many is typed, Ctrl+Z undoing it, Esc
 * cancelling an edit, Delete clearing a level, a decided row that refuses keys. 2023 is used: the
 * demo office has no evaluations that year, so every row starts as an empty draft.
 */
TestCase {
    id: testCase

    readonly property EvaluationController evaluations: AppController.evaluations
    readonly property int year: 2023

    function createPage(): EvaluationsPage {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "EvaluationsPage is created")
        return page
    }

    /** Types ASCII text (QTest asserts on other characters). */
    function typeText(text: string): void {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    /** A unit with at least `people` people in 2023 and no stored evaluation among them, else "". */
    function freshUnit(people: int, skip: string): string {
        const units = AppController.unitOptions(testCase.year + "-12-31")
        for (let i = 0; i < units.length; ++i) {
            if (units[i].value === skip)
                continue
            testCase.evaluations.unitCode = units[i].value
            const grid = testCase.evaluations.grid
            if (grid.count < people || grid.count > 60)
                continue
            let fresh = true
            for (let r = 0; r < grid.count && fresh; ++r)
                fresh = grid.data(grid.index(r, 0), EvaluationGridModel.StatusRole) === "draft"
                        && grid.data(grid.index(r, 0), EvaluationGridModel.ProposedLevelRole) === ""
            if (fresh)
                return units[i].value
        }
        return ""
    }

    function proposed(row: int): string {
        const grid = testCase.evaluations.grid
        return grid.data(grid.index(row, 0), EvaluationGridModel.ProposedLevelRole)
    }

    function init(): void {
        testCase.evaluations.grid.filter = ""
        testCase.evaluations.year = testCase.year
    }

    name: "EvaluationsPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        EvaluationsPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_rateAUnitByKeyboard(): void {
        const page = createPage()
        const unit = freshUnit(6, "")
        verify(unit !== "", "the demo office has a unit with six people and no 2023 evaluations")
        const model = testCase.evaluations.grid
        const gridView = findChild(page, "evaluationGridView")
        const list = findChild(page, "evaluationGrid")
        page.focusGrid()
        tryCompare(list, "activeFocus", true)
        compare(list.currentIndex, 0)

        // Home, then right twice: the task group column. Type, Enter saves and goes down.
        keyClick(Qt.Key_Home)
        compare(gridView.currentColumn, 0)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(gridView.currentColumn, EvaluationGridModel.TaskGroupColumn)
        for (let i = 0; i < 5; ++i) {
            typeText("nhom1")
            const editor = findChild(page, "cellEditor")
            verify(editor.visible, "typing opens the cell editor")
            keyClick(Qt.Key_Return)
            verify(!editor.visible)
            compare(list.currentIndex, i + 1, "Enter goes down a row")
        }
        for (let i = 0; i < 5; ++i)
            compare(model.data(model.index(i, 0), EvaluationGridModel.TaskGroupRole), "nhom1")

        // Back to the top; Tab goes from cell to editable cell up to the proposed level.
        for (let i = 0; i < 5; ++i)
            keyClick(Qt.Key_Up)
        compare(list.currentIndex, 0)
        for (let i = 0; i < 6; ++i)
            keyClick(Qt.Key_Tab)
        compare(gridView.currentColumn, EvaluationGridModel.ProposedLevelColumn)
        compare(list.currentIndex, 0)
        verify(list.activeFocus, "Tab stays in the grid")

        // Levels by letter: each goes down a row. Four HTTNV: 20% of 4 allows no HTXSNV.
        typeText("tt2T")
        compare(list.currentIndex, 4)
        for (let i = 0; i < 4; ++i)
            compare(proposed(i), "tot")
        verify(!testCase.evaluations.capExceeded)
        keyClick("x")
        compare(proposed(4), "xuat_sac")
        verify(testCase.evaluations.capExceeded, "one HTXSNV over the cap")
        const chip = findChild(page, "capChip_nhom1")
        verify(chip, "the task group's cap is shown")
        verify(findChild(chip, "capText").text.indexOf("over") >= 0, findChild(chip, "capText").text)
        verify(findChild(chip, "capText").text.indexOf("1 / at most 0") >= 0, findChild(chip, "capText").text)

        // Ctrl+Z undoes the last change: under the cap again.
        keySequence("Ctrl+Z")
        compare(proposed(4), "")
        verify(!testCase.evaluations.capExceeded)

        // A key that is no level: the cell says why; nothing is stored.
        list.currentIndex = 4
        keyClick("q")
        verify(model.errorAt(4, EvaluationGridModel.ProposedLevelColumn) !== "")
        compare(proposed(4), "")
        keyClick("h")
        compare(proposed(4), "hoan_thanh")
        compare(list.currentIndex, 5)
        // Delete clears the level under the cursor.
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        compare(proposed(3), "tot")
        keyClick(Qt.Key_Delete)
        compare(proposed(3), "")

        // Esc cancels an edit: months worked unchanged.
        keyClick(Qt.Key_Home)
        for (let i = 0; i < EvaluationGridModel.MonthsWorkedColumn; ++i)
            keyClick(Qt.Key_Right)
        typeText("3")
        verify(findChild(page, "cellEditor").visible)
        keyClick(Qt.Key_Escape)
        verify(!findChild(page, "cellEditor").visible)
        tryCompare(list, "activeFocus", true)
        compare(model.editText(3, EvaluationGridModel.MonthsWorkedColumn), "12")
        // Tab from the last editable cell of a row goes to the next row's first one.
        for (let i = 0; i < 5; ++i)
            keyClick(Qt.Key_Tab)
        compare(gridView.currentColumn, EvaluationGridModel.ProposedLevelColumn)
        keyClick(Qt.Key_Tab)
        compare(list.currentIndex, 4)
        compare(gridView.currentColumn, EvaluationGridModel.TaskGroupColumn)
        // The person panel follows the cursor.
        compare(testCase.evaluations.selectedCode, model.codeAt(4))
        compare(findChild(page, "panelName").text, testCase.evaluations.selected.fullName)
    }

    function test_decidedRowRefusesKeys(): void {
        const page = createPage()
        const unit = freshUnit(2, "")
        verify(unit !== "")
        const model = testCase.evaluations.grid
        const list = findChild(page, "evaluationGrid")
        page.focusGrid()
        tryCompare(list, "activeFocus", true)
        // Self level, then the workflow to proposed, then the decision — all for the first person.
        const gridView = findChild(page, "evaluationGridView")
        keyClick(Qt.Key_Home)
        for (let i = 0; i < EvaluationGridModel.SelfLevelColumn; ++i)
            keyClick(Qt.Key_Right)
        keyClick("t")
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Right)
        keyClick("t")
        keyClick(Qt.Key_Up)
        testCase.evaluations.selectedCode = model.codeAt(0)
        verify(testCase.evaluations.advance("self_assessed"))
        verify(testCase.evaluations.advance("proposed"))
        // A level typed in the final-level cell asks for the decision; Enter decides.
        list.forceActiveFocus()
        list.currentIndex = 0
        gridView.currentColumn = EvaluationGridModel.FinalLevelColumn
        keyClick("t")
        const dialog = findChild(page, "decideDialog")
        tryCompare(dialog, "opened", true)
        compare(dialog.level, "tot")
        const number = findChild(dialog, "decisionNoField")
        number.forceActiveFocus()
        number.text = ""
        typeText("99/QD-TEST")
        const date = findChild(dialog, "decisionDateField")
        date.forceActiveFocus()
        date.selectAll()
        typeText("20/12/" + testCase.year)
        compare(date.isoDate, testCase.year + "-12-20")
        keyClick(Qt.Key_Return)
        tryVerify(() => !dialog.visible, 3000, findChild(dialog, "decideRefusal").text)
        verify(model.isLocked(0))
        compare(testCase.evaluations.lastDecisionNo, "99/QD-TEST")
        compare(testCase.evaluations.selected.locked, true)
        verify(findChild(page, "reopenButton").visible)
        // Keys do nothing on the decided row but say why.
        list.forceActiveFocus()
        list.currentIndex = 0
        gridView.currentColumn = EvaluationGridModel.ProposedLevelColumn
        keyClick("x")
        compare(proposed(0), "tot")
        verify(model.errorAt(0, EvaluationGridModel.ProposedLevelColumn) !== "")
        gridView.currentColumn = EvaluationGridModel.FinalLevelColumn
        keyClick("x")
        verify(!findChild(page, "decideDialog").visible, "no second decision on a decided row")
        verify(model.errorAt(0, EvaluationGridModel.FinalLevelColumn) !== "")
        gridView.currentColumn = EvaluationGridModel.ProposedLevelColumn
        // Reopen with a reason unlocks it.
        verify(testCase.evaluations.reopen("correction"))
        verify(!model.isLocked(0))
        keyClick("x")
        compare(proposed(0), "xuat_sac")
    }

    function test_periodScoresOnlyForCivilServantsFrom2026(): void {
        const page = createPage()
        const ev = testCase.evaluations
        let code = ""
        for (const year of [2026, 2023]) {
            ev.year = year
            const units = AppController.unitOptions(year + "-12-31")
            code = ""
            for (let i = 0; i < units.length && code === ""; ++i) {
                ev.unitCode = units[i].value
                for (let r = 0; r < ev.grid.count; ++r) {
                    const category = ev.grid.data(ev.grid.index(r, 0), EvaluationGridModel.CategoryRole)
                    if (category === "cc" || category === "cc_xa") {
                        code = ev.grid.codeAt(r)
                        break
                    }
                }
            }
            verify(code !== "", "the demo office has civil servants")
            ev.selectedCode = code
            // ND 335/2025: monthly and quarterly scores for civil servants from 2026.
            compare(findChild(page, "periodScoresButton").visible, year >= 2026, String(year))
        }
    }

    function test_viewFormByKeyboard(): void {
        const page = createPage()
        const unit = freshUnit(2, "")
        verify(unit !== "", "the demo office has a unit with people in 2023")
        const list = findChild(page, "evaluationGrid")
        page.focusGrid()
        tryCompare(list, "activeFocus", true)
        keyClick(Qt.Key_Down)
        compare(testCase.evaluations.selectedCode, testCase.evaluations.grid.codeAt(1), "the cursor selects")
        const preview = findChild(page, "formPreview")
        verify(preview)
        verify(!preview.visible)
        // Ctrl+P shows the form as printed: the pages of its PDF.
        keySequence("Ctrl+P")
        tryCompare(preview, "opened", true)
        verify(preview.pageCount >= 1, "the form has a page")
        compare(preview.pageCount, testCase.evaluations.formPageCount())
        const pages = findChild(preview, "previewPages")
        tryCompare(pages, "activeFocus", true)
        let first = null
        tryVerify(() => {
            first = findChild(pages, "previewPage_0")
            return first !== null && first.status === Image.Ready
        }, 5000, "the first page is drawn: " + (first ? first.status + " " + first.source : "none") + " pages " + preview.pageCount + " list " + pages.width + "x" + pages.height + " count " + pages.count)
        verify(first.source.toString().indexOf("image://evaluationform/" + testCase.evaluations.selectedCode + "/2023/0") === 0,
               first.source.toString())
        verify(first.implicitWidth > 500, "a readable page: " + first.implicitWidth)
        verify(first.implicitHeight > first.implicitWidth, "a portrait A4 sheet")
        // Zoom from the keyboard.
        compare(preview.zoom, 1.0)
        keySequence("Ctrl++")
        compare(preview.zoom, 1.25)
        keySequence("Ctrl+-")
        keySequence("Ctrl+-")
        compare(preview.zoom, 0.75)
        keySequence("Ctrl+0")
        compare(preview.zoom, 1.0)
        // PageDown goes to the next page (when there is one), PageUp back to the first.
        if (preview.pageCount > 1) {
            keyClick(Qt.Key_PageDown)
            tryCompare(pages, "currentIndex", 1)
            tryVerify(() => findChild(pages, "previewPage_1") !== null
                      && findChild(pages, "previewPage_1").status === Image.Ready)
            keyClick(Qt.Key_PageUp)
            keyClick(Qt.Key_PageUp)
            tryCompare(pages, "currentIndex", 0)
        }
        // Ctrl+S asks where to save the PDF; Esc leaves the file dialog, the preview stays.
        verify(!findChild(preview, "openPdfButton").visible, "nothing to open before saving")
        verify(findChild(preview, "savePdfButton").enabled)
        const fileDialog = findChild(page, "formPdfDialog")
        keySequence("Ctrl+S")
        tryCompare(fileDialog, "visible", true)
        compare(fileDialog.selectedFile.toString(), testCase.evaluations.formFileUrl())
        fileDialog.reject()
        tryCompare(fileDialog, "visible", false)
        verify(preview.visible)
        // Once saved, "Open" shows and has the keyboard.
        preview.savedPath = "/tmp/phieu.pdf"
        const open = findChild(preview, "openPdfButton")
        verify(open.visible)
        tryCompare(open, "activeFocus", true)
        // Esc closes and gives the keyboard back to the grid.
        keyClick(Qt.Key_Escape)
        tryCompare(preview, "visible", false)
        tryCompare(list, "activeFocus", true)
    }
}
