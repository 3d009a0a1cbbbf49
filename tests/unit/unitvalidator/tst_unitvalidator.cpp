// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/unitvalidator.h"
#include "testprinters.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using UnitEdit = std::function<void(OrgUnit &)>;
Q_DECLARE_METATYPE(UnitEdit)

namespace {

OrgUnit unit(const QString &code, const QString &kind, const QString &parent, const QString &successor = {})
{
    OrgUnit u;
    u.code = code;
    u.name = u"Đơn vị "_s + code;
    u.kind = kind;
    u.parentCode = parent;
    u.successorCode = successor;
    return u;
}

/** The units around the one under test (which the directory also holds, in its new version). */
std::vector<OrgUnit> neighbours()
{
    return {
        unit(u"TINH"_s, u"tinh"_s, {}),
        unit(u"HUYEN"_s, u"huyen"_s, u"TINH"_s),
        unit(u"XA_MOI"_s, u"xa"_s, u"HUYEN"_s),
        unit(u"XA_MOI_2"_s, u"xa"_s, u"HUYEN"_s, u"XA_MOI"_s),
        // Children of the unit under test (XA_A), to close parent cycles through them.
        unit(u"THON_1"_s, u"co_quan"_s, u"XA_A"_s),
        unit(u"THON_2"_s, u"co_quan"_s, u"THON_1"_s),
        // Units merged into the unit under test, to close successor cycles through them.
        unit(u"XA_CU"_s, u"xa"_s, u"HUYEN"_s, u"XA_A"_s),
        unit(u"XA_CU_2"_s, u"xa"_s, u"HUYEN"_s, u"XA_CU"_s),
    };
}

/** The unit under test: a commune, valid from 2020 to the 2025 merge. */
OrgUnit commune()
{
    OrgUnit u = unit(u"XA_A"_s, u"xa"_s, u"HUYEN"_s);
    u.name = u"Xã Đồng Hỷ"_s;
    u.validFrom = QDate(2020, 1, 1);
    u.validTo = QDate(2025, 7, 1);
    u.successorCode = u"XA_MOI"_s;
    u.difficultArea = true;
    return u;
}

/** The directory holding the neighbours and u. */
UnitDirectory directoryWith(const OrgUnit &u)
{
    std::vector<OrgUnit> units = neighbours();
    units.push_back(u);
    return UnitDirectory(std::move(units));
}

} // namespace

/** Tests UnitValidator: one unit checked against the directory it will live in. */
class TestUnitValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void neighboursAreValid();
    void messagesNameTheCodes();
};

