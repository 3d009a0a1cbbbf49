// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/qualificationrule.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/qualificationservice.h"
#include "services/standardsservice.h"
#include "sqlinspect.h"
#include "storage/settingrepository.h"
#include "testdatabase.h"
#include "testprinters.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(StandardRequirement)

namespace {

const QString kNd33 = u"Nghị định 33/2023/NĐ-CP"_s;

/** The stored standard of position whose instrument is instrument (the shipped seed has one each). */
std::optional<TitleStandard> findStandard(const std::vector<TitleStandard> &all, const QString &position,
                                          const QString &instrument)
{
    for (const auto &s : all) {
        if (s.position == position && s.instrument == instrument)
            return s;
    }
    return std::nullopt;
}

int indexOf(const TitleStandard &s, const QString &key)
{
    for (size_t i = 0; i < s.requirements.size(); ++i) {
        if (s.requirements[i].key == key)
            return int(i);
    }
    return -1;
}

/** A Chủ tịch UBND meeting ND 33/2023 Art 8 with political theory at trung cấp. */
StaffMember chairman()
{
    StaffMember m = Samples::person(u"P1"_s, u"Nguyễn Văn An"_s, u"W1"_s, u"cb_xa"_s, u"chu_tich_ubnd"_s);
    m.politicalTheory = u"trung_cap"_s;
    return m;
}

} // namespace

/**
 * StandardsService: a requirement change with an effective date splits the standard's period so
 * earlier dates keep the old requirement; on or before the start it changes in place; refused
 * changes write nothing; every write leaves its audit rows; the difficult-area setting round-trips.
 */
class TestStandardsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void changeAfterTheStartSplitsThePeriod();
    void splitOfAClosedStandardKeepsItsEnd();
    void splitOfAStandardWithoutStartDate();
    void changeOnTheStartIsInPlace_data();
    void changeOnTheStartIsInPlace();
    void secondChangeOnTheNewPeriodIsInPlace();
    void refusedChangeWritesNothing_data();
    void refusedChangeWritesNothing();
    void unknownStandardIsRefused();
    void unchangedRequirementWritesNothing();
    void failedWriteRollsBackTheWholeChange();

    void difficultAreaRuleIsOnByDefault();
    void difficultAreaRuleRoundTrip();
    void sameDifficultAreaRuleWritesNothing();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<StandardsService> m_service;
};

void TestStandardsService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStandardsService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 9, 1), QTime(10, 30), Qt::UTC));
    m_service = std::make_unique<StandardsService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
}

