// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Ui

/** The service's error on one field of a Review form, under the field; hidden when there is none. */
Label {
    /** {field: message} of the form (ReviewController.decisionErrors / meetingErrors). */
    property var errors: ({})
    property string key

    Layout.fillWidth: true
    visible: text !== ""
    text: errors[key] ?? ""
    color: Theme.error
    font.pixelSize: Theme.fontSmall
    wrapMode: Text.WordWrap
}
