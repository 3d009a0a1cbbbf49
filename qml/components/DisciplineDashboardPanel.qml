// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The Dashboard's discipline indicator: for a year chosen here (the dashboard date's year to begin
 * with), the units that missed the reform target, every unit counted.
 */
ColumnLayout {
    id: root

    readonly property DisciplineController controller: AppController.discipline
    /** The year shown; set by the dashboard from its date until the user picks one. */
    property int year: new Date().getFullYear()
    readonly property var units: {
        root.controller.revision // re-read after a save or delete
        AppController.language
        return root.controller.missedUnits(root.year)
    }
    readonly property int counted: {
        root.controller.revision
        return root.controller.unitCount(root.year)
    }

    spacing: 0

    DisciplineMissedUnits {
        objectName: "dashboardMissedUnits"
        Layout.fillWidth: true
        units: root.units
        year: root.year
        counted: root.counted
        yearEditable: true
        onYearPicked: year => root.year = year
    }
}
