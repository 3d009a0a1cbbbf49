// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Asks before a title standard changes: what changes, from which date (today unless the user
 * types another) and what that means for reports, as StandardsController words it. Confirming
 * writes the change; the dialog stays open when it is refused (the error shows in the banner).
 */
Dialog {
    id: root

    property StandardsController controller
    property int standardId
    property int requirementIndex
    /** true: the change switches the requirement on or off; false: it sets a minimum level. */
    property bool changesEnabled
    property bool newEnabled
    property string newMinimum
    /** What changes, in words (built by the section). */
    property string changeText
    readonly property string summary: root.controller && root.standardId > 0
                                      ? root.controller.changeSummary(root.standardId, dateField.isoDate) : ""
    readonly property bool canApply: root.controller !== null && root.standardId > 0
                                     && root.controller.canChange(root.standardId, dateField.isoDate)

    function ask(standardId: int, requirementIndex: int, changesEnabled: bool, newEnabled: bool,
                 newMinimum: string, changeText: string): void {
        root.standardId = standardId
        root.requirementIndex = requirementIndex
        root.changesEnabled = changesEnabled
        root.newEnabled = newEnabled
        root.newMinimum = newMinimum
        root.changeText = changeText
        dateField.text = dateField.fromIsoDate(root.controller ? root.controller.today : "")
        root.open()
    }

    function apply(): void {
        const ok = root.changesEnabled
                 ? root.controller.setRequirementEnabled(root.standardId, root.requirementIndex, root.newEnabled,
                                                         dateField.isoDate)
                 : root.controller.setMinimum(root.standardId, root.requirementIndex, root.newMinimum,
                                              dateField.isoDate)
        if (ok)
            root.accept()
    }

    objectName: "standardChangeDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    title: qsTr("Change a title standard")
    onOpened: cancelButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Label {
            objectName: "changeText"
            Layout.fillWidth: true
            text: root.changeText
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontMedium
            color: Theme.text
        }

        RowLayout {
            spacing: Theme.spacingS

            Label {
                text: qsTr("Takes effect on")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }

            DateField {
                id: dateField

                objectName: "effectiveDate"
                isoValue: root.controller ? root.controller.today : ""
            }
        }

        Label {
            objectName: "changeSummary"
            Layout.fillWidth: true
            text: root.summary
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: root.canApply ? Theme.text : Theme.error
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "confirmChangeButton"
                text: qsTr("Change the standard")
                enabled: root.canApply
                onClicked: root.apply()
            }

            Button {
                id: cancelButton

                objectName: "cancelChangeButton"
                text: qsTr("Cancel")
                onClicked: root.reject()
            }
        }
    }
}
