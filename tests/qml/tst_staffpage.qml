// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/** The Staff page on the demo office: search without accents, filters, empty state, keyboard. */
TestCase {
    id: testCase

    readonly property StaffListModel staff: AppController.staff

    function clearFilters(): void {
        staff.searchText = ""
        staff.unitFilter = ""
        staff.categoryFilter = ""
        staff.positionFilter = ""
        staff.asOfDate = ""
    }

    function createPage(): StaffPage {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "StaffPage is created")
        return page
    }

    /** Types ASCII text (QTest asserts on other characters). */
    function typeText(text: string): void {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function roleOf(row: int, role: int): var {
        return staff.data(staff.index(row, 0), role)
    }

    function indexOfValue(combo: OptionCombo, value: string): int {
        for (let i = 0; i < combo.choices.length; ++i) {
            if (combo.choices[i].value === value)
                return i
        }
        return -1
    }

    name: "StaffPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        StaffPage {
            width: testCase.width
            height: testCase.height
        }
    }

    function init(): void {
        clearFilters()
    }

    function cleanup(): void {
        clearFilters()
    }

    function test_searchWithoutAccents(): void {
        const page = createPage()
        const everyone = staff.totalCount
        verify(everyone > 0, "the demo office has staff")
        const list = findChild(page, "staffList")
        tryVerify(() => list.count > 0)

        const search = findChild(page, "searchField")
        search.forceActiveFocus()
        typeText("nguyen")
        compare(search.text, "nguyen")

        tryVerify(() => staff.totalCount < everyone, 5000, "the search narrows the list")
        verify(staff.totalCount > 0, "someone is called Nguyễn")
        tryCompare(list, "count", staff.rowCount())
        for (let row = 0; row < staff.rowCount(); ++row) {
            const name = roleOf(row, StaffListModel.FullNameRole)
            verify(name.indexOf("Nguyễn") >= 0, name + " contains Nguyễn")
        }
        const countLabel = findChild(page, "countLabel")
        verify(countLabel.text.indexOf(String(staff.totalCount)) >= 0, countLabel.text)
        verify(!findChild(page, "staffEmptyState").visible)
    }

    function test_filterByCategoryAndPosition(): void {
        const page = createPage()
        const everyone = staff.totalCount
        const categoryCombo = findChild(page, "categoryCombo")
        const positionCombo = findChild(page, "positionCombo")
        verify(!positionCombo.visible, "no position filter without a commune category")

        const cbXa = indexOfValue(categoryCombo, "cb_xa")
        verify(cbXa > 0, "cb_xa is offered")
        categoryCombo.activated(cbXa)
        compare(staff.categoryFilter, "cb_xa")
        compare(categoryCombo.currentIndex, cbXa)
        tryVerify(() => staff.totalCount < everyone)
        verify(staff.totalCount > 0)
        for (let row = 0; row < staff.rowCount(); ++row)
            compare(roleOf(row, StaffListModel.CategoryRole), "cb_xa")

        // Commune cadres have titles: the position filter appears and narrows further.
        verify(positionCombo.visible, "commune titles can be filtered")
        const communeCadres = staff.totalCount
        const chairman = indexOfValue(positionCombo, "chu_tich_ubnd")
        verify(chairman > 0)
        positionCombo.activated(chairman)
        compare(staff.positionFilter, "chu_tich_ubnd")
        verify(staff.totalCount <= communeCadres)
        for (let row = 0; row < staff.rowCount(); ++row)
            compare(roleOf(row, StaffListModel.PositionRole), "chu_tich_ubnd")

        // Another category drops the position filter and hides it.
        categoryCombo.activated(indexOfValue(categoryCombo, "vc"))
        compare(staff.categoryFilter, "vc")
        compare(staff.positionFilter, "")
        verify(!positionCombo.visible)
        for (let row = 0; row < staff.rowCount(); ++row)
            compare(roleOf(row, StaffListModel.CategoryRole), "vc")

        // "All categories" is the first entry.
        categoryCombo.activated(0)
        compare(staff.categoryFilter, "")
        compare(staff.totalCount, everyone)
    }

    function test_noMatchShowsEmptyStateAndClears(): void {
        const page = createPage()
        const everyone = staff.totalCount
        const search = findChild(page, "searchField")
        search.forceActiveFocus()
        typeText("zzqxw")
        tryCompare(staff, "totalCount", 0)

        const empty = findChild(page, "staffEmptyState")
        tryVerify(() => empty.visible)
        const title = findChild(empty, "emptyTitle")
        verify(title.text.indexOf("No one matches") === 0, title.text)
        verify(title.text.indexOf("zzqxw") > 0, title.text)
        verify(!findChild(page, "staffList").visible)

        const clear = findChild(empty, "emptyAction")
        verify(clear.visible)
        mouseClick(clear)
        compare(staff.searchText, "")
        compare(search.text, "", "the search field follows the model")
        compare(staff.totalCount, everyone)
        tryVerify(() => !empty.visible)
    }

    function test_asOfDateAcceptsBothFormats(): void {
        const page = createPage()
        const field = findChild(page, "asOfField")
        field.forceActiveFocus()
        typeText("26/11/2026")
        keyClick(Qt.Key_Return)
        compare(staff.asOfDate, "2026-11-26")
        compare(field.text, "26/11/2026") // shown the Vietnamese way
        field.selectAll()
        typeText("2026-11-25")
        keyClick(Qt.Key_Return)
        compare(staff.asOfDate, "2026-11-25")
        compare(field.text, "25/11/2026")
    }

    function test_keyboardMovesSelectionAndOpensPerson(): void {
        const page = createPage()
        const list = findChild(page, "staffList")
        tryVerify(() => list.count > 2)
        const search = findChild(page, "searchField")
        search.forceActiveFocus()

        keyClick(Qt.Key_Down) // from the search field into the list
        verify(list.activeFocus)
        const first = list.currentIndex
        keyClick(Qt.Key_Down)
        compare(list.currentIndex, first + 1)
        keyClick(Qt.Key_Up)
        compare(list.currentIndex, first)
        keyClick(Qt.Key_Down)

        const code = staff.codeAt(list.currentIndex)
        keyClick(Qt.Key_Return)
        verify(page.showingPerson, "Enter opens the person")
        const personPage = findChild(page, "personPage")
        verify(personPage.visible)
        compare(AppController.editor.code, code)

        mouseClick(findChild(personPage, "backButton"))
        verify(!page.showingPerson)
    }

    function test_addPersonOpensEmptyForm(): void {
        const page = createPage()
        const personPage = findChild(page, "personPage")
        mouseClick(findChild(page, "addPersonButton"))
        verify(page.showingPerson)
        verify(personPage.editing)
        verify(AppController.editor.isNew)
        mouseClick(findChild(personPage, "cancelButton"))
        verify(!page.showingPerson)
        verify(!AppController.editor.loaded)

        // The same from the keyboard: Ctrl+N opens the form, Esc cancels it.
        keySequence("Ctrl+N")
        verify(page.showingPerson)
        verify(AppController.editor.isNew)
        keyClick(Qt.Key_Escape)
        verify(!page.showingPerson)
    }
}
