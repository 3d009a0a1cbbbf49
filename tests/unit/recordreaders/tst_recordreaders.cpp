// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"
#include "domain/recordjson.h"
#include "exchange/recordreaders.h"
#include "exchange/staffexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/** The header every staff test file starts from (keys, documented order). */
QByteArray staffHeader()
{
    return RecordFields::staffKeys().join(u',').toUtf8();
}

/** One staff line with the given cells replaced (by key); the others are a valid công chức. */
QByteArray staffLine(const QHash<QString, QString> &cells = {})
{
    static const QHash<QString, QString> base{
        {u"code"_s, u"P1"_s},
        {u"full_name"_s, u"Nguyễn Văn An"_s},
        {u"birth_date"_s, u"1980-05-02"_s},
        {u"gender"_s, u"nam"_s},
        {u"unit_code"_s, u"AG"_s},
        {u"category"_s, u"cc"_s},
        {u"position"_s, u"Chuyên viên"_s},
        {u"is_leader"_s, u"0"_s},
        {u"start_date"_s, u"2010-01-01"_s},
        {u"end_date"_s, u""_s},
        {u"general_education"_s, u"thpt"_s},
        {u"professional_level"_s, u"dai_hoc"_s},
        {u"professional_field"_s, u"Luật"_s},
        {u"political_theory"_s, u"trung_cap"_s},
        {u"state_management"_s, u"chuyen_vien"_s},
        {u"it_skill"_s, u"Tin học văn phòng"_s},
        {u"foreign_language"_s, u"Tiếng Anh B1"_s},
        {u"ethnic_minority"_s, u"0"_s},
    };
    QStringList out;
    for (const QString &key : RecordFields::staffKeys())
        out << cells.value(key, base.value(key));
    return out.join(u',').toUtf8();
}

StaffMember baseMember()
{
    StaffMember m;
    m.code = u"P1"_s;
    m.fullName = u"Nguyễn Văn An"_s;
    m.birthDate = QDate(1980, 5, 2);
    m.gender = u"nam"_s;
    m.unitCode = u"AG"_s;
    m.category = u"cc"_s;
    m.position = u"Chuyên viên"_s;
    m.isLeader = false;
    m.startDate = QDate(2010, 1, 1);
    m.generalEducation = u"thpt"_s;
    m.professionalLevel = u"dai_hoc"_s;
    m.professionalField = u"Luật"_s;
    m.politicalTheory = u"trung_cap"_s;
    m.stateManagement = u"chuyen_vien"_s;
    m.itSkill = u"Tin học văn phòng"_s;
    m.foreignLanguage = u"Tiếng Anh B1"_s;
    m.ethnicMinority = false;
    return m;
}

QString describe(const std::vector<ImportIssue> &issues)
{
    QStringList out;
    for (const auto &i : issues)
        out << u"%1:%2: %3"_s.arg(i.line).arg(i.column, i.message);
    return out.join(u"; "_s);
}

bool hasIssue(const std::vector<ImportIssue> &issues, int line, const QString &column)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const ImportIssue &i) {
        return i.line == line && i.column == column && !i.message.isEmpty();
    });
}

} // namespace

/** RecordReaders: headers, codes, dates, booleans, ragged rows and JSON, as STAFF-CSV.md says. */
class TestRecordReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheKeyHeader();
    void headerMatching_data();
    void headerMatching();
    void unknownColumn();
    void emptyColumnsWithoutHeader();
    void repeatedColumn();
    void missingRequiredColumn();
    void absentOptionalColumns();
    void headerOnly();
    void codeWords_data();
    void codeWords();
    void unknownCodeWord();
    void communeTitleNames_data();
    void communeTitleNames();
    void dates_data();
    void dates();
    void booleans_data();
    void booleans();
    void raggedRows();
    void lineNumbersFollowQuotedLineBreaks();
    void semicolonAndBom();
    void staffJsonRoundTrip();
    void staffJsonArray();
    void invalidJson();
    void jsonNumbersAreReadAsWritten();
    void jsonIssuesNameTheRecordLine();
    void readUnits();
    void unitsJson();
};

