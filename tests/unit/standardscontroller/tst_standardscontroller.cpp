// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/standardscontroller.h"
#include "domain/codetable.h"
#include "registrysamples.h"
#include "services/clock.h"
#include "services/standardsservice.h"
#include "sqlinspect.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/**
 * StandardsController: what the "Title standards" section of Settings shows (every commune title
 * with the standard in force today, its basis, period, deadline and requirements) and how a change
 * with an effective date, or of the difficult-area rule, reaches StandardsService, with one
 * translated message on errorOccurred when it is refused.
 */
class TestStandardsController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryTitleWithTheStandardInForceToday();
    void requirementsOfATitle();
    void unconfirmedRequirementIsShownDisabled();
    void fieldRequirement();
    void historyOfATitle();
    void enablingFromALaterDateSplitsThePeriod();
    void enablingFromTodayShowsTheNewStandard();
    void minimumChangedInPlace();
    void dateTypedAsDdMmYyyy();
    void refusedChange_data();
    void refusedChange();
    void unknownStandard();
    void unchangedValueWritesNothing();
    void changeSummary_data();
    void changeSummary();
    void canChange_data();
    void canChange();
    void difficultAreaRule();
    void disablingEveryRequirementLeavesTheTitleNotCounted();

private:
    [[nodiscard]] QVariantMap title(const QString &position) const;
    [[nodiscard]] QVariantMap requirement(const QString &position, const QString &key) const;
    [[nodiscard]] qint64 standardId(const QString &position) const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<StandardsService> m_service;
    std::unique_ptr<StandardsController> m_controller;
};

void TestStandardsController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStandardsController::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2025, 9, 1), QTime(9, 0), Qt::UTC));
    m_service = std::make_unique<StandardsService>(m_db->db(), *m_clock);
    m_service->setActor(u"app:tester"_s);
    m_controller = std::make_unique<StandardsController>(*m_service);
}

void TestStandardsController::cleanup()
{
    m_controller.reset();
    m_service.reset();
    m_clock.reset();
    m_db.reset();
}

QVariantMap TestStandardsController::title(const QString &position) const
{
    for (const QVariant &v : m_controller->titles()) {
        const QVariantMap t = v.toMap();
        if (t.value(u"position"_s).toString() == position)
            return t;
    }
    return {};
}

QVariantMap TestStandardsController::requirement(const QString &position, const QString &key) const
{
    for (const QVariant &v : title(position).value(u"requirements"_s).toList()) {
        const QVariantMap r = v.toMap();
        if (r.value(u"key"_s).toString() == key)
            return r;
    }
    return {};
}

qint64 TestStandardsController::standardId(const QString &position) const
{
    return title(position).value(u"standardId"_s).toLongLong();
}

void TestStandardsController::listsEveryTitleWithTheStandardInForceToday()
{
    const QVariantList titles = m_controller->titles();
    QCOMPARE(titles.size(), 17);
    QCOMPARE(m_controller->today(), u"2025-09-01"_s);
    const QStringList codes = CodeTables::communeTitle().codes();
    for (int i = 0; i < titles.size(); ++i) {
        const QVariantMap t = titles.at(i).toMap();
        const QString position = codes.at(i);
        QCOMPARE(t.value(u"position"_s).toString(), position);
        QCOMPARE(t.value(u"title"_s).toString(), CodeTables::communeTitle().label(position));
        QCOMPARE(t.value(u"group"_s).toString(),
                 CodeTables::communeCadreTitles().contains(position) ? u"cb_xa"_s : u"cc_xa"_s);
        QVERIFY(!t.value(u"groupLabel"_s).toString().isEmpty());
        QVERIFY(t.value(u"hasStandard"_s).toBool());
        QVERIFY(t.value(u"counted"_s).toBool());
        QVERIFY(t.value(u"standardId"_s).toLongLong() > 0);
        QCOMPARE(t.value(u"instrument"_s).toString(), u"Nghị định 33/2023/NĐ-CP"_s);
        QVERIFY(t.value(u"article"_s).toString().startsWith(u"Điều"_s));
        QVERIFY(t.value(u"basis"_s).toString().startsWith(u"Nghị định 33/2023/NĐ-CP, Điều"_s));
        QCOMPARE(t.value(u"validFrom"_s).toString(), u"2023-08-01"_s);
        QCOMPARE(t.value(u"validTo"_s).toString(), QString());
        QCOMPARE(t.value(u"period"_s).toString(), u"from 01/08/2023"_s);
        QCOMPARE(t.value(u"deadline"_s).toString(), u"2028-08-01"_s);
        QCOMPARE(t.value(u"deadlineText"_s).toString(), u"01/08/2028"_s);
        QVERIFY(!t.value(u"requirements"_s).toList().isEmpty());
    }
}

