// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Asks before the first export of personal data in a session (ND 13/2023/NĐ-CP on personal data
 * protection). An export button calls guard(what): proceed(what) follows at once when the user already
 * agreed this session (AppController.personalDataNoticeAccepted), else after they choose Export; what
 * tells the page which export to run (one notice serves all of a page's exports).
 */
Dialog {
    id: root

    /** The export asked for while the notice is open. */
    property string pending

    signal proceed(what: string)

    /** Runs the export what now, or after the notice has been accepted. */
    function guard(what: string): void {
        if (AppController.personalDataNoticeAccepted) {
            root.proceed(what)
        } else {
            root.pending = what
            root.open()
        }
    }

    objectName: "personalDataNotice"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.dialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.dialogWidth)
    modal: true
    padding: Theme.spacingL
    title: qsTr("Personal data")
    onOpened: cancelButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        Label {
            objectName: "noticeText"
            Layout.fillWidth: true
            text: qsTr("The file you are about to write holds personal data protected by Decree 13/2023/NĐ-CP on personal data protection. Keep it inside the office: save it only where unauthorised people cannot read it, do not send it over unprotected e-mail or chat, and delete it when it is no longer needed.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontMedium
            color: Theme.text
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("You will not be asked again until CongVu is restarted.")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }

        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacingS

            Button {
                objectName: "noticeExportButton"
                text: qsTr("Export", "@action:button personal data notice")
                highlighted: true
                onClicked: {
                    AppController.acceptPersonalDataNotice()
                    root.close()
                    root.proceed(root.pending)
                }
            }

            Button {
                id: cancelButton

                objectName: "noticeCancelButton"
                text: qsTr("Cancel")
                onClicked: root.reject()
            }
        }
    }
}
