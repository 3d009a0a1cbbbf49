// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CongVu.Ui

/**
 * One count of a task item in PeriodScoresDialog (assigned, done, failures, weight): shows count,
 * announces the user's change with picked(value) and shows the field's error as a tooltip.
 */
SpinBox {
    id: root

    /** The value held by the controller. */
    property int count
    /** The field's error ("" when none). */
    property string errorText

    signal picked(value: int)

    implicitHeight: Theme.controlHeight
    implicitWidth: Theme.colCount + 2 * Theme.spacingXl
    from: 0
    to: 10000
    editable: true
    value: root.count
    textFromValue: (value, locale) => value.toString()
    valueFromText: (text, locale) => parseInt(text)
    onValueModified: root.picked(root.value)
    ToolTip.visible: (hovered || activeFocus) && root.errorText !== ""
    ToolTip.text: root.errorText
    ToolTip.delay: Theme.toolTipDelay

    background: Rectangle {
        implicitWidth: root.implicitWidth
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: root.errorText !== "" ? Theme.error : Theme.border
        radius: Theme.radius
    }
}
