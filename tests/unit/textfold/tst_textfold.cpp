// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/textfold.h"

#include <QTest>

using namespace Qt::StringLiterals;

/** Tests foldText and nameSortKey (textfold.h): Vietnamese folding for search and name order. */
class TestTextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldText_data();
    void foldText();
    void foldsNfcAndNfdAlike_data();
    void foldsNfcAndNfdAlike();
    void foldIsIdempotent_data();
    void foldIsIdempotent();
    void nameSortKey_data();
    void nameSortKey();
    void nameSortKeyOrdersByGivenName();
};

void TestTextFold::foldText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // The six tones on one vowel (ngang, huyền, sắc, hỏi, ngã, nặng), lower and upper case.
    QTest::newRow("a six tones") << u"a à á ả ã ạ"_s << u"a a a a a a"_s;
    QTest::newRow("A six tones upper") << u"A À Á Ả Ã Ạ"_s << u"a a a a a a"_s;
    QTest::newRow("ă six tones") << u"ă ằ ắ ẳ ẵ ặ"_s << u"a a a a a a"_s;
    QTest::newRow("Ă six tones upper") << u"Ă Ằ Ắ Ẳ Ẵ Ặ"_s << u"a a a a a a"_s;
    QTest::newRow("â six tones") << u"â ầ ấ ẩ ẫ ậ"_s << u"a a a a a a"_s;
    QTest::newRow("Â six tones upper") << u"Â Ầ Ấ Ẩ Ẫ Ậ"_s << u"a a a a a a"_s;
    QTest::newRow("e six tones") << u"e è é ẻ ẽ ẹ"_s << u"e e e e e e"_s;
    QTest::newRow("ê six tones") << u"ê ề ế ể ễ ệ"_s << u"e e e e e e"_s;
    QTest::newRow("Ê six tones upper") << u"Ê Ề Ế Ể Ễ Ệ"_s << u"e e e e e e"_s;
    QTest::newRow("i six tones") << u"i ì í ỉ ĩ ị"_s << u"i i i i i i"_s;
    QTest::newRow("o six tones") << u"o ò ó ỏ õ ọ"_s << u"o o o o o o"_s;
    QTest::newRow("ô six tones") << u"ô ồ ố ổ ỗ ộ"_s << u"o o o o o o"_s;
    QTest::newRow("ơ six tones") << u"ơ ờ ớ ở ỡ ợ"_s << u"o o o o o o"_s;
    QTest::newRow("Ơ six tones upper") << u"Ơ Ờ Ớ Ở Ỡ Ợ"_s << u"o o o o o o"_s;
    QTest::newRow("u six tones") << u"u ù ú ủ ũ ụ"_s << u"u u u u u u"_s;
    QTest::newRow("ư six tones") << u"ư ừ ứ ử ữ ự"_s << u"u u u u u u"_s;
    QTest::newRow("Ư six tones upper") << u"Ư Ừ Ứ Ử Ữ Ự"_s << u"u u u u u u"_s;
    QTest::newRow("y six tones") << u"y ỳ ý ỷ ỹ ỵ"_s << u"y y y y y y"_s;
    QTest::newRow("Y six tones upper") << u"Y Ỳ Ý Ỷ Ỹ Ỵ"_s << u"y y y y y y"_s;
    QTest::newRow("đ lower") << u"đ"_s << u"d"_s;
    QTest::newRow("Đ upper") << u"Đ"_s << u"d"_s;
    QTest::newRow("đ in words") << u"Đỗ Đức Đạt"_s << u"do duc dat"_s;
    QTest::newRow("ư and ơ in words") << u"Trương Thị Thơ"_s << u"truong thi tho"_s;
    QTest::newRow("doc example") << u"  Nguyễn  Văn Ánh "_s << u"nguyen van anh"_s;
    QTest::newRow("tabs and newlines collapse") << u"\tLê\t\tThị\n\r\nHồng\n"_s << u"le thi hong"_s;
    QTest::newRow("no-break space collapses") << u"Phạm\u00a0\u00a0Minh"_s << u"pham minh"_s;
    QTest::newRow("only spaces") << u"   \t  "_s << u""_s;
    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("upper case ASCII") << u"CB-001 ABC"_s << u"cb-001 abc"_s;
    QTest::newRow("digits and punctuation kept") << u"12/12, 9/12; Sơ-cấp"_s << u"12/12, 9/12; so-cap"_s;
    QTest::newRow("like wildcards kept") << u"50% _x_"_s << u"50% _x_"_s;
    QTest::newRow("whole words") << u"Chưa qua đào tạo"_s << u"chua qua dao tao"_s;
    QTest::newRow("institution name") << u"ỦY BAN NHÂN DÂN XÃ ĐỒNG HỶ"_s << u"uy ban nhan dan xa dong hy"_s;
    QTest::newRow("old-style tone placement") << u"Hoà Hòa Thuỷ Thủy"_s << u"hoa hoa thuy thuy"_s;
}