void TestStandardsService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestStandardsService::changeAfterTheStartSplitsThePeriod()
{
    const auto before = m_service->standards();
    QCOMPARE(before.size(), size_t(34));
    const auto stored = findStandard(before, u"chu_tich_ubnd"_s, kNd33);
    QVERIFY(stored);
    const int index = indexOf(*stored, u"political_theory"_s);
    QCOMPARE(index, 2);

    // The province raises political theory to cao cấp from 01/01/2026.
    StandardRequirement changed = stored->requirements[size_t(index)];
    changed.minimum = u"cao_cap"_s;
    const QDate effective(2026, 1, 1);
    const SaveResult r = m_service->changeRequirement(stored->id, index, changed, effective);
    QVERIFY2(r.ok(), qPrintable(r.error + TestSupport::fieldsOf(r.fieldErrors).join(u',')));

    const auto after = m_service->standards();
    QCOMPARE(after.size(), size_t(35));
    const auto closed = m_service->standard(stored->id);
    QVERIFY(closed);
    TitleStandard expectedClosed = *stored;
    expectedClosed.validTo = effective;
    QCOMPARE(*closed, expectedClosed); // only the end changed: the old requirement stays for its dates

    std::optional<TitleStandard> next;
    for (const auto &s : after) {
        if (s.position == "chu_tich_ubnd"_L1 && s.validFrom == effective)
            next = s;
    }
    QVERIFY(next);
    TitleStandard expectedNext = *stored;
    expectedNext.id = next->id;
    expectedNext.validFrom = effective;
    expectedNext.requirements[size_t(index)] = changed;
    QCOMPARE(*next, expectedNext); // same instrument, article, deadline, note, other requirements
    QVERIFY(!next->validTo.isValid());
    QCOMPARE(TestSupport::scalar(m_db->connection(),
                                 u"SELECT origin FROM title_standard WHERE id = %1"_s.arg(next->id)).toString(),
             u"user"_s);
    QCOMPARE(TestSupport::scalar(m_db->connection(),
                                 u"SELECT origin FROM title_standard WHERE id = %1"_s.arg(stored->id)).toString(),
             u"shipped"_s);

    // Each computation uses the set in force on its date (the reloaded catalogue).
    const StandardCatalogue catalogue(after);
    const StaffMember m = chairman();
    const TitleStandard *onDayBefore = catalogue.inForce(u"chu_tich_ubnd"_s, effective.addDays(-1));
    const TitleStandard *onEffective = catalogue.inForce(u"chu_tich_ubnd"_s, effective);
    QVERIFY(onDayBefore && onEffective);
    QCOMPARE(onDayBefore->id, stored->id);
    QCOMPARE(onEffective->id, next->id);
    QCOMPARE(catalogue.inForce(u"chu_tich_ubnd"_s, QDate(2023, 8, 1))->id, stored->id);
    const auto old = QualificationRule::evaluate(m, onDayBefore, false, true);
    QCOMPARE(old.status, QualificationResult::Status::Qualified);
    const auto now = QualificationRule::evaluate(m, onEffective, false, true);
    QCOMPARE(now.status, QualificationResult::Status::NotQualified);
    QCOMPARE(now.gaps, QStringList{u"political_theory"_s});
    // Other titles are untouched.
    QCOMPARE(catalogue.inForce(u"pho_chu_tich_ubnd"_s, effective)->requirements[2].minimum, u"trung_cap"_s);

    // Audit: the old standard's end, then the new period, in one change.
    QCOMPARE(Samples::auditCount(m_db->db()), 2);
    const auto rows = Samples::auditRows(m_db->db(), u"title_standard"_s);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].action, u"update"_s);
    QCOMPARE(rows[0].entityKey, QString::number(stored->id));
    QCOMPARE(rows[0].actor, u"tester"_s);
    QCOMPARE(rows[0].at, m_clock->now());
    const QJsonObject closedBefore = Samples::jsonObject(rows[0].beforeJson);
    const QJsonObject closedAfter = Samples::jsonObject(rows[0].afterJson);
    QCOMPARE(closedBefore.value(u"position"_s).toString(), u"chu_tich_ubnd"_s);
    QCOMPARE(closedBefore.value(u"valid_from"_s).toString(), u"2023-08-01"_s);
    QVERIFY(closedBefore.value(u"valid_to"_s).isNull());
    QCOMPARE(closedAfter.value(u"valid_to"_s).toString(), u"2026-01-01"_s);
    QCOMPARE(closedAfter.value(u"requirements"_s).toArray().at(2).toObject().value(u"minimum"_s).toString(),
             u"trung_cap"_s);
    QCOMPARE(rows[1].action, u"insert"_s);
    QCOMPARE(rows[1].entityKey, QString::number(next->id));
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows[1].id, true));
    const QJsonObject inserted = Samples::jsonObject(rows[1].afterJson);
    QCOMPARE(inserted.value(u"id"_s).toInteger(), next->id);
    QCOMPARE(inserted.value(u"valid_from"_s).toString(), u"2026-01-01"_s);
    QVERIFY(inserted.value(u"valid_to"_s).isNull());
    QCOMPARE(inserted.value(u"instrument"_s).toString(), kNd33);
    QCOMPARE(inserted.value(u"deadline"_s).toString(), u"2028-08-01"_s);
    const QJsonObject req = inserted.value(u"requirements"_s).toArray().at(2).toObject();
    QCOMPARE(req.value(u"key"_s).toString(), u"political_theory"_s);
    QCOMPARE(req.value(u"kind"_s).toString(), u"min_level"_s);
    QCOMPARE(req.value(u"minimum"_s).toString(), u"cao_cap"_s);
    QCOMPARE(req.value(u"enabled"_s).toBool(), true);
    QVERIFY(!req.value(u"basis"_s).toString().isEmpty());
}

