// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/disciplineexport.h"
#include "exchange/recordreaders.h"
#include "jsonschemacheck.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/demogenerator.h"
#include "services/disciplineservice.h"
#include "storage/disciplinerepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

DisciplineDecision decision(const QString &staff, const QString &form, const QDate &effective,
                            const QString &no = u"12/QĐ-UBND"_s)
{
    DisciplineDecision d;
    d.staffCode = staff;
    d.form = form;
    d.decisionNo = no;
    d.decisionDate = effective;
    d.effectiveDate = effective;
    return d;
}

const UnitDisciplineSummary *findUnit(const DisciplineReport &r, const QString &code)
{
    for (const auto &u : r.units) {
        if (u.code == code)
            return &u;
    }
    return nullptr;
}

QStringList unitCodes(const DisciplineReport &r)
{
    QStringList out;
    for (const auto &u : r.units)
        out << u.code;
    return out;
}

QStringList peopleCodes(const DisciplineReport &r)
{
    QStringList out;
    for (const auto &p : r.people)
        out << p.code;
    return out;
}

QByteArray csv(const QStringList &rows)
{
    return (u"staff_code,form,decision_no,decision_date,effective_date,violation_date,reason\n"_s
            + rows.join(u'\n') + u'\n')
        .toUtf8();
}

} // namespace

/**
 * DisciplineService (RECORDS-CSV.md "Discipline" and "report discipline"; LEGAL-RULES.md §2, P2.4.2):
 * entry checks against the instrument in force, storage with audit, status on a date, the import and
 * the yearly report. The sample town of tests/support/registrysamples.h: W1 and W2 merge into WN on
 * 2025-07-01. People: A (cc, W1), L (cc leader, W1), B (vc, W2), M (vc manager, AG), C (cb_xa leader,
 * W2), D (cc, WN, from 2025-07-01), P (khong_chuyen_trach, W1), E (cc, AG).
 */
class TestDisciplineService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rules_data();
    void rules();
    void fieldErrors_data();
    void fieldErrors();
    void allowedFormsAndRuleSet();
    void repeatWarning();
    void saveUpdateRemoveAreAudited();
    void duplicateKeyRefused();
    void barsUntil_data();
    void barsUntil();
    void statusAndDisciplinedInYear();
    void serviceEndedStatus();
    void statusesMatchStatus();
    void timelineInOrder();
    void reportCountsWithMergedUnits();
    void reportUnitFilter();
    void reportJsonMatchesSchema();
    void listForTheGui();
    void importRefusals_data();
    void importRefusals();
    void importIsIdempotentAndAudited();
    void importSkipInvalidAndDryRun();
    void importDuplicateInFile();
    void demoDecisionsAreValid();

private:
    qint64 save(const DisciplineDecision &d)
    {
        qint64 id = 0;
        const SaveResult r = m_service->save(d, &id);
        if (!r.ok())
            qWarning() << r.error << (r.fieldErrors.empty() ? QString() : r.fieldErrors.front().message);
        return r.ok() ? id : 0;
    }
    ImportReport import(const QByteArray &bytes, const ImportOptions &options = {})
    {
        auto parsed = RecordReaders::readDiscipline(bytes);
        return m_service->importDecisions(parsed.rows, std::move(parsed.issues), options);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<DisciplineService> m_service;
};

void TestDisciplineService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDisciplineService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
    m_service = std::make_unique<DisciplineService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    auto leader = [](StaffMember m) {
        m.isLeader = true;
        return m;
    };
    StaffMember d = Samples::person(u"D"_s, u"Phạm Thị Dung"_s, u"WN"_s, u"cc"_s);
    d.startDate = QDate(2025, 7, 1);
    QVERIFY(Samples::insertStaff(
        m_db->db(),
        {Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"W1"_s, u"cc"_s),
         leader(Samples::person(u"L"_s, u"Hoàng Văn Long"_s, u"W1"_s, u"cc"_s, u"Trưởng phòng"_s)),
         Samples::person(u"B"_s, u"Trần Thị Bình"_s, u"W2"_s, u"vc"_s),
         leader(Samples::person(u"M"_s, u"Đỗ Văn Minh"_s, u"AG"_s, u"vc"_s, u"Giám đốc"_s)),
         leader(Samples::person(u"C"_s, u"Lê Văn Cường"_s, u"W2"_s, u"cb_xa"_s, u"chu_tich_ubnd"_s)), d,
         Samples::person(u"P"_s, u"Vũ Văn Phúc"_s, u"W1"_s, u"khong_chuyen_trach"_s, u"Công an viên"_s),
         Samples::person(u"E"_s, u"Bùi Thị Én"_s, u"AG"_s, u"cc"_s)}));
}

