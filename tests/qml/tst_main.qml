// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtTest
import CongVu.Core
import CongVu.Ui

/** The window: navigation follows AppController.currentPage; the one banner shows errors and information. */
TestCase {
    id: testCase

    function createWindow(): ApplicationWindow {
        const window = createTemporaryObject(mainComponent, testCase)
        verify(window, "Main is created")
        compare(window.objectName, "mainWindow")
        compare(window.title, "CongVu")
        return window
    }

    name: "Main"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init(): void {
        AppController.currentPage = "dashboard"
    }

    function cleanup(): void {
        AppController.currentPage = "dashboard"
        const staff = AppController.staff
        staff.unitFilter = ""
        staff.asOfDate = ""
    }

    function test_pagesFollowCurrentPage(): void {
        const window = createWindow()
        const pages = findChild(window.contentItem, "pages")
        const names = ["dashboard", "staff", "units", "evaluations", "discipline", "culture", "training", "review",
                       "import", "settings"]
        const buttons = ["navDashboard", "navStaff", "navUnits", "navEvaluations", "navDiscipline", "navCulture",
                         "navTraining", "navReview", "navImport", "navSettings"]
        for (let i = 0; i < names.length; ++i) {
            AppController.currentPage = names[i]
            compare(pages.currentIndex, i, names[i])
            verify(findChild(window.contentItem, buttons[i]).current)
        }
        mouseClick(findChild(window.contentItem, "navUnits"))
        compare(AppController.currentPage, "units")
        AppController.currentPage = "no-such-page"
        compare(pages.currentIndex, 0, "an unknown page shows the dashboard")
    }

    function test_keyboardShortcuts(): void {
        const window = createWindow()
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the window takes the keyboard")
        const pages = findChild(window.contentItem, "pages")
        const names = ["dashboard", "staff", "units", "evaluations", "discipline", "culture", "training", "review",
                       "import", "settings"]
        for (let i = 0; i < names.length; ++i) {
            keySequence("Ctrl+" + ((i + 1) % 10)) // Settings is Ctrl+0
            compare(AppController.currentPage, names[i])
            compare(pages.currentIndex, i)
        }
        keySequence("Ctrl+F")
        compare(AppController.currentPage, "staff")
        const search = findChild(findChild(window.contentItem, "staffPage"), "searchField")
        tryVerify(() => search.activeFocus, 2000, "Ctrl+F focuses the staff search")
    }

    function test_errorsAndInformationShowInTheBanner(): void {
        const window = createWindow()
        const banner = findChild(window.contentItem, "messageBanner")
        verify(!banner.visible)

        AppController.errorOccurred("The database is locked.")
        verify(banner.visible)
        verify(banner.isError)
        compare(findChild(banner, "bannerText").text, "The database is locked.")
        mouseClick(findChild(banner, "bannerClose"))
        verify(!banner.visible)

        AppController.infoMessage("Saved PB-0001.")
        verify(banner.visible)
        verify(!banner.isError)
        compare(findChild(banner, "bannerText").text, "Saved PB-0001.")
        tryCompare(banner, "visible", false, 10000, "information fades by itself")
    }

    function test_clickingAUnitShowsItsStaff(): void {
        const window = createWindow()
        AppController.currentPage = "units"
        const list = findChild(window.contentItem, "unitList")
        tryVerify(() => list.count > 0)
        const row = list.itemAtIndex(0)
        verify(row)
        mouseClick(row, row.width / 2, row.height / 2)
        compare(AppController.currentPage, "staff")
        compare(AppController.staff.unitFilter, row.code)
        compare(AppController.staff.asOfDate, row.validToday ? AppController.today : "")
    }
}
