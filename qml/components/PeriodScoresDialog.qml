// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The ND 335/2025 monthly and quarterly scores of one civil servant's year (LEGAL-RULES.md §1.11): the
 * periods with their scores, an editor for one period (30 general points entered, the 70 task points
 * computed from the items by ScoringController as the user types), the yearly average with its
 * weighting (an office setting, since the decree does not fix it) and the button that writes it to the
 * evaluation. Open it with openFor(staffCode, year). Keyboard: Tab moves through the fields,
 * Ctrl+Return saves the period in the editor, Escape closes the editor (then the dialog).
 */
Dialog {
    id: root

    required property ScoringController controller
    /** The full name shown in the title (the caller knows it). */
    property string fullName
    readonly property var edit: root.controller.edit
    readonly property int itemCount: root.controller.editing && root.edit.items ? root.edit.items.length : 0
    readonly property bool readOnly: !root.controller.applicable || root.controller.locked

    /** Opens the dialog on a person's year. */
    function openFor(staffCode: string, year: int, name: string): void {
        root.fullName = name
        root.controller.open(staffCode, year)
        root.open()
    }

    /** The error of a field in the editor ("" when none). */
    function fieldError(field: string): string {
        const errors = root.edit.fieldErrors
        return errors && errors[field] !== undefined ? errors[field] : ""
    }

    function savePeriod(): void {
        if (root.controller.editing && root.controller.saveEdit())
            periodList.forceActiveFocus()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 2 * Theme.spacingXl, 3 * Theme.dialogWidth) : 3 * Theme.dialogWidth
    height: parent ? parent.height - 2 * Theme.spacingXl : 720
    modal: true
    padding: Theme.spacingL
    closePolicy: root.controller.editing ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: root.fullName !== ""
           //: %1 is a person's name, %2 the year
           ? qsTr("Monthly and quarterly scores of %1, %2 (ND 335/2025)").arg(root.fullName).arg(root.controller.year)
           : qsTr("Monthly and quarterly scores, %1 (ND 335/2025)").arg(root.controller.year)
    onOpened: periodList.forceActiveFocus()
    onClosed: root.controller.cancelEdit()

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: root.visible && root.controller.editing
        onActivated: root.savePeriod()
    }
    Shortcut {
        sequence: "Escape"
        enabled: root.visible && root.controller.editing
        onActivated: {
            root.controller.cancelEdit()
            periodList.forceActiveFocus()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        // Why nothing can be changed, when that is so.
        Label {
            objectName: "scoringStateLabel"
            Layout.fillWidth: true
            visible: root.readOnly
            wrapMode: Text.WordWrap
            color: Theme.warning
            text: !root.controller.applicable
                  ? root.controller.notApplicableReason
                  : qsTr("The evaluation of this year is decided: reopen it on the Evaluations page to change its periods.")
        }

        // The year: average, band, weighting and the transfer to the evaluation.
        SectionCard {
            Layout.fillWidth: true
            title: qsTr("Year %1").arg(root.controller.year)

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL

                Label {
                    objectName: "yearlyScoreLabel"
                    text: root.controller.yearlyScoreText !== ""
                          //: %1 is the yearly score, %2 its level
                          ? qsTr("Yearly score: %1 — %2").arg(root.controller.yearlyScoreText).arg(root.controller.yearlyLevelLabel)
                          : qsTr("Yearly score: none yet (no period with tasks)")
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    text: root.controller.appliedScoreText !== ""
                          ? qsTr("Score on the evaluation: %1").arg(root.controller.appliedScoreText)
                          : qsTr("No score on the evaluation yet")
                    color: Theme.textMuted
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "applyYearlyScoreButton"
                    text: qsTr("Write to the evaluation")
                    enabled: !root.readOnly && root.controller.yearlyScore >= 0
                    onClicked: root.controller.applyYearlyScore()
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                Label {
                    text: qsTr("Weighting of the periods")
                    color: Theme.textMuted
                }
                OptionCombo {
                    objectName: "weightingCombo"
                    Layout.preferredWidth: Theme.comboWidth + Theme.colUnit
                    options: root.controller.weightingOptions
                    value: root.controller.weighting
                    Accessible.name: qsTr("Weighting of the periods")
                    onPicked: value => root.controller.setWeighting(value)
                }
                Label {
                    objectName: "weightingNoteLabel"
                    Layout.fillWidth: true
                    text: root.controller.weightingNote
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
        }

        // The periods of the year.
        SectionCard {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.rowHeight * 7
            title: qsTr("Periods")

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Button {
                    objectName: "newMonthButton"
                    text: qsTr("New month")
                    enabled: !root.readOnly && !root.controller.editing
                    onClicked: {
                        root.controller.newPeriod("month")
                        generalSpin.forceActiveFocus()
                    }
                }
                Button {
                    objectName: "newQuarterButton"
                    text: qsTr("New quarter")
                    enabled: !root.readOnly && !root.controller.editing
                    onClicked: {
                        root.controller.newPeriod("quarter")
                        generalSpin.forceActiveFocus()
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.controller.suggestedCultureText !== ""
                    text: qsTr("Public-service culture from the inspections of the year: %1 points (part of the 30 general points)")
                          .arg(root.controller.suggestedCultureText)
                    wrapMode: Text.WordWrap
                    color: Theme.textMuted
                }
            }

            Label {
                objectName: "noPeriodLabel"
                visible: periodList.count === 0
                text: qsTr("No period recorded for this year.")
                color: Theme.textFaint
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingS
                visible: periodList.count > 0
                spacing: Theme.spacingS

                Label { Layout.preferredWidth: Theme.colPosition; text: qsTr("Period"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: Theme.colCount + Theme.spacingXl; text: qsTr("General"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: Theme.colCount + Theme.spacingXl; text: qsTr("Tasks"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: Theme.colCount + Theme.spacingXl; text: qsTr("Score"); font.bold: true; color: Theme.textMuted }
                Label { Layout.fillWidth: true; text: qsTr("Level"); font.bold: true; color: Theme.textMuted }
            }

            ListView {
                id: periodList

                objectName: "periodList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                focus: true
                keyNavigationEnabled: true
                model: root.controller.periods
                boundsBehavior: Flickable.StopAtBounds
                Accessible.name: qsTr("Periods")
                Keys.onReturnPressed: {
                    if (currentIndex >= 0 && !root.readOnly)
                        root.controller.editPeriod(root.controller.periods[currentIndex].id)
                }
                Keys.onDeletePressed: {
                    if (currentIndex >= 0 && !root.readOnly && !root.controller.editing)
                        root.controller.removePeriod(root.controller.periods[currentIndex].id)
                }

                delegate: ItemDelegate {
                    id: periodRow

                    required property int index
                    required property var modelData

                    width: ListView.view.width
                    height: Theme.rowHeight
                    highlighted: ListView.isCurrentItem
                    palette.highlight: Theme.selection
                    palette.highlightedText: Theme.text
                    onClicked: periodList.currentIndex = periodRow.index
                    onDoubleClicked: {
                        if (!root.readOnly)
                            root.controller.editPeriod(periodRow.modelData.id)
                    }

                    contentItem: RowLayout {
                        spacing: Theme.spacingS

                        Label { Layout.preferredWidth: Theme.colPosition; text: periodRow.modelData.label; color: Theme.text }
                        Label { Layout.preferredWidth: Theme.colCount + Theme.spacingXl; text: periodRow.modelData.generalText; color: Theme.text }
                        Label {
                            Layout.preferredWidth: Theme.colCount + Theme.spacingXl
                            text: periodRow.modelData.taskText !== "" ? periodRow.modelData.taskText : qsTr("no tasks")
                            color: periodRow.modelData.taskText !== "" ? Theme.text : Theme.textFaint
                        }
                        Label {
                            Layout.preferredWidth: Theme.colCount + Theme.spacingXl
                            text: periodRow.modelData.scoreText !== "" ? periodRow.modelData.scoreText : "—"
                            font.bold: true
                            color: Theme.text
                        }
                        Label { Layout.fillWidth: true; text: periodRow.modelData.levelLabel; elide: Text.ElideRight; color: Theme.textMuted }
                        Button {
                            text: qsTr("Edit")
                            flat: true
                            enabled: !root.readOnly && !root.controller.editing
                            Accessible.name: qsTr("Edit %1").arg(periodRow.modelData.label)
                            onClicked: root.controller.editPeriod(periodRow.modelData.id)
                        }
                        Button {
                            text: qsTr("Delete")
                            flat: true
                            enabled: !root.readOnly && !root.controller.editing
                            Accessible.name: qsTr("Delete %1").arg(periodRow.modelData.label)
                            onClicked: root.controller.removePeriod(periodRow.modelData.id)
                        }
                    }
                }

            }
        }

        // The editor of one period.
        SectionCard {
            objectName: "periodEditor"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.controller.editing
            title: root.controller.editing
                   ? (root.edit.id > 0 ? qsTr("Edit %1").arg(root.edit.label) : qsTr("New period: %1").arg(root.edit.label))
                   : ""

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                Label { text: qsTr("Period"); color: Theme.textMuted }
                OptionCombo {
                    objectName: "kindCombo"
                    options: root.controller.kindOptions
                    value: root.controller.editing ? root.edit.kind : ""
                    Accessible.name: qsTr("Month or quarter")
                    onPicked: value => root.controller.setEditKind(value)
                }
                SpinBox {
                    objectName: "numberSpin"
                    implicitHeight: Theme.controlHeight
                    from: 1
                    to: root.controller.editing ? root.edit.numberMax : 12
                    editable: true
                    value: root.controller.editing ? root.edit.number : 1
                    Accessible.name: qsTr("Number of the month or quarter")
                    onValueModified: root.controller.setEditNumber(value)
                }
                Label { text: qsTr("General criteria (0–30)"); color: Theme.textMuted }
                SpinBox {
                    id: generalSpin

                    objectName: "generalSpin"
                    implicitHeight: Theme.controlHeight
                    from: 0
                    to: 300
                    stepSize: 5
                    editable: true
                    value: root.controller.editing ? Math.round(root.edit.generalPoints * 10) : 0
                    textFromValue: (value, locale) => (value / 10).toFixed(1)
                    valueFromText: (text, locale) => Math.round(parseFloat(text.replace(",", ".")) * 10)
                    validator: RegularExpressionValidator { regularExpression: /[0-9]{0,2}([.,][0-9])?/ }
                    Accessible.name: qsTr("General criteria points")
                    onValueModified: root.controller.setEditGeneralPoints(value / 10)
                }
                TextField {
                    objectName: "noteField"
                    Layout.fillWidth: true
                    selectByMouse: true
                    placeholderText: qsTr("Note")
                    text: root.controller.editing ? root.edit.note : ""
                    onTextEdited: root.controller.setEditNote(text)
                }
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Tasks (70 points, shared by weight): each major quality error or delay takes 25% of one product's points; failures with an objective cause confirmed by the competent authority are excused.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }

            RowLayout {
                id: itemHeader

                readonly property int countWidth: Theme.colCount + 2 * Theme.spacingXl

                Layout.fillWidth: true
                spacing: Theme.spacingS

                Label { Layout.fillWidth: true; text: qsTr("Product or task"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: itemHeader.countWidth; text: qsTr("Assigned"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: itemHeader.countWidth; text: qsTr("Done"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: itemHeader.countWidth; text: qsTr("Quality errors"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: itemHeader.countWidth; text: qsTr("Delays"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: itemHeader.countWidth; text: qsTr("Excused"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: itemHeader.countWidth; text: qsTr("Weight"); font.bold: true; color: Theme.textMuted }
                Label { Layout.preferredWidth: Theme.colCount; text: qsTr("Points"); font.bold: true; color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                Item { implicitWidth: removeWidth.implicitWidth }
                Button { id: removeWidth; visible: false; flat: true; text: qsTr("Remove") }
            }

            ScrollView {
                id: itemScroll

                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true

                ColumnLayout {
                    width: itemScroll.availableWidth
                    spacing: Theme.spacingXs

                    Repeater {
                        // An int model: rows are rebuilt only when their number changes, so typing keeps focus.
                        model: root.itemCount

                        delegate: RowLayout {
                            id: itemRow

                            required property int index
                            readonly property var item: root.itemCount > itemRow.index ? root.edit.items[itemRow.index] : ({})

                            Layout.fillWidth: true
                            spacing: Theme.spacingS

                            TextField {
                                Layout.fillWidth: true
                                selectByMouse: true
                                placeholderText: qsTr("Title of the product or task")
                                text: itemRow.item.title !== undefined ? itemRow.item.title : ""
                                Accessible.name: qsTr("Task %1").arg(itemRow.index + 1)
                                onTextEdited: root.controller.setItemTitle(itemRow.index, text)
                            }
                            PeriodTaskCountSpin {
                                Layout.preferredWidth: itemHeader.countWidth
                                to: 10000
                                count: itemRow.item.assigned !== undefined ? itemRow.item.assigned : 0
                                errorText: root.fieldError("items." + itemRow.index + ".assigned")
                                Accessible.name: qsTr("Assigned")
                                onPicked: value => root.controller.setItemValue(itemRow.index, "assigned", value)
                            }
                            PeriodTaskCountSpin {
                                Layout.preferredWidth: itemHeader.countWidth
                                to: 10000
                                count: itemRow.item.done !== undefined ? itemRow.item.done : 0
                                errorText: root.fieldError("items." + itemRow.index + ".done")
                                Accessible.name: qsTr("Done")
                                onPicked: value => root.controller.setItemValue(itemRow.index, "done", value)
                            }
                            PeriodTaskCountSpin {
                                Layout.preferredWidth: itemHeader.countWidth
                                to: 10000
                                count: itemRow.item.qualityFailures !== undefined ? itemRow.item.qualityFailures : 0
                                errorText: root.fieldError("items." + itemRow.index + ".quality_failures")
                                Accessible.name: qsTr("Quality errors")
                                onPicked: value => root.controller.setItemValue(itemRow.index, "qualityFailures", value)
                            }
                            PeriodTaskCountSpin {
                                Layout.preferredWidth: itemHeader.countWidth
                                to: 10000
                                count: itemRow.item.lateFailures !== undefined ? itemRow.item.lateFailures : 0
                                errorText: root.fieldError("items." + itemRow.index + ".late_failures")
                                Accessible.name: qsTr("Delays")
                                onPicked: value => root.controller.setItemValue(itemRow.index, "lateFailures", value)
                            }
                            PeriodTaskCountSpin {
                                Layout.preferredWidth: itemHeader.countWidth
                                to: 10000
                                count: itemRow.item.excusedFailures !== undefined ? itemRow.item.excusedFailures : 0
                                errorText: root.fieldError("items." + itemRow.index + ".excused_failures")
                                Accessible.name: qsTr("Excused (objective causes)")
                                onPicked: value => root.controller.setItemValue(itemRow.index, "excusedFailures", value)
                            }
                            PeriodTaskCountSpin {
                                Layout.preferredWidth: itemHeader.countWidth
                                to: 100
                                count: itemRow.item.weight !== undefined ? itemRow.item.weight : 0
                                errorText: root.fieldError("items." + itemRow.index + ".weight")
                                Accessible.name: qsTr("Weight")
                                onPicked: value => root.controller.setItemValue(itemRow.index, "weight", value)
                            }
                            Label {
                                Layout.preferredWidth: Theme.colCount
                                text: itemRow.item.pointsText !== undefined ? itemRow.item.pointsText : ""
                                horizontalAlignment: Text.AlignRight
                                color: Theme.text
                            }
                            Button {
                                text: qsTr("Remove")
                                flat: true
                                Accessible.name: qsTr("Remove task %1").arg(itemRow.index + 1)
                                onClicked: root.controller.removeItem(itemRow.index)
                            }
                        }
                    }

                    Button {
                        objectName: "addItemButton"
                        text: qsTr("Add a task")
                        onClicked: root.controller.addItem()
                    }
                }
            }

            // Field errors, said in words (the rules are in C++).
            Repeater {
                model: root.controller.editing ? root.edit.errors : []

                delegate: Label {
                    required property var modelData

                    Layout.fillWidth: true
                    text: modelData.message
                    wrapMode: Text.WordWrap
                    color: Theme.error
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL

                Label {
                    objectName: "editScoreLabel"
                    //: %1 general points, %2 task points, %3 total, %4 the level
                    text: root.controller.editing
                          ? (root.edit.scoreText !== ""
                             ? qsTr("General %1 + tasks %2 = %3 — %4").arg(root.edit.generalText).arg(root.edit.taskText)
                                   .arg(root.edit.scoreText).arg(root.edit.levelLabel)
                             : qsTr("No score until a task is recorded"))
                          : ""
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                    color: Theme.text
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "savePeriodButton"
                    text: qsTr("Save period")
                    highlighted: true
                    enabled: root.controller.editing && root.edit.valid === true
                    onClicked: root.savePeriod()
                }
                Button {
                    text: qsTr("Cancel")
                    onClicked: {
                        root.controller.cancelEdit()
                        periodList.forceActiveFocus()
                    }
                }
            }
        }

        Item {
            Layout.fillHeight: true
            visible: !root.controller.editing
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight

            Button {
                objectName: "closeScoresButton"
                text: qsTr("Close")
                enabled: !root.controller.editing
                onClicked: root.close()
            }
        }
    }
}