void TestRecordReaders::readsTheKeyHeader()
{
    const auto result = RecordReaders::readStaff(staffHeader() + '\n' + staffLine() + '\n');
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QVERIFY(result.fileOk);
    QCOMPARE(result.rows.size(), 1u);
    QCOMPARE(result.rows.front().line, 2);
    QCOMPARE(result.rows.front().record, baseMember());
    QStringList present = result.rows.front().presentColumns;
    present.sort();
    QStringList keys = RecordFields::staffKeys();
    keys.sort();
    QCOMPARE(present, keys);
}

void TestRecordReaders::headerMatching_data()
{
    QTest::addColumn<QString>("nameHeader");
    QTest::addColumn<QString>("codeHeader");

    QTest::newRow("keys") << u"full_name"_s << u"code"_s;
    QTest::newRow("labels") << u"Họ và tên"_s << u"Mã cán bộ"_s;
    QTest::newRow("upper case") << u"HỌ VÀ TÊN"_s << u"MÃ CÁN BỘ"_s;
    QTest::newRow("no diacritics, spaces") << u" ho va ten "_s << u"  ma can bo"_s;
    QTest::newRow("upper key") << u"FULL_NAME"_s << u"Code"_s;
    QTest::newRow("inner double space") << u"Họ  và   tên"_s << u"mã cán bộ"_s;
    QTest::newRow("key written with spaces") << u"Full Name"_s << u"CODE"_s;
    QTest::newRow("label written with underscores") << u"ho_va_ten"_s << u"ma_can_bo"_s;
}

void TestRecordReaders::headerMatching()
{
    QFETCH(QString, nameHeader);
    QFETCH(QString, codeHeader);

    QStringList header = RecordFields::staffKeys();
    header[header.indexOf(u"full_name"_s)] = nameHeader;
    header[header.indexOf(u"code"_s)] = codeHeader;
    const auto result = RecordReaders::readStaff(header.join(u',').toUtf8() + '\n' + staffLine() + '\n');
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.size(), 1u);
    QCOMPARE(result.rows.front().record, baseMember());
}

void TestRecordReaders::unknownColumn()
{
    QStringList header = RecordFields::staffKeys();
    header << u"  Ghi chú "_s;
    const auto result = RecordReaders::readStaff(header.join(u',').toUtf8() + '\n' + staffLine() + ",x\n");
    QVERIFY(!result.fileOk);
    QVERIFY(result.rows.empty());
    QCOMPARE(result.issues.size(), 1u);
    QCOMPARE(result.issues.front().line, 1);
    QCOMPARE(result.issues.front().column, u"Ghi chú"_s);
    QVERIFY(result.issues.front().message.contains(u"Ghi chú"_s));
}

void TestRecordReaders::emptyColumnsWithoutHeader()
{
    // Spreadsheets save trailing empty columns: ignored while empty, refused once they hold a value.
    const QByteArray header = RecordFields::staffKeys().join(u',').toUtf8() + ",,\n";
    auto result = RecordReaders::readStaff(header + staffLine() + ",,\n");
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.size(), 1u);
    QCOMPARE(result.rows.front().record, baseMember());

    result = RecordReaders::readStaff(header + staffLine() + ",,lost\n");
    QCOMPARE(result.issues.size(), 1u);
    QCOMPARE(result.issues.front().line, 2);
    QCOMPARE(result.issues.front().column, u"-"_s);
    QVERIFY(result.issues.front().message.contains(u"20"_s)); // column 20 of 20 has the value
}

void TestRecordReaders::repeatedColumn()
{
    QStringList header = RecordFields::staffKeys();
    header << u"Họ và tên"_s;
    const auto result = RecordReaders::readStaff(header.join(u',').toUtf8() + '\n' + staffLine() + ",x\n");
    QVERIFY(!result.fileOk);
    QVERIFY(result.rows.empty());
    QCOMPARE(result.issues.size(), 1u);
    QCOMPARE(result.issues.front().line, 1);
    QCOMPARE(result.issues.front().column, u"Họ và tên"_s);
    QVERIFY(result.issues.front().message.contains(u"full_name"_s));
}

