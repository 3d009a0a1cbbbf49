// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Public-service culture (văn hóa công vụ, QĐ 1847/QĐ-TTg): inspections entered as a grid of people
 * × checklist items, the violations log, compliance per unit with the ND 335 points, and the
 * checklist. Ctrl+N starts an inspection, Ctrl+S saves it.
 */
Item {
    id: root

    readonly property CultureController culture: AppController.culture
    /** The tab shown: 0 inspections, 1 violations, 2 compliance, 3 checklist. */
    property alias currentTab: tabs.currentIndex

    function newInspection(): void {
        tabs.currentIndex = 0
        root.culture.newInspection("")
    }

    function print(): void {
        pdfDialog.selectedFile = root.culture.reportFileUrl()
        pdfDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: qsTr("Public-service culture")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.alignment: Qt.AlignBaseline
                Layout.fillWidth: true
                text: qsTr("QĐ 1847/QĐ-TTg")
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
                elide: Text.ElideRight
            }

            Button {
                objectName: "newInspectionButton"
                visible: !root.culture.editing
                text: qsTr("New inspection")
                highlighted: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+N")
                onClicked: root.newInspection()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: !root.culture.editing

            TabBar {
                id: tabs

                objectName: "cultureTabs"
                Layout.fillWidth: true

                TabButton {
                    objectName: "inspectionsTab"
                    text: qsTr("Inspections")
                }
                TabButton {
                    objectName: "violationsTab"
                    //: %n is the number of violations in the log
                    text: qsTr("Violations log (%n)", "", root.culture.violations.count)
                }
                TabButton {
                    objectName: "complianceTab"
                    text: qsTr("Compliance")
                }
                TabButton {
                    objectName: "checklistTab"
                    text: qsTr("Checklist")
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: !root.culture.editing && tabs.currentIndex !== 3

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
                value: root.culture.year
                textFromValue: (value, locale) => value.toString()
                valueFromText: (text, locale) => parseInt(text)
                onValueModified: root.culture.year = value
            }

            Label {
                visible: tabs.currentIndex === 2
                text: qsTr("Period")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            OptionCombo {
                objectName: "quarterCombo"
                visible: tabs.currentIndex === 2
                Layout.preferredWidth: Theme.colCategory
                options: [
                    { value: "0", text: qsTr("Whole year") },
                    { value: "1", text: qsTr("Quarter 1") },
                    { value: "2", text: qsTr("Quarter 2") },
                    { value: "3", text: qsTr("Quarter 3") },
                    { value: "4", text: qsTr("Quarter 4") }
                ]
                value: String(root.culture.quarter)
                onPicked: value => root.culture.quarter = parseInt(value)
            }

            OptionCombo {
                objectName: "cultureUnitCombo"
                Layout.preferredWidth: Theme.searchWidth
                Layout.minimumWidth: Theme.comboWidth
                emptyText: qsTr("All units")
                options: {
                    AppController.language // re-read the labels after a language change
                    return AppController.unitOptions("")
                }
                value: root.culture.unitFilter
                onPicked: value => root.culture.unitFilter = value
            }

            Item {
                Layout.fillWidth: true
            }

            Button {
                objectName: "printButton"
                visible: tabs.currentIndex === 2
                text: qsTr("Print (PDF)")
                onClicked: root.print()
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.culture.editing ? 4 : tabs.currentIndex

            CultureInspectionList {
                id: inspectionList

                objectName: "inspectionListView"
                culture: root.culture
                onNewRequested: root.newInspection()
            }
            CultureViolationLog {
                objectName: "violationLog"
                culture: root.culture
            }
            CultureCompliance {
                objectName: "compliance"
                culture: root.culture
            }
            CultureChecklist {
                objectName: "checklist"
                culture: root.culture
            }
            CultureInspectionEditor {
                id: editor

                objectName: "inspectionEditor"
                culture: root.culture
            }
        }
    }

    FileDialog {
        id: pdfDialog

        objectName: "pdfDialog"
        title: qsTr("Save the culture report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: root.culture.printReport(String(pdfDialog.selectedFile))
    }

    Connections {
        target: root.culture

        function onEditingChanged(): void {
            if (root.culture.editing)
                focusTimer.restart()
            else if (root.visible)
                inspectionList.focusList()
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
        enabled: root.visible && !root.culture.editing
        onActivated: root.newInspection()
    }
    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible && root.culture.editing
        onActivated: root.culture.saveInspection()
    }
}
