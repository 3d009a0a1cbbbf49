// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * The reform target per unit for a year: the units that missed it (somebody was disciplined at
 * khiển trách or heavier), as DisciplineController.missedUnits() gives them, or an empty state.
 */
SectionCard {
    id: root

    /** [{code, name, staff, decisions}] — var because it comes from a QVariantList. */
    property var units: []
    property int year
    /** Units counted for the indicator (0: unknown). */
    property int counted
    /** Shows a year selector in the card (the Dashboard); the choice comes back as yearPicked(). */
    property bool yearEditable

    signal yearPicked(year: int)

    //: %1 is a year
    title: qsTr("Discipline: units that missed the target in %1").arg(root.year)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        SpinBox {
            objectName: "missedYearSpin"
            visible: root.yearEditable
            implicitHeight: Theme.controlHeight
            from: 2000
            to: 2100
            editable: true
            value: root.year
            textFromValue: (value, locale) => value.toString()
            valueFromText: (text, locale) => parseInt(text)
            Accessible.name: qsTr("Year of the discipline indicator")
            onValueModified: root.yearPicked(value)
        }

        Label {
            objectName: "missedSummary"
            visible: root.counted > 0
            //: %1 units that missed, %2 units counted
            text: qsTr("%1 of %2 units missed the target.").arg(root.units.length).arg(root.counted)
            font.pixelSize: Theme.fontNormal
            font.bold: root.units.length > 0
            color: root.units.length > 0 ? Theme.error : Theme.met
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Target: nobody disciplined at reprimand (khiển trách) or heavier during the year.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.WordWrap
        }
    }

    Flow {
        Layout.fillWidth: true
        visible: root.units.length > 0
        spacing: Theme.spacingS

        Repeater {
            objectName: "missedRepeater"
            model: root.units

            delegate: Rectangle {
                id: chip

                required property var modelData

                implicitWidth: chipLabel.implicitWidth + 2 * Theme.spacingS
                implicitHeight: chipLabel.implicitHeight + Theme.spacingXs * 2
                radius: Theme.radius
                color: Theme.errorSurface
                border.color: Theme.border
                border.width: Theme.borderWidth

                Label {
                    id: chipLabel

                    anchors.centerIn: parent
                    //: %1 unit name, %n decisions taking effect in the year
                    text: qsTr("%1: %n decision(s)", "", chip.modelData.decisions).arg(chip.modelData.name)
                    font.pixelSize: Theme.fontNormal
                    color: Theme.text
                }
            }
        }
    }

    Label {
        objectName: "missedEmpty"
        Layout.fillWidth: true
        visible: root.units.length === 0
        //: %1 is a year
        text: qsTr("No unit missed the target in %1.").arg(root.year)
        font.pixelSize: Theme.fontNormal
        color: Theme.textMuted
        wrapMode: Text.WordWrap
    }
}
