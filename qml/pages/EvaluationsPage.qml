// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Annual evaluations (đánh giá, xếp loại chất lượng; ND 90/2020, ND 335/2025, ND 233/2026): a unit
 * and year in a grid rated from the keyboard (see EvaluationGrid), the live cap on "excellent" per
 * task group, the rules' flags, Ctrl+Z to undo the last change, last year's task groups copied, and
 * for the selected person the workflow (next step, decide with an override reason when the rules
 * refuse, reopen with a reason), the written form and its preview as printed (Ctrl+P), saved as PDF.
 * Ctrl+F searches (diacritics ignored).
 */
Item {
    id: root

    readonly property EvaluationController evaluations: AppController.evaluations

    function focusSearch(): void {
        searchField.forceActiveFocus()
    }

    function focusGrid(): void {
        grid.focusGrid()
    }

    /** Asks for the file of the summary (pdf, csv), after the personal-data notice. */
    function saveFile(format: string): void {
        personalDataNotice.guard(format)
    }

    /** Runs the export what (pdf, csv: the summary; xlsx; form) once the notice was accepted. */
    function exportAccepted(what: string): void {
        if (what === "xlsx") {
            xlsxDialog.selectedFile = root.evaluations.exportFileUrl()
            xlsxDialog.open()
        } else if (what === "form") {
            formPdfDialog.selectedFile = root.evaluations.formFileUrl()
            formPdfDialog.open()
        } else {
            root.openSummaryDialog(what)
        }
    }

    function openSummaryDialog(format: string): void {
        summaryDialog.format = format
        summaryDialog.defaultSuffix = format
        summaryDialog.nameFilters = format === "csv" ? [qsTr("CSV files (*.csv)")] : [qsTr("PDF files (*.pdf)")]
        summaryDialog.selectedFile = root.evaluations.summaryFileUrl(format)
        summaryDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: qsTr("Evaluations")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.alignment: Qt.AlignBaseline
                Layout.fillWidth: true
                text: qsTr("ND 90/2020, ND 335/2025, ND 233/2026")
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
                elide: Text.ElideRight
            }

            Label {
                objectName: "decidedLabel"
                //: %1 people decided, %2 people in the grid
                text: qsTr("%1 / %2 decided").arg(root.evaluations.decidedCount).arg(root.evaluations.grid.total)
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }

            Button {
                objectName: "summaryPdfButton"
                text: qsTr("Summary (PDF)")
                onClicked: root.saveFile("pdf")
            }
            Button {
                objectName: "summaryCsvButton"
                text: qsTr("Summary (CSV)")
                onClicked: root.saveFile("csv")
            }
            Button {
                objectName: "exportXlsxButton"
                text: qsTr("Export to Excel")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The unit's evaluations of the year, in the columns the evaluations import reads (.xlsx)")
                onClicked: personalDataNotice.guard("xlsx")
            }
        }

        EditConflictBanner {
            objectName: "evaluationConflict"
            Layout.fillWidth: true
            message: root.evaluations.conflict
            takesFocus: !formDialog.visible
            onReloadRequested: root.evaluations.reload()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                text: qsTr("Year")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            SpinBox {
                objectName: "yearSpin"
                implicitHeight: Theme.controlHeight
                from: 2015
                to: 2100
                editable: true
                value: root.evaluations.year
                textFromValue: (value, locale) => value.toString()
                valueFromText: (text, locale) => parseInt(text)
                Accessible.name: qsTr("Year")
                onValueModified: root.evaluations.year = value
            }

            OptionCombo {
                objectName: "unitCombo"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.searchWidth
                Layout.minimumWidth: Theme.comboWidth
                emptyText: qsTr("Choose a unit…")
                options: {
                    AppController.language // re-read the labels after a language change
                    return AppController.unitOptions(root.evaluations.year + "-12-31")
                }
                value: root.evaluations.unitCode
                Accessible.name: qsTr("Unit")
                onPicked: value => {
                    root.evaluations.unitCode = value
                    grid.focusGrid()
                }
            }

            TextField {
                id: searchField

                objectName: "searchField"
                Layout.preferredWidth: Theme.comboWidth
                implicitHeight: Theme.controlHeight
                font.pixelSize: Theme.fontNormal
                placeholderText: qsTr("Search name, code, task group")
                selectByMouse: true
                text: root.evaluations.grid.filter
                Accessible.name: qsTr("Search")
                onTextEdited: root.evaluations.grid.filter = text
                Keys.onDownPressed: grid.focusGrid()
                Keys.onReturnPressed: grid.focusGrid()
                Keys.onEnterPressed: grid.focusGrid()
                Keys.onEscapePressed: {
                    root.evaluations.grid.filter = ""
                    grid.focusGrid()
                }
            }

            Button {
                objectName: "copyTaskGroupsButton"
                //: %1 the previous year
                text: qsTr("Copy task groups of %1").arg(root.evaluations.year - 1)
                onClicked: root.evaluations.copyTaskGroups()
            }

            Button {
                objectName: "undoButton"
                text: qsTr("Undo")
                enabled: root.evaluations.grid.canUndo
                ToolTip.visible: hovered
                //: %1 the change undone (staff code: field)
                ToolTip.text: qsTr("Ctrl+Z: %1").arg(root.evaluations.grid.undoText)
                onClicked: root.evaluations.undo()
            }
        }

        EvaluationCapBar {
            objectName: "capBar"
            Layout.fillWidth: true
            controller: root.evaluations
            onExceptionRequested: exceptionDialog.open()
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: root.evaluations.flagSummary.length > 0

            Label {
                text: qsTr("Flags:")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Repeater {
                model: root.evaluations.flagSummary

                delegate: Label {
                    required property var modelData

                    //: %1 flag, %2 how many people
                    text: qsTr("%1 (%2)").arg(modelData.label).arg(modelData.count)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.notMet
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingM

            EvaluationGrid {
                id: grid

                objectName: "evaluationGridView"
                Layout.fillWidth: true
                Layout.fillHeight: true
                controller: root.evaluations
                onDecideRequested: level => decideDialog.openFor(level)
            }

            EvaluationPersonPanel {
                objectName: "personPanel"
                Layout.fillHeight: true
                Layout.preferredWidth: Theme.cardWidth
                controller: root.evaluations
                periodScoresAvailable: true
                onPeriodScoresRequested: periodDialog.openFor(root.evaluations.selectedCode, root.evaluations.year,
                                                              root.evaluations.selected.fullName ?? "")
                onDecideRequested: decideDialog.openFor("")
                onReopenRequested: reopenDialog.ask()
                onFormRequested: formDialog.openForm()
                onPrintFormRequested: formPreview.openPreview()
            }
        }

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textFaint
            text: qsTr("Arrows move · Tab/Enter: next cell/row · levels: X/1 HTXSNV, T/2 HTTNV, H/3 HTNV, K/4 KHTNV · Delete clears · type or F2 to edit, Esc cancels · Space: maternity · Ctrl+Z undo · Ctrl+F search")
        }
    }

    EvaluationDecideDialog {
        id: decideDialog

        controller: root.evaluations
        onClosed: grid.focusGrid()
    }

    EvaluationReasonDialog {
        id: reopenDialog

        objectName: "reopenDialog"
        title: qsTr("Reopen the evaluation")
        text: qsTr("The decided level is unlocked for correction. Why? (kept in the audit trail)")
        placeholder: qsTr("Reason for reopening")
        acceptText: qsTr("Reopen")
        onConfirmed: reason => root.evaluations.reopen(reason)
        onClosed: grid.focusGrid()
    }

    EvaluationFormDialog {
        id: formDialog

        controller: root.evaluations
        onClosed: grid.focusGrid()
    }

    PeriodScoresDialog {
        id: periodDialog

        objectName: "periodScoresDialog"
        controller: AppController.scoring
        onClosed: grid.focusGrid()
    }

    EvaluationExceptionDialog {
        id: exceptionDialog

        controller: root.evaluations
    }

    EvaluationFormPreview {
        id: formPreview

        controller: root.evaluations
        onSaveRequested: personalDataNotice.guard("form")
        onClosed: grid.focusGrid()
    }

    // Personal data (ND 13/2023): asked once a session before the first export.
    PersonalDataNoticeDialog {
        id: personalDataNotice

        onProceed: what => root.exportAccepted(what)
    }

    FileDialog {
        id: formPdfDialog

        objectName: "formPdfDialog"
        title: qsTr("Save the evaluation form")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            const path = root.evaluations.printForm(String(formPdfDialog.selectedFile))
            if (path !== "")
                formPreview.savedPath = path
        }
    }

    FileDialog {
        id: summaryDialog

        property string format: "pdf"

        objectName: "summaryDialog"
        title: qsTr("Save the evaluation summary")
        fileMode: FileDialog.SaveFile
        onAccepted: root.evaluations.writeSummary(summaryDialog.format, String(summaryDialog.selectedFile))
    }

    FileDialog {
        id: xlsxDialog

        objectName: "xlsxDialog"
        title: qsTr("Export the evaluations to Excel")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)")]
        onAccepted: root.evaluations.exportXlsx(String(xlsxDialog.selectedFile))
    }

    Shortcut {
        sequence: "Ctrl+Z"
        enabled: root.visible && !grid.editing
        onActivated: root.evaluations.undo()
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: root.visible
        onActivated: root.focusSearch()
    }
    Shortcut {
        // The selected person's form as it will be printed (the preview saves the PDF).
        sequence: "Ctrl+P"
        enabled: root.visible && root.evaluations.selectedCode !== "" && !formPreview.visible
        onActivated: formPreview.openPreview()
    }

    onVisibleChanged: {
        if (visible)
            grid.focusGrid()
    }
}
