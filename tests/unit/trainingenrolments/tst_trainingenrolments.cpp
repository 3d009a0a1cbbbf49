// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/qualificationservice.h"
#include "services/trainingservice.h"
#include "storage/staffrepository.h"
#include "storage/trainingrepository.h"
#include "testdatabase.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 3, 15);

StaffMember commune(const QString &code, const QString &unit, const QString &position,
                    const QString &category = u"cc_xa"_s)
{
    StaffMember m = Samples::person(code, u"Người "_s + code, unit, category, position);
    m.startDate = QDate(2015, 1, 1);
    return m;
}

QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}

EnrolmentStep certificate(const QString &no, const QDate &date)
{
    EnrolmentStep s;
    s.certificateNo = no;
    s.certificateDate = date;
    return s;
}

EnrolmentStep because(const QString &reason)
{
    EnrolmentStep s;
    s.reason = reason;
    return s;
}

} // namespace

/**
 * The enrolment lifecycle of TrainingService (issue 6 item 4; LEGAL-RULES.md §4–5): planned → enrolled
 * → attending → completed (certificate number and date) or dropped (reason); final states locked; every
 * change audited; completion puts the course's grant on the person's record (ND 33/2023 Art. 8: the
 * commune People's Committee chair needs intermediate political theory; the shipped standards ask no
 * political theory of commune civil servants) in the same transaction, and the rate moves.
 * People on 2026-03-15 in X3 (a commune under T): P (chu_tich_ubnd, cb_xa) whose only gap is sơ cấp LLCT;
 * Q (van_phong_thong_ke) who meets the standard with trung cấp; R who left in 2020.
 */
class TestTrainingEnrolments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void transitions_data();
    void transitions();
    void lifecycleIsAudited();
    void completionRaisesQualificationAndRate();
    void completionNeverLowersALevel();
    void certificateRequired_data();
    void certificateRequired();
    void finalStatesAreLocked();
    void droppingKeepsTheRecord();
    void enrolRefusesBadInput_data();
    void enrolRefusesBadInput();
    void removeOnlyPlanned();
    void enrolmentsFilter();

private:
    /** Enrols P in intermediate political theory from 2025-03-01 and moves it to status. */
    qint64 enrolAndMove(const QString &status);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TrainingService> m_service;
};

void TestTrainingEnrolments::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrainingEnrolments::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    m_service = std::make_unique<TrainingService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    std::vector<OrgUnit> units = Samples::town();
    units.push_back(Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"T"_s));
    QVERIFY(Samples::insertUnits(m_db->db(), units));
    StaffMember p = commune(u"P"_s, u"X3"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s);
    p.politicalTheory = u"so_cap"_s;
    StaffMember q = commune(u"Q"_s, u"X3"_s, u"van_phong_thong_ke"_s);
    StaffMember r = commune(u"R"_s, u"X3"_s, u"tai_chinh_ke_toan"_s);
    r.endDate = QDate(2020, 1, 1);
    QVERIFY(Samples::insertStaff(m_db->db(), {p, q, r}));
}

void TestTrainingEnrolments::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

qint64 TestTrainingEnrolments::enrolAndMove(const QString &status)
{
    TrainingEnrolment e;
    e.staffCode = u"P"_s;
    e.courseCode = u"llct_trung_cap"_s;
    e.startDate = QDate(2025, 3, 1);
    e.cost = 12000000;
    const EnrolmentResult planned = m_service->enrol(e);
    if (!planned.ok())
        return 0;
    const QStringList path{u"enrolled"_s, u"attending"_s, u"completed"_s};
    if (status == u"dropped"_s)
        return m_service->advance(planned.id, status, because(u"ốm dài ngày"_s)).ok() ? planned.id : 0;
    for (const QString &step : path) {
        if (path.indexOf(step) > path.indexOf(status))
            break;
        const EnrolmentStep details =
            step == u"completed"_s ? certificate(u"TCLLCT-2026/0153"_s, QDate(2026, 3, 10)) : EnrolmentStep{};
        if (!m_service->advance(planned.id, step, details).ok())
            return 0;
    }
    return planned.id;
}