void TestRecordReaders::missingRequiredColumn()
{
    QStringList header = RecordFields::staffKeys();
    header.removeAll(u"birth_date"_s);
    header.removeAll(u"unit_code"_s);
    const auto result = RecordReaders::readStaff(header.join(u',').toUtf8() + "\nP1,An\n");
    QVERIFY(!result.fileOk);
    QVERIFY(result.rows.empty());
    QVERIFY2(hasIssue(result.issues, 1, u"birth_date"_s), qPrintable(describe(result.issues)));
    QVERIFY2(hasIssue(result.issues, 1, u"unit_code"_s), qPrintable(describe(result.issues)));
    QCOMPARE(result.issues.size(), 2u);
}

void TestRecordReaders::absentOptionalColumns()
{
    const QByteArray csv = "ma can bo,ho va ten,ngay sinh,ma don vi,loai can bo,chuc danh\n"
                           "P1,Nguyễn Văn An,02/05/1980,AG,cc,Chuyên viên\n"_ba;
    const auto result = RecordReaders::readStaff(csv);
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.size(), 1u);
    QStringList present = result.rows.front().presentColumns;
    present.sort();
    QCOMPARE(present, (QStringList{u"birth_date"_s, u"category"_s, u"code"_s, u"full_name"_s, u"position"_s,
                                   u"unit_code"_s}));
    const StaffMember &m = result.rows.front().record;
    QCOMPARE(m.birthDate, QDate(1980, 5, 2));
    QVERIFY(!m.isLeader);
    QVERIFY(m.professionalLevel.isEmpty());
}

void TestRecordReaders::headerOnly()
{
    const auto result = RecordReaders::readStaff(staffHeader() + '\n');
    QVERIFY(!result.fileOk);
    QVERIFY(result.rows.empty());
    QCOMPARE(result.issues.size(), 1u);
}

void TestRecordReaders::codeWords_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("code");

    QTest::newRow("gender Nữ") << u"gender"_s << u"Nữ"_s << u"nu"_s;
    QTest::newRow("gender NAM") << u"gender"_s << u" NAM "_s << u"nam"_s;
    QTest::newRow("gender female") << u"gender"_s << u"female"_s << u"nu"_s;
    QTest::newRow("education 12/12") << u"general_education"_s << u"12/12"_s << u"thpt"_s;
    QTest::newRow("education 9/12") << u"general_education"_s << u"9/12"_s << u"thcs"_s;
    QTest::newRow("education words") << u"general_education"_s << u"trung hoc pho thong"_s << u"thpt"_s;
    QTest::newRow("education Tiểu học") << u"general_education"_s << u"Tiểu học"_s << u"tieu_hoc"_s;
    QTest::newRow("level Đại học") << u"professional_level"_s << u"Đại học"_s << u"dai_hoc"_s;
    QTest::newRow("level THẠC SĨ") << u"professional_level"_s << u"THẠC SĨ"_s << u"thac_si"_s;
    QTest::newRow("level Chưa qua đào tạo") << u"professional_level"_s << u"Chưa qua đào tạo"_s << u"none"_s;
    QTest::newRow("level code") << u"professional_level"_s << u"trung_cap"_s << u"trung_cap"_s;
    QTest::newRow("theory Cử nhân") << u"political_theory"_s << u"Cử nhân"_s << u"cu_nhan"_s;
    QTest::newRow("theory Cao cấp") << u"political_theory"_s << u"cao cap"_s << u"cao_cap"_s;
    QTest::newRow("theory Không") << u"political_theory"_s << u"Không"_s << u"none"_s;
    QTest::newRow("state mgmt chính") << u"state_management"_s << u"Chuyên viên chính"_s << u"chuyen_vien_chinh"_s;
    QTest::newRow("category Công chức") << u"category"_s << u"Công chức"_s << u"cc"_s;
    QTest::newRow("category Viên chức") << u"category"_s << u"viên chức"_s << u"vc"_s;
    QTest::newRow("category Không chuyên trách")
        << u"category"_s << u"Không chuyên trách"_s << u"khong_chuyen_trach"_s;
}

