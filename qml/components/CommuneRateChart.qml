// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtCharts
import CongVu.Ui

/**
 * The qualification rate of each commune as horizontal bars (0–100 %, the target is the right
 * edge). Clicking a bar asks for the commune's people.
 */
ChartView {
    id: root

    /** [{code, name, percent, staff, qualified}] in the order to show from the top. */
    property var units: []

    signal unitClicked(code: string, name: string)

    /** The unit of a bar (the first unit is the top bar, the last category of the axis). */
    function unitAt(index: int): var {
        return root.units[root.units.length - 1 - index]
    }

    /** Where the middle of the bar of units[row] is drawn, in this item's coordinates (for tests). */
    function barCentre(row: int): point {
        const index = root.units.length - 1 - row
        return root.mapToPosition(Qt.point(root.units[row].percent / 2, index), series)
    }

    antialiasing: true
    localizeNumbers: true
    legend.visible: false
    backgroundColor: Theme.surface
    backgroundRoundness: 0
    dropShadowEnabled: false
    margins.top: 0
    margins.bottom: 0
    margins.left: 0
    margins.right: Theme.spacingXl

    HorizontalBarSeries {
        id: series

        barWidth: 0.6
        labelsVisible: true
        labelsPosition: AbstractBarSeries.LabelsOutsideEnd
        labelsFormat: "@value %"
        labelsPrecision: 3
        onClicked: (index, barset) => {
            const unit = root.unitAt(index)
            if (unit)
                root.unitClicked(unit.code, unit.name)
        }

        axisY: BarCategoryAxis {
            categories: {
                const names = []
                for (let i = root.units.length - 1; i >= 0; --i)
                    names.push(root.units[i].name)
                return names
            }
            labelsFont: Qt.font({ pixelSize: Theme.fontSmall })
            labelsColor: Theme.text
            gridVisible: false
            lineVisible: false
        }

        axisX: CategoryAxis {
            id: percentAxis

            min: 0
            // Room after 100 % for the value of a full bar (Qt moves a label that does not fit into the bar).
            max: Theme.chartPercentAxisMax
            labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
            labelsFont: Qt.font({ pixelSize: Theme.fontSmall })
            labelsColor: Theme.textMuted
            gridLineColor: Theme.chartGrid
            lineVisible: false
            // CategoryAxis, not ValueAxis: qmllint 6.4 does not know ValueAxis, and the labels get their "%".
            Component.onCompleted: {
                for (let p = 20; p <= 100; p += 20)
                    percentAxis.append(p + " %", p)
                percentAxis.max = Theme.chartPercentAxisMax // append() stretched the range to the last label
            }
        }

        BarSet {
            label: qsTr("Qualified")
            color: Theme.rateBar
            borderColor: Theme.rateBar
            labelColor: Theme.text
            labelFont: Qt.font({ pixelSize: Theme.fontSmall })
            values: {
                const out = []
                for (let i = root.units.length - 1; i >= 0; --i)
                    out.push(root.units[i].percent)
                return out
            }
        }
    }
}