void TestTrainingEnrolments::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    const QStringList all{u"planned"_s, u"enrolled"_s, u"attending"_s, u"completed"_s, u"dropped"_s};
    const QStringList allowed{u"planned>enrolled"_s, u"enrolled>attending"_s, u"attending>completed"_s,
                              u"planned>dropped"_s, u"enrolled>dropped"_s, u"attending>dropped"_s};
    for (const QString &from : all) {
        for (const QString &to : all) {
            const QString name = u"issue 6 item 4: "_s + from + u'>' + to;
            QTest::newRow(qPrintable(name)) << from << to << allowed.contains(from + u'>' + to);
        }
    }
}

void TestTrainingEnrolments::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(TrainingService::canAdvance(from, to), allowed);
    // The service agrees: an enrolment in from, asked to go to to.
    const qint64 id = enrolAndMove(from);
    QVERIFY(id > 0);
    const qint64 audits = Samples::auditCount(m_db->db());
    EnrolmentStep step;
    if (to == u"completed"_s)
        step = certificate(u"C-1"_s, QDate(2026, 3, 12));
    if (to == u"dropped"_s)
        step.reason = u"chuyển công tác"_s;
    const EnrolmentResult r = m_service->advance(id, to, step);
    QCOMPARE(r.ok(), allowed);
    TrainingRepository repo(m_db->connection());
    QCOMPARE(repo.findEnrolment(id)->status, allowed ? to : from);
    if (!allowed) {
        QCOMPARE(fields(r.fieldErrors), QStringList{u"status"_s});
        QCOMPARE(Samples::auditCount(m_db->db()), audits);
    }
}

void TestTrainingEnrolments::lifecycleIsAudited()
{
    TrainingEnrolment e;
    e.staffCode = u"P"_s;
    e.courseCode = u"llct_trung_cap"_s;
    e.startDate = QDate(2025, 3, 1);
    const EnrolmentResult planned = m_service->enrol(e);
    QVERIFY(planned.ok());
    const QString key = QString::number(planned.id);
    TrainingRepository repo(m_db->connection());
    QCOMPARE(repo.findEnrolment(planned.id)->endDate, QDate(2026, 3, 1)); // 12 months by the course
    std::vector<AuditEntry> rows = Samples::auditRows(m_db->db(), u"training_enrolment"_s, key);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].action, u"insert"_s);
    QCOMPARE(rows[0].actor, u"tester"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows[0].id, true));
    QCOMPARE(Samples::jsonObject(rows[0].afterJson).value(u"status"_s).toString(), u"planned"_s);

    QVERIFY(m_service->advance(planned.id, u"enrolled"_s).ok());
    EnrolmentStep start;
    start.date = QDate(2025, 3, 3);
    QVERIFY(m_service->advance(planned.id, u"attending"_s, start).ok());
    QCOMPARE(repo.findEnrolment(planned.id)->startDate, QDate(2025, 3, 3));
    EnrolmentStep done = certificate(u"TCLLCT-2026/0153"_s, QDate(2026, 3, 10));
    done.date = QDate(2026, 3, 5);
    QVERIFY(m_service->advance(planned.id, u"completed"_s, done).ok());
    const TrainingEnrolment stored = *repo.findEnrolment(planned.id);
    QCOMPARE(stored.status, u"completed"_s);
    QCOMPARE(stored.certificateNo, u"TCLLCT-2026/0153"_s);
    QCOMPARE(stored.certificateDate, QDate(2026, 3, 10));
    QCOMPARE(stored.endDate, QDate(2026, 3, 5));
    rows = Samples::auditRows(m_db->db(), u"training_enrolment"_s, key);
    QCOMPARE(rows.size(), size_t(4));
    QStringList statuses;
    for (const AuditEntry &row : rows)
        statuses << Samples::jsonObject(row.afterJson).value(u"status"_s).toString();
    QCOMPARE(statuses, (QStringList{u"planned"_s, u"enrolled"_s, u"attending"_s, u"completed"_s}));
    QCOMPARE(rows[3].action, u"update"_s);
    QCOMPARE(Samples::jsonObject(rows[3].beforeJson).value(u"status"_s).toString(), u"attending"_s);
    QCOMPARE(Samples::jsonObject(rows[3].afterJson).value(u"certificate_no"_s).toString(), u"TCLLCT-2026/0153"_s);
}