void TestStandardsController::requirementsOfATitle()
{
    const QVariantList reqs = title(u"dia_chinh"_s).value(u"requirements"_s).toList();
    QCOMPARE(reqs.size(), 2);
    const QVariantMap r = reqs.at(1).toMap();
    QCOMPARE(r.value(u"index"_s).toInt(), 1);
    QCOMPARE(r.value(u"key"_s).toString(), u"professional_level"_s);
    QCOMPARE(r.value(u"label"_s).toString(), u"Professional level"_s);
    QCOMPARE(r.value(u"kind"_s).toString(), u"min_level"_s);
    QCOMPARE(r.value(u"minimum"_s).toString(), u"dai_hoc"_s);
    QCOMPARE(r.value(u"minimumDifficult"_s).toString(), u"trung_cap"_s);
    QCOMPARE(r.value(u"expected"_s).toString(),
             u"%1 or higher; %2 or higher in a difficult area"_s.arg(CodeTables::professionalLevel().label(u"dai_hoc"_s),
                                                                     CodeTables::professionalLevel().label(u"trung_cap"_s)));
    QCOMPARE(r.value(u"basis"_s).toString(), u"Nghị định 33/2023/NĐ-CP, Điều 10"_s);
    QVERIFY(r.value(u"enabled"_s).toBool());
    QVERIFY(r.value(u"confirmed"_s).toBool());
    const QVariantList levels = r.value(u"levels"_s).toList();
    QCOMPARE(levels.size(), int(CodeTables::professionalLevel().entries().size()));
    QCOMPARE(levels.at(4).toMap().value(u"value"_s).toString(), u"dai_hoc"_s);
    QCOMPARE(levels.at(4).toMap().value(u"text"_s).toString(), CodeTables::professionalLevel().label(u"dai_hoc"_s));

    const QVariantMap education = reqs.at(0).toMap();
    QCOMPARE(education.value(u"key"_s).toString(), u"general_education"_s);
    QCOMPARE(education.value(u"levels"_s).toList().size(), int(CodeTables::generalEducation().entries().size()));
}

void TestStandardsController::unconfirmedRequirementIsShownDisabled()
{
    // ND 33/2023 Art 8 cl 1: the LLCT item of Bí thư is UNSURE — shown as a suggestion "to verify".
    const QVariantMap r = requirement(u"bi_thu"_s, u"political_theory"_s);
    QVERIFY(!r.isEmpty());
    QVERIFY(!r.value(u"enabled"_s).toBool());
    QVERIFY(!r.value(u"confirmed"_s).toBool());
    QCOMPARE(r.value(u"index"_s).toInt(), 2);
    QVERIFY(title(u"bi_thu"_s).value(u"counted"_s).toBool()); // the other requirements still count
    QVERIFY(requirement(u"chu_tich_ubnd"_s, u"political_theory"_s).value(u"enabled"_s).toBool());
}

void TestStandardsController::fieldRequirement()
{
    const QVariantMap r = requirement(u"tu_phap_ho_tich"_s, u"professional_field"_s);
    QCOMPARE(r.value(u"kind"_s).toString(), u"field_match"_s);
    QCOMPARE(r.value(u"keywords"_s).toStringList(), QStringList{u"luật"_s});
    QVERIFY(r.value(u"expected"_s).toString().contains(u"luật"_s));
    QVERIFY(r.value(u"levels"_s).toList().isEmpty());
    QCOMPARE(requirement(u"tu_phap_ho_tich"_s, u"professional_level"_s).value(u"minimumDifficult"_s).toString(),
             QString());
}

void TestStandardsController::historyOfATitle()
{
    const QStringList history = title(u"van_phong_thong_ke"_s).value(u"history"_s).toStringList();
    QCOMPARE(history,
             (QStringList{u"Thông tư 06/2012/TT-BNV, Điều 2 khoản 1: until 24/12/2019"_s,
                          u"Thông tư 13/2019/TT-BNV, Điều 1 khoản 1: 25/12/2019 – 31/07/2023"_s,
                          u"Nghị định 33/2023/NĐ-CP, Điều 10: from 01/08/2023"_s}));
    QCOMPARE(title(u"pho_chu_tich_ubnd"_s).value(u"history"_s).toStringList().size(), 1);
}

