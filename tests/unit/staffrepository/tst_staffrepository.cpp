// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/textfold.h"
#include "sqlinspect.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"
#include "testdatabase.h"
#include "testprinters.h"

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <functional>
#include <tuple>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(StaffMember)
Q_DECLARE_METATYPE(StaffQuery)

namespace {

OrgUnit unit(const QString &code, const QString &kind)
{
    OrgUnit u;
    u.code = code;
    u.name = u"Đơn vị "_s + code;
    u.kind = kind;
    return u;
}

StaffMember person(const QString &code, const QString &name, const QString &unitCode, const QString &category,
                   const QString &position, QDate start = {}, QDate end = {})
{
    StaffMember m;
    m.code = code;
    m.fullName = name;
    m.birthDate = QDate(1980, 1, 1);
    m.unitCode = unitCode;
    m.category = category;
    m.position = position;
    m.startDate = start;
    m.endDate = end;
    return m;
}

/** Every field known, booleans true. */
StaffMember fullPerson()
{
    StaffMember m = person(u"CB0001"_s, u"Nguyễn Thị Minh Khai"_s, u"XA1"_s, u"cc_xa"_s, u"tu_phap_ho_tich"_s,
                           QDate(2015, 3, 1), QDate(2024, 12, 31));
    m.birthDate = QDate(1988, 2, 29);
    m.gender = u"nu"_s;
    m.isLeader = true;
    m.generalEducation = u"thpt"_s;
    m.professionalLevel = u"dai_hoc"_s;
    m.professionalField = u"Luật kinh tế"_s;
    m.politicalTheory = u"trung_cap"_s;
    m.stateManagement = u"chuyen_vien"_s;
    m.itSkill = u"Chứng chỉ ứng dụng CNTT cơ bản"_s;
    m.foreignLanguage = u"Tiếng Anh B1"_s;
    m.ethnicMinority = true;
    return m;
}

/**
 * The filter fixture. Sort keys (given name first):
 *   P01 a nguyen van a · P02 anh nguyen van anh · P03 anh tran thi anh · NV_01 duc pham minh duc ·
 *   P05 hoa do thi hoa · NVX01 nam hoang duc nam · P08 nga bui thi nga · P04 nguyen le van nguyen
 */
std::vector<StaffMember> office()
{
    return {
        person(u"P01"_s, u"Nguyễn Văn A"_s, u"XA1"_s, u"cc_xa"_s, u"dia_chinh"_s, QDate(2020, 1, 1), QDate(2023, 1, 1)),
        person(u"P02"_s, u"Nguyễn Văn Anh"_s, u"XA1"_s, u"cb_xa"_s, u"chu_tich_ubnd"_s),
        person(u"P03"_s, u"Trần Thị Ánh"_s, u"XA2"_s, u"cc_xa"_s, u"dia_chinh"_s, QDate(2023, 1, 1)),
        person(u"P04"_s, u"Lê Văn Nguyên"_s, u"XA2"_s, u"cc_xa"_s, u"tu_phap_ho_tich"_s, {}, QDate(2021, 6, 1)),
        person(u"P05"_s, u"Đỗ Thị Hoa"_s, u"PHONG"_s, u"cc"_s, u"Chuyên viên"_s, QDate(2018, 5, 1), QDate(2025, 7, 1)),
        person(u"NV_01"_s, u"Phạm Minh Đức"_s, u"PHONG"_s, u"vc"_s, u"Giáo viên"_s),
        person(u"NVX01"_s, u"Hoàng Đức Nam"_s, u"PHONG"_s, u"vc"_s, u"Giáo viên"_s),
        person(u"P08"_s, u"Bùi Thị Nga"_s, u"XA1"_s, u"khong_chuyen_trach"_s, u"Công an viên"_s),
    };
}

QStringList codesOf(const std::vector<StaffMember> &people)
{
    QStringList out;
    for (const auto &p : people)
        out << p.code;
    return out;
}

StaffQuery search(const QString &text)
{
    StaffQuery q;
    q.search = text;
    return q;
}

/** Reads every page of query with the given page size; also checks no page is over-full. */
std::vector<StaffMember> readAllPages(const StaffRepository &repo, const StaffQuery &query, int pageSize,
                                      int *pages = nullptr, bool *overfull = nullptr)
{
    std::vector<StaffMember> out;
    std::optional<StaffPageKey> after;
    int n = 0;
    for (;;) {
        const auto page = repo.page(query, after, pageSize);
        if (overfull && int(page.size()) > pageSize)
            *overfull = true;
        if (page.empty() || n > 100000)
            break;
        ++n;
        out.insert(out.end(), page.begin(), page.end());
        after = staffPageKeyOf(page.back());
    }
    if (pages)
        *pages = n;
    return out;
}

} // namespace