void TestTrainingEnrolments::completionRaisesQualificationAndRate()
{
    const QualificationService qualification(m_db->db(), *m_clock);
    const QualificationReport before = qualification.report(kToday);
    QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
    auto statusOf = [](const QualificationReport &r, const QString &code) {
        for (const PersonQualification &p : r.people) {
            if (p.code == code)
                return p;
        }
        return PersonQualification{};
    };
    // P's only gap is political theory (ND 33/2023 Art. 8): intermediate required.
    QCOMPARE(statusOf(before, u"P"_s).status, QualificationResult::Status::NotQualified);
    QCOMPARE(statusOf(before, u"P"_s).gaps, QStringList{u"political_theory"_s});
    QCOMPARE(before.staff, 2);
    QCOMPARE(before.qualified, 1);

    const qint64 id = enrolAndMove(u"attending"_s);
    QVERIFY(id > 0);
    QCOMPARE(qualification.report(kToday).qualified, 1); // attending is not done
    QVERIFY(Samples::auditRows(m_db->db(), u"staff"_s, u"P"_s).empty());

    QVERIFY(m_service->advance(id, u"completed"_s, certificate(u"TCLLCT-2026/0153"_s, QDate(2026, 3, 10))).ok());
    QCOMPARE(StaffRepository(m_db->connection()).find(u"P"_s)->politicalTheory, u"trung_cap"_s);
    const std::vector<AuditEntry> rows = Samples::auditRows(m_db->db(), u"staff"_s, u"P"_s);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].action, u"update"_s);
    QCOMPARE(rows[0].actor, u"tester"_s);
    QCOMPARE(Samples::jsonObject(rows[0].beforeJson).value(u"political_theory"_s).toString(), u"so_cap"_s);
    QCOMPARE(Samples::jsonObject(rows[0].afterJson).value(u"political_theory"_s).toString(), u"trung_cap"_s);

    const QualificationReport after = qualification.report(kToday);
    QCOMPARE(statusOf(after, u"P"_s).status, QualificationResult::Status::Qualified);
    QCOMPARE(after.staff, 2);
    QCOMPARE(after.qualified, 2);
    QCOMPARE(after.rate, 1.0);
    QVERIFY(after.rate > before.rate);
}

void TestTrainingEnrolments::completionNeverLowersALevel()
{
    // Q already holds trung cấp; the elementary course leaves it as it is, and no staff row is written.
    TrainingEnrolment e;
    e.staffCode = u"Q"_s;
    e.courseCode = u"llct_so_cap"_s;
    e.startDate = QDate(2026, 1, 5);
    const EnrolmentResult r = m_service->enrol(e);
    QVERIFY(r.ok());
    QVERIFY(m_service->advance(r.id, u"enrolled"_s).ok());
    QVERIFY(m_service->advance(r.id, u"attending"_s).ok());
    QVERIFY(m_service->advance(r.id, u"completed"_s, certificate(u"SC-7"_s, QDate(2026, 3, 1))).ok());
    QCOMPARE(StaffRepository(m_db->connection()).find(u"Q"_s)->politicalTheory, u"trung_cap"_s);
    QVERIFY(Samples::auditRows(m_db->db(), u"staff"_s, u"Q"_s).empty());
}

