// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/disciplineform.h"
#include "testprinters.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** Tests the discipline form codes, words and order of RECORDS-CSV.md "Discipline". */
class TestDisciplineForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codesLightestFirst()
    {
        // RECORDS-CSV.md "Discipline": khien_trach, canh_cao, ha_bac_luong, giang_chuc, cach_chuc,
        // bai_nhiem / buoc_thoi_viec (LEGAL-RULES.md §2.1).
        const QStringList expected{u"khien_trach"_s, u"canh_cao"_s, u"ha_bac_luong"_s, u"giang_chuc"_s,
                                   u"cach_chuc"_s, u"buoc_thoi_viec"_s, u"bai_nhiem"_s};
        QCOMPARE(DisciplineForms::codes(), expected);
        QCOMPARE(DisciplineForms::table().field(), u"form"_s);
    }

    void match_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<QString>>("code");

        QTest::newRow("code") << u"khien_trach"_s << std::optional<QString>(u"khien_trach"_s);
        QTest::newRow("code upper, spaces") << u"  CANH_CAO "_s << std::optional<QString>(u"canh_cao"_s);
        QTest::newRow("Khiển trách") << u"Khiển trách"_s << std::optional<QString>(u"khien_trach"_s);
        QTest::newRow("Cảnh cáo") << u"Cảnh cáo"_s << std::optional<QString>(u"canh_cao"_s);
        QTest::newRow("Hạ bậc lương") << u"Hạ bậc lương"_s << std::optional<QString>(u"ha_bac_luong"_s);
        QTest::newRow("Giáng chức") << u"Giáng chức"_s << std::optional<QString>(u"giang_chuc"_s);
        QTest::newRow("Cách chức") << u"Cách chức"_s << std::optional<QString>(u"cach_chuc"_s);
        QTest::newRow("Buộc thôi việc") << u"Buộc thôi việc"_s << std::optional<QString>(u"buoc_thoi_viec"_s);
        QTest::newRow("Bãi nhiệm") << u"Bãi nhiệm"_s << std::optional<QString>(u"bai_nhiem"_s);
        QTest::newRow("no diacritics, lower") << u"buoc thoi viec"_s << std::optional<QString>(u"buoc_thoi_viec"_s);
        QTest::newRow("upper with diacritics") << u"GIÁNG CHỨC"_s << std::optional<QString>(u"giang_chuc"_s);
        QTest::newRow("English label") << u"Reprimand"_s << std::optional<QString>(u"khien_trach"_s);
        QTest::newRow("unknown") << u"phạt tiền"_s << std::optional<QString>();
        QTest::newRow("empty") << QString() << std::optional<QString>();
    }

    void match()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<QString>, code);
        QCOMPARE(DisciplineForms::match(text), code);
    }

    void order_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("aHeavier");

        QTest::newRow("canh_cao > khien_trach") << u"canh_cao"_s << u"khien_trach"_s << true;
        QTest::newRow("khien_trach !> canh_cao") << u"khien_trach"_s << u"canh_cao"_s << false;
        QTest::newRow("ha_bac_luong > canh_cao") << u"ha_bac_luong"_s << u"canh_cao"_s << true;
        QTest::newRow("giang_chuc > ha_bac_luong") << u"giang_chuc"_s << u"ha_bac_luong"_s << true;
        QTest::newRow("cach_chuc > giang_chuc") << u"cach_chuc"_s << u"giang_chuc"_s << true;
        QTest::newRow("buoc_thoi_viec > cach_chuc") << u"buoc_thoi_viec"_s << u"cach_chuc"_s << true;
        QTest::newRow("bai_nhiem > cach_chuc") << u"bai_nhiem"_s << u"cach_chuc"_s << true;
        // RECORDS-CSV.md lists "bai_nhiem / buoc_thoi_viec" at the same, heaviest step.
        QTest::newRow("bai_nhiem = buoc_thoi_viec") << u"bai_nhiem"_s << u"buoc_thoi_viec"_s << false;
        QTest::newRow("buoc_thoi_viec = bai_nhiem") << u"buoc_thoi_viec"_s << u"bai_nhiem"_s << false;
        QTest::newRow("same") << u"canh_cao"_s << u"canh_cao"_s << false;
        QTest::newRow("unknown") << u"phat_tien"_s << u"khien_trach"_s << false;
    }

    void order()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, aHeavier);
        QCOMPARE(DisciplineForms::isHeavier(a, b), aHeavier);
    }

    void reprimandOrAbove()
    {
        // Reform plan target / ND 335/2025 KHTNV: "khiển trách or above" is every form.
        for (const QString &code : DisciplineForms::codes())
            QVERIFY2(DisciplineForms::isReprimandOrAbove(code), qPrintable(code));
        QVERIFY(!DisciplineForms::isReprimandOrAbove(u"phat_tien"_s));
        QVERIFY(!DisciplineForms::isReprimandOrAbove(QString()));
    }

    void endsService()
    {
        QVERIFY(DisciplineForms::endsService(u"buoc_thoi_viec"_s));
        QVERIFY(DisciplineForms::endsService(u"bai_nhiem"_s));
        QVERIFY(!DisciplineForms::endsService(u"cach_chuc"_s));
        QCOMPARE(DisciplineForms::severity(u"khien_trach"_s), 1);
        QCOMPARE(DisciplineForms::severity(u"x"_s), -1);
        QCOMPARE(DisciplineForms::label(u"khien_trach"_s), u"Reprimand"_s);
        QCOMPARE(DisciplineForms::label(u"x"_s), u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestDisciplineForm)
#include "tst_disciplineform.moc"
