// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The people behind a figure of the qualification dashboard (a commune, "still to qualify", a
 * requirement), from QualificationModel.people; choosing one asks to open their page.
 */
Dialog {
    id: root

    required property QualificationPeopleModel people
    /** What the list is, e.g. "Phường Phước Bình". */
    property string heading
    /** A line under it, e.g. "18 people counted, 17 meet their title's standard". */
    property string detail

    signal personChosen(code: string)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.peopleDialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.peopleDialogWidth)
    height: Math.min(Theme.peopleDialogHeight, parent ? parent.height - 2 * Theme.spacingXl : Theme.peopleDialogHeight)
    modal: true
    padding: Theme.spacingL
    title: root.heading
    onOpened: peopleList.forceActiveFocus()

    header: Label {
        objectName: "peopleHeading"
        text: root.heading
        padding: Theme.spacingL
        bottomPadding: 0
        elide: Text.ElideRight
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Label {
            objectName: "peopleDetail"
            Layout.fillWidth: true
            visible: root.detail !== ""
            text: root.detail
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontNormal
            color: Theme.textMuted
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            radius: Theme.radius

            ListView {
                id: peopleList

                objectName: "qualificationPeopleList"
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                clip: true
                model: root.people
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                Keys.onReturnPressed: root.personChosen(root.people.codeAt(peopleList.currentIndex))
                Keys.onEnterPressed: root.personChosen(root.people.codeAt(peopleList.currentIndex))

                delegate: QualificationPersonRow {
                    width: ListView.view.width
                    onClicked: root.personChosen(code)
                }
            }

            Label {
                anchors.centerIn: parent
                visible: peopleList.count === 0
                text: qsTr("No one.")
                font.pixelSize: Theme.fontMedium
                color: Theme.textMuted
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: qsTr("Click a person to open their page.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
            }

            Button {
                objectName: "closePeopleButton"
                text: qsTr("Close")
                onClicked: root.close()
            }
        }
    }
}
