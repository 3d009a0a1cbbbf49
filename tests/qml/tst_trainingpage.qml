// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The Training page by keyboard: Alt+1…5 and Ctrl+Tab switch tabs; a plan is proposed from the budget
 * field with Enter, a row removed with Delete and the plan saved with Ctrl+S and Enter in the question;
 * an attending enrolment is completed through the dialog (Enter, the certificate, Enter), its errors
 * shown beside the fields; the empty states of a year without plan.
 */
TestCase {
    id: testCase

    readonly property TrainingController training: AppController.training
    property int initialYear: 0

    function createPage(): TrainingPage {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "TrainingPage is created")
        return page
    }

    /** Types ASCII text (QTest asserts on other characters). */
    function typeText(text: string): void {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function initTestCase(): void {
        testCase.initialYear = testCase.training.year
    }

    function init(): void {
        testCase.training.clearPlan()
        testCase.training.unitFilter = ""
        testCase.training.enrolmentStatus = ""
        testCase.training.year = testCase.initialYear
    }

    function cleanup(): void {
        testCase.training.clearPlan()
        testCase.training.clearEnrolmentErrors()
        testCase.training.year = testCase.initialYear
    }

    name: "TrainingPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        TrainingPage {
            width: testCase.width
            height: testCase.height
        }
    }

    SignalSpy {
        id: savedSpy

        target: testCase.training
        signalName: "planSaved"
    }

    function test_switchTabsByKeyboard(): void {
        const page = createPage()
        page.forceActiveFocus()
        compare(page.currentTab, 1, "the page opens on the needs")
        verify(findChild(page, "needsList").count > 0, "the demo office has people with needs")
        keySequence("Alt+3")
        compare(page.currentTab, 2)
        tryVerify(() => findChild(page, "trainingPlanEditor").visible)
        keySequence("Ctrl+Tab")
        compare(page.currentTab, 3)
        keySequence("Ctrl+Tab")
        compare(page.currentTab, 4)
        keySequence("Ctrl+Tab")
        compare(page.currentTab, 0, "Ctrl+Tab wraps around")
        keySequence("Ctrl+Shift+Tab")
        compare(page.currentTab, 4)
        keySequence("Alt+1")
        compare(page.currentTab, 0)
        tryVerify(() => findChild(page, "catalogueList").activeFocus, 2000, "the tab's list takes the keyboard")
        verify(findChild(page, "catalogueList").count > 0, "the catalogue is shipped")
        keySequence("Alt+2")
        compare(page.currentTab, 1)
    }

    function test_proposeRemoveAndSaveByKeyboard(): void {
        const page = createPage()
        testCase.training.year = testCase.initialYear + 1
        const enrolmentsBefore = testCase.training.enrolments.count
        savedSpy.clear()
        page.forceActiveFocus()
        keySequence("Alt+3")
        const budget = findChild(page, "planBudgetField")
        tryCompare(budget, "activeFocus", true, 2000, "the plan editor starts at the budget")
        verify(findChild(page, "planEmptyState").visible)
        budget.selectAll()
        typeText("900000000")
        keyClick(Qt.Key_Return)
        compare(testCase.training.planBudget, 900000000)
        const list = findChild(page, "proposalList")
        tryVerify(() => list.count > 1, 2000, "the proposal fills the editor")
        tryCompare(list, "activeFocus", true)
        verify(!findChild(page, "planEmptyState").visible)
        const cost = testCase.training.plannedCost
        verify(cost > 0 && cost <= 900000000)
        verify(findChild(page, "planTotals").text.length > 0)

        // Delete removes the current row; the total follows.
        const count = list.count
        compare(list.currentIndex, 0, "the first row is current")
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, 1)
        const removedCost = testCase.training.proposal.data(testCase.training.proposal.index(1, 0),
                                                            TrainingProposalModel.CostRole)
        keyClick(Qt.Key_Delete)
        compare(list.count, count - 1)
        compare(testCase.training.plannedCost, cost - removedCost)
        compare(list.currentIndex, 1)

        // Ctrl+S asks first; Enter agrees.
        keySequence("Ctrl+S")
        const dialog = findChild(page, "savePlanDialog")
        tryCompare(dialog, "opened", true)
        compare(savedSpy.count, 0)
        keyClick(Qt.Key_Return)
        tryCompare(savedSpy, "count", 1)
        tryCompare(dialog, "visible", false)
        compare(list.count, 0)
        compare(testCase.training.enrolments.count, enrolmentsBefore + count - 1)
    }

    function test_completeEnrolmentThroughTheDialog(): void {
        // An enrolment under way this year: planned, enrolled, attending.
        testCase.training.year = 2026
        testCase.training.planStart = "2026-01-05"
        testCase.training.planBudget = 100000000
        verify(testCase.training.propose())
        verify(testCase.training.proposal.count > 0)
        savedSpy.clear()
        verify(testCase.training.savePlan())
        compare(savedSpy.count, 1)
        const planId = savedSpy.signalArguments[0][0]
        // The first enrolment of the plan just saved (the demo office may have plans of its own).
        const model = testCase.training.enrolments
        let id = 0
        for (let i = 0; i < model.count && id === 0; ++i) {
            if (model.data(model.index(i, 0), TrainingEnrolmentModel.PlanIdRole) === planId)
                id = model.idAt(i)
        }
        verify(id > 0, "the plan's enrolments are listed")
        verify(testCase.training.enrol(id))
        verify(testCase.training.attend(id))

        const page = createPage()
        page.forceActiveFocus()
        keySequence("Alt+4")
        const list = findChild(page, "enrolmentList")
        tryCompare(list, "activeFocus", true)
        list.currentIndex = model.rowOf(id)
        keyClick(Qt.Key_Return)
        const dialog = findChild(page, "stepDialog")
        tryCompare(dialog, "opened", true)
        const number = findChild(dialog, "certificateNoField")
        tryCompare(number, "activeFocus", true)

        // No number: the dialog stays open with the reason beside the field.
        keyClick(Qt.Key_Return)
        verify(dialog.visible)
        tryCompare(findChild(dialog, "certificateNoError"), "visible", true)
        compare(model.get(id).status, "attending")

        typeText("TCLLCT-2026/77")
        keyClick(Qt.Key_Tab)
        const date = findChild(dialog, "certificateDateField")
        tryCompare(date, "activeFocus", true)
        date.selectAll()
        typeText("20/11/2026")
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", false)
        compare(model.get(id).status, "completed")
        compare(model.get(id).certificateNo, "TCLLCT-2026/77")
        compare(model.get(id).certificateDateText, "20/11/2026")
        tryCompare(list, "activeFocus", true)
    }

    function test_enterOnANeedPlansThePerson(): void {
        const page = createPage()
        testCase.training.year = testCase.initialYear + 1
        page.forceActiveFocus()
        keySequence("Alt+2")
        const needs = findChild(page, "needsList")
        tryCompare(needs, "activeFocus", true)
        // The first person whose need some course closes.
        let row = -1
        for (let i = 0; i < needs.count && row < 0; ++i) {
            if (testCase.training.needs.firstCourseAt(i) !== "")
                row = i
        }
        verify(row >= 0, "the demo office has a need a course closes")
        needs.currentIndex = row
        const code = testCase.training.needs.codeAt(row)
        const course = testCase.training.needs.firstCourseAt(row)
        keyClick(Qt.Key_Return)
        compare(page.currentTab, 2)
        const combo = findChild(page, "addCourseCombo")
        tryCompare(combo, "activeFocus", true)
        compare(combo.value, course)
        compare(findChild(page, "addPersonField").code, code)
        keyClick(Qt.Key_Return)
        const list = findChild(page, "proposalList")
        tryCompare(list, "count", 1)
        compare(testCase.training.proposal.data(testCase.training.proposal.index(0, 0), TrainingProposalModel.StaffCodeRole), code)
        compare(testCase.training.proposal.data(testCase.training.proposal.index(0, 0), TrainingProposalModel.CourseCodeRole), course)
        compare(findChild(page, "addError").text, "")
    }

    function test_editCourseCostByKeyboard(): void {
        const page = createPage()
        page.forceActiveFocus()
        keySequence("Alt+1")
        const list = findChild(page, "catalogueList")
        tryCompare(list, "activeFocus", true)
        list.currentIndex = 0
        const code = testCase.training.catalogue[0].code
        keyClick(Qt.Key_Return)
        const dialog = findChild(page, "courseDialog")
        tryCompare(dialog, "opened", true)
        const cost = findChild(dialog, "courseCostField")
        tryCompare(cost, "activeFocus", true)
        // Not a number: the reason shows under the field and nothing is saved.
        cost.selectAll()
        typeText("abc")
        keyClick(Qt.Key_Return)
        verify(dialog.visible)
        tryCompare(findChild(dialog, "courseCostError"), "visible", true)
        cost.selectAll()
        typeText("4321000")
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", false)
        compare(testCase.training.catalogue[0].code, code)
        compare(testCase.training.catalogue[0].cost, 4321000)
    }

    function test_printProposesAPdfFile(): void {
        const page = createPage()
        page.forceActiveFocus()
        keySequence("Ctrl+P")
        const dialog = findChild(page, "planPdfDialog")
        tryCompare(dialog, "visible", true)
        verify(String(dialog.selectedFile).endsWith(testCase.training.planFileName()))
        dialog.close()
    }

    function test_emptyStatesOfAYearWithoutPlan(): void {
        const page = createPage()
        testCase.training.year = 2099
        keySequence("Alt+4")
        tryCompare(findChild(page, "enrolmentsEmptyState"), "visible", true)
        keySequence("Alt+5")
        tryCompare(findChild(page, "budgetEmptyState"), "visible", true)
        keySequence("Alt+3")
        tryCompare(findChild(page, "planEmptyState"), "visible", true)
    }
}
