// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * The dashboard's qualification section on the demo office: the rate and the people still to
 * qualify show the model's figures, the date changes them, and a commune bar, "still to qualify"
 * or a requirement lists the people behind it, from which a person's page opens.
 */
TestCase {
    id: testCase

    readonly property DashboardModel dashboard: AppController.dashboard
    readonly property QualificationModel qualification: AppController.qualification

    function percent(rate: real): string {
        return (100 * rate).toLocaleString(Qt.locale(), "f", 1) + " %"
    }

    function createPage(): DashboardPage {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "DashboardPage is created")
        return page
    }

    /** Opens the people list by clicking item and returns the dialog once it is open. */
    function openListBy(page: DashboardPage, item: Item): var {
        verify(item, "the item to click exists")
        verify(item.visible)
        mouseClick(item)
        const dialog = findChild(page, "qualificationPeopleDialog")
        tryCompare(dialog, "opened", true)
        return dialog
    }

    function typeDate(page: DashboardPage, text: string): void {
        const field = findChild(page, "dashboardDateField")
        field.forceActiveFocus()
        field.selectAll()
        for (const c of text)
            keyClick(c)
        keyClick(Qt.Key_Return)
    }

    name: "DashboardQualification"
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

    function init(): void {
        dashboard.asOfDate = AppController.today
        qualification.unitFilter = ""
    }

    function cleanup(): void {
        AppController.editor.clear()
    }

    function test_rateAndStillToQualifyShow(): void {
        const page = createPage()
        compare(qualification.asOfDate, AppController.today, "the section shows the page's date")
        verify(qualification.staff > 0, "the demo office has commune staff counted today")
        verify(qualification.stillToQualify > 0, "and some of them have gaps")
        verify(findChild(page, "qualificationPanel").visible)
        verify(!findChild(page, "qualificationEmpty").visible)

        compare(findChild(page, "rateValue").text, percent(qualification.rate))
        compare(findChild(page, "rateDetail").text,
                `${qualification.qualified} of ${qualification.staff} people meet the standard of their title`)
        compare(findChild(page, "stillToQualifyValue").text, String(qualification.stillToQualify))
        compare(qualification.deadline, "01/08/2028")
        compare(findChild(page, "deadlineText").text, "before 01/08/2028 (ND 33/2023 deadline)")
        compare(findChild(page, "mostMissedLabel").text, qualification.gapCounts[0].label)

        const chart = findChild(page, "communeChart")
        compare(chart.units.length, qualification.byUnit.length)
        compare(findChild(page, "trendChart").points.length,
                Math.min(qualification.trend.length, Theme.trendMaxPoints))
        for (const g of qualification.gapCounts) {
            const row = findChild(page, "gap_" + g.key)
            verify(row, g.key)
            compare(findChild(row, "gapPeople").text, String(g.people))
        }
    }

    function test_changingTheDateChangesTheNumbers(): void {
        const page = createPage()
        const todayUnits = qualification.byUnit.length

        typeDate(page, "30/06/2025")
        compare(dashboard.asOfDate, "2025-06-30")
        compare(qualification.asOfDate, "2025-06-30", "one date field for the head counts and the rate")
        verify(qualification.byUnit.length > todayUnits, "before the 07/2025 merges there were more communes")
        compare(findChild(page, "rateValue").text, percent(qualification.rate))
        compare(findChild(page, "stillToQualifyValue").text, String(qualification.stillToQualify))
        compare(findChild(page, "communeChart").units.length, qualification.byUnit.length)

        typeDate(page, "31/12/2020")
        compare(qualification.asOfDate, "2020-12-31")
        compare(qualification.deadline, "", "no deadline before ND 33/2023")
        verify(!findChild(page, "deadlineText").visible)
        compare(findChild(page, "rateValue").text, percent(qualification.rate))
    }

    function test_clickingACommuneBarListsItsPeople(): void {
        const page = createPage()
        const chart = findChild(page, "communeChart")
        tryVerify(() => chart.width > 0 && chart.plotArea.width > 0, 2000, "the chart is laid out")
        for (let row = 0; row < chart.units.length; ++row) {
            const unit = chart.units[row]
            const centre = chart.barCentre(row)
            mouseClick(chart, centre.x, centre.y)
            const dialog = findChild(page, "qualificationPeopleDialog")
            tryCompare(dialog, "opened", true)
            compare(dialog.heading, unit.name)
            const list = findChild(dialog, "qualificationPeopleList")
            tryCompare(list, "count", unit.staff)
            compare(qualification.people.count, unit.staff)
            for (let i = 0; i < list.count; ++i)
                compare(qualification.people.data(qualification.people.index(i, 0), QualificationPeopleModel.UnitCodeRole),
                        unit.code)
            mouseClick(findChild(dialog, "closePeopleButton"))
            tryCompare(dialog, "visible", false)
        }
    }

    function test_stillToQualifyListsThePeople(): void {
        const page = createPage()
        const dialog = openListBy(page, findChild(page, "stillToQualify"))
        const list = findChild(dialog, "qualificationPeopleList")
        tryCompare(list, "count", qualification.stillToQualify)
        compare(dialog.heading, `${qualification.stillToQualify} people still to qualify`)
        for (let i = 0; i < list.count; ++i) {
            const idx = qualification.people.index(i, 0)
            compare(qualification.people.data(idx, QualificationPeopleModel.QualifiedRole), false)
            verify(qualification.people.data(idx, QualificationPeopleModel.GapsRole).length > 0)
        }
        const first = list.itemAtIndex(0)
        verify(first)
        compare(findChild(first, "personStatus").text,
                "✗ Missing: " + qualification.people.data(qualification.people.index(0, 0),
                                                          QualificationPeopleModel.GapLabelsRole).join(", "))
    }

    function test_aRequirementListsWhoMissesIt(): void {
        const page = createPage()
        const top = qualification.gapCounts[0]
        let dialog = openListBy(page, findChild(page, "mostMissed"))
        compare(dialog.heading, "Missing: " + top.label)
        tryCompare(findChild(dialog, "qualificationPeopleList"), "count", top.people)
        mouseClick(findChild(dialog, "closePeopleButton"))
        tryCompare(dialog, "visible", false)

        const last = qualification.gapCounts[qualification.gapCounts.length - 1]
        dialog = openListBy(page, findChild(page, "gap_" + last.key))
        compare(dialog.heading, "Missing: " + last.label)
        tryCompare(findChild(dialog, "qualificationPeopleList"), "count", last.people)
    }

    function test_openingAPersonFromTheList(): void {
        const page = createPage()
        const dialog = openListBy(page, findChild(page, "stillToQualify"))
        const list = findChild(dialog, "qualificationPeopleList")
        tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null)
        const code = qualification.people.codeAt(0)
        mouseClick(list.itemAtIndex(0))

        const person = findChild(page, "dashboardPersonPage")
        tryCompare(person, "visible", true)
        tryCompare(dialog, "visible", false)
        verify(!findChild(page, "dashboardScroll").visible)
        compare(AppController.editor.code, code)
        compare(findChild(person, "personTitle").text, AppController.editor.record["full_name"])
        // Their page shows why they are on the list.
        const card = findChild(person, "titleStandardCard")
        verify(card.visible)
        compare(AppController.editor.standing.status, "not_qualified")
        verify(findChild(card, "standingStatus").text.startsWith("✗ Does not meet the standard"))

        // Back returns to the list they were chosen from.
        mouseClick(findChild(person, "backButton"))
        tryCompare(person, "visible", false)
        verify(findChild(page, "dashboardScroll").visible)
        tryCompare(dialog, "opened", true)
        compare(list.count, qualification.stillToQualify)
    }

    Component {
        id: trendChartComponent

        QualificationTrendChart {
            width: 600
            height: 300
        }
    }

    function test_projectionCaptionAndPeople(): void {
        // Issue 6 item 5: the caption and the list person by person are the model's (no rule in QML).
        const page = createPage()
        const caption = findChild(page, "projectionCaption")
        verify(caption.visible)
        verify(qualification.projectionCaption !== "")
        compare(caption.text, qualification.projectionCaption)
        compare(qualification.projectionPeople.length, qualification.stillToQualify,
                "everyone not qualified today is explained")
        if (qualification.projectionFullOn === "")
            verify(caption.text.indexOf(`${qualification.projectionMissing} person(s) still have no planned course`) === 0,
                   caption.text)
        else
            compare(caption.text, `The plan reaches 100% on ${qualification.projectionFullOn}.`)

        const chart = findChild(page, "trendChart")
        compare(chart.projected.length, qualification.projected.length)
        compare(chart.projectedCount, qualification.projected.length > 1 ? qualification.projected.length : 0)
        compare(chart.targetCount, 2, "the 100 % target line")
        const trend = qualification.trend
        compare(qualification.projected[0].date, trend[trend.length - 1].date, "the plan starts where the trend ends: today")
        compare(qualification.projected[0].qualified, trend[trend.length - 1].qualified)

        const button = findChild(page, "projectionPeopleButton")
        verify(button.visible)
        mouseClick(button)
        const dialog = findChild(page, "projectionDialog")
        tryCompare(dialog, "opened", true)
        const list = findChild(dialog, "projectionPeopleList")
        tryCompare(list, "count", qualification.projectionPeople.length)
        compare(findChild(dialog, "projectionDialogCaption").text, qualification.projectionCaption)
        mouseClick(findChild(dialog, "closeProjectionButton"))
        tryCompare(dialog, "visible", false)
    }

    function test_trendChartDrawsThePlanDashedToTheTarget(): void {
        const chart = createTemporaryObject(trendChartComponent, testCase, {
            trend: [{ date: "2024-12-31", label: "31/12/2024", percent: 40, isToday: false },
                    { date: "2025-12-31", label: "31/12/2025", percent: 50, isToday: false },
                    { date: "2026-11-26", label: "26/11/2026", percent: 55, isToday: true }],
            projected: [{ date: "2026-11-26", label: "26/11/2026", percent: 55 },
                        { date: "2027-06-30", label: "30/06/2027", percent: 80 },
                        { date: "2028-01-31", label: "31/01/2028", percent: 100 }],
            deadline: "2028-08-01"
        })
        verify(chart)
        compare(chart.points.length, 3)
        compare(chart.projectedCount, 3)
        compare(chart.targetCount, 2)
        // Time on the x axis: the plan's dates where they belong, up to the deadline.
        compare(chart.xOf("2027-01-01"), 2027)
        verify(Math.abs(chart.xOf("2027-07-02") - 2027.5) < 0.01)
        const projected = chart.projectedSeries
        verify(projected, "the projected series")
        compare(projected.style, Qt.DashLine)
        compare(projected.at(2).y, 100)
        compare(projected.at(1).x, chart.xOf("2027-06-30"))
        // Without a plan that moves the rate, no dashed line.
        chart.projected = [{ date: "2026-11-26", label: "26/11/2026", percent: 55 }]
        compare(chart.projectedCount, 0)
        compare(chart.targetCount, 2)
    }

    function test_wholeSectionFitsTheWindowWidth(): void {
        const page = createPage()
        const panel = findChild(page, "qualificationPanel")
        verify(panel.width <= testCase.width)
        const chart = findChild(page, "communeChart")
        const trend = findChild(page, "trendChart")
        verify(chart.width > 200, "the commune chart has room: " + chart.width)
        verify(trend.width > 200, "the trend chart has room: " + trend.width)
        // The head counts stay below the section, on the same page.
        verify(findChild(page, "unitBars").visible)
    }
}
