// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CongVu.Ui

/**
 * A date typed as YYYY-MM-DD or DD/MM/YYYY. dateEntered(isoDate) gives YYYY-MM-DD ("" when the
 * field was emptied) when editing finishes; text in another shape is shown in red and not passed on.
 * Only the shape is read here: whether the date exists is for the C++ side to say.
 */
TextField {
    id: root

    /** The date shown, as YYYY-MM-DD (bound by the page); it is displayed as DD/MM/YYYY. */
    property string isoValue: ""
    /** YYYY-MM-DD of the text, "" when it is empty or has another shape. */
    readonly property string isoDate: root.toIsoDate(text)
    readonly property bool acceptable: isoDate !== "" || /^\s*$/.test(text)

    signal dateEntered(isoDate: string)

    function twoDigits(part: string): string {
        return part.length < 2 ? "0" + part : part
    }

    // Regular expressions only: qmllint 6.4 crashes on a method call on a typed string argument.
    function toIsoDate(input: string): string {
        const iso = /^\s*(\d{4}-\d{2}-\d{2})\s*$/.exec(input)
        if (iso)
            return iso[1]
        const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(input)
        return m ? m[3] + "-" + root.twoDigits(m[2]) + "-" + root.twoDigits(m[1]) : ""
    }

    function fromIsoDate(value: string): string {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
        return m ? m[3] + "/" + m[2] + "/" + m[1] : value
    }

    text: root.fromIsoDate(root.isoValue)
    implicitWidth: Theme.dateFieldWidth
    implicitHeight: Theme.controlHeight
    font.pixelSize: Theme.fontNormal
    color: acceptable ? Theme.text : Theme.error
    placeholderText: qsTr("DD/MM/YYYY")
    selectByMouse: true
    ToolTip.visible: hovered && !acceptable
    ToolTip.text: qsTr("Type a date as YYYY-MM-DD or DD/MM/YYYY")
    // Typing replaces the text binding; a new value from the page still shows.
    onIsoValueChanged: root.text = root.fromIsoDate(root.isoValue)
    onEditingFinished: {
        if (root.acceptable)
            root.dateEntered(root.isoDate)
    }
}
