// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The council's meeting of the unit and year (biên bản họp): date, place, chair, secretary, members
 * total and present, note. Enter saves; field errors show under their fields.
 */
ColumnLayout {
    id: root

    required property ReviewController review
    property bool editable: true
    /** The stored meeting (a map: read through var). */
    readonly property var stored: root.review.meeting

    /** Shows the stored meeting (after a reload). */
    function load(): void {
        const m = root.stored
        meetingDate.isoValue = m["meeting_date"] ?? ""
        meetingDate.text = meetingDate.fromIsoDate(meetingDate.isoValue)
        place.text = m["place"] ?? ""
        chair.text = m["chair"] ?? ""
        secretary.text = m["secretary"] ?? ""
        total.text = m["members_total"] !== undefined ? String(m["members_total"]) : ""
        present.text = m["members_present"] !== undefined ? String(m["members_present"]) : ""
        note.text = m["note"] ?? ""
        for (const field of [place, chair, secretary, note])
            field.cursorPosition = 0 // show the beginning of a long text
    }

    function save(): bool {
        if (!root.editable)
            return false
        return root.review.saveMeeting({
            meeting_date: meetingDate.acceptable ? meetingDate.isoDate : meetingDate.text,
            place: place.text,
            chair: chair.text,
            secretary: secretary.text,
            members_total: total.text,
            members_present: present.text,
            note: note.text
        })
    }

    spacing: Theme.spacingXs
    enabled: root.editable
    Keys.onReturnPressed: root.save()
    Keys.onEnterPressed: root.save()
    Component.onCompleted: root.load()

    Connections {
        target: root.review
        function onReviewChanged(): void {
            root.load()
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacingS
        rowSpacing: Theme.spacingXs

        Label { Layout.alignment: Qt.AlignTop | Qt.AlignLeft; topPadding: 6; text: qsTr("Meeting date"); color: Theme.textMuted }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            DateField {
                id: meetingDate
                objectName: "meetingDateField"
                onAccepted: root.save()
            }
            ReviewFieldError { errors: root.review.meetingErrors; key: "meeting_date" }
        }

        Label { text: qsTr("Place"); color: Theme.textMuted }
        TextField {
            id: place
            objectName: "meetingPlaceField"
            Layout.fillWidth: true
            onAccepted: root.save()
        }
        Label { text: qsTr("Chair"); color: Theme.textMuted }
        TextField {
            id: chair
            objectName: "meetingChairField"
            Layout.fillWidth: true
            onAccepted: root.save()
        }
        Label { text: qsTr("Secretary"); color: Theme.textMuted }
        TextField {
            id: secretary
            objectName: "meetingSecretaryField"
            Layout.fillWidth: true
            onAccepted: root.save()
        }
        Label { Layout.alignment: Qt.AlignTop | Qt.AlignLeft; topPadding: 6; text: qsTr("Members"); color: Theme.textMuted }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            RowLayout {
                spacing: Theme.spacingS
                TextField {
                    id: present
                    objectName: "membersPresentField"
                    implicitWidth: 56
                    inputMethodHints: Qt.ImhDigitsOnly
                    onAccepted: root.save()
                }
                //: members present "of" members of the council
                Label { text: qsTr("present of"); color: Theme.textMuted }
                TextField {
                    id: total
                    objectName: "membersTotalField"
                    implicitWidth: 56
                    inputMethodHints: Qt.ImhDigitsOnly
                    onAccepted: root.save()
                }
            }
            ReviewFieldError { objectName: "membersPresentError"; errors: root.review.meetingErrors; key: "members_present" }
            ReviewFieldError { errors: root.review.meetingErrors; key: "members_total" }
            ReviewFieldError { errors: root.review.meetingErrors; key: "unit_code" }
        }
        Label { text: qsTr("Note"); color: Theme.textMuted }
        TextField {
            id: note
            objectName: "meetingNoteField"
            Layout.fillWidth: true
            onAccepted: root.save()
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        Button {
            objectName: "saveMeetingButton"
            text: qsTr("Save meeting")
            highlighted: true
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Enter")
            onClicked: root.save()
        }
    }
}
