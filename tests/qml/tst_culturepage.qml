// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The Culture page: an inspection entered by keyboard (Ctrl+N, arrows, Space, a note, Ctrl+S)
 * appears in the list and its breach in the violations log; a violation is confirmed and starts a
 * discipline case on the Discipline page; the compliance report shows the numbers of the controller.
 */
TestCase {
    id: testCase

    readonly property CultureController culture: AppController.culture

    function createPage(): CulturePage {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "CulturePage is created")
        return page
    }

    /** Types ASCII text (QTest asserts on other characters). */
    function typeText(text: string): void {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    /** A unit of the demo office with at least two people in service today. */
    function unitWithPeople(): string {
        const units = AppController.unitOptions("")
        for (let i = 0; i < units.length; ++i) {
            testCase.culture.newInspection(units[i].value)
            const people = testCase.culture.grid.count
            testCase.culture.cancelEdit()
            if (people >= 2)
                return units[i].value
        }
        return ""
    }

    /** Stores an inspection of unit by inspector with one breach (first person, first item); returns the person's code. */
    function storeBreach(unit: string, inspector: string): string {
        testCase.culture.newInspection(unit)
        testCase.culture.editInspector = inspector
        const code = testCase.culture.grid.codeAt(0)
        testCase.culture.grid.toggle(0, 0)
        verify(testCase.culture.saveInspection(), "the inspection is saved")
        return code
    }

    /** Row of the log holding a violation of code with status, or -1. */
    function logRow(code: string, status: string): int {
        const log = testCase.culture.violations
        for (let i = 0; i < log.count; ++i) {
            if (log.data(log.index(i, 0), CultureViolationModel.StaffCodeRole) === code
                    && log.data(log.index(i, 0), CultureViolationModel.StatusRole) === status)
                return i
        }
        return -1
    }

    function init(): void {
        testCase.culture.cancelEdit()
        testCase.culture.unitFilter = ""
        testCase.culture.quarter = 0
        testCase.culture.year = Number(AppController.today.substring(0, 4))
    }

    name: "CulturePage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        CulturePage {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_enterInspectionByKeyboard(): void {
        const page = createPage()
        const unit = unitWithPeople()
        verify(unit !== "", "the demo office has a unit with people")
        testCase.culture.unitFilter = unit
        const inspectionsBefore = testCase.culture.inspections.count
        const logBefore = testCase.culture.violations.count

        page.forceActiveFocus()
        keySequence("Ctrl+N")
        tryCompare(testCase.culture, "editing", true)
        compare(testCase.culture.editUnit, unit)
        compare(testCase.culture.editDate, AppController.today)
        const editor = findChild(page, "inspectionEditor")
        tryCompare(editor, "visible", true)
        // The keyboard starts at the inspector when unnamed, else on the grid (the last inspector is kept).
        const inspector = findChild(page, "inspectorField")
        const grid = findChild(page, "cultureGrid")
        if (testCase.culture.editInspector === "")
            tryCompare(inspector, "activeFocus", true)
        else
            tryCompare(grid, "activeFocus", true)
        inspector.forceActiveFocus()
        inspector.selectAll()
        typeText("Kiem tra vien")
        compare(testCase.culture.editInspector, "Kiem tra vien")
        keyClick(Qt.Key_Return)

        tryCompare(grid, "activeFocus", true)
        compare(grid.currentIndex, 0)
        compare(editor.currentColumn, 0)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Down)
        compare(grid.currentIndex, 1)
        compare(editor.currentColumn, 1)
        compare(testCase.culture.grid.resultAt(1, 1), "dat")

        keyClick(Qt.Key_Space)
        compare(testCase.culture.grid.resultAt(1, 1), "vi_pham")
        compare(testCase.culture.grid.breachCount, 1)
        verify(findChild(page, "breachCountLabel").text.indexOf("1") >= 0)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_N)
        compare(testCase.culture.grid.resultAt(1, 0), "khong_ap_dung")
        keyClick(Qt.Key_Space)
        compare(testCase.culture.grid.resultAt(1, 0), "dat")
        compare(testCase.culture.grid.breachCount, 1)

        // A note for the breach: Enter opens the note field, Enter goes back to the grid.
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Return)
        const note = findChild(page, "cellNoteField")
        tryCompare(note, "activeFocus", true)
        typeText("no name card")
        keyClick(Qt.Key_Return)
        tryCompare(grid, "activeFocus", true)
        compare(testCase.culture.grid.noteAt(1, 1), "no name card")
        const person = testCase.culture.grid.codeAt(1)

        keySequence("Ctrl+S")
        tryCompare(testCase.culture, "editing", false)
        compare(testCase.culture.inspections.count, inspectionsBefore + 1)
        compare(testCase.culture.violations.count, logBefore + 1)
        verify(logRow(person, "reported") >= 0, "the breach is in the log")
        const list = findChild(page, "inspectionList")
        tryCompare(list, "visible", true)
        tryCompare(list, "count", inspectionsBefore + 1)
    }

    function test_confirmViolationAndStartDiscipline(): void {
        const page = createPage()
        const unit = unitWithPeople()
        verify(unit !== "")
        testCase.culture.unitFilter = unit
        const code = storeBreach(unit, "Kiem tra ky luat")
        page.currentTab = 1
        const list = findChild(page, "violationList")
        tryCompare(list, "visible", true)
        const row = logRow(code, "reported")
        verify(row >= 0)
        list.positionViewAtIndex(row, ListView.Contain)
        let item = list.itemAtIndex(row)
        verify(item)
        const confirmButton = findChild(item, "confirmViolationButton")
        verify(confirmButton.visible)
        mouseClick(confirmButton)
        const confirmed = logRow(code, "confirmed")
        verify(confirmed >= 0, "the violation is confirmed")
        tryVerify(() => list.itemAtIndex(confirmed) !== null)
        item = list.itemAtIndex(confirmed)
        const start = findChild(item, "startDisciplineButton")
        tryCompare(start, "visible", true)

        const discipline = AppController.discipline
        if (typeof discipline.openDraft !== "function") {
            AppController.currentPage = "culture"
            skip("DisciplineController.openDraft is not there yet")
        }
        mouseClick(start)
        tryCompare(AppController, "currentPage", "discipline")
        AppController.currentPage = "culture"
        // The Discipline form holds the person, the reprimand level and the dates of the violation.
        verify(discipline.editing)
        compare(discipline.record.staff_code, code)
        compare(discipline.record.form, "khien_trach")
        compare(discipline.record.violation_date, AppController.today)
        verify(discipline.record.reason !== "")

        // Saved there: the log shows the decision and offers no second case.
        discipline.setField("decision_no", "77/QD-UBND")
        discipline.setField("decision_date", AppController.today)
        verify(discipline.save(), JSON.stringify(discipline.errors))
        const log = testCase.culture.violations
        const linked = logRow(code, "confirmed")
        verify(linked >= 0)
        verify(log.data(log.index(linked, 0), CultureViolationModel.DisciplineIdRole) > 0, "the decision is linked")
        verify(log.data(log.index(linked, 0), CultureViolationModel.DisciplineTextRole).indexOf("77/QD-UBND") >= 0)
        compare(log.data(log.index(linked, 0), CultureViolationModel.CanStartDisciplineRole), false)
        tryVerify(() => list.itemAtIndex(linked) !== null)
        compare(findChild(list.itemAtIndex(linked), "startDisciplineButton").visible, false)
        verify(findChild(list.itemAtIndex(linked), "disciplineCell").visible)
    }

    function test_complianceShowsTheReport(): void {
        const page = createPage()
        const unit = unitWithPeople()
        verify(unit !== "")
        testCase.culture.unitFilter = unit
        storeBreach(unit, "Kiem tra tuan thu")
        page.currentTab = 2
        const report = testCase.culture.report
        verify(report.checks > 0)
        verify(report.breaches >= 1)
        const rate = findChild(findChild(page, "complianceRateFigure"), "figureValue")
        tryCompare(rate, "text", report.rateText)
        verify(rate.text !== "—")
        compare(findChild(findChild(page, "checksFigure"), "figureValue").text,
                report.checks.toLocaleString(Qt.locale(), "f", 0))
        const units = findChild(page, "complianceUnitList")
        tryCompare(units, "count", report.units.length)
        const first = units.itemAtIndex(0)
        compare(findChild(first, "unitRateText").text, report.units[0].rateText)
        verify(findChild(page, "pointsNote").text.indexOf("UNSURE") >= 0)

        // Print (PDF) proposes a file in the Documents folder.
        mouseClick(findChild(page, "printButton"))
        const dialog = findChild(page, "pdfDialog")
        tryCompare(dialog, "visible", true)
        verify(String(dialog.selectedFile).endsWith(".pdf"))
        dialog.close()

        // A year with no inspection: the empty state.
        testCase.culture.year = 2001
        tryCompare(findChild(page, "complianceEmptyState"), "visible", true)
    }

    function test_emptyStates(): void {
        const page = createPage()
        testCase.culture.year = 2001
        tryCompare(findChild(page, "inspectionsEmptyState"), "visible", true)
        page.currentTab = 1
        tryCompare(findChild(page, "violationsEmptyState"), "visible", true)
        // New inspection without a unit: the grid asks for one.
        testCase.culture.newInspection("")
        tryCompare(findChild(page, "gridEmptyState"), "visible", true)
        testCase.culture.cancelEdit()
    }

    function test_deleteInspectionAsksFirst(): void {
        const page = createPage()
        const unit = unitWithPeople()
        verify(unit !== "")
        testCase.culture.unitFilter = unit
        savedSpy.clear()
        storeBreach(unit, "Kiem tra xoa")
        compare(savedSpy.count, 1)
        const id = savedSpy.signalArguments[0][0]
        const inspections = testCase.culture.inspections
        const count = inspections.count
        const list = findChild(page, "inspectionList")
        tryCompare(list, "count", count)
        const row = inspections.rowOf(id)
        verify(row >= 0)
        list.positionViewAtIndex(row, ListView.Contain)
        tryVerify(() => list.itemAtIndex(row) !== null)
        const dialog = findChild(page, "deleteInspectionDialog")

        mouseClick(findChild(list.itemAtIndex(row), "deleteInspectionButton"))
        tryCompare(dialog, "opened", true)
        const today = AppController.today.split("-")
        verify(dialog.text.indexOf(today[2] + "/" + today[1] + "/" + today[0]) >= 0, "the question names the date")
        dialog.reject()
        tryCompare(dialog, "opened", false)
        compare(inspections.count, count, "Cancel deletes nothing")

        mouseClick(findChild(list.itemAtIndex(row), "deleteInspectionButton"))
        tryCompare(dialog, "opened", true)
        dialog.accept()
        tryCompare(inspections, "count", count - 1)
        compare(inspections.rowOf(id), -1)
    }

    function test_cancelWithMarksAsksFirst(): void {
        const page = createPage()
        const unit = unitWithPeople()
        testCase.culture.unitFilter = unit
        page.forceActiveFocus()
        keySequence("Ctrl+N")
        tryCompare(testCase.culture, "editing", true)
        const grid = findChild(page, "cultureGrid")
        grid.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(testCase.culture.grid.breachCount, 1)
        keyClick(Qt.Key_Escape)
        const dialog = findChild(page, "discardDialog")
        tryCompare(dialog, "opened", true)
        dialog.reject()
        tryCompare(dialog, "opened", false)
        verify(testCase.culture.editing, "still editing after Cancel")
        mouseClick(findChild(page, "cancelInspectionButton"))
        tryCompare(dialog, "opened", true)
        dialog.accept()
        tryCompare(testCase.culture, "editing", false)
    }

    SignalSpy {
        id: savedSpy

        target: AppController.culture
        signalName: "inspectionSaved"
    }
}
