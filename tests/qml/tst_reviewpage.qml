// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The Review page on the demo office: the year's people with the rules' verdict; a council decision typed
 * with the keyboard (votes, Tab, decision number, Enter) and its field errors shown under the field; closing
 * the year asks first and then disables the editing; reopening needs a reason.
 */
TestCase {
    id: testCase

    readonly property ReviewController review: AppController.review
    property int initialYear: 0

    function createPage(): ReviewPage {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "ReviewPage is created")
        testCase.review.year = 2025
        tryVerify(() => testCase.review.state === "ok", 5000, "the 2025 review is read")
        return page
    }

    /** Types ASCII text (QTest asserts on other characters). */
    function typeText(text: string): void {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function initTestCase(): void {
        testCase.review.ensureLoaded()
        testCase.initialYear = testCase.review.year
    }

    function cleanup(): void {
        if (testCase.review.closed)
            testCase.review.reopenYear("test cleanup")
        testCase.review.clearErrors()
        testCase.review.year = testCase.initialYear
    }

    name: "ReviewPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        ReviewPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function test_candidatesShow(): void {
        const page = createPage()
        const list = findChild(page, "reviewPeopleList")
        tryVerify(() => list.count > 0, 5000, "the people of the unit are listed")
        verify(findChild(page, "reviewSummary").visible)
        verify(!findChild(page, "reviewEmptyState").visible)
        compare(findChild(page, "selectedNameLabel").text, testCase.review.people.get(0).fullName)
        // A year nobody is evaluated in says so.
        testCase.review.year = 2016
        tryVerify(() => findChild(page, "reviewEmptyState").visible)
        compare(list.count, 0)
    }

    function test_decisionByKeyboard(): void {
        const page = createPage()
        const list = findChild(page, "reviewPeopleList")
        tryVerify(() => list.count > 1)
        mouseClick(list.itemAtIndex(1))
        const code = testCase.review.people.get(1).staffCode
        compare(findChild(page, "selectedNameLabel").text, testCase.review.people.get(1).fullName)
        const form = findChild(page, "reviewDecisionForm")
        const votes = findChild(form, "votesForField")
        // Enter on the list goes to the decision's first field.
        verify(list.activeFocus)
        keyClick(Qt.Key_Return)
        tryVerify(() => votes.activeFocus, 2000, "Enter on a person focuses the votes")
        form.load("giay_khen") // an award the rules do not restrict: the test does not depend on the person
        typeText("abc")
        keyClick(Qt.Key_Return)
        const error = findChild(form, "votesForError")
        tryVerify(() => error.visible, 2000, "a bad number is shown under the field")
        compare(testCase.review.decisionOf(code, "giay_khen").award, undefined)
        votes.selectAll()
        typeText("3")
        keyClick(Qt.Key_Tab)
        typeText("0")
        keyClick(Qt.Key_Tab)
        typeText("0")
        const number = findChild(form, "decisionNoField")
        number.forceActiveFocus()
        typeText("88/QD-UBND")
        keyClick(Qt.Key_Return)
        tryVerify(() => testCase.review.decisionOf(code, "giay_khen").award === "giay_khen", 2000, "Enter saves")
        const stored = testCase.review.decisionOf(code, "giay_khen")
        compare(stored.votes_for, 3)
        compare(stored.votes_against, 0)
        compare(stored.decision_no, "88/QD-UBND")
        verify(!error.visible)
        verify(testCase.review.removeDecision(stored.id))
    }

    function test_closeAsksForConfirmation(): void {
        const page = createPage()
        const button = findChild(page, "closeYearButton")
        mouseClick(button)
        const dialog = findChild(page, "closeYearDialog")
        tryVerify(() => dialog.opened)
        verify(!testCase.review.closed, "nothing is closed before the answer")
        dialog.reject()
        tryVerify(() => !dialog.visible)
        verify(!testCase.review.closed)
        mouseClick(button)
        tryVerify(() => dialog.opened)
        const note = findChild(page, "closeNoteField")
        tryVerify(() => note.activeFocus)
        keyClick(Qt.Key_Return)
        tryVerify(() => testCase.review.closed, 2000, "closed once confirmed")
        verify(findChild(page, "closedBanner").visible)
        verify(!findChild(page, "reviewDecisionForm").enabled, "a closed year cannot be edited")
        verify(!findChild(page, "reviewMeetingForm").enabled)
        verify(findChild(page, "reopenYearButton").visible)
    }

    function test_reopenNeedsAReason(): void {
        const page = createPage()
        verify(testCase.review.closeYear(""))
        mouseClick(findChild(page, "reopenYearButton"))
        const dialog = findChild(page, "reopenYearDialog")
        tryVerify(() => dialog.opened)
        const reason = findChild(page, "reopenReasonField")
        tryVerify(() => reason.activeFocus)
        keyClick(Qt.Key_Return)
        verify(testCase.review.closed, "no reason, still closed")
        tryVerify(() => dialog.opened, 2000, "the dialog stays to take the reason")
        tryVerify(() => findChild(page, "reopenReasonError").visible)
        reason.forceActiveFocus()
        typeText("wrong decision number")
        keyClick(Qt.Key_Return)
        tryVerify(() => !testCase.review.closed, 2000, "reopened with the reason")
        verify(findChild(page, "reviewDecisionForm").enabled)
    }
}
