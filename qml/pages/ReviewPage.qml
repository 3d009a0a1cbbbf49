// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The year-end emulation review (bình xét thi đua, khen thưởng; LEGAL-RULES.md §6) of one unit: the rules'
 * summary, the people with the verdict and its reasons (refused in red, warnings in amber, the legal basis
 * in the detail pane), the council's decision per person, the meeting, the collective title, the discipline
 * to note, the minutes and the decision list in PDF, and closing or reopening the year. Every verdict comes
 * from ReviewController (ReviewService): nothing is decided here. Up and Down walk the list, Enter in the
 * decision saves it.
 */
Item {
    id: root

    readonly property ReviewController review: AppController.review
    /** The unit's summary and the year's field errors (maps: read through var). */
    readonly property var summary: root.review.summary
    readonly property var yearErrors: root.review.yearErrors
    readonly property bool editable: !root.review.closed && root.review.state === "ok"
    /** The person shown in the detail pane ("" = none). */
    property string selectedCode: ""
    readonly property var selected: {
        root.summary // re-read after every reload
        const row = root.review.people.rowOfCode(root.selectedCode)
        return row >= 0 ? root.review.people.get(row) : ({})
    }

    function select(row: int): void {
        peopleList.currentIndex = row
        root.selectedCode = row >= 0 ? root.review.people.codeAt(row) : ""
        const first = root.review.awardOptions.length > 0 ? root.review.awardOptions[0].value : ""
        decisionForm.load(root.selected.cstdcsEligible ? "chien_si_thi_dua_co_so" : first)
    }

    function kindColor(kind: string): color {
        return kind === "not_met" ? Theme.notMet : kind === "warning" ? Theme.warning : Theme.met
    }

    function kindMark(kind: string): string {
        return kind === "not_met" ? Theme.markNotMet : kind === "warning" ? "!" : Theme.markMet
    }

    /** Reads the review on the first showing and puts the first person in the detail pane. */
    function showPage(): void {
        root.review.ensureLoaded()
        if (root.review.people.rowOfCode(root.selectedCode) < 0 && root.review.people.count > 0)
            root.select(0)
        peopleList.forceActiveFocus()
    }

    onVisibleChanged: {
        if (root.visible)
            root.showPage()
    }
    Component.onCompleted: {
        if (root.visible)
            root.showPage()
    }

    Connections {
        target: root.review
        // Another year, unit or a write: the forms show what is stored now.
        function onReviewChanged(): void {
            const row = root.review.people.rowOfCode(root.selectedCode)
            if (row < 0 && root.review.people.count > 0) {
                root.select(0)
            } else {
                peopleList.currentIndex = row
                decisionForm.load(decisionForm.award)
            }
            collectiveForm.load(collectiveForm.award)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Label {
                text: qsTr("Review")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                Layout.alignment: Qt.AlignBaseline
                Layout.fillWidth: true
                text: qsTr("The year-end emulation review and the council's decisions")
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("Year")
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            SpinBox {
                objectName: "reviewYearSpin"
                implicitHeight: Theme.controlHeight
                from: 2015
                to: 2100
                editable: true
                value: root.review.year
                textFromValue: (value, locale) => value.toString()
                valueFromText: (text, locale) => parseInt(text)
                onValueModified: root.review.year = value
            }
            OptionCombo {
                objectName: "reviewUnitCombo"
                visible: root.review.unitOptions.length > 0
                Layout.preferredWidth: Theme.searchWidth
                Layout.minimumWidth: Theme.comboWidth
                options: root.review.unitOptions
                value: root.review.unitCode
                onPicked: value => root.review.unitCode = value
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: root.review.state === "ok"

            Button {
                objectName: "exportMinutesButton"
                text: qsTr("Minutes (PDF)")
                onClicked: personalDataNotice.guard("minutes")
            }
            Button {
                objectName: "exportDecisionListButton"
                text: qsTr("Decision list (PDF)")
                onClicked: personalDataNotice.guard("decisions")
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "closeYearButton"
                visible: !root.review.closed
                //: close the year's books (Vietnamese: "Khóa sổ năm %1")
                text: qsTr("Close year %1").arg(root.review.year)
                onClicked: closeDialog.open()
            }
            Button {
                objectName: "reopenYearButton"
                visible: root.review.closed
                text: qsTr("Reopen year %1").arg(root.review.year)
                onClicked: {
                    reasonField.text = ""
                    root.review.clearErrors()
                    reopenDialog.open()
                }
            }
        }

        Rectangle {
            objectName: "closedBanner"
            Layout.fillWidth: true
            visible: root.review.closed
            implicitHeight: closedLabel.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radius
            color: Theme.warningSurface
            border.color: Theme.warning
            Label {
                id: closedLabel
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                text: root.review.closureText + " " + qsTr("Nothing of the year can be changed until it is reopened.")
                color: Theme.warning
                wrapMode: Text.WordWrap
            }
        }

        EmptyState {
            objectName: "reviewEmptyState"
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.review.state === "empty" || root.review.state === "error"
            title: root.review.state === "error" ? qsTr("The review could not be read")
                                                 : qsTr("Nobody is evaluated in %1").arg(root.review.year)
            detail: root.review.state === "error"
                    ? root.review.errorText
                    : qsTr("The review starts from the year's final evaluations: record them on the Evaluations page, or pick another year.")
        }

        // The unit's summary.
        Rectangle {
            objectName: "reviewSummary"
            Layout.fillWidth: true
            visible: root.review.state === "ok"
            implicitHeight: summaryColumn.implicitHeight + 2 * Theme.spacingM
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border

            ColumnLayout {
                id: summaryColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                spacing: Theme.spacingXs

                Label {
                    Layout.fillWidth: true
                    //: %1 unit, %2 rated, %3 advanced workers, %4 emulation fighters
                    text: qsTr("%1 — rated: <b>%2</b> · advanced workers: <b>%3</b> · grassroots emulation fighters: <b>%4</b>")
                          .arg(root.summary["unitName"] ?? "").arg(root.summary["rated"] ?? 0)
                          .arg(root.summary["ldtt"] ?? 0).arg(root.summary["cstdcs"] ?? 0)
                    textFormat: Text.StyledText
                    font.pixelSize: Theme.fontMedium
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "collectiveLabel"
                    Layout.fillWidth: true
                    text: (root.summary["collectiveMet"] ? Theme.markMet + " " : Theme.markNotMet + " ")
                          + qsTr("Collective advanced worker title (members' condition): %1")
                            .arg(root.summary["collectiveText"] ?? "")
                    color: root.summary["collectiveMet"] ? Theme.met : Theme.notMet
                    wrapMode: Text.WordWrap
                }
                Repeater {
                    model: root.summary["collectiveReasons"] ?? []
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        visible: modelData.kind !== "met"
                        leftPadding: Theme.spacingL
                        text: modelData.message + (modelData.citation ? " (" + modelData.citation + ")" : "")
                        color: root.kindColor(modelData.kind)
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: root.summary["capText"] ?? ""
                    color: Theme.warning
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.review.state === "ok"
            spacing: Theme.spacingM

            // The people with the verdict.
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.borderWidth
                    spacing: 0

                    Rectangle {
                        Layout.fillWidth: true
                        height: Theme.rowHeight
                        color: Theme.headerRow
                        RowLayout {
                            anchors.fill: parent
                            anchors.leftMargin: Theme.spacingM
                            anchors.rightMargin: Theme.spacingM
                            spacing: Theme.spacingS
                            Label { Layout.preferredWidth: 210; text: qsTr("Full name"); font.bold: true }
                            Label { Layout.fillWidth: true; text: qsTr("Level · council's decision"); font.bold: true; elide: Text.ElideRight }
                            //: abbreviation of Lao động tiên tiến (advanced worker); kept in Vietnamese
                            Label { Layout.preferredWidth: 56; text: qsTr("LĐTT"); font.bold: true; horizontalAlignment: Text.AlignHCenter }
                            //: abbreviation of Chiến sĩ thi đua cơ sở (grassroots emulation fighter); kept in Vietnamese
                            Label { Layout.preferredWidth: 64; text: qsTr("CSTĐCS"); font.bold: true; horizontalAlignment: Text.AlignHCenter }
                        }
                    }

                    ListView {
                        id: peopleList

                        objectName: "reviewPeopleList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        focus: true
                        model: root.review.people
                        currentIndex: -1
                        keyNavigationEnabled: true
                        boundsBehavior: Flickable.StopAtBounds
                        ScrollBar.vertical: ScrollBar {}
                        onCurrentIndexChanged: {
                            if (currentIndex >= 0 && root.review.people.codeAt(currentIndex) !== root.selectedCode)
                                root.select(currentIndex)
                        }
                        Keys.onReturnPressed: decisionForm.focusFirst()

                        delegate: Rectangle {
                            id: personRow

                            required property int index
                            required property string staffCode
                            required property string fullName
                            required property string position
                            required property string levelText
                            required property bool ldttEligible
                            required property bool cstdcsEligible
                            required property string severity
                            required property string decisionText
                            required property var reasons

                            width: ListView.view.width
                            height: Theme.rowHeight + Theme.spacingS
                            color: severity === "not_met" ? Theme.notMetSurface
                                   : severity === "warning" ? Theme.warningSurface : Theme.surface

                            MouseArea {
                                id: rowMouse
                                anchors.fill: parent
                                hoverEnabled: true
                                onClicked: {
                                    root.select(personRow.index)
                                    peopleList.forceActiveFocus()
                                }
                            }
                            ToolTip.visible: rowMouse.containsMouse && personRow.severity !== "met"
                            ToolTip.delay: 600
                            ToolTip.text: {
                                const out = []
                                for (let i = 0; i < personRow.reasons.length; ++i) {
                                    const r = personRow.reasons[i]
                                    if (r.kind !== "met")
                                        out.push(r.title + ": " + r.message + (r.citation ? " — " + r.citation : ""))
                                }
                                return out.join("\n")
                            }

                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: Theme.spacingM
                                anchors.rightMargin: Theme.spacingM
                                spacing: Theme.spacingS
                                ColumnLayout {
                                    Layout.preferredWidth: 210
                                    Layout.maximumWidth: 210
                                    Layout.fillWidth: false
                                    spacing: 0
                                    Label {
                                        Layout.fillWidth: true
                                        text: personRow.fullName
                                        elide: Text.ElideRight
                                        color: Theme.text
                                        font.bold: personRow.ListView.isCurrentItem
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: personRow.staffCode + (personRow.position ? " · " + personRow.position : "")
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontSmall
                                        color: Theme.textMuted
                                    }
                                }
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    spacing: 0
                                    Label {
                                        Layout.fillWidth: true
                                        text: personRow.levelText || qsTr("not rated")
                                        elide: Text.ElideRight
                                        color: personRow.levelText ? Theme.text : Theme.textFaint
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        text: personRow.decisionText || qsTr("no decision yet")
                                        elide: Text.ElideRight
                                        font.pixelSize: Theme.fontSmall
                                        color: personRow.decisionText ? Theme.info : Theme.textFaint
                                    }
                                }
                                Label {
                                    Layout.preferredWidth: 56
                                    horizontalAlignment: Text.AlignHCenter
                                    text: personRow.ldttEligible ? Theme.markMet : Theme.markNotMet
                                    color: personRow.ldttEligible ? Theme.met : Theme.notMet
                                    font.bold: true
                                }
                                Label {
                                    Layout.preferredWidth: 64
                                    horizontalAlignment: Text.AlignHCenter
                                    text: personRow.cstdcsEligible ? Theme.markMet : Theme.markNotMet
                                    color: personRow.cstdcsEligible ? Theme.met : Theme.textFaint
                                    font.bold: true
                                }
                            }

                            // The person in the detail pane.
                            Rectangle {
                                visible: personRow.ListView.isCurrentItem
                                width: Theme.navMarkerWidth
                                height: parent.height
                                color: Theme.accent
                            }
                        }
                    }
                }
            }

            // The detail pane: the person, the meeting, the unit's title, the discipline.
            Rectangle {
                Layout.preferredWidth: 440
                Layout.fillHeight: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    spacing: Theme.spacingS

                    TabBar {
                        id: detailTabs
                        objectName: "reviewDetailTabs"
                        Layout.fillWidth: true
                        TabButton { text: qsTr("Person") }
                        TabButton { objectName: "meetingTab"; text: qsTr("Meeting") }
                        TabButton { text: qsTr("Collective") }
                        //: the discipline decisions of the year, for the council to note
                        TabButton { text: qsTr("Discipline (%1)").arg(root.review.discipline.length) }
                    }

                    StackLayout {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        currentIndex: detailTabs.currentIndex

                        ScrollView {
                            clip: true
                            contentWidth: availableWidth
                            ColumnLayout {
                                width: parent.width
                                spacing: Theme.spacingXs

                                Label {
                                    objectName: "selectedNameLabel"
                                    Layout.fillWidth: true
                                    text: root.selected.fullName ?? qsTr("Pick a person in the list")
                                    font.pixelSize: Theme.fontMedium
                                    font.bold: true
                                    wrapMode: Text.WordWrap
                                }
                                Repeater {
                                    model: root.selected.reasons ?? []
                                    delegate: Label {
                                        required property var modelData
                                        Layout.fillWidth: true
                                        text: root.kindMark(modelData.kind) + " " + modelData.title + ": " + modelData.message
                                              + (modelData.citation ? " (" + modelData.citation + ")" : "")
                                        color: root.kindColor(modelData.kind)
                                        font.pixelSize: Theme.fontSmall
                                        wrapMode: Text.WordWrap
                                    }
                                }
                                Rectangle {
                                    Layout.fillWidth: true
                                    Layout.topMargin: Theme.spacingXs
                                    implicitHeight: Theme.borderWidth
                                    color: Theme.divider
                                }
                                Label {
                                    text: qsTr("Council's decision")
                                    font.bold: true
                                }
                                ReviewDecisionForm {
                                    id: decisionForm
                                    objectName: "reviewDecisionForm"
                                    Layout.fillWidth: true
                                    review: root.review
                                    staffCode: root.selectedCode
                                    awardOptions: root.review.awardOptions
                                    editable: root.editable && root.selectedCode !== ""
                                }
                            }
                        }

                        ScrollView {
                            clip: true
                            contentWidth: availableWidth
                            ReviewMeetingForm {
                                objectName: "reviewMeetingForm"
                                width: parent.width
                                review: root.review
                                editable: root.editable
                            }
                        }

                        ScrollView {
                            clip: true
                            contentWidth: availableWidth
                            ColumnLayout {
                                width: parent.width
                                spacing: Theme.spacingXs
                                Label {
                                    Layout.fillWidth: true
                                    text: root.summary["collectiveText"] ?? ""
                                    color: root.summary["collectiveMet"] ? Theme.met : Theme.notMet
                                    wrapMode: Text.WordWrap
                                }
                                ReviewDecisionForm {
                                    id: collectiveForm
                                    objectName: "reviewCollectiveForm"
                                    Layout.fillWidth: true
                                    review: root.review
                                    staffCode: ""
                                    awardOptions: root.review.collectiveAwardOptions
                                    editable: root.editable
                                    Component.onCompleted: collectiveForm.load(root.review.collectiveAwardOptions.length > 0
                                                                               ? root.review.collectiveAwardOptions[0].value : "")
                                }
                            }
                        }

                        ListView {
                            objectName: "reviewDisciplineList"
                            clip: true
                            model: root.review.discipline
                            spacing: Theme.spacingXs
                            delegate: Label {
                                required property var modelData
                                width: ListView.view.width
                                text: modelData.fullName + " — " + modelData.form + ", " + modelData.decisionNo + " ("
                                      + modelData.effectiveText + ")"
                                wrapMode: Text.WordWrap
                            }
                            Label {
                                anchors.centerIn: parent
                                visible: parent.count === 0
                                text: qsTr("No discipline decision takes effect in the year.")
                                color: Theme.textMuted
                            }
                        }
                    }
                }
            }
        }
    }

    // Personal data (ND 13/2023): asked once a session before the first export.
    PersonalDataNoticeDialog {
        id: personalDataNotice

        onProceed: what => {
            pdfDialog.minutes = what === "minutes"
            pdfDialog.selectedFile = pdfDialog.minutes ? root.review.minutesFileUrl()
                                                       : root.review.decisionListFileUrl()
            pdfDialog.open()
        }
    }

    FileDialog {
        id: pdfDialog

        property bool minutes: true

        title: minutes ? qsTr("Save the council's minutes") : qsTr("Save the list of awards")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            if (minutes)
                root.review.exportMinutes(String(pdfDialog.selectedFile))
            else
                root.review.exportDecisionList(String(pdfDialog.selectedFile))
        }
    }

    Dialog {
        id: closeDialog

        objectName: "closeYearDialog"
        anchors.centerIn: parent
        width: 460
        modal: true
        title: qsTr("Close the year %1?").arg(root.review.year)
        standardButtons: Dialog.Yes | Dialog.No
        onOpened: closeNote.forceActiveFocus()
        onAccepted: root.review.closeYear(closeNote.text)

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: qsTr("The year's evaluations, discipline decisions and review decisions will be locked. Reopening needs a reason.")
                wrapMode: Text.WordWrap
            }
            TextField {
                id: closeNote
                objectName: "closeNoteField"
                Layout.fillWidth: true
                placeholderText: qsTr("Note (optional)")
                onAccepted: closeDialog.accept()
            }
        }
    }

    Dialog {
        id: reopenDialog

        objectName: "reopenYearDialog"
        anchors.centerIn: parent
        width: 460
        modal: true
        title: qsTr("Reopen the year %1").arg(root.review.year)
        onOpened: reasonField.forceActiveFocus()

        /** Reopens with the reason typed; the dialog stays open with the error when it is refused. */
        function tryReopen(): void {
            if (root.review.reopenYear(reasonField.text))
                reopenDialog.close()
        }

        footer: RowLayout {
            spacing: Theme.spacingS
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "reopenConfirmButton"
                text: qsTr("Reopen")
                highlighted: true
                onClicked: reopenDialog.tryReopen()
            }
            Button {
                Layout.rightMargin: Theme.spacingM
                Layout.bottomMargin: Theme.spacingM
                text: qsTr("Cancel")
                onClicked: reopenDialog.close()
            }
        }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: qsTr("Why is the year reopened? The reason is kept in the audit log.")
                wrapMode: Text.WordWrap
            }
            TextField {
                id: reasonField
                objectName: "reopenReasonField"
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (required)")
                onAccepted: reopenDialog.tryReopen()
            }
            Label {
                objectName: "reopenReasonError"
                Layout.fillWidth: true
                visible: text !== ""
                text: root.yearErrors["reason"] ?? ""
                color: Theme.error
                wrapMode: Text.WordWrap
            }
        }
    }
}