void TestStandardsController::enablingFromALaterDateSplitsThePeriod()
{
    QSignalSpy titles(m_controller.get(), &StandardsController::titlesChanged);
    QSignalSpy changed(m_controller.get(), &StandardsController::standardsChanged);
    QSignalSpy info(m_controller.get(), &StandardsController::infoMessage);
    QSignalSpy errors(m_controller.get(), &StandardsController::errorOccurred);
    const qint64 id = standardId(u"bi_thu"_s);

    QVERIFY(m_controller->setRequirementEnabled(id, 2, true, u"2026-01-01"_s));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(titles.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(info.count(), 1);
    QCOMPARE(info.at(0).at(0).toString(), u"The standard of %1 changes from 01/01/2026."_s.arg(
                                              CodeTables::communeTitle().label(u"bi_thu"_s)));
    QCOMPARE(m_service->standards().size(), size_t(35));

    // Today (01/09/2025) the old standard still applies, now ending on 31/12/2025.
    const QVariantMap t = title(u"bi_thu"_s);
    QCOMPARE(t.value(u"standardId"_s).toLongLong(), id);
    QCOMPARE(t.value(u"period"_s).toString(), u"01/08/2023 – 31/12/2025"_s);
    QVERIFY(!requirement(u"bi_thu"_s, u"political_theory"_s).value(u"enabled"_s).toBool());
    QCOMPARE(t.value(u"history"_s).toStringList().size(), 3); // QĐ 04/2004, ND 33 to 2025, ND 33 from 2026
    QCOMPARE(Samples::auditCount(m_db->db()), 2);
}

void TestStandardsController::enablingFromTodayShowsTheNewStandard()
{
    const qint64 id = standardId(u"pho_bi_thu"_s);
    QVERIFY(m_controller->setRequirementEnabled(id, 2, true, m_controller->today()));
    const QVariantMap t = title(u"pho_bi_thu"_s);
    QVERIFY(t.value(u"standardId"_s).toLongLong() != id);
    QCOMPARE(t.value(u"validFrom"_s).toString(), u"2025-09-01"_s);
    QCOMPARE(t.value(u"period"_s).toString(), u"from 01/09/2025"_s);
    QCOMPARE(t.value(u"deadlineText"_s).toString(), u"01/08/2028"_s);
    QVERIFY(requirement(u"pho_bi_thu"_s, u"political_theory"_s).value(u"enabled"_s).toBool());
    QVERIFY(!requirement(u"pho_bi_thu"_s, u"political_theory"_s).value(u"confirmed"_s).toBool());
    // bi_thu shared the shipped set but is a standard of its own: untouched.
    QVERIFY(!requirement(u"bi_thu"_s, u"political_theory"_s).value(u"enabled"_s).toBool());
}

void TestStandardsController::minimumChangedInPlace()
{
    QSignalSpy info(m_controller.get(), &StandardsController::infoMessage);
    const qint64 id = standardId(u"dia_chinh"_s);
    QVERIFY(m_controller->setMinimum(id, 1, u"cao_dang"_s, u"2023-08-01"_s));
    QCOMPARE(m_service->standards().size(), size_t(34));
    QCOMPARE(standardId(u"dia_chinh"_s), id);
    QCOMPARE(requirement(u"dia_chinh"_s, u"professional_level"_s).value(u"minimum"_s).toString(), u"cao_dang"_s);
    QCOMPARE(info.count(), 1);
    QVERIFY(info.at(0).at(0).toString().contains(u"whole period"_s));
}

void TestStandardsController::dateTypedAsDdMmYyyy()
{
    const qint64 id = standardId(u"dia_chinh"_s);
    QVERIFY(m_controller->setMinimum(id, 1, u"thac_si"_s, u"1/1/2026"_s));
    QCOMPARE(title(u"dia_chinh"_s).value(u"period"_s).toString(), u"01/08/2023 – 31/12/2025"_s);
    const auto catalogue = StandardCatalogue(m_service->standards());
    QCOMPARE(catalogue.inForce(u"dia_chinh"_s, QDate(2026, 1, 1))->requirements[1].minimum, u"thac_si"_s);
}

void TestStandardsController::refusedChange_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<QString>("date");

    QTest::newRow("not a level") << u"dia_chinh"_s << 1 << u"Đại học"_s << u"2026-01-01"_s;
    QTest::newRow("a level of another field") << u"dia_chinh"_s << 1 << u"cao_cap"_s << u"2026-01-01"_s;
    QTest::newRow("below the difficult-area level") << u"dia_chinh"_s << 1 << u"so_cap"_s << u"2026-01-01"_s;
    QTest::newRow("not a date") << u"dia_chinh"_s << 1 << u"cao_dang"_s << u"31/02/2026"_s;
    QTest::newRow("empty date") << u"dia_chinh"_s << 1 << u"cao_dang"_s << QString();
    QTest::newRow("no such requirement") << u"dia_chinh"_s << 5 << u"cao_dang"_s << u"2026-01-01"_s;
}