void TestStandardsService::splitOfAClosedStandardKeepsItsEnd()
{
    // TT 13/2019 (25/12/2019 – 31/07/2023) for Văn hóa – xã hội: stop asking for IT from 01/01/2021.
    const auto stored = findStandard(m_service->standards(), u"van_hoa_xa_hoi"_s, u"Thông tư 13/2019/TT-BNV"_s);
    QVERIFY(stored);
    const int index = indexOf(*stored, u"it_skill"_s);
    QVERIFY(index >= 0);
    StandardRequirement changed = stored->requirements[size_t(index)];
    changed.enabled = false;
    QVERIFY(m_service->changeRequirement(stored->id, index, changed, QDate(2021, 1, 1)).ok());

    const StandardCatalogue catalogue(m_service->standards());
    StaffMember m = Samples::person(u"P1"_s, u"Lê Thị Hoa"_s, u"W1"_s, u"cc_xa"_s, u"van_hoa_xa_hoi"_s);
    m.itSkill.clear();
    const TitleStandard *early = catalogue.inForce(u"van_hoa_xa_hoi"_s, QDate(2020, 12, 31));
    const TitleStandard *late = catalogue.inForce(u"van_hoa_xa_hoi"_s, QDate(2023, 7, 31));
    QVERIFY(early && late);
    QCOMPARE(early->validTo, QDate(2021, 1, 1));
    QCOMPARE(late->validFrom, QDate(2021, 1, 1));
    QCOMPARE(late->validTo, QDate(2023, 8, 1)); // the new period ends where the old one did
    QCOMPARE(QualificationRule::evaluate(m, early, false, true).gaps, QStringList{u"it_skill"_s});
    QCOMPARE(QualificationRule::evaluate(m, late, false, true).status, QualificationResult::Status::Qualified);
    QCOMPARE(catalogue.inForce(u"van_hoa_xa_hoi"_s, QDate(2023, 8, 1))->instrument, kNd33);
}

void TestStandardsService::splitOfAStandardWithoutStartDate()
{
    // TT 06/2012 has no start date ("until 24/12/2019"): any effective date splits it.
    const auto stored = findStandard(m_service->standards(), u"dia_chinh"_s, u"Thông tư 06/2012/TT-BNV"_s);
    QVERIFY(stored);
    QVERIFY(!stored->validFrom.isValid());
    StandardRequirement changed = stored->requirements[0];
    changed.minimum = u"cao_dang"_s;
    QVERIFY(m_service->changeRequirement(stored->id, 0, changed, QDate(2015, 1, 1)).ok());
    const StandardCatalogue catalogue(m_service->standards());
    QCOMPARE(catalogue.inForce(u"dia_chinh"_s, QDate(2014, 12, 31))->requirements[0].minimum, u"trung_cap"_s);
    QCOMPARE(catalogue.inForce(u"dia_chinh"_s, QDate(2015, 1, 1))->requirements[0].minimum, u"cao_dang"_s);
    QCOMPARE(catalogue.inForce(u"dia_chinh"_s, QDate(2019, 12, 24))->requirements[0].minimum, u"cao_dang"_s);
    QCOMPARE(catalogue.inForce(u"dia_chinh"_s, QDate(2019, 12, 25))->instrument, u"Thông tư 13/2019/TT-BNV"_s);
}

void TestStandardsService::changeOnTheStartIsInPlace_data()
{
    QTest::addColumn<QDate>("effective");
    QTest::newRow("on the start (01/08/2023)") << QDate(2023, 8, 1);
    QTest::newRow("before the start") << QDate(2020, 1, 1);
}

