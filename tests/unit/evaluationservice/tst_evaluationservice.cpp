// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/evaluationexport.h"
#include "exchange/recordreaders.h"
#include "jsonschemacheck.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/disciplineservice.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray csv(const QStringList &rows)
{
    return (u"staff_code,year,task_group,months_worked,months_absent,maternity_leave,score,final_level\n"_s
            + rows.join(u'\n') + u'\n')
        .toUtf8();
}

const PersonEvaluation *findPerson(const EvaluationReport &r, const QString &code)
{
    for (const auto &p : r.people) {
        if (p.evaluation.staffCode == code)
            return &p;
    }
    return nullptr;
}

const EvaluationGroupSummary *findGroup(const EvaluationReport &r, const QString &unit, const QString &group)
{
    for (const auto &g : r.groups) {
        if (g.unitCode == unit && g.taskGroup == group)
            return &g;
    }
    return nullptr;
}

} // namespace

/**
 * EvaluationService (RECORDS-CSV.md "Evaluations", "report evaluations"): import with its common rules,
 * the report's units (successors followed), discipline read through DisciplineService, the cap with its
 * rate setting and per-unit exception, audit. The sample town of tests/support/registrysamples.h: W1
 * and W2 merge into WN on 2025-07-01; AG is an agency.
 */
class TestEvaluationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readerAcceptsLabelsWordsAndDecimals();
    void importReplacesAndIsIdempotent();
    void importReplacesAbsentColumnsWithDefaults();
    void importRefusals();
    void importSkipInvalidAndDryRun();
    void unitResolvedThroughSuccessors();
    void disciplinedFromDisciplineService();
    void capCountsAndException();
    void rateSettingIsAudited();
    void notRatedCountsNowhere();
    void consecutiveAcrossRegimes();
    void history();
    void jsonMatchesSchema();
    void removingAPersonRemovesTheirEvaluations();

private:
    ImportReport import(const QStringList &rows, const ImportOptions &options = {})
    {
        auto parsed = RecordReaders::readEvaluations(csv(rows));
        return m_service->importEvaluations(parsed.rows, std::move(parsed.issues), options);
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<EvaluationService> m_service;
};

void TestEvaluationService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEvaluationService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 10), QTime(9, 0)));
    m_service = std::make_unique<EvaluationService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    QVERIFY(Samples::insertUnits(m_db->db(), Samples::town()));
    std::vector<StaffMember> staff{Samples::person(u"A"_s, u"Nguyễn Văn An"_s, u"W1"_s, u"cc"_s),
                                   Samples::person(u"B"_s, u"Trần Thị Bình"_s, u"W2"_s, u"vc"_s, u"Giáo viên"_s)};
    for (int i = 1; i <= 10; ++i)
        staff.push_back(Samples::person(u"G%1"_s.arg(i, 2, 10, QChar(u'0')), u"Người %1"_s.arg(i), u"AG"_s));
    QVERIFY(Samples::insertStaff(m_db->db(), staff));
}

void TestEvaluationService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestEvaluationService::readerAcceptsLabelsWordsAndDecimals()
{
    const QByteArray bytes = u"Mã cán bộ;NAM DANH GIA;Điểm;Nghỉ thai sản;Tự xếp loại;Cấp trên đề xuất;Kết quả xếp "
                             "loại;Sáng kiến\nA;2026;87,5;có;HTXSNV;hoàn thành tốt nhiệm vụ;Tot;x\n"
                             "B;2025;100;;khong hoan thanh;;;\n"_s.toUtf8();
    const auto parsed = RecordReaders::readEvaluations(bytes);
    QVERIFY(parsed.fileOk);
    QCOMPARE(parsed.issues.size(), size_t(0));
    QCOMPARE(parsed.rows.size(), size_t(2));
    const Evaluation &a = parsed.rows.at(0).record;
    QCOMPARE(a.scoreTenths.value_or(-1), 875);
    QVERIFY(a.maternityLeave);
    QCOMPARE(a.selfLevel, u"xuat_sac"_s);
    QCOMPARE(a.proposedLevel, u"tot"_s);
    QCOMPARE(a.finalLevel, u"tot"_s);
    QVERIFY(a.initiative);
    QCOMPARE(a.monthsWorked, 12); // defaults
    QCOMPARE(a.monthsAbsent, 0);
    const Evaluation &b = parsed.rows.at(1).record;
    QCOMPARE(b.scoreTenths.value_or(-1), 1000);
    QCOMPARE(b.selfLevel, u"khong_hoan_thanh"_s);
    QVERIFY(b.finalLevel.isEmpty());
    QCOMPARE(parsed.rows.at(0).presentColumns.size(), 8);
}

