// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The council's decision on one award for a person (staffCode) or the unit (staffCode ""): award, votes
 * for / against / abstaining, outcome, decision number and date, note. Enter in any field saves; the
 * service's field errors show under their fields. Nothing is checked here: ReviewService says.
 */
ColumnLayout {
    id: root

    required property ReviewController review
    /** The person decided on; "" = the unit (a collective award). */
    property string staffCode: ""
    /** [{value, text}] of the awards offered. */
    property var awardOptions: []
    property bool editable: true
    property string award: ""
    property string outcome: "approved"

    /** The stored decision on award ({} when none), as ReviewController.decisionOf gives it. */
    function stored(award: string): var {
        return root.review.decisionOf(root.staffCode, award)
    }

    /** Fills the fields with the stored decision on award, or empties them. */
    function load(award: string): void {
        root.award = award
        const d = root.stored(award)
        const has = d["award"] !== undefined
        root.outcome = has ? d["outcome"] : "approved"
        votesFor.text = has ? String(d["votes_for"]) : ""
        votesAgainst.text = has ? String(d["votes_against"]) : ""
        votesAbstain.text = has ? String(d["votes_abstain"]) : ""
        decisionNo.text = has ? d["decision_no"] : ""
        decisionDate.isoValue = has ? d["decision_date"] : ""
        decisionDate.text = decisionDate.fromIsoDate(decisionDate.isoValue)
        note.text = has ? d["note"] : ""
    }

    function save(): bool {
        if (!root.editable)
            return false
        return root.review.saveDecision({
            staff_code: root.staffCode,
            award: root.award,
            outcome: root.outcome,
            votes_for: votesFor.text,
            votes_against: votesAgainst.text,
            votes_abstain: votesAbstain.text,
            decision_no: decisionNo.text,
            decision_date: decisionDate.acceptable ? decisionDate.isoDate : decisionDate.text,
            note: note.text
        })
    }

    function focusFirst(): void {
        votesFor.forceActiveFocus()
    }

    spacing: Theme.spacingXs
    enabled: root.editable
    Keys.onReturnPressed: root.save()
    Keys.onEnterPressed: root.save()

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacingS
        rowSpacing: Theme.spacingXs

        Label { Layout.alignment: Qt.AlignTop | Qt.AlignLeft; topPadding: 6; text: qsTr("Award"); color: Theme.textMuted }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            OptionCombo {
                objectName: "decisionAwardCombo"
                Layout.fillWidth: true
                options: root.awardOptions
                value: root.award
                onPicked: value => root.load(value)
            }
            ReviewFieldError { errors: root.review.decisionErrors; key: "award" }
            ReviewFieldError { errors: root.review.decisionErrors; key: "staff_code" }
        }

        Label { Layout.alignment: Qt.AlignTop | Qt.AlignLeft; topPadding: 6; text: qsTr("Votes for"); color: Theme.textMuted }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            // A Flow, not a row: the labels are long in Vietnamese and the pane is narrow.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                TextField {
                    id: votesFor
                    objectName: "votesForField"
                    width: 56
                    inputMethodHints: Qt.ImhDigitsOnly
                    onAccepted: root.save()
                    KeyNavigation.tab: votesAgainst
                }
                Label { height: votesFor.height; verticalAlignment: Text.AlignVCenter; text: qsTr("against"); color: Theme.textMuted }
                TextField {
                    id: votesAgainst
                    objectName: "votesAgainstField"
                    width: 56
                    inputMethodHints: Qt.ImhDigitsOnly
                    onAccepted: root.save()
                    KeyNavigation.tab: votesAbstain
                }
                Label { height: votesFor.height; verticalAlignment: Text.AlignVCenter; text: qsTr("abstaining"); color: Theme.textMuted }
                TextField {
                    id: votesAbstain
                    objectName: "votesAbstainField"
                    width: 56
                    inputMethodHints: Qt.ImhDigitsOnly
                    onAccepted: root.save()
                }
            }
            ReviewFieldError { objectName: "votesForError"; errors: root.review.decisionErrors; key: "votes_for" }
            ReviewFieldError { errors: root.review.decisionErrors; key: "votes_against" }
            ReviewFieldError { errors: root.review.decisionErrors; key: "votes_abstain" }
        }

        Label { Layout.alignment: Qt.AlignTop | Qt.AlignLeft; topPadding: 6; text: qsTr("Outcome"); color: Theme.textMuted }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            OptionCombo {
                objectName: "decisionOutcomeCombo"
                Layout.fillWidth: true
                options: root.review.outcomeOptions
                value: root.outcome
                onPicked: value => root.outcome = value
            }
            ReviewFieldError { errors: root.review.decisionErrors; key: "outcome" }
        }

        Label { Layout.alignment: Qt.AlignTop | Qt.AlignLeft; topPadding: 6; text: qsTr("Decision No."); color: Theme.textMuted }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            TextField {
                id: decisionNo
                objectName: "decisionNoField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. 125/QĐ-UBND")
                onAccepted: root.save()
            }
            ReviewFieldError { errors: root.review.decisionErrors; key: "decision_no" }
        }

        Label { Layout.alignment: Qt.AlignTop | Qt.AlignLeft; topPadding: 6; text: qsTr("Decision date"); color: Theme.textMuted }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            DateField {
                id: decisionDate
                objectName: "decisionDateField"
                onAccepted: root.save()
            }
            ReviewFieldError { errors: root.review.decisionErrors; key: "decision_date" }
        }

        Label { Layout.alignment: Qt.AlignTop | Qt.AlignLeft; topPadding: 6; text: qsTr("Note"); color: Theme.textMuted }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            TextField {
                id: note
                objectName: "decisionNoteField"
                Layout.fillWidth: true
                placeholderText: qsTr("The council's reason, when it departs from the rules")
                onAccepted: root.save()
            }
            ReviewFieldError { objectName: "noteError"; errors: root.review.decisionErrors; key: "note" }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Item { Layout.fillWidth: true }
        Button {
            objectName: "removeDecisionButton"
            text: qsTr("Remove")
            visible: {
                root.review.summary // re-read after every reload
                return root.stored(root.award)["id"] !== undefined
            }
            onClicked: {
                const d = root.stored(root.award)
                if (d["id"] !== undefined && root.review.removeDecision(d["id"]))
                    root.load(root.award)
            }
        }
        Button {
            objectName: "saveDecisionButton"
            text: qsTr("Save decision")
            highlighted: true
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Enter")
            onClicked: root.save()
        }
    }
}