void TestStandardsService::changeOnTheStartIsInPlace()
{
    QFETCH(QDate, effective);
    // The user confirms the LLCT item of Bí thư (ND 33/2023 Art 8 cl 1) for the whole ND 33 period.
    const auto stored = findStandard(m_service->standards(), u"bi_thu"_s, kNd33);
    QVERIFY(stored);
    const int index = indexOf(*stored, u"political_theory"_s);
    QVERIFY(!stored->requirements[size_t(index)].enabled);
    StandardRequirement changed = stored->requirements[size_t(index)];
    changed.enabled = true;
    QVERIFY(!StandardsService::splitsPeriod(*stored, effective));
    const SaveResult r = m_service->changeRequirement(stored->id, index, changed, effective);
    QVERIFY2(r.ok(), qPrintable(r.error));

    QCOMPARE(m_service->standards().size(), size_t(34));
    TitleStandard expected = *stored;
    expected.requirements[size_t(index)] = changed;
    QCOMPARE(m_service->standard(stored->id), std::optional<TitleStandard>(expected));

    const StandardCatalogue catalogue(m_service->standards());
    StaffMember m = Samples::person(u"P1"_s, u"Trần Văn Bình"_s, u"W1"_s, u"cb_xa"_s, u"bi_thu"_s);
    m.politicalTheory = u"so_cap"_s;
    const auto result = QualificationRule::evaluate(m, catalogue.inForce(u"bi_thu"_s, QDate(2023, 8, 1)), false, true);
    QCOMPARE(result.gaps, QStringList{u"political_theory"_s});
    // The QĐ 04/2004 standard before it is untouched.
    QCOMPARE(catalogue.inForce(u"bi_thu"_s, QDate(2023, 7, 31))->instrument, u"Quyết định 04/2004/QĐ-BNV"_s);

    const auto rows = Samples::auditRows(m_db->db(), u"title_standard"_s);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].action, u"update"_s);
    QCOMPARE(rows[0].entityKey, QString::number(stored->id));
    const auto reqBefore = Samples::jsonObject(rows[0].beforeJson).value(u"requirements"_s).toArray().at(index);
    const auto reqAfter = Samples::jsonObject(rows[0].afterJson).value(u"requirements"_s).toArray().at(index);
    QCOMPARE(reqBefore.toObject().value(u"enabled"_s).toBool(), false);
    QCOMPARE(reqAfter.toObject().value(u"enabled"_s).toBool(), true);
    QCOMPARE(reqAfter.toObject().value(u"confirmed"_s).toBool(), false); // still "to verify" in law
    QCOMPARE(Samples::auditCount(m_db->db()), 1);
}

void TestStandardsService::secondChangeOnTheNewPeriodIsInPlace()
{
    const auto stored = findStandard(m_service->standards(), u"dia_chinh"_s, kNd33);
    QVERIFY(stored);
    StandardRequirement changed = stored->requirements[1];
    changed.minimumDifficult.clear(); // the province stops lowering the level from 01/01/2026
    QVERIFY(m_service->changeRequirement(stored->id, 1, changed, QDate(2026, 1, 1)).ok());
    const StandardCatalogue split(m_service->standards());
    const TitleStandard *next = split.inForce(u"dia_chinh"_s, QDate(2026, 1, 1));
    QVERIFY(next && next->id != stored->id);
    // Changing the new period from its own start does not split it again.
    StandardRequirement again = next->requirements[1];
    again.minimum = u"thac_si"_s;
    QVERIFY(m_service->changeRequirement(next->id, 1, again, QDate(2026, 1, 1)).ok());
    QCOMPARE(m_service->standards().size(), size_t(35));
    const StandardCatalogue catalogue(m_service->standards());
    QCOMPARE(catalogue.inForce(u"dia_chinh"_s, QDate(2026, 1, 1))->requirements[1].minimum, u"thac_si"_s);
    QCOMPARE(catalogue.inForce(u"dia_chinh"_s, QDate(2025, 12, 31))->requirements[1].minimum, u"dai_hoc"_s);
    QCOMPARE(catalogue.inForce(u"dia_chinh"_s, QDate(2025, 12, 31))->requirements[1].minimumDifficult, u"trung_cap"_s);
    QCOMPARE(Samples::auditCount(m_db->db()), 3);
}

