// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The office at a glance on a date: people in service, commune-level staff, units; staff by unit
 * (a bar per unit, stacked by category; a click shows the unit's people) and by category.
 */
Item {
    id: root

    readonly property DashboardModel dashboard: AppController.dashboard
    readonly property bool empty: dashboard.totalStaff === 0

    /** Asks Main to show the people of a unit on the Staff page, in service on asOfDate. */
    signal showUnitStaff(unitCode: string, asOfDate: string)

    function share(count: int): string {
        return root.dashboard.totalStaff > 0
               ? (100 * count / root.dashboard.totalStaff).toLocaleString(Qt.locale(), "f", 1) + " %" : ""
    }

    Component.onCompleted: {
        if (root.dashboard.asOfDate === "")
            root.dashboard.asOfDate = AppController.today
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
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
            Layout.fillHeight: true
            visible: root.empty
            title: qsTr("No staff yet — import a staff file on the Import page")
            detail: qsTr("Or choose another date: no one was in service on this one.")
            actionText: qsTr("Go to Import")
            onActionTriggered: AppController.currentPage = "import"
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
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
    }
}
