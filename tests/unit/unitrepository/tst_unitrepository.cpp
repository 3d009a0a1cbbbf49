// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlinspect.h"
#include "storage/staffrepository.h"
#include "storage/unitrepository.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OrgUnit)

namespace {

OrgUnit unit(const QString &code, const QString &name, const QString &kind, const QString &parent = {})
{
    OrgUnit u;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.parentCode = parent;
    return u;
}

/** A commune merged in the 07/2025 reform: every field known. */
OrgUnit mergedCommune()
{
    OrgUnit u = unit(u"X_HOAHA"_s, u"Xã Hòa Hà"_s, u"xa"_s, u"H_DONGHY"_s);
    u.validFrom = QDate(2008, 1, 1);
    u.validTo = QDate(2025, 7, 1);
    u.difficultArea = true;
    u.successorCode = u"X_DONGHY"_s;
    return u;
}

QStringList codesOf(const std::vector<OrgUnit> &units)
{
    QStringList out;
    for (const auto &u : units)
        out << u.code;
    return out;
}

} // namespace

/** Tests UnitRepository: round trips, upsert, remove (guarded by the staff foreign key), staffCount. */
class TestUnitRepository : public QObject
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
    void allInCodeOrder();
    void upsertUpdates();
    void remove();
    void removeRefusedWhileStaffBelong();
    void staffCount();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<UnitRepository> m_repo;
};

void TestUnitRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUnitRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_repo = std::make_unique<UnitRepository>(m_db->connection());
    // The parent and successor used by the rows.
    QVERIFY(m_repo->upsert(unit(u"H_DONGHY"_s, u"Huyện Đồng Hỷ"_s, u"huyen"_s)));
    QVERIFY(m_repo->upsert(unit(u"X_DONGHY"_s, u"Xã Đồng Hỷ"_s, u"xa"_s)));
}

void TestUnitRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
}

void TestUnitRepository::roundTrip_data()
{
    QTest::addColumn<OrgUnit>("unit");

    QTest::newRow("merged commune, every field") << mergedCommune();
    OrgUnit u = mergedCommune();
    u.parentCode.clear();
    u.validFrom = {};
    u.validTo = {};
    u.difficultArea = false;
    u.successorCode.clear();
    QTest::newRow("root, no dates, not difficult") << u;
    u = mergedCommune();
    u.validTo = {};
    u.successorCode.clear();
    QTest::newRow("still valid, difficult area") << u;
    u = unit(u"P_1"_s, u"Phòng Tài chính - Kế hoạch \"TC-KH\" 50%_"_s, u"co_quan"_s, u"H_DONGHY"_s);
    QTest::newRow("quotes and wildcards in the name") << u;
}

void TestUnitRepository::roundTrip()
{
    QFETCH(OrgUnit, unit);
    QString error;
    QVERIFY2(m_repo->upsert(unit, &error), qPrintable(error));
    const auto back = m_repo->find(unit.code, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->code, unit.code);
    QCOMPARE(back->name, unit.name);
    QCOMPARE(back->kind, unit.kind);
    QCOMPARE(back->parentCode, unit.parentCode);
    QCOMPARE(back->validFrom, unit.validFrom);
    QCOMPARE(back->validTo, unit.validTo);
    QCOMPARE(back->difficultArea, unit.difficultArea);
    QCOMPARE(back->successorCode, unit.successorCode);
    QVERIFY(*back == unit);
    const auto all = m_repo->all();
    QVERIFY(std::find(all.begin(), all.end(), unit) != all.end());
}

void TestUnitRepository::unknownValuesAreNull()
{
    QVERIFY(m_repo->upsert(unit(u"T"_s, u"Tỉnh Thái Nguyên"_s, u"tinh"_s)));
    QCOMPARE(TestSupport::rows(m_db->connection(), u"SELECT parent_code, valid_from, valid_to, difficult_area, "
                                                    "successor_code FROM org_unit WHERE code = 'T'"_s),
             QStringList{u"<null>|<null>|<null>|0|<null>"_s});
    QVERIFY(m_repo->upsert(mergedCommune()));
    QCOMPARE(TestSupport::rows(m_db->connection(), u"SELECT parent_code, valid_from, valid_to, difficult_area, "
                                                    "successor_code FROM org_unit WHERE code = 'X_HOAHA'"_s),
             QStringList{u"H_DONGHY|2008-01-01|2025-07-01|1|X_DONGHY"_s});
}