void TestStandardsService::refusedChangeWritesNothing_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<int>("index");
    QTest::addColumn<StandardRequirement>("changed");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<QString>("field");

    StandardRequirement level;
    level.key = u"professional_level"_s;
    level.kind = StandardRequirement::Kind::MinLevel;
    level.minimum = u"dai_hoc"_s;
    level.minimumDifficult = u"trung_cap"_s;
    level.basis = u"Nghị định 33/2023/NĐ-CP, Điều 10"_s;
    const QDate date(2026, 1, 1);
    const QString dc = u"dia_chinh"_s;

    StandardRequirement r = level;
    r.key = u"age"_s;
    QTest::newRow("unknown key") << dc << kNd33 << 1 << r << date << u"key"_s;
    r = level;
    r.minimum = u"dai_hocc"_s;
    QTest::newRow("minimum not a code") << dc << kNd33 << 1 << r << date << u"minimum"_s;
    r = level;
    r.minimum = u"chuyen_vien"_s;
    QTest::newRow("minimum of another field's table") << dc << kNd33 << 1 << r << date << u"minimum"_s;
    r = level;
    r.minimum.clear();
    QTest::newRow("no minimum") << dc << kNd33 << 1 << r << date << u"minimum"_s;
    r = level;
    r.minimumDifficult = u"Trung cấp"_s;
    QTest::newRow("difficult-area minimum not a code") << dc << kNd33 << 1 << r << date << u"minimum_difficult"_s;
    r = level;
    r.minimum = u"so_cap"_s;
    QTest::newRow("difficult-area minimum above the minimum") << dc << kNd33 << 1 << r << date << u"minimum"_s;
    r = level;
    r.key = u"it_skill"_s;
    QTest::newRow("a minimum level on a free-text field") << dc << kNd33 << 1 << r << date << u"kind"_s;
    r = level;
    r.kind = StandardRequirement::Kind::FieldMatch;
    r.key = u"professional_field"_s;
    r.fieldKeywords = {};
    QTest::newRow("field requirement without keywords") << u"tu_phap_ho_tich"_s << kNd33 << 2 << r << date
                                                        << u"field_keywords"_s;
    r.fieldKeywords = {u"  "_s};
    QTest::newRow("field requirement with a blank keyword") << u"tu_phap_ho_tich"_s << kNd33 << 2 << r << date
                                                            << u"field_keywords"_s;
    r.fieldKeywords = {u"luật|tư pháp"_s};
    QTest::newRow("keyword with the storage separator") << u"tu_phap_ho_tich"_s << kNd33 << 2 << r << date
                                                        << u"field_keywords"_s;
    QTest::newRow("index out of range") << dc << kNd33 << 2 << level << date << u"requirement"_s;
    QTest::newRow("negative index") << dc << kNd33 << -1 << level << date << u"requirement"_s;
    QTest::newRow("no effective date") << dc << kNd33 << 1 << level << QDate() << u"effective"_s;
    QTest::newRow("effective on the end of a closed standard")
        << dc << u"Thông tư 13/2019/TT-BNV"_s << 1 << level << QDate(2023, 8, 1) << u"effective"_s;
    QTest::newRow("effective after the end of a closed standard")
        << dc << u"Thông tư 13/2019/TT-BNV"_s << 1 << level << QDate(2025, 1, 1) << u"effective"_s;
}

void TestStandardsService::refusedChangeWritesNothing()
{
    QFETCH(QString, position);
    QFETCH(QString, instrument);
    QFETCH(int, index);
    QFETCH(StandardRequirement, changed);
    QFETCH(QDate, effective);
    QFETCH(QString, field);

    const auto stored = findStandard(m_service->standards(), position, instrument);
    QVERIFY(stored);
    const QStringList dumpBefore = TestSupport::dump(m_db->connection());
    const SaveResult r = m_service->changeRequirement(stored->id, index, changed, effective);
    QVERIFY(!r.ok());
    QVERIFY(r.error.isEmpty());
    QVERIFY2(TestSupport::fieldsOf(r.fieldErrors).contains(field),
             qPrintable(TestSupport::fieldsOf(r.fieldErrors).join(u',')));
    for (const FieldError &e : r.fieldErrors)
        QVERIFY(!e.message.isEmpty());
    QCOMPARE(TestSupport::dump(m_db->connection()), dumpBefore);
}

void TestStandardsService::unknownStandardIsRefused()
{
    const QStringList dumpBefore = TestSupport::dump(m_db->connection());
    StandardRequirement r;
    r.key = u"general_education"_s;
    r.minimum = u"thpt"_s;
    const SaveResult result = m_service->changeRequirement(99999, 0, r, QDate(2026, 1, 1));
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(TestSupport::dump(m_db->connection()), dumpBefore);
}

