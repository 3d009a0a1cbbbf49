// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import CongVu.Ui

/**
 * The qualification rate over the recent years (31/12 of each year with data, then today)
 * against the 100 % target line; the trend's older years are left out (Theme.trendMaxPoints).
 */
ChartView {
    id: root

    /** [{date, label, percent, isToday}] as QualificationModel.trend gives it. */
    property var trend: []
    /** The points drawn: the last Theme.trendMaxPoints of the trend (the reform plan's years). */
    readonly property var points: root.trend.slice(-Theme.trendMaxPoints)

    /** Redraws the lines and the year labels from points. */
    function rebuild(): void {
        rateLine.clear()
        targetLine.clear()
        for (const label of yearAxis.categoriesLabels)
            yearAxis.remove(label)
        const n = root.points.length
        for (let i = 0; i < n; ++i) {
            const p = root.points[i]
            rateLine.append(i, p.percent)
            yearAxis.append(p.isToday ? qsTr("Today") : p.date.substring(0, 4), i)
        }
        yearAxis.min = -0.5
        yearAxis.max = Math.max(0.5, n - 0.5)
        targetLine.append(-0.5, 100)
        targetLine.append(Math.max(0.5, n - 0.5), 100)
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
}
