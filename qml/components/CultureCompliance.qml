// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/**
 * Compliance with the public-service culture over a year or quarter: per unit the rate of checks
 * passed, breaches, people with a breach and breaches by item; the ND 335 culture points of each
 * civil servant (from 2026) with the office's setting of how many of the 30 points culture counts.
 */
Item {
    id: root

    required property CultureController culture
    readonly property var report: root.culture.report
    readonly property var units: root.report.units !== undefined ? root.report.units : []
    readonly property var people: root.report.people !== undefined ? root.report.people : []
    readonly property int numberWidth: Theme.colLevel

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            spacing: Theme.spacingM

            CultureFigure {
                objectName: "complianceRateFigure"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                //: %1 is the period (year 2026, quarter 1/2026)
                title: qsTr("Compliance, %1").arg(root.report.period !== undefined ? root.report.period : "")
                value: root.report.rateText !== undefined ? root.report.rateText : "—"
            }
            CultureFigure {
                objectName: "checksFigure"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                title: qsTr("Checks")
                value: (root.report.checks !== undefined ? root.report.checks : 0).toLocaleString(Qt.locale(), "f", 0)
            }
            CultureFigure {
                objectName: "breachesFigure"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                title: qsTr("Breaches")
                value: (root.report.breaches !== undefined ? root.report.breaches : 0).toLocaleString(Qt.locale(), "f", 0)
                alert: root.report.breaches > 0
            }
            CultureFigure {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                title: qsTr("Violations in the log")
                value: (root.report.violations !== undefined ? root.report.violations : 0).toLocaleString(Qt.locale(), "f", 0)
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            color: Theme.surface
            border.color: Theme.border
            border.width: Theme.borderWidth
            radius: Theme.radius

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.borderWidth
                spacing: 0

                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    implicitHeight: Theme.rowHeight
                    color: Theme.headerRow

                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        Cell {
                            Layout.leftMargin: Theme.spacingM
                            Layout.preferredWidth: Theme.colUnit
                            header: true
                            text: qsTr("Unit")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.rateBlockWidth / 2
                            header: true
                            text: qsTr("Compliance")
                        }
                        Cell {
                            Layout.preferredWidth: root.numberWidth
                            horizontalAlignment: Text.AlignRight
                            header: true
                            text: qsTr("Inspections")
                        }
                        Cell {
                            Layout.preferredWidth: root.numberWidth
                            horizontalAlignment: Text.AlignRight
                            header: true
                            text: qsTr("Checks")
                        }
                        Cell {
                            Layout.preferredWidth: root.numberWidth
                            horizontalAlignment: Text.AlignRight
                            header: true
                            text: qsTr("Breaches")
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colCategory
                            horizontalAlignment: Text.AlignRight
                            header: true
                            text: qsTr("People with breach")
                        }
                        Cell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            Layout.rightMargin: Theme.spacingM
                            header: true
                            text: qsTr("Breaches by item")
                        }
                    }
                }

                ListView {
                    id: unitList

                    objectName: "complianceUnitList"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: count > 0
                    clip: true
                    model: root.units
                    boundsBehavior: Flickable.StopAtBounds
                    ScrollBar.vertical: ScrollBar {}

                    delegate: Rectangle {
                        id: unitRow

                        required property int index
                        required property var modelData
                        readonly property string byItemText: {
                            const parts = []
                            for (let i = 0; i < unitRow.modelData.byItem.length; ++i)
                                parts.push(unitRow.modelData.byItem[i].label + ": " + unitRow.modelData.byItem[i].count)
                            return parts.join("; ")
                        }

                        width: ListView.view.width
                        implicitHeight: Theme.rowHeight
                        color: unitRow.index % 2 ? Theme.surfaceAlt : Theme.surface

                        RowLayout {
                            anchors.fill: parent
                            spacing: Theme.spacingS

                            Cell {
                                Layout.leftMargin: Theme.spacingM
                                Layout.preferredWidth: Theme.colUnit
                                text: unitRow.modelData.name
                            }
                            RowLayout {
                                Layout.fillWidth: false
                                Layout.preferredWidth: Theme.rateBlockWidth / 2
                                spacing: Theme.spacingXs

                                Cell {
                                    objectName: "unitRateText"
                                    Layout.preferredWidth: Theme.colCount
                                    text: unitRow.modelData.rateText
                                    font.bold: true
                                }
                                RateBar {
                                    Layout.fillWidth: true
                                    Layout.preferredWidth: Theme.colCode
                                    Layout.alignment: Qt.AlignVCenter
                                    visible: unitRow.modelData.rate >= 0
                                    rate: unitRow.modelData.rate / 100
                                }
                            }
                            Cell {
                                Layout.preferredWidth: root.numberWidth
                                horizontalAlignment: Text.AlignRight
                                text: unitRow.modelData.inspections
                            }
                            Cell {
                                Layout.preferredWidth: root.numberWidth
                                horizontalAlignment: Text.AlignRight
                                text: unitRow.modelData.checks
                            }
                            Cell {
                                Layout.preferredWidth: root.numberWidth
                                horizontalAlignment: Text.AlignRight
                                text: unitRow.modelData.breaches
                                color: unitRow.modelData.breaches > 0 ? Theme.notMet : Theme.text
                            }
                            Cell {
                                Layout.preferredWidth: Theme.colCategory
                                horizontalAlignment: Text.AlignRight
                                text: unitRow.modelData.peopleWithBreach
                            }
                            Cell {
                                Layout.fillWidth: true
                                Layout.preferredWidth: Theme.colCode
                                Layout.rightMargin: Theme.spacingM
                                text: unitRow.byItemText !== "" ? unitRow.byItemText : "—"
                                muted: true
                            }
                        }
                    }
                }

                EmptyState {
                    objectName: "complianceEmptyState"
                    Layout.fillWidth: true
                    Layout.preferredWidth: Theme.colCode
                    Layout.fillHeight: true
                    visible: unitList.count === 0
                    //: %1 is the period (year 2026, quarter 1/2026)
                    title: qsTr("No inspection in %1.").arg(root.report.period !== undefined ? root.report.period : "")
                    detail: qsTr("Compliance is the share of checks passed in the inspections of the period.")
                }
            }
        }

        SectionCard {
            objectName: "nd335Section"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.colCode
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            title: qsTr("ND 335/2025: culture points of civil servants (from 2026)")

            Label {
                objectName: "pointsNote"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.warning
                text: qsTr("Public-service culture is scored within the 30 general-criteria points of ND 335/2025. The law does not fix how many of the 30 points culture gets: this is an office setting, to be checked against the office's own evaluation rules (UNSURE). Points = setting × checks passed ÷ checks in the year.")
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                spacing: Theme.spacingS

                Label {
                    text: qsTr("Culture counts for")
                    font.pixelSize: Theme.fontNormal
                    color: Theme.text
                }
                TextField {
                    id: pointsField

                    objectName: "pointsMaxField"
                    implicitWidth: Theme.colLevel
                    implicitHeight: Theme.controlHeight
                    font.pixelSize: Theme.fontNormal
                    horizontalAlignment: Text.AlignRight
                    selectByMouse: true
                    text: root.culture.pointsMax.toLocaleString(Qt.locale(), "f", 1)
                    validator: DoubleValidator {
                        bottom: 0
                        top: 30
                        decimals: 2
                        notation: DoubleValidator.StandardNotation
                    }
                    onAccepted: applyButton.apply()
                }
                Label {
                    text: qsTr("of the 30 general-criteria points")
                    font.pixelSize: Theme.fontNormal
                    color: Theme.text
                }
                Button {
                    id: applyButton

                    function apply(): void {
                        root.culture.setPointsMax(Number.fromLocaleString(Qt.locale(), pointsField.text))
                    }

                    objectName: "applyPointsButton"
                    text: qsTr("Apply")
                    enabled: pointsField.acceptableInput
                    onClicked: applyButton.apply()
                }
                Item {
                    Layout.fillWidth: true
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                visible: peopleList.count > 0
                implicitHeight: Theme.rowHeight
                color: Theme.headerRow

                RowLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingS

                    Cell {
                        Layout.leftMargin: Theme.spacingM
                        Layout.preferredWidth: Theme.colCode
                        header: true
                        text: qsTr("Code")
                    }
                    Cell {
                        Layout.preferredWidth: Theme.colUnit
                        header: true
                        text: qsTr("Full name")
                    }
                    Cell {
                        Layout.preferredWidth: root.numberWidth
                        horizontalAlignment: Text.AlignRight
                        header: true
                        text: qsTr("Checks")
                    }
                    Cell {
                        Layout.preferredWidth: root.numberWidth
                        horizontalAlignment: Text.AlignRight
                        header: true
                        text: qsTr("Breaches")
                    }
                    Cell {
                        Layout.fillWidth: true
                        Layout.preferredWidth: Theme.colCode
                        header: true
                        text: qsTr("Items breached")
                    }
                    Cell {
                        Layout.preferredWidth: root.numberWidth
                        Layout.rightMargin: Theme.spacingM
                        horizontalAlignment: Text.AlignRight
                        header: true
                        text: qsTr("Points")
                    }
                }
            }

            ListView {
                id: peopleList

                objectName: "pointsList"
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                Layout.fillHeight: true
                Layout.minimumHeight: Theme.rowHeight
                visible: count > 0
                clip: true
                model: root.people
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}

                delegate: Rectangle {
                    id: personRow

                    required property int index
                    required property var modelData

                    width: ListView.view.width
                    implicitHeight: Theme.rowHeight
                    color: personRow.index % 2 ? Theme.surfaceAlt : Theme.surface

                    RowLayout {
                        anchors.fill: parent
                        spacing: Theme.spacingS

                        Cell {
                            Layout.leftMargin: Theme.spacingM
                            Layout.preferredWidth: Theme.colCode
                            text: personRow.modelData.code
                            muted: true
                        }
                        Cell {
                            Layout.preferredWidth: Theme.colUnit
                            text: personRow.modelData.fullName
                        }
                        Cell {
                            Layout.preferredWidth: root.numberWidth
                            horizontalAlignment: Text.AlignRight
                            text: personRow.modelData.checks
                        }
                        Cell {
                            Layout.preferredWidth: root.numberWidth
                            horizontalAlignment: Text.AlignRight
                            text: personRow.modelData.breaches
                            color: personRow.modelData.breaches > 0 ? Theme.notMet : Theme.text
                        }
                        Cell {
                            Layout.fillWidth: true
                            Layout.preferredWidth: Theme.colCode
                            text: personRow.modelData.breachedItems !== "" ? personRow.modelData.breachedItems : "—"
                            muted: true
                        }
                        Cell {
                            objectName: "pointsCell"
                            Layout.preferredWidth: root.numberWidth
                            Layout.rightMargin: Theme.spacingM
                            horizontalAlignment: Text.AlignRight
                            text: personRow.modelData.pointsText
                            font.bold: personRow.modelData.hasPoints
                        }
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.preferredWidth: Theme.colCode
                visible: peopleList.count === 0
                text: qsTr("Nobody was inspected in this period.")
                font.pixelSize: Theme.fontNormal
                color: Theme.textFaint
            }
        }
    }
}
