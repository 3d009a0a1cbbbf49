// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Records the unit's 25% exception to the cap on "excellent" for the year (a unit recognised as
 * outstanding: QĐ 366-QĐ/TW Art 11; ND 233/2026 Art 12 cl 6b): the decision and the reason.
 */
Dialog {
    id: root

    required property EvaluationController controller

    function record(): void {
        if (noField.text.trim() === "" || reasonField.text.trim() === "")
            return
        if (root.controller.recordCapException(noField.text, reasonField.text))
            root.close()
    }

    objectName: "exceptionDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    //: %1 unit name, %2 year
    title: qsTr("25% exception: %1, %2").arg(root.controller.unitName).arg(root.controller.year)
    onOpened: {
        noField.text = ""
        reasonField.text = ""
        noField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            text: qsTr("A unit recognised as outstanding may rate up to 25% of its HTTNV as excellent instead of 20%.")
        }

        TextField {
            id: noField

            objectName: "exceptionNoField"
            Layout.fillWidth: true
            implicitHeight: Theme.controlHeight
            placeholderText: qsTr("Decision no.")
            selectByMouse: true
            KeyNavigation.tab: reasonField
            Keys.onReturnPressed: reasonField.forceActiveFocus()
        }

        TextField {
            id: reasonField

            objectName: "exceptionReasonField"
            Layout.fillWidth: true
            implicitHeight: Theme.controlHeight
            placeholderText: qsTr("Reason (the unit's recognition)")
            selectByMouse: true
            Keys.onReturnPressed: root.record()
            Keys.onEnterPressed: root.record()
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                text: qsTr("Record")
                highlighted: true
                enabled: noField.text.trim() !== "" && reasonField.text.trim() !== ""
                onClicked: root.record()
            }
            Button {
                text: qsTr("Cancel")
                onClicked: root.close()
            }
        }
    }
}
