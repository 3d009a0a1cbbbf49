// SPDX-License-Identifier: GPL-3.0-or-later
#include "registrysamples.h"
#include "services/clock.h"
#include "services/trainingservice.h"
#include "storage/trainingrepository.h"
#include "testdatabase.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** A commune person who meets every shipped ND 33/2023 standard of their title unless a test changes it. */
StaffMember commune(const QString &code, const QString &unit, const QString &position,
                    const QString &category = u"cc_xa"_s)
{
    StaffMember m = Samples::person(code, u"Người "_s + code, unit, category, position);
    m.startDate = QDate(2015, 1, 1);
    return m;
}

/** "code:key>first course" per need ("-" when no course closes it), persons joined by "; ". */
QString describe(const TrainingNeedsReport &r)
{
    QStringList out;
    for (const PersonTrainingNeeds &p : r.people) {
        QStringList needs;
        for (const TrainingNeed &n : p.needs)
            needs << n.requirementKey + u'>' + (n.courses.isEmpty() ? u"-"_s : n.courses.front());
        out << p.code + u':' + needs.join(u',');
    }
    return out.join(u"; "_s);
}

const QDate kAsOf(2026, 3, 15);

} // namespace

/**
 * TrainingService (issue 6 items 1–2; LEGAL-RULES.md §4–5): the shipped course catalogue (migration
 * 0007), its audited edits, and the training needs of everyone in the qualification rate's scope with
 * the unit, title and kind filters. The sample town of tests/support/registrysamples.h (W1 and W2 merge
 * into WN on 2025-07-01) plus X3, a commune under T. People on 2026-03-15:
 * A (chu_tich_ubnd, X3) has sơ cấp LLCT; B (van_hoa_xa_hoi, WN) has a college diploma; C (chu_tich_hdnd,
 * recorded in W1) has lower secondary only; D (tu_phap_ho_tich, X3) meets the standard; E (cc, a
 * district civil servant, outside the rate's scope) has nothing.
 */
class TestTrainingService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void catalogueIsSeeded();
    void catalogueIsSeededOnUpgrade();
    void saveCourseIsAuditedAndRetiredNotDeleted();
    void saveCourseRefusesBadValues();
    void needs_data();
    void needs();
    void needDetails();
    void retiredCoursesNoLongerClose();
    void plansAndEnrolmentsRoundTrip();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TrainingService> m_service;
};

void TestTrainingService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTrainingService::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(kAsOf, QTime(9, 0)));
    m_service = std::make_unique<TrainingService>(m_db->db(), *m_clock);
    m_service->setActor(u"tester"_s);
    std::vector<OrgUnit> units = Samples::town();
    units.push_back(Samples::unit(u"X3"_s, u"Xã Ba"_s, u"xa"_s, u"T"_s));
    QVERIFY(Samples::insertUnits(m_db->db(), units));

    StaffMember a = commune(u"A"_s, u"X3"_s, u"chu_tich_ubnd"_s, u"cb_xa"_s);
    a.politicalTheory = u"so_cap"_s;
    StaffMember b = commune(u"B"_s, u"WN"_s, u"van_hoa_xa_hoi"_s);
    b.professionalLevel = u"cao_dang"_s;
    StaffMember c = commune(u"C"_s, u"W1"_s, u"chu_tich_hdnd"_s, u"cb_xa"_s);
    c.generalEducation = u"thcs"_s;
    StaffMember d = commune(u"D"_s, u"X3"_s, u"tu_phap_ho_tich"_s);
    StaffMember e = Samples::person(u"E"_s, u"Người E"_s, u"AG"_s);
    e.politicalTheory.clear();
    e.professionalLevel = u"trung_cap"_s;
    QVERIFY(Samples::insertStaff(m_db->db(), {a, b, c, d, e}));
}

