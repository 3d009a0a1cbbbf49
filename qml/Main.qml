// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The window: header with the database, left navigation (Ctrl+1…9, Settings Ctrl+0), the pages, and the one place
 * where AppController's errors and information appear (a banner at the bottom).
 */
ApplicationWindow {
    id: root

    /** Index of a page name in the StackLayout; unknown names show the dashboard. */
    function pageIndex(page: string): int {
        switch (page) {
        case "staff": return 1
        case "units": return 2
        case "evaluations": return 3
        case "discipline": return 4
        case "culture": return 5
        case "training": return 6
        case "review": return 7
        case "import": return 8
        case "settings": return 9
        case "audit": return 10
        }
        return 0
    }

    function showUnitStaff(unitCode: string, asOfDate: string): void {
        AppController.staff.showUnit(unitCode, asOfDate)
        staffPage.showList()
        AppController.currentPage = "staff"
    }

    objectName: "mainWindow"
    title: "CongVu"
    width: 1280
    height: 800
    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    color: Theme.window
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent

    header: Rectangle {
        implicitHeight: Theme.headerHeight
        color: Theme.accent

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            spacing: Theme.spacingM

            Label {
                text: "CongVu"
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.textOnAccent
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Registry of cadres, civil servants and public employees")
                font.pixelSize: Theme.fontNormal
                color: Theme.textOnAccentMuted
                elide: Text.ElideRight
            }

            Label {
                objectName: "sessionUserLabel"
                visible: AppController.sessionUser !== ""
                //: %1 is who is logged in and their role
                text: qsTr("User: %1").arg(AppController.sessionUser)
                font.pixelSize: Theme.fontSmall
                color: Theme.textOnAccent
            }

            Label {
                objectName: "databasePathLabel"
                Layout.maximumWidth: root.width / 2
                //: %1 is the path of the database file
                text: qsTr("Database: %1").arg(AppController.databasePath)
                font.pixelSize: Theme.fontSmall
                color: Theme.textOnAccentMuted
                elide: Text.ElideMiddle
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.navWidth
            color: Theme.navBackground

            Rectangle {
                anchors.right: parent.right
                width: Theme.borderWidth
                height: parent.height
                color: Theme.border
            }

            ColumnLayout {
                anchors.fill: parent
                anchors.topMargin: Theme.spacingM
                anchors.bottomMargin: Theme.spacingM
                anchors.rightMargin: Theme.borderWidth
                spacing: Theme.spacingXs

                NavButton {
                    objectName: "navDashboard"
                    Layout.fillWidth: true
                    page: "dashboard"
                    text: qsTr("Dashboard")
                    shortcutText: "Ctrl+1"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navStaff"
                    Layout.fillWidth: true
                    page: "staff"
                    text: qsTr("Staff")
                    shortcutText: "Ctrl+2"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navUnits"
                    Layout.fillWidth: true
                    page: "units"
                    text: qsTr("Units")
                    shortcutText: "Ctrl+3"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navEvaluations"
                    Layout.fillWidth: true
                    page: "evaluations"
                    text: qsTr("Evaluations")
                    shortcutText: "Ctrl+4"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navDiscipline"
                    Layout.fillWidth: true
                    page: "discipline"
                    text: qsTr("Discipline")
                    shortcutText: "Ctrl+5"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navCulture"
                    Layout.fillWidth: true
                    page: "culture"
                    text: qsTr("Culture")
                    shortcutText: "Ctrl+6"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navTraining"
                    Layout.fillWidth: true
                    page: "training"
                    text: qsTr("Training")
                    shortcutText: "Ctrl+7"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navReview"
                    Layout.fillWidth: true
                    page: "review"
                    //: the year-end emulation review (Vietnamese: "Bình xét thi đua")
                    text: qsTr("Review")
                    shortcutText: "Ctrl+8"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navImport"
                    Layout.fillWidth: true
                    page: "import"
                    text: qsTr("Import")
                    shortcutText: "Ctrl+9"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navSettings"
                    Layout.fillWidth: true
                    page: "settings"
                    text: qsTr("Settings")
                    shortcutText: "Ctrl+0"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }
                NavButton {
                    objectName: "navAudit"
                    Layout.fillWidth: true
                    page: "audit"
                    //: the change log (Vietnamese: "Nhật ký thay đổi")
                    text: qsTr("Audit trail", "navigation entry, short")
                    shortcutText: "Ctrl+L"
                    current: AppController.currentPage === page
                    onClicked: AppController.currentPage = page
                }

                Item {
                    Layout.fillHeight: true
                }

                Label {
                    Layout.fillWidth: true
                    leftPadding: Theme.spacingL
                    //: %1 is the program's version number
                    text: qsTr("Version %1").arg(AppController.version)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textFaint
                }
            }
        }

        StackLayout {
            id: pages

            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.pageIndex(AppController.currentPage)

            DashboardPage {
                objectName: "dashboardPage"
                onShowUnitStaff: (unitCode, asOfDate) => root.showUnitStaff(unitCode, asOfDate)
            }
            StaffPage {
                id: staffPage

                objectName: "staffPage"
            }
            UnitsPage {
                objectName: "unitsPage"
                onShowUnitStaff: (unitCode, asOfDate) => root.showUnitStaff(unitCode, asOfDate)
            }
            EvaluationsPage {
                objectName: "evaluationsPage"
            }
            DisciplinePage {
                objectName: "disciplinePage"
            }
            CulturePage {
                objectName: "culturePage"
            }
            TrainingPage {
                objectName: "trainingPage"
            }
            ReviewPage {
                objectName: "reviewPage"
            }
            ImportPage {
                objectName: "importPage"
            }
            SettingsPage {
                objectName: "settingsPage"
            }
            AuditPage {
                objectName: "auditPage"
            }
        }
    }

    MessageBanner {
        id: banner

        objectName: "messageBanner"
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingL
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(Theme.bannerMaxWidth, parent.width - 2 * Theme.spacingXl)
        z: 10
    }

    Connections {
        target: AppController

        function onErrorOccurred(message: string): void {
            banner.showError(message)
        }

        function onInfoMessage(message: string): void {
            banner.showInfo(message)
        }
    }

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: AppController.currentPage = "dashboard"
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: AppController.currentPage = "staff"
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: AppController.currentPage = "units"
    }
    Shortcut {
        sequence: "Ctrl+4"
        onActivated: AppController.currentPage = "evaluations"
    }
    Shortcut {
        sequence: "Ctrl+5"
        onActivated: AppController.currentPage = "discipline"
    }
    Shortcut {
        sequence: "Ctrl+6"
        onActivated: AppController.currentPage = "culture"
    }
    Shortcut {
        sequence: "Ctrl+7"
        onActivated: AppController.currentPage = "training"
    }
    Shortcut {
        sequence: "Ctrl+8"
        onActivated: AppController.currentPage = "review"
    }
    Shortcut {
        sequence: "Ctrl+9"
        onActivated: AppController.currentPage = "import"
    }
    Shortcut {
        sequence: "Ctrl+0"
        onActivated: AppController.currentPage = "settings"
    }
    Shortcut {
        sequence: "Ctrl+L"
        onActivated: AppController.currentPage = "audit"
    }
    Shortcut {
        sequence: "Ctrl+F"
        enabled: AppController.currentPage !== "evaluations" // that page searches its own grid
        onActivated: {
            AppController.currentPage = "staff"
            staffPage.focusSearch()
        }
    }
}
