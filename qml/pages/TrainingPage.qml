// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Training (đào tạo, bồi dưỡng; ND 171/2025, ND 33/2023): the course catalogue, the needs derived from the
 * title standards, the plan editor (propose within a budget, edit, save), the enrolments with their
 * lifecycle, and the budget per unit. Alt+1…5 or Ctrl+Tab switch tabs, Ctrl+S saves the plan, Ctrl+P
 * prints it.
 */
Item {
    id: root

    readonly property TrainingController training: AppController.training
    /** The tab shown: 0 catalogue, 1 needs, 2 plan, 3 enrolments, 4 budget. */
    property alias currentTab: tabs.currentIndex
    /** A person (and course) to add once the plan editor is shown: [code, course], or empty. */
    property var pendingAdd: []

    function showTab(index: int): void {
        tabs.currentIndex = index
        focusTimer.restart()
    }

    function print(): void {
        pdfDialog.selectedFile = root.training.planFileUrl()
        pdfDialog.open()
    }

    /** Opens the plan editor ready to add code in course (from the needs). */
    function planPerson(code: string, course: string): void {
        root.pendingAdd = [code, course]
        root.showTab(2)
    }

    function focusCurrentTab(): void {
        switch (tabs.currentIndex) {
        case 0: catalogue.focusList(); break
        case 1: needs.focusList(); break
        case 2:
            if (root.pendingAdd.length === 2)
                planEditor.startAdd(root.pendingAdd[0], root.pendingAdd[1])
            else
                planEditor.focusFirst()
            root.pendingAdd = []
            break
        case 3: enrolments.focusList(); break
        case 4: budget.focusList(); break
        }
    }

    // Shown (Ctrl+7): the keyboard goes to the tab's list.
    onVisibleChanged: {
        if (root.visible) {
            root.training.ensureLoaded()
            focusTimer.restart()
        }
    }
    Component.onCompleted: {
        if (root.visible)
            root.training.ensureLoaded()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: qsTr("Training")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.alignment: Qt.AlignBaseline
                Layout.fillWidth: true
                text: qsTr("Plans that close the gaps to the title standards before the deadline")
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
                elide: Text.ElideRight
            }

            Label {
                text: qsTr("Year")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            SpinBox {
                objectName: "trainingYearSpin"
                implicitHeight: Theme.controlHeight
                from: 2000
                to: 2100
                editable: true
                value: root.training.year
                textFromValue: (value, locale) => value.toString()
                valueFromText: (text, locale) => parseInt(text)
                onValueModified: root.training.year = value
            }

            OptionCombo {
                objectName: "trainingUnitCombo"
                Layout.preferredWidth: Theme.searchWidth
                Layout.minimumWidth: Theme.comboWidth
                emptyText: qsTr("Whole office")
                options: {
                    AppController.language // re-read the labels after a language change
                    return AppController.unitOptions("")
                }
                value: root.training.unitFilter
                onPicked: value => root.training.unitFilter = value
            }

            Button {
                objectName: "printPlanButton"
                text: qsTr("Print plan (PDF)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+P")
                onClicked: root.print()
            }
        }

        TabBar {
            id: tabs

            objectName: "trainingTabs"
            Layout.fillWidth: true
            currentIndex: 1

            TabButton {
                objectName: "catalogueTab"
                text: qsTr("Catalogue")
            }
            TabButton {
                objectName: "needsTab"
                //: %n is the number of people with training needs
                text: qsTr("Needs (%n)", "", root.training.needs.count)
            }
            TabButton {
                objectName: "planTab"
                text: qsTr("Plan")
            }
            TabButton {
                objectName: "enrolmentsTab"
                //: %n is the number of enrolments of the year
                text: qsTr("Enrolments (%n)", "", root.training.enrolments.count)
            }
            TabButton {
                objectName: "budgetTab"
                text: qsTr("Budget")
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            TrainingCatalogue {
                id: catalogue

                objectName: "trainingCatalogue"
                training: root.training
            }
            TrainingNeeds {
                id: needs

                objectName: "trainingNeeds"
                training: root.training
                onPlanRequested: (code, course) => root.planPerson(code, course)
            }
            TrainingPlanEditor {
                id: planEditor

                objectName: "trainingPlanEditor"
                training: root.training
            }
            TrainingEnrolments {
                id: enrolments

                objectName: "trainingEnrolments"
                training: root.training
                onPlanRequested: root.showTab(2)
            }
            TrainingBudget {
                id: budget

                objectName: "trainingBudget"
                training: root.training
                onPlanRequested: root.showTab(2)
            }
        }
    }

    FileDialog {
        id: pdfDialog

        objectName: "planPdfDialog"
        title: qsTr("Save the training plan")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: root.training.printPlan(String(pdfDialog.selectedFile))
    }

    // A tab is shown by a binding: give it the keyboard once it is visible.
    Timer {
        id: focusTimer

        interval: 0
        onTriggered: root.focusCurrentTab()
    }

    Shortcut {
        sequence: "Ctrl+Tab"
        enabled: root.visible
        onActivated: root.showTab((tabs.currentIndex + 1) % tabs.count)
    }
    Shortcut {
        sequence: "Ctrl+Shift+Tab"
        enabled: root.visible
        onActivated: root.showTab((tabs.currentIndex + tabs.count - 1) % tabs.count)
    }
    Shortcut {
        sequence: "Alt+1"
        enabled: root.visible
        onActivated: root.showTab(0)
    }
    Shortcut {
        sequence: "Alt+2"
        enabled: root.visible
        onActivated: root.showTab(1)
    }
    Shortcut {
        sequence: "Alt+3"
        enabled: root.visible
        onActivated: root.showTab(2)
    }
    Shortcut {
        sequence: "Alt+4"
        enabled: root.visible
        onActivated: root.showTab(3)
    }
    Shortcut {
        sequence: "Alt+5"
        enabled: root.visible
        onActivated: root.showTab(4)
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible && tabs.currentIndex === 2
        onActivated: planEditor.askSave()
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: root.visible
        onActivated: root.print()
    }
}
