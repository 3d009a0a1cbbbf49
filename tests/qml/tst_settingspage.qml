// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/** Settings: the database and version are shown; the language radio buttons switch AppController's language. */
TestCase {
    id: testCase

    name: "SettingsPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        SettingsPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function cleanup(): void {
        AppController.setLanguage("en")
    }

    function test_showsDatabaseAndSwitchesLanguage(): void {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        compare(findChild(page, "databasePath").text, AppController.databasePath)
        verify(AppController.databasePath.endsWith("qmltest.sqlite"), AppController.databasePath)
        compare(findChild(page, "versionLabel").text, AppController.version)

        const vi = findChild(page, "languageVi")
        const en = findChild(page, "languageEn")
        compare(AppController.language, "en")
        verify(en.checked)
        mouseClick(vi)
        compare(AppController.language, "vi")
        verify(vi.checked)
        verify(!en.checked)
        mouseClick(en)
        compare(AppController.language, "en")
        verify(en.checked)
    }
}