void TestRecordReaders::codeWords()
{
    QFETCH(QString, key);
    QFETCH(QString, cell);
    QFETCH(QString, code);

    const auto result = RecordReaders::readStaff(staffHeader() + '\n' + staffLine({{key, cell}}) + '\n');
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.size(), 1u);
    const QJsonObject json = RecordJson::toJson(result.rows.front().record);
    QCOMPARE(json.value(key).toString(), code);
}

void TestRecordReaders::unknownCodeWord()
{
    const auto result = RecordReaders::readStaff(staffHeader() + '\n' + staffLine() + '\n'
                                                 + staffLine({{u"code"_s, u"P2"_s}, {u"professional_level"_s,
                                                                                     u"Kỹ sư"_s}}) + '\n');
    QVERIFY(result.fileOk);
    QCOMPARE(result.rows.size(), 2u); // the row is returned, so that every problem is reported
    QCOMPARE(result.issues.size(), 1u);
    QCOMPARE(result.issues.front().line, 3);
    QCOMPARE(result.issues.front().column, u"professional_level"_s);
    QVERIFY(result.issues.front().message.contains(u"Kỹ sư"_s));
}

void TestRecordReaders::communeTitleNames_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("code");

    QTest::newRow("cb_xa, Chủ tịch UBND") << u"cb_xa"_s << u"Chủ tịch UBND"_s << u"chu_tich_ubnd"_s;
    QTest::newRow("cb_xa, long name, no accents")
        << u"Cán bộ cấp xã"_s << u"pho chu tich uy ban nhan dan"_s << u"pho_chu_tich_ubnd"_s;
    QTest::newRow("cb_xa, Bí thư Đảng ủy") << u"cb_xa"_s << u"Bí thư Đảng ủy"_s << u"bi_thu"_s;
    QTest::newRow("cc_xa, Tư pháp - hộ tịch") << u"cc_xa"_s << u"Tư pháp - hộ tịch"_s << u"tu_phap_ho_tich"_s;
    QTest::newRow("cc_xa, code") << u"cc_xa"_s << u"dia_chinh"_s << u"dia_chinh"_s;
    QTest::newRow("cc keeps free text") << u"cc"_s << u"Chủ tịch UBND"_s << u"Chủ tịch UBND"_s;
}

void TestRecordReaders::communeTitleNames()
{
    QFETCH(QString, category);
    QFETCH(QString, position);
    QFETCH(QString, code);

    const auto result = RecordReaders::readStaff(
        staffHeader() + '\n' + staffLine({{u"category"_s, category}, {u"position"_s, position}}) + '\n');
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.front().record.position, code);
}

void TestRecordReaders::dates_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QDate>("date"); // null: an issue is expected

    QTest::newRow("ISO") << u"1980-09-02"_s << QDate(1980, 9, 2);
    QTest::newRow("DD/MM/YYYY") << u"02/09/1980"_s << QDate(1980, 9, 2);
    QTest::newRow("D/M/YYYY") << u"2/9/1980"_s << QDate(1980, 9, 2);
    QTest::newRow("padded") << u"  02/09/1980 "_s << QDate(1980, 9, 2);
    QTest::newRow("leap day") << u"29/02/1984"_s << QDate(1984, 2, 29);
    QTest::newRow("31 February") << u"31/02/1990"_s << QDate();
    QTest::newRow("29 February 1990") << u"1990-02-29"_s << QDate();
    QTest::newRow("month 13") << u"1990-13-01"_s << QDate();
    QTest::newRow("day 0") << u"00/05/1990"_s << QDate();
    QTest::newRow("MM/DD ambiguity is DD/MM") << u"05/13/1990"_s << QDate();
    QTest::newRow("two-digit year") << u"02/09/80"_s << QDate();
    QTest::newRow("text") << u"mùng 2 tháng 9"_s << QDate();
    QTest::newRow("dots") << u"02.09.1980"_s << QDate();
}