void TestTrainingEnrolments::certificateRequired_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("issue 6 item 4: no certificate at all") << QString() << QDate() << QStringList{u"certificate_no"_s, u"certificate_date"_s};
    QTest::newRow("issue 6 item 4: number without date") << u"C-1"_s << QDate() << QStringList{u"certificate_date"_s};
    QTest::newRow("issue 6 item 4: blank number") << u"  "_s << QDate(2026, 3, 1) << QStringList{u"certificate_no"_s};
    QTest::newRow("issue 6 item 4: date in the future") << u"C-1"_s << QDate(2026, 3, 16) << QStringList{u"certificate_date"_s};
    QTest::newRow("issue 6 item 4: date before the start") << u"C-1"_s << QDate(2025, 2, 28) << QStringList{u"certificate_date"_s};
}

void TestTrainingEnrolments::certificateRequired()
{
    QFETCH(QString, number);
    QFETCH(QDate, date);
    QFETCH(QStringList, errors);
    const qint64 id = enrolAndMove(u"attending"_s);
    QVERIFY(id > 0);
    const qint64 audits = Samples::auditCount(m_db->db());
    const EnrolmentResult r = m_service->advance(id, u"completed"_s, certificate(number, date));
    QVERIFY(!r.ok());
    QCOMPARE(fields(r.fieldErrors), errors);
    for (const FieldError &e : r.fieldErrors)
        QVERIFY(!e.message.isEmpty());
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QCOMPARE(TrainingRepository(m_db->connection()).findEnrolment(id)->status, u"attending"_s);
    QCOMPARE(StaffRepository(m_db->connection()).find(u"P"_s)->politicalTheory, u"so_cap"_s);
}

void TestTrainingEnrolments::finalStatesAreLocked()
{
    for (const QString &finalStatus : {u"completed"_s, u"dropped"_s}) {
        const qint64 id = enrolAndMove(finalStatus);
        QVERIFY(id > 0);
        const TrainingEnrolment stored = *TrainingRepository(m_db->connection()).findEnrolment(id);
        const qint64 audits = Samples::auditCount(m_db->db());
        for (const QString &to : {u"planned"_s, u"enrolled"_s, u"attending"_s, u"completed"_s, u"dropped"_s}) {
            EnrolmentStep step = certificate(u"X"_s, QDate(2026, 3, 1));
            step.reason = u"thử"_s;
            const EnrolmentResult r = m_service->advance(id, to, step);
            QVERIFY(!r.ok());
            QCOMPARE(fields(r.fieldErrors), QStringList{u"status"_s});
            QVERIFY(r.fieldErrors.front().message.contains(u"locked"_s));
        }
        QVERIFY(!m_service->removeEnrolment(id).ok());
        QCOMPARE(*TrainingRepository(m_db->connection()).findEnrolment(id), stored);
        QCOMPARE(Samples::auditCount(m_db->db()), audits);
        // A new enrolment in the same course is possible once the first is closed.
        QVERIFY(TrainingRepository(m_db->connection()).removeEnrolment(id));
    }
}

void TestTrainingEnrolments::droppingKeepsTheRecord()
{
    const qint64 id = enrolAndMove(u"attending"_s);
    QVERIFY(id > 0);
    const StaffMember before = *StaffRepository(m_db->connection()).find(u"P"_s);
    const EnrolmentResult noReason = m_service->advance(id, u"dropped"_s);
    QCOMPARE(fields(noReason.fieldErrors), QStringList{u"reason"_s});

    QVERIFY(m_service->advance(id, u"dropped"_s, because(u"ốm dài ngày"_s)).ok());
    const TrainingEnrolment stored = *TrainingRepository(m_db->connection()).findEnrolment(id);
    QCOMPARE(stored.status, u"dropped"_s);
    QCOMPARE(stored.note, u"ốm dài ngày"_s);
    QCOMPARE(*StaffRepository(m_db->connection()).find(u"P"_s), before);
    QVERIFY(Samples::auditRows(m_db->db(), u"staff"_s, u"P"_s).empty());
    const std::vector<AuditEntry> rows = Samples::auditRows(m_db->db(), u"training_enrolment"_s, QString::number(id));
    QCOMPARE(Samples::jsonObject(rows.back().afterJson).value(u"reason"_s).toString(), u"ốm dài ngày"_s);
    QCOMPARE(QualificationService(m_db->db(), *m_clock).report(kToday).qualified, 1);
}