void TestStandardsService::unchangedRequirementWritesNothing()
{
    const auto stored = findStandard(m_service->standards(), u"dia_chinh"_s, kNd33);
    QVERIFY(stored);
    const QStringList dumpBefore = TestSupport::dump(m_db->connection());
    QVERIFY(m_service->changeRequirement(stored->id, 1, stored->requirements[1], QDate(2026, 1, 1)).ok());
    QCOMPARE(TestSupport::dump(m_db->connection()), dumpBefore);
}

void TestStandardsService::failedWriteRollsBackTheWholeChange()
{
    // The audit rows cannot be written: the period must not be closed either (one transaction).
    const auto before = m_service->standards();
    const auto stored = findStandard(before, u"chu_tich_ubnd"_s, kNd33);
    QVERIFY(stored);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"ALTER TABLE audit_log RENAME TO audit_log_away"_s));
    StandardRequirement changed = stored->requirements[2];
    changed.minimum = u"cao_cap"_s;
    const SaveResult r = m_service->changeRequirement(stored->id, 2, changed, QDate(2026, 1, 1));
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.fieldErrors.empty());
    QCOMPARE(m_service->standards(), before);
    QVERIFY(!m_service->setDifficultAreaRule(false).ok());
    QVERIFY(m_service->difficultAreaRule());
}

void TestStandardsService::difficultAreaRuleIsOnByDefault()
{
    QVERIFY(m_service->difficultAreaRule());
    QVERIFY(!SettingRepository(m_db->connection()).value(u"qualification.difficult_area_rule"_s));
    // The report service reads the same setting.
    QCOMPARE(QString::fromLatin1(StandardsService::DifficultAreaRuleKey),
             QString::fromLatin1(QualificationService::DifficultAreaRuleKey));
    QVERIFY(QualificationService(m_db->db(), *m_clock).difficultAreaRule());
}

void TestStandardsService::difficultAreaRuleRoundTrip()
{
    const QString key = u"qualification.difficult_area_rule"_s;
    QVERIFY(m_service->setDifficultAreaRule(false).ok());
    QVERIFY(!m_service->difficultAreaRule());
    QCOMPARE(SettingRepository(m_db->connection()).value(key), std::optional<QString>(u"0"_s));
    QVERIFY(!QualificationService(m_db->db(), *m_clock).difficultAreaRule());
    // A new service on the same database reads it back.
    QVERIFY(!StandardsService(m_db->db(), *m_clock).difficultAreaRule());

    m_clock->set(m_clock->now().addSecs(60));
    QVERIFY(m_service->setDifficultAreaRule(true).ok());
    QVERIFY(m_service->difficultAreaRule());
    QCOMPARE(SettingRepository(m_db->connection()).value(key), std::optional<QString>(u"1"_s));
    QVERIFY(QualificationService(m_db->db(), *m_clock).difficultAreaRule());

    const auto rows = Samples::auditRows(m_db->db(), u"setting"_s, key);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].action, u"insert"_s);
    QCOMPARE(rows[0].actor, u"tester"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows[0].id, true));
    QCOMPARE(Samples::jsonObject(rows[0].afterJson).value(u"value"_s).toString(), u"0"_s);
    QCOMPARE(Samples::jsonObject(rows[0].afterJson).value(u"key"_s).toString(), key);
    QCOMPARE(rows[1].action, u"update"_s);
    QCOMPARE(rows[1].at, m_clock->now());
    QCOMPARE(Samples::jsonObject(rows[1].beforeJson).value(u"value"_s).toString(), u"0"_s);
    QCOMPARE(Samples::jsonObject(rows[1].afterJson).value(u"value"_s).toString(), u"1"_s);
    QCOMPARE(Samples::auditCount(m_db->db()), 2);
}

void TestStandardsService::sameDifficultAreaRuleWritesNothing()
{
    const QStringList dumpBefore = TestSupport::dump(m_db->connection());
    QVERIFY(m_service->setDifficultAreaRule(true).ok()); // already on (absent)
    QCOMPARE(TestSupport::dump(m_db->connection()), dumpBefore);
    QVERIFY(m_service->setDifficultAreaRule(false).ok());
    QCOMPARE(Samples::auditCount(m_db->db()), 1);
    QVERIFY(m_service->setDifficultAreaRule(false).ok());
    QCOMPARE(Samples::auditCount(m_db->db()), 1);
}

QTEST_GUILESS_MAIN(TestStandardsService)
#include "tst_standardsservice.moc"
