// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import CongVu.Core
import CongVu.Ui

/**
 * The person of an enrolment added by hand: a staff code typed, or a name searched (diacritics ignored)
 * and picked from the suggestions with ↑/↓ and Enter (or a click). code is what the field holds.
 */
TextField {
    id: root

    required property TrainingController training
    /** [{value, text}] people matching the text. */
    property var suggestions: []
    /** The staff code chosen (or typed). */
    readonly property string code: root.chosen !== "" ? root.chosen : root.text.trim()
    property string chosen

    signal picked(code: string)

    function pick(index: int): void {
        if (index < 0 || index >= root.suggestions.length)
            return
        const value = root.suggestions[index].value
        root.chosen = value
        root.text = value
        popup.close()
        root.picked(value)
    }

    implicitHeight: Theme.controlHeight
    font.pixelSize: Theme.fontNormal
    placeholderText: qsTr("Staff code or name")
    selectByMouse: true
    Accessible.name: qsTr("Person")

    onTextEdited: {
        root.chosen = ""
        root.suggestions = root.training.searchPeople(root.text, 8)
        const exact = root.suggestions.length === 1 && root.suggestions[0].value === root.text.trim()
        if (root.suggestions.length > 0 && !exact) {
            suggestionList.currentIndex = 0
            popup.open()
        } else {
            popup.close()
        }
    }
    onActiveFocusChanged: {
        if (!root.activeFocus)
            popup.close()
    }

    Keys.onDownPressed: event => {
        if (popup.visible)
            suggestionList.incrementCurrentIndex()
        else
            event.accepted = false
    }
    Keys.onUpPressed: event => {
        if (popup.visible)
            suggestionList.decrementCurrentIndex()
        else
            event.accepted = false
    }
    Keys.onReturnPressed: event => {
        if (popup.visible)
            root.pick(suggestionList.currentIndex)
        else
            event.accepted = false
    }
    Keys.onEnterPressed: event => {
        if (popup.visible)
            root.pick(suggestionList.currentIndex)
        else
            event.accepted = false
    }
    Keys.onEscapePressed: event => {
        if (popup.visible)
            popup.close()
        else
            event.accepted = false
    }

    Popup {
        id: popup

        objectName: "trainingPersonSuggestions"
        y: root.height
        width: Math.max(root.width, Theme.formFieldWidth)
        height: Math.min(suggestionList.contentHeight, 8 * Theme.rowHeight) + 2 * padding
        padding: Theme.borderWidth
        focus: false
        closePolicy: Popup.CloseOnPressOutsideParent

        ListView {
            id: suggestionList

            anchors.fill: parent
            clip: true
            model: root.suggestions
            highlightMoveDuration: 0

            delegate: ItemDelegate {
                id: suggestion

                required property var modelData
                required property int index

                width: ListView.view.width
                implicitHeight: Theme.rowHeight
                text: suggestion.modelData.text
                font.pixelSize: Theme.fontNormal
                highlighted: ListView.isCurrentItem
                focusPolicy: Qt.NoFocus
                onClicked: root.pick(suggestion.index)
            }
        }
    }
}