void TestStandardsController::refusedChange()
{
    QFETCH(QString, position);
    QFETCH(int, index);
    QFETCH(QString, minimum);
    QFETCH(QString, date);

    QSignalSpy titles(m_controller.get(), &StandardsController::titlesChanged);
    QSignalSpy changed(m_controller.get(), &StandardsController::standardsChanged);
    QSignalSpy errors(m_controller.get(), &StandardsController::errorOccurred);
    const QStringList before = TestSupport::dump(m_db->connection());

    QVERIFY(!m_controller->setMinimum(standardId(position), index, minimum, date));
    QCOMPARE(errors.count(), 1);
    const QString message = errors.at(0).at(0).toString();
    QVERIFY2(message.startsWith(u"The standard of %1 was not changed"_s.arg(CodeTables::communeTitle().label(position))),
             qPrintable(message));
    QCOMPARE(titles.count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(TestSupport::dump(m_db->connection()), before);
}

void TestStandardsController::unknownStandard()
{
    QSignalSpy errors(m_controller.get(), &StandardsController::errorOccurred);
    QVERIFY(!m_controller->setRequirementEnabled(987654, 0, true, u"2026-01-01"_s));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_controller->changeSummary(987654, u"2026-01-01"_s), QString());
}

void TestStandardsController::unchangedValueWritesNothing()
{
    QSignalSpy changed(m_controller.get(), &StandardsController::standardsChanged);
    QSignalSpy errors(m_controller.get(), &StandardsController::errorOccurred);
    const QStringList before = TestSupport::dump(m_db->connection());
    QVERIFY(m_controller->setRequirementEnabled(standardId(u"dia_chinh"_s), 1, true, u"2026-01-01"_s));
    QVERIFY(m_controller->setMinimum(standardId(u"dia_chinh"_s), 1, u"dai_hoc"_s, u"2026-01-01"_s));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(TestSupport::dump(m_db->connection()), before);
}

void TestStandardsController::changeSummary_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected"); // %1 = the title

    const QString nd33 = u"Nghị định 33/2023/NĐ-CP"_s;
    QTest::newRow("after the start: split") << u"chu_tich_ubnd"_s << nd33 << u"2026-01-01"_s
                                            << u"From 01/01/2026 the standard of %1 changes; reports for earlier "
                                               "dates keep the old one."_s;
    QTest::newRow("typed as DD/MM/YYYY") << u"chu_tich_ubnd"_s << nd33 << u"01/01/2026"_s
                                         << u"From 01/01/2026 the standard of %1 changes; reports for earlier "
                                            "dates keep the old one."_s;
    QTest::newRow("on the start: in place") << u"chu_tich_ubnd"_s << nd33 << u"2023-08-01"_s
                                            << u"The standard of %1 changes for its whole period (from 01/08/2023); "
                                               "reports for dates before it are not affected."_s;
    QTest::newRow("inside a closed standard: split until its end")
        << u"dia_chinh"_s << u"Thông tư 13/2019/TT-BNV"_s << u"2021-01-01"_s
        << u"From 01/01/2021 until 31/07/2023 the standard of %1 changes; reports for other dates keep their "
           "standard."_s;
    QTest::newRow("after the end of a closed standard")
        << u"dia_chinh"_s << u"Thông tư 13/2019/TT-BNV"_s << u"2025-01-01"_s
        << u"The standard of %1 applies until 31/07/2023: choose an earlier date."_s;
    QTest::newRow("not a date") << u"chu_tich_ubnd"_s << nd33 << u"2026-13-01"_s << QString();
    QTest::newRow("empty") << u"chu_tich_ubnd"_s << nd33 << QString() << QString();
}

