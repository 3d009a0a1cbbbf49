// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/standardsjson.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/** A standards file with one set whose body (instrument, positions, requirements …) is given. */
QByteArray file(const char *set)
{
    return QByteArray(R"({"format": "congvu-title-standards", "version": 1, "standards": [)") + set + "]}";
}

const char *const kGoodSet = R"({"instrument": "Nghị định 33/2023/NĐ-CP", "article": "Điều 10",
    "valid_from": "2023-08-01", "deadline": "2028-08-01", "positions": ["dia_chinh"],
    "requirements": [{"key": "professional_level", "kind": "min_level", "minimum": "dai_hoc",
                      "basis": "Nghị định 33/2023/NĐ-CP, Điều 10"}]})";

} // namespace

/**
 * StandardsJson: the reference-data file of title standards. One set expands to one standard per
 * position; a file that names an unknown title or kind, or a set without positions, is refused
 * whole with a message saying which set.
 */
class TestStandardsJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndExpandsPositions();
    void defaultsOfARequirement();
    void parseErrors_data();
    void parseErrors();
    void valuesTheRuleCannotUseAreRefused_data();
    void valuesTheRuleCannotUseAreRefused();
    void kindNames_data();
    void kindNames();
    void unknownKindName();
    void shippedFileParses();
};

void TestStandardsJson::parsesAndExpandsPositions()
{
    const QByteArray bytes = file(R"({"instrument": "Thông tư 13/2019/TT-BNV", "article": "Điều 1 khoản 1",
        "valid_from": "2019-12-25", "valid_to": "2023-08-01", "note": "ghi chú",
        "positions": ["dia_chinh", "van_hoa_xa_hoi"],
        "requirements": [
          {"key": "professional_level", "kind": "min_level", "minimum": "dai_hoc", "minimum_difficult": "trung_cap",
           "basis": "TT 13/2019"},
          {"key": "professional_field", "kind": "field_match", "field_keywords": ["luật", "tư pháp"],
           "enabled": false, "confirmed": false, "basis": "Luật Hộ tịch"},
          {"key": "it_skill", "kind": "known", "basis": "TT 13/2019"}]},
        {"instrument": "Nghị định 33/2023/NĐ-CP", "valid_from": "2023-08-01", "deadline": "2028-08-01",
         "positions": ["bi_thu"], "requirements": []})");
    std::vector<TitleStandard> out;
    QString error;
    QVERIFY2(StandardsJson::parse(bytes, &out, &error), qPrintable(error));
    QCOMPARE(out.size(), size_t(3));

    TitleStandard expected;
    expected.position = u"dia_chinh"_s;
    expected.instrument = u"Thông tư 13/2019/TT-BNV"_s;
    expected.article = u"Điều 1 khoản 1"_s;
    expected.validFrom = QDate(2019, 12, 25);
    expected.validTo = QDate(2023, 8, 1);
    expected.note = u"ghi chú"_s;
    StandardRequirement level;
    level.key = u"professional_level"_s;
    level.kind = StandardRequirement::Kind::MinLevel;
    level.minimum = u"dai_hoc"_s;
    level.minimumDifficult = u"trung_cap"_s;
    level.basis = u"TT 13/2019"_s;
    StandardRequirement field;
    field.key = u"professional_field"_s;
    field.kind = StandardRequirement::Kind::FieldMatch;
    field.fieldKeywords = {u"luật"_s, u"tư pháp"_s};
    field.enabled = false;
    field.confirmed = false;
    field.basis = u"Luật Hộ tịch"_s;
    StandardRequirement it;
    it.key = u"it_skill"_s;
    it.kind = StandardRequirement::Kind::Known;
    it.basis = u"TT 13/2019"_s;
    expected.requirements = {level, field, it};
    QCOMPARE(out[0], expected);
    expected.position = u"van_hoa_xa_hoi"_s;
    QCOMPARE(out[1], expected);

    QCOMPARE(out[2].position, u"bi_thu"_s);
    QCOMPARE(out[2].deadline, QDate(2028, 8, 1));
    QVERIFY(!out[2].validTo.isValid());
    QVERIFY(out[2].article.isEmpty());
    QVERIFY(out[2].requirements.empty());
    QVERIFY(!out[2].hasEnabledRequirement());
}

void TestStandardsJson::defaultsOfARequirement()
{
    std::vector<TitleStandard> out;
    QString error;
    QVERIFY2(StandardsJson::parse(file(kGoodSet), &out, &error), qPrintable(error));
    QCOMPARE(out.size(), size_t(1));
    QCOMPARE(out[0].requirements.size(), size_t(1));
    const StandardRequirement &r = out[0].requirements[0];
    QVERIFY(r.enabled);   // enforced unless told otherwise
    QVERIFY(r.confirmed); // confirmed unless told otherwise
    QVERIFY(r.minimumDifficult.isEmpty());
    QVERIFY(r.fieldKeywords.isEmpty());
    QVERIFY(!out[0].validTo.isValid());
    QCOMPARE(out[0].id, qint64(0));
}

