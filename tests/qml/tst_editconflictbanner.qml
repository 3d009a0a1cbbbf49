// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Ui

/**
 * The form's error area for concurrent editing: hidden without a message; with one it shows the text,
 * takes the keyboard focus on its Reload button, and Enter, Space or a click asks for the reload.
 */
TestCase {
    id: testCase

    name: "EditConflictBanner"
    when: windowShown
    visible: true
    width: 800
    height: 200

    Component {
        id: bannerComponent

        EditConflictBanner {
            width: testCase.width
        }
    }

    SignalSpy {
        id: reloadSpy

        signalName: "reloadRequested"
    }

    function createBanner(): EditConflictBanner {
        const banner = createTemporaryObject(bannerComponent, testCase)
        verify(banner, "the banner is created")
        reloadSpy.clear()
        reloadSpy.target = banner
        return banner
    }

    function test_hiddenWithoutMessage(): void {
        const banner = createBanner()
        verify(!banner.visible)
        compare(banner.implicitHeight, 0)
    }

    function test_showsMessageAndReloadsFromTheKeyboard(): void {
        const banner = createBanner()
        banner.message = "P1 was changed by officer.a at 09:15 27/11/2026 while you were editing it. Changed: Birth date."
        verify(banner.visible)
        compare(findChild(banner, "conflictText").text, banner.message)
        const reload = findChild(banner, "conflictReloadButton")
        verify(reload.visible)
        tryVerify(() => reload.activeFocus, 1000, "Reload takes the keyboard focus")
        keyClick(Qt.Key_Return)
        compare(reloadSpy.count, 1)
        keyClick(Qt.Key_Space)
        compare(reloadSpy.count, 2)
        mouseClick(reload)
        compare(reloadSpy.count, 3)
        banner.message = ""
        verify(!banner.visible)
    }
}