void TestUnitRepository::findUnknown()
{
    QString error;
    QVERIFY(!m_repo->find(u"KHONG_CO"_s, &error).has_value());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestUnitRepository::allInCodeOrder()
{
    QVERIFY(m_repo->upsert(mergedCommune()));
    QVERIFY(m_repo->upsert(unit(u"A_TINH"_s, u"Tỉnh"_s, u"tinh"_s)));
    QCOMPARE(codesOf(m_repo->all()), (QStringList{u"A_TINH"_s, u"H_DONGHY"_s, u"X_DONGHY"_s, u"X_HOAHA"_s}));
}

void TestUnitRepository::upsertUpdates()
{
    OrgUnit u = unit(u"X_HOAHA"_s, u"Xã Hòa Hà"_s, u"xa"_s, u"H_DONGHY"_s);
    QVERIFY(m_repo->upsert(u));
    // The 07/2025 merge: the commune gets an end and a successor, loses its district.
    OrgUnit merged = u;
    merged.name = u"Xã Hòa Hà (cũ)"_s;
    merged.kind = u"phuong"_s;
    merged.parentCode.clear();
    merged.validFrom = QDate(2008, 1, 1);
    merged.validTo = QDate(2025, 7, 1);
    merged.difficultArea = true;
    merged.successorCode = u"X_DONGHY"_s;
    QString error;
    QVERIFY2(m_repo->upsert(merged, &error), qPrintable(error));
    QCOMPARE(m_repo->all().size(), size_t(3));
    QVERIFY(*m_repo->find(u"X_HOAHA"_s) == merged);
    // And back: values can be cleared again.
    QVERIFY(m_repo->upsert(u));
    QVERIFY(*m_repo->find(u"X_HOAHA"_s) == u);
}

void TestUnitRepository::remove()
{
    QVERIFY(m_repo->upsert(mergedCommune()));
    QString error;
    QVERIFY2(m_repo->remove(u"X_HOAHA"_s, &error), qPrintable(error));
    QVERIFY(!m_repo->find(u"X_HOAHA"_s).has_value());
    QCOMPARE(codesOf(m_repo->all()), (QStringList{u"H_DONGHY"_s, u"X_DONGHY"_s}));
}

void TestUnitRepository::removeRefusedWhileStaffBelong()
{
    QVERIFY(m_repo->upsert(mergedCommune()));
    StaffMember m;
    m.code = u"CB1"_s;
    m.fullName = u"Nguyễn Văn A"_s;
    m.birthDate = QDate(1980, 1, 1);
    m.unitCode = u"X_HOAHA"_s;
    m.category = u"cc_xa"_s;
    m.position = u"dia_chinh"_s;
    {
        StaffRepository staff(m_db->connection());
        QVERIFY(staff.upsert(m));
    }
    QString error;
    // SQLite says "FOREIGN KEY constraint failed", PostgreSQL "violates foreign key constraint".
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"query failed: .*DELETE FROM org_unit.*FOREIGN KEY"_s,
                                                          QRegularExpression::CaseInsensitiveOption));
    QVERIFY(!m_repo->remove(u"X_HOAHA"_s, &error));
    QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(m_repo->find(u"X_HOAHA"_s).has_value());
}

void TestUnitRepository::staffCount()
{
    QVERIFY(m_repo->upsert(mergedCommune()));
    QCOMPARE(m_repo->staffCount(u"X_HOAHA"_s), 0);
    {
        StaffRepository staff(m_db->connection());
        for (int i = 0; i < 3; ++i) {
            StaffMember m;
            m.code = u"CB%1"_s.arg(i);
            m.fullName = u"Người %1"_s.arg(i);
            m.birthDate = QDate(1980, 1, 1);
            m.unitCode = i < 2 ? u"X_HOAHA"_s : u"X_DONGHY"_s;
            m.category = u"cc"_s;
            m.position = u"Chuyên viên"_s;
            QVERIFY(staff.upsert(m));
        }
    }
    QCOMPARE(m_repo->staffCount(u"X_HOAHA"_s), 2);
    QCOMPARE(m_repo->staffCount(u"X_DONGHY"_s), 1);
    // Recorded unit only: people of merged units are not counted under the successor here.
    QCOMPARE(m_repo->staffCount(u"H_DONGHY"_s), 0);
    QCOMPARE(m_repo->staffCount(u"KHONG_CO"_s), 0);
}

QTEST_GUILESS_MAIN(TestUnitRepository)
#include "tst_unitrepository.moc"