void TestTrainingService::cleanup()
{
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

void TestTrainingService::catalogueIsSeeded()
{
    const std::vector<TrainingCourse> courses = m_service->catalogue();
    QCOMPARE(courses.size(), size_t(22));
    QCOMPARE(courses.front().code, u"llct_so_cap"_s);
    QCOMPARE(courses.front().ordinal, 1);
    for (const TrainingCourse &c : courses) {
        QCOMPARE(c.origin, u"shipped"_s);
        QVERIFY(c.active);
        QVERIFY2(TrainingCourseValidator::validate(c).empty(), qPrintable(c.code));
    }
    // As shipped, in the standards' terms: intermediate political theory (ND 33/2023 Art. 8).
    const std::optional<TrainingCourse> llct = m_service->findCourse(u"llct_trung_cap"_s);
    QVERIFY(llct);
    QCOMPARE(llct->kind, u"political_theory"_s);
    QCOMPARE(llct->nameVi, u"Trung cấp lý luận chính trị (hệ không tập trung)"_s);
    QCOMPARE(llct->duration, 12);
    QCOMPARE(llct->durationUnit, u"month"_s);
    QCOMPARE(llct->cost, qint64(12000000));
    QCOMPARE(llct->grants, (std::vector<CourseValue>{{u"political_theory"_s, u"trung_cap"_s}}));
    QCOMPARE(llct->prerequisites, (std::vector<CourseValue>{{u"general_education"_s, u"thpt"_s}}));
    const std::optional<TrainingCourse> qscs = m_service->findCourse(u"trung_cap_quan_su_co_so"_s);
    QVERIFY(qscs);
    QCOMPARE(qscs->positions, QStringList{u"chi_huy_truong_quan_su"_s});
    QVERIFY(!m_service->findCourse(u"nope"_s));
}

void TestTrainingService::catalogueIsSeededOnUpgrade()
{
    // A schema-version-1 office file gets the catalogue when migration 0007 runs.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"office.sqlite"_s);
    QVERIFY(QFile::copy(QStringLiteral(CONGVU_TEST_DATA_DIR "/congvu-v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    Database db(u"tst_trainingservice-upgrade"_s);
    QCOMPARE(db.open(path), Database::Status::Ok);
    QCOMPARE(TrainingRepository(db.connection()).courses().size(), size_t(22));
}

void TestTrainingService::saveCourseIsAuditedAndRetiredNotDeleted()
{
    TrainingCourse course = *m_service->findCourse(u"llct_trung_cap"_s);
    const qint64 before = Samples::auditCount(m_db->db());
    QVERIFY(m_service->saveCourse(course).ok()); // unchanged: nothing written
    QCOMPARE(Samples::auditCount(m_db->db()), before);

    course.cost = 15000000;
    course.provider = u"Trường Chính trị tỉnh Bình Phước"_s;
    QVERIFY(m_service->saveCourse(course).ok());
    std::vector<AuditEntry> rows = Samples::auditRows(m_db->db(), u"training_course"_s, u"llct_trung_cap"_s);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].action, u"update"_s);
    QCOMPARE(rows[0].actor, u"tester"_s);
    QCOMPARE(Samples::jsonObject(rows[0].beforeJson).value(u"cost"_s).toDouble(), 12000000.0);
    QCOMPARE(Samples::jsonObject(rows[0].afterJson).value(u"cost"_s).toDouble(), 15000000.0);
    QCOMPARE(Samples::jsonObject(rows[0].beforeJson).value(u"origin"_s).toString(), u"shipped"_s);
    QCOMPARE(Samples::jsonObject(rows[0].afterJson).value(u"origin"_s).toString(), u"edited"_s);
    QCOMPARE(m_service->findCourse(u"llct_trung_cap"_s)->cost, qint64(15000000));

    course.active = false; // retired, not deleted
    QVERIFY(m_service->saveCourse(course).ok());
    QCOMPARE(m_service->catalogue().size(), size_t(21));
    QCOMPARE(m_service->catalogue(false).size(), size_t(22));
    QCOMPARE(m_service->findCourse(u"llct_trung_cap"_s)->origin, u"edited"_s);

    TrainingCourse added;
    added.code = u"tieng_stieng"_s;
    added.kind = u"job_position"_s;
    added.nameVi = u"Tiếng S'tiêng cho cán bộ, công chức"_s;
    added.duration = 2;
    added.durationUnit = u"month"_s;
    added.cost = 2500000;
    QVERIFY(m_service->saveCourse(added).ok());
    const TrainingCourse stored = m_service->catalogue(false).back();
    QCOMPARE(stored.code, u"tieng_stieng"_s);
    QCOMPARE(stored.origin, u"added"_s);
    QCOMPARE(stored.ordinal, 23); // after the shipped ones
    rows = Samples::auditRows(m_db->db(), u"training_course"_s);
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows.back().action, u"insert"_s);
    QVERIFY(Samples::auditColumnIsNull(m_db->db(), rows.back().id, true));
}

void TestTrainingService::saveCourseRefusesBadValues()
{
    TrainingCourse bad;
    bad.code = u"Bad Code"_s;
    bad.kind = u"khac"_s;
    bad.grants = {{u"political_theory"_s, u"Trung cấp"_s}};
    const qint64 before = Samples::auditCount(m_db->db());
    const SaveResult r = m_service->saveCourse(bad);
    QStringList fields;
    for (const FieldError &e : r.fieldErrors)
        fields << e.field;
    QCOMPARE(fields, (QStringList{u"code"_s, u"kind"_s, u"name_vi"_s, u"duration"_s, u"grants"_s}));
    QVERIFY(r.fieldErrors.back().message.contains(u"trung_cap"_s)); // the codes it accepts are named
    QCOMPARE(m_service->catalogue(false).size(), size_t(22));
    QCOMPARE(Samples::auditCount(m_db->db()), before);
}

void TestTrainingService::needs_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");

    // Units by name (Phường Mới before Xã Ba), then people by name; D is qualified, E out of scope.
    QTest::newRow("everyone: ND 33 Art 8 LLCT, ND 33 Art 10 degree, general education no course closes")
        << QString() << QString() << QString()
        << u"B:professional_level>dai_hoc_quan_ly_nha_nuoc; C:general_education>-; A:political_theory>llct_trung_cap"_s;
    QTest::newRow("unit X3") << u"X3"_s << QString() << QString() << u"A:political_theory>llct_trung_cap"_s;
    QTest::newRow("unit W1: merged into WN, its successor's people")
        << u"W1"_s << QString() << QString() << u"B:professional_level>dai_hoc_quan_ly_nha_nuoc; C:general_education>-"_s;
    QTest::newRow("title chu_tich_ubnd") << QString() << u"chu_tich_ubnd"_s << QString()
                                         << u"A:political_theory>llct_trung_cap"_s;
    QTest::newRow("kind political theory") << QString() << QString() << u"political_theory"_s
                                           << u"A:political_theory>llct_trung_cap"_s;
    QTest::newRow("kind degree") << QString() << QString() << u"degree"_s
                                 << u"B:professional_level>dai_hoc_quan_ly_nha_nuoc"_s;
    QTest::newRow("kind IT: nobody") << QString() << QString() << u"it"_s << QString();
    QTest::newRow("unit and kind together") << u"WN"_s << QString() << u"political_theory"_s << QString();
}

