// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/standardsjson.h"
#include "sqlinspect.h"
#include "storage/standardrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "testprinters.h"

#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** A standard with every field set, and one requirement of each kind. */
TitleStandard fullStandard()
{
    TitleStandard s;
    s.position = u"tu_phap_ho_tich"_s;
    s.validFrom = QDate(2026, 1, 1);
    s.validTo = QDate(2031, 1, 1);
    s.instrument = u"Quyết định 12/2025/QĐ-UBND"_s;
    s.article = u"Điều 3 khoản 2"_s;
    s.deadline = QDate(2030, 12, 31);
    s.note = u"Tỉnh quy định riêng; \"trích dẫn\" | ký tự lạ"_s;
    StandardRequirement level;
    level.key = u"professional_level"_s;
    level.kind = StandardRequirement::Kind::MinLevel;
    level.minimum = u"dai_hoc"_s;
    level.minimumDifficult = u"trung_cap"_s;
    level.enabled = false;
    level.confirmed = false;
    level.basis = u"Quyết định 12/2025/QĐ-UBND, Điều 3"_s;
    StandardRequirement field;
    field.key = u"professional_field"_s;
    field.kind = StandardRequirement::Kind::FieldMatch;
    field.fieldKeywords = {u"luật"_s, u"tư pháp"_s};
    field.basis = u"Luật Hộ tịch 2014, Điều 72"_s;
    StandardRequirement it;
    it.key = u"it_skill"_s;
    it.kind = StandardRequirement::Kind::Known;
    it.confirmed = false;
    it.basis = u"Thông tư 13/2019/TT-BNV"_s;
    s.requirements = {level, field, it};
    return s;
}

std::vector<TitleStandard> shipped()
{
    std::vector<TitleStandard> out;
    QString error;
    if (!StandardsJson::parse(TestSupport::readFile(QStringLiteral(
                                  CONGVU_SOURCE_DIR "/assets/standards/commune-title-standards.json")),
                              &out, &error))
        qFatal("cannot parse the shipped standards: %s", qPrintable(error));
    return out;
}

} // namespace

/**
 * StandardRepository: title standards and their requirements round-trip with every field; the
 * shipped seed is in a fresh database; writes follow the caller's transaction.
 */
class TestStandardRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripOfEveryField();
    void emptyAndUnknownValuesRoundTrip();
    void updateRewritesFieldsAndRequirements();
    void findUnknownId();
    void insertFollowsTheTransaction();
    void shippedSeedAfterAFreshMigration();
    void shippedRequirementsKeepTheirOrder();
    void allIsOrderedByPositionThenStart();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<StandardRepository> m_repo;
};

void TestStandardRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStandardRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_repo = std::make_unique<StandardRepository>(m_db->connection());
}

void TestStandardRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
}

void TestStandardRepository::roundTripOfEveryField()
{
    TitleStandard s = fullStandard();
    QString error;
    const qint64 id = m_repo->insert(s, u"user"_s, &error);
    QVERIFY2(id > 0, qPrintable(error));
    s.id = id;
    QCOMPARE(m_repo->find(id), std::optional<TitleStandard>(s));
    QCOMPARE(TestSupport::scalar(m_db->connection(), u"SELECT origin FROM title_standard WHERE id = %1"_s.arg(id))
                 .toString(),
             u"user"_s);
    QCOMPARE(TestSupport::rows(m_db->connection(),
                               u"SELECT ordinal, req_key, kind, field_keywords FROM standard_requirement "
                               "WHERE standard_id = %1 ORDER BY ordinal"_s.arg(id)),
             (QStringList{u"0|professional_level|min_level|"_s, u"1|professional_field|field_match|luật|tư pháp"_s,
                          u"2|it_skill|known|"_s}));
    const auto all = m_repo->all();
    QCOMPARE(int(std::count(all.cbegin(), all.cend(), s)), 1);
}

void TestStandardRepository::emptyAndUnknownValuesRoundTrip()
{
    TitleStandard s;
    s.position = u"dia_chinh"_s;
    s.instrument = u"Thông tư 06/2012/TT-BNV"_s;
    StandardRequirement r;
    r.key = u"professional_level"_s;
    r.minimum = u"trung_cap"_s;
    s.requirements = {r};
    const qint64 id = m_repo->insert(s, u"user"_s);
    QVERIFY(id > 0);
    const auto found = m_repo->find(id);
    QVERIFY(found);
    QVERIFY(!found->validFrom.isValid());
    QVERIFY(!found->validTo.isValid());
    QVERIFY(!found->deadline.isValid());
    QVERIFY(found->article.isEmpty());
    QVERIFY(found->note.isEmpty());
    QCOMPARE(found->requirements.size(), size_t(1));
    QVERIFY(found->requirements[0].minimumDifficult.isEmpty());
    QVERIFY(found->requirements[0].fieldKeywords.isEmpty());
    QVERIFY(found->requirements[0].basis.isEmpty());
    s.id = id;
    QCOMPARE(*found, s);
    QCOMPARE(TestSupport::scalar(m_db->connection(),
                                 u"SELECT valid_from IS NULL AND valid_to IS NULL AND deadline IS NULL "
                                 "FROM title_standard WHERE id = %1"_s.arg(id))
                 .toInt(),
             1);
}