void TestEvaluationService::importReplacesAndIsIdempotent()
{
    const QStringList rows{u"A,2025,,12,0,,,tot"_s, u"B,2025,,12,0,,,HTXSNV"_s};
    ImportReport r = import(rows);
    QVERIFY(r.written);
    QCOMPARE(r.inserted, 2);
    r = import(rows); // the same file twice changes nothing
    QVERIFY(r.written);
    QCOMPARE(r.unchanged, 2);
    QCOMPARE(r.inserted + r.updated, 0);
    QCOMPARE(Samples::auditRows(m_db->db(), u"evaluation"_s).size(), size_t(2));

    r = import({u"A,2025,,12,0,,,xuat_sac"_s}); // a row for an existing (staff_code, year) replaces it
    QCOMPARE(r.updated, 1);
    QCOMPARE(m_service->find(u"A"_s, 2025)->finalLevel, u"xuat_sac"_s);
    QCOMPARE(m_service->find(u"A"_s, 2025)->status, u"decided"_s);
    const auto audit = Samples::auditRows(m_db->db(), u"evaluation"_s, u"A/2025"_s);
    QCOMPARE(audit.size(), size_t(2));
    QCOMPARE(audit.back().action, u"update"_s);
    QCOMPARE(Samples::jsonObject(audit.back().beforeJson).value(u"final_level"_s).toString(), u"tot"_s);
    QCOMPARE(Samples::jsonObject(audit.back().afterJson).value(u"final_level"_s).toString(), u"xuat_sac"_s);
    QCOMPARE(audit.back().actor, u"tester"_s);
}

void TestEvaluationService::importReplacesAbsentColumnsWithDefaults()
{
    // RECORDS-CSV.md: "importing a row for an existing (staff_code, year) replaces it": the columns a
    // narrower file lacks take the format's defaults (months_worked 12, no score), not the stored values.
    QVERIFY(import({u"A,2026,g,10,1,0,87.5,tot"_s}).written);
    const QByteArray narrow = "staff_code,year,final_level\nA,2026,xuat_sac\n";
    auto parsed = RecordReaders::readEvaluations(narrow);
    const ImportReport r = m_service->importEvaluations(parsed.rows, std::move(parsed.issues), {});
    QCOMPARE(r.updated, 1);
    const Evaluation e = *m_service->find(u"A"_s, 2026);
    QCOMPARE(e.finalLevel, u"xuat_sac"_s);
    QVERIFY(e.taskGroup.isEmpty());
    QCOMPARE(e.monthsWorked, 12);
    QCOMPARE(e.monthsAbsent, 0);
    QVERIFY(!e.scoreTenths.has_value());
    QCOMPARE(e.status, u"decided"_s);
    // An empty final level is "not decided yet": the row shows how far the workflow went.
    QVERIFY(import({u"B,2026,,12,0,,,"_s}).written);
    QCOMPARE(m_service->find(u"B"_s, 2026)->status, u"draft"_s);
}