void TestDisciplineService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestDisciplineService::rules_data()
{
    QTest::addColumn<QString>("staff");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<QString>("refusedBy"); // "" = allowed; else the instrument the refusal names

    const QString nd112 = u"112/2020"_s, nd172 = u"172/2025"_s, nd234 = u"234/2026"_s;
    QTest::newRow("ND112 Art 7: civil servant ha_bac_luong on 2025-06-30 allowed")
        << u"A"_s << u"ha_bac_luong"_s << QDate(2025, 6, 30) << QString();
    QTest::newRow("ND172: civil servant ha_bac_luong from 2025-07-01 refused")
        << u"A"_s << u"ha_bac_luong"_s << QDate(2025, 7, 1) << nd172;
    QTest::newRow("ND112 Art 7: leader giang_chuc on 2025-06-30 allowed")
        << u"L"_s << u"giang_chuc"_s << QDate(2025, 6, 30) << QString();
    QTest::newRow("ND172: leader giang_chuc from 2025-07-01 refused")
        << u"L"_s << u"giang_chuc"_s << QDate(2025, 7, 1) << nd172;
    QTest::newRow("ND112 Art 7: non-leader giang_chuc refused")
        << u"A"_s << u"giang_chuc"_s << QDate(2024, 5, 1) << nd112;
    QTest::newRow("ND112 Art 7: leader ha_bac_luong refused (non-leaders only)")
        << u"L"_s << u"ha_bac_luong"_s << QDate(2024, 5, 1) << nd112;
    QTest::newRow("ND172: non-leader cach_chuc refused") << u"A"_s << u"cach_chuc"_s << QDate(2025, 9, 1) << nd172;
    QTest::newRow("ND172: leader cach_chuc allowed") << u"L"_s << u"cach_chuc"_s << QDate(2025, 9, 1) << QString();
    QTest::newRow("ND172: bai_nhiem for a civil servant refused")
        << u"A"_s << u"bai_nhiem"_s << QDate(2025, 9, 1) << nd172;
    QTest::newRow("ND112 Art 7: viên chức ha_bac_luong refused until 2026-06-30")
        << u"B"_s << u"ha_bac_luong"_s << QDate(2026, 6, 30) << nd112;
    QTest::newRow("ND234 Art 7: viên chức giang_chuc refused from 2026-07-01")
        << u"B"_s << u"giang_chuc"_s << QDate(2026, 7, 1) << nd234;
    QTest::newRow("ND234 Art 7: viên chức non-manager cach_chuc refused")
        << u"B"_s << u"cach_chuc"_s << QDate(2026, 8, 1) << nd234;
    QTest::newRow("ND234 Art 7: viên chức manager cach_chuc allowed")
        << u"M"_s << u"cach_chuc"_s << QDate(2026, 8, 1) << QString();
    QTest::newRow("ND172: cán bộ bai_nhiem allowed") << u"C"_s << u"bai_nhiem"_s << QDate(2025, 8, 1) << QString();
    QTest::newRow("ND172: cán bộ buoc_thoi_viec refused")
        << u"C"_s << u"buoc_thoi_viec"_s << QDate(2025, 8, 1) << nd172;
    QTest::newRow("no rule set: khong_chuyen_trach khien_trach not refused")
        << u"P"_s << u"khien_trach"_s << QDate(2025, 8, 1) << QString();
}

void TestDisciplineService::rules()
{
    QFETCH(QString, staff);
    QFETCH(QString, form);
    QFETCH(QDate, effective);
    QFETCH(QString, refusedBy);
    DisciplineDecision d = decision(staff, form, effective);
    d.decisionDate = effective.addDays(-10); // the effective date decides the instrument
    const DisciplineCheck c = m_service->check(d);
    if (refusedBy.isEmpty()) {
        QVERIFY2(c.ok(), qPrintable(c.fieldErrors.empty() ? QString() : c.fieldErrors.front().message));
        return;
    }
    QCOMPARE(c.fieldErrors.size(), size_t(1));
    QCOMPARE(c.fieldErrors.front().field, u"form"_s);
    QVERIFY2(c.fieldErrors.front().message.contains(refusedBy), qPrintable(c.fieldErrors.front().message));
    QVERIFY(!save(d)); // refused by save() as well
}

void TestDisciplineService::fieldErrors_data()
{
    QTest::addColumn<DisciplineDecision>("input");
    QTest::addColumn<QString>("field");

    DisciplineDecision d = decision(u"X"_s, u"khien_trach"_s, QDate(2025, 3, 1));
    QTest::newRow("unknown staff") << d << u"staff_code"_s;
    d = decision(u"A"_s, QString(), QDate(2025, 3, 1));
    QTest::newRow("form required") << d << u"form"_s;
    d = decision(u"A"_s, u"phat_tien"_s, QDate(2025, 3, 1));
    QTest::newRow("unknown form") << d << u"form"_s;
    d = decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1), QString());
    QTest::newRow("decision_no required") << d << u"decision_no"_s;
    d = decision(u"A"_s, u"khien_trach"_s, QDate());
    QTest::newRow("decision_date required") << d << u"decision_date"_s;
    d = decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1));
    d.violationDate = QDate(2025, 3, 2);
    QTest::newRow("violation after the decision") << d << u"violation_date"_s;
}

