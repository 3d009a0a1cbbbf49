// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * One requirement of a person's title standard: met or not (✓/✗), what is required, what is on
 * record and the legal basis. A suggestion ("to verify", not enforced) is greyed.
 */
Rectangle {
    id: root

    /** {key, label, met, expected, actual, basis, confirmed} */
    required property var modelData
    /** A requirement not enforced ("to verify"): shown greyed, never counted as a gap. */
    property bool suggestion

    readonly property color markColor: root.suggestion ? Theme.toVerify : (root.modelData.met ? Theme.met : Theme.notMet)

    implicitHeight: Math.max(Theme.rowHeight, row.implicitHeight + Theme.spacingS)
    color: root.suggestion ? Theme.none : (root.modelData.met ? Theme.none : Theme.notMetSurface)
    radius: Theme.radius
    Accessible.role: Accessible.Row
    Accessible.name: root.modelData.label + ": " + (root.modelData.met ? qsTr("met") : qsTr("not met"))

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: Theme.spacingXs
        anchors.rightMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Label {
            objectName: "mark"
            Layout.preferredWidth: Theme.colMark
            text: root.modelData.met ? Theme.markMet : Theme.markNotMet
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontMedium
            font.bold: true
            color: root.markColor
        }

        Label {
            Layout.preferredWidth: Theme.colRequirement
            text: root.modelData.label
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            font.bold: !root.suggestion && !root.modelData.met
            color: root.suggestion ? Theme.textFaint : Theme.text
        }

        Label {
            Layout.preferredWidth: Theme.colExpected
            text: root.modelData.expected
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: root.suggestion ? Theme.textFaint : Theme.text
        }

        Label {
            objectName: "actual"
            Layout.preferredWidth: Theme.colActual
            text: root.modelData.actual
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: root.suggestion ? Theme.textFaint : (root.modelData.met ? Theme.text : Theme.notMet)
        }

        Label {
            Layout.fillWidth: true
            text: root.modelData.basis
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontSmall
            color: root.suggestion ? Theme.textFaint : Theme.textMuted
        }
    }
}
