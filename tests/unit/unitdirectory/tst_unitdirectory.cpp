// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/unitdirectory.h"

#include <QTest>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

OrgUnit unit(const QString &code, const QString &kind, const QString &parent, QDate from = {}, QDate to = {},
             const QString &successor = {})
{
    OrgUnit u;
    u.code = code;
    u.name = u"Đơn vị "_s + code;
    u.kind = kind;
    u.parentCode = parent;
    u.validFrom = from;
    u.validTo = to;
    u.successorCode = successor;
    return u;
}

const QDate kMerge(2025, 7, 1);   // the 07/2025 merges: districts abolished, communes merged
const QDate kOldMerge(2020, 1, 1); // an earlier merge of communes

/**
 * A province as after the 2025 reform:
 *   TINH
 *   ├── HUYEN (district, abolished 2025-07-01, no successor)
 *   │   ├── XA_CU  (commune merged 2020-01-01 into XA_A)
 *   │   ├── XA_A   (created 2020-01-01, merged 2025-07-01 into XA_MOI)
 *   │   ├── XA_B   (merged 2025-07-01 into XA_MOI)
 *   │   └── XA_TAM (created 2021-01-01, merged 2025-07-01 into XA_LON, which always existed)
 *   ├── XA_MOI (new commune from 2025-07-01)
 *   ├── XA_LON (a commune that always existed)
 *   ├── XA_HOAN (commune created 2026-01-01)
 *   └── XA_GAP  (merged 2024-01-01 into XA_HOAN, which exists only from 2026)
 *   KHAC (a second root)
 *   ├── VONG_1 → VONG_2 → VONG_1 (a broken cycle of successors, both expired)
 *   ├── VAO_VONG → VONG_1 (leads into the cycle)
 *   ├── TU_THAN (its own successor)
 *   └── MAT (merged into an unknown code)
 *   MO_COI (parent unknown: a root too)
 *   CHA_1 ⇄ CHA_2 (a parent cycle: not roots)
 */
std::vector<OrgUnit> province()
{
    return {
        unit(u"TINH"_s, u"tinh"_s, {}),
        unit(u"HUYEN"_s, u"huyen"_s, u"TINH"_s, {}, kMerge),
        unit(u"XA_CU"_s, u"xa"_s, u"HUYEN"_s, {}, kOldMerge, u"XA_A"_s),
        unit(u"XA_A"_s, u"xa"_s, u"HUYEN"_s, kOldMerge, kMerge, u"XA_MOI"_s),
        unit(u"XA_B"_s, u"thi_tran"_s, u"HUYEN"_s, {}, kMerge, u"XA_MOI"_s),
        unit(u"XA_TAM"_s, u"xa"_s, u"HUYEN"_s, QDate(2021, 1, 1), kMerge, u"XA_LON"_s),
        unit(u"XA_MOI"_s, u"xa"_s, u"TINH"_s, kMerge),
        unit(u"XA_LON"_s, u"xa"_s, u"TINH"_s),
        unit(u"XA_HOAN"_s, u"phuong"_s, u"TINH"_s, QDate(2026, 1, 1)),
        unit(u"XA_GAP"_s, u"xa"_s, u"TINH"_s, {}, QDate(2024, 1, 1), u"XA_HOAN"_s),
        unit(u"KHAC"_s, u"co_quan"_s, {}),
        unit(u"VONG_1"_s, u"xa"_s, u"KHAC"_s, {}, kOldMerge, u"VONG_2"_s),
        unit(u"VONG_2"_s, u"xa"_s, u"KHAC"_s, {}, kOldMerge, u"VONG_1"_s),
        unit(u"VAO_VONG"_s, u"xa"_s, u"KHAC"_s, {}, kOldMerge, u"VONG_1"_s),
        unit(u"TU_THAN"_s, u"xa"_s, u"KHAC"_s, {}, kOldMerge, u"TU_THAN"_s),
        unit(u"MAT"_s, u"xa"_s, u"KHAC"_s, {}, kOldMerge, u"KHONG_CO"_s),
        unit(u"MO_COI"_s, u"don_vi_su_nghiep"_s, u"KHONG_CO"_s),
        unit(u"CHA_1"_s, u"co_quan"_s, u"CHA_2"_s),
        unit(u"CHA_2"_s, u"co_quan"_s, u"CHA_1"_s),
    };
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList sorted(const QSet<QString> &set)
{
    return sorted(QStringList(set.cbegin(), set.cend()));
}

/**
 * Runs f on another thread and waits at most 5 s, so a lookup that loops forever fails the test
 * instead of hanging it (the stuck thread is left behind; the test process ends anyway).
 */
template<typename R>
std::optional<R> withTimeout(std::function<R()> f)
{
    auto promise = std::make_shared<std::promise<R>>();
    std::future<R> result = promise->get_future();
    std::thread([promise, f = std::move(f)] { promise->set_value(f()); }).detach();
    if (result.wait_for(5s) != std::future_status::ready)
        return std::nullopt;
    return result.get();
}

} // namespace

