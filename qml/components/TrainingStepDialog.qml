// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * A lifecycle step that needs facts: completing a course (certificate number and date; the person's
 * record is updated) or dropping it (the reason). The controller checks them; its field errors show
 * beside the fields and the dialog stays open. Enter confirms, Esc closes.
 */
Dialog {
    id: root

    required property TrainingController training
    /** "completed" or "dropped". */
    property string step: "completed"
    property real enrolmentId
    property string subject
    /** {field: message} of the last step (var: read by key). */
    readonly property var errors: root.training.enrolmentErrors

    /** Opens the dialog for enrolment id (subject: "name — course"). */
    function ask(stepCode: string, id: real, subjectText: string): void {
        root.training.clearEnrolmentErrors()
        root.step = stepCode
        root.enrolmentId = id
        root.subject = subjectText
        certificateField.text = ""
        dateField.isoValue = ""
        dateField.isoValue = root.training.today
        reasonField.text = ""
        root.open()
    }

    function confirm(): void {
        const ok = root.step === "completed"
                 ? root.training.complete(root.enrolmentId, certificateField.text, dateField.isoDate)
                 : root.training.drop(root.enrolmentId, reasonField.text)
        if (ok)
            root.close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    title: root.step === "completed" ? qsTr("Complete the course") : qsTr("Drop the course")
    onOpened: root.step === "completed" ? certificateField.forceActiveFocus() : reasonField.forceActiveFocus()

    GridLayout {
        anchors.fill: parent
        columns: 2
        rowSpacing: Theme.spacingS
        columnSpacing: Theme.spacingM

        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            text: root.subject
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontMedium
            color: Theme.text
        }

        Label {
            visible: root.step === "completed"
            text: qsTr("Certificate no.")
            color: Theme.textMuted
        }
        TextField {
            id: certificateField

            objectName: "certificateNoField"
            visible: root.step === "completed"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            implicitHeight: Theme.controlHeight
            selectByMouse: true
            Keys.onReturnPressed: root.confirm()
            Keys.onEnterPressed: root.confirm()
        }
        Item {
            implicitWidth: 1
            visible: certificateError.visible
        }
        Label {
            id: certificateError

            objectName: "certificateNoError"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            visible: root.step === "completed" && text !== ""
            text: root.errors.certificate_no ?? ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }

        Label {
            visible: root.step === "completed"
            text: qsTr("Certificate date")
            color: Theme.textMuted
        }
        DateField {
            id: dateField

            objectName: "certificateDateField"
            visible: root.step === "completed"
            Keys.onReturnPressed: root.confirm()
            Keys.onEnterPressed: root.confirm()
        }
        Item {
            implicitWidth: 1
            visible: dateError.visible
        }
        Label {
            id: dateError

            objectName: "certificateDateError"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            visible: root.step === "completed" && text !== ""
            text: root.errors.certificate_date ?? ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }

        Label {
            visible: root.step === "dropped"
            text: qsTr("Reason")
            color: Theme.textMuted
        }
        TextField {
            id: reasonField

            objectName: "dropReasonField"
            visible: root.step === "dropped"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            implicitHeight: Theme.controlHeight
            selectByMouse: true
            placeholderText: qsTr("Why the course is not continued")
            Keys.onReturnPressed: root.confirm()
            Keys.onEnterPressed: root.confirm()
        }
        Item {
            implicitWidth: 1
            visible: reasonError.visible
        }
        Label {
            id: reasonError

            objectName: "dropReasonError"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            visible: root.step === "dropped" && text !== ""
            text: root.errors.reason ?? ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }

        RowLayout {
            Layout.columnSpan: 2
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "stepOkButton"
                text: root.step === "completed" ? qsTr("Complete") : qsTr("Drop")
                highlighted: true
                onClicked: root.confirm()
            }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
