// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * The preview of a records archive before it is imported (ImportController.archivePreview): what it
 * holds, per kind of record what would be added, completed (changed) or left unchanged, and every
 * conflict with the value here and the archive's (conflicts are never overwritten). Accept writes it,
 * Cancel drops it. A refused file shows only the reason.
 */
ColumnLayout {
    id: root

    property var preview: ({})
    readonly property bool ok: preview.ok === true
    readonly property var kinds: preview.kinds ?? []
    readonly property var conflicts: preview.conflicts ?? []

    signal accepted()
    signal canceled()

    spacing: Theme.spacingS

    Rectangle {
        objectName: "archiveRefusedBox"
        Layout.fillWidth: true
        visible: !root.ok
        implicitHeight: refusedText.implicitHeight + 2 * Theme.spacingM
        color: Theme.errorSurface
        border.color: Theme.error
        border.width: Theme.borderWidth
        radius: Theme.radius

        Label {
            id: refusedText

            objectName: "archiveRefusedText"
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            text: qsTr("The archive is refused: %1. Nothing can be imported from it.").arg(root.preview.error ?? "")
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.text
        }
    }

    Label {
        objectName: "archiveMetaLabel"
        Layout.fillWidth: true
        visible: root.ok
        text: qsTr("Archive of %1 (%2), closed: %3; written by CongVu %4 on %5%6.")
                .arg((root.preview.years ?? []).join(", "))
                .arg(root.preview.unitCode ? qsTr("unit %1").arg(root.preview.unitCode) : qsTr("all units"))
                .arg((root.preview.closedYears ?? []).length > 0 ? root.preview.closedYears.join(", ") : qsTr("none"))
                .arg(root.preview.programVersion ?? "")
                .arg(root.preview.createdAt ?? "")
                .arg(root.preview.source ? qsTr(" from %1").arg(root.preview.source) : "")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontNormal
        color: Theme.text
    }

    Column {
        objectName: "archiveCounts"
        visible: root.ok
        spacing: Theme.spacingXs

        Row {
            spacing: Theme.spacingL

            Repeater {
                model: [qsTr("Records"), qsTr("Added"), qsTr("Changed"), qsTr("Unchanged"), qsTr("Conflicts")]

                delegate: Label {
                    required property string modelData
                    required property int index

                    width: index === 0 ? 220 : 90
                    text: modelData
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    color: Theme.textMuted
                }
            }
        }
        Repeater {
            model: root.kinds

            delegate: Row {
                id: countRow

                required property var modelData

                spacing: Theme.spacingL

                Repeater {
                    model: ["label", "added", "changed", "unchanged", "conflicts"]

                    delegate: Label {
                        required property string modelData
                        required property int index

                        objectName: "archiveCount_" + countRow.modelData.kind + "_" + modelData
                        width: index === 0 ? 220 : 90
                        text: String(countRow.modelData[modelData])
                        font.pixelSize: Theme.fontNormal
                        color: modelData === "conflicts" && countRow.modelData.conflicts > 0 ? Theme.error : Theme.text
                    }
                }
            }
        }
    }

    Label {
        objectName: "archiveClosingLabel"
        Layout.fillWidth: true
        visible: root.ok && ((root.preview.yearsToClose ?? []).length > 0 || (root.preview.yearsLeftOpen ?? []).length > 0)
        text: ((root.preview.yearsToClose ?? []).length > 0
               ? qsTr("Closed by the import: %1.").arg(root.preview.yearsToClose.join(", ")) + " " : "")
              + ((root.preview.yearsLeftOpen ?? []).length > 0
                 ? qsTr("Left open here because of conflicts: %1.").arg(root.preview.yearsLeftOpen.join(", ")) : "")
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontNormal
        color: Theme.text
    }

    Label {
        Layout.fillWidth: true
        visible: root.ok && root.conflicts.length > 0
        //: %n is the number of conflicting values
        text: qsTr("%n conflict(s): the value here is kept, the archive's is not imported.", "", root.conflicts.length)
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontNormal
        font.bold: true
        color: Theme.error
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: root.conflicts.length > 0 ? 80 : 0
        visible: root.ok && root.conflicts.length > 0
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        radius: Theme.radius

        ListView {
            objectName: "archiveConflictList"
            anchors.fill: parent
            anchors.margins: Theme.borderWidth
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.conflicts
            ScrollBar.vertical: ScrollBar {}

            delegate: Label {
                required property var modelData

                width: ListView.view.width
                padding: Theme.spacingXs
                text: qsTr("%1 %2 · %3: here “%4”, in the archive “%5”")
                        .arg(modelData.label).arg(modelData.key).arg(modelData.field)
                        .arg(modelData.here).arg(modelData.archived)
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontNormal
                color: Theme.text
            }
        }
    }

    RowLayout {
        spacing: Theme.spacingS

        Button {
            objectName: "archiveAcceptButton"
            visible: root.ok
            highlighted: true
            //: %n records would be written
            text: qsTr("Accept and import (%n record(s))", "", root.preview.writeCount ?? 0)
            enabled: root.ok
            onClicked: root.accepted()
        }
        Button {
            objectName: "archiveCancelButton"
            text: qsTr("Cancel")
            onClicked: root.canceled()
        }
    }
}
