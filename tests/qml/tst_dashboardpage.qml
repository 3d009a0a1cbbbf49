// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The dashboard of the demo office: figures, bars, the category table; a bar leads to the unit's
 * people; the evaluation levels per unit of a chosen year, units over the cap highlighted.
 */
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

    function test_evaluationLevelsPerUnit(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        const panel = findChild(page, "evaluationPanel")
        verify(panel)
        verify(panel.visible)
        const spin = findChild(panel, "evaluationYearSpin")
        spin.value = 2025
        spin.valueModified()
        compare(dashboard.evaluationYear, 2025)
        verify(dashboard.evaluationUnits.length > 0, "the demo office has 2025 evaluations")
        const rows = findChild(panel, "evaluationUnitRows")
        tryCompare(rows, "count", dashboard.evaluationUnits.length)
        verify(!findChild(panel, "evaluationEmpty").visible)
        let over = 0
        for (let i = 0; i < rows.count; ++i) {
            const unit = dashboard.evaluationUnits[i]
            const row = rows.itemAt(i)
            verify(Qt.colorEqual(row.color, unit.capExceeded ? Theme.errorSurface : Theme.none),
                   unit.name + " is highlighted exactly when over the cap")
            const line = findChild(row, "evaluationUnitRow_" + unit.code)
            verify(line, unit.code)
            compare(line.name, unit.name)
            over += unit.capExceeded ? 1 : 0
        }
        compare(over, dashboard.evaluationUnitsOverCap)
        let total = 0
        for (const unit of dashboard.evaluationUnits)
            total += unit.total
        compare(dashboard.evaluationTotals.total, total)
        const summary = findChild(panel, "evaluationOverCap")
        verify(summary.visible)
        verify(summary.text.indexOf(String(dashboard.evaluationUnits.length)) >= 0, summary.text)
    }

    function test_evaluationYearWithoutEntriesIsEmpty(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        const panel = findChild(page, "evaluationPanel")
        dashboard.evaluationYear = 2015
        compare(dashboard.evaluationUnits.length, 0)
        compare(findChild(panel, "evaluationUnitRows").count, 0)
        verify(findChild(panel, "evaluationEmpty").visible)
        verify(!findChild(panel, "evaluationOverCap").visible)
        verify(findChild(panel, "evaluationEmpty").text.indexOf("2015") >= 0)
        dashboard.evaluationYear = 2025
    }
}
