// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The Discipline page driven by keyboard: Ctrl+N, a person code typed, a form the law no longer
 * allows gives an error under the form and disables Save; a valid one is saved with Enter and
 * listed; a row opens with Enter; delete asks for a confirmation. Also the person's timeline and
 * the Dashboard's discipline panel. Every decision made here is deleted again (shared database).
 */
TestCase {
    id: testCase

    readonly property DisciplineController discipline: AppController.discipline
    readonly property StaffListModel staff: AppController.staff

    /** Types ASCII text (QTest asserts on other characters). */
    function typeText(text: string): void {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function hasForm(form: string): bool {
        const options = testCase.discipline.formOptions
        for (let i = 0; i < options.length; ++i) {
            if (options[i].value === form && options[i].text.indexOf("(") < 0)
                return true
        }
        return false
    }

    /** A demo person who could get hạ bậc lương on 01/03/2025 (a non-leader công chức): the rule changed since. */
    function civilServant(): string {
        testCase.staff.searchText = ""
        testCase.staff.unitFilter = ""
        testCase.staff.categoryFilter = ""
        testCase.staff.positionFilter = ""
        testCase.staff.asOfDate = ""
        for (let row = 0; row < testCase.staff.rowCount(); ++row) {
            const code = testCase.staff.codeAt(row)
            testCase.discipline.newDecision(code)
            testCase.discipline.setField("decision_date", "2025-03-01")
            const ok = testCase.hasForm("ha_bac_luong")
            testCase.discipline.cancel()
            if (ok)
                return code
        }
        return ""
    }

    /** Stores a reprimand for code taking effect on date; returns its id. */
    function storeDecision(code: string, number: string, date: string): int {
        testCase.discipline.newDecision(code)
        testCase.discipline.setField("decision_date", date)
        testCase.discipline.setField("form", "khien_trach")
        testCase.discipline.setField("decision_no", number)
        verify(testCase.discipline.save(), "the decision " + number + " is saved")
        const model = testCase.discipline.decisions
        for (let row = 0; row < model.count; ++row) {
            if (model.data(model.index(row, 0), DisciplineListModel.DecisionNoRole) === number)
                return model.idAt(row)
        }
        return 0
    }

    /** Deletes every decision this test file made (numbers starting with QT-). */
    function removeTestDecisions(): void {
        testCase.discipline.cancel()
        const model = testCase.discipline.decisions
        model.search = ""
        let found = true
        while (found) {
            found = false
            for (let row = 0; row < model.count; ++row) {
                const number = model.data(model.index(row, 0), DisciplineListModel.DecisionNoRole)
                if (number.indexOf("QT-") === 0) {
                    testCase.discipline.edit(model.idAt(row))
                    testCase.discipline.remove()
                    found = true
                    break
                }
            }
        }
    }

    function init(): void {
        testCase.discipline.cancel()
        testCase.discipline.unitFilter = ""
        testCase.discipline.decisions.search = ""
        testCase.discipline.year = Number(AppController.today.substring(0, 4))
    }

    function cleanup(): void {
        removeTestDecisions()
    }

    name: "DisciplinePage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        DisciplinePage {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: personPageComponent

        PersonPage {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: dashboardComponent

        DashboardPage {
            width: testCase.width
            height: testCase.height
        }
    }

    SignalSpy {
        id: savedSpy

        target: AppController.discipline
        signalName: "saved"
    }

    SignalSpy {
        id: removedSpy

        target: AppController.discipline
        signalName: "removed"
    }

    function test_emptyListShowsEmptyState(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        testCase.discipline.year = 2001
        const empty = findChild(page, "decisionsEmptyState")
        tryCompare(empty, "visible", true)
        verify(findChild(empty, "emptyTitle").text.indexOf("2001") >= 0)
        compare(findChild(page, "missedUnits").units.length, 0)
    }

    function test_enterByKeyboardRefuseThenSaveThenDelete(): void {
        const code = civilServant()
        verify(code !== "", "the demo office has a non-leader civil servant")
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        const list = findChild(page, "decisionList")
        const before = testCase.discipline.decisions.count
        savedSpy.clear()
        removedSpy.clear()

        page.forceActiveFocus()
        keySequence("Ctrl+N")
        tryCompare(testCase.discipline, "editing", true)
        const picker = findChild(page, "personPicker")
        tryCompare(picker, "activeFocus", true)
        typeText(code)
        compare(testCase.discipline.record["staff_code"], code)
        verify(findChild(page, "personText").text !== "", "the person's name shows")
        keyClick(Qt.Key_Tab)
        const combo = findChild(page, "formCombo")
        tryCompare(combo, "activeFocus", true)
        keyClick(Qt.Key_Tab)
        const number = findChild(page, "decisionNoField")
        tryCompare(number, "activeFocus", true)
        typeText("QT-1/QD")
        compare(testCase.discipline.record["decision_no"], "QT-1/QD")
        keyClick(Qt.Key_Tab)
        const decisionDate = findChild(page, "decisionDateField")
        tryCompare(decisionDate, "activeFocus", true)
        decisionDate.selectAll()
        typeText("01/03/2025")
        keyClick(Qt.Key_Tab)
        compare(testCase.discipline.record["decision_date"], "2025-03-01")
        verify(findChild(page, "ruleSetText").text !== "", "the rule set is cited")

        // Hạ bậc lương, allowed by ND 112 on 01/03/2025…
        combo.forceActiveFocus()
        for (let i = 0; i < 8 && testCase.discipline.record["form"] !== "ha_bac_luong"; ++i)
            keyClick(Qt.Key_Down)
        compare(testCase.discipline.record["form"], "ha_bac_luong")
        compare(findChild(page, "error_form").visible, false)
        verify(findChild(page, "saveButton").enabled)

        // …is refused once the decision takes effect under ND 172/2025.
        decisionDate.forceActiveFocus()
        decisionDate.selectAll()
        typeText("01/03/2026")
        keyClick(Qt.Key_Tab)
        const formError = findChild(page, "error_form")
        tryCompare(formError, "visible", true)
        verify(formError.text.indexOf("172/2025") >= 0, formError.text)
        compare(findChild(page, "saveButton").enabled, false)
        keyClick(Qt.Key_Return) // Enter does not save a refused decision
        compare(savedSpy.count, 0)
        compare(testCase.discipline.editing, true)

        // A reprimand is allowed: Enter saves and the decision is listed.
        combo.forceActiveFocus()
        for (let i = 0; i < 8 && testCase.discipline.record["form"] !== "khien_trach"; ++i)
            keyClick(Qt.Key_Up)
        compare(testCase.discipline.record["form"], "khien_trach")
        tryCompare(formError, "visible", false)
        verify(findChild(page, "saveButton").enabled)
        const reason = findChild(page, "reasonField")
        reason.forceActiveFocus()
        typeText("Di muon")
        keyClick(Qt.Key_Return)
        tryCompare(savedSpy, "count", 1)
        tryCompare(testCase.discipline, "editing", false)
        testCase.discipline.year = 2026
        tryCompare(list, "count", testCase.discipline.decisions.count)
        let row = -1
        for (let r = 0; r < testCase.discipline.decisions.count; ++r) {
            const m = testCase.discipline.decisions
            if (m.data(m.index(r, 0), DisciplineListModel.DecisionNoRole) === "QT-1/QD")
                row = r
        }
        verify(row >= 0, "the decision is listed")
        verify(findChild(page, "missedUnits").units.length > 0, "its unit missed the target")

        // Enter on the row opens it; Delete… asks first; Cancel keeps it, Delete removes it.
        list.forceActiveFocus()
        list.currentIndex = row
        keyClick(Qt.Key_Return)
        tryCompare(testCase.discipline, "editing", true)
        compare(testCase.discipline.isNew, false)
        const deleteButton = findChild(page, "deleteButton")
        tryCompare(deleteButton, "visible", true)
        mouseClick(deleteButton)
        const dialog = findChild(page, "confirmDeleteDialog")
        tryCompare(dialog, "opened", true)
        verify(findChild(dialog, "confirmText").text.indexOf("QT-1/QD") >= 0)
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false)
        compare(removedSpy.count, 0)
        mouseClick(deleteButton)
        tryCompare(dialog, "opened", true)
        mouseClick(findChild(dialog, "confirmDeleteButton"))
        tryCompare(removedSpy, "count", 1)
        tryCompare(testCase.discipline, "editing", false)
        compare(testCase.discipline.decisions.count, before + (testCase.discipline.year === 2026 ? 0 : 0))
    }

    function test_escCancelsAndSearchIgnoresDiacritics(): void {
        const code = civilServant()
        const id = storeDecision(code, "QT-2/QD", AppController.today)
        verify(id > 0)
        const page = createTemporaryObject(pageComponent, testCase)
        page.forceActiveFocus()
        keySequence("Ctrl+N")
        tryCompare(testCase.discipline, "editing", true)
        tryCompare(findChild(page, "personPicker"), "activeFocus", true)
        keyClick(Qt.Key_Escape)
        tryCompare(testCase.discipline, "editing", false)

        const search = findChild(page, "searchField")
        search.forceActiveFocus()
        typeText("qt-2/qd")
        compare(testCase.discipline.decisions.count, 1)
        search.selectAll()
        typeText("zzzz khong co")
        compare(testCase.discipline.decisions.count, 0)
        tryCompare(findChild(page, "decisionsEmptyState"), "visible", true)
    }

    function test_timelineOnPersonPage(): void {
        const code = civilServant()
        const page = createTemporaryObject(personPageComponent, testCase)
        verify(page.open(code))
        const timeline = findChild(page, "disciplineTimeline")
        tryCompare(timeline, "visible", true)
        compare(findChild(timeline, "timelineEmpty").visible, true)
        compare(findChild(timeline, "timelineEmpty").text, "No discipline recorded")

        verify(storeDecision(code, "QT-3/QD", AppController.today) > 0)
        tryCompare(findChild(timeline, "timelineEmpty"), "visible", false)
        verify(timeline.entries.length >= 2, "effective and bars-lift entries")
        tryCompare(findChild(timeline, "disciplineStatus"), "visible", true)
        verify(findChild(timeline, "disciplineStatusText").text.indexOf("QT-3/QD") >= 0)
    }

    function test_dashboardListsUnitThatMissed(): void {
        const code = civilServant()
        verify(storeDecision(code, "QT-4/QD", AppController.today) > 0)
        const page = createTemporaryObject(dashboardComponent, testCase)
        const panel = findChild(page, "disciplinePanel")
        verify(panel)
        tryCompare(panel, "visible", true)
        compare(panel.year, Number(AppController.dashboard.asOfDate.substring(0, 4)))
        verify(panel.units.length > 0, "a unit missed the target")
        const missed = findChild(panel, "dashboardMissedUnits")
        compare(findChild(missed, "missedEmpty").visible, false)
        panel.year = 2001
        tryCompare(findChild(missed, "missedEmpty"), "visible", true)
    }

    function test_tabOrderFollowsTheForm(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        page.forceActiveFocus()
        keySequence("Ctrl+N")
        tryCompare(findChild(page, "personPicker"), "activeFocus", true)
        // Save is disabled (nothing filled in) and Delete hidden (new decision): Tab skips them.
        const order = ["formCombo", "decisionNoField", "decisionDateField", "effectiveDateField",
                       "violationDateField", "detectedDateField", "reasonField", "cancelButton", "personPicker"]
        for (let i = 0; i < order.length; ++i) {
            keyClick(Qt.Key_Tab)
            tryCompare(findChild(page, order[i]), "activeFocus", true)
        }
        keyClick(Qt.Key_Escape)
        tryCompare(testCase.discipline, "editing", false)
    }

    function test_draftOpensPrefilled(): void {
        const code = civilServant()
        const page = createTemporaryObject(pageComponent, testCase)
        const spy = draftSpy
        spy.clear()
        testCase.discipline.openDraft({ staffCode: code, form: "khien_trach", violationDate: "2026-10-01",
                                        detectedDate: "2026-10-02", reason: "Draft reason", violationId: 99 })
        tryCompare(testCase.discipline, "editing", true)
        tryCompare(findChild(page, "formCombo"), "activeFocus", true)
        compare(findChild(page, "personPicker").text, code)
        compare(findChild(page, "violationDateField").text, "01/10/2026")
        compare(findChild(page, "reasonField").text, "Draft reason")
        compare(findChild(page, "saveButton").enabled, false) // the decision number is still missing
        findChild(page, "decisionNoField").forceActiveFocus()
        typeText("QT-5/QD")
        keySequence("Ctrl+S")
        tryCompare(spy, "count", 1)
        compare(spy.signalArguments[0][1], 99)
    }

    SignalSpy {
        id: draftSpy

        target: AppController.discipline
        signalName: "draftSaved"
    }
}
