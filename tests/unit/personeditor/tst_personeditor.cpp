// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"
#include "app/personeditor.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/** PersonEditor: the form's text fields, validation messages per field, save/remove through the registry. */
class TestPersonEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadShowsFieldsAsText();
    void loadUnknownPerson();
    void invalidDateIsRefused_data();
    void invalidDateIsRefused();
    void unknownUnitIsRefused();
    void fixThenSave();
    void codeChangeIsRefused();
    void removeDeletes();
    void startNewAndSave();
    void startNewWithTakenCode();
    void setFieldIgnoresUnknownKeysAndSameValues();
    void display();
    void conflictKeepsInputUntilReload();
    void savesInARowKeepWorking();

private:
    StaffMember m_stored;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<RegistryService> m_registry;
    std::unique_ptr<QualificationService> m_qualification;
    std::unique_ptr<PersonEditor> m_editor;
};

void TestPersonEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPersonEditor::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC));
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    m_stored = Samples::person(u"P1"_s, u"Nguyễn Thị Hoa"_s, u"W1"_s, u"cb_xa"_s, u"chu_tich_ubnd"_s);
    m_stored.gender = u"nu"_s;
    m_stored.isLeader = true;
    m_stored.birthDate = QDate(1980, 9, 2);
    m_stored.startDate = QDate(2021, 6, 1);
    m_stored.ethnicMinority.reset();
    m_stored.foreignLanguage.clear();
    QVERIFY(Samples::insertStaff(m_db->db(), {m_stored}));
    m_registry = std::make_unique<RegistryService>(m_db->db(), *m_clock);
    m_registry->setActor(u"app:tester"_s);
    m_qualification = std::make_unique<QualificationService>(m_db->db(), *m_clock);
    m_editor = std::make_unique<PersonEditor>(*m_registry, *m_qualification);
}

/**
 * Concurrent editing (issue 8 item 3): another officer (their own connection) saves the person while the
 * form is open; the form's save is refused with a conflict that names them and the field, the officer's
 * input stays until Reload, which shows the stored person; the next save works.
 */
void TestPersonEditor::conflictKeepsInputUntilReload()
{
    QVERIFY(m_editor->load(u"P1"_s));
    m_editor->setField(u"professional_field"_s, u"Kinh tế"_s);

    Database other(u"other-officer"_s);
    QCOMPARE(other.open(m_db->path()), Database::Status::Ok);
    RegistryService otherRegistry(other, *m_clock);
    otherRegistry.setActor(u"app:officer.b"_s);
    StaffMember changed = *otherRegistry.findStaff(u"P1"_s);
    changed.birthDate = QDate(1979, 1, 15);
    QVERIFY(otherRegistry.updateStaff(changed).ok());

    QSignalSpy conflictChanged(m_editor.get(), &PersonEditor::conflictChanged);
    QSignalSpy errorOccurred(m_editor.get(), &PersonEditor::errorOccurred);
    QSignalSpy saved(m_editor.get(), &PersonEditor::saved);
    QVERIFY(!m_editor->save());
    QCOMPARE(conflictChanged.count(), 1);
    QCOMPARE(errorOccurred.count(), 0); // shown in the form's error area, not the app's banner
    QCOMPARE(saved.count(), 0);
    QVERIFY2(m_editor->conflict().contains(u"officer.b"_s), qPrintable(m_editor->conflict()));
    QVERIFY2(m_editor->conflict().contains(u"Birth date"_s), qPrintable(m_editor->conflict()));
    // The input stays; nothing of it was written.
    QVERIFY(m_editor->dirty());
    QCOMPARE(m_editor->record().value(u"professional_field"_s).toString(), u"Kinh tế"_s);
    QCOMPARE(m_registry->findStaff(u"P1"_s)->professionalField, u"Luật"_s);
    // Saving again without reloading is still refused.
    QVERIFY(!m_editor->save());
    QCOMPARE(m_registry->findStaff(u"P1"_s)->professionalField, u"Luật"_s);

    QVERIFY(m_editor->reload());
    QCOMPARE(m_editor->conflict(), QString());
    QVERIFY(!m_editor->dirty());
    QCOMPARE(m_editor->record().value(u"birth_date"_s).toString(), u"15/01/1979"_s);
    QCOMPARE(m_editor->record().value(u"professional_field"_s).toString(), u"Luật"_s);
    m_editor->setField(u"professional_field"_s, u"Kinh tế"_s);
    QVERIFY(m_editor->save());
    const StaffMember now = *m_registry->findStaff(u"P1"_s);
    QCOMPARE(now.professionalField, u"Kinh tế"_s);
    QCOMPARE(now.birthDate, QDate(1979, 1, 15));
}