/** Tests StaffRepository: round trips, upsert, remove, keyset paging and the filters of StaffQuery. */
class TestStaffRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void unknownValuesAreNull();
    void findUnknown();
    void upsertUpdates();
    void upsertManyAlternating();
    void remove();
    void refusesUnknownUnit();
    void pagesThousandPeople();
    void filters_data();
    void filters();
    void countsByUnitAndCategory_data();
    void countsByUnitAndCategory();
    void allInCodeOrder();

private:
    bool addOffice();

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<StaffRepository> m_repo;
};

void TestStaffRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStaffRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
    UnitRepository units(m_db->connection());
    for (const auto &u : {unit(u"XA1"_s, u"xa"_s), unit(u"XA2"_s, u"phuong"_s), unit(u"PHONG"_s, u"co_quan"_s)})
        QVERIFY(units.upsert(u));
    m_repo = std::make_unique<StaffRepository>(m_db->connection());
}

void TestStaffRepository::cleanup()
{
    m_repo.reset(); // its prepared queries go before the connection
    m_db.reset();
}

bool TestStaffRepository::addOffice()
{
    Transaction tx(m_db->connection());
    for (const auto &m : office()) {
        QString error;
        if (!m_repo->upsert(m, &error)) {
            qWarning() << "upsert" << m.code << error;
            return false;
        }
    }
    return tx.commit();
}

void TestStaffRepository::roundTrip_data()
{
    QTest::addColumn<StaffMember>("member");

    QTest::newRow("every field known, booleans true") << fullPerson();
    StaffMember m = fullPerson();
    m.isLeader = false;
    m.ethnicMinority = false;
    QTest::newRow("booleans false") << m;
    m = fullPerson();
    m.gender.clear();
    m.isLeader.reset();
    m.startDate = {};
    m.endDate = {};
    m.generalEducation.clear();
    m.professionalLevel.clear();
    m.professionalField.clear();
    m.politicalTheory.clear();
    m.stateManagement.clear();
    m.itSkill.clear();
    m.foreignLanguage.clear();
    m.ethnicMinority.reset();
    QTest::newRow("every optional field unknown") << m;
    m = fullPerson();
    m.isLeader.reset();
    m.ethnicMinority = false;
    QTest::newRow("leader unknown, minority false") << m;
    m = fullPerson();
    m.fullName = u"Lò Văn \"Tí\" O'Neil; Hà, Nội %_\\"_s;
    m.professionalField = u"Luật; Kinh tế, \"Quản lý\""_s;
    m.position = u"dia_chinh"_s;
    QTest::newRow("quotes, separators and wildcards in text") << m;
    m = fullPerson();
    m.category = u"cc"_s;
    m.position = u"Phó Trưởng phòng Tài chính - Kế hoạch"_s;
    QTest::newRow("free-text position") << m;
}

