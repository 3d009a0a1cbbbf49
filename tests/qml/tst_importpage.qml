// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The Import page on a broken staff file: every bad row listed by line, nothing written, then valid rows only.
 * A records archive (tests/data/archive sample): previewed with its counts before anything is written,
 * cancelled; a file that is not an archive is refused with the reason.
 */
TestCase {
    id: testCase

    readonly property ImportController importer: AppController.importer

    function createPage(): ImportPage {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "ImportPage is created")
        return page
    }

    function issueTexts(list: ListView): var {
        const texts = []
        for (let i = 0; i < list.count; ++i) {
            list.positionViewAtIndex(i, ListView.Contain)
            texts.push(list.itemAtIndex(i).text)
        }
        return texts
    }

    name: "ImportPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        ImportPage {
            width: testCase.width
            height: testCase.height
        }
    }

    SignalSpy {
        id: finishedSpy

        target: AppController.importer
        signalName: "finished"
    }

    function init(): void {
        finishedSpy.clear()
        AppController.staff.searchText = ""
    }

    function test_brokenFileWritesNothingAndListsEveryLine(): void {
        const page = createPage()
        importer.kind = "staff"
        importer.setFile(Qt.resolvedUrl("data/broken_staff.csv"))
        verify(importer.filePath.endsWith("broken_staff.csv"), importer.filePath)
        compare(findChild(page, "pathField").text, importer.filePath)

        AppController.staff.searchText = "QT-IMP"
        compare(AppController.staff.totalCount, 0)

        // A dry run first: the same issues, nothing written.
        mouseClick(findChild(page, "checkButton"))
        tryCompare(finishedSpy, "count", 1, 20000)
        compare(importer.written, false)
        compare(importer.issues.length, 2)

        mouseClick(findChild(page, "importButton"))
        tryCompare(finishedSpy, "count", 2, 20000)
        verify(!importer.busy)
        verify(!findChild(page, "progressBar").visible)
        compare(importer.written, false)

        const list = findChild(page, "issueList")
        tryCompare(list, "count", 2)
        const texts = issueTexts(list)
        verify(texts[0].startsWith("Line 3 · birth_date · "), texts[0])
        verify(texts[1].startsWith("Line 4 · unit_code · "), texts[1])

        const summary = findChild(page, "summaryLabel")
        verify(summary.visible)
        verify(summary.text.indexOf("Nothing was written") >= 0, summary.text)
        verify(findChild(page, "nothingWrittenBox").visible)
        verify(findChild(page, "nothingWrittenText").text.startsWith("Nothing was written: fix the file"))
        compare(AppController.staff.totalCount, 0, "no row of the file is in the registry")

        // Then only the valid rows.
        mouseClick(findChild(page, "importValidButton"))
        tryCompare(finishedSpy, "count", 3, 20000)
        compare(importer.written, true)
        tryVerify(() => !findChild(page, "nothingWrittenBox").visible)
        compare(list.count, 2, "the rejected rows are still listed")
        tryCompare(AppController.staff, "totalCount", 2, 5000, "the two valid rows are in the registry")
    }

    function test_archivePreviewBeforeAccepting(): void {
        const page = createPage()
        importer.kind = "archive"
        compare(findChild(page, "checkButton").text, "Preview")
        verify(!findChild(page, "importButton").visible, "an archive is written only from its preview")
        importer.setFile(Qt.resolvedUrl("../data/archive/congvu-archive-v1.cvarchive"))
        AppController.staff.searchText = "NV0"
        const before = AppController.staff.totalCount

        mouseClick(findChild(page, "checkButton"))
        const preview = findChild(page, "archivePreview")
        tryVerify(() => preview.visible)
        compare(importer.archivePreview.ok, true, importer.archivePreview.error)
        compare(importer.archivePreview.years, [2024, 2025])
        verify(findChild(page, "archiveMetaLabel").text.indexOf("2024, 2025") >= 0, findChild(page, "archiveMetaLabel").text)
        compare(findChild(page, "archiveCount_staff_label").text, "staff")
        compare(findChild(page, "archiveCount_staff_added").text, "6")
        compare(findChild(page, "archiveCount_evaluations_added").text, "8")
        verify(findChild(page, "archiveAcceptButton").visible)
        verify(findChild(page, "archiveAcceptButton").text.indexOf("Accept") === 0)

        mouseClick(findChild(page, "archiveCancelButton"))
        tryVerify(() => !preview.visible)
        compare(AppController.staff.totalCount, before, "nothing was written")
        importer.kind = "staff"
    }

    function test_archiveRefusedShowsTheReason(): void {
        const page = createPage()
        importer.kind = "archive"
        importer.setFile(Qt.resolvedUrl("data/broken_staff.csv"))
        mouseClick(findChild(page, "checkButton"))
        const refused = findChild(page, "archiveRefusedBox")
        tryVerify(() => refused.visible)
        verify(findChild(page, "archiveRefusedText").text.indexOf("not a CongVu archive") >= 0,
               findChild(page, "archiveRefusedText").text)
        verify(!findChild(page, "archiveAcceptButton").visible)
        mouseClick(findChild(page, "archiveCancelButton"))
        tryVerify(() => !findChild(page, "archivePreview").visible)
        importer.kind = "staff"
    }
}