void TestRecordReaders::dates()
{
    QFETCH(QString, cell);
    QFETCH(QDate, date);

    const auto result = RecordReaders::readStaff(staffHeader() + '\n' + staffLine({{u"birth_date"_s, cell}}) + '\n');
    QCOMPARE(result.rows.size(), 1u);
    if (date.isValid()) {
        QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
        QCOMPARE(result.rows.front().record.birthDate, date);
    } else {
        QCOMPARE(result.issues.size(), 1u);
        QCOMPARE(result.issues.front().line, 2);
        QCOMPARE(result.issues.front().column, u"birth_date"_s);
        QVERIFY(result.issues.front().message.contains(cell.trimmed()));
        QVERIFY(!result.rows.front().record.birthDate.isValid());
    }
}

void TestRecordReaders::booleans_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<int>("value"); // 1 true, 0 false, -1 unknown, -2 an issue

    QTest::newRow("1") << u"1"_s << 1;
    QTest::newRow("0") << u"0"_s << 0;
    QTest::newRow("x") << u"x"_s << 1;
    QTest::newRow("X") << u"X"_s << 1;
    QTest::newRow("empty") << u""_s << -1;
    QTest::newRow("blank") << u"   "_s << -1;
    QTest::newRow("có") << u"có"_s << 1;
    QTest::newRow("Có") << u"Có"_s << 1;
    QTest::newRow("không") << u"không"_s << 0;
    QTest::newRow("KHÔNG") << u"KHÔNG"_s << 0;
    QTest::newRow("yes") << u"yes"_s << 1;
    QTest::newRow("No") << u"No"_s << 0;
    QTest::newRow("true") << u"true"_s << 1;
    QTest::newRow("FALSE") << u"FALSE"_s << 0;
    QTest::newRow("maybe") << u"maybe"_s << -2;
    QTest::newRow("2") << u"2"_s << -2;
}

void TestRecordReaders::booleans()
{
    QFETCH(QString, cell);
    QFETCH(int, value);

    const auto result = RecordReaders::readStaff(
        staffHeader() + '\n' + staffLine({{u"is_leader"_s, cell}, {u"ethnic_minority"_s, cell}}) + '\n');
    QCOMPARE(result.rows.size(), 1u);
    const StaffMember &m = result.rows.front().record;
    if (value == -2) {
        QCOMPARE(result.issues.size(), 2u);
        QVERIFY(hasIssue(result.issues, 2, u"is_leader"_s));
        QVERIFY(hasIssue(result.issues, 2, u"ethnic_minority"_s));
        return;
    }
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    const std::optional<bool> expected = value < 0 ? std::nullopt : std::optional<bool>(value == 1);
    QCOMPARE(m.isLeader, expected);
    QCOMPARE(m.ethnicMinority, expected);
}

void TestRecordReaders::raggedRows()
{
    const QByteArray csv = staffHeader() + '\n' + staffLine() + '\n' + "P2,Trần Thị Bình,1990-01-01\n"
        + staffLine({{u"code"_s, u"P3"_s}}) + ",extra\n";
    const auto result = RecordReaders::readStaff(csv);
    QVERIFY(result.fileOk);
    QCOMPARE(result.rows.size(), 3u);
    QVERIFY2(hasIssue(result.issues, 3, u"-"_s), qPrintable(describe(result.issues)));
    QVERIFY2(hasIssue(result.issues, 4, u"-"_s), qPrintable(describe(result.issues)));
    QVERIFY(std::none_of(result.issues.cbegin(), result.issues.cend(),
                         [](const ImportIssue &i) { return i.line == 2; }));
    // The short row's present cells are still read.
    QCOMPARE(result.rows[1].record.fullName, u"Trần Thị Bình"_s);
    QCOMPARE(result.rows[1].record.birthDate, QDate(1990, 1, 1));
}

