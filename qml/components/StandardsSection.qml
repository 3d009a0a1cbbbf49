// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Settings, "Title standards": the commune titles on the left; on the right the standard of the
 * chosen title in force today (legal basis, period, deadline) and its requirements, each of
 * which can be enforced or not, or given another minimum level, from a date the user confirms.
 * Also the province's difficult-area rule. Everything is read and written through the
 * StandardsController; no rule is decided here.
 */
SectionCard {
    id: root

    /** AppController.standards; the section is empty without it. */
    property StandardsController controller
    property int currentIndex: 0
    /** StandardsController.titles (var: a QVariantList). */
    readonly property var titles: root.controller ? root.controller.titles : []
    readonly property var current: root.currentIndex >= 0 && root.currentIndex < root.titles.length
                                   ? root.titles[root.currentIndex] : null

    function levelText(requirement: var, code: string): string {
        for (let i = 0; i < requirement.levels.length; ++i) {
            if (requirement.levels[i].value === code)
                return requirement.levels[i].text
        }
        return code
    }

    function askEnabled(requirement: var, on: bool): void {
        const text = on
                   //: %1 is a requirement (e.g. "Political theory"), %2 a commune title
                   ? qsTr("Enforce “%1” for %2.").arg(requirement.label).arg(root.current.title)
                   //: %1 is a requirement (e.g. "Political theory"), %2 a commune title
                   : qsTr("Stop enforcing “%1” for %2.").arg(requirement.label).arg(root.current.title)
        changeDialog.ask(root.current.standardId, requirement.index, true, on, "", text)
    }

    function askMinimum(requirement: var, minimum: string): void {
        //: %1 is a requirement, %2 a commune title, %3 and %4 levels (e.g. "University")
        const text = qsTr("“%1” for %2: %3 or higher instead of %4 or higher.")
                     .arg(requirement.label).arg(root.current.title)
                     .arg(root.levelText(requirement, minimum)).arg(root.levelText(requirement, requirement.minimum))
        changeDialog.ask(root.current.standardId, requirement.index, false, true, minimum, text)
    }

    title: qsTr("Title standards")

    Label {
        objectName: "standardsIntro"
        Layout.fillWidth: true
        //: %1 is today's date, DD/MM/YYYY
        text: qsTr("The standard of each commune title in force on %1, with its legal basis. A change takes effect from the date you choose; reports for earlier dates keep the standard of their date.").arg(root.controller ? root.controller.todayText : "")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Switch {
            objectName: "difficultAreaSwitch"
            enabled: root.controller !== null
            // The stored setting is shown; a click writes the other value.
            checkable: false
            checked: root.controller ? root.controller.difficultAreaRule : false
            text: qsTr("Lower professional level in difficult areas")
            font.pixelSize: Theme.fontNormal
            onClicked: root.controller.setDifficultAreaRule(!root.controller.difficultAreaRule)
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Province setting: in units marked as difficult areas, the lower level a standard names is enough. It has no date: reports on every date use it.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textFaint
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 4 * Theme.rowHeight
        spacing: Theme.spacingM

        ListView {
            id: titleList

            objectName: "standardTitleList"
            Layout.preferredWidth: Theme.formFieldWidth
            Layout.fillHeight: true
            clip: true
            // The selection is root.currentIndex: a new titles list (after a change) keeps it.
            model: root.titles
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: titleDelegate

                required property var modelData
                required property int index

                objectName: "standardTitle_" + titleDelegate.modelData.position
                width: titleList.width
                highlighted: titleDelegate.index === root.currentIndex
                padding: Theme.spacingS
                focusPolicy: Qt.NoFocus
                Accessible.name: titleDelegate.modelData.title
                onClicked: root.currentIndex = titleDelegate.index

                background: Rectangle {
                    color: titleDelegate.highlighted ? Theme.selection
                                                     : (titleDelegate.hovered ? Theme.hover : Theme.surface)

                    Rectangle {
                        anchors.bottom: parent.bottom
                        width: parent.width
                        height: Theme.borderWidth
                        color: Theme.divider
                    }
                }

                contentItem: ColumnLayout {
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        text: titleDelegate.modelData.title
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontNormal
                        font.bold: titleDelegate.highlighted
                        color: Theme.text
                    }

                    Label {
                        Layout.fillWidth: true
                        text: !titleDelegate.modelData.hasStandard ? qsTr("No standard in force")
                              : !titleDelegate.modelData.counted ? qsTr("Nothing enforced: not counted")
                              : titleDelegate.modelData.basis
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: titleDelegate.modelData.counted ? Theme.textFaint : Theme.warning
                    }
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.borderWidth
            color: Theme.border
        }

        ScrollView {
            id: detail

            objectName: "standardDetail"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: detail.availableWidth
                spacing: Theme.spacingS

                Label {
                    objectName: "standardTitle"
                    Layout.fillWidth: true
                    text: root.current ? root.current.title : ""
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontMedium
                    font.bold: true
                    color: Theme.text
                }

                Label {
                    objectName: "standardBasis"
                    Layout.fillWidth: true
                    text: !root.current ? ""
                          : root.current.hasStandard ? root.current.basis : qsTr("No standard in force today.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontNormal
                    color: Theme.text
                }

                Label {
                    objectName: "standardPeriod"
                    Layout.fillWidth: true
                    visible: root.current !== null && root.current.hasStandard
                    //: %1 is a period, e.g. "from 01/08/2023" or "25/12/2019 – 31/07/2023"
                    text: root.current && root.current.hasStandard ? qsTr("In force: %1").arg(root.current.period) : ""
                    font.pixelSize: Theme.fontNormal
                    color: Theme.textMuted
                }

                Label {
                    objectName: "standardDeadline"
                    Layout.fillWidth: true
                    visible: root.current !== null && root.current.hasStandard && root.current.deadlineText !== ""
                    //: %1 is a date, DD/MM/YYYY
                    text: root.current && root.current.hasStandard
                          ? qsTr("Staff must meet it by %1").arg(root.current.deadlineText) : ""
                    font.pixelSize: Theme.fontNormal
                    color: Theme.textMuted
                }

                Label {
                    objectName: "standardNote"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: root.current && root.current.hasStandard ? root.current.note : ""
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    font.italic: true
                    color: Theme.textMuted
                }

                Label {
                    objectName: "notCounted"
                    Layout.fillWidth: true
                    visible: root.current !== null && root.current.hasStandard && !root.current.counted
                    text: qsTr("No requirement is enforced: people with this title are listed in reports, not counted.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontNormal
                    color: Theme.warning
                }

                Repeater {
                    model: root.current ? root.current.requirements : []

                    delegate: StandardRequirementRow {
                        required property var modelData

                        Layout.fillWidth: true
                        objectName: "requirement_" + modelData.key
                        requirement: modelData
                        onEnableRequested: on => root.askEnabled(modelData, on)
                        onMinimumRequested: minimum => root.askMinimum(modelData, minimum)
                    }
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    visible: root.current !== null
                    text: qsTr("Every period of this title")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.textMuted
                }

                Repeater {
                    objectName: "standardHistory"
                    model: root.current ? root.current.history : []

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        text: modelData
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textFaint
                    }
                }
            }
        }
    }

    StandardChangeDialog {
        id: changeDialog

        controller: root.controller
    }
}