void TestTextFold::foldText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(::foldText(input), expected);
}

void TestTextFold::foldsNfcAndNfdAlike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Nguyễn Văn Ánh") << u"Nguyễn Văn Ánh"_s << u"nguyen van anh"_s;
    QTest::newRow("Trần Thị Bích Ngọc") << u"Trần Thị Bích Ngọc"_s << u"tran thi bich ngoc"_s;
    QTest::newRow("Đặng Hữu Phước") << u"Đặng Hữu Phước"_s << u"dang huu phuoc"_s;
    QTest::newRow("Lương Thế Vinh") << u"LƯƠNG THẾ VINH"_s << u"luong the vinh"_s;
    QTest::newRow("Ỷ Lan") << u"Ỷ Lan"_s << u"y lan"_s;
    QTest::newRow("Chưa qua đào tạo") << u"Chưa qua đào tạo"_s << u"chua qua dao tao"_s;
}

void TestTextFold::foldsNfcAndNfdAlike()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    // The two forms really differ, so the test would catch a fold that works on one form only.
    QVERIFY(nfc != nfd);
    QVERIFY(nfd.size() > nfc.size());
    QCOMPARE(::foldText(nfc), expected);
    QCOMPARE(::foldText(nfd), expected);
    // A mixed string (one word NFD, the rest NFC), as pasted from different programs.
    const qsizetype space = nfc.indexOf(u' ');
    const QString mixed = nfc.left(space).normalized(QString::NormalizationForm_D) + nfc.mid(space);
    QCOMPARE(::foldText(mixed), expected);
}

void TestTextFold::foldIsIdempotent_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("name") << u"  Nguyễn   Thị  Minh Khai "_s;
    QTest::newRow("upper") << u"ĐẠI HỌC"_s;
    QTest::newRow("mixed") << u"Tư pháp - hộ tịch\t(xã)"_s;
}

void TestTextFold::foldIsIdempotent()
{
    QFETCH(QString, text);
    const QString once = ::foldText(text);
    QVERIFY(!once.isEmpty());
    QCOMPARE(::foldText(once), once);
}

void TestTextFold::nameSortKey_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("given name first") << u"Nguyễn Văn Ánh"_s << u"anh nguyen van anh"_s;
    QTest::newRow("four words") << u"Trần Thị Bích Ngọc"_s << u"ngoc tran thi bich ngoc"_s;
    QTest::newRow("two words") << u"Lê Đức"_s << u"duc le duc"_s;
    QTest::newRow("one word") << u"Đạt"_s << u"dat"_s;
    QTest::newRow("extra spaces") << u"  Phạm   Minh  Châu  "_s << u"chau pham minh chau"_s;
    QTest::newRow("NFD input") << u"Hoàng Thị Thủy"_s.normalized(QString::NormalizationForm_D)
                               << u"thuy hoang thi thuy"_s;
    QTest::newRow("upper case") << u"VÕ THỊ SÁU"_s << u"sau vo thi sau"_s;
    QTest::newRow("empty") << u""_s << u""_s;
    QTest::newRow("blank") << u"   "_s << u""_s;
}

void TestTextFold::nameSortKey()
{
    QFETCH(QString, fullName);
    QFETCH(QString, expected);
    QCOMPARE(::nameSortKey(fullName), expected);
}

void TestTextFold::nameSortKeyOrdersByGivenName()
{
    // Vietnamese lists are ordered by given name (tên), then by the rest of the name.
    QStringList names{u"Nguyễn Văn Bình"_s, u"Trần Thị An"_s, u"Lê Văn Bình"_s, u"Đỗ Ánh"_s,
                      u"Bùi Đức Anh"_s};
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return ::nameSortKey(a) < ::nameSortKey(b);
    });
    const QStringList expected{u"Trần Thị An"_s, u"Bùi Đức Anh"_s, u"Đỗ Ánh"_s, u"Lê Văn Bình"_s,
                               u"Nguyễn Văn Bình"_s};
    QCOMPARE(names, expected);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