void TestUnitValidator::validate_data()
{
    QTest::addColumn<UnitEdit>("edit");
    QTest::addColumn<QStringList>("fields");

    const QStringList none;
    QTest::newRow("valid merged commune") << UnitEdit([](OrgUnit &) {}) << none;
    QTest::newRow("valid root") << UnitEdit([](OrgUnit &u) {
        u.parentCode.clear();
        u.validFrom = {};
        u.validTo = {};
        u.successorCode.clear();
    }) << none;
    QTest::newRow("successor chain without cycle") << UnitEdit([](OrgUnit &u) { u.successorCode = u"XA_MOI_2"_s; })
                                                   << none;

    // Required fields and kind.
    QTest::newRow("code empty") << UnitEdit([](OrgUnit &u) { u.code.clear(); }) << QStringList{u"code"_s};
    QTest::newRow("name empty") << UnitEdit([](OrgUnit &u) { u.name.clear(); }) << QStringList{u"name"_s};
    QTest::newRow("name blank") << UnitEdit([](OrgUnit &u) { u.name = u"  "_s; }) << QStringList{u"name"_s};
    QTest::newRow("kind empty") << UnitEdit([](OrgUnit &u) { u.kind.clear(); }) << QStringList{u"kind"_s};
    QTest::newRow("kind unknown") << UnitEdit([](OrgUnit &u) { u.kind = u"thon"_s; }) << QStringList{u"kind"_s};
    QTest::newRow("kind a word, not a code") << UnitEdit([](OrgUnit &u) { u.kind = u"Xã"_s; })
                                             << QStringList{u"kind"_s};
    QTest::newRow("kind of another table") << UnitEdit([](OrgUnit &u) { u.kind = u"cb_xa"_s; })
                                           << QStringList{u"kind"_s};

    // Parent.
    QTest::newRow("parent unknown") << UnitEdit([](OrgUnit &u) { u.parentCode = u"KHONG_CO"_s; })
                                    << QStringList{u"parent_code"_s};
    QTest::newRow("own parent") << UnitEdit([](OrgUnit &u) { u.parentCode = u.code; })
                                << QStringList{u"parent_code"_s};
    QTest::newRow("parent cycle of two") << UnitEdit([](OrgUnit &u) { u.parentCode = u"THON_1"_s; })
                                         << QStringList{u"parent_code"_s};
    QTest::newRow("parent cycle of three") << UnitEdit([](OrgUnit &u) { u.parentCode = u"THON_2"_s; })
                                           << QStringList{u"parent_code"_s};
    QTest::newRow("parent higher up is fine") << UnitEdit([](OrgUnit &u) { u.parentCode = u"TINH"_s; }) << none;

    // Dates (valid_to is exclusive).
    QTest::newRow("valid_to equals valid_from") << UnitEdit([](OrgUnit &u) { u.validTo = u.validFrom; })
                                                << QStringList{u"valid_to"_s};
    QTest::newRow("valid_to before valid_from") << UnitEdit([](OrgUnit &u) { u.validTo = QDate(2019, 1, 1); })
                                                << QStringList{u"valid_to"_s};
    QTest::newRow("valid_to the day after valid_from")
        << UnitEdit([](OrgUnit &u) { u.validTo = u.validFrom.addDays(1); }) << none;
    QTest::newRow("valid_to without valid_from") << UnitEdit([](OrgUnit &u) { u.validFrom = {}; }) << none;
    QTest::newRow("valid_from without valid_to") << UnitEdit([](OrgUnit &u) {
        u.validTo = {};
        u.successorCode.clear();
    }) << none;

    // Successor.
    QTest::newRow("successor unknown") << UnitEdit([](OrgUnit &u) { u.successorCode = u"KHONG_CO"_s; })
                                       << QStringList{u"successor_code"_s};
    QTest::newRow("own successor") << UnitEdit([](OrgUnit &u) { u.successorCode = u.code; })
                                   << QStringList{u"successor_code"_s};
    QTest::newRow("successor cycle of two") << UnitEdit([](OrgUnit &u) { u.successorCode = u"XA_CU"_s; })
                                            << QStringList{u"successor_code"_s};
    QTest::newRow("successor cycle of three") << UnitEdit([](OrgUnit &u) { u.successorCode = u"XA_CU_2"_s; })
                                              << QStringList{u"successor_code"_s};

    // Several problems, in field order.
    QTest::newRow("several") << UnitEdit([](OrgUnit &u) {
        u.name.clear();
        u.kind = u"thon"_s;
        u.parentCode = u"KHONG_CO"_s;
        u.validTo = QDate(2000, 1, 1);
        u.successorCode = u.code;
    }) << QStringList{u"name"_s, u"kind"_s, u"parent_code"_s, u"valid_to"_s, u"successor_code"_s};
}

void TestUnitValidator::validate()
{
    QFETCH(UnitEdit, edit);
    QFETCH(QStringList, fields);
    OrgUnit u = commune();
    edit(u);
    const FieldErrors errors = UnitValidator::validate(u, directoryWith(u));
    QCOMPARE(TestSupport::fieldsOf(errors), fields);
    for (const auto &e : errors)
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
}

void TestUnitValidator::neighboursAreValid()
{
    // The fixture itself is consistent, so each failing row fails for its own edit only.
    const UnitDirectory dir = directoryWith(commune());
    for (const OrgUnit &u : dir.units())
        QVERIFY2(UnitValidator::validate(u, dir).empty(), qPrintable(u.code));
}

void TestUnitValidator::messagesNameTheCodes()
{
    OrgUnit u = commune();
    u.parentCode = u"KHONG_CO"_s;
    u.successorCode = u"MAT_TICH"_s;
    u.kind = u"thon"_s;
    const FieldErrors errors = UnitValidator::validate(u, directoryWith(u));
    QCOMPARE(errors.size(), size_t(3));
    QVERIFY2(errors[0].message.contains(u"thon"_s) && errors[0].message.contains(u"phuong"_s),
             qPrintable(errors[0].message));
    QVERIFY2(errors[1].message.contains(u"KHONG_CO"_s), qPrintable(errors[1].message));
    QVERIFY2(errors[2].message.contains(u"MAT_TICH"_s), qPrintable(errors[2].message));
}

QTEST_GUILESS_MAIN(TestUnitValidator)
#include "tst_unitvalidator.moc"
