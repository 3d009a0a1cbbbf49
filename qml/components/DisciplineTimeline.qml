// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * A person's discipline (Person page): today's standing (in force / bars until / none) and the
 * timeline of violations, decisions, effective dates, the end of the salary-step delay and the day
 * the bars lift, as DisciplineService gives them. Re-read after every save on the Discipline page.
 */
SectionCard {
    id: root

    property string staffCode
    readonly property DisciplineController controller: AppController.discipline
    /** [{date, iso, kind, form, formLabel, text, decisionId, future}] — var: a QVariantList. */
    readonly property var entries: {
        root.controller.revision // re-read after a save or delete
        AppController.language // …or a language change
        return root.controller.timeline(root.staffCode)
    }
    readonly property var status: {
        root.controller.revision
        AppController.language
        return root.controller.status(root.staffCode)
    }

    function markColor(kind: string): color {
        switch (kind) {
        case "violation": return Theme.warning
        case "decision":
        case "effective": return Theme.error
        case "bars_lift":
        case "salary_step_delay_ends": return Theme.met
        }
        return Theme.textMuted
    }

    title: qsTr("Discipline")

    Rectangle {
        objectName: "disciplineStatus"
        Layout.fillWidth: true
        visible: root.entries.length > 0
        implicitHeight: statusLabel.implicitHeight + 2 * Theme.spacingS
        radius: Theme.radius
        color: root.status.state === "none" ? Theme.metSurface : Theme.errorSurface

        Label {
            id: statusLabel

            objectName: "disciplineStatusText"
            anchors.fill: parent
            anchors.margins: Theme.spacingS
            //: %1 is the person's discipline standing today
            text: qsTr("Today: %1").arg(root.status.text)
            font.pixelSize: Theme.fontNormal
            font.bold: true
            color: root.status.state === "none" ? Theme.met : Theme.error
            wrapMode: Text.WordWrap
        }
    }

    Repeater {
        objectName: "timelineRepeater"
        model: root.entries

        delegate: RowLayout {
            id: entry

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingM

            Rectangle {
                Layout.alignment: Qt.AlignVCenter
                implicitWidth: Theme.legendSwatch
                implicitHeight: Theme.legendSwatch
                radius: Theme.legendSwatch / 2
                color: entry.modelData.future ? Theme.surface : root.markColor(entry.modelData.kind)
                border.color: root.markColor(entry.modelData.kind)
                border.width: Theme.borderWidth * 2
            }
            Label {
                Layout.preferredWidth: Theme.colDate
                text: entry.modelData.date
                font.pixelSize: Theme.fontNormal
                color: Theme.textMuted
            }
            Label {
                objectName: "timelineText"
                Layout.fillWidth: true
                text: entry.modelData.text
                font.pixelSize: Theme.fontNormal
                color: entry.modelData.future ? Theme.textMuted : Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }

    Label {
        objectName: "timelineEmpty"
        Layout.fillWidth: true
        visible: root.entries.length === 0
        text: qsTr("No discipline recorded")
        font.pixelSize: Theme.fontNormal
        color: Theme.textMuted
    }
}