void TestEvaluationService::importRefusals()
{
    const ImportReport r = import({u"A,2025,,12,0,,,tot"_s, u"Z,2025,,12,0,,,tot"_s, u"A,2025,,12,0,,,hoan_thanh"_s,
                                   u"B,2014,,12,0,,,tot"_s, u"B,2025,,13,0,,100.5,gioi"_s});
    QVERIFY(!r.written);
    QCOMPARE(r.rejected, 4);
    QStringList lines;
    for (const ImportIssue &i : r.issues)
        lines << u"%1: %2: %3"_s.arg(i.line).arg(i.column, i.message);
    QCOMPARE(lines, (QStringList{u"3: staff_code: unknown staff code \"Z\""_s,
                                 u"4: year: the evaluation of A for 2025 is already on line 2"_s,
                                 u"5: year: \"2014\" is not a year from 2015 to 2100"_s,
                                 u"6: months_worked: \"13\" is not a number of months from 0 to 12"_s,
                                 u"6: score: \"100.5\" is not a score from 0 to 100 with at most one decimal"_s,
                                 u"6: final_level: unknown value \"gioi\"; expected one of: xuat_sac, tot, "
                                 "hoan_thanh, khong_hoan_thanh"_s}));
    QVERIFY(!m_service->find(u"A"_s, 2025));
}

void TestEvaluationService::importSkipInvalidAndDryRun()
{
    ImportOptions dry;
    dry.dryRun = true;
    ImportReport r = import({u"A,2025,,12,0,,,tot"_s}, dry);
    QCOMPARE(r.inserted, 1);
    QVERIFY(!r.written);
    QVERIFY(!m_service->find(u"A"_s, 2025));
    ImportOptions skip;
    skip.skipInvalid = true;
    r = import({u"A,2025,,12,0,,,tot"_s, u"Z,2025,,12,0,,,tot"_s}, skip);
    QVERIFY(r.written);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.rejected, 1);
    QVERIFY(m_service->find(u"A"_s, 2025));
}

void TestEvaluationService::unitResolvedThroughSuccessors()
{
    QVERIFY(import({u"A,2024,,12,0,,,tot"_s, u"A,2025,,12,0,,,tot"_s, u"B,2025,,12,0,,,tot"_s}).written);
    EvaluationReport r = m_service->report(2024);
    QCOMPARE(findPerson(r, u"A"_s)->unitCode, u"W1"_s);
    r = m_service->report(2025); // W1 and W2 merged into WN on 2025-07-01
    QCOMPARE(findPerson(r, u"A"_s)->unitCode, u"WN"_s);
    QCOMPARE(findPerson(r, u"B"_s)->unitCode, u"WN"_s);
    QCOMPARE(findPerson(r, u"A"_s)->taskGroup, u"Chuyên viên"_s); // empty task group = the position
    r = m_service->report(2025, u"W1"_s); // the unit asked for is resolved too
    QCOMPARE(r.people.size(), size_t(2));
    r = m_service->report(2025, u"AG"_s);
    QCOMPARE(r.people.size(), size_t(0));
}

void TestEvaluationService::disciplinedFromDisciplineService()
{
    DisciplineService discipline(m_db->db(), *m_clock);
    DisciplineDecision d;
    d.staffCode = u"A"_s;
    d.form = u"khien_trach"_s;
    d.decisionNo = u"5/QĐ-UBND"_s;
    d.decisionDate = QDate(2025, 3, 1);
    QVERIFY(discipline.save(d).ok());
    QVERIFY(import({u"A,2025,,12,0,,,tot"_s, u"A,2026,,12,0,,,tot"_s}).written);
    const PersonEvaluation *p = findPerson(m_service->report(2025), u"A"_s);
    QCOMPARE(p->outcome.maxLevel, u"khong_hoan_thanh"_s);
    QCOMPARE(p->outcome.flags, (QStringList{u"disciplined"_s, u"above_max_level"_s}));
    QCOMPARE(findPerson(m_service->report(2026), u"A"_s)->outcome.flags, QStringList{});
}