/** Tests UnitDirectory: the unit tree and "the unit of a person on a date follows successors" (CLI.md). */
class TestUnitDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find();
    void childrenOf();
    void roots();
    void emptyDirectory();
    void resolveOn_data();
    void resolveOn();
    void codesResolvingInto_data();
    void codesResolvingInto();
    void subtree_data();
    void subtree();
};

void TestUnitDirectory::find()
{
    const UnitDirectory dir(province());
    QCOMPARE(dir.units().size(), province().size());
    const OrgUnit *a = dir.find(u"XA_A"_s);
    QVERIFY(a);
    QCOMPARE(a->code, u"XA_A"_s);
    QCOMPARE(a->validFrom, kOldMerge);
    QCOMPARE(a->successorCode, u"XA_MOI"_s);
    QVERIFY(!dir.find(u"KHONG_CO"_s));
    QVERIFY(!dir.find(u""_s));
    QVERIFY(!dir.find(u"xa_a"_s)); // codes are exact
}

void TestUnitDirectory::childrenOf()
{
    const UnitDirectory dir(province());
    QCOMPARE(sorted(dir.childrenOf(u"HUYEN"_s)), (QStringList{u"XA_A"_s, u"XA_B"_s, u"XA_CU"_s, u"XA_TAM"_s}));
    QCOMPARE(sorted(dir.childrenOf(u"TINH"_s)),
             (QStringList{u"HUYEN"_s, u"XA_GAP"_s, u"XA_HOAN"_s, u"XA_LON"_s, u"XA_MOI"_s}));
    QCOMPARE(dir.childrenOf(u"XA_MOI"_s), QStringList());
    QCOMPARE(dir.childrenOf(u"NOBODY"_s), QStringList());
}

void TestUnitDirectory::roots()
{
    const UnitDirectory dir(province());
    // No parent, or a parent not in the directory. The parent cycle CHA_1 ⇄ CHA_2 has no root.
    QCOMPARE(sorted(dir.roots()), (QStringList{u"KHAC"_s, u"MO_COI"_s, u"TINH"_s}));
}

void TestUnitDirectory::emptyDirectory()
{
    const UnitDirectory dir;
    QVERIFY(dir.units().empty());
    QVERIFY(dir.roots().isEmpty());
    QVERIFY(!dir.find(u"TINH"_s));
    QCOMPARE(dir.resolveOn(u"TINH"_s, kMerge), QString());
    QVERIFY(dir.codesResolvingInto(u"TINH"_s, kMerge).isEmpty());
}