void TestTrainingService::needs()
{
    QFETCH(QString, unit);
    QFETCH(QString, position);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const TrainingNeedsReport r = m_service->needs(kAsOf, {unit, position, kind});
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(describe(r), expected);
    QCOMPARE(r.filter.kind, kind);
    int needs = 0;
    int unclosable = 0;
    for (const PersonTrainingNeeds &p : r.people) {
        needs += int(p.needs.size());
        for (const TrainingNeed &n : p.needs)
            unclosable += n.closable() ? 0 : 1;
    }
    QCOMPARE(r.needs, needs);
    QCOMPARE(r.unclosable, unclosable);
}

void TestTrainingService::needDetails()
{
    const TrainingNeedsReport r = m_service->needs(kAsOf);
    QCOMPARE(r.asOf, kAsOf);
    QCOMPARE(r.needs, 3);
    QCOMPARE(r.unclosable, 1);
    QCOMPARE(r.people.size(), size_t(3));
    const PersonTrainingNeeds &b = r.people[0];
    QCOMPARE(b.code, u"B"_s);
    QCOMPARE(b.fullName, u"Người B"_s);
    QCOMPARE(b.unitCode, u"WN"_s);
    QCOMPARE(b.position, u"van_hoa_xa_hoi"_s);
    QCOMPARE(b.deadline, QDate(2028, 8, 1)); // ND 33/2023: five years from 01/08/2023
    const TrainingNeed &degree = b.needs.front();
    QCOMPARE(degree.level, u"dai_hoc"_s);
    QCOMPARE(degree.kind, u"degree"_s);
    QCOMPARE(degree.deadline, QDate(2028, 8, 1));
    QCOMPARE(degree.courses, (QStringList{u"dai_hoc_quan_ly_nha_nuoc"_s, u"dai_hoc_ke_toan"_s, u"dai_hoc_luat"_s}));
    QCOMPARE(degree.barredCourses, QStringList{u"thac_si_quan_ly_cong"_s}); // a master's asks for a degree first
    const PersonTrainingNeeds &c = r.people[1];
    QCOMPARE(c.unitCode, u"WN"_s); // recorded in W1, merged into WN
    QCOMPARE(c.needs.front().requirementKey, u"general_education"_s);
    QVERIFY(!c.needs.front().closable());
    QCOMPARE(c.needs.front().kind, QString());
    const TrainingNeed &llct = r.people[2].needs.front();
    QCOMPARE(llct.level, u"trung_cap"_s);
    QCOMPARE(llct.courses, (QStringList{u"llct_trung_cap"_s, u"llct_cao_cap"_s}));
    QCOMPARE(llct.basis, u"Nghị định 33/2023/NĐ-CP, Điều 8"_s);

    // Before ND 33/2023 took effect, C (in W1 then) was measured against QĐ 04/2004 Art. 7: the needs follow
    // the standard in force on the date, with no deadline (the old standard has none).
    const TrainingNeedsReport old = m_service->needs(QDate(2023, 7, 31), {u"W1"_s, {}, {}});
    QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
    QCOMPARE(describe(old), u"C:general_education>-"_s);
    QCOMPARE(old.people.front().unitCode, u"W1"_s);
    QVERIFY(!old.people.front().needs.front().deadline.isValid());
}