void TestEvaluationService::capCountsAndException()
{
    QStringList rows;
    for (int i = 1; i <= 8; ++i)
        rows << u"G%1,2026,ke_toan,12,0,,,tot"_s.arg(i, 2, 10, QChar(u'0'));
    rows << u"G09,2026,ke_toan,12,0,,,xuat_sac"_s << u"G10,2026,ke_toan,12,0,,,xuat_sac"_s;
    QVERIFY(import(rows).written);
    EvaluationReport r = m_service->report(2026);
    const EvaluationGroupSummary *g = findGroup(r, u"AG"_s, u"ke_toan"_s);
    QVERIFY(g);
    QCOMPARE(g->counts.value(u"tot"_s), 8);
    QCOMPARE(g->counts.value(u"xuat_sac"_s), 2);
    QCOMPARE(g->counts.value(u"khong_hoan_thanh"_s), 0);
    QCOMPARE(g->excellentLimit, 1); // floor(0.2 × 8)
    QVERIFY(g->capExceeded);
    QVERIFY(!g->exception);

    QVERIFY(!m_service->recordCapException(u"AG"_s, 2026, QString(), QString()).ok()); // decision required
    QVERIFY(m_service->recordCapException(u"AG"_s, 2026, u"12/QĐ-UBND"_s, u"Tập thể xuất sắc"_s).ok());
    r = m_service->report(2026);
    g = findGroup(r, u"AG"_s, u"ke_toan"_s);
    QVERIFY(g->exception);
    QCOMPARE(g->excellentLimit, 2); // floor(0.25 × 8)
    QVERIFY(!g->capExceeded);
    QVERIFY(g->capBasis.contains(u"Quy định 366-QĐ/TW"_s));
    QCOMPARE(Samples::auditRows(m_db->db(), u"excellent_cap_exception"_s, u"AG/2026"_s).size(), size_t(1));
    QVERIFY(!findGroup(m_service->report(2025), u"AG"_s, u"ke_toan"_s)); // nothing in 2025
}

void TestEvaluationService::rateSettingIsAudited()
{
    QCOMPARE(m_service->excellentRatePerMille(2026), 200);
    QVERIFY(!m_service->setExcellentRate(2026, 1.5).ok());
    QVERIFY(m_service->setExcellentRate(2026, 0.3).ok());
    QCOMPARE(m_service->excellentRatePerMille(2026), 300);
    QCOMPARE(m_service->excellentRatePerMille(2025), 200);
    QCOMPARE(Samples::auditRows(m_db->db(), u"setting"_s, u"evaluation.excellent_rate.2026"_s).size(), size_t(1));
    QStringList rows;
    for (int i = 1; i <= 10; ++i)
        rows << u"G%1,2026,g,12,0,,,%2"_s.arg(i, 2, 10, QChar(u'0')).arg(i <= 3 ? u"xuat_sac"_s : u"tot"_s);
    QVERIFY(import(rows).written);
    const EvaluationGroupSummary *g = findGroup(m_service->report(2026), u"AG"_s, u"g"_s);
    QCOMPARE(g->excellentLimit, 2); // floor(0.3 × 7) = 2.1 → 2
    QVERIFY(g->capExceeded);
}

void TestEvaluationService::notRatedCountsNowhere()
{
    QVERIFY(import({u"G01,2025,g,5,0,,,xuat_sac"_s, u"G02,2025,g,3,0,1,,tot"_s, u"G03,2025,g,12,0,,,tot"_s}).written);
    const EvaluationReport r = m_service->report(2025);
    const PersonEvaluation *p = findPerson(r, u"G01"_s);
    QVERIFY(!p->outcome.rated);
    QCOMPARE(p->outcome.flags, QStringList{u"short_service"_s});
    QVERIFY(p->outcome.maxLevel.isEmpty());
    QCOMPARE(p->evaluation.finalLevel, u"xuat_sac"_s); // kept and shown
    QVERIFY(findPerson(r, u"G02"_s)->outcome.rated); // maternity leave
    const EvaluationGroupSummary *g = findGroup(r, u"AG"_s, u"g"_s);
    QCOMPARE(g->counts.value(u"xuat_sac"_s), 0);
    QCOMPARE(g->counts.value(u"tot"_s), 2);
    QVERIFY(!g->capExceeded);
}