void TestUnitDirectory::resolveOn_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");

    QTest::newRow("valid unit, no dates") << u"TINH"_s << QDate(1990, 1, 1) << u"TINH"_s;
    QTest::newRow("valid unit before its merge") << u"XA_B"_s << QDate(2025, 6, 30) << u"XA_B"_s;
    QTest::newRow("merged unit on valid_to (exclusive)") << u"XA_B"_s << kMerge << u"XA_MOI"_s;
    QTest::newRow("merged unit after") << u"XA_B"_s << QDate(2026, 3, 1) << u"XA_MOI"_s;
    QTest::newRow("new unit on valid_from") << u"XA_MOI"_s << kMerge << u"XA_MOI"_s;
    QTest::newRow("new unit before valid_from") << u"XA_MOI"_s << kMerge.addDays(-1) << QString();
    QTest::newRow("created 2020, asked in 2019") << u"XA_A"_s << QDate(2019, 12, 31) << QString();
    QTest::newRow("chain of two merges, before both") << u"XA_CU"_s << QDate(2019, 12, 31) << u"XA_CU"_s;
    QTest::newRow("chain of two merges, after the first") << u"XA_CU"_s << kOldMerge << u"XA_A"_s;
    QTest::newRow("chain of two merges, after both") << u"XA_CU"_s << kMerge << u"XA_MOI"_s;
    // Not yet created: nothing stands for it, even though its later successor exists then.
    QTest::newRow("before creation, successor valid then") << u"XA_TAM"_s << QDate(2020, 6, 1) << QString();
    QTest::newRow("temporary unit while valid") << u"XA_TAM"_s << QDate(2022, 1, 1) << u"XA_TAM"_s;
    QTest::newRow("temporary unit after its merge") << u"XA_TAM"_s << kMerge << u"XA_LON"_s;
    QTest::newRow("dissolved without successor") << u"HUYEN"_s << kMerge << QString();
    QTest::newRow("dissolved, before") << u"HUYEN"_s << QDate(2025, 6, 30) << u"HUYEN"_s;
    QTest::newRow("successor not yet created (gap)") << u"XA_GAP"_s << QDate(2025, 1, 1) << QString();
    QTest::newRow("successor created after the gap") << u"XA_GAP"_s << QDate(2026, 1, 1) << u"XA_HOAN"_s;
    QTest::newRow("unknown code") << u"KHONG_CO"_s << kMerge << QString();
    QTest::newRow("empty code") << QString() << kMerge << QString();
    QTest::newRow("successor unknown") << u"MAT"_s << kMerge << QString();
    QTest::newRow("cycle of two") << u"VONG_1"_s << kMerge << QString();
    QTest::newRow("cycle of two, other end") << u"VONG_2"_s << kMerge << QString();
    QTest::newRow("into a cycle") << u"VAO_VONG"_s << kMerge << QString();
    QTest::newRow("own successor") << u"TU_THAN"_s << kMerge << QString();
    QTest::newRow("cycle unit before it expired") << u"VONG_1"_s << QDate(2019, 1, 1) << u"VONG_1"_s;
}

void TestUnitDirectory::resolveOn()
{
    QFETCH(QString, code);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    auto dir = std::make_shared<const UnitDirectory>(province());
    const auto actual = withTimeout<QString>([dir, code, date] { return dir->resolveOn(code, date); });
    QVERIFY2(actual.has_value(), "resolveOn did not return within 5 s");
    QCOMPARE(*actual, expected);
}