void TestDisciplineService::fieldErrors()
{
    QFETCH(DisciplineDecision, input);
    QFETCH(QString, field);
    const DisciplineCheck c = m_service->check(input);
    QVERIFY(!c.ok());
    QCOMPARE(c.fieldErrors.front().field, field);
    // An effective date before the decision date is allowed (the office's decision).
    DisciplineDecision early = decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1));
    early.effectiveDate = QDate(2025, 2, 20);
    QVERIFY(m_service->check(early).ok());
}

void TestDisciplineService::allowedFormsAndRuleSet()
{
    const DisciplineCheck before = m_service->check(decision(u"A"_s, u"khien_trach"_s, QDate(2025, 6, 30)));
    QCOMPARE(before.allowedForms, (QStringList{u"khien_trach"_s, u"canh_cao"_s, u"ha_bac_luong"_s, u"buoc_thoi_viec"_s}));
    QVERIFY(before.ruleSet.contains(u"112/2020"_s));
    const DisciplineCheck after = m_service->check(decision(u"A"_s, u"khien_trach"_s, QDate(2025, 7, 1)));
    QCOMPARE(after.allowedForms, (QStringList{u"khien_trach"_s, u"canh_cao"_s, u"buoc_thoi_viec"_s}));
    QCOMPARE(after.ruleSet, u"Nghị định 172/2025/NĐ-CP"_s);
    const DisciplineCheck partTime = m_service->check(decision(u"P"_s, u"khien_trach"_s, QDate(2025, 7, 1)));
    QVERIFY(partTime.allowedForms.isEmpty());
    QVERIFY(partTime.ok());
    QCOMPARE(partTime.warnings.size(), 1);
    QCOMPARE(partTime.warnings.front().kind, DisciplineWarning::Kind::NoRuleSet);
}

void TestDisciplineService::repeatWarning()
{
    // ND 172 Art 2: a new violation while a decision runs gets a heavier form; a warning, not a refusal.
    QVERIFY(save(decision(u"A"_s, u"canh_cao"_s, QDate(2025, 8, 1), u"1/QĐ"_s)));
    DisciplineDecision again = decision(u"A"_s, u"khien_trach"_s, QDate(2026, 2, 1), u"2/QĐ"_s);
    again.violationDate = QDate(2026, 1, 10);
    const DisciplineCheck c = m_service->check(again);
    QVERIFY(c.ok());
    const auto it = std::find_if(c.warnings.cbegin(), c.warnings.cend(), [](const DisciplineWarning &w) {
        return w.kind == DisciplineWarning::Kind::RepeatNotHeavier;
    });
    QVERIFY(it != c.warnings.cend());
    QCOMPARE(it->suggestedForm, u"buoc_thoi_viec"_s);
    // The decision itself (same number) is not its own earlier decision.
    DisciplineDecision self = decision(u"A"_s, u"canh_cao"_s, QDate(2025, 8, 1), u"1/QĐ"_s);
    self.violationDate = QDate(2025, 7, 1);
    QVERIFY(m_service->check(self).warnings.isEmpty());
}

void TestDisciplineService::saveUpdateRemoveAreAudited()
{
    DisciplineDecision d = decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1), u"12/QĐ-UBND"_s);
    d.reason = u"Vi phạm văn hóa giao tiếp"_s;
    const qint64 id = save(d);
    QVERIFY(id > 0);
    auto rows = Samples::auditRows(m_db->db(), u"discipline_decision"_s, u"A/12/QĐ-UBND"_s);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].action, u"insert"_s);
    QCOMPARE(rows[0].actor, u"tester"_s);
    QCOMPARE(Samples::jsonObject(rows[0].afterJson).value(u"form"_s).toString(), u"khien_trach"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows[0].id, true));

    d.id = id;
    d.form = u"canh_cao"_s;
    QCOMPARE(save(d), id);
    QCOMPARE(m_service->find(id)->form, u"canh_cao"_s);
    QVERIFY(m_service->remove(id).ok());
    QVERIFY(!m_service->find(id));
    rows = Samples::auditRows(m_db->db(), u"discipline_decision"_s, u"A/12/QĐ-UBND"_s);
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows[1].action, u"update"_s);
    QCOMPARE(Samples::jsonObject(rows[1].beforeJson).value(u"form"_s).toString(), u"khien_trach"_s);
    QCOMPARE(rows[2].action, u"delete"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows[2].id, false));
}

void TestDisciplineService::duplicateKeyRefused()
{
    QVERIFY(save(decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1))));
    const SaveResult r = m_service->save(decision(u"A"_s, u"canh_cao"_s, QDate(2025, 4, 1)));
    QVERIFY(!r.ok());
    QCOMPARE(r.fieldErrors.front().field, u"decision_no"_s);
    QVERIFY(save(decision(u"E"_s, u"khien_trach"_s, QDate(2025, 3, 1)))); // same number, another person
}

