// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The plan editor (kế hoạch đào tạo, bồi dưỡng): a budget and a start date, "Propose" fills the list with
 * the enrolments that close the most gaps before the deadline within the budget; the manager removes rows
 * (Delete) or adds a person in a course, watches the total against the budget, reads why the other needs
 * were left out, and saves the plan (Ctrl+S, after a question).
 */
Item {
    id: root

    required property TrainingController training

    /** {field: message} of the last add or save (var: read by key). */
    readonly property var errors: root.training.planErrors

    function focusFirst(): void {
        if (list.count > 0)
            list.forceActiveFocus()
        else
            budgetField.forceActiveFocus()
    }

    /** Starts adding code in course (either may be ""): the keyboard goes to the course, then Enter adds. */
    function startAdd(code: string, course: string): void {
        personField.text = code
        personField.chosen = code
        courseCombo.value = course
        courseCombo.forceActiveFocus()
    }

    function focusList(): void {
        list.forceActiveFocus()
    }

    function budgetValue(text: string): real {
        const digits = text.replace(/[^0-9]/g, "")
        return digits === "" ? 0 : parseInt(digits)
    }

    function propose(): void {
        root.training.planBudget = root.budgetValue(budgetField.text)
        if (startField.acceptable && startField.isoDate !== "")
            root.training.planStart = startField.isoDate
        if (root.training.propose()) {
            list.currentIndex = list.count > 0 ? 0 : -1
            list.forceActiveFocus()
        }
    }

    function askSave(): void {
        if (list.count === 0) {
            root.training.savePlan() // reports that the plan is empty
            return
        }
        //: %n is the number of enrolments, %1 their cost, %2 the budget
        saveDialog.text = qsTr("Save the plan with %n enrolment(s) costing %1 VND of a budget of %2 VND? The enrolments are recorded as planned.", "",
                               list.count).arg(Number(root.training.plannedCost).toLocaleString(Qt.locale(), "f", 0))
                                          .arg(Number(root.training.planBudget).toLocaleString(Qt.locale(), "f", 0))
        saveDialog.open()
    }

    function removeCurrent(): void {
        const row = list.currentIndex
        if (row < 0)
            return
        root.training.removeProposed(row)
        if (list.count > 0)
            list.currentIndex = Math.min(row, list.count - 1)
    }

    function addRow(): void {
        if (root.training.addProposed(personField.code, courseCombo.value)) {
            personField.text = ""
            personField.chosen = ""
            list.currentIndex = list.count - 1
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            spacing: Theme.spacingS

            Label {
                text: qsTr("Budget (VND)")
                color: Theme.textMuted
            }
            TextField {
                id: budgetField

                objectName: "planBudgetField"
                Layout.preferredWidth: Theme.comboWidth
                implicitHeight: Theme.controlHeight
                selectByMouse: true
                inputMethodHints: Qt.ImhDigitsOnly
                text: Number(root.training.planBudget).toLocaleString(Qt.locale(), "f", 0)
                onEditingFinished: root.training.planBudget = root.budgetValue(text)
                Keys.onReturnPressed: root.propose()
                Keys.onEnterPressed: root.propose()
            }
            Label {
                text: qsTr("Start")
                color: Theme.textMuted
            }
            DateField {
                id: startField

                objectName: "planStartField"
                isoValue: root.training.planStart
                onDateEntered: isoDate => {
                    if (isoDate !== "")
                        root.training.planStart = isoDate
                }
                Keys.onReturnPressed: root.propose()
                Keys.onEnterPressed: root.propose()
            }
            TextField {
                objectName: "planTitleField"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                implicitHeight: Theme.controlHeight
                selectByMouse: true
                //: %1 is a year
                placeholderText: qsTr("Training plan %1").arg(root.training.year)
                text: root.training.planTitle
                onTextEdited: root.training.planTitle = text
            }
            Button {
                objectName: "proposeButton"
                text: qsTr("Propose")
                highlighted: list.count === 0
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Fill the plan with the enrolments that close the most gaps before the deadline within the budget")
                onClicked: root.propose()
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            visible: text !== ""
            text: root.errors.start_date ?? (root.errors.budget ?? (root.errors.enrolments ?? ""))
            objectName: "planError"
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            spacing: Theme.spacingS

            Label {
                text: qsTr("Add")
                color: Theme.textMuted
            }
            TrainingPersonPicker {
                id: personField

                objectName: "addPersonField"
                Layout.preferredWidth: Theme.searchWidth
                training: root.training
                onPicked: courseCombo.forceActiveFocus()
            }
            OptionCombo {
                id: courseCombo

                objectName: "addCourseCombo"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                emptyText: qsTr("Choose a course…")
                options: root.training.courseOptions
                onPicked: value => courseCombo.value = value
                Keys.onReturnPressed: root.addRow()
                Keys.onEnterPressed: root.addRow()
            }
            Button {
                objectName: "addRowButton"
                text: qsTr("Add to plan")
                onClicked: root.addRow()
            }
        }

        Label {
            objectName: "addError"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            visible: text !== ""
            text: [root.errors.staff_code ?? "", root.errors.course_code ?? ""]
                  .filter(t => t !== "").join(" · ")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            Layout.fillHeight: true
            Layout.preferredHeight: 2
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
                            Layout.preferredWidth: Theme.colPosition + Theme.colMark
                            header: true
                            text: qsTr("Name")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colUnit
                            header: true
                            text: qsTr("Unit")
                        }
                        Cell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            header: true
                            text: qsTr("Course · closes")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colDate * 2
                            header: true
                            text: qsTr("Start – end · deadline")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colLevel
                            horizontalAlignment: Text.AlignRight
                            header: true
                            text: qsTr("Cost (VND)")
                        }
                        Item {
                            Layout.preferredWidth: Theme.colLevel
                            Layout.rightMargin: Theme.spacingM
                        }
                    }
                }

                ListView {
                    id: list

                    objectName: "proposalList"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: root.training.proposal
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onDeletePressed: root.removeCurrent()

                    delegate: Rectangle {
                        id: proposedRow

                        required property int index
                        required property string staffCode
                        required property string fullName
                        required property string unitName
                        required property string courseName
                        required property string requirements
                        required property string startText
                        required property string endText
                        required property string deadlineText
                        required property string costText
                        required property bool serviceCommitment
                        required property string note
                        required property bool added

                        width: ListView.view.width
                        implicitHeight: Theme.rowHeight + Theme.spacingM
                        color: ListView.isCurrentItem && list.activeFocus ? Theme.selection
                                                                         : (proposedRow.index % 2 ? Theme.surfaceAlt : Theme.surface)

                        MouseArea {
                            anchors.fill: parent
                            onClicked: {
                                list.currentIndex = proposedRow.index
                                list.forceActiveFocus()
                            }
                        }

                        RowLayout {
                            anchors.fill: parent
                            spacing: Theme.spacingS

                            ColumnLayout {
                                Layout.leftMargin: Theme.spacingM
                                Layout.preferredWidth: Theme.colPosition + Theme.colMark
                                Layout.maximumWidth: Theme.colPosition + Theme.colMark
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: proposedRow.fullName
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontNormal
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    //: %1 is a staff code; shown when the row was added by hand
                                    text: proposedRow.added ? qsTr("%1 · added by hand").arg(proposedRow.staffCode)
                                                            : proposedRow.staffCode
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textFaint
                                }
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colUnit
                                text: proposedRow.unitName
                                muted: true
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                Layout.preferredWidth: Theme.colCode
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: proposedRow.courseName
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontNormal
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: proposedRow.serviceCommitment ? proposedRow.requirements + " · " + proposedRow.note
                                                                        : proposedRow.requirements
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: proposedRow.serviceCommitment ? Theme.warning : Theme.textMuted
                                }
                            }
                            ColumnLayout {
                                Layout.preferredWidth: Theme.colDate * 2
                                Layout.maximumWidth: Theme.colDate * 2
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    text: proposedRow.startText + " – " + proposedRow.endText
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontNormal
                                    color: Theme.textMuted
                                }
                                Label {
                                    Layout.fillWidth: true
                                    //: %1 is the date by which the person must meet the standard
                                    text: proposedRow.deadlineText === "" ? "" : qsTr("deadline %1").arg(proposedRow.deadlineText)
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textFaint
                                }
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colLevel
                                horizontalAlignment: Text.AlignRight
                                text: proposedRow.costText
                            }
                            Button {
                                objectName: "removeProposedButton"
                                Layout.preferredWidth: Theme.colLevel
                                Layout.rightMargin: Theme.spacingM
                                text: qsTr("Remove")
                                flat: true
                                focusPolicy: Qt.NoFocus
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Delete")
                                onClicked: root.training.removeProposed(proposedRow.index)
                            }
                        }
                    }
                }

                EmptyState {
                    objectName: "planEmptyState"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: list.count === 0
                    title: root.training.hasProposal ? qsTr("The plan has no enrolment left.")
                                                     : qsTr("No plan being edited.")
                    detail: qsTr("Type the budget and the start date, then Propose: the enrolments that close the most gaps before the deadline come first. Add or remove rows before saving.")
                    actionText: qsTr("Propose")
                    onActionTriggered: root.propose()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            spacing: Theme.spacingM

            Label {
                objectName: "planTotals"
                //: %1 is the cost of the plan against its budget
                text: qsTr("Total: %1").arg(root.training.totalsText)
                font.pixelSize: Theme.fontMedium
                font.bold: true
                color: root.training.overBudget ? Theme.error : Theme.text
            }
            Label {
                objectName: "planRemaining"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                text: root.training.overBudget
                      //: %1 is an amount of money in VND
                      ? qsTr("Over the budget by %1 VND").arg(Number(-root.training.remainingBudget).toLocaleString(Qt.locale(), "f", 0))
                      //: %1 is an amount of money in VND
                      : qsTr("Remaining: %1 VND").arg(Number(root.training.remainingBudget).toLocaleString(Qt.locale(), "f", 0))
                font.pixelSize: Theme.fontNormal
                color: root.training.overBudget ? Theme.error : Theme.textMuted
            }
            Button {
                objectName: "clearPlanButton"
                visible: root.training.hasProposal
                text: qsTr("Clear")
                onClicked: root.training.clearPlan()
            }
            Button {
                objectName: "savePlanButton"
                text: qsTr("Save plan")
                highlighted: list.count > 0
                enabled: list.count > 0
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+S")
                onClicked: root.askSave()
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            Layout.fillHeight: true
            Layout.preferredHeight: 1
            visible: root.training.unplanned.length > 0
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
                    color: Theme.warningSurface

                    Label {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingM
                        verticalAlignment: Text.AlignVCenter
                        //: %n is the number of needs the proposal left out
                        text: qsTr("%n need(s) not planned, and why", "", root.training.unplanned.length)
                        font.pixelSize: Theme.fontNormal
                        font.bold: true
                        color: Theme.warning
                    }
                }

                ListView {
                    objectName: "unplannedList"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    clip: true
                    model: root.training.unplanned
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}

                    delegate: RowLayout {
                        id: unplannedRow

                        required property int index
                        required property var modelData

                        width: ListView.view.width
                        height: Theme.rowHeight
                        spacing: Theme.spacingS

                        Cell {
                            Layout.leftMargin: Theme.spacingM
                            Layout.preferredWidth: Theme.colPosition + Theme.colMark
                            text: unplannedRow.modelData.fullName
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colUnit
                            text: unplannedRow.modelData.requirement
                            muted: true
                        }
                        Cell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            Layout.rightMargin: Theme.spacingM
                            text: unplannedRow.modelData.message
                            muted: true
                        }
                    }
                }
            }
        }
    }

    TrainingConfirmDialog {
        id: saveDialog

        objectName: "savePlanDialog"
        acceptFocused: true
        title: qsTr("Save the plan")
        acceptText: qsTr("Save plan")
        onAccepted: root.training.savePlan()
    }
}