void TestStandardsController::changeSummary()
{
    QFETCH(QString, position);
    QFETCH(QString, instrument);
    QFETCH(QString, date);
    QFETCH(QString, expected);

    qint64 id = 0;
    for (const auto &s : m_service->standards()) {
        if (s.position == position && s.instrument == instrument)
            id = s.id;
    }
    QVERIFY(id > 0);
    const QString title = CodeTables::communeTitle().label(position);
    QCOMPARE(m_controller->changeSummary(id, date), expected.isEmpty() ? QString() : expected.arg(title));
}

void TestStandardsController::canChange_data()
{
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("instrument");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("can");

    const QString nd33 = u"Nghị định 33/2023/NĐ-CP"_s;
    const QString tt13 = u"Thông tư 13/2019/TT-BNV"_s;
    QTest::newRow("open standard, later date") << u"dia_chinh"_s << nd33 << u"2040-01-01"_s << true;
    QTest::newRow("open standard, before its start") << u"dia_chinh"_s << nd33 << u"2020-01-01"_s << true;
    QTest::newRow("closed standard, its last day") << u"dia_chinh"_s << tt13 << u"31/07/2023"_s << true;
    QTest::newRow("closed standard, its end") << u"dia_chinh"_s << tt13 << u"2023-08-01"_s << false;
    QTest::newRow("not a date") << u"dia_chinh"_s << nd33 << u"2026-02-30"_s << false;
    QTest::newRow("empty") << u"dia_chinh"_s << nd33 << QString() << false;
}

void TestStandardsController::canChange()
{
    QFETCH(QString, position);
    QFETCH(QString, instrument);
    QFETCH(QString, date);
    QFETCH(bool, can);

    qint64 id = 0;
    for (const auto &s : m_service->standards()) {
        if (s.position == position && s.instrument == instrument)
            id = s.id;
    }
    QVERIFY(id > 0);
    QCOMPARE(m_controller->canChange(id, date), can);
    QVERIFY(!m_controller->canChange(987654, u"2026-01-01"_s));
}

void TestStandardsController::difficultAreaRule()
{
    QSignalSpy rule(m_controller.get(), &StandardsController::difficultAreaRuleChanged);
    QSignalSpy changed(m_controller.get(), &StandardsController::standardsChanged);
    QSignalSpy info(m_controller.get(), &StandardsController::infoMessage);
    QVERIFY(m_controller->difficultAreaRule());

    QVERIFY(m_controller->setDifficultAreaRule(false));
    QVERIFY(!m_controller->difficultAreaRule());
    QVERIFY(!m_service->difficultAreaRule());
    QCOMPARE(rule.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(info.count(), 1);
    QCOMPARE(Samples::auditRows(m_db->db(), u"setting"_s).size(), size_t(1));

    QVERIFY(m_controller->setDifficultAreaRule(false)); // the same: nothing happens
    QCOMPARE(rule.count(), 1);
    QCOMPARE(changed.count(), 1);

    // A new controller on the same database shows the stored setting.
    QVERIFY(!StandardsController(*m_service).difficultAreaRule());

    QVERIFY(m_controller->setDifficultAreaRule(true));
    QVERIFY(m_controller->difficultAreaRule());
    QCOMPARE(rule.count(), 2);
    QCOMPARE(Samples::auditRows(m_db->db(), u"setting"_s).size(), size_t(2));
}

void TestStandardsController::disablingEveryRequirementLeavesTheTitleNotCounted()
{
    // The user switches off both requirements of Chỉ huy trưởng quân sự in place: the title is
    // still listed (so it can be switched back on) but has no standard in force.
    const qint64 id = standardId(u"chi_huy_truong_quan_su"_s);
    QVERIFY(m_controller->setRequirementEnabled(id, 0, false, u"2023-08-01"_s));
    QVERIFY(m_controller->setRequirementEnabled(id, 1, false, u"2023-08-01"_s));
    const QVariantMap t = title(u"chi_huy_truong_quan_su"_s);
    QVERIFY(t.value(u"hasStandard"_s).toBool());
    QVERIFY(!t.value(u"counted"_s).toBool());
    QCOMPARE(t.value(u"standardId"_s).toLongLong(), id);
    QVERIFY(!StandardCatalogue(m_service->standards()).inForce(u"chi_huy_truong_quan_su"_s, QDate(2025, 9, 1)));
    QVERIFY(m_controller->setRequirementEnabled(id, 0, true, u"2023-08-01"_s));
    QVERIFY(title(u"chi_huy_truong_quan_su"_s).value(u"counted"_s).toBool());
}

QTEST_GUILESS_MAIN(TestStandardsController)
#include "tst_standardscontroller.moc"