void TestDisciplineService::barsUntil_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QDate>("effective");
    QTest::addColumn<QDate>("barsUntil"); // invalid = none
    QTest::addColumn<int>("salaryDelay");

    QTest::newRow("Luật 52/2019 Art 1 cl 17: khien_trach + 12 months")
        << u"khien_trach"_s << QDate(2024, 3, 15) << QDate(2025, 3, 15) << 6;
    QTest::newRow("end of month: 31/01 + 12 months = 31/01")
        << u"canh_cao"_s << QDate(2024, 1, 31) << QDate(2025, 1, 31) << 6;
    QTest::newRow("leap day: 29/02/2024 + 12 months = 28/02/2025")
        << u"khien_trach"_s << QDate(2024, 2, 29) << QDate(2025, 2, 28) << 6;
    QTest::newRow("leap day: 29/02/2024 + 24 months = 28/02/2026 (cach_chuc)")
        << u"cach_chuc"_s << QDate(2024, 2, 29) << QDate(2026, 2, 28) << 0;
    QTest::newRow("into a leap year: 28/02/2023 + 12 months = 28/02/2024 (ha_bac_luong)")
        << u"ha_bac_luong"_s << QDate(2023, 2, 28) << QDate(2024, 2, 28) << 0;
    QTest::newRow("Luật 52/2019: giang_chuc + 24 months, 31/08")
        << u"giang_chuc"_s << QDate(2023, 8, 31) << QDate(2025, 8, 31) << 0;
    QTest::newRow("buoc_thoi_viec: no bar period (service ends)")
        << u"buoc_thoi_viec"_s << QDate(2024, 5, 1) << QDate() << 0;
}

void TestDisciplineService::barsUntil()
{
    QFETCH(QString, form);
    QFETCH(QDate, effective);
    QFETCH(QDate, barsUntil);
    QFETCH(int, salaryDelay);
    DisciplineDecision d = decision(u"A"_s, form, effective);
    d.decisionDate = effective.addDays(-3);
    const DisciplineEffect e = DisciplineService::effectOf(d, effective);
    QCOMPARE(e.barsUntil.value_or(QDate()), barsUntil);
    QCOMPARE(e.salaryStepDelayMonths, salaryDelay);
    QCOMPARE(e.basis.isEmpty(), !barsUntil.isValid());
    QVERIFY(e.inForceOnAsOf);
    // The report shows the same date.
    const QString staff = form == "cach_chuc"_L1 || form == "giang_chuc"_L1 ? u"L"_s : u"A"_s;
    d.staffCode = staff;
    QVERIFY(save(d));
    const DisciplineReport r = m_service->report(effective.year());
    QCOMPARE(r.people.size(), size_t(1));
    QCOMPARE(r.people.front().decisions.front().barsUntil.value_or(QDate()), barsUntil);
}

void TestDisciplineService::statusAndDisciplinedInYear()
{
    QVERIFY(save(decision(u"A"_s, u"khien_trach"_s, QDate(2024, 3, 15))));
    DisciplineStatus s = m_service->status(u"A"_s, QDate(2024, 6, 1));
    QCOMPARE(s.running.size(), size_t(1));
    QCOMPARE(s.barsUntil, std::optional<QDate>(QDate(2025, 3, 15)));
    QVERIFY(s.barred());
    QVERIFY(s.disciplinedInYear);
    s = m_service->status(u"A"_s, QDate(2025, 3, 14));
    QVERIFY(s.barred());
    QVERIFY(!s.disciplinedInYear); // taken in 2024: 2025 only carries the bar
    s = m_service->status(u"A"_s, QDate(2025, 3, 15));
    QVERIFY(!s.barred());
    QVERIFY(s.running.empty());
    s = m_service->status(u"A"_s, QDate(2024, 3, 14));
    QVERIFY(!s.barred());
    QVERIFY(s.disciplinedInYear); // the decision takes effect later in the same year

    QVERIFY(m_service->disciplinedInYear(u"A"_s, 2024));
    QVERIFY(!m_service->disciplinedInYear(u"A"_s, 2025));
    QVERIFY(!m_service->disciplinedInYear(u"E"_s, 2024));
    QVERIFY(save(decision(u"E"_s, u"canh_cao"_s, QDate(2024, 12, 31))));
    QCOMPARE(m_service->disciplinedStaff(2024), (QStringList{u"A"_s, u"E"_s}));
    QVERIFY(m_service->disciplinedStaff(2025).isEmpty());
}