void TestTrainingEnrolments::enrolRefusesBadInput_data()
{
    QTest::addColumn<QString>("staff");
    QTest::addColumn<QString>("course");
    QTest::addColumn<qint64>("plan");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<QStringList>("errors");
    const QDate s(2026, 9, 1);
    QTest::newRow("issue 6 item 4: nothing") << QString() << QString() << qint64(0) << QDate() << QDate() << qint64(0)
                                             << QStringList{u"staff_code"_s, u"course_code"_s};
    QTest::newRow("issue 6 item 4: unknown person") << u"ZZ"_s << u"llct_trung_cap"_s << qint64(0) << s << QDate() << qint64(0)
                                                    << QStringList{u"staff_code"_s};
    QTest::newRow("issue 6 item 4: person no longer in service") << u"R"_s << u"llct_trung_cap"_s << qint64(0) << s << QDate()
                                                                  << qint64(0) << QStringList{u"staff_code"_s};
    QTest::newRow("issue 6 item 4: unknown course") << u"P"_s << u"nope"_s << qint64(0) << s << QDate() << qint64(0)
                                                    << QStringList{u"course_code"_s};
    QTest::newRow("issue 6 item 4: retired course") << u"P"_s << u"retired"_s << qint64(0) << s << QDate() << qint64(0)
                                                    << QStringList{u"course_code"_s};
    QTest::newRow("issue 6 item 4: unknown plan") << u"P"_s << u"llct_trung_cap"_s << qint64(999) << s << QDate() << qint64(0)
                                                  << QStringList{u"plan_id"_s};
    QTest::newRow("issue 6 item 4: end before start") << u"P"_s << u"llct_trung_cap"_s << qint64(0) << s << s.addDays(-1)
                                                      << qint64(0) << QStringList{u"end_date"_s};
    QTest::newRow("issue 6 item 4: negative cost") << u"P"_s << u"llct_trung_cap"_s << qint64(0) << s << QDate() << qint64(-5)
                                                   << QStringList{u"cost"_s};
    QTest::newRow("issue 6 item 4: already open in the course") << u"P"_s << u"open"_s << qint64(0) << s << QDate() << qint64(0)
                                                                << QStringList{u"course_code"_s};
}

void TestTrainingEnrolments::enrolRefusesBadInput()
{
    QFETCH(QString, staff);
    QFETCH(QString, course);
    QFETCH(qint64, plan);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(qint64, cost);
    QFETCH(QStringList, errors);
    TrainingRepository repo(m_db->connection());
    if (course == u"retired"_s) {
        TrainingCourse c = *repo.findCourse(u"llct_cao_cap"_s);
        c.active = false;
        QVERIFY(repo.upsertCourse(c));
        course = c.code;
    }
    if (course == u"open"_s) {
        QVERIFY(enrolAndMove(u"enrolled"_s) > 0);
        course = u"llct_trung_cap"_s;
    }
    const qint64 audits = Samples::auditCount(m_db->db());
    const size_t enrolments = repo.enrolments().size();
    TrainingEnrolment e;
    e.staffCode = staff;
    e.courseCode = course;
    e.planId = plan;
    e.startDate = start;
    e.endDate = end;
    e.cost = cost;
    const EnrolmentResult r = m_service->enrol(e);
    QVERIFY(!r.ok());
    QVERIFY(r.error.isEmpty());
    QCOMPARE(fields(r.fieldErrors), errors);
    for (const FieldError &fe : r.fieldErrors)
        QVERIFY(!fe.message.isEmpty());
    QCOMPARE(Samples::auditCount(m_db->db()), audits);
    QCOMPARE(repo.enrolments().size(), enrolments);
}

