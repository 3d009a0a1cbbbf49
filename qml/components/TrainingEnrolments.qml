// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The enrolments of the year: planned → enrolled → attending → completed (certificate number and date),
 * or dropped (with the reason); a planned one can be deleted. Enter takes the current row one step on,
 * Delete deletes a planned row (or drops one under way), both after a dialog where one is needed.
 */
Item {
    id: root

    required property TrainingController training

    signal planRequested()

    function focusList(): void {
        list.forceActiveFocus()
    }

    function subjectOf(row: var): string {
        //: %1 is a person's name, %2 a course
        return qsTr("%1 — %2").arg(row.fullName).arg(row.courseName)
    }

    /** The next step of the enrolment id: enrol, attend, or ask for the certificate. */
    function advance(id: real): void {
        const row = root.training.enrolments.get(id)
        if (row.canEnrol)
            root.training.enrol(id)
        else if (row.canAttend)
            root.training.attend(id)
        else if (row.canComplete)
            stepDialog.ask("completed", id, root.subjectOf(row))
    }

    function askDrop(id: real): void {
        stepDialog.ask("dropped", id, root.subjectOf(root.training.enrolments.get(id)))
    }

    function askRemove(id: real): void {
        const row = root.training.enrolments.get(id)
        removeDialog.subjectId = id
        //: %1 is a person and a course
        removeDialog.text = qsTr("Delete the planned enrolment %1?").arg(root.subjectOf(row))
        removeDialog.open()
    }

    function deleteCurrent(): void {
        const id = root.training.enrolments.idAt(list.currentIndex)
        if (id <= 0)
            return
        const row = root.training.enrolments.get(id)
        if (row.canRemove)
            root.askRemove(id)
        else if (row.canDrop)
            root.askDrop(id)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            spacing: Theme.spacingS

            Label {
                text: qsTr("Status")
                color: Theme.textMuted
            }
            OptionCombo {
                objectName: "enrolmentStatusCombo"
                Layout.preferredWidth: Theme.comboWidth
                emptyText: qsTr("All statuses")
                options: root.training.statusOptions
                value: root.training.enrolmentStatus
                onPicked: value => root.training.enrolmentStatus = value
            }
            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                horizontalAlignment: Text.AlignRight
                text: qsTr("Enter: next step · Delete: delete a planned enrolment or drop one under way")
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
                elide: Text.ElideRight
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
                            Layout.preferredWidth: Theme.colPosition + Theme.colMark
                            header: true
                            text: qsTr("Name")
                        }
                        Cell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            header: true
                            text: qsTr("Course")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colDate * 2
                            header: true
                            text: qsTr("Start – end · cost (VND)")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colLevel
                            header: true
                            text: qsTr("Status")
                        }
                        Item {
                            Layout.preferredWidth: Theme.colUnit + Theme.colLevel
                            Layout.rightMargin: Theme.spacingM
                        }
                    }
                }

                ListView {
                    id: list

                    objectName: "enrolmentList"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: root.training.enrolments
                    boundsBehavior: Flickable.StopAtBounds
                    keyNavigationEnabled: true
                    highlightMoveDuration: 0
                    activeFocusOnTab: true
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: root.advance(root.training.enrolments.idAt(list.currentIndex))
                    Keys.onEnterPressed: root.advance(root.training.enrolments.idAt(list.currentIndex))
                    Keys.onDeletePressed: root.deleteCurrent()

                    delegate: Rectangle {
                        id: enrolmentRow

                        required property int index
                        required property real enrolmentId
                        required property string staffCode
                        required property string fullName
                        required property string unitName
                        required property string courseName
                        required property string status
                        required property string statusLabel
                        required property string startText
                        required property string endText
                        required property string certificateNo
                        required property string certificateDateText
                        required property string costText
                        required property bool canEnrol
                        required property bool canAttend
                        required property bool canComplete
                        required property bool canDrop
                        required property bool canRemove

                        width: ListView.view.width
                        implicitHeight: Theme.rowHeight + Theme.spacingM
                        color: ListView.isCurrentItem && list.activeFocus ? Theme.selection
                                                                         : (enrolmentRow.index % 2 ? Theme.surfaceAlt : Theme.surface)

                        MouseArea {
                            anchors.fill: parent
                            onClicked: {
                                list.currentIndex = enrolmentRow.index
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
                                    text: enrolmentRow.fullName
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontNormal
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: enrolmentRow.unitName
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textFaint
                                }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                Layout.preferredWidth: Theme.colCode
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    text: enrolmentRow.courseName
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontNormal
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    visible: enrolmentRow.certificateNo !== ""
                                    //: %1 is a certificate number, %2 its date
                                    text: qsTr("Certificate %1 of %2").arg(enrolmentRow.certificateNo)
                                                                      .arg(enrolmentRow.certificateDateText)
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.met
                                }
                            }
                            ColumnLayout {
                                Layout.preferredWidth: Theme.colDate * 2
                                Layout.maximumWidth: Theme.colDate * 2
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    text: enrolmentRow.startText + " – " + enrolmentRow.endText
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontNormal
                                    color: Theme.textMuted
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: enrolmentRow.costText
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textFaint
                                }
                            }
                            Cell {
                                objectName: "enrolmentStatusCell"
                                Layout.preferredWidth: Theme.colLevel
                                text: enrolmentRow.statusLabel
                                color: enrolmentRow.status === "completed" ? Theme.met
                                       : enrolmentRow.status === "dropped" ? Theme.textFaint : Theme.text
                            }
                            RowLayout {
                                Layout.fillWidth: false
                                Layout.preferredWidth: Theme.colUnit + Theme.colLevel
                                Layout.rightMargin: Theme.spacingM
                                spacing: Theme.spacingXs

                                Item {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                }
                                Button {
                                    objectName: "enrolButton"
                                    visible: enrolmentRow.canEnrol
                                    text: qsTr("Enrol")
                                    flat: true
                                    focusPolicy: Qt.NoFocus
                                    onClicked: root.training.enrol(enrolmentRow.enrolmentId)
                                }
                                Button {
                                    objectName: "attendButton"
                                    visible: enrolmentRow.canAttend
                                    text: qsTr("Attending")
                                    flat: true
                                    focusPolicy: Qt.NoFocus
                                    onClicked: root.training.attend(enrolmentRow.enrolmentId)
                                }
                                Button {
                                    objectName: "completeButton"
                                    visible: enrolmentRow.canComplete
                                    text: qsTr("Complete…")
                                    flat: true
                                    focusPolicy: Qt.NoFocus
                                    onClicked: root.advance(enrolmentRow.enrolmentId)
                                }
                                Button {
                                    objectName: "dropButton"
                                    visible: enrolmentRow.canDrop
                                    text: qsTr("Drop…")
                                    flat: true
                                    focusPolicy: Qt.NoFocus
                                    onClicked: root.askDrop(enrolmentRow.enrolmentId)
                                }
                                Button {
                                    objectName: "removeEnrolmentButton"
                                    visible: enrolmentRow.canRemove
                                    text: qsTr("Delete")
                                    flat: true
                                    focusPolicy: Qt.NoFocus
                                    onClicked: root.askRemove(enrolmentRow.enrolmentId)
                                }
                            }
                        }
                    }
                }

                EmptyState {
                    objectName: "enrolmentsEmptyState"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: list.count === 0
                    //: %1 is a year
                    title: qsTr("No enrolment in %1.").arg(root.training.year)
                    detail: qsTr("Enrolments come from a saved plan: propose one on the Plan tab, edit it and save it.")
                    actionText: qsTr("Go to the plan")
                    onActionTriggered: root.planRequested()
                }
            }
        }
    }

    TrainingStepDialog {
        id: stepDialog

        objectName: "stepDialog"
        training: root.training
        onClosed: list.forceActiveFocus()
    }

    TrainingConfirmDialog {
        id: removeDialog

        objectName: "removeEnrolmentDialog"
        onAccepted: root.training.removeEnrolment(removeDialog.subjectId)
        onClosed: list.forceActiveFocus()
    }
}
