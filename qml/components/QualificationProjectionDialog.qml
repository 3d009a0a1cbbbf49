// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The training plan's projection person by person (issue 6 item 5): everyone not meeting their
 * title's standard today, with the date the planned courses close their last gap, or what the plan
 * leaves open. Every line comes from QualificationModel.projectionPeople; choosing one asks to open
 * their page.
 */
Dialog {
    id: root

    required property QualificationModel qualification

    signal personChosen(code: string)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.peopleDialogWidth, parent ? parent.width - 2 * Theme.spacingXl : Theme.peopleDialogWidth)
    height: Math.min(Theme.peopleDialogHeight, parent ? parent.height - 2 * Theme.spacingXl : Theme.peopleDialogHeight)
    modal: true
    padding: Theme.spacingL
    title: qsTr("The training plan, person by person")
    onOpened: projectionList.forceActiveFocus()

    header: Label {
        text: root.title
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
            objectName: "projectionDialogCaption"
            Layout.fillWidth: true
            text: root.qualification.projectionCaption
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
                id: projectionList

                objectName: "projectionPeopleList"
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                clip: true
                model: root.qualification.projectionPeople
                boundsBehavior: Flickable.StopAtBounds
                keyNavigationEnabled: true
                highlightMoveDuration: 0
                ScrollBar.vertical: ScrollBar {}
                Keys.onReturnPressed: root.personChosen(root.qualification.projectionPeople[projectionList.currentIndex].code)
                Keys.onEnterPressed: root.personChosen(root.qualification.projectionPeople[projectionList.currentIndex].code)

                delegate: Rectangle {
                    id: row

                    required property int index
                    required property var modelData

                    width: ListView.view.width
                    implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacingS
                    color: hover.hovered || ListView.isCurrentItem ? Theme.hover
                                                                   : (index % 2 === 1 ? Theme.surfaceAlt : Theme.surface)
                    Accessible.role: Accessible.Button
                    Accessible.name: row.modelData.fullName + " (" + row.modelData.code + ")"
                    Accessible.onPressAction: root.personChosen(row.modelData.code)

                    HoverHandler {
                        id: hover

                        cursorShape: Qt.PointingHandCursor
                    }

                    TapHandler {
                        onTapped: root.personChosen(row.modelData.code)
                    }

                    RowLayout {
                        id: rowLayout

                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.verticalCenter: parent.verticalCenter
                        anchors.leftMargin: Theme.spacingM
                        anchors.rightMargin: Theme.spacingM
                        spacing: Theme.spacingM

                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.preferredWidth: 2
                            spacing: 2

                            Label {
                                Layout.fillWidth: true
                                text: row.modelData.fullName + "  ·  " + row.modelData.code
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontNormal
                                font.bold: true
                                color: Theme.text
                            }

                            Label {
                                Layout.fillWidth: true
                                text: row.modelData.positionLabel + "  ·  " + row.modelData.unitName
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }

                            Label {
                                objectName: "projectionExplanation"
                                Layout.fillWidth: true
                                text: row.modelData.explanation
                                wrapMode: Text.WordWrap
                                font.pixelSize: Theme.fontSmall
                                color: row.modelData.qualifiesOn === "" || row.modelData.afterDeadline ? Theme.notMet
                                                                                                       : Theme.text
                            }
                        }

                        Label {
                            objectName: "projectionQualifiesOn"
                            Layout.preferredWidth: Theme.gapListWidth / 2
                            horizontalAlignment: Text.AlignRight
                            //: shown instead of a date when the plan closes none or not all of the person's gaps
                            text: row.modelData.qualifiesOn !== "" ? row.modelData.qualifiesOn : qsTr("not planned")
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                            color: row.modelData.qualifiesOn === "" || row.modelData.afterDeadline ? Theme.notMet
                                                                                                   : Theme.met
                        }
                    }
                }
            }

            Label {
                anchors.centerIn: parent
                visible: projectionList.count === 0
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
                text: qsTr("Assumes the people in service today stay and today's standards stay in force. Click a person to open their page.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
            }

            Button {
                objectName: "closeProjectionButton"
                text: qsTr("Close")
                onClicked: root.close()
            }
        }
    }
}
