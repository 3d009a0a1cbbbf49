// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import CongVu.Ui

/**
 * The qualification rate over the recent years (31/12 of each year with data, then today) against
 * the 100 % target line; the trend's older years are left out (Theme.trendMaxPoints). After today,
 * the training plan's projection (dashed): the rate on each date the plan moves it (issue 6 item 5).
 * The x axis is time (a point's year and the part of it gone by), so the plan's dates fall where they
 * belong; the labels are the years of the trend, "Today" and the plan's last date.
 */
ChartView {
    id: root

    /** [{date, label, percent, isToday}] as QualificationModel.trend gives it. */
    property var trend: []
    /** [{date, label, percent}] as QualificationModel.projected gives it: today, then the plan's dates. */
    property var projected: []
    /** YYYY-MM-DD: the standards' deadline, drawn as the end of the target line ("" = none). */
    property string deadline: ""
    /** The points drawn: the last Theme.trendMaxPoints of the trend (the reform plan's years). */
    readonly property var points: root.trend.slice(-Theme.trendMaxPoints)
    /** How many points the projected (dashed) line has, and the target line (for tests). */
    readonly property int projectedCount: projectedLine.count
    readonly property int targetCount: targetLine.count
    /** The projected (dashed) series itself (for tests). */
    readonly property alias projectedSeries: projectedLine

    /** A date YYYY-MM-DD as a position on the x axis: its year plus the part of the year gone by. */
    function xOf(iso: string): real {
        const y = Number(iso.substring(0, 4))
        const start = Date.UTC(y, 0, 1)
        const day = Date.UTC(y, Number(iso.substring(5, 7)) - 1, Number(iso.substring(8, 10)))
        return y + (day - start) / (Date.UTC(y + 1, 0, 1) - start)
    }

    /** Redraws the lines and the labels from points and projected. */
    function rebuild(): void {
        rateLine.clear()
        projectedLine.clear()
        targetLine.clear()
        for (const label of yearAxis.categoriesLabels)
            yearAxis.remove(label)
        const labels = []
        let lo = Infinity
        let hi = -Infinity
        for (const p of root.points) {
            const x = root.xOf(p.date)
            rateLine.append(x, p.percent)
            labels.push({ x: x, text: p.isToday ? qsTr("Today") : p.date.substring(0, 4) })
            lo = Math.min(lo, x)
            hi = Math.max(hi, x)
        }
        // The plan only when it moves the rate after today.
        if (root.projected.length > 1) {
            for (const p of root.projected) {
                const x = root.xOf(p.date)
                projectedLine.append(x, p.percent)
                lo = Math.min(lo, x)
                hi = Math.max(hi, x)
            }
            const last = root.projected[root.projected.length - 1]
            labels.push({ x: root.xOf(last.date), text: last.label.substring(3) })
        }
        if (root.deadline !== "" && root.projected.length > 1)
            hi = Math.max(hi, root.xOf(root.deadline))
        if (lo === Infinity) {
            lo = 0
            hi = 1
        }
        const pad = Math.max(0.25, (hi - lo) * 0.04)
        const min = lo - pad
        const max = hi + pad
        // Labels right to left (the plan's date and today before the older years), none closer than a
        // seventh of the axis to the one kept before: "Today" and a month are wider than a year.
        labels.sort((a, b) => b.x - a.x)
        const kept = []
        let previous = Infinity
        for (const l of labels) {
            if (previous - l.x < (max - min) / 7)
                continue
            kept.unshift(l)
            previous = l.x
        }
        // A CategoryAxis takes its categories in increasing order only.
        for (const l of kept)
            yearAxis.append(l.text, l.x)
        yearAxis.min = min
        yearAxis.max = max
        targetLine.append(min, 100)
        targetLine.append(max, 100)
    }

    antialiasing: true
    localizeNumbers: true
    backgroundColor: Theme.surface
    backgroundRoundness: 0
    dropShadowEnabled: false
    margins.top: Theme.spacingL
    margins.bottom: 0
    margins.left: 0
    margins.right: Theme.spacingS
    legend.alignment: Qt.AlignBottom
    legend.font: Qt.font({ pixelSize: Theme.fontSmall })
    legend.labelColor: Theme.textMuted
    onPointsChanged: root.rebuild()
    onProjectedChanged: root.rebuild()
    onDeadlineChanged: root.rebuild()
    Component.onCompleted: root.rebuild()

    CategoryAxis {
        id: yearAxis

        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
        labelsFont: Qt.font({ pixelSize: Theme.fontSmall })
        labelsColor: Theme.textMuted
        gridVisible: false
        lineVisible: false
    }

    // CategoryAxis, not ValueAxis: qmllint 6.4 does not know ValueAxis, and the labels get their "%".
    CategoryAxis {
        id: percentAxis

        min: 0
        max: 100
        labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
        labelsFont: Qt.font({ pixelSize: Theme.fontSmall })
        labelsColor: Theme.textMuted
        gridLineColor: Theme.chartGrid
        lineVisible: false
        Component.onCompleted: {
            for (let p = 20; p <= 100; p += 20)
                percentAxis.append(p + " %", p)
        }
    }

    LineSeries {
        id: targetLine

        name: qsTr("Target: 100 %")
        axisX: yearAxis
        axisY: percentAxis
        color: Theme.targetLine
        width: Theme.chartLineWidth
        style: Qt.DashLine
    }

    LineSeries {
        id: rateLine

        objectName: "trendLine"
        name: qsTr("Qualified")
        axisX: yearAxis
        axisY: percentAxis
        color: Theme.rateBar
        width: Theme.chartLineWidth
        pointsVisible: true
        pointLabelsVisible: true
        pointLabelsFormat: "@yPoint"
        pointLabelsClipping: false
        pointLabelsColor: Theme.text
        pointLabelsFont: Qt.font({ pixelSize: Theme.fontSmall })
    }

    LineSeries {
        id: projectedLine

        objectName: "projectedLine"
        name: qsTr("With the plan")
        axisX: yearAxis
        axisY: percentAxis
        color: Theme.badge
        width: Theme.chartLineWidth
        style: Qt.DashLine
        pointsVisible: true
    }
}
