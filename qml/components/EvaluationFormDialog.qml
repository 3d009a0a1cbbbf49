// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The written parts of the selected person's evaluation form (phiếu đánh giá, ND 90/2020 Mẫu 01–03):
 * the five criteria groups, the three leader items (leaders only), strengths and weaknesses with the
 * self level, the collective's and the manager's comments. Ctrl+S or "Save" stores them.
 */
Dialog {
    id: root

    required property EvaluationController controller
    /** [{key, title, leader}] of the form's fields, in the form's order. */
    readonly property var fields: [
        { key: "politics", title: qsTr("1. Political ideology"), leader: false },
        { key: "ethics", title: qsTr("2. Ethics and lifestyle"), leader: false },
        { key: "workStyle", title: qsTr("3. Working style and manner"), leader: false },
        { key: "discipline", title: qsTr("4. Sense of organisation and discipline"), leader: false },
        { key: "taskResults", title: qsTr("5. Results of the duties assigned"), leader: false },
        { key: "leaderUnitResults", title: qsTr("Results of the unit led or managed"), leader: true },
        { key: "leaderCapacity", title: qsTr("Leadership and management capacity"), leader: true },
        { key: "leaderUnity", title: qsTr("Capacity to gather and unite people"), leader: true },
        { key: "strengths", title: qsTr("Strengths"), leader: false },
        { key: "weaknesses", title: qsTr("Weaknesses and shortcomings"), leader: false },
        { key: "collectiveComments", title: qsTr("Comments of the unit's collective"), leader: false },
        { key: "managerComments", title: qsTr("Comments of the direct manager"), leader: false }
    ]
    property var values: ({})
    property string selfLevel

    function openForm(): void {
        const v = {}
        for (let i = 0; i < root.fields.length; ++i)
            v[root.fields[i].key] = root.controller.form[root.fields[i].key] ?? ""
        root.values = v
        root.selfLevel = root.controller.selected.selfLevel ?? ""
        root.open()
    }

    function save(): void {
        if (root.controller.saveForm(root.values, root.selfLevel))
            root.close()
    }

    objectName: "formDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 2 * Theme.spacingXl, 2 * Theme.dialogWidth) : 2 * Theme.dialogWidth
    height: parent ? parent.height - 2 * Theme.spacingXl : 600
    modal: true
    padding: Theme.spacingL
    //: %1 full name, %2 year
    title: qsTr("Evaluation form of %1, %2").arg(root.controller.selected.fullName ?? "").arg(root.controller.year)

    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.visible
        onActivated: root.save()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        EditConflictBanner {
            objectName: "formConflict"
            Layout.fillWidth: true
            message: root.controller.conflict
            onReloadRequested: {
                root.controller.reload()
                root.openForm()
            }
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: availableWidth

            ColumnLayout {
                width: parent.width
                spacing: Theme.spacingS

                Repeater {
                    model: root.fields

                    delegate: ColumnLayout {
                        id: fieldBox

                        required property var modelData
                        required property int index

                        Layout.fillWidth: true
                        visible: !fieldBox.modelData.leader || root.controller.selected.leader === true
                        spacing: Theme.spacingXs

                        Label {
                            text: fieldBox.modelData.title
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                            color: Theme.text
                        }
                        TextArea {
                            objectName: "formField_" + fieldBox.modelData.key
                            Layout.fillWidth: true
                            Layout.preferredHeight: Theme.personRowHeight
                            wrapMode: TextEdit.Wrap
                            font.pixelSize: Theme.fontNormal
                            selectByMouse: true
                            text: root.values[fieldBox.modelData.key] ?? ""
                            background: Rectangle {
                                color: Theme.surface
                                border.color: parent.activeFocus ? Theme.accent : Theme.border
                                border.width: Theme.borderWidth
                                radius: Theme.radius
                            }
                            KeyNavigation.priority: KeyNavigation.BeforeItem
                            Keys.onTabPressed: event => {
                                nextItemInFocusChain(true).forceActiveFocus()
                                event.accepted = true
                            }
                            onTextChanged: root.values[fieldBox.modelData.key] = text
                        }
                    }
                }

                RowLayout {
                    spacing: Theme.spacingM

                    Label {
                        text: qsTr("Self level")
                        font.pixelSize: Theme.fontNormal
                        font.bold: true
                    }
                    OptionCombo {
                        objectName: "formSelfLevel"
                        Layout.preferredWidth: Theme.searchWidth
                        emptyText: qsTr("—")
                        options: root.controller.levelOptions
                        value: root.selfLevel
                        onPicked: value => root.selfLevel = value
                    }
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "saveFormButton"
                text: qsTr("Save")
                highlighted: true
                enabled: !(root.controller.selected.locked ?? false)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Ctrl+S")
                onClicked: root.save()
            }
            Button {
                text: qsTr("Close")
                onClicked: root.close()
            }
        }
    }
}
