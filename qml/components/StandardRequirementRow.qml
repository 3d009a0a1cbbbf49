// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/**
 * One requirement of a title standard in Settings: what it asks, its legal basis, "To verify"
 * when the law is unsure, whether it is enforced and (for a level) its minimum. It changes
 * nothing itself: the section asks the user to confirm first.
 */
Rectangle {
    id: root

    /** One entry of StandardsController.titles[i].requirements (var: it comes from a QVariantMap). */
    required property var requirement

    signal enableRequested(enabled: bool)
    signal minimumRequested(minimum: string)

    implicitHeight: row.implicitHeight + 2 * Theme.spacingS
    color: root.requirement.enabled ? Theme.surface : Theme.surfaceAlt
    border.color: Theme.divider
    border.width: Theme.borderWidth
    radius: Theme.radius

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacingS
        spacing: Theme.spacingM

        ColumnLayout {
            Layout.fillWidth: true
            // The texts take the room the controls leave (a wrapped text's natural width would loop the layout).
            Layout.preferredWidth: 0
            spacing: Theme.spacingXs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Label {
                    objectName: "requirementLabel"
                    text: root.requirement.label
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    color: root.requirement.enabled ? Theme.text : Theme.textMuted
                }

                Label {
                    objectName: "toVerifyBadge"
                    visible: !root.requirement.confirmed
                    leftPadding: Theme.spacingS
                    rightPadding: Theme.spacingS
                    text: qsTr("To verify")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.badge
                    ToolTip.visible: badgeHover.hovered
                    ToolTip.delay: Theme.toolTipDelay
                    ToolTip.text: qsTr("The legal text for this requirement was not confirmed: it is a suggestion until you enforce it.")

                    background: Rectangle {
                        radius: height / 2
                        color: Theme.badgeSurface
                        border.color: Theme.badge
                        border.width: Theme.borderWidth
                    }

                    HoverHandler {
                        id: badgeHover
                    }
                }

                Item {
                    Layout.fillWidth: true
                }
            }

            Label {
                objectName: "requirementExpected"
                Layout.fillWidth: true
                text: root.requirement.expected
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontNormal
                color: root.requirement.enabled ? Theme.text : Theme.textMuted
            }

            Label {
                objectName: "requirementBasis"
                Layout.fillWidth: true
                text: root.requirement.basis
                // One line (the row's height does not follow a wrap); the whole basis in the tooltip.
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
                ToolTip.visible: basisHover.hovered && truncated
                ToolTip.delay: Theme.toolTipDelay
                ToolTip.text: root.requirement.basis

                HoverHandler {
                    id: basisHover
                }
            }
        }

        OptionCombo {
            id: levelCombo

            objectName: "minimumCombo"
            Layout.preferredWidth: Theme.comboWidth
            visible: root.requirement.kind === "min_level"
            options: root.requirement.levels
            value: root.requirement.minimum
            Accessible.name: qsTr("Minimum level")
            onPicked: picked => {
                // Keep showing the stored level: the change happens only once confirmed.
                levelCombo.currentIndex = levelCombo.indexIn(levelCombo.choices, root.requirement.minimum)
                if (picked !== root.requirement.minimum)
                    root.minimumRequested(picked)
            }
        }

        Switch {
            id: enabledSwitch

            objectName: "enabledSwitch"
            // As wide as its longest text, so that the level boxes of every row line up.
            Layout.preferredWidth: Math.ceil(enabledSwitch.implicitWidth
                                             - (enabledSwitch.checked ? enforcedText.advanceWidth
                                                                      : notEnforcedText.advanceWidth)
                                             + Math.max(enforcedText.advanceWidth, notEnforcedText.advanceWidth))
            // The stored state is shown; a click asks for confirmation instead of toggling.
            checkable: false
            checked: root.requirement.enabled
            text: checked ? qsTr("Enforced") : qsTr("Not enforced")
            font.pixelSize: Theme.fontNormal
            onClicked: root.enableRequested(!root.requirement.enabled)

            TextMetrics {
                id: enforcedText

                font: enabledSwitch.font
                text: qsTr("Enforced")
            }

            TextMetrics {
                id: notEnforcedText

                font: enabledSwitch.font
                text: qsTr("Not enforced")
            }
        }
    }
}
