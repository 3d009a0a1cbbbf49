// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The Audit trail page on the demo office's trail (its training enrolments were planned, then moved
 * on): a filter narrows the list, clicking a row shows the record before and after with the changed
 * fields marked, a backwards date range is an error under the filters, and the CSV export asks
 * about personal data first. The page offers nothing that edits or deletes.
 */
TestCase {
    id: testCase

    readonly property AuditController audit: AppController.audit

    /** The first row of the list whose action is "update" (selected), or -1. */
    function selectFirstUpdate(): int {
        for (let row = 0; row < testCase.audit.entries.count; ++row) {
            testCase.audit.select(row)
            if (testCase.audit.selected.action === "update")
                return row
        }
        return -1
    }

    function changedCount(): int {
        let n = 0
        for (let i = 0; i < testCase.audit.changes.length; ++i)
            n += testCase.audit.changes[i].changed ? 1 : 0
        return n
    }

    name: "AuditPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        AuditPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function init(): void {
        testCase.audit.clearFilters()
        testCase.audit.reload()
    }

    function test_filterThenSelectShowsBeforeAndAfter(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "auditList")
        const all = testCase.audit.entries.totalCount
        verify(all > 1, "the demo office has a trail")

        testCase.audit.entity = "training_enrolment"
        const enrolments = testCase.audit.entries.totalCount
        verify(enrolments > 0 && enrolments < all)
        compare(findChild(page, "countLabel").text, enrolments + " change(s)")
        tryVerify(() => list.count > 0)

        // The newest change is shown at once; a click selects another and the pane shows its fields.
        compare(testCase.audit.selectedRow, 0)
        verify(enrolments > 1)
        tryVerify(() => list.itemAtIndex(1) !== null && list.itemAtIndex(1).height > 0)
        waitForRendering(list)
        mouseClick(list.itemAtIndex(1))
        compare(testCase.audit.selectedRow, 1)
        compare(list.currentIndex, 1)
        verify(findChild(page, "detailTitle").text.indexOf(testCase.audit.selected.entityKey) >= 0)

        const row = testCase.selectFirstUpdate()
        verify(row >= 0, "an enrolment was moved on")
        verify(testCase.changedCount() > 0, "the status changed")
        verify(testCase.changedCount() < testCase.audit.changes.length, "the staff code did not")
        const changes = findChild(page, "changeList")
        tryCompare(changes, "count", testCase.audit.changes.length)
        for (let i = 0; i < testCase.audit.changes.length; ++i) {
            const c = testCase.audit.changes[i]
            if (c.field !== "status")
                continue
            verify(c.changed)
            verify(c.before !== c.after)
            changes.positionViewAtIndex(i, ListView.Contain)
            const item = changes.itemAtIndex(i)
            verify(item !== null)
            compare(findChild(item, "beforeValue").text, c.before)
            compare(findChild(item, "afterValue").text, c.after)
            verify(findChild(item, "afterValue").font.bold, "a changed field is marked")
        }

        // Words without diacritics narrow further; clearing shows every row again.
        testCase.audit.text = "ZZZ-no-such-thing"
        compare(testCase.audit.entries.totalCount, 0)
        verify(findChild(page, "auditEmptyState").visible)
        compare(testCase.audit.selectedRow, -1)
        testCase.audit.clearFilters()
        compare(testCase.audit.entries.totalCount, all)
    }

    function test_backwardsDateRangeIsAnError(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        testCase.audit.fromDate = "2026-03-02"
        testCase.audit.toDate = "2026-03-01"
        const error = findChild(page, "filterError")
        verify(error.visible)
        verify(error.text.indexOf("01/03/2026") >= 0)
        compare(testCase.audit.entries.count, 0)
        testCase.audit.toDate = ""
        verify(!error.visible)
    }

    function test_exportAsksAboutPersonalDataOnce(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        const notice = findChild(page, "personalDataNotice")
        const spy = createTemporaryObject(signalSpyComponent, testCase, { target: notice, signalName: "proceed" })
        verify(!AppController.personalDataNoticeAccepted)
        mouseClick(findChild(page, "exportCsvButton"))
        tryCompare(notice, "opened", true)
        mouseClick(findChild(notice, "noticeCancelButton"))
        tryCompare(notice, "visible", false)
        compare(spy.count, 0, "cancel does not export")
        verify(!AppController.personalDataNoticeAccepted)

        mouseClick(findChild(page, "exportCsvButton"))
        tryCompare(notice, "opened", true)
        mouseClick(findChild(notice, "noticeExportButton"))
        compare(spy.count, 1)
        verify(AppController.personalDataNoticeAccepted)
        // It goes on to the file dialog, proposing a CSV file in the Documents folder.
        const dialog = findChild(page, "csvDialog")
        tryCompare(dialog, "visible", true)
        verify(String(dialog.selectedFile).endsWith("nhat-ky-thay-doi.csv"))
        dialog.close()
        tryCompare(dialog, "visible", false)
        // Asked once a session: the next export goes straight on.
        notice.guard("csv")
        compare(spy.count, 2)
        compare(spy.signalArguments[1][0], "csv")
        verify(!notice.visible)
        tryCompare(dialog, "visible", true)
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    Component {
        id: signalSpyComponent

        SignalSpy {}
    }
}