void TestStaffRepository::roundTrip()
{
    QFETCH(StaffMember, member);
    QString error;
    QVERIFY2(m_repo->upsert(member, &error), qPrintable(error));
    const auto back = m_repo->find(member.code, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    // Field by field first, so a failure names the field.
    QCOMPARE(back->code, member.code);
    QCOMPARE(back->fullName, member.fullName);
    QCOMPARE(back->birthDate, member.birthDate);
    QCOMPARE(back->gender, member.gender);
    QCOMPARE(back->unitCode, member.unitCode);
    QCOMPARE(back->category, member.category);
    QCOMPARE(back->position, member.position);
    QCOMPARE(back->isLeader, member.isLeader);
    QCOMPARE(back->startDate, member.startDate);
    QCOMPARE(back->endDate, member.endDate);
    QCOMPARE(back->generalEducation, member.generalEducation);
    QCOMPARE(back->professionalLevel, member.professionalLevel);
    QCOMPARE(back->professionalField, member.professionalField);
    QCOMPARE(back->politicalTheory, member.politicalTheory);
    QCOMPARE(back->stateManagement, member.stateManagement);
    QCOMPARE(back->itSkill, member.itSkill);
    QCOMPARE(back->foreignLanguage, member.foreignLanguage);
    QCOMPARE(back->ethnicMinority, member.ethnicMinority);
    QVERIFY(*back == member);
    // The list reads the same values as find().
    const auto listed = m_repo->page({}, std::nullopt, 10);
    QCOMPARE(listed.size(), size_t(1));
    QVERIFY(listed[0] == member);
    QVERIFY(m_repo->all()[0] == member);
}

void TestStaffRepository::unknownValuesAreNull()
{
    // 0001_initial.sql: "unknown is NULL" (not '' and not 0), so SQL reports can tell them apart.
    StaffMember m = person(u"CB9"_s, u"Hà Văn Chín"_s, u"XA1"_s, u"cc"_s, u"Chuyên viên"_s);
    QVERIFY(m_repo->upsert(m));
    QCOMPARE(TestSupport::rows(m_db->connection(),
                               u"SELECT gender, is_leader, start_date, end_date, general_education, "
                               "professional_level, professional_field, political_theory, state_management, "
                               "it_skill, foreign_language, ethnic_minority FROM staff"_s),
             QStringList{QStringList(12, u"<null>"_s).join(u'|')});
    m.isLeader = false;
    m.ethnicMinority = true;
    m.startDate = QDate(2001, 9, 2);
    QVERIFY(m_repo->upsert(m));
    QCOMPARE(TestSupport::rows(m_db->connection(), u"SELECT is_leader, ethnic_minority, start_date FROM staff"_s),
             QStringList{u"0|1|2001-09-02"_s});
}

void TestStaffRepository::findUnknown()
{
    QString error;
    QVERIFY(!m_repo->find(u"KHONG_CO"_s, &error).has_value());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStaffRepository::upsertUpdates()
{
    StaffMember m = fullPerson();
    QVERIFY(m_repo->upsert(m));
    StaffMember changed = m;
    changed.fullName = u"Trần Thị Minh Khai"_s;
    changed.birthDate = QDate(1989, 3, 1);
    changed.gender = u"nam"_s;
    changed.unitCode = u"XA2"_s;
    changed.category = u"cb_xa"_s;
    changed.position = u"bi_thu"_s;
    changed.isLeader = std::nullopt;
    changed.startDate = QDate(2016, 1, 1);
    changed.endDate = {};
    changed.generalEducation = u"thcs"_s;
    changed.professionalLevel = {};
    changed.professionalField = u"Quân sự cơ sở"_s;
    changed.politicalTheory = u"cu_nhan"_s;
    changed.stateManagement = u"chuyen_vien_chinh"_s;
    changed.itSkill = {};
    changed.foreignLanguage = u"Tiếng Trung"_s;
    changed.ethnicMinority = false;
    QString error;
    QVERIFY2(m_repo->upsert(changed, &error), qPrintable(error));
    QCOMPARE(m_repo->count({}), 1);
    const auto back = m_repo->find(m.code);
    QVERIFY(back.has_value());
    QVERIFY(*back == changed);
    // The search text and the sort key follow the new name.
    QCOMPARE(m_repo->count(search(u"tran khai"_s)), 1);
    QCOMPARE(m_repo->count(search(u"nguyen"_s)), 0);
    QCOMPARE(TestSupport::scalar(m_db->connection(), u"SELECT sort_key FROM staff"_s).toString(),
             nameSortKey(changed.fullName));
}

void TestStaffRepository::upsertManyAlternating()
{
    // The repository keeps its insert and update statements: mixing them must not mix up rows.
    for (int i = 0; i < 5; ++i) {
        StaffMember m = person(u"A%1"_s.arg(i), u"Người Số %1"_s.arg(i), u"XA1"_s, u"cc"_s, u"Chuyên viên"_s);
        QVERIFY(m_repo->upsert(m));
        m.position = u"Trưởng phòng %1"_s.arg(i);
        QVERIFY(m_repo->upsert(m));
    }
    QCOMPARE(m_repo->count({}), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_repo->find(u"A%1"_s.arg(i))->position, u"Trưởng phòng %1"_s.arg(i));
}

void TestStaffRepository::remove()
{
    QVERIFY(addOffice());
    QString error;
    QVERIFY2(m_repo->remove(u"P03"_s, &error), qPrintable(error));
    QVERIFY(!m_repo->find(u"P03"_s).has_value());
    QCOMPARE(m_repo->count({}), int(office().size()) - 1);
    QVERIFY(!codesOf(m_repo->all()).contains(u"P03"_s));
    // The others are untouched; the person can be added again.
    QVERIFY(m_repo->find(u"P02"_s).has_value());
    QVERIFY(m_repo->upsert(office()[2]));
    QVERIFY(*m_repo->find(u"P03"_s) == office()[2]);
}

void TestStaffRepository::refusesUnknownUnit()
{
    QString error;
    // A failure is logged with the query and its values (STYLE.md §4), then returned.
    // SQLite says "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint".
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"query failed: .*INSERT INTO staff.*KHONG_CO.*FOREIGN KEY"_s,
                                            QRegularExpression::CaseInsensitiveOption));
    QVERIFY(!m_repo->upsert(person(u"X1"_s, u"Ai Đó"_s, u"KHONG_CO"_s, u"cc"_s, u"Chuyên viên"_s), &error));
    QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(m_repo->count({}), 0);
}

