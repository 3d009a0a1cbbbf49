// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Discipline decisions (kỷ luật; ND 112/2020, ND 172/2025, ND 234/2026): the year's decisions by unit with a
 * search that ignores diacritics, the units that missed the reform target, the decision form with
 * its live check (Ctrl+N new, Enter or Ctrl+S saves, Esc cancels, Enter on a row edits it), delete
 * after a confirmation, and the year report in PDF.
 */
Item {
    id: root

    readonly property DisciplineController discipline: AppController.discipline
    readonly property DisciplineListModel decisions: root.discipline.decisions

    function newDecision(): void {
        root.discipline.newDecision("")
    }

    function editCurrent(): void {
        const id = root.decisions.idAt(list.currentIndex)
        if (id > 0)
            root.discipline.edit(id)
    }

    function recordValue(key: string): string {
        return root.discipline.record[key] ?? ""
    }

    function askDelete(): void {
        //: %1 is a decision number, e.g. 12/QĐ-UBND
        deleteDialog.personName = qsTr("decision %1").arg(root.recordValue("decision_no"))
        deleteDialog.personCode = root.recordValue("staff_code")
        deleteDialog.open()
    }

    /** Asks where to write the year's report, proposing the Documents folder (after the personal-data notice). */
    function print(): void {
        personalDataNotice.guard("pdf")
    }

    function focusSearch(): void {
        searchField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: qsTr("Discipline")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.alignment: Qt.AlignBaseline
                Layout.fillWidth: true
                text: qsTr("ND 112/2020, ND 172/2025, ND 234/2026")
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
                elide: Text.ElideRight
            }

            Button {
                objectName: "printButton"
                visible: !root.discipline.editing
                text: qsTr("Print year report (PDF)")
                onClicked: root.print()
            }

            Button {
                objectName: "newDecisionButton"
                visible: !root.discipline.editing
                text: qsTr("New decision")
                highlighted: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+N")
                onClicked: root.newDecision()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: !root.discipline.editing

            Label {
                text: qsTr("Year")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            SpinBox {
                objectName: "yearSpin"
                implicitHeight: Theme.controlHeight
                from: 2000
                to: 2100
                editable: true
                value: root.discipline.year
                textFromValue: (value, locale) => value.toString()
                valueFromText: (text, locale) => parseInt(text)
                Accessible.name: qsTr("Year")
                onValueModified: root.discipline.year = value
            }

            OptionCombo {
                objectName: "unitCombo"
                Layout.preferredWidth: Theme.searchWidth
                Layout.minimumWidth: Theme.comboWidth
                emptyText: qsTr("All units")
                options: {
                    AppController.language // re-read the labels after a language change
                    return AppController.unitOptions("")
                }
                value: root.discipline.unitFilter
                Accessible.name: qsTr("Unit")
                onPicked: value => root.discipline.unitFilter = value
            }

            TextField {
                id: searchField

                objectName: "searchField"
                Layout.preferredWidth: Theme.searchWidth
                implicitHeight: Theme.controlHeight
                font.pixelSize: Theme.fontNormal
                placeholderText: qsTr("Search name, code, decision, reason")
                selectByMouse: true
                text: root.decisions.search
                Accessible.name: qsTr("Search")
                onTextEdited: root.decisions.search = text
                Keys.onDownPressed: {
                    if (list.count > 0) {
                        list.currentIndex = Math.max(0, list.currentIndex)
                        list.forceActiveFocus()
                    }
                }
            }

            Item {
                Layout.fillWidth: true
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.discipline.editing ? 1 : 0

            ColumnLayout {
                spacing: Theme.spacingM

                DisciplineMissedUnits {
                    objectName: "missedUnits"
                    Layout.fillWidth: true
                    //: %1 is a year
                    title: qsTr("Units that missed the target in %1").arg(root.discipline.year)
                    units: root.discipline.missed
                    year: root.discipline.year
                    counted: root.discipline.unitsCounted
                }

                Rectangle {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    color: Theme.surface
                    border.color: Theme.border
                    border.width: Theme.borderWidth
                    radius: Theme.radius
                    clip: true

                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.borderWidth
                        spacing: 0

                        DisciplineHeader {
                            Layout.fillWidth: true
                            visible: list.count > 0
                        }

                        ListView {
                            id: list

                            objectName: "decisionList"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            visible: count > 0
                            clip: true
                            model: root.decisions
                            boundsBehavior: Flickable.StopAtBounds
                            keyNavigationEnabled: true
                            highlightMoveDuration: 0
                            activeFocusOnTab: true
                            ScrollBar.vertical: ScrollBar {}
                            Keys.onReturnPressed: root.editCurrent()
                            Keys.onEnterPressed: root.editCurrent()
                            Keys.onUpPressed: {
                                if (list.currentIndex <= 0)
                                    searchField.forceActiveFocus()
                                else
                                    list.decrementCurrentIndex()
                            }

                            delegate: DisciplineRow {
                                width: ListView.view.width
                                highlighted: ListView.isCurrentItem
                                onClicked: {
                                    list.currentIndex = index
                                    list.forceActiveFocus()
                                }
                                onDoubleClicked: {
                                    list.currentIndex = index
                                    root.editCurrent()
                                }
                            }
                        }

                        EmptyState {
                            objectName: "decisionsEmptyState"
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            visible: list.count === 0
                            title: root.decisions.totalCount === 0
                                   //: %1 is a year
                                   ? qsTr("No discipline decision takes effect in %1.").arg(root.discipline.year)
                                   //: %1 is the text searched for
                                   : qsTr("No decision matches “%1”.").arg(root.decisions.search)
                            detail: root.decisions.totalCount === 0
                                    ? qsTr("Record one with New decision (Ctrl+N), or import a discipline file.") : ""
                            actionText: root.decisions.totalCount === 0 ? qsTr("New decision") : qsTr("Clear search")
                            onActionTriggered: {
                                if (root.decisions.totalCount === 0)
                                    root.newDecision()
                                else
                                    root.decisions.search = ""
                            }
                        }
                    }
                }

            }

            DisciplineEditor {
                id: editor

                objectName: "disciplineEditor"
                controller: root.discipline
                onDeleteRequested: root.askDelete()
            }
        }
    }

    ConfirmDeleteDialog {
        id: deleteDialog

        objectName: "confirmDeleteDialog"
        title: qsTr("Delete decision")
        onAccepted: root.discipline.remove()
        onClosed: {
            if (root.discipline.editing)
                editor.focusFirst()
        }
    }

    // Personal data (ND 13/2023): asked once a session before the first export.
    PersonalDataNoticeDialog {
        id: personalDataNotice

        onProceed: {
            pdfDialog.selectedFile = root.discipline.reportFileUrl()
            pdfDialog.open()
        }
    }

    FileDialog {
        id: pdfDialog

        objectName: "pdfDialog"
        title: qsTr("Save the year report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: root.discipline.printReport(String(pdfDialog.selectedFile))
    }

    Connections {
        target: root.discipline

        function onEditingChanged(): void {
            if (root.discipline.editing)
                focusTimer.restart()
            else if (root.visible)
                list.forceActiveFocus()
        }
    }

    // The editor is shown by a binding: give it the keyboard once it is visible.
    Timer {
        id: focusTimer

        interval: 0
        onTriggered: editor.focusFirst()
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && !root.discipline.editing
        onActivated: root.newDecision()
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible && root.discipline.editing && !deleteDialog.visible
        onActivated: root.discipline.save()
    }
}
