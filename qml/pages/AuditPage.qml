// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The audit trail (nhật ký thay đổi; ND 13/2023): who changed what and when, filtered by person, unit,
 * user, kind, dates and words without diacritics, newest first; the selected change's record before
 * and after, field by field with the changed fields marked; the filtered rows exported as CSV after the
 * personal-data notice. Read only: nothing here edits or deletes the trail.
 */
Item {
    id: root

    readonly property AuditController audit: AppController.audit
    readonly property AuditLogModel entries: root.audit.entries

    function exportCsv(): void {
        csvDialog.selectedFile = root.audit.exportFileUrl()
        csvDialog.open()
    }

    onVisibleChanged: {
        if (root.visible)
            root.audit.reload()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                //: the page of the change log (Vietnamese: "Nhật ký thay đổi")
                text: qsTr("Audit trail")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.alignment: Qt.AlignBaseline
                Layout.fillWidth: true
                text: qsTr("Who changed what and when. Read only (ND 13/2023).")
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
                elide: Text.ElideRight
            }

            Button {
                objectName: "exportCsvButton"
                text: qsTr("Export to CSV")
                enabled: root.entries.totalCount > 0
                onClicked: notice.guard("csv")
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            TextField {
                objectName: "staffField"
                width: Theme.comboWidth / 2 + Theme.colCode
                implicitHeight: Theme.controlHeight
                font.pixelSize: Theme.fontNormal
                placeholderText: qsTr("Staff code")
                selectByMouse: true
                text: root.audit.staffCode
                Accessible.name: qsTr("Staff code")
                onEditingFinished: root.audit.staffCode = text.trim()
            }

            OptionCombo {
                objectName: "unitCombo"
                width: Theme.comboWidth
                emptyText: qsTr("All units")
                options: {
                    AppController.language // re-read the labels after a language change
                    return AppController.unitOptions("")
                }
                value: root.audit.unitCode
                Accessible.name: qsTr("Unit")
                onPicked: value => root.audit.unitCode = value
            }

            OptionCombo {
                objectName: "userCombo"
                width: Theme.colCategory + Theme.colCode
                emptyText: qsTr("All users")
                options: root.audit.userOptions
                value: root.audit.user
                Accessible.name: qsTr("User")
                onPicked: value => root.audit.user = value
            }

            OptionCombo {
                objectName: "entityCombo"
                width: Theme.colCategory + Theme.colCode
                emptyText: qsTr("All records")
                options: root.audit.entityOptions
                value: root.audit.entity
                Accessible.name: qsTr("Kind of record")
                onPicked: value => root.audit.entity = value
            }

            DateField {
                objectName: "fromField"
                width: Theme.dateFieldWidth
                isoValue: root.audit.fromDate
                placeholderText: qsTr("From")
                Accessible.name: qsTr("From date")
                onDateEntered: isoDate => root.audit.fromDate = isoDate
            }

            DateField {
                objectName: "toField"
                width: Theme.dateFieldWidth
                isoValue: root.audit.toDate
                placeholderText: qsTr("To")
                Accessible.name: qsTr("To date")
                onDateEntered: isoDate => root.audit.toDate = isoDate
            }

            TextField {
                id: searchField

                objectName: "searchField"
                width: Theme.searchWidth
                implicitHeight: Theme.controlHeight
                font.pixelSize: Theme.fontNormal
                placeholderText: qsTr("Search name, code, value")
                selectByMouse: true
                text: root.audit.text
                Accessible.name: qsTr("Search")
                onTextEdited: root.audit.text = text
            }

            Button {
                objectName: "clearFiltersButton"
                implicitHeight: Theme.controlHeight
                text: qsTr("Clear filters")
                enabled: root.audit.filtered
                onClicked: root.audit.clearFilters()
            }
        }

        Label {
            objectName: "filterError"
            Layout.fillWidth: true
            visible: text !== ""
            text: root.audit.errors.from ?? root.audit.errors.to ?? ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }

        Label {
            objectName: "countLabel"
            //: %n is the number of changes that match the filter
            text: qsTr("%n change(s)", "", root.entries.totalCount)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingM

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
                radius: Theme.radius
                clip: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.borderWidth
                    spacing: 0

                    AuditHeader {
                        Layout.fillWidth: true
                        visible: list.count > 0
                    }

                    ListView {
                        id: list

                        objectName: "auditList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: count > 0
                        clip: true
                        model: root.entries
                        boundsBehavior: Flickable.StopAtBounds
                        keyNavigationEnabled: false
                        highlightMoveDuration: 0
                        activeFocusOnTab: true
                        cacheBuffer: Theme.listCacheBuffer
                        ScrollBar.vertical: ScrollBar {}
                        Keys.onUpPressed: root.audit.select(Math.max(0, list.currentIndex - 1))
                        Keys.onDownPressed: root.audit.select(Math.min(list.count - 1, list.currentIndex + 1))

                        delegate: AuditRow {
                            width: ListView.view.width
                            highlighted: index === root.audit.selectedRow
                            onClicked: {
                                root.audit.select(index)
                                list.forceActiveFocus()
                            }
                        }
                    }

                    EmptyState {
                        objectName: "auditEmptyState"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        visible: list.count === 0
                        title: root.audit.filtered ? qsTr("No change matches the filter.")
                                                   : qsTr("Nothing has been changed yet.")
                        detail: root.audit.filtered ? "" : qsTr("Every change made in CongVu appears here.")
                        actionText: root.audit.filtered ? qsTr("Clear filters") : ""
                        onActionTriggered: root.audit.clearFilters()
                    }
                }
            }

            Rectangle {
                objectName: "detailPane"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                color: Theme.surface
                border.color: Theme.border
                border.width: Theme.borderWidth
                radius: Theme.radius
                clip: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.borderWidth
                    spacing: 0

                    Label {
                        objectName: "detailTitle"
                        Layout.fillWidth: true
                        Layout.margins: Theme.spacingM
                        text: root.audit.selectedRow < 0
                              ? qsTr("Select a change to see the record before and after.")
                              //: %1 action, %2 kind of record, %3 its key, %4 when, %5 who, e.g. "Changed: Person SG-0026, 27/11/2026 10:11, by app:lan"
                              : qsTr("%1: %2 %3, %4, by %5").arg(root.audit.selected.actionText)
                                    .arg(root.audit.selected.entityText).arg(root.audit.selected.entityKey)
                                    .arg(root.audit.selected.when).arg(root.audit.selected.actor)
                        wrapMode: Text.WordWrap
                        font.pixelSize: root.audit.selectedRow < 0 ? Theme.fontNormal : Theme.fontMedium
                        font.bold: root.audit.selectedRow >= 0
                        color: root.audit.selectedRow < 0 ? Theme.textMuted : Theme.text
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: Theme.rowHeight
                        visible: root.audit.selectedRow >= 0
                        color: Theme.headerRow

                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacingM
                            anchors.rightMargin: Theme.spacingM
                            spacing: Theme.spacingS

                            Cell {
                                Layout.preferredWidth: Theme.colCategory
                                header: true
                                text: qsTr("Field")
                            }
                            Cell {
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                header: true
                                text: qsTr("Before")
                            }
                            Cell {
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                header: true
                                text: qsTr("After")
                            }
                        }
                    }

                    ListView {
                        id: changeList

                        objectName: "changeList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: root.audit.changes
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}

                        delegate: AuditChangeRow {
                            width: ListView.view.width
                        }
                    }
                }
            }
        }
    }

    // The view resets its currentIndex with the model: follow the controller's selection instead of binding.
    Connections {
        target: root.audit

        function onSelectionChanged(): void {
            list.currentIndex = root.audit.selectedRow
        }
    }

    PersonalDataNoticeDialog {
        id: notice

        onProceed: root.exportCsv()
    }

    FileDialog {
        id: csvDialog

        objectName: "csvDialog"
        title: qsTr("Export the audit trail")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        onAccepted: root.audit.exportCsv(String(csvDialog.selectedFile))
    }
}
