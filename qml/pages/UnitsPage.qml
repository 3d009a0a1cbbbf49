// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The units as a tree (province, town, communes and wards, agencies), with their validity and
 * what they were merged into; clicking a unit shows its people.
 */
Item {
    id: root

    readonly property UnitTreeModel units: AppController.units

    /** Asks Main to show the people of a unit on the Staff page ("" date: everyone ever recorded). */
    signal showUnitStaff(unitCode: string, asOfDate: string)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: qsTr("Units")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label {
                objectName: "unitCountLabel"
                Layout.fillWidth: true
                //: %n is the number of units, valid or not
                text: qsTr("%n unit(s)", "", root.units.count)
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
            }

            Label {
                text: qsTr("Grey: no longer valid today. Staff: people in service today recorded in the unit.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
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

                UnitHeader {
                    Layout.fillWidth: true
                }

                ListView {
                    id: list

                    objectName: "unitList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: root.units
                    reuseItems: true
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: list.currentItem?.clicked()
                    Keys.onEnterPressed: list.currentItem?.clicked()

                    delegate: UnitRow {
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        ToolTip.visible: hovered
                        ToolTip.delay: Theme.toolTipDelay
                        ToolTip.text: qsTr("Show the people of %1").arg(name)
                        onClicked: {
                            list.currentIndex = index
                            // A unit valid today: its people today, merged units' people included;
                            // an old unit: everyone ever recorded in it.
                            root.showUnitStaff(code, validToday ? AppController.today : "")
                        }
                    }
                }

                EmptyState {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    visible: list.count === 0
                    title: qsTr("No units yet — import a units file on the Import page")
                    actionText: qsTr("Go to Import")
                    onActionTriggered: AppController.currentPage = "import"
                }
            }
        }
    }
}
