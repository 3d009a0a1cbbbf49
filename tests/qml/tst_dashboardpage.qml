// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/** The dashboard of the demo office: figures, bars, the category table; a bar leads to the unit's people. */
TestCase {
    id: testCase

    readonly property DashboardModel dashboard: AppController.dashboard

    name: "DashboardPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        DashboardPage {
            width: testCase.width
            height: testCase.height
        }
    }

    Component {
        id: spyComponent

        SignalSpy {}
    }

    function init(): void {
        dashboard.asOfDate = AppController.today
    }

    function test_totalsAndNoEmptyState(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        verify(dashboard.totalStaff > 0, "people are in service today")
        verify(dashboard.unitCount > 0)
        compare(findChild(findChild(page, "totalCard"), "statValue").text,
                dashboard.totalStaff.toLocaleString(Qt.locale(), "f", 0))
        compare(findChild(page, "unitCard").value, dashboard.unitCount)
        compare(findChild(page, "communeCard").value, dashboard.communeStaff)
        verify(!findChild(page, "dashboardEmptyState").visible)

        const bars = findChild(page, "unitBars")
        tryVerify(() => bars.count > 0)
        compare(bars.count, dashboard.byUnit.length)
        compare(findChild(page, "categoryTotal").text, String(dashboard.totalStaff))
    }

    function test_dateBeforeAnyoneShowsEmptyState(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        const field = findChild(page, "dashboardDateField")
        field.forceActiveFocus()
        field.selectAll()
        for (const c of "01/01/1900")
            keyClick(c)
        keyClick(Qt.Key_Return)
        compare(dashboard.asOfDate, "1900-01-01")
        compare(dashboard.totalStaff, 0)
        verify(findChild(page, "dashboardEmptyState").visible)
    }

    function test_clickingABarAsksForTheUnitsPeople(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        const spy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "showUnitStaff" })
        const bars = findChild(page, "unitBars")
        tryVerify(() => bars.count > 0)
        const first = bars.itemAtIndex(0)
        verify(first)
        mouseClick(first)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], dashboard.byUnit[0].code)
        compare(spy.signalArguments[0][1], dashboard.asOfDate)
    }
}
