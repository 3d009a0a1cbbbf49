// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The staff registry: search, filters and the list (paged by the model itself); a person opens
 * on the same page (PersonPage) and Back returns to the list as it was.
 */
Item {
    id: root

    readonly property StaffListModel staff: AppController.staff
    readonly property bool anyFilter: root.staff.searchText !== "" || root.staff.unitFilter !== ""
                                      || root.staff.categoryFilter !== "" || root.staff.positionFilter !== ""
                                      || root.staff.asOfDate !== ""
    /** The person's page is shown instead of the list. */
    property bool showingPerson: false
    /** Commune titles of the chosen category; empty (position filter hidden) for other categories. */
    readonly property var positionChoices: {
        AppController.language // re-read the labels after a language change
        return AppController.positionOptions(root.staff.categoryFilter)
    }

    function focusSearch(): void {
        root.showList()
        searchField.forceActiveFocus()
        searchField.selectAll()
    }

    function showList(): void {
        if (!personPage.editing)
            root.showingPerson = false
    }

    function openPerson(code: string): void {
        if (code !== "" && personPage.open(code))
            root.showingPerson = true
    }

    function openCurrent(): void {
        root.openPerson(root.staff.codeAt(list.currentIndex))
    }

    function addPerson(): void {
        personPage.openNew(root.staff.unitFilter)
        root.showingPerson = true
    }

    function clearFilters(): void {
        root.staff.showUnit("", "")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        visible: !root.showingPerson
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: qsTr("Staff")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                objectName: "countLabel"
                Layout.alignment: Qt.AlignBaseline
                //: %n is the number of people the filters select
                text: qsTr("%n people", "", root.staff.totalCount)
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
            }

            Item {
                Layout.fillWidth: true
            }

            Button {
                objectName: "exportXlsxButton"
                text: qsTr("Export to Excel")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Everyone in the registry, in the columns the staff import reads (.xlsx)")
                onClicked: personalDataNotice.guard("xlsx")
            }

            Button {
                objectName: "addPersonButton"
                text: qsTr("Add person")
                highlighted: true
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+N")
                onClicked: root.addPerson()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            TextField {
                id: searchField

                objectName: "searchField"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.searchWidth
                Layout.minimumWidth: Theme.comboWidth
                implicitHeight: Theme.controlHeight
                font.pixelSize: Theme.fontNormal
                placeholderText: qsTr("Search by name or code — accents optional")
                selectByMouse: true
                text: root.staff.searchText
                onTextEdited: root.staff.searchText = text
                Keys.onDownPressed: {
                    list.forceActiveFocus()
                    list.incrementCurrentIndex()
                }
                Keys.onReturnPressed: root.openCurrent()
                Keys.onEnterPressed: root.openCurrent()
            }

            OptionCombo {
                objectName: "unitCombo"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.comboWidth
                Layout.minimumWidth: Theme.dateFieldWidth
                emptyText: qsTr("All units")
                options: {
                    AppController.language // re-read the labels after a language change
                    return AppController.unitOptions(root.staff.asOfDate)
                }
                value: root.staff.unitFilter
                onPicked: value => root.staff.unitFilter = value
            }

            OptionCombo {
                objectName: "categoryCombo"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.comboWidth
                Layout.minimumWidth: Theme.dateFieldWidth
                emptyText: qsTr("All categories")
                options: {
                    AppController.language // re-read the labels after a language change
                    return AppController.options("category")
                }
                value: root.staff.categoryFilter
                onPicked: value => {
                    root.staff.positionFilter = ""
                    root.staff.categoryFilter = value
                }
            }

            OptionCombo {
                objectName: "positionCombo"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.comboWidth
                Layout.minimumWidth: Theme.dateFieldWidth
                visible: root.positionChoices.length > 0
                emptyText: qsTr("All positions")
                options: root.positionChoices
                value: root.staff.positionFilter
                onPicked: value => root.staff.positionFilter = value
            }

            Label {
                text: qsTr("In service on")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }

            DateField {
                objectName: "asOfField"
                isoValue: root.staff.asOfDate
                placeholderText: qsTr("anyone")
                ToolTip.visible: hovered
                ToolTip.text: acceptable ? qsTr("Empty: everyone in the registry, in service or not")
                                         : qsTr("Type a date as YYYY-MM-DD or DD/MM/YYYY")
                onDateEntered: isoDate => root.staff.asOfDate = isoDate
            }

            Button {
                objectName: "clearFiltersButton"
                text: qsTr("Clear filters")
                flat: true
                enabled: root.anyFilter
                onClicked: root.clearFilters()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            radius: Theme.radius

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                spacing: 0

                StaffHeader {
                    Layout.fillWidth: true
                }

                ListView {
                    id: list

                    objectName: "staffList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: root.staff
                    reuseItems: true
                    cacheBuffer: Theme.listCacheBuffer
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: root.openCurrent()
                    Keys.onEnterPressed: root.openCurrent()
                    Keys.onUpPressed: {
                        if (list.currentIndex <= 0)
                            searchField.forceActiveFocus()
                        else
                            list.decrementCurrentIndex()
                    }

                    delegate: StaffRow {
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        onClicked: {
                            list.currentIndex = index
                            list.forceActiveFocus()
                        }
                        onDoubleClicked: root.openPerson(code)
                    }
                }

                EmptyState {
                    objectName: "staffEmptyState"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: list.count === 0
                    title: !root.anyFilter
                           ? qsTr("No staff yet — import a staff file on the Import page")
                           : root.staff.searchText !== ""
                             //: %1 is the text searched for
                             ? qsTr("No one matches “%1” with these filters.").arg(root.staff.searchText)
                             : qsTr("No one matches these filters.")
                    detail: root.anyFilter ? qsTr("Check the spelling, or clear the filters to see everyone.") : ""
                    actionText: root.anyFilter ? qsTr("Clear filters") : ""
                    onActionTriggered: root.clearFilters()
                }
            }
        }
    }

    PersonPage {
        id: personPage

        objectName: "personPage"
        anchors.fill: parent
        visible: root.showingPerson
        onClosed: {
            root.showingPerson = false
            list.forceActiveFocus()
        }
    }

    // Personal data (ND 13/2023): asked once a session before the first export.
    PersonalDataNoticeDialog {
        id: personalDataNotice

        onProceed: {
            staffXlsxDialog.selectedFile = AppController.staffExportFileUrl()
            staffXlsxDialog.open()
        }
    }

    FileDialog {
        id: staffXlsxDialog

        objectName: "staffXlsxDialog"
        title: qsTr("Export the staff to Excel")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "xlsx"
        nameFilters: [qsTr("Excel workbooks (*.xlsx)")]
        onAccepted: AppController.exportStaffXlsx(String(staffXlsxDialog.selectedFile))
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: root.visible && !personPage.editing
        onActivated: root.addPerson()
    }
}