void TestDisciplineService::serviceEndedStatus()
{
    QVERIFY(save(decision(u"L"_s, u"canh_cao"_s, QDate(2024, 1, 10), u"1/QĐ"_s)));
    QVERIFY(save(decision(u"L"_s, u"cach_chuc"_s, QDate(2024, 6, 1), u"2/QĐ"_s)));
    DisciplineStatus s = m_service->status(u"L"_s, QDate(2024, 7, 1));
    QCOMPARE(s.running.size(), size_t(2));
    QCOMPARE(s.running.front().decision.form, u"cach_chuc"_s); // heaviest first
    QCOMPARE(s.barsUntil, std::optional<QDate>(QDate(2026, 6, 1)));
    QVERIFY(!s.serviceEnded);
    QVERIFY(save(decision(u"A"_s, u"buoc_thoi_viec"_s, QDate(2024, 5, 1))));
    s = m_service->status(u"A"_s, QDate(2030, 1, 1));
    QVERIFY(s.serviceEnded);
    QVERIFY(s.barred());
}

void TestDisciplineService::statusesMatchStatus()
{
    // The batch (one query, the training proposal) gives for everyone what status() gives one by one.
    QVERIFY(save(decision(u"L"_s, u"canh_cao"_s, QDate(2024, 1, 10), u"1/QĐ"_s)));
    QVERIFY(save(decision(u"L"_s, u"cach_chuc"_s, QDate(2024, 6, 1), u"2/QĐ"_s)));
    QVERIFY(save(decision(u"A"_s, u"khien_trach"_s, QDate(2024, 9, 15))));
    QVERIFY(save(decision(u"E"_s, u"canh_cao"_s, QDate(2026, 2, 1))));
    for (const QDate date : {QDate(2024, 3, 1), QDate(2024, 7, 1), QDate(2025, 1, 1), QDate(2025, 9, 15),
                             QDate(2026, 1, 1), QDate(2030, 1, 1)}) {
        const QHash<QString, DisciplineStatus> all = m_service->statuses(date);
        for (const QString &code : {u"A"_s, u"E"_s, u"L"_s}) {
            const DisciplineStatus one = m_service->status(code, date);
            const DisciplineStatus batch = all.value(code);
            const QString where = code + u" on "_s + date.toString(Qt::ISODate);
            QVERIFY2(batch.barsUntil == one.barsUntil, qPrintable(where));
            QCOMPARE(batch.barred(), one.barred());
            QCOMPARE(batch.serviceEnded, one.serviceEnded);
            QCOMPARE(batch.disciplinedInYear, one.disciplinedInYear);
            QCOMPARE(batch.running.size(), one.running.size());
            for (size_t i = 0; i < one.running.size(); ++i)
                QCOMPARE(batch.running.at(i).decision.id, one.running.at(i).decision.id);
            if (all.contains(code)) {
                QCOMPARE(batch.staffCode, code);
                QCOMPARE(batch.date, date);
            }
        }
    }
    QVERIFY(m_service->statuses(QDate(2023, 6, 1)).isEmpty()); // nothing in effect up to 31/12/2023
}

void TestDisciplineService::timelineInOrder()
{
    DisciplineDecision d = decision(u"A"_s, u"khien_trach"_s, QDate(2024, 3, 15), u"7/QĐ"_s);
    d.decisionDate = QDate(2024, 3, 10);
    d.violationDate = QDate(2024, 1, 5);
    QVERIFY(save(d));
    const auto t = m_service->timeline(u"A"_s);
    using K = DisciplineTimelineEntry::Kind;
    QCOMPARE(t.size(), size_t(5));
    QCOMPARE(t[0].kind, K::Violation);
    QCOMPARE(t[1].kind, K::Decision);
    QCOMPARE(t[2].kind, K::Effective);
    QCOMPARE(t[3].kind, K::SalaryStepDelayEnds);
    QCOMPARE(t[3].date, QDate(2024, 9, 15));
    QCOMPARE(t[4].kind, K::BarsLift);
    QCOMPARE(t[4].date, QDate(2025, 3, 15));
    QVERIFY(t[2].text.contains(u"7/QĐ"_s));
}