/** The form starts each save from the version its last save stored: one officer is never in conflict with themself. */
void TestPersonEditor::savesInARowKeepWorking()
{
    QVERIFY(m_editor->load(u"P1"_s));
    for (int i = 0; i < 5; ++i) {
        m_editor->setField(u"it_skill"_s, u"Trình độ %1"_s.arg(i));
        QVERIFY2(m_editor->save(), qPrintable(m_editor->conflict()));
    }
    QCOMPARE(m_editor->conflict(), QString());
    QCOMPARE(m_registry->findStaff(u"P1"_s)->itSkill, u"Trình độ 4"_s);
    QCOMPARE(m_registry->findStaff(u"P1"_s)->rowVersion.value, 6);
}

void TestPersonEditor::cleanup()
{
    m_editor.reset();
    m_qualification.reset();
    m_registry.reset();
    m_clock.reset();
    m_db.reset();
}

void TestPersonEditor::loadShowsFieldsAsText()
{
    QSignalSpy recordChanged(m_editor.get(), &PersonEditor::recordChanged);
    QVERIFY(m_editor->load(u"P1"_s));
    QCOMPARE(recordChanged.count(), 1);
    QVERIFY(m_editor->loaded());
    QVERIFY(!m_editor->isNew());
    QVERIFY(!m_editor->dirty());
    QCOMPARE(m_editor->code(), u"P1"_s);

    const QVariantMap r = m_editor->record();
    QStringList keys = r.keys();
    keys.sort();
    QStringList expectedKeys = RecordFields::staffKeys();
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);
    QCOMPARE(r.value(u"code"_s).toString(), u"P1"_s);
    QCOMPARE(r.value(u"full_name"_s).toString(), u"Nguyễn Thị Hoa"_s);
    QCOMPARE(r.value(u"birth_date"_s).toString(), u"02/09/1980"_s);
    QCOMPARE(r.value(u"start_date"_s).toString(), u"01/06/2021"_s);
    QCOMPARE(r.value(u"end_date"_s).toString(), QString());
    QCOMPARE(r.value(u"gender"_s).toString(), u"nu"_s);
    QCOMPARE(r.value(u"unit_code"_s).toString(), u"W1"_s);
    QCOMPARE(r.value(u"category"_s).toString(), u"cb_xa"_s);
    QCOMPARE(r.value(u"position"_s).toString(), u"chu_tich_ubnd"_s);
    QCOMPARE(r.value(u"is_leader"_s).toString(), u"1"_s);
    QCOMPARE(r.value(u"ethnic_minority"_s).toString(), QString());
    QCOMPARE(r.value(u"foreign_language"_s).toString(), QString());
    QCOMPARE(r.value(u"professional_level"_s).toString(), u"dai_hoc"_s);
    QVERIFY(m_editor->errors().isEmpty());
    QCOMPARE(m_editor->member(), m_stored);
}

void TestPersonEditor::loadUnknownPerson()
{
    QSignalSpy error(m_editor.get(), &PersonEditor::errorOccurred);
    QVERIFY(!m_editor->load(u"NOPE"_s));
    QCOMPARE(error.count(), 1);
    QVERIFY(!m_editor->loaded());
}

void TestPersonEditor::invalidDateIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");

    QTest::newRow("31 February") << u"birth_date"_s << u"31/02/1990"_s;
    QTest::newRow("month 13") << u"birth_date"_s << u"01/13/1990"_s;
    QTest::newRow("words") << u"birth_date"_s << u"hôm qua"_s;
    QTest::newRow("start date") << u"start_date"_s << u"2021-02-30"_s;
    QTest::newRow("end date") << u"end_date"_s << u"32/01/2026"_s;
}

void TestPersonEditor::invalidDateIsRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, text);

    QVERIFY(m_editor->load(u"P1"_s));
    QSignalSpy saved(m_editor.get(), &PersonEditor::saved);
    QSignalSpy errorsChanged(m_editor.get(), &PersonEditor::errorsChanged);
    m_editor->setField(key, text);
    m_editor->setField(u"professional_field"_s, u"Quản lý công"_s);
    QVERIFY(m_editor->dirty());

    QVERIFY(!m_editor->save());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(errorsChanged.count(), 1);
    QVERIFY(m_editor->errors().contains(key));
    const QString message = m_editor->errors().value(key).toString();
    QVERIFY2(message.contains(text), qPrintable(message));
    QCOMPARE(m_registry->findStaff(u"P1"_s), std::optional<StaffMember>(m_stored));
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
    QVERIFY(m_editor->dirty());
    QCOMPARE(m_editor->record().value(key).toString(), text); // the form keeps what was typed
}

