// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The training needs of today: people who miss part of their title's standard (ND 33/2023), each need
 * with what is on record and the course that closes it. Filter by title, kind or a name typed without
 * diacritics; the unit is the page's.
 */
Item {
    id: root

    required property TrainingController training

    /** Enter on a person: plan them (the plan editor opens with the person and the course that closes their first need). */
    signal planRequested(code: string, course: string)

    /** The commune titles (cadres, then civil servants) as [{value, text}]. */
    function titleOptions(): var {
        const out = []
        for (const category of ["cb_xa", "cc_xa"]) {
            const titles = AppController.positionOptions(category)
            for (let i = 0; i < titles.length; ++i)
                out.push(titles[i])
        }
        return out
    }

    function planCurrent(): void {
        const needs = root.training.needs
        if (list.currentIndex >= 0 && list.currentIndex < list.count)
            root.planRequested(needs.codeAt(list.currentIndex), needs.firstCourseAt(list.currentIndex))
    }

    function focusList(): void {
        if (list.count > 0)
            list.forceActiveFocus()
        else
            searchField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            spacing: Theme.spacingS

            TextField {
                id: searchField

                objectName: "needsSearchField"
                Layout.preferredWidth: Theme.searchWidth
                implicitHeight: Theme.controlHeight
                placeholderText: qsTr("Search name or code (diacritics optional)")
                selectByMouse: true
                text: root.training.needsSearch
                onTextEdited: root.training.needsSearch = text
                Keys.onDownPressed: list.forceActiveFocus()
            }
            OptionCombo {
                objectName: "needsPositionCombo"
                Layout.preferredWidth: Theme.comboWidth
                emptyText: qsTr("All titles")
                options: {
                    AppController.language // re-read the labels after a language change
                    return root.titleOptions()
                }
                value: root.training.needsPosition
                onPicked: value => root.training.needsPosition = value
            }
            OptionCombo {
                objectName: "needsKindCombo"
                Layout.preferredWidth: Theme.comboWidth
                emptyText: qsTr("All kinds")
                options: root.training.kindOptions
                value: root.training.needsKind
                onPicked: value => root.training.needsKind = value
            }
            Label {
                objectName: "needsSummary"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                //: %1 is a number of needs, %2 a number of people, %3 the needs no course closes
                text: qsTr("%1 needs of %2 people · %3 no course closes")
                      .arg(root.training.needCount).arg(root.training.needs.count).arg(root.training.unclosableCount)
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
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
                            Layout.preferredWidth: Theme.colPosition + Theme.colCode
                            header: true
                            text: qsTr("Name")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colUnit
                            header: true
                            text: qsTr("Unit · title")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colDate
                            header: true
                            text: qsTr("Deadline")
                        }
                        Cell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            Layout.rightMargin: Theme.spacingM
                            header: true
                            text: qsTr("Needs → course that closes it")
                        }
                    }
                }

                ListView {
                    id: list

                    objectName: "needsList"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: root.training.needs
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    activeFocusOnTab: true
                    cacheBuffer: Theme.listCacheBuffer
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: root.planCurrent()
                    Keys.onEnterPressed: root.planCurrent()

                    delegate: Rectangle {
                        id: needRow

                        required property int index
                        required property string code
                        required property string fullName
                        required property string unitName
                        required property string position
                        required property string deadlineText
                        required property var needs
                        required property int unclosable
                        required property string firstCourse

                        width: ListView.view.width
                        implicitHeight: Math.max(Theme.rowHeight, needLines.implicitHeight + Theme.spacingS * 2)
                        color: ListView.isCurrentItem && list.activeFocus ? Theme.selection
                                                                         : (needRow.index % 2 ? Theme.surfaceAlt : Theme.surface)

                        MouseArea {
                            anchors.fill: parent
                            onClicked: {
                                list.currentIndex = needRow.index
                                list.forceActiveFocus()
                            }
                            onDoubleClicked: root.planRequested(needRow.code, needRow.firstCourse)
                        }

                        RowLayout {
                            anchors.fill: parent
                            spacing: Theme.spacingS

                            ColumnLayout {
                                Layout.leftMargin: Theme.spacingM
                                Layout.preferredWidth: Theme.colPosition + Theme.colCode
                                Layout.maximumWidth: Theme.colPosition + Theme.colCode
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: needRow.fullName
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontNormal
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: needRow.code
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textFaint
                                }
                            }
                            ColumnLayout {
                                Layout.preferredWidth: Theme.colUnit
                                Layout.maximumWidth: Theme.colUnit
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: needRow.unitName
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontNormal
                                    color: Theme.textMuted
                                }
                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: needRow.position
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textFaint
                                }
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colDate
                                text: needRow.deadlineText
                                muted: true
                            }
                            Column {
                                id: needLines

                                Layout.fillWidth: true
                                Layout.preferredWidth: Theme.colCode
                                Layout.rightMargin: Theme.spacingM
                                Layout.alignment: Qt.AlignVCenter

                                Repeater {
                                    model: needRow.needs

                                    Label {
                                        required property string modelData

                                        width: needLines.width
                                        text: modelData
                                        wrapMode: Text.WordWrap
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.text
                                    }
                                }
                            }
                        }
                    }
                }

                EmptyState {
                    objectName: "needsEmptyState"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: list.count === 0
                    title: root.training.needsSearch !== "" || root.training.needsPosition !== ""
                           || root.training.needsKind !== ""
                           ? qsTr("Nobody matches these filters.")
                           : qsTr("No training need.")
                    detail: qsTr("Needs come from the gaps to the title standards of commune cadres and civil servants (ND 33/2023): everyone in scope meets their standard, or nobody of the commune level is recorded yet.")
                }
            }
        }
    }
}