void TestDisciplineService::reportCountsWithMergedUnits()
{
    QVERIFY(save(decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1), u"1/QĐ"_s)));   // W1 → WN
    QVERIFY(save(decision(u"C"_s, u"canh_cao"_s, QDate(2025, 5, 1), u"2/QĐ"_s)));      // W2 → WN
    QVERIFY(save(decision(u"D"_s, u"khien_trach"_s, QDate(2025, 9, 1), u"3/QĐ"_s)));   // WN
    QVERIFY(save(decision(u"E"_s, u"canh_cao"_s, QDate(2024, 6, 1), u"4/QĐ"_s)));      // AG, runs into 2025
    QVERIFY(save(decision(u"E"_s, u"khien_trach"_s, QDate(2026, 1, 5), u"5/QĐ"_s)));   // AG, next year
    QVERIFY(save(decision(u"M"_s, u"khien_trach"_s, QDate(2023, 1, 5), u"6/QĐ"_s)));   // over before 2025

    const DisciplineReport r = m_service->report(2025);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(unitCodes(r), (QStringList{u"AG"_s, u"WN"_s, u"T"_s})); // valid on 31/12/2025, by name
    const UnitDisciplineSummary *wn = findUnit(r, u"WN"_s);
    QCOMPARE(wn->decisions, 3);
    QCOMPARE(wn->counts.value(u"khien_trach"_s), 2);
    QCOMPARE(wn->counts.value(u"canh_cao"_s), 1);
    QCOMPARE(wn->counts.size(), 7);
    QCOMPARE(wn->counts.value(u"bai_nhiem"_s), 0);
    QVERIFY(!wn->noneReprimandOrAbove);
    QCOMPARE(wn->staff, 6); // A, L, B, C, P, D
    const UnitDisciplineSummary *ag = findUnit(r, u"AG"_s);
    QCOMPARE(ag->decisions, 0);
    QVERIFY(ag->noneReprimandOrAbove);
    QCOMPARE(ag->staff, 2);
    QCOMPARE(r.decisions, 3);
    QCOMPARE(r.unitsMissed, 1);
    QCOMPARE(peopleCodes(r), (QStringList{u"A"_s, u"C"_s, u"D"_s}));
    for (const auto &p : r.people)
        QCOMPARE(p.unitCode, u"WN"_s);

    const DisciplineReport r24 = m_service->report(2024);
    QCOMPARE(unitCodes(r24), (QStringList{u"AG"_s, u"W1"_s, u"H"_s, u"T"_s, u"W2"_s})); // Vietnamese order
    QCOMPARE(findUnit(r24, u"AG"_s)->counts.value(u"canh_cao"_s), 1);
    QCOMPARE(r24.unitsMissed, 1);

    // E's 2024 warning runs into 2026's report as an earlier decision.
    const DisciplineReport r26 = m_service->report(2026);
    QCOMPARE(peopleCodes(r26), QStringList{u"E"_s});
    QCOMPARE(r26.people.front().decisions.size(), size_t(1));
    QCOMPARE(r26.people.front().runningFromEarlier.size(), size_t(0)); // 2024-06-01 + 12 months < 2026
    QVERIFY(save(decision(u"E"_s, u"canh_cao"_s, QDate(2025, 6, 1), u"7/QĐ"_s)));
    const DisciplineReport again = m_service->report(2026);
    QCOMPARE(again.people.front().runningFromEarlier.size(), size_t(1));
    QCOMPARE(again.people.front().runningFromEarlier.front().barsUntil, std::optional<QDate>(QDate(2026, 6, 1)));
}

void TestDisciplineService::reportUnitFilter()
{
    QVERIFY(save(decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1), u"1/QĐ"_s)));
    QVERIFY(save(decision(u"E"_s, u"khien_trach"_s, QDate(2025, 3, 1), u"2/QĐ"_s)));
    // W1 no longer exists on 31/12/2025: its successor WN stands for it.
    DisciplineReport r = m_service->report(2025, u"W1"_s);
    QCOMPARE(unitCodes(r), QStringList{u"WN"_s});
    QCOMPARE(peopleCodes(r), QStringList{u"A"_s});
    QCOMPARE(r.unitCode, u"W1"_s);
    r = m_service->report(2025, u"T"_s);
    QCOMPARE(unitCodes(r), (QStringList{u"AG"_s, u"WN"_s, u"T"_s}));
    QCOMPARE(r.unitsMissed, 2);
    r = m_service->report(2024, u"H"_s);
    QCOMPARE(unitCodes(r), (QStringList{u"AG"_s, u"W1"_s, u"H"_s, u"W2"_s}));
    QCOMPARE(r.decisions, 0);
}