void TestPersonEditor::unknownUnitIsRefused()
{
    QVERIFY(m_editor->load(u"P1"_s));
    m_editor->setField(u"unit_code"_s, u"NOPE"_s);
    QVERIFY(!m_editor->save());
    QVERIFY(m_editor->errors().contains(u"unit_code"_s));
    QCOMPARE(m_editor->errors().size(), 1);
    QCOMPARE(m_registry->findStaff(u"P1"_s)->unitCode, u"W1"_s);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestPersonEditor::fixThenSave()
{
    QVERIFY(m_editor->load(u"P1"_s));
    QSignalSpy saved(m_editor.get(), &PersonEditor::saved);
    m_editor->setField(u"birth_date"_s, u"31/02/1990"_s);
    m_editor->setField(u"unit_code"_s, u"NOPE"_s);
    QVERIFY(!m_editor->save());
    QCOMPARE(m_editor->errors().size(), 2);

    m_editor->setField(u"birth_date"_s, u"15/03/1981"_s); // the field's error goes when it is edited
    QVERIFY(!m_editor->errors().contains(u"birth_date"_s));
    QVERIFY(m_editor->errors().contains(u"unit_code"_s));
    m_editor->setField(u"unit_code"_s, u"W2"_s);
    QVERIFY(m_editor->errors().isEmpty());
    m_editor->setField(u"professional_level"_s, u"thac_si"_s);
    m_editor->setField(u"ethnic_minority"_s, u"1"_s);

    QVERIFY(m_editor->save());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), u"P1"_s);
    QVERIFY(m_editor->errors().isEmpty());
    QVERIFY(!m_editor->dirty());
    QVERIFY(!m_editor->isNew());

    StaffMember expected = m_stored;
    expected.birthDate = QDate(1981, 3, 15);
    expected.unitCode = u"W2"_s;
    expected.professionalLevel = u"thac_si"_s;
    expected.ethnicMinority = true;
    QCOMPARE(m_registry->findStaff(u"P1"_s), std::optional<StaffMember>(expected));
    QCOMPARE(m_editor->record().value(u"birth_date"_s).toString(), u"15/03/1981"_s);

    const auto audit = Samples::auditRows(m_db->db(), u"staff"_s, u"P1"_s);
    QCOMPARE(audit.size(), 1u);
    QCOMPARE(audit.front().action, u"update"_s);
    QCOMPARE(audit.front().actor, u"app:tester"_s);
}

void TestPersonEditor::codeChangeIsRefused()
{
    QVERIFY(m_editor->load(u"P1"_s));
    QSignalSpy saved(m_editor.get(), &PersonEditor::saved);
    m_editor->setField(u"code"_s, u"P9"_s);
    QVERIFY(!m_editor->save());
    QCOMPARE(saved.count(), 0);
    QVERIFY(m_editor->errors().contains(u"code"_s));
    QVERIFY(m_registry->findStaff(u"P1"_s));
    QVERIFY(!m_registry->findStaff(u"P9"_s));
    QCOMPARE(Samples::staffRows(m_db->db()), 1);
    QCOMPARE(Samples::auditCount(m_db->db()), 0);
}

void TestPersonEditor::removeDeletes()
{
    QVERIFY(m_editor->load(u"P1"_s));
    QSignalSpy removed(m_editor.get(), &PersonEditor::removed);
    QVERIFY(m_editor->remove());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), u"P1"_s);
    QVERIFY(!m_registry->findStaff(u"P1"_s));
    QVERIFY(!m_editor->loaded());
    QCOMPARE(Samples::auditRows(m_db->db(), u"staff"_s, u"P1"_s).back().action, u"delete"_s);

    // Nothing loaded any more: a second remove does nothing.
    QVERIFY(!m_editor->remove());
    QCOMPARE(removed.count(), 1);
}