void TestTrainingEnrolments::removeOnlyPlanned()
{
    const qint64 planned = enrolAndMove(u"planned"_s);
    QVERIFY(planned > 0);
    QVERIFY(m_service->removeEnrolment(planned).ok());
    QVERIFY(!TrainingRepository(m_db->connection()).findEnrolment(planned));
    const std::vector<AuditEntry> rows =
        Samples::auditRows(m_db->db(), u"training_enrolment"_s, QString::number(planned));
    QCOMPARE(rows.back().action, u"delete"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows.back().id, false));

    const qint64 enrolled = enrolAndMove(u"enrolled"_s);
    QVERIFY(enrolled > 0);
    const EnrolmentResult r = m_service->removeEnrolment(enrolled);
    QCOMPARE(fields(r.fieldErrors), QStringList{u"status"_s});
    QVERIFY(TrainingRepository(m_db->connection()).findEnrolment(enrolled));
    QVERIFY(!m_service->removeEnrolment(4242).error.isEmpty());
}

void TestTrainingEnrolments::enrolmentsFilter()
{
    TrainingRepository repo(m_db->connection());
    const qint64 plan2026 = repo.writePlan({0, 2026, u"X3"_s, u"Xã Ba 2026"_s, 50000000, {}});
    const qint64 plan2027 = repo.writePlan({0, 2027, {}, u"2027"_s, 90000000, {}});
    QVERIFY(plan2026 > 0 && plan2027 > 0);
    auto enrol = [&](const QString &staff, const QString &course, qint64 plan, const QDate &start) {
        TrainingEnrolment e;
        e.staffCode = staff;
        e.courseCode = course;
        e.planId = plan;
        e.startDate = start;
        const EnrolmentResult r = m_service->enrol(e);
        return r.id;
    };
    const qint64 a = enrol(u"P"_s, u"llct_trung_cap"_s, plan2026, QDate(2026, 4, 1));
    const qint64 b = enrol(u"Q"_s, u"llct_cao_cap"_s, plan2027, QDate(2027, 4, 1));
    const qint64 c = enrol(u"P"_s, u"llct_cao_cap"_s, 0, QDate(2027, 9, 1));
    QVERIFY(a > 0 && b > 0 && c > 0);
    QVERIFY(m_service->advance(b, u"enrolled"_s).ok());
    auto ids = [&](const TrainingEnrolmentFilter &f) {
        QList<qint64> out;
        for (const TrainingEnrolment &e : m_service->enrolments(f))
            out << e.id;
        return out;
    };
    QCOMPARE(ids({}), (QList<qint64>{a, b, c}));
    QCOMPARE(ids({2027, -1, {}, {}}), (QList<qint64>{b, c})); // the plan's year, else the start's
    QCOMPARE(ids({2026, -1, {}, {}}), (QList<qint64>{a}));
    QCOMPARE(ids({0, plan2027, {}, {}}), (QList<qint64>{b}));
    QCOMPARE(ids({0, 0, {}, {}}), (QList<qint64>{c}));
    QCOMPARE(ids({0, -1, u"P"_s, {}}), (QList<qint64>{a, c}));
    QCOMPARE(ids({0, -1, u"P"_s, u"planned"_s}), (QList<qint64>{a, c}));
    QCOMPARE(ids({0, -1, {}, u"enrolled"_s}), (QList<qint64>{b}));
    QCOMPARE(ids({2027, -1, u"P"_s, {}}), (QList<qint64>{c}));
}

QTEST_GUILESS_MAIN(TestTrainingEnrolments)
#include "tst_trainingenrolments.moc"
