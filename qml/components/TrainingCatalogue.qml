// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The course catalogue (ND 101/2017 Art. 17 as amended, ND 171/2025): kind, name, provider, duration,
 * cost and what completion grants. Costs and providers are examples the office edits (Enter or Edit);
 * a course is retired rather than deleted.
 */
Item {
    id: root

    required property TrainingController training

    function focusList(): void {
        list.forceActiveFocus()
    }

    function editCurrent(): void {
        if (list.currentIndex >= 0 && list.currentIndex < list.count)
            courseDialog.openCourse(root.training.catalogue[list.currentIndex])
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: qsTr("Providers and costs are examples: edit them to the office's prices. A retired course is no longer proposed but stays in the enrolments that used it.")
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            radius: Theme.radius

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                spacing: 0

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    implicitHeight: Theme.rowHeight
                    color: Theme.headerRow

                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        Cell {
                            Layout.leftMargin: Theme.spacingM
                            Layout.preferredWidth: Theme.colCategory
                            header: true
                            text: qsTr("Kind")
                        }
                        Cell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            header: true
                            text: qsTr("Course")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colUnit
                            header: true
                            text: qsTr("Provider")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colLevel
                            header: true
                            text: qsTr("Duration")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colLevel
                            horizontalAlignment: Text.AlignRight
                            header: true
                            text: qsTr("Cost (VND)")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colUnit
                            header: true
                            text: qsTr("Grants")
                        }
                        Item {
                            Layout.preferredWidth: Theme.colUnit
                            Layout.rightMargin: Theme.spacingM
                        }
                    }
                }

                ListView {
                    id: list

                    objectName: "catalogueList"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: root.training.catalogue
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: root.editCurrent()
                    Keys.onEnterPressed: root.editCurrent()

                    delegate: Rectangle {
                        id: courseRow

                        required property int index
                        required property var modelData

                        width: ListView.view.width
                        implicitHeight: Theme.rowHeight + Theme.spacingS
                        color: ListView.isCurrentItem && list.activeFocus ? Theme.selection
                                                                         : (courseRow.index % 2 ? Theme.surfaceAlt : Theme.surface)

                        MouseArea {
                            anchors.fill: parent
                            onClicked: {
                                list.currentIndex = courseRow.index
                                list.forceActiveFocus()
                            }
                            onDoubleClicked: courseDialog.openCourse(courseRow.modelData)
                        }

                        RowLayout {
                            anchors.fill: parent
                            spacing: Theme.spacingS
                            opacity: courseRow.modelData.active ? 1 : 0.6

                            Cell {
                                Layout.leftMargin: Theme.spacingM
                                Layout.preferredWidth: Theme.colCategory
                                text: courseRow.modelData.kindLabel
                                muted: true
                            }
                            Cell {
                                Layout.fillWidth: true
                                Layout.preferredWidth: Theme.colCode
                                text: courseRow.modelData.active ? courseRow.modelData.name
                                                                 //: %1 is the course's name
                                                                 : qsTr("%1 (retired)").arg(courseRow.modelData.name)
                                font.strikeout: !courseRow.modelData.active
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colUnit
                                text: courseRow.modelData.provider
                                muted: true
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colLevel
                                text: courseRow.modelData.durationText
                                muted: true
                            }
                            Cell {
                                objectName: "courseCostCell"
                                Layout.preferredWidth: Theme.colLevel
                                horizontalAlignment: Text.AlignRight
                                text: courseRow.modelData.costText
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colUnit
                                text: courseRow.modelData.grantsText
                                muted: true
                            }
                            RowLayout {
                                Layout.fillWidth: false
                                Layout.preferredWidth: Theme.colUnit
                                Layout.rightMargin: Theme.spacingM
                                spacing: Theme.spacingXs

                                Item {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                }
                                Button {
                                    objectName: "editCourseButton"
                                    text: qsTr("Edit")
                                    flat: true
                                    onClicked: courseDialog.openCourse(courseRow.modelData)
                                }
                                Button {
                                    objectName: "retireCourseButton"
                                    text: courseRow.modelData.active ? qsTr("Retire") : qsTr("Restore")
                                    flat: true
                                    onClicked: root.training.setCourseActive(courseRow.modelData.code,
                                                                             !courseRow.modelData.active)
                                }
                            }
                        }
                    }
                }

                EmptyState {
                    objectName: "catalogueEmptyState"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: list.count === 0
                    title: qsTr("The course catalogue is empty.")
                    detail: qsTr("The catalogue is shipped with the program and filled in when the database is created.")
                }
            }
        }
    }

    TrainingCourseDialog {
        id: courseDialog

        objectName: "courseDialog"
        training: root.training
    }
}
