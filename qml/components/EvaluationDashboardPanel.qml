// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The Dashboard's evaluation panel: for a year chosen here, the number of people at each level
 * (HTXSNV, HTTNV, HTNV, KHTNV), not rated and not decided yet, per unit (DashboardModel's
 * evaluationUnits); the units with a task group over the cap on "excellent" are highlighted.
 */
SectionCard {
    id: root

    required property DashboardModel dashboard
    readonly property var levels: root.dashboard.evaluationLevels
    readonly property var units: root.dashboard.evaluationUnits

    //: %1 is a year
    title: qsTr("Evaluation levels by unit in %1").arg(root.dashboard.evaluationYear)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        SpinBox {
            objectName: "evaluationYearSpin"
            implicitHeight: Theme.controlHeight
            from: 2015
            to: 2100
            editable: true
            value: root.dashboard.evaluationYear
            textFromValue: (value, locale) => value.toString()
            valueFromText: (text, locale) => parseInt(text)
            Accessible.name: qsTr("Year of the evaluation levels")
            onValueModified: root.dashboard.evaluationYear = value
        }

        Label {
            objectName: "evaluationOverCap"
            visible: root.units.length > 0
            //: %1 units over the cap, %2 units with evaluations
            text: qsTr("%1 of %2 units over the cap on \"excellent\".")
                  .arg(root.dashboard.evaluationUnitsOverCap).arg(root.units.length)
            font.pixelSize: Theme.fontNormal
            font.bold: root.dashboard.evaluationUnitsOverCap > 0
            color: root.dashboard.evaluationUnitsOverCap > 0 ? Theme.error : Theme.met
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Cap: \"excellent\" at most 20% of \"good\" in each task group (25% with a recorded exception).")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }

    component CountRow: RowLayout {
        id: countRow

        property string name
        /** One entry of evaluationUnits (or the totals); var because it comes from a QVariantMap. */
        property var entry: ({})
        /** DashboardModel.evaluationLevels. */
        property var levels: []
        property bool header
        property bool total

        function count(code: string): int {
            return countRow.entry && countRow.entry.counts ? (countRow.entry.counts[code] || 0) : 0
        }
        function value(key: string): int {
            return countRow.entry ? (countRow.entry[key] || 0) : 0
        }

        Layout.fillWidth: true
        Layout.fillHeight: false
        Layout.preferredHeight: Theme.rowHeight
        // The same inset as the rows drawn inside their highlight.
        Layout.leftMargin: Theme.spacingXs
        Layout.rightMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Cell {
            Layout.fillWidth: true
            header: countRow.header
            font.bold: countRow.header || countRow.total
            color: countRow.entry.capExceeded === true ? Theme.error : (countRow.header ? Theme.textMuted : Theme.text)
            text: countRow.name
        }
        Repeater {
            model: countRow.levels

            Cell {
                required property var modelData

                Layout.preferredWidth: Theme.colCategoryCount
                horizontalAlignment: Text.AlignRight
                header: countRow.header
                font.bold: countRow.header || countRow.total
                text: countRow.header ? modelData.abbreviation : countRow.count(modelData.code)
                muted: !countRow.header && countRow.count(modelData.code) === 0
                ToolTip.text: modelData.label
            }
        }
        Cell {
            Layout.preferredWidth: Theme.colCategoryCount
            horizontalAlignment: Text.AlignRight
            header: countRow.header
            text: countRow.header ? qsTr("Not rated") : countRow.value("notRated")
            muted: true
        }
        Cell {
            Layout.preferredWidth: Theme.colCategoryCount
            horizontalAlignment: Text.AlignRight
            header: countRow.header
            text: countRow.header ? qsTr("Not decided") : countRow.value("notDecided")
            muted: true
        }
        Cell {
            Layout.preferredWidth: Theme.colCategoryCount
            horizontalAlignment: Text.AlignRight
            header: countRow.header
            font.bold: countRow.entry.capExceeded === true
            color: countRow.entry.capExceeded ? Theme.error : Theme.textMuted
            text: countRow.header ? qsTr("Cap")
                                  : countRow.total ? ""
                                  : countRow.entry.capExceeded ? qsTr("exceeded")
                                  : countRow.entry.exception ? qsTr("ok (25%)") : qsTr("ok")
        }
    }

    CountRow {
        visible: root.units.length > 0
        header: true
        levels: root.levels
        name: qsTr("Unit")
    }

    Repeater {
        objectName: "evaluationUnitRows"
        model: root.units

        delegate: Rectangle {
            id: unitRow

            required property var modelData

            Layout.fillWidth: true
            implicitHeight: Theme.rowHeight
            color: unitRow.modelData.capExceeded ? Theme.errorSurface : Theme.none
            radius: Theme.radius

            CountRow {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingXs
                anchors.rightMargin: Theme.spacingXs
                objectName: "evaluationUnitRow_" + unitRow.modelData.code
                levels: root.levels
                name: unitRow.modelData.name
                entry: unitRow.modelData
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        visible: root.units.length > 0
        implicitHeight: Theme.borderWidth
        color: Theme.border
    }

    CountRow {
        objectName: "evaluationTotalRow"
        visible: root.units.length > 0
        total: true
        levels: root.levels
        name: qsTr("Total")
        entry: root.dashboard.evaluationTotals
    }

    Label {
        objectName: "evaluationEmpty"
        Layout.fillWidth: true
        visible: root.units.length === 0
        //: %1 is a year
        text: qsTr("No evaluation recorded for %1.").arg(root.dashboard.evaluationYear)
        font.pixelSize: Theme.fontNormal
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
