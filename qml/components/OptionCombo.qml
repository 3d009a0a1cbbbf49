// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CongVu.Ui

/**
 * A ComboBox over [{value, text}] choices (as AppController returns them) showing one value.
 * It never writes the value itself: a user's choice is announced with picked(value), and the
 * owner writes it to the model, so a change made elsewhere (clear filters) shows here too.
 */
ComboBox {
    id: root

    /** [{value, text}] — var because it comes from a QVariantList. */
    property var options: []
    /** Text of an extra first choice with the value "" ("All units", "—"); none when empty. */
    property string emptyText
    property string value
    /** The options with the extra first choice, as shown. */
    readonly property var choices: {
        const out = root.emptyText !== "" ? [{ value: "", text: root.emptyText }] : []
        for (let i = 0; i < root.options.length; ++i) {
            if (root.emptyText === "" || root.options[i].value !== "")
                out.push(root.options[i])
        }
        return out
    }

    signal picked(value: string)

    function indexIn(list: var, wanted: string): int {
        for (let i = 0; i < list.length; ++i) {
            if (list[i].value === wanted)
                return i
        }
        return -1
    }

    implicitHeight: Theme.controlHeight
    font.pixelSize: Theme.fontNormal
    model: choices
    textRole: "text"
    valueRole: "value"
    currentIndex: indexIn(choices, value)
    onActivated: index => root.picked(root.choices[index].value)
}