void TestEvaluationService::consecutiveAcrossRegimes()
{
    QVERIFY(import({u"A,2025,,12,0,,,KHTNV"_s, u"A,2026,,12,0,,45,khong_hoan_thanh"_s,
                    u"B,2025,,4,0,,,khong_hoan_thanh"_s, u"B,2026,,12,0,,,khong_hoan_thanh"_s})
                .written);
    const EvaluationReport r = m_service->report(2026);
    const PersonEvaluation *a = findPerson(r, u"A"_s);
    QCOMPARE(a->outcome.flags, QStringList{u"second_consecutive_khong_hoan_thanh"_s});
    QCOMPARE(a->outcome.scoreLevel, u"khong_hoan_thanh"_s);
    QVERIFY(a->outcome.findings.front().message.contains(u"cho thôi việc"_s));
    // B was not rated in 2025: that year's level counts nowhere.
    QCOMPARE(findPerson(r, u"B"_s)->outcome.flags, QStringList{});
}

void TestEvaluationService::history()
{
    QVERIFY(import({u"A,2024,,12,0,,,khong_hoan_thanh"_s, u"A,2025,,12,0,,,khong_hoan_thanh"_s}).written);
    const std::vector<PersonEvaluation> h = m_service->history(u"A"_s);
    QCOMPARE(h.size(), size_t(2));
    QCOMPARE(h.at(0).evaluation.year, 2024);
    QCOMPARE(h.at(0).unitCode, u"W1"_s);
    QCOMPARE(h.at(1).unitCode, u"WN"_s);
    QCOMPARE(h.at(1).outcome.flags, QStringList{u"second_consecutive_khong_hoan_thanh"_s});
    QVERIFY(m_service->history(u"nobody"_s).empty());
}

void TestEvaluationService::jsonMatchesSchema()
{
    QVERIFY(import({u"A,2026,van_phong,12,0,,92.5,xuat_sac"_s, u"B,2026,,2,0,,,tot"_s}).written);
    QFile f(QStringLiteral(CONGVU_SOURCE_DIR) + u"/schemas/report-evaluations.schema.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonObject json = QJsonDocument::fromJson(EvaluationExport::toJson(m_service->report(2026))).object();
    QCOMPARE(JsonSchemaCheck::check(json, schema), QStringList());
    const QJsonArray people = json.value(u"people"_s).toArray();
    QCOMPARE(people.size(), 2); // by unit, task group ("Giáo viên" < "van_phong"), code
    const QJsonObject b = people.at(0).toObject(), a = people.at(1).toObject();
    QCOMPARE(a.value(u"code"_s).toString(), u"A"_s);
    QCOMPARE(a.value(u"score"_s).toDouble(), 92.5);
    QCOMPARE(a.value(u"score_level"_s).toString(), u"xuat_sac"_s);
    QVERIFY(b.value(u"max_level"_s).isNull());
    QVERIFY(b.value(u"score_level"_s).isNull());
    QCOMPARE(b.value(u"flags"_s).toArray(), QJsonArray{u"short_service"_s});
    const QByteArray csvBytes = EvaluationExport::toCsv(m_service->report(2026));
    QVERIFY(csvBytes.startsWith("year,level,unit,unit_name,task_group,xuat_sac,tot,hoan_thanh,khong_hoan_thanh,"));
    QVERIFY(EvaluationExport::toText(m_service->report(2026)).contains(u"short_service"_s));
}

void TestEvaluationService::removingAPersonRemovesTheirEvaluations()
{
    QVERIFY(import({u"G01,2025,,12,0,,,tot"_s, u"G01,2026,,12,0,,,tot"_s}).written);
    RegistryService registry(m_db->db(), *m_clock);
    QVERIFY(registry.removeStaff(u"G01"_s).ok());
    QVERIFY(!m_service->find(u"G01"_s, 2025));
    const auto audit = Samples::auditRows(m_db->db(), u"evaluation"_s, u"G01/2026"_s);
    QCOMPARE(audit.size(), size_t(2));
    QCOMPARE(audit.back().action, u"delete"_s);
    QVERIFY(audit.back().afterJson.isEmpty());
}

QTEST_GUILESS_MAIN(TestEvaluationService)
#include "tst_evaluationservice.moc"