void TestTrainingService::retiredCoursesNoLongerClose()
{
    for (const QString &code : {u"llct_trung_cap"_s, u"llct_cao_cap"_s}) {
        TrainingCourse c = *m_service->findCourse(code);
        c.active = false;
        QVERIFY(m_service->saveCourse(c).ok());
        const TrainingNeedsReport r = m_service->needs(kAsOf, {u"X3"_s, {}, {}});
        QCOMPARE(r.people.size(), size_t(1));
        QCOMPARE(r.people.front().needs.front().courses,
                 code == "llct_trung_cap"_L1 ? QStringList{u"llct_cao_cap"_s} : QStringList{});
    }
    // The last one gone, the gap is one no course closes.
    const TrainingNeedsReport r = m_service->needs(kAsOf);
    QCOMPARE(r.unclosable, 2);
    QCOMPARE(describe(r), u"B:professional_level>dai_hoc_quan_ly_nha_nuoc; C:general_education>-; A:political_theory>-"_s);
}

void TestTrainingService::plansAndEnrolmentsRoundTrip()
{
    // The tables later work builds on: a whole-office plan and a unit plan, enrolments in and out of plans.
    TrainingRepository repo(m_db->connection());
    QString error;
    const qint64 office = repo.writePlan({0, 2027, {}, u"Kế hoạch đào tạo năm 2027"_s, 300000000, {}}, &error);
    QVERIFY2(office > 0, qPrintable(error));
    const qint64 x3 = repo.writePlan({0, 2027, u"X3"_s, u"Xã Ba 2027"_s, 50000000, u"ghi chú"_s}, &error);
    QVERIFY2(x3 > 0, qPrintable(error));
    QCOMPARE(repo.writePlan({0, 2026, u"X3"_s, u"Xã Ba 2026"_s, 10, {}}), x3 + 1);
    std::vector<TrainingPlan> plans = repo.plans(2027);
    QCOMPARE(plans.size(), size_t(2));
    QCOMPARE(plans[0].id, office); // the whole office first
    QCOMPARE(plans[0].unitCode, QString());
    QCOMPARE(plans[1], (TrainingPlan{x3, 2027, u"X3"_s, u"Xã Ba 2027"_s, 50000000, u"ghi chú"_s}));
    QCOMPARE(repo.plans().size(), size_t(3));
    TrainingPlan edited = plans[1];
    edited.budget = 60000000;
    QCOMPARE(repo.writePlan(edited), x3);
    QCOMPARE(repo.findPlan(x3)->budget, qint64(60000000));
    QCOMPARE(repo.writePlan({999, 2027, {}, {}, 0, {}}), qint64(0)); // no such plan

    TrainingEnrolment e;
    e.planId = x3;
    e.staffCode = u"A"_s;
    e.courseCode = u"llct_trung_cap"_s;
    e.startDate = QDate(2027, 3, 1);
    e.endDate = QDate(2028, 3, 1);
    e.cost = 12000000;
    const qint64 id = repo.writeEnrolment(e, &error);
    QVERIFY2(id > 0, qPrintable(error));
    e.id = id;
    QCOMPARE(*repo.findEnrolment(id), e);
    e.status = QString(EnrolmentStatus::Completed);
    e.certificateNo = u"TCLLCT-2028/0153"_s;
    e.certificateDate = QDate(2028, 3, 10);
    QCOMPARE(repo.writeEnrolment(e), id);
    QCOMPARE(*repo.findEnrolment(id), e);
    TrainingEnrolment outside = e;
    outside.id = 0;
    outside.planId = 0;
    outside.staffCode = u"B"_s;
    const qint64 outsideId = repo.writeEnrolment(outside);
    QVERIFY(outsideId > 0);
    QCOMPARE(repo.enrolments(x3).size(), size_t(1));
    QCOMPARE(repo.enrolments(0).size(), size_t(1));
    QCOMPARE(repo.enrolments().size(), size_t(2));
    QCOMPARE(repo.enrolmentsOf(u"B"_s).front().id, outsideId);
    // An unknown course or person is refused by the database.
    TrainingEnrolment unknown = outside;
    unknown.courseCode = u"nope"_s;
    QCOMPARE(repo.writeEnrolment(unknown), qint64(0));
    // Deleting the plan leaves its enrolments without a plan.
    QVERIFY(repo.removePlan(x3));
    QVERIFY(!repo.findPlan(x3));
    QCOMPARE(repo.findEnrolment(id)->planId, qint64(0));
    QVERIFY(repo.removeEnrolment(id));
    QVERIFY(!repo.findEnrolment(id));
}

QTEST_GUILESS_MAIN(TestTrainingService)
#include "tst_trainingservice.moc"
