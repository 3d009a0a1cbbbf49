// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtTest
import CongVu.Core
import CongVu.Ui

/** The person's page: the form shows the C++ field errors and saves only valid data; delete asks first. */
TestCase {
    id: testCase

    readonly property StaffListModel staff: AppController.staff
    readonly property PersonEditor editor: AppController.editor

    function clearFilters(): void {
        staff.searchText = ""
        staff.unitFilter = ""
        staff.categoryFilter = ""
        staff.positionFilter = ""
        staff.asOfDate = ""
    }

    function createPage(): PersonPage {
        const page = createTemporaryObject(pageComponent, testCase)
        verify(page, "PersonPage is created")
        return page
    }

    /** Types ASCII text (QTest asserts on other characters). */
    function typeText(text: string): void {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    /** Replaces the text of a form field as a user would. */
    function retype(page: PersonPage, key: string, text: string): void {
        const input = findChild(findChild(page, "field_" + key), "input")
        verify(input.visible, key + " is editable")
        input.forceActiveFocus()
        input.selectAll()
        keyClick(Qt.Key_Delete)
        typeText(text)
        compare(input.text, text)
    }

    /** The birth date stored for code, read back through the staff list. */
    function storedBirthDate(code: string): string {
        staff.searchText = code
        compare(staff.rowCount(), 1, "one person has the code " + code)
        return staff.data(staff.index(0, 0), StaffListModel.BirthDateRole)
    }

    name: "PersonPage"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: pageComponent

        PersonPage {
            width: testCase.width
            height: testCase.height
        }
    }

    SignalSpy {
        id: savedSpy

        target: AppController.editor
        signalName: "saved"
    }

    SignalSpy {
        id: removedSpy

        target: AppController.editor
        signalName: "removed"
    }

    function init(): void {
        clearFilters()
        savedSpy.clear()
        removedSpy.clear()
    }

    function cleanup(): void {
        editor.clear()
        clearFilters()
    }

    function test_showsEveryGroup(): void {
        const code = staff.codeAt(0)
        const page = createPage()
        verify(page.open(code))
        compare(findChild(page, "personTitle").text, editor.record["full_name"])
        for (const key of ["code", "full_name", "birth_date", "unit_code", "category", "position",
                           "professional_level", "political_theory"]) {
            const value = findChild(findChild(page, "field_" + key), "valueText")
            verify(value.visible, key)
            compare(value.text, editor.display(key) !== "" ? editor.display(key) : "—")
        }
    }

    function test_invalidBirthDateIsRefusedThenFixed(): void {
        const code = staff.codeAt(0)
        const page = createPage()
        verify(page.open(code))
        const original = editor.record["birth_date"]
        verify(original.length === 10, original)

        mouseClick(findChild(page, "editButton"))
        verify(page.editing)
        const field = findChild(page, "field_birth_date")
        const error = findChild(field, "errorText")
        verify(!error.visible)

        retype(page, "birth_date", "31/02/1990")
        mouseClick(findChild(page, "saveButton"))
        tryVerify(() => error.visible, 2000, "the field shows its error")
        verify(error.text.length > 0)
        verify(editor.errors["birth_date"] !== undefined)
        verify(page.editing, "the form stays open")
        compare(savedSpy.count, 0)
        compare(storedBirthDate(code), original, "nothing was saved")

        // Another day of the same month and year: valid whatever the rules on age are.
        const fixed = (original.substring(0, 2) === "01" ? "02" : "01") + original.substring(2)
        retype(page, "birth_date", fixed)
        verify(!error.visible, "typing clears the field's error")
        keySequence("Ctrl+S")
        tryCompare(savedSpy, "count", 1)
        verify(!page.editing)
        compare(findChild(field, "valueText").text, fixed)
        compare(storedBirthDate(code), fixed)
    }

    function test_cancelRestoresTheRecord(): void {
        const code = staff.codeAt(1)
        const page = createPage()
        verify(page.open(code))
        const name = editor.record["full_name"]
        mouseClick(findChild(page, "editButton"))
        retype(page, "full_name", "Ten Tam") // keyClick types ASCII only
        verify(editor.dirty)
        keyClick(Qt.Key_Escape)
        verify(!page.editing)
        compare(editor.record["full_name"], name)
        compare(savedSpy.count, 0)
    }

    function test_deleteAsksForConfirmation(): void {
        // A person of this test's own, so no other test depends on them.
        const unit = staff.data(staff.index(0, 0), StaffListModel.UnitCodeRole)
        editor.startNew(unit)
        editor.setField("code", "QT-DEL-1")
        editor.setField("full_name", "Nguyễn Văn Xoá")
        editor.setField("birth_date", "14/07/1990")
        editor.setField("gender", "nam")
        editor.setField("category", "vc")
        editor.setField("position", "Viên chức")
        verify(editor.save(), JSON.stringify(editor.errors))

        const page = createPage()
        verify(page.open("QT-DEL-1"))
        const dialog = findChild(page, "confirmDeleteDialog")
        verify(!dialog.visible)

        mouseClick(findChild(page, "deleteButton"))
        tryCompare(dialog, "opened", true)
        compare(findChild(dialog, "confirmText").text, "Delete Nguyễn Văn Xoá (QT-DEL-1)? This cannot be undone.")
        mouseClick(findChild(dialog, "cancelDeleteButton"))
        tryCompare(dialog, "visible", false)
        compare(removedSpy.count, 0)
        verify(editor.loaded)
        staff.searchText = "QT-DEL-1"
        compare(staff.totalCount, 1, "Cancel keeps the person")

        const closedSpy = createTemporaryObject(spyComponent, testCase, { target: page, signalName: "closed" })
        mouseClick(findChild(page, "deleteButton"))
        tryCompare(dialog, "opened", true)
        mouseClick(findChild(dialog, "confirmDeleteButton"))
        tryCompare(removedSpy, "count", 1)
        compare(removedSpy.signalArguments[0][0], "QT-DEL-1")
        compare(closedSpy.count, 1, "the page closes")
        compare(staff.totalCount, 0, "Delete removes the person")
        verify(!editor.loaded)
    }

    /** The first person with a standard in force today whose "qualified" is wanted. */
    function communePerson(qualified: bool): var {
        const people = AppController.qualification.peopleFor("", false)
        for (const p of people) {
            if (p.qualified === qualified)
                return p
        }
        return null
    }

    function test_titleStandardOfSomeoneWithGaps(): void {
        AppController.qualification.asOfDate = AppController.today
        const person = communePerson(false)
        verify(person, "the demo office has commune staff with gaps")
        const page = createPage()
        verify(page.open(person.code))
        const card = findChild(page, "titleStandardCard")
        verify(card.visible, "shown for commune cadres and civil servants")
        const standing = editor.standing
        compare(standing.applies, true)
        compare(standing.hasStandard, true)
        compare(standing.status, "not_qualified")
        compare(standing.gapKeys, person.gaps)
        compare(standing.gaps, person.gapLabels)
        // (the English plural form comes with the translation files)
        verify(findChild(card, "standingStatus").text.startsWith("✗ Does not meet the standard: " + person.gaps.length))
        const basis = findChild(card, "standardBasis").text
        verify(basis.indexOf("33/2023") >= 0, basis)
        verify(basis.indexOf("to be met by 01/08/2028") >= 0, basis)
        compare(findChild(card, "gapList").text, "Gaps: " + person.gapLabels.join(", "))

        // One row per enforced requirement: ✓ or ✗ as the standing says, with its legal basis.
        const rows = findChild(card, "requirementRows")
        compare(rows.count, standing.requirements.length)
        let unmet = 0
        for (let i = 0; i < rows.count; ++i) {
            const r = standing.requirements[i]
            compare(findChild(rows.itemAt(i), "mark").text, r.met ? "✓" : "✗")
            verify(r.basis !== "", r.key + " names its source")
            verify(r.expected !== "" && r.actual !== "")
            if (!r.met)
                ++unmet
        }
        compare(unmet, person.gaps.length)
    }

    function test_titleStandardOfSomeoneQualified(): void {
        AppController.qualification.asOfDate = AppController.today
        const person = communePerson(true)
        verify(person, "the demo office has qualified commune staff")
        const page = createPage()
        verify(page.open(person.code))
        const card = findChild(page, "titleStandardCard")
        verify(card.visible)
        compare(editor.standing.status, "qualified")
        compare(findChild(card, "standingStatus").text, "✓ Meets the standard of the title")
        compare(findChild(card, "gapList").text, "No gaps.")
        for (const r of editor.standing.requirements)
            verify(r.met, r.key)
    }

    function test_titleStandardSuggestionsAreNotGaps(): void {
        // Political theory for the Party secretary is a suggestion ("to verify") under ND 33/2023.
        staff.categoryFilter = "cb_xa"
        staff.positionFilter = "bi_thu"
        staff.asOfDate = AppController.today
        verify(staff.rowCount() > 0, "the demo office has a Party secretary")
        const page = createPage()
        verify(page.open(staff.codeAt(0)))
        const card = findChild(page, "titleStandardCard")
        verify(card.visible)
        const suggestions = editor.standing.suggestions
        verify(suggestions.length > 0)
        compare(findChild(card, "suggestionRows").count, suggestions.length)
        for (const s of suggestions) {
            compare(s.confirmed, false)
            verify(editor.standing.gapKeys.indexOf(s.key) < 0 || editor.standing.requirements.some(r => r.key === s.key && !r.met),
                   s.key + " is not a gap by itself")
        }
    }

    function test_titleStandardHiddenForOtherCategories(): void {
        // Anyone outside the commune categories (the small demo office may lack one category).
        for (const category of ["vc", "cc", "cb", "khong_chuyen_trach"]) {
            staff.categoryFilter = category
            if (staff.rowCount() > 0)
                break
        }
        verify(staff.rowCount() > 0)
        const page = createPage()
        verify(page.open(staff.codeAt(0)))
        compare(editor.standing.applies, false)
        verify(!findChild(page, "titleStandardCard").visible)
    }

    function test_titleStandardHiddenWhileEditing(): void {
        const person = communePerson(false)
        const page = createPage()
        verify(page.open(person.code))
        const card = findChild(page, "titleStandardCard")
        verify(card.visible)
        mouseClick(findChild(page, "editButton"))
        verify(!card.visible, "the stored standing is not shown over unsaved changes")
        keyClick(Qt.Key_Escape)
        verify(card.visible)
    }

    Component {
        id: spyComponent

        SignalSpy {}
    }
}