void TestStaffRepository::pagesThousandPeople()
{
    const QStringList surnames{u"Nguyễn"_s, u"Trần"_s, u"Lê"_s, u"Phạm"_s, u"Hoàng"_s, u"Huỳnh"_s, u"Phan"_s,
                               u"Vũ"_s, u"Võ"_s, u"Đặng"_s, u"Bùi"_s, u"Đỗ"_s, u"Hồ"_s, u"Ngô"_s};
    const QStringList middles{u"Văn"_s, u"Thị"_s, u"Hữu"_s, u"Đức"_s, u"Minh"_s, u"Thị Thu"_s, u"Quang"_s,
                              u"Ngọc"_s, u"Xuân"_s, u"Thanh"_s};
    const QStringList givens{u"An"_s, u"Anh"_s, u"Ánh"_s, u"Bình"_s, u"Châu"_s, u"Dũng"_s, u"Đạt"_s, u"Giang"_s,
                             u"Hà"_s, u"Hải"_s, u"Hạnh"_s, u"Hùng"_s, u"Lan"_s, u"Linh"_s, u"Mai"_s, u"Nam"_s,
                             u"Ngọc"_s, u"Phương"_s, u"Thủy"_s, u"Yến"_s};
    const QStringList categories{u"cc"_s, u"vc"_s, u"cb"_s, u"khong_chuyen_trach"_s};
    const int total = 1000;
    std::vector<StaffMember> people;
    for (int i = 0; i < total; ++i) {
        // 14 × 10 × 20 names for 1,000 people: many share a full name, so the code breaks ties.
        const QString name = surnames[i % 14] + u' ' + middles[(i / 14) % 10] + u' ' + givens[(i * 7) % 20];
        // Codes are not in name order, and insertion is in yet another order.
        const int codeNumber = (i * 389) % total;
        people.push_back(person(u"NV%1"_s.arg(codeNumber, 4, 10, QLatin1Char('0')), name,
                                i % 3 == 0 ? u"XA1"_s : u"PHONG"_s, categories[i % 4], u"Chuyên viên"_s));
    }
    {
        Transaction tx(m_db->connection());
        for (int i = 0; i < total; ++i) {
            QString error;
            QVERIFY2(m_repo->upsert(people[(i * 7919) % total], &error), qPrintable(error));
        }
        QVERIFY(tx.commit());
    }
    QCOMPARE(m_repo->count({}), total);

    auto expectedOrder = [&people](const std::function<bool(const StaffMember &)> &keep) {
        std::vector<StaffMember> out;
        std::copy_if(people.begin(), people.end(), std::back_inserter(out), keep);
        std::sort(out.begin(), out.end(), [](const StaffMember &a, const StaffMember &b) {
            const auto ka = staffPageKeyOf(a), kb = staffPageKeyOf(b);
            return std::tie(ka.sortKey, ka.code) < std::tie(kb.sortKey, kb.code);
        });
        return codesOf(out);
    };

    // Every person exactly once, in name order, across pages of 200.
    int pages = 0;
    bool overfull = false;
    const auto all = readAllPages(*m_repo, {}, 200, &pages, &overfull);
    QVERIFY(!overfull);
    QCOMPARE(pages, 5);
    const QStringList codes = codesOf(all);
    QCOMPARE(int(codes.size()), total);
    QCOMPARE(int(QSet<QString>(codes.cbegin(), codes.cend()).size()), total);
    QCOMPARE(codes, expectedOrder([](const StaffMember &) { return true; }));
    // Each page is full but the last.
    const auto first = m_repo->page({}, std::nullopt, 200);
    QCOMPARE(first.size(), size_t(200));
    QCOMPARE(codesOf(first), codes.mid(0, 200));
    const auto fifth = m_repo->page({}, staffPageKeyOf(all[799]), 200);
    QCOMPARE(codesOf(fifth), codes.mid(800, 200));
    QVERIFY(m_repo->page({}, staffPageKeyOf(all.back()), 200).empty());
    QVERIFY(m_repo->page({}, std::nullopt, 0).empty());

    // Paging a filtered list with an odd page size.
    StaffQuery vc;
    vc.category = u"vc"_s;
    const auto vcAll = readAllPages(*m_repo, vc, 37, &pages);
    QCOMPARE(codesOf(vcAll), expectedOrder([](const StaffMember &m) { return m.category == "vc"_L1; }));
    QCOMPARE(int(vcAll.size()), m_repo->count(vc));
    QCOMPARE(pages, (m_repo->count(vc) + 36) / 37);

    StaffQuery thuInXa1 = search(u"thi thu"_s);
    thuInXa1.unitCodes = QStringList{u"XA1"_s};
    const auto thu = readAllPages(*m_repo, thuInXa1, 7);
    // Each word anywhere in the folded name and code ("thu" also matches "Thủy").
    QCOMPARE(codesOf(thu), expectedOrder([](const StaffMember &m) {
                 const QString text = foldText(QString(m.fullName + u' ' + m.code));
                 return m.unitCode == "XA1"_L1 && text.contains(u"thi"_s) && text.contains(u"thu"_s);
             }));
    QVERIFY(!thu.empty());
    QCOMPARE(int(thu.size()), m_repo->count(thuInXa1));
}

