// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CongVu.Core
import CongVu.Ui

/** The language of the window, where the data is, and the title standards of the qualification rate. */
Item {
    id: root

    // Two columns: Language and Database side by side leave the height to the title standards.
    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingXl
        columns: 2
        rowSpacing: Theme.spacingL
        columnSpacing: Theme.spacingL

        Label {
            Layout.columnSpan: 2
            text: qsTr("Settings")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }

        SectionCard {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.bannerMaxWidth
            title: qsTr("Language")

            // Each language is named in itself, so these two are not translated.
            RadioButton {
                objectName: "languageVi"
                text: "Tiếng Việt"
                checked: AppController.language === "vi"
                onClicked: AppController.setLanguage("vi")
            }
            RadioButton {
                objectName: "languageEn"
                text: "English"
                checked: AppController.language === "en"
                onClicked: AppController.setLanguage("en")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The window changes at once; the choice is kept for the next start.")
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textFaint
            }
        }

        SectionCard {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.bannerMaxWidth
            title: qsTr("Database")

            Label {
                text: qsTr("File")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            TextEdit {
                objectName: "databasePath"
                Layout.fillWidth: true
                text: AppController.databasePath
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                font.pixelSize: Theme.fontNormal
                color: Theme.text
            }
            Label {
                text: qsTr("Program version")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            Label {
                objectName: "versionLabel"
                text: AppController.version
                font.pixelSize: Theme.fontNormal
                color: Theme.text
            }
        }

        StandardsSection {
            objectName: "standardsSection"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            controller: AppController.standards
        }
    }
}