void TestDisciplineService::reportJsonMatchesSchema()
{
    DisciplineDecision d = decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1), u"1/QĐ"_s);
    d.violationDate = QDate(2025, 1, 2);
    QVERIFY(save(d));
    QVERIFY(save(decision(u"C"_s, u"bai_nhiem"_s, QDate(2025, 8, 1), u"2/QĐ"_s)));
    QVERIFY(save(decision(u"E"_s, u"canh_cao"_s, QDate(2024, 8, 1), u"3/QĐ"_s)));
    QVERIFY(save(decision(u"E"_s, u"khien_trach"_s, QDate(2025, 8, 1), u"4/QĐ"_s)));
    QFile f(QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-discipline.schema.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
    QVERIFY(!schema.isEmpty());
    for (const QString &unit : {QString(), u"W1"_s}) {
        const QJsonObject json = QJsonDocument::fromJson(DisciplineExport::toJson(m_service->report(2025, unit))).object();
        QStringList errors;
        JsonSchemaCheck::check(json, schema, schema, u"$"_s, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }
    const QJsonObject json = QJsonDocument::fromJson(DisciplineExport::toJson(m_service->report(2025))).object();
    QVERIFY(json.value(u"unit"_s).isNull());
    QCOMPARE(json.value(u"overall"_s).toObject().value(u"units_missed"_s).toInt(), 2);
    const QJsonArray people = json.value(u"people"_s).toArray();
    QCOMPARE(people.size(), 3);
    // By unit (AG before WN), then name: E, then A and C.
    QCOMPARE(people.at(0).toObject().value(u"running_from_earlier"_s).toArray().size(), 1);
    const QJsonObject a = people.at(1).toObject();
    QCOMPARE(a.value(u"code"_s).toString(), u"A"_s);
    const QJsonObject ad = a.value(u"decisions"_s).toArray().at(0).toObject();
    QCOMPARE(ad.value(u"bars_until"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(ad.value(u"violation_date"_s).toString(), u"2025-01-02"_s);
    QCOMPARE(ad.value(u"salary_step_delay_months"_s).toInt(), 6);
    const QJsonObject cd = people.at(2).toObject().value(u"decisions"_s).toArray().at(0).toObject();
    QVERIFY(cd.value(u"bars_until"_s).isNull());
    QVERIFY(cd.value(u"violation_date"_s).isNull());
    // The CSV: one header, every row as wide as it.
    const QList<QByteArray> lines = DisciplineExport::toCsv(m_service->report(2025)).trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 1 + 3 + 4); // header, overall, 3 units, 3 decisions + 1 running
    QVERIFY(lines.at(0).startsWith("year,level,unit_code"));
}

void TestDisciplineService::listForTheGui()
{
    QVERIFY(save(decision(u"A"_s, u"khien_trach"_s, QDate(2025, 3, 1), u"1/QĐ"_s)));
    QVERIFY(save(decision(u"E"_s, u"canh_cao"_s, QDate(2025, 5, 1), u"2/QĐ"_s)));
    QVERIFY(save(decision(u"E"_s, u"khien_trach"_s, QDate(2024, 5, 1), u"3/QĐ"_s)));
    auto rows = m_service->list(2025);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].effect.decision.staffCode, u"E"_s); // newest first
    QCOMPARE(rows[1].unitCode, u"WN"_s);
    QCOMPARE(rows[1].fullName, u"Nguyễn Văn An"_s);
    rows = m_service->list(2025, u"WN"_s);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(m_service->list(0).size(), size_t(3));
}

void TestDisciplineService::importRefusals_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("contains");

    QTest::newRow("ND172: civil servant ha_bac_luong from 2025-07-01 refused")
        << u"A,ha_bac_luong,9/QĐ,2025-07-01,,,"_s << u"form"_s << u"172/2025"_s;
    QTest::newRow("ND172: hạ bậc lương in Vietnamese words, effective 2025-07-02, refused")
        << u"A,Hạ bậc lương,9/QĐ,2025-06-25,2025-07-02,,"_s << u"form"_s << u"172/2025"_s;
    QTest::newRow("ND112 Art 7: non-leader giang_chuc refused")
        << u"A,giang_chuc,9/QĐ,2024-02-01,,,"_s << u"form"_s << u"112/2020"_s;
    QTest::newRow("ND172: bai_nhiem only for a cán bộ") << u"E,bai_nhiem,9/QĐ,2025-09-01,,,"_s << u"form"_s
                                                         << u"172/2025"_s;
    QTest::newRow("ND112 Art 7: viên chức ha_bac_luong refused")
        << u"B,ha_bac_luong,9/QĐ,2026-01-05,,,"_s << u"form"_s << u"112/2020"_s;
    QTest::newRow("ND234: viên chức giang_chuc refused") << u"B,giang_chuc,9/QĐ,2026-07-01,,,"_s << u"form"_s
                                                          << u"234/2026"_s;
    QTest::newRow("unknown staff") << u"ZZ,khien_trach,9/QĐ,2025-01-01,,,"_s << u"staff_code"_s << u"ZZ"_s;
    QTest::newRow("unknown form") << u"A,phạt tiền,9/QĐ,2025-01-01,,,"_s << u"form"_s << u"phạt tiền"_s;
    QTest::newRow("bad date") << u"A,khien_trach,9/QĐ,2025-02-30,,,"_s << u"decision_date"_s << u"2025-02-30"_s;
    QTest::newRow("decision_no required") << u"A,khien_trach,,2025-02-03,,,"_s << u"decision_no"_s << QString();
    QTest::newRow("violation after the decision")
        << u"A,khien_trach,9/QĐ,2025-02-03,,2025-03-01,"_s << u"violation_date"_s << u"01/03/2025"_s;
}

void TestDisciplineService::importRefusals()
{
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, contains);
    const qint64 audit = Samples::auditCount(m_db->db());
    const ImportReport r = import(csv({u"E,khien_trach,1/QĐ,2025-01-10,,,ok"_s, row}));
    QVERIFY(!r.written);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.issues.size(), size_t(1));
    QCOMPARE(r.issues.front().line, 3);
    QCOMPARE(r.issues.front().column, column);
    QVERIFY2(r.issues.front().message.contains(contains), qPrintable(r.issues.front().message));
    QVERIFY(m_service->forPerson(u"E"_s).empty()); // all or nothing
    QCOMPARE(Samples::auditCount(m_db->db()), audit);
}