void TestStaffRepository::filters_data()
{
    QTest::addColumn<StaffQuery>("query");
    QTest::addColumn<QStringList>("expected"); // codes, in name order

    const QStringList everyone{u"P01"_s, u"P02"_s, u"P03"_s, u"NV_01"_s, u"P05"_s, u"NVX01"_s, u"P08"_s, u"P04"_s};
    QTest::newRow("no filter") << StaffQuery{} << everyone;

    // Search: every word somewhere in name or code, without case, diacritics or order.
    QTest::newRow("van a nguyen") << search(u"van a nguyen"_s) << QStringList{u"P01"_s, u"P02"_s, u"P04"_s};
    QTest::newRow("Nguyễn Văn A") << search(u"Nguyễn Văn A"_s) << QStringList{u"P01"_s, u"P02"_s, u"P04"_s};
    QTest::newRow("nguyen van anh") << search(u"nguyen van anh"_s) << QStringList{u"P02"_s};
    QTest::newRow("NGUYỄN upper") << search(u"NGUYỄN"_s) << QStringList{u"P01"_s, u"P02"_s, u"P04"_s};
    QTest::newRow("nguyễn NFD") << search(u"nguyễn"_s.normalized(QString::NormalizationForm_D))
                                << QStringList{u"P01"_s, u"P02"_s, u"P04"_s};
    QTest::newRow("ánh = anh") << search(u"ánh"_s) << QStringList{u"P02"_s, u"P03"_s};
    QTest::newRow("đức = duc") << search(u"đức"_s) << QStringList{u"NV_01"_s, u"NVX01"_s};
    QTest::newRow("words out of order, extra spaces") << search(u"  anh   THI  tran "_s) << QStringList{u"P03"_s};
    QTest::newRow("code") << search(u"p05"_s) << QStringList{u"P05"_s};
    QTest::newRow("code and name word") << search(u"p0 thi"_s) << QStringList{u"P03"_s, u"P05"_s, u"P08"_s};
    QTest::newRow("nothing") << search(u"xyz"_s) << QStringList();
    QTest::newRow("blank search is no filter") << search(u"   "_s) << everyone;
    // LIKE wildcards in the search are literal characters.
    QTest::newRow("underscore literal") << search(u"nv_0"_s) << QStringList{u"NV_01"_s};
    QTest::newRow("underscore alone") << search(u"_"_s) << QStringList{u"NV_01"_s};
    QTest::newRow("percent literal") << search(u"nguy%anh"_s) << QStringList();
    QTest::newRow("percent alone") << search(u"%"_s) << QStringList();
    QTest::newRow("backslash") << search(u"\\"_s) << QStringList();
    QTest::newRow("quote") << search(u"nguyen'"_s) << QStringList();

    // Units (already resolved by the caller).
    StaffQuery q;
    q.unitCodes = QStringList{u"XA1"_s};
    QTest::newRow("one unit") << q << QStringList{u"P01"_s, u"P02"_s, u"P08"_s};
    q.unitCodes = QStringList{u"XA1"_s, u"XA2"_s};
    QTest::newRow("two units") << q << QStringList{u"P01"_s, u"P02"_s, u"P03"_s, u"P08"_s, u"P04"_s};
    q.unitCodes = QStringList{};
    QTest::newRow("empty unit list: nobody") << q << QStringList();
    q.unitCodes = QStringList{u"KHONG_CO"_s};
    QTest::newRow("unknown unit") << q << QStringList();

    q = {};
    q.category = u"cc_xa"_s;
    QTest::newRow("category") << q << QStringList{u"P01"_s, u"P03"_s, u"P04"_s};
    q.category = u"cb"_s;
    QTest::newRow("category without people") << q << QStringList();
    q = {};
    q.position = u"Giáo viên"_s;
    QTest::newRow("free-text position") << q << QStringList{u"NV_01"_s, u"NVX01"_s};
    q.position = u"dia_chinh"_s;
    QTest::newRow("title position") << q << QStringList{u"P01"_s, u"P03"_s};

    // In service on a date: start ≤ date < end (end exclusive), a missing date is open.
    const auto onDate = [](QDate d) {
        StaffQuery s;
        s.inServiceOn = d;
        return s;
    };
    QTest::newRow("in service 2019-12-31")
        << onDate(QDate(2019, 12, 31)) << QStringList{u"P02"_s, u"NV_01"_s, u"P05"_s, u"NVX01"_s, u"P08"_s, u"P04"_s};
    QTest::newRow("in service on a start date")
        << onDate(QDate(2020, 1, 1))
        << QStringList{u"P01"_s, u"P02"_s, u"NV_01"_s, u"P05"_s, u"NVX01"_s, u"P08"_s, u"P04"_s};
    QTest::newRow("in service the day before an end")
        << onDate(QDate(2022, 12, 31)) << QStringList{u"P01"_s, u"P02"_s, u"NV_01"_s, u"P05"_s, u"NVX01"_s, u"P08"_s};
    QTest::newRow("in service on an end date (exclusive)")
        << onDate(QDate(2023, 1, 1)) << QStringList{u"P02"_s, u"P03"_s, u"NV_01"_s, u"P05"_s, u"NVX01"_s, u"P08"_s};
    QTest::newRow("in service after the merges")
        << onDate(QDate(2025, 7, 1)) << QStringList{u"P02"_s, u"P03"_s, u"NV_01"_s, u"NVX01"_s, u"P08"_s};

    // Filters combine with AND.
    q = onDate(QDate(2021, 1, 1));
    q.search = u"nguyen"_s;
    q.category = u"cc_xa"_s;
    QTest::newRow("search + category + date") << q << QStringList{u"P01"_s, u"P04"_s};
    q.unitCodes = QStringList{u"XA2"_s};
    QTest::newRow("search + category + date + unit") << q << QStringList{u"P04"_s};
    q.position = u"dia_chinh"_s;
    QTest::newRow("all filters, nobody") << q << QStringList();
}