void TestRecordReaders::lineNumbersFollowQuotedLineBreaks()
{
    const QByteArray csv = staffHeader() + '\n'
        + staffLine({{u"professional_field"_s, u"\"Luật\nkinh tế\""_s}}) + '\n'
        + staffLine({{u"code"_s, u"P2"_s}, {u"birth_date"_s, u"31/02/1990"_s}}) + '\n';
    const auto result = RecordReaders::readStaff(csv);
    QCOMPARE(result.rows.size(), 2u);
    QCOMPARE(result.rows[0].line, 2);
    QCOMPARE(result.rows[0].record.professionalField, u"Luật\nkinh tế"_s);
    QCOMPARE(result.rows[1].line, 4);
    QCOMPARE(result.issues.size(), 1u);
    QCOMPARE(result.issues.front().line, 4);
}

void TestRecordReaders::semicolonAndBom()
{
    QByteArray csv = "\xEF\xBB\xBF" + staffHeader().replace(',', ';') + "\r\n" + staffLine().replace(',', ';')
        + "\r\n";
    const auto result = RecordReaders::readStaff(csv);
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.size(), 1u);
    QCOMPARE(result.rows.front().record, baseMember());
}

void TestRecordReaders::staffJsonRoundTrip()
{
    StaffMember full = baseMember();
    full.code = u"P1"_s;
    full.fullName = u"Lê Thị \"Bé\", con"_s;
    full.isLeader = true;
    full.endDate = QDate(2024, 12, 31);
    full.gender = u"nu"_s;
    StaffMember unknowns;
    unknowns.code = u"P2"_s;
    unknowns.fullName = u"Điểu Thị Lành"_s;
    unknowns.birthDate = QDate(1995, 2, 28);
    unknowns.unitCode = u"W1"_s;
    unknowns.category = u"cb_xa"_s;
    unknowns.position = u"chu_tich_phu_nu"_s;
    const std::vector<StaffMember> staff{full, unknowns};

    const auto result = RecordReaders::readStaff(StaffExport::toJson(staff));
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QVERIFY(result.fileOk);
    QCOMPARE(result.rows.size(), 2u);
    QCOMPARE(result.rows[0].record, full);
    QCOMPARE(result.rows[1].record, unknowns);
    QVERIFY(result.rows[0].line >= 1);
    QVERIFY(result.rows[1].line > result.rows[0].line);
}

void TestRecordReaders::staffJsonArray()
{
    const QJsonArray array{RecordJson::toJson(baseMember())};
    const auto result = RecordReaders::readStaff(QJsonDocument(array).toJson());
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.size(), 1u);
    QCOMPARE(result.rows.front().record, baseMember());
}

void TestRecordReaders::invalidJson()
{
    auto result = RecordReaders::readStaff("{\n  \"staff\": [\n    {\"code\": }\n]}"_ba);
    QVERIFY(!result.fileOk);
    QCOMPARE(result.issues.size(), 1u);
    QCOMPARE(result.issues.front().line, 3);

    result = RecordReaders::readStaff("{\"people\": []}"_ba);
    QVERIFY(!result.fileOk);
    QCOMPARE(result.issues.size(), 1u);
}

void TestRecordReaders::jsonNumbersAreReadAsWritten()
{
    // Hand-made JSON may give codes as numbers; they must reach the record as the digits written.
    const QByteArray json = "{\"staff\": [{\"code\": 20250001, \"full_name\": \"Lò Văn Páo\", "
                            "\"birth_date\": \"1985-01-01\", \"unit_code\": 25218, \"category\": \"cc\", "
                            "\"position\": \"Chuyên viên\", \"is_leader\": 1}]}"_ba;
    const auto result = RecordReaders::readStaff(json);
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.size(), 1u);
    QCOMPARE(result.rows.front().record.unitCode, u"25218"_s);
    QCOMPARE(result.rows.front().record.isLeader, std::optional<bool>(true));
    QCOMPARE(result.rows.front().record.code, u"20250001"_s);
}

