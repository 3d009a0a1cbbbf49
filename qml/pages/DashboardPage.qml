// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The office at a glance on a date: people in service, commune-level staff, units; the
 * commune-level qualification rate (QualificationPanel: a click on a figure lists the people
 * behind it, and a person opens here); staff by unit (a bar per unit, stacked by category; a
 * click shows the unit's people) and by category; the discipline target and the evaluation levels
 * per unit of a year. The page scrolls when the window is small.
 */
Item {
    id: root

    readonly property DashboardModel dashboard: AppController.dashboard
    readonly property QualificationModel qualification: AppController.qualification
    readonly property bool empty: dashboard.totalStaff === 0
    /** A person opened from the people list is shown instead of the dashboard. */
    property bool showingPerson: false

    /** Asks Main to show the people of a unit on the Staff page, in service on asOfDate. */
    signal showUnitStaff(unitCode: string, asOfDate: string)

    function share(count: int): string {
        return root.dashboard.totalStaff > 0
               ? (100 * count / root.dashboard.totalStaff).toLocaleString(Qt.locale(), "f", 1) + " %" : ""
    }

    function number(n: int): string {
        return n.toLocaleString(Qt.locale(), "f", 0)
    }

    function displayDate(isoDate: string): string {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
        return m ? m[3] + "/" + m[2] + "/" + m[1] : isoDate
    }

    /** Lists the counted people of a commune. */
    function showUnitPeople(unitCode: string, unitName: string): void {
        const n = root.qualification.showPeople(unitCode, false)
        let qualified = 0
        for (const u of root.qualification.byUnit) {
            if (u.code === unitCode)
                qualified = u.qualified
        }
        peopleDialog.heading = unitName
        //: %1 qualified people, %2 counted people, %3 the date (DD/MM/YYYY)
        peopleDialog.detail = qsTr("%1 of %2 people meet the standard of their title on %3.")
                              .arg(root.number(qualified)).arg(root.number(n)).arg(root.displayDate(root.qualification.asOfDate))
        peopleDialog.open()
    }

    /** Lists everyone counted who does not meet their standard yet. */
    function showStillToQualify(): void {
        const n = root.qualification.showPeople("", true)
        peopleDialog.heading = qsTr("%Ln people still to qualify", "", n)
        peopleDialog.detail = root.qualification.deadline !== ""
                              //: %1 is the legal deadline, DD/MM/YYYY
                              ? qsTr("Each must meet the standard of their title before %1 (ND 33/2023 deadline).").arg(root.qualification.deadline)
                              : ""
        peopleDialog.open()
    }

    /** Lists the people who miss one requirement. */
    function showGapPeople(key: string, label: string): void {
        const n = root.qualification.showPeopleMissing(key)
        //: %1 is a requirement, e.g. "Political theory"
        peopleDialog.heading = qsTr("Missing: %1").arg(label)
        //: %1 is the date, DD/MM/YYYY
        peopleDialog.detail = qsTr("%Ln people do not meet this requirement on %1.", "", n)
                              .arg(root.displayDate(root.qualification.asOfDate))
        peopleDialog.open()
    }

    function openPerson(code: string): void {
        if (code === "" || !personPage.open(code))
            return
        peopleDialog.close()
        root.showingPerson = true
    }

    Component.onCompleted: {
        if (root.dashboard.asOfDate === "")
            root.dashboard.asOfDate = AppController.today
    }

    // The qualification figures are those of the date the page shows.
    Binding {
        target: root.qualification
        property: "asOfDate"
        value: root.dashboard.asOfDate
    }

    ScrollView {
        id: scroll

        objectName: "dashboardScroll"
        anchors.fill: parent
        visible: !root.showingPerson
        contentWidth: availableWidth
        contentHeight: content.implicitHeight + 2 * Theme.spacingXl
        clip: true

        ColumnLayout {
            id: content

            x: Theme.spacingXl
            y: Theme.spacingXl
            width: scroll.availableWidth - 2 * Theme.spacingXl
            spacing: Theme.spacingL

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Dashboard")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }

                Label {
                    text: qsTr("In service on")
                    font.pixelSize: Theme.fontNormal
                    color: Theme.textMuted
                }

                DateField {
                    objectName: "dashboardDateField"
                    isoValue: root.dashboard.asOfDate
                    onDateEntered: isoDate => root.dashboard.asOfDate = isoDate !== "" ? isoDate : AppController.today
                }

                Button {
                    text: qsTr("Today")
                    flat: true
                    enabled: root.dashboard.asOfDate !== AppController.today
                    onClicked: root.dashboard.asOfDate = AppController.today
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingL

                StatCard {
                    objectName: "totalCard"
                    Layout.fillWidth: true
                    title: qsTr("Staff in service")
                    value: root.dashboard.totalStaff
                    caption: qsTr("every category, every unit")
                }

                StatCard {
                    objectName: "communeCard"
                    Layout.fillWidth: true
                    title: qsTr("Commune-level staff")
                    value: root.dashboard.communeStaff
                    caption: qsTr("in communes, wards and towns")
                }

                StatCard {
                    objectName: "unitCard"
                    Layout.fillWidth: true
                    title: qsTr("Units")
                    value: root.dashboard.unitCount
                    caption: qsTr("valid on this date")
                }
            }

            EmptyState {
                objectName: "dashboardEmptyState"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.emptyStateHeight
                visible: root.empty
                title: qsTr("No staff yet — import a staff file on the Import page")
                detail: qsTr("Or choose another date: no one was in service on this one.")
                actionText: qsTr("Go to Import")
                onActionTriggered: AppController.currentPage = "import"
            }

            QualificationPanel {
                objectName: "qualificationPanel"
                Layout.fillWidth: true
                visible: !root.empty
                qualification: root.qualification
                onUnitRequested: (code, name) => root.showUnitPeople(code, name)
                onStillToQualifyRequested: root.showStillToQualify()
                onGapRequested: (key, label) => root.showGapPeople(key, label)
                onPersonRequested: code => root.openPerson(code)
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(categoryCard.implicitHeight, Theme.headcountMinHeight)
                visible: !root.empty
                spacing: Theme.spacingL

                SectionCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    title: qsTr("Staff by unit")

                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM

                        Repeater {
                            model: root.dashboard.byCategory

                            RowLayout {
                                id: legendItem

                                required property var modelData

                                visible: modelData.count > 0
                                spacing: Theme.spacingXs

                                Rectangle {
                                    implicitWidth: Theme.legendSwatch
                                    implicitHeight: Theme.legendSwatch
                                    color: Theme.categoryColor(legendItem.modelData.category)
                                }

                                Label {
                                    text: legendItem.modelData.label
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                }
                            }
                        }
                    }

                    ListView {
                        id: bars

                        objectName: "unitBars"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        boundsBehavior: Flickable.StopAtBounds
                        model: root.dashboard.byUnit
                        ScrollBar.vertical: ScrollBar {}

                        delegate: UnitBar {
                            width: ListView.view.width
                            categories: root.dashboard.byCategory
                            maxTotal: root.dashboard.maxUnitTotal
                            onClicked: root.showUnitStaff(unitCode, root.dashboard.asOfDate)
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Click a unit to see its people.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textFaint
                    }
                }

                SectionCard {
                    id: categoryCard

                    Layout.preferredWidth: Theme.categoryTableWidth
                    Layout.fillHeight: true
                    title: qsTr("By category")

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: false
                        Layout.preferredHeight: Theme.rowHeight
                        spacing: Theme.spacingS

                        Cell {
                            Layout.fillWidth: true
                            header: true
                            text: qsTr("Category")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colCategoryCount
                            header: true
                            horizontalAlignment: Text.AlignRight
                            text: qsTr("People")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colCategoryShare
                            header: true
                            horizontalAlignment: Text.AlignRight
                            text: qsTr("Share")
                        }
                    }

                    Repeater {
                        objectName: "categoryRows"
                        model: root.dashboard.byCategory

                        RowLayout {
                            id: categoryRow

                            required property var modelData

                            Layout.fillWidth: true
                            Layout.fillHeight: false
                            Layout.preferredHeight: Theme.rowHeight
                            spacing: Theme.spacingS

                            Rectangle {
                                implicitWidth: Theme.legendSwatch
                                implicitHeight: Theme.legendSwatch
                                color: Theme.categoryColor(categoryRow.modelData.category)
                            }
                            Cell {
                                Layout.fillWidth: true
                                text: categoryRow.modelData.label
                                muted: categoryRow.modelData.count === 0
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colCategoryCount
                                horizontalAlignment: Text.AlignRight
                                text: categoryRow.modelData.count
                                muted: categoryRow.modelData.count === 0
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colCategoryShare
                                horizontalAlignment: Text.AlignRight
                                text: root.share(categoryRow.modelData.count)
                                muted: true
                            }
                        }
                    }

                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: Theme.borderWidth
                        color: Theme.border
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: false
                        Layout.preferredHeight: Theme.rowHeight
                        spacing: Theme.spacingS

                        Cell {
                            Layout.fillWidth: true
                            font.bold: true
                            text: qsTr("Total")
                        }
                        Cell {
                            objectName: "categoryTotal"
                            Layout.preferredWidth: Theme.colCategoryCount
                            horizontalAlignment: Text.AlignRight
                            font.bold: true
                            text: root.dashboard.totalStaff
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colCategoryShare
                        }
                    }

                    Item {
                        Layout.fillHeight: true
                    }
                }
            }

            DisciplineDashboardPanel {
                objectName: "disciplinePanel"
                Layout.fillWidth: true
                visible: !root.empty
                year: parseInt(root.dashboard.asOfDate.substring(0, 4)) || new Date().getFullYear()
            }

            EvaluationDashboardPanel {
                objectName: "evaluationPanel"
                Layout.fillWidth: true
                visible: !root.empty
                dashboard: root.dashboard
            }
        }
    }

    QualificationPeopleDialog {
        id: peopleDialog

        objectName: "qualificationPeopleDialog"
        people: root.qualification.people
        onPersonChosen: code => root.openPerson(code)
    }

    PersonPage {
        id: personPage

        objectName: "dashboardPersonPage"
        anchors.fill: parent
        visible: root.showingPerson
        onClosed: {
            root.showingPerson = false
            peopleDialog.open() // back to the list the person was chosen from
        }
    }
}