void TestStaffRepository::filters()
{
    QFETCH(StaffQuery, query);
    QFETCH(QStringList, expected);
    QVERIFY(addOffice());
    QString error;
    QCOMPARE(codesOf(m_repo->page(query, std::nullopt, 100, &error)), expected);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_repo->count(query, &error), int(expected.size()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The same list read two at a time.
    QCOMPARE(codesOf(readAllPages(*m_repo, query, 2)), expected);
}

void TestStaffRepository::countsByUnitAndCategory_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("expected"); // unit|category|count, ordered by unit then category

    QTest::newRow("2021-01-01") << QDate(2021, 1, 1)
                                << QStringList{u"PHONG|cc|1"_s, u"PHONG|vc|2"_s, u"XA1|cb_xa|1"_s, u"XA1|cc_xa|1"_s,
                                               u"XA1|khong_chuyen_trach|1"_s, u"XA2|cc_xa|1"_s};
    QTest::newRow("2023-01-01 (P01 and P04 gone, P03 in)")
        << QDate(2023, 1, 1)
        << QStringList{u"PHONG|cc|1"_s, u"PHONG|vc|2"_s, u"XA1|cb_xa|1"_s, u"XA1|khong_chuyen_trach|1"_s,
                       u"XA2|cc_xa|1"_s};
    QTest::newRow("no date: everyone") << QDate()
                                       << QStringList{u"PHONG|cc|1"_s, u"PHONG|vc|2"_s, u"XA1|cb_xa|1"_s,
                                                      u"XA1|cc_xa|1"_s, u"XA1|khong_chuyen_trach|1"_s,
                                                      u"XA2|cc_xa|2"_s};
}

void TestStaffRepository::countsByUnitAndCategory()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, expected);
    QVERIFY(addOffice());
    QString error;
    QStringList actual;
    for (const auto &c : m_repo->countsByUnitAndCategory(date, &error))
        actual << u"%1|%2|%3"_s.arg(c.unitCode, c.category).arg(c.count);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(actual, expected);
    // The counts agree with count() for the same date.
    int sum = 0;
    for (const auto &c : m_repo->countsByUnitAndCategory(date))
        sum += c.count;
    StaffQuery q;
    q.inServiceOn = date;
    QCOMPARE(sum, m_repo->count(q));
}

void TestStaffRepository::allInCodeOrder()
{
    QVERIFY(addOffice());
    QCOMPARE(codesOf(m_repo->all()),
             (QStringList{u"NVX01"_s, u"NV_01"_s, u"P01"_s, u"P02"_s, u"P03"_s, u"P04"_s, u"P05"_s, u"P08"_s}));
    const auto all = m_repo->all();
    const auto fixture = office();
    for (const auto &m : fixture)
        QVERIFY2(std::find(all.begin(), all.end(), m) != all.end(), qPrintable(m.code));
}

QTEST_GUILESS_MAIN(TestStaffRepository)
#include "tst_staffrepository.moc"