void TestStandardsJson::parseErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions"); // a part of the message

    QTest::newRow("not JSON") << QByteArray("{\"standards\": [") << u"JSON"_s;
    QTest::newRow("no standards list") << QByteArray(R"({"format": "congvu-title-standards"})") << u"standards"_s;
    QTest::newRow("empty standards list") << QByteArray(R"({"standards": []})") << u"standards"_s;
    QTest::newRow("unknown title") << file(R"({"instrument": "ND 33", "positions": ["dia_chinh", "truong_cong_an"],
        "requirements": [{"key": "professional_level", "kind": "min_level", "minimum": "dai_hoc"}]})")
                                   << u"truong_cong_an"_s;
    QTest::newRow("unknown title in the second set")
        << QByteArray(R"({"standards": [)") + kGoodSet + R"(, {"instrument": "ND 33", "positions": ["Địa chính"],
        "requirements": []}]})" << u"standard 2"_s;
    QTest::newRow("unknown kind") << file(R"({"instrument": "ND 33", "positions": ["dia_chinh"],
        "requirements": [{"key": "professional_level", "kind": "at_least", "minimum": "dai_hoc"}]})")
                                  << u"kind"_s;
    QTest::newRow("no kind") << file(R"({"instrument": "ND 33", "positions": ["dia_chinh"],
        "requirements": [{"key": "professional_level", "minimum": "dai_hoc"}]})") << u"kind"_s;
    QTest::newRow("no key") << file(R"({"instrument": "ND 33", "positions": ["dia_chinh"],
        "requirements": [{"kind": "known"}]})") << u"key"_s;
    QTest::newRow("no positions") << file(R"({"instrument": "ND 33",
        "requirements": [{"key": "professional_level", "kind": "min_level", "minimum": "dai_hoc"}]})")
                                  << u"positions"_s;
    QTest::newRow("empty positions") << file(R"({"instrument": "ND 33", "positions": [],
        "requirements": [{"key": "professional_level", "kind": "min_level", "minimum": "dai_hoc"}]})")
                                     << u"positions"_s;
    QTest::newRow("no instrument") << file(R"({"positions": ["dia_chinh"],
        "requirements": [{"key": "professional_level", "kind": "min_level", "minimum": "dai_hoc"}]})")
                                   << u"instrument"_s;
}

void TestStandardsJson::parseErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);

    std::vector<TitleStandard> out;
    QString error;
    QVERIFY(!StandardsJson::parse(bytes, &out, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestStandardsJson::valuesTheRuleCannotUseAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");

    // Each of these parses today and silently changes every report: a misspelt date becomes "no
    // limit", a misspelt level or an empty keyword list makes nobody qualified. The file is
    // reference data a user (or the next shipped version) may edit, so the parser should refuse it.
    QTest::newRow("valid_to not a date (would never end)") << file(R"({"instrument": "TT 13/2019",
        "valid_from": "2019-12-25", "valid_to": "2023-8-1", "positions": ["dia_chinh"],
        "requirements": [{"key": "professional_level", "kind": "min_level", "minimum": "dai_hoc"}]})");
    QTest::newRow("valid_from not a date (would apply since always)") << file(R"({"instrument": "ND 33",
        "valid_from": "01/08/2023", "positions": ["dia_chinh"],
        "requirements": [{"key": "professional_level", "kind": "min_level", "minimum": "dai_hoc"}]})");
    QTest::newRow("minimum not a level (nobody qualifies)") << file(R"({"instrument": "ND 33",
        "positions": ["dia_chinh"],
        "requirements": [{"key": "professional_level", "kind": "min_level", "minimum": "Đại học"}]})");
    QTest::newRow("minimum misspelt as 'minimun' (nobody qualifies)") << file(R"({"instrument": "ND 33",
        "positions": ["dia_chinh"],
        "requirements": [{"key": "professional_level", "kind": "min_level", "minimun": "dai_hoc"}]})");
    QTest::newRow("field_match without keywords (nobody qualifies)") << file(R"({"instrument": "ND 33",
        "positions": ["tu_phap_ho_tich"], "requirements": [{"key": "professional_field", "kind": "field_match"}]})");
    QTest::newRow("unknown requirement key (nobody qualifies)") << file(R"({"instrument": "ND 33",
        "positions": ["dia_chinh"], "requirements": [{"key": "age", "kind": "known"}]})");
}

void TestStandardsJson::valuesTheRuleCannotUseAreRefused()
{
    QFETCH(QByteArray, bytes);

    std::vector<TitleStandard> out;
    QString error;
    QVERIFY(!StandardsJson::parse(bytes, &out, &error));
}

void TestStandardsJson::kindNames_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("min_level") << int(StandardRequirement::Kind::MinLevel) << u"min_level"_s;
    QTest::newRow("field_match") << int(StandardRequirement::Kind::FieldMatch) << u"field_match"_s;
    QTest::newRow("known") << int(StandardRequirement::Kind::Known) << u"known"_s;
}

void TestStandardsJson::kindNames()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    const auto k = StandardRequirement::Kind(kind);
    QCOMPARE(StandardsJson::kindName(k), name);
    QVERIFY(StandardsJson::kindFromName(name) == k);
}

void TestStandardsJson::unknownKindName()
{
    QVERIFY(!StandardsJson::kindFromName(u"MIN_LEVEL"_s));
    QVERIFY(!StandardsJson::kindFromName(QString()));
}

void TestStandardsJson::shippedFileParses()
{
    std::vector<TitleStandard> out;
    QString error;
    QVERIFY2(StandardsJson::parse(TestSupport::readFile(QStringLiteral(
                                      CONGVU_SOURCE_DIR "/assets/standards/commune-title-standards.json")),
                                  &out, &error),
             qPrintable(error));
    QCOMPARE(out.size(), size_t(34));
}

QTEST_GUILESS_MAIN(TestStandardsJson)
#include "tst_standardsjson.moc"
