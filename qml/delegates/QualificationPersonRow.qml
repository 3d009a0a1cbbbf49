// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * One person behind a qualification figure: name and code, title and unit, and either "meets
 * the standard" or the requirements they miss with the deadline. Clicking opens the person.
 */
Rectangle {
    id: root

    required property int index
    required property string code
    required property string fullName
    required property string unitName
    required property string positionLabel
    required property bool qualified
    required property var gapLabels
    required property string deadline

    readonly property alias hovered: hover.hovered

    signal clicked()

    implicitHeight: Theme.personRowHeight
    color: hovered ? Theme.hover : (index % 2 === 1 ? Theme.surfaceAlt : Theme.surface)
    Accessible.role: Accessible.Button
    Accessible.name: root.fullName + " (" + root.code + ")"
    Accessible.onPressAction: root.clicked()

    HoverHandler {
        id: hover

        cursorShape: Qt.PointingHandCursor
    }

    TapHandler {
        onTapped: root.clicked()
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingM

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.fullName + "  ·  " + root.code
                elide: Text.ElideRight
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.fillWidth: true
                text: root.positionLabel + "  ·  " + root.unitName
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            spacing: 2

            Label {
                objectName: "personStatus"
                Layout.fillWidth: true
                text: root.qualified
                      ? Theme.markMet + " " + qsTr("Meets the standard")
                      //: %1 lists the requirements not met, e.g. "Political theory, Professional level"
                      : Theme.markNotMet + " " + qsTr("Missing: %1").arg(root.gapLabels.join(", "))
                elide: Text.ElideRight
                font.pixelSize: Theme.fontNormal
                color: root.qualified ? Theme.met : Theme.notMet
            }

            Label {
                Layout.fillWidth: true
                visible: !root.qualified && root.deadline !== ""
                //: %1 is a date, DD/MM/YYYY
                text: qsTr("to meet by %1").arg(root.deadline)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