void TestStandardRepository::updateRewritesFieldsAndRequirements()
{
    TitleStandard s = fullStandard();
    s.id = m_repo->insert(s, u"user"_s);
    QVERIFY(s.id > 0);
    s.validTo = QDate();
    s.deadline = QDate(2032, 1, 1);
    s.article = u"Điều 4"_s;
    s.requirements.erase(s.requirements.begin());
    s.requirements[0].fieldKeywords = {u"luật"_s};
    s.requirements[1].enabled = false;
    QString error;
    Transaction tx(m_db->connection());
    QVERIFY2(m_repo->update(s, &error), qPrintable(error));
    QVERIFY(tx.commit());
    QCOMPARE(m_repo->find(s.id), std::optional<TitleStandard>(s));
    QCOMPARE(TestSupport::scalar(m_db->connection(),
                                 u"SELECT COUNT(*) FROM standard_requirement WHERE standard_id = %1"_s.arg(s.id))
                 .toInt(),
             2);
    // The origin says who created the row; an update does not change it.
    QCOMPARE(TestSupport::scalar(m_db->connection(), u"SELECT origin FROM title_standard WHERE id = %1"_s.arg(s.id))
                 .toString(),
             u"user"_s);
}

void TestStandardRepository::findUnknownId()
{
    QVERIFY(!m_repo->find(123456));
}

void TestStandardRepository::insertFollowsTheTransaction()
{
    const QStringList before = TestSupport::dump(m_db->connection());
    {
        Transaction tx(m_db->connection());
        QVERIFY(m_repo->insert(fullStandard(), u"user"_s) > 0);
        // no commit: rolled back
    }
    QCOMPARE(TestSupport::dump(m_db->connection()), before);
}

void TestStandardRepository::shippedSeedAfterAFreshMigration()
{
    const std::vector<TitleStandard> stored = m_repo->all();
    QCOMPARE(stored.size(), size_t(34));
    QCOMPARE(TestSupport::rows(m_db->connection(), u"SELECT DISTINCT origin FROM title_standard"_s),
             QStringList{u"shipped"_s});
    // Every standard of the file is stored once, with every field and its requirements.
    std::vector<TitleStandard> rest = stored;
    for (TitleStandard &s : rest)
        s.id = 0;
    for (const TitleStandard &expected : shipped()) {
        const auto it = std::find(rest.begin(), rest.end(), expected);
        QVERIFY2(it != rest.end(), qPrintable(expected.position + u' ' + expected.instrument));
        rest.erase(it);
    }
    QVERIFY(rest.empty());
    for (const TitleStandard &s : stored)
        QVERIFY(s.id > 0);
}

void TestStandardRepository::shippedRequirementsKeepTheirOrder()
{
    const auto keysOf = [&](const QString &position, const QString &instrument) {
        for (const TitleStandard &s : m_repo->all()) {
            if (s.position == position && s.instrument == instrument) {
                QStringList keys;
                for (const auto &r : s.requirements)
                    keys << r.key;
                return keys;
            }
        }
        return QStringList{u"<none>"_s};
    };
    QCOMPARE(keysOf(u"chu_tich_ubnd"_s, u"Quyết định 04/2004/QĐ-BNV"_s),
             (QStringList{u"general_education"_s, u"political_theory"_s, u"professional_level"_s}));
    QCOMPARE(keysOf(u"tu_phap_ho_tich"_s, u"Thông tư 04/2022/TT-BNV"_s),
             (QStringList{u"general_education"_s, u"professional_level"_s, u"professional_field"_s, u"it_skill"_s}));
    QCOMPARE(keysOf(u"bi_thu"_s, u"Nghị định 33/2023/NĐ-CP"_s),
             (QStringList{u"general_education"_s, u"professional_level"_s, u"political_theory"_s}));
    QCOMPARE(keysOf(u"chi_huy_truong_quan_su"_s, u"Nghị định 33/2023/NĐ-CP"_s),
             (QStringList{u"professional_level"_s, u"professional_field"_s}));
    // Ordinals are 0..n-1 within each standard.
    QCOMPARE(TestSupport::scalar(m_db->connection(),
                                 u"SELECT COUNT(*) FROM (SELECT standard_id FROM standard_requirement "
                                 "GROUP BY standard_id HAVING MIN(ordinal) <> 0 OR MAX(ordinal) <> COUNT(*) - 1)"_s)
                 .toInt(),
             0);
}

void TestStandardRepository::allIsOrderedByPositionThenStart()
{
    const auto all = m_repo->all();
    QVERIFY(std::is_sorted(all.cbegin(), all.cend(), [](const TitleStandard &a, const TitleStandard &b) {
        if (a.position != b.position)
            return a.position < b.position;
        // SQLite sorts NULL (no start) first.
        if (a.validFrom.isValid() != b.validFrom.isValid())
            return !a.validFrom.isValid();
        return a.validFrom < b.validFrom;
    }));
}

QTEST_GUILESS_MAIN(TestStandardRepository)
#include "tst_standardrepository.moc"
