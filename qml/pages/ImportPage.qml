// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Import a units or staff file: check it (dry run) or import it, follow the progress, read the
 * summary and every rejected row; when rows were rejected nothing is written unless the user
 * asks to import only the valid rows. A closed-year archive (.cvarchive) from a commune or an
 * earlier year is previewed first (added, changed, unchanged, conflicts with both values) and
 * written only when the officer accepts the preview.
 */
Item {
    id: root

    readonly property ImportController importer: AppController.importer
    readonly property bool canRun: importer.filePath !== "" && !importer.busy
    readonly property bool nothingWritten: importer.hasRun && !importer.busy && !importer.written
                                           && importer.issues.length > 0
    readonly property bool isArchive: importer.kind === "archive"
    readonly property var preview: importer.archivePreview
    readonly property bool hasPreview: isArchive && preview.ok !== undefined
    readonly property bool previewHasConflicts: hasPreview && (preview.conflicts ?? []).length > 0

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        Label {
            text: qsTr("Import")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }

        Label {
            Layout.fillWidth: true
            text: root.isArchive
                  ? qsTr("Read a records archive (.cvarchive) sent by a commune or kept from a closed year. Preview it first: what it would add or complete, and every conflict with this database (never overwritten). Nothing is written until you accept.")
                  : qsTr("Read a units or staff list kept in a spreadsheet (CSV or XLSX). Every row is checked first: a file with a bad row writes nothing, and every bad row is listed below.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
        }

        SectionCard {
            Layout.fillWidth: true

            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.spacingM
                rowSpacing: Theme.spacingS

                Label {
                    text: qsTr("What")
                    font.pixelSize: Theme.fontNormal
                    color: Theme.textMuted
                }
                OptionCombo {
                    objectName: "kindCombo"
                    Layout.preferredWidth: Theme.comboWidth
                    options: [{ value: "staff", text: qsTr("Staff") }, { value: "units", text: qsTr("Units") },
                        { value: "archive", text: qsTr("Records archive (.cvarchive)") }]
                    value: root.importer.kind
                    enabled: !root.importer.busy
                    onPicked: value => root.importer.kind = value
                }
                Item {
                    Layout.fillWidth: true
                }

                Label {
                    text: qsTr("File")
                    font.pixelSize: Theme.fontNormal
                    color: Theme.textMuted
                }
                TextField {
                    objectName: "pathField"
                    Layout.columnSpan: 1
                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.searchWidth
                    implicitHeight: Theme.controlHeight
                    font.pixelSize: Theme.fontNormal
                    placeholderText: root.isArchive ? qsTr("Path of a .cvarchive file")
                                                    : qsTr("Path of a .csv or .xlsx file")
                    selectByMouse: true
                    enabled: !root.importer.busy
                    text: root.importer.filePath
                    onEditingFinished: root.importer.setFile(text.trim())
                }
                Button {
                    objectName: "browseButton"
                    text: qsTr("Choose…")
                    enabled: !root.importer.busy
                    onClicked: fileDialog.open()
                }

                Item {
                    implicitWidth: 1
                }
                RowLayout {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Button {
                        objectName: "checkButton"
                        text: root.isArchive ? qsTr("Preview") : qsTr("Check")
                        enabled: root.canRun
                        ToolTip.visible: hovered
                        ToolTip.text: root.isArchive ? qsTr("Read the archive and show what it would add, change or leave, and every conflict, without writing anything")
                                                     : qsTr("Read and check every row without writing anything")
                        onClicked: root.importer.check()
                    }
                    Button {
                        objectName: "importButton"
                        text: qsTr("Import")
                        highlighted: true
                        visible: !root.isArchive
                        enabled: root.canRun
                        onClicked: root.importer.run(false)
                    }
                    ProgressBar {
                        objectName: "progressBar"
                        Layout.fillWidth: true
                        visible: root.importer.busy
                        from: 0
                        to: 1
                        value: root.importer.progress
                    }
                    Item {
                        Layout.fillWidth: true
                        visible: !root.importer.busy
                    }
                }
            }
        }

        ArchivePreview {
            objectName: "archivePreview"
            Layout.fillWidth: true
            Layout.fillHeight: root.previewHasConflicts
            visible: root.hasPreview
            preview: root.preview
            onAccepted: root.importer.acceptArchive()
            onCanceled: root.importer.cancelArchive()
        }

        Label {
            objectName: "summaryLabel"
            Layout.fillWidth: true
            visible: root.importer.hasRun
            text: root.importer.summary
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontMedium
            font.bold: true
            color: root.importer.written || root.importer.issues.length === 0 ? Theme.info : Theme.error
        }

        Rectangle {
            objectName: "nothingWrittenBox"
            Layout.fillWidth: true
            visible: root.nothingWritten
            implicitHeight: nothingWrittenRow.implicitHeight + 2 * Theme.spacingM
            color: Theme.warningSurface
            border.color: Theme.warning
            border.width: Theme.borderWidth
            radius: Theme.radius

            RowLayout {
                id: nothingWrittenRow

                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingM

                Label {
                    objectName: "nothingWrittenText"
                    Layout.fillWidth: true
                    text: qsTr("Nothing was written: fix the file and import again, or import only the valid rows.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontNormal
                    color: Theme.text
                }
                Button {
                    objectName: "importValidButton"
                    text: qsTr("Import valid rows only")
                    enabled: root.canRun
                    onClicked: root.importer.run(true)
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.importer.issues.length > 0
            //: %n is the number of problems found in the file
            text: qsTr("%n problem(s) found:", "", root.importer.issues.length)
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: Theme.text
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.importer.issues.length > 0
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            radius: Theme.radius

            ListView {
                id: issueList

                objectName: "issueList"
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: root.importer.issues
                ScrollBar.vertical: ScrollBar {}

                delegate: IssueRow {
                    width: ListView.view.width
                }
            }
        }

        Item {
            Layout.fillHeight: true
            visible: root.importer.issues.length === 0 && !root.previewHasConflicts
        }
    }

    FileDialog {
        id: fileDialog

        title: qsTr("Choose a file to import")
        nameFilters: root.isArchive ? [qsTr("Records archives (*.cvarchive)"), qsTr("All files (*)")]
                                    : [qsTr("Spreadsheets (*.csv *.xlsx)"), qsTr("All files (*)")]
        onAccepted: root.importer.setFile(String(fileDialog.selectedFile))
    }
}
