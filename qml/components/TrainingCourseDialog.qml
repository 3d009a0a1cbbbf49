// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/** Edits what the office sets on a course (provider, cost, offered or retired); field errors show beside the fields. */
Dialog {
    id: root

    required property TrainingController training
    property string code
    /** {field: message} of the last save (var: read by key). */
    readonly property var errors: root.training.courseErrors

    /** Opens the dialog on course ({code, name, provider, cost, active}). */
    function openCourse(course: var): void {
        root.training.clearCourseErrors()
        root.code = course.code
        nameLabel.text = course.name
        providerField.text = course.provider
        costField.text = String(course.cost)
        activeBox.checked = course.active
        root.open()
    }

    function save(): void {
        const ok = root.training.saveCourse({
            code: root.code,
            provider: providerField.text,
            cost: costField.text,
            active: activeBox.checked
        })
        if (ok)
            root.close()
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth + Theme.colUnit, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    title: qsTr("Edit course")
    onOpened: costField.forceActiveFocus()

    GridLayout {
        anchors.fill: parent
        columns: 2
        rowSpacing: Theme.spacingS
        columnSpacing: Theme.spacingM

        Label {
            text: qsTr("Course")
            color: Theme.textMuted
        }
        Label {
            id: nameLabel

            objectName: "courseNameLabel"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            wrapMode: Text.WordWrap
            color: Theme.text
        }

        Label {
            text: qsTr("Provider")
            color: Theme.textMuted
        }
        TextField {
            id: providerField

            objectName: "courseProviderField"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            selectByMouse: true
            Keys.onReturnPressed: root.save()
            Keys.onEnterPressed: root.save()
        }
        Item {
            implicitWidth: 1
            visible: providerError.visible
        }
        Label {
            id: providerError

            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            visible: text !== ""
            text: root.errors.provider ?? ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }

        Label {
            text: qsTr("Cost per person (VND)")
            color: Theme.textMuted
        }
        TextField {
            id: costField

            objectName: "courseCostField"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            selectByMouse: true
            inputMethodHints: Qt.ImhDigitsOnly
            Keys.onReturnPressed: root.save()
            Keys.onEnterPressed: root.save()
        }
        Item {
            implicitWidth: 1
            visible: costError.visible
        }
        Label {
            id: costError

            objectName: "courseCostError"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            visible: text !== ""
            text: root.errors.cost ?? ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.error
        }

        Item {
            implicitWidth: 1
        }
        CheckBox {
            id: activeBox

            objectName: "courseActiveBox"
            text: qsTr("Offered (a retired course is not proposed)")
        }

        RowLayout {
            Layout.columnSpan: 2
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "saveCourseButton"
                text: qsTr("Save")
                highlighted: true
                onClicked: root.save()
            }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