void TestDisciplineService::importIsIdempotentAndAudited()
{
    const QByteArray file = csv({u"A,Khiển trách,12/QĐ-UBND,15/03/2025,,2025-01-20,Vi phạm giờ giấc"_s,
                                 u"C,CANH CAO,13/QĐ-UBND,2025-04-01,2025-04-05,,"_s,
                                 u"E,khien_trach,14/QĐ-UBND,2025-05-01,,,"_s});
    ImportReport r = import(file);
    QVERIFY(r.written);
    QCOMPARE(r.inserted, 3);
    QCOMPARE(Samples::auditRows(m_db->db(), u"discipline_decision"_s).size(), size_t(3));
    QCOMPARE(Samples::auditRows(m_db->db(), u"discipline_decision"_s, u"C/13/QĐ-UBND"_s).size(), size_t(1));
    const auto c = m_service->forPerson(u"C"_s);
    QCOMPARE(c.front().form, u"canh_cao"_s);
    QCOMPARE(c.front().effectiveOn(), QDate(2025, 4, 5));

    r = import(file);
    QVERIFY(r.written);
    QCOMPARE(r.inserted, 0);
    QCOMPARE(r.updated, 0);
    QCOMPARE(r.unchanged, 3);
    QCOMPARE(Samples::auditRows(m_db->db(), u"discipline_decision"_s).size(), size_t(3));

    // A changed row is an update, matched by (staff_code, decision_no).
    r = import(csv({u"E,canh_cao,14/QĐ-UBND,2025-05-01,,,"_s}));
    QCOMPARE(r.updated, 1);
    QCOMPARE(m_service->forPerson(u"E"_s).size(), size_t(1));
    QCOMPARE(m_service->forPerson(u"E"_s).front().form, u"canh_cao"_s);
}

void TestDisciplineService::importSkipInvalidAndDryRun()
{
    const QByteArray file = csv({u"A,khien_trach,1/QĐ,2025-02-01,,,"_s, u"A,ha_bac_luong,2/QĐ,2025-08-01,,,"_s,
                                 u"E,canh_cao,3/QĐ,2025-03-01,,,"_s});
    ImportOptions dry;
    dry.dryRun = true;
    ImportReport r = import(file, dry);
    QVERIFY(!r.written);
    QCOMPARE(r.inserted, 2);
    QCOMPARE(r.rejected, 1);
    QVERIFY(m_service->forPerson(u"A"_s).empty());

    ImportOptions skip;
    skip.skipInvalid = true;
    r = import(file, skip);
    QVERIFY(r.written);
    QCOMPARE(r.inserted, 2);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.issues.front().line, 3);
    QCOMPARE(m_service->forPerson(u"A"_s).size(), size_t(1));
    QCOMPARE(m_service->forPerson(u"E"_s).size(), size_t(1));
}

void TestDisciplineService::importDuplicateInFile()
{
    const ImportReport r = import(csv({u"A,khien_trach,1/QĐ,2025-02-01,,,"_s, u"E,khien_trach,1/QĐ,2025-02-01,,,"_s,
                                       u"A,canh_cao,1/QĐ,2025-03-01,,,"_s}));
    QVERIFY(!r.written);
    QCOMPARE(r.issues.size(), size_t(1));
    QCOMPARE(r.issues.front().line, 4);
    QCOMPARE(r.issues.front().column, u"decision_no"_s);
    QVERIFY(r.issues.front().message.contains(u"line 2"_s));
}

void TestDisciplineService::demoDecisionsAreValid()
{
    const DemoOffice office = DemoGenerator::generate(400, 1);
    QCOMPARE(DemoGenerator::generate(400, 1).discipline, office.discipline); // deterministic per seed
    QVERIFY(office.discipline != DemoGenerator::generate(400, 2).discipline);
    QVERIFY(office.discipline.size() >= 8);
    TestDatabase db;
    QVERIFY(Samples::insertUnits(db.db(), office.units));
    QVERIFY(Samples::insertStaff(db.db(), office.staff));
    DisciplineRepository repo(db.connection());
    DisciplineService service(db.db(), *m_clock);
    QSet<int> years;
    for (const DisciplineDecision &d : office.discipline) {
        const DisciplineCheck c = service.check(d);
        QVERIFY2(c.ok(), qPrintable(d.staffCode + u": "_s + (c.ok() ? QString() : c.fieldErrors.front().message)));
        QVERIFY(repo.write(d) > 0);
        years.insert(d.effectiveOn().year());
    }
    QCOMPARE(years, (QSet<int>{2023, 2024, 2025, 2026}));
    QVERIFY(service.report(2025).unitsMissed >= 2);
    QVERIFY(service.report(2025).unitsMissed < int(service.report(2025).units.size()));
}

QTEST_GUILESS_MAIN(TestDisciplineService)
#include "tst_disciplineservice.moc"