void TestPersonEditor::startNewAndSave()
{
    QSignalSpy saved(m_editor.get(), &PersonEditor::saved);
    m_editor->startNew(u"WN"_s);
    QVERIFY(m_editor->isNew());
    QVERIFY(m_editor->loaded());
    QCOMPARE(m_editor->record().value(u"unit_code"_s).toString(), u"WN"_s);
    QCOMPARE(m_editor->record().value(u"birth_date"_s).toString(), QString());
    QVERIFY(!m_editor->remove()); // a new person cannot be deleted

    QVERIFY(!m_editor->save()); // empty form: required fields
    for (const char *key : {"code", "full_name", "birth_date", "category", "position"})
        QVERIFY2(m_editor->errors().contains(QLatin1String(key)), key);
    QCOMPARE(saved.count(), 0);

    m_editor->setField(u"code"_s, u"P2"_s);
    m_editor->setField(u"full_name"_s, u"  Trần Văn Nam "_s);
    m_editor->setField(u"birth_date"_s, u"1995-12-01"_s);
    m_editor->setField(u"category"_s, u"cc_xa"_s);
    m_editor->setField(u"position"_s, u"van_phong_thong_ke"_s);
    m_editor->setField(u"start_date"_s, u"01/08/2025"_s);
    m_editor->setField(u"is_leader"_s, u"0"_s);
    QVERIFY2(m_editor->save(), qPrintable(m_editor->errors().keys().join(u", "_s)));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), u"P2"_s);
    QVERIFY(!m_editor->isNew());

    const auto p2 = m_registry->findStaff(u"P2"_s);
    QVERIFY(p2);
    QCOMPARE(p2->fullName, u"Trần Văn Nam"_s);
    QCOMPARE(p2->birthDate, QDate(1995, 12, 1));
    QCOMPARE(p2->startDate, QDate(2025, 8, 1));
    QCOMPARE(p2->unitCode, u"WN"_s);
    QCOMPARE(p2->isLeader, std::optional<bool>(false));
    QVERIFY(!p2->ethnicMinority);
    QVERIFY(p2->professionalLevel.isEmpty());
    QCOMPARE(Samples::auditRows(m_db->db(), u"staff"_s, u"P2"_s).front().action, u"insert"_s);
    QCOMPARE(m_editor->record().value(u"birth_date"_s).toString(), u"01/12/1995"_s);

    // Saved once: a further edit is an update of P2.
    m_editor->setField(u"it_skill"_s, u"IC3"_s);
    QVERIFY(m_editor->save());
    QCOMPARE(m_registry->findStaff(u"P2"_s)->itSkill, u"IC3"_s);
    QCOMPARE(Samples::auditRows(m_db->db(), u"staff"_s, u"P2"_s).back().action, u"update"_s);
}

void TestPersonEditor::startNewWithTakenCode()
{
    m_editor->startNew();
    m_editor->setField(u"code"_s, u"P1"_s);
    m_editor->setField(u"full_name"_s, u"Người Khác"_s);
    m_editor->setField(u"birth_date"_s, u"01/01/1990"_s);
    m_editor->setField(u"unit_code"_s, u"AG"_s);
    m_editor->setField(u"category"_s, u"cc"_s);
    m_editor->setField(u"position"_s, u"Chuyên viên"_s);
    QVERIFY(!m_editor->save());
    QVERIFY(m_editor->errors().contains(u"code"_s));
    QCOMPARE(m_registry->findStaff(u"P1"_s), std::optional<StaffMember>(m_stored));
}

void TestPersonEditor::setFieldIgnoresUnknownKeysAndSameValues()
{
    QVERIFY(m_editor->load(u"P1"_s));
    QSignalSpy recordChanged(m_editor.get(), &PersonEditor::recordChanged);
    QSignalSpy dirtyChanged(m_editor.get(), &PersonEditor::dirtyChanged);
    m_editor->setField(u"nickname"_s, u"Hoa"_s);
    m_editor->setField(u"full_name"_s, u"Nguyễn Thị Hoa"_s);
    QCOMPARE(recordChanged.count(), 0);
    QVERIFY(!m_editor->dirty());
    QVERIFY(!m_editor->record().contains(u"nickname"_s));
    m_editor->setField(u"full_name"_s, u"Nguyễn Thị Hòa"_s);
    QCOMPARE(recordChanged.count(), 1);
    QCOMPARE(dirtyChanged.count(), 1);
    QVERIFY(m_editor->dirty());
}

void TestPersonEditor::display()
{
    QVERIFY(m_editor->load(u"P1"_s));
    QCOMPARE(m_editor->display(u"unit_code"_s), u"Phường Một (W1)"_s);
    QCOMPARE(m_editor->display(u"is_leader"_s), PersonEditor::tr("Yes"));
    QCOMPARE(m_editor->display(u"ethnic_minority"_s), QString());
    QCOMPARE(m_editor->display(u"full_name"_s), u"Nguyễn Thị Hoa"_s);
    QVERIFY(!m_editor->display(u"position"_s).isEmpty());
    QVERIFY(m_editor->display(u"position"_s) != u"chu_tich_ubnd"_s);
}

QTEST_GUILESS_MAIN(TestPersonEditor)
#include "tst_personeditor.moc"
