// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * The dashboard's qualification section (issue 3): the commune-level rate against the 100 %
 * target, the people still to qualify before the deadline, the most missed requirement, a bar
 * per commune, the trend and the requirements not met. Every figure comes from
 * QualificationModel; clicking one asks the page to list the people behind it.
 */
SectionCard {
    id: root

    required property QualificationModel qualification
    readonly property bool hasStaff: root.qualification.staff > 0
    readonly property var mostMissed: root.qualification.gapCounts.length > 0 ? root.qualification.gapCounts[0] : null

    signal unitRequested(code: string, name: string)
    signal stillToQualifyRequested()
    signal gapRequested(key: string, label: string)
    /** A person of the training plan's list was chosen. */
    signal personRequested(code: string)

    function percent(rate: real): string {
        return (100 * rate).toLocaleString(Qt.locale(), "f", 1) + " %"
    }

    function number(n: int): string {
        return n.toLocaleString(Qt.locale(), "f", 0)
    }

    title: qsTr("Commune-level cadres and civil servants meeting their title standards")

    Label {
        Layout.fillWidth: true
        text: {
            const counted = qsTr("Counted: commune-level cadres and civil servants in service whose title has a standard in force on this date.")
            return root.qualification.notCounted > 0
                   //: %n people of commune titles without a standard in force on the date
                   ? counted + " " + qsTr("%Ln more hold a title with no standard in force and are not counted.", "", root.qualification.notCounted)
                   : counted
        }
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textFaint
    }

    Label {
        objectName: "qualificationEmpty"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingL
        Layout.bottomMargin: Theme.spacingL
        visible: !root.hasStaff
        text: qsTr("No commune-level cadre or civil servant is counted on this date.")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontLarge
        color: Theme.textMuted
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        visible: root.hasStaff
        spacing: Theme.spacingXl

        ColumnLayout {
            objectName: "rateBlock"
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.rateBlockWidth
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingXs

            RowLayout {
                spacing: Theme.spacingS

                Label {
                    objectName: "rateValue"
                    text: root.percent(root.qualification.rate)
                    font.pixelSize: Theme.fontHuge
                    font.bold: true
                    color: root.qualification.rate >= root.qualification.target ? Theme.met : Theme.accent
                }

                Label {
                    Layout.alignment: Qt.AlignBaseline
                    //: %1 is the target rate, "100 %"
                    text: qsTr("qualified · target %1").arg((100 * root.qualification.target).toLocaleString(Qt.locale(), "f", 0) + " %")
                    font.pixelSize: Theme.fontNormal
                    color: Theme.textMuted
                }
            }

            RateBar {
                Layout.fillWidth: true
                rate: root.qualification.rate
                target: root.qualification.target
            }

            Label {
                objectName: "rateDetail"
                Layout.fillWidth: true
                //: %1 people qualified out of %2 counted
                text: qsTr("%1 of %2 people meet the standard of their title")
                      .arg(root.number(root.qualification.qualified)).arg(root.number(root.qualification.staff))
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: Theme.borderWidth
            color: Theme.divider
        }

        Rectangle {
            id: stillBlock

            objectName: "stillToQualify"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            implicitHeight: stillColumn.implicitHeight
            color: stillHover.hovered ? Theme.hover : Theme.none
            radius: Theme.radius
            Accessible.role: Accessible.Button
            Accessible.name: stillValue.text + " " + stillText.text
            Accessible.onPressAction: root.stillToQualifyRequested()

            HoverHandler {
                id: stillHover

                cursorShape: Qt.PointingHandCursor
            }

            TapHandler {
                onTapped: root.stillToQualifyRequested()
            }

            ColumnLayout {
                id: stillColumn

                anchors.fill: parent
                spacing: Theme.spacingXs

                RowLayout {
                    spacing: Theme.spacingS

                    Label {
                        id: stillValue

                        objectName: "stillToQualifyValue"
                        text: root.number(root.qualification.stillToQualify)
                        font.pixelSize: Theme.fontHuge
                        font.bold: true
                        color: root.qualification.stillToQualify > 0 ? Theme.notMet : Theme.met
                    }

                    Label {
                        id: stillText

                        Layout.alignment: Qt.AlignBaseline
                        Layout.fillWidth: true
                        //: the number before it is how many; plural by %n
                        text: qsTr("people still to qualify", "", root.qualification.stillToQualify)
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontNormal
                        color: Theme.textMuted
                    }
                }

                Label {
                    objectName: "deadlineText"
                    Layout.fillWidth: true
                    visible: root.qualification.deadline !== ""
                    //: %1 is the legal deadline, DD/MM/YYYY
                    text: qsTr("before %1 (ND 33/2023 deadline)").arg(root.qualification.deadline)
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    color: Theme.text
                }

                Label {
                    Layout.fillWidth: true
                    visible: root.qualification.deadline !== ""
                    text: root.qualification.daysToDeadline >= 0
                          //: days from the date shown to the deadline
                          ? qsTr("%Ln days left on this date", "", root.qualification.daysToDeadline)
                          : qsTr("the deadline has passed")
                    font.pixelSize: Theme.fontSmall
                    color: root.qualification.daysToDeadline >= 0 ? Theme.textMuted : Theme.notMet
                }

                Label {
                    visible: root.qualification.stillToQualify > 0
                    text: qsTr("See who →")
                    font.pixelSize: Theme.fontSmall
                    font.underline: stillHover.hovered
                    color: Theme.accent
                }
            }
        }

        Rectangle {
            Layout.fillHeight: true
            implicitWidth: Theme.borderWidth
            color: Theme.divider
        }

        Rectangle {
            objectName: "mostMissed"
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            implicitHeight: missedColumn.implicitHeight
            color: missedHover.hovered && root.mostMissed ? Theme.hover : Theme.none
            radius: Theme.radius
            Accessible.role: Accessible.Button
            Accessible.name: missedLabel.text
            Accessible.onPressAction: {
                if (root.mostMissed)
                    root.gapRequested(root.mostMissed.key, root.mostMissed.label)
            }

            HoverHandler {
                id: missedHover

                cursorShape: root.mostMissed ? Qt.PointingHandCursor : Qt.ArrowCursor
            }

            TapHandler {
                onTapped: {
                    if (root.mostMissed)
                        root.gapRequested(root.mostMissed.key, root.mostMissed.label)
                }
            }

            ColumnLayout {
                id: missedColumn

                anchors.fill: parent
                spacing: Theme.spacingXs

                Label {
                    text: qsTr("Most missed requirement")
                    font.pixelSize: Theme.fontNormal
                    color: Theme.textMuted
                }

                Label {
                    id: missedLabel

                    objectName: "mostMissedLabel"
                    Layout.fillWidth: true
                    text: root.mostMissed ? root.mostMissed.label : qsTr("None: everyone counted meets every requirement")
                    elide: Text.ElideRight
                    font.pixelSize: root.mostMissed ? Theme.fontTitle : Theme.fontNormal
                    font.bold: root.mostMissed !== null
                    color: root.mostMissed ? Theme.text : Theme.met
                }

                Label {
                    visible: root.mostMissed !== null
                    //: how many counted people miss the requirement
                    text: root.mostMissed ? qsTr("missed by %Ln people", "", root.mostMissed.people) : ""
                    font.pixelSize: Theme.fontNormal
                    color: Theme.notMet
                }
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: root.hasStaff
        implicitHeight: Theme.borderWidth
        color: Theme.divider
    }

    RowLayout {
        Layout.fillWidth: true
        // Taller when there are many communes, so that every name shows; room for the plan's caption.
        Layout.preferredHeight: Math.max(Theme.chartHeight + projectionRow.implicitHeight + Theme.spacingXs,
                                         root.qualification.chartUnits.length * Theme.chartBarSlot + Theme.chartBarOverhead)
        visible: root.hasStaff
        spacing: Theme.spacingL

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: root.qualification.chartTruncated
                      //: %1 is how many communes are shown, %2 how many there are
                      ? qsTr("Rate by commune: the %1 lowest of %2").arg(root.qualification.chartUnits.length)
                                                                      .arg(root.qualification.byUnit.length)
                      : qsTr("Rate by commune")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
            }

            CommuneRateChart {
                objectName: "communeChart"
                Layout.fillWidth: true
                Layout.fillHeight: true
                units: root.qualification.chartUnits
                onUnitClicked: (code, name) => root.unitRequested(code, name)
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Click a bar to see the commune's people.")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.preferredHeight: Theme.chartHeight + projectionRow.implicitHeight + Theme.spacingXs
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: qsTr("Trend: 31 December of each year, today, and the plan")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
            }

            QualificationTrendChart {
                objectName: "trendChart"
                Layout.fillWidth: true
                Layout.fillHeight: true
                trend: root.qualification.trend
                projected: root.qualification.projected
                deadline: root.qualification.projectionDeadline
            }

            RowLayout {
                id: projectionRow

                Layout.fillWidth: true
                spacing: Theme.spacingS

                Label {
                    objectName: "projectionCaption"
                    Layout.fillWidth: true
                    text: root.qualification.projectionCaption
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: root.qualification.projectionMissing > 0 ? Theme.notMet : Theme.text
                }

                Button {
                    objectName: "projectionPeopleButton"
                    visible: root.qualification.projectionPeople.length > 0
                    text: qsTr("Person by person…")
                    flat: true
                    font.pixelSize: Theme.fontSmall
                    onClicked: projectionDialog.open()
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: false
            Layout.preferredWidth: Theme.gapListWidth
            Layout.fillHeight: true
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: qsTr("Requirements not met")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("people missing each one (a person can miss several)")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
            }

            Repeater {
                objectName: "gapRows"
                model: root.qualification.gapCounts

                GapRow {
                    objectName: "gap_" + modelData.key
                    Layout.fillWidth: true
                    maxPeople: root.mostMissed ? root.mostMissed.people : 1
                    onClicked: root.gapRequested(modelData.key, modelData.label)
                }
            }

            Label {
                Layout.fillWidth: true
                visible: root.qualification.gapCounts.length === 0
                text: qsTr("None.")
                font.pixelSize: Theme.fontNormal
                color: Theme.met
            }

            Item {
                Layout.fillHeight: true
            }

            Label {
                Layout.fillWidth: true
                visible: root.qualification.gapCounts.length > 0
                text: qsTr("Click a requirement to see who misses it.")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
            }
        }
    }

    QualificationProjectionDialog {
        id: projectionDialog

        objectName: "projectionDialog"
        qualification: root.qualification
        onPersonChosen: code => {
            projectionDialog.close()
            root.personRequested(code)
        }
    }
}
