// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * The person's page: the standard of their title in force today (instrument, article, deadline),
 * each requirement met or not with its legal basis, suggestions "to verify" greyed, and the gaps.
 * Fed by PersonEditor.standing; shown for commune cadres and civil servants only.
 */
SectionCard {
    id: root

    /** PersonEditor.standing (a QVariantMap). */
    property var standing: ({})
    /** The person is a commune cadre or civil servant: the section is for them. */
    readonly property bool applies: root.standing.applies === true
    readonly property bool hasStandard: root.standing.hasStandard === true
    readonly property bool qualified: root.standing.status === "qualified"
    readonly property var requirements: root.standing.requirements ?? []
    readonly property var suggestions: root.standing.suggestions ?? []
    readonly property var gaps: root.standing.gaps ?? []

    title: qsTr("Title standard")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Rectangle {
            objectName: "standingBadge"
            implicitWidth: statusLabel.implicitWidth + 2 * Theme.spacingM
            implicitHeight: statusLabel.implicitHeight + Theme.spacingS
            radius: Theme.radius
            color: !root.hasStandard ? Theme.surfaceAlt : (root.qualified ? Theme.metSurface : Theme.notMetSurface)

            Label {
                id: statusLabel

                objectName: "standingStatus"
                anchors.centerIn: parent
                text: !root.hasStandard
                      ? qsTr("No standard in force for this title")
                      : root.qualified
                        ? Theme.markMet + " " + qsTr("Meets the standard of the title")
                        : Theme.markNotMet + " " + qsTr("Does not meet the standard: %n gaps", "", root.gaps.length)
                font.pixelSize: Theme.fontMedium
                font.bold: true
                color: !root.hasStandard ? Theme.textMuted : (root.qualified ? Theme.met : Theme.notMet)
            }
        }

        Label {
            Layout.fillWidth: true
            //: %1 is today's date, DD/MM/YYYY
            text: qsTr("on %1").arg(root.standing.date ?? "")
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
        }
    }

    Label {
        objectName: "standardBasis"
        Layout.fillWidth: true
        visible: root.hasStandard
        text: {
            const parts = [root.standing.article ? root.standing.instrument + ", " + root.standing.article
                                                 : root.standing.instrument]
            if (root.standing.validFrom)
                //: %1 is a date, DD/MM/YYYY
                parts.push(qsTr("in force since %1").arg(root.standing.validFrom))
            if (root.standing.deadline)
                //: %1 is a date, DD/MM/YYYY
                parts.push(qsTr("to be met by %1").arg(root.standing.deadline))
            return parts.join("  ·  ")
        }
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontNormal
        color: Theme.text
    }

    Label {
        Layout.fillWidth: true
        visible: root.hasStandard && root.standing.lowerLevel === true
        text: qsTr("The unit is in a difficult area: the lower professional level applies where the standard allows it.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }

    Label {
        objectName: "notCountedNote"
        Layout.fillWidth: true
        visible: root.hasStandard && root.standing.counted === false
        text: qsTr("Not counted in the commune-level rate on this date (not in service, or not in a commune, ward or town).")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.warning
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: root.hasStandard
        spacing: Theme.spacingS

        Item {
            Layout.preferredWidth: Theme.colMark + Theme.spacingXs
        }
        Cell {
            Layout.preferredWidth: Theme.colRequirement
            header: true
            text: qsTr("Requirement")
        }
        Cell {
            Layout.preferredWidth: Theme.colExpected
            header: true
            text: qsTr("Required")
        }
        Cell {
            Layout.preferredWidth: Theme.colActual
            header: true
            text: qsTr("On record")
        }
        Cell {
            Layout.fillWidth: true
            header: true
            text: qsTr("Legal basis")
        }
    }

    Repeater {
        objectName: "requirementRows"
        model: root.hasStandard ? root.requirements : []

        RequirementRow {
            Layout.fillWidth: true
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: root.hasStandard && root.suggestions.length > 0
        text: qsTr("To verify (not enforced, shown for information)")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.textFaint
    }

    Repeater {
        objectName: "suggestionRows"
        model: root.hasStandard ? root.suggestions : []

        RequirementRow {
            Layout.fillWidth: true
            suggestion: true
        }
    }

    Label {
        objectName: "gapList"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: root.hasStandard
        text: root.gaps.length > 0
              //: %1 lists the requirements not met, e.g. "Political theory, Professional level"
              ? qsTr("Gaps: %1").arg(root.gaps.join(", "))
              : qsTr("No gaps.")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontNormal
        font.bold: true
        color: root.gaps.length > 0 ? Theme.notMet : Theme.met
    }
}
