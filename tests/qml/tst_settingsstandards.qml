// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/**
 * Settings, "Title standards": every commune title with the standard in force today; a change of a
 * requirement asks for confirmation with its effective date and changes only the dates from it;
 * the difficult-area switch writes the province setting. The changes made here are dated 2031 or
 * later, so the other pages' figures (today and earlier) are not affected.
 */
TestCase {
    id: testCase

    name: "SettingsStandards"
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

    Component {
        id: spyComponent

        SignalSpy {}
    }

    function createPage(): var {
        verify(AppController.standards)
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page)
        waitForRendering(page)
        return page
    }

    function titleIndex(position: string): int {
        const titles = AppController.standards.titles
        for (let i = 0; i < titles.length; ++i) {
            if (titles[i].position === position)
                return i
        }
        return -1
    }

    function selectTitle(page: var, position: string): void {
        const list = findChild(page, "standardTitleList")
        list.positionViewAtIndex(titleIndex(position), 0) // ListView.Beginning
        waitForRendering(list)
        const delegate = findChild(list, "standardTitle_" + position)
        verify(delegate, position)
        mouseClick(delegate)
        compare(findChild(page, "standardTitle").text, AppController.standards.titles[titleIndex(position)].title)
    }

    /** Scrolls the standard's detail so that item shows, and returns it. */
    function reveal(page: var, item: var): var {
        const flick = findChild(page, "standardDetail").contentItem
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y, flick.contentHeight - flick.height))
        waitForRendering(page)
        return item
    }

    function test_listsEveryTitleWithItsStandard(): void {
        const page = createPage()
        const list = findChild(page, "standardTitleList")
        compare(list.count, 17)
        verify(findChild(page, "standardsIntro").text.indexOf(AppController.standards.todayText) >= 0)

        selectTitle(page, "chu_tich_ubnd")
        compare(findChild(page, "standardBasis").text, "Nghị định 33/2023/NĐ-CP, Điều 8")
        compare(findChild(page, "standardPeriod").text, "In force: from 01/08/2023")
        compare(findChild(page, "standardDeadline").text, "Staff must meet it by 01/08/2028")
        const theory = findChild(page, "requirement_political_theory")
        verify(theory)
        verify(findChild(theory, "enabledSwitch").checked)
        verify(!findChild(theory, "toVerifyBadge").visible)
        compare(findChild(theory, "minimumCombo").currentText, AppController.label("political_theory", "trung_cap"))

        // ND 33/2023 Art 8 cl 1: Bí thư's political theory is a suggestion "to verify", not enforced.
        selectTitle(page, "bi_thu")
        const suggestion = findChild(page, "requirement_political_theory")
        verify(findChild(suggestion, "toVerifyBadge").visible)
        verify(!findChild(suggestion, "enabledSwitch").checked)
        compare(findChild(suggestion, "requirementBasis").text, "Nghị định 33/2023/NĐ-CP, Điều 8 khoản 1 (chưa xác minh)")

        // The field rule of Tư pháp – hộ tịch has no level to choose.
        selectTitle(page, "tu_phap_ho_tich")
        const field = findChild(page, "requirement_professional_field")
        verify(!findChild(field, "minimumCombo").visible)
        verify(findChild(field, "requirementExpected").text.indexOf("luật") >= 0)
    }

    function test_cancelChangesNothing(): void {
        const page = createPage()
        selectTitle(page, "pho_bi_thu")
        const before = JSON.stringify(AppController.standards.titles)
        const dialog = findChild(page, "standardChangeDialog")
        verify(!dialog.visible)

        mouseClick(reveal(page, findChild(findChild(page, "requirement_political_theory"), "enabledSwitch")))
        tryCompare(dialog, "opened", true)
        compare(findChild(dialog, "effectiveDate").isoDate, AppController.standards.today)
        compare(findChild(dialog, "changeText").text,
                "Enforce “Political theory” for " + AppController.standards.titles[titleIndex("pho_bi_thu")].title + ".")
        verify(findChild(dialog, "changeSummary").text.startsWith("From " + AppController.standards.todayText))
        mouseClick(findChild(dialog, "cancelChangeButton"))
        tryCompare(dialog, "visible", false)
        compare(JSON.stringify(AppController.standards.titles), before)
        verify(!findChild(findChild(page, "requirement_political_theory"), "enabledSwitch").checked)
    }

    function test_changeFromAConfirmedDate(): void {
        const page = createPage()
        selectTitle(page, "pho_chu_tich_hdnd")
        const info = createTemporaryObject(spyComponent, testCase,
                                           { target: AppController, signalName: "infoMessage" })
        const dialog = findChild(page, "standardChangeDialog")
        const title = AppController.standards.titles[titleIndex("pho_chu_tich_hdnd")].title

        // Raise the political theory of the Vice-chair of the People's Council from 01/01/2031.
        const theory = findChild(page, "requirement_political_theory")
        const combo = reveal(page, findChild(theory, "minimumCombo"))
        combo.activated(combo.indexIn(combo.choices, "cao_cap"))
        tryCompare(dialog, "opened", true)
        compare(combo.currentText, AppController.label("political_theory", "trung_cap"), "the stored level stays shown")
        const date = findChild(dialog, "effectiveDate")
        date.text = "01/01/2031"
        compare(findChild(dialog, "changeSummary").text,
                "From 01/01/2031 the standard of " + title + " changes; reports for earlier dates keep the old one.")
        mouseClick(findChild(dialog, "confirmChangeButton"))
        tryCompare(dialog, "visible", false)
        compare(info.count, 1)
        compare(info.signalArguments[0][0], "The standard of " + title + " changes from 01/01/2031.")

        // Today the old standard applies, now ending on 31/12/2030; its requirement is unchanged.
        compare(findChild(page, "standardPeriod").text, "In force: 01/08/2023 – 31/12/2030")
        compare(findChild(findChild(page, "requirement_political_theory"), "minimumCombo").currentText,
                AppController.label("political_theory", "trung_cap"))

        // A change after the end of today's standard cannot be confirmed.
        mouseClick(reveal(page, findChild(findChild(page, "requirement_general_education"), "enabledSwitch")))
        tryCompare(dialog, "opened", true)
        findChild(dialog, "effectiveDate").text = "01/06/2031"
        compare(findChild(dialog, "changeSummary").text,
                "The standard of " + title + " applies until 31/12/2030: choose an earlier date.")
        verify(!findChild(dialog, "confirmChangeButton").enabled)
        // Nor a date that does not exist.
        findChild(dialog, "effectiveDate").text = "31/02/2030"
        compare(findChild(dialog, "changeSummary").text, "")
        verify(!findChild(dialog, "confirmChangeButton").enabled)
        mouseClick(findChild(dialog, "cancelChangeButton"))
        tryCompare(dialog, "visible", false)
        compare(info.count, 1)
    }

    function test_difficultAreaSwitch(): void {
        const page = createPage()
        const toggle = findChild(page, "difficultAreaSwitch")
        verify(AppController.standards.difficultAreaRule)
        verify(toggle.checked)
        mouseClick(toggle)
        verify(!AppController.standards.difficultAreaRule)
        verify(!toggle.checked)
        mouseClick(toggle)
        verify(AppController.standards.difficultAreaRule)
        verify(toggle.checked)
    }
}