void TestUnitDirectory::codesResolvingInto_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("new commune after the merge") << u"XA_MOI"_s << kMerge
                                                 << QStringList{u"XA_A"_s, u"XA_B"_s, u"XA_CU"_s, u"XA_MOI"_s};
    QTest::newRow("new commune before it exists") << u"XA_MOI"_s << QDate(2024, 1, 1) << QStringList();
    QTest::newRow("commune of the first merge") << u"XA_A"_s << QDate(2024, 1, 1)
                                                << QStringList{u"XA_A"_s, u"XA_CU"_s};
    QTest::newRow("commune before the first merge") << u"XA_A"_s << QDate(2019, 1, 1) << QStringList();
    QTest::newRow("old commune before the first merge") << u"XA_CU"_s << QDate(2019, 1, 1)
                                                        << QStringList{u"XA_CU"_s};
    QTest::newRow("district before its end")
        << u"HUYEN"_s << QDate(2024, 1, 1) << QStringList{u"HUYEN"_s, u"XA_A"_s, u"XA_B"_s, u"XA_CU"_s, u"XA_TAM"_s};
    QTest::newRow("district before XA_TAM existed")
        << u"HUYEN"_s << QDate(2020, 6, 1) << QStringList{u"HUYEN"_s, u"XA_A"_s, u"XA_B"_s, u"XA_CU"_s};
    QTest::newRow("commune that always existed, after absorbing XA_TAM")
        << u"XA_LON"_s << kMerge << QStringList{u"XA_LON"_s, u"XA_TAM"_s};
    QTest::newRow("commune that always existed, before XA_TAM existed")
        << u"XA_LON"_s << QDate(2020, 6, 1) << QStringList{u"XA_LON"_s};
    QTest::newRow("district after its end") << u"HUYEN"_s << kMerge << QStringList();
    QTest::newRow("province after the merge")
        << u"TINH"_s << kMerge
        << QStringList{u"TINH"_s, u"XA_A"_s, u"XA_B"_s, u"XA_CU"_s, u"XA_LON"_s, u"XA_MOI"_s, u"XA_TAM"_s};
    QTest::newRow("province in 2026")
        << u"TINH"_s << QDate(2026, 1, 1)
        << QStringList{u"TINH"_s, u"XA_A"_s, u"XA_B"_s, u"XA_CU"_s, u"XA_GAP"_s, u"XA_HOAN"_s, u"XA_LON"_s,
                       u"XA_MOI"_s, u"XA_TAM"_s};
    QTest::newRow("root with cycles only") << u"KHAC"_s << kMerge << QStringList{u"KHAC"_s};
}

void TestUnitDirectory::codesResolvingInto()
{
    QFETCH(QString, root);
    QFETCH(QDate, date);
    QFETCH(QStringList, expected);
    auto dir = std::make_shared<const UnitDirectory>(province());
    const auto actual = withTimeout<QStringList>([dir, root, date] { return sorted(dir->codesResolvingInto(root, date)); });
    QVERIFY2(actual.has_value(), "codesResolvingInto did not return within 5 s");
    QCOMPARE(*actual, expected);
}

void TestUnitDirectory::subtree_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("leaf") << u"XA_B"_s << QStringList{u"XA_B"_s};
    QTest::newRow("district, regardless of dates")
        << u"HUYEN"_s << QStringList{u"HUYEN"_s, u"XA_A"_s, u"XA_B"_s, u"XA_CU"_s, u"XA_TAM"_s};
    QTest::newRow("province")
        << u"TINH"_s
        << QStringList{u"HUYEN"_s, u"TINH"_s, u"XA_A"_s, u"XA_B"_s, u"XA_CU"_s, u"XA_GAP"_s, u"XA_HOAN"_s,
                       u"XA_LON"_s, u"XA_MOI"_s, u"XA_TAM"_s};
    QTest::newRow("parent cycle ends") << u"CHA_1"_s << QStringList{u"CHA_1"_s, u"CHA_2"_s};
}

void TestUnitDirectory::subtree()
{
    QFETCH(QString, root);
    QFETCH(QStringList, expected);
    auto dir = std::make_shared<const UnitDirectory>(province());
    const auto actual = withTimeout<QStringList>([dir, root] { return sorted(dir->subtree(root)); });
    QVERIFY2(actual.has_value(), "subtree did not return within 5 s");
    QCOMPARE(*actual, expected);
}

QTEST_GUILESS_MAIN(TestUnitDirectory)
#include "tst_unitdirectory.moc"