void TestRecordReaders::jsonIssuesNameTheRecordLine()
{
    // TextTableRow::line is the physical line where the record starts.
    const QByteArray json = "{\n"
                            "  \"staff\": [\n"
                            "    {\"code\": \"P1\", \"full_name\": \"A\", \"birth_date\": \"1980-01-01\", "
                            "\"unit_code\": \"AG\", \"category\": \"cc\", \"position\": \"x\"},\n"
                            "    {\"code\": \"P2\", \"full_name\": \"B\", \"birth_date\": \"1980-02-30\", "
                            "\"unit_code\": \"AG\", \"category\": \"cc\", \"position\": \"x\"}\n"
                            "  ]\n"
                            "}\n"_ba;
    const auto result = RecordReaders::readStaff(json);
    QCOMPARE(result.rows.size(), 2u);
    QCOMPARE(result.rows[0].line, 3);
    QCOMPARE(result.rows[1].line, 4);
    QCOMPARE(result.issues.size(), 1u);
    QCOMPARE(result.issues.front().line, 4);
    QCOMPARE(result.issues.front().column, u"birth_date"_s);
}

void TestRecordReaders::readUnits()
{
    const QByteArray csv = "Mã đơn vị,TÊN ĐƠN VỊ,loai don vi,ma don vi cap tren,hieu luc tu,hiệu lực đến,"
                           "vùng khó khăn,mã đơn vị kế thừa\n"
                           "W1,Phường Một,Phường,H,,01/07/2025,,WN\n"
                           "W2,\"Xã Hai, cũ\",xa,H,1999-01-01,2025-07-01,x,WN\n"
                           "WN,Phường Mới,phuong,T,2025-07-01,,không,\n"
                           "BAD,Lạ,làng,T,31/06/2025,,có,\n"_ba;
    const auto result = RecordReaders::readUnits(csv);
    QVERIFY(result.fileOk);
    QCOMPARE(result.rows.size(), 4u);
    QCOMPARE(result.issues.size(), 2u);
    QVERIFY2(hasIssue(result.issues, 5, u"kind"_s), qPrintable(describe(result.issues)));
    QVERIFY2(hasIssue(result.issues, 5, u"valid_from"_s), qPrintable(describe(result.issues)));

    const OrgUnit &w1 = result.rows[0].record;
    QCOMPARE(w1.code, u"W1"_s);
    QCOMPARE(w1.kind, u"phuong"_s);
    QCOMPARE(w1.parentCode, u"H"_s);
    QVERIFY(!w1.validFrom.isValid());
    QCOMPARE(w1.validTo, QDate(2025, 7, 1));
    QVERIFY(!w1.difficultArea);
    QCOMPARE(w1.successorCode, u"WN"_s);
    const OrgUnit &w2 = result.rows[1].record;
    QCOMPARE(w2.name, u"Xã Hai, cũ"_s);
    QCOMPARE(w2.validFrom, QDate(1999, 1, 1));
    QVERIFY(w2.difficultArea);
    QCOMPARE(result.rows[2].record.validFrom, QDate(2025, 7, 1));
    QVERIFY(!result.rows[2].record.difficultArea);
    QCOMPARE(result.rows[2].presentColumns.size(), RecordFields::unitKeys().size());
}

void TestRecordReaders::unitsJson()
{
    OrgUnit u;
    u.code = u"W1"_s;
    u.name = u"Phường Một"_s;
    u.kind = u"phuong"_s;
    u.parentCode = u"H"_s;
    u.validTo = QDate(2025, 7, 1);
    u.successorCode = u"WN"_s;
    u.difficultArea = true;
    const QJsonObject doc{{u"units"_s, QJsonArray{RecordJson::toJson(u)}}};
    const auto result = RecordReaders::readUnits(QJsonDocument(doc).toJson());
    QVERIFY2(result.issues.empty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.rows.size(), 1u);
    QCOMPARE(result.rows.front().record, u);
}

QTEST_GUILESS_MAIN(TestRecordReaders)
#include "tst_recordreaders.moc"
