// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/recordfields.h"
#include "exchange/recordreaders.h"
#include "exchange/staffexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

StaffMember everyField()
{
    StaffMember m;
    m.code = u"PB-0001"_s;
    m.fullName = u"Nguyễn Thị \"Út\", Hạnh"_s;
    m.birthDate = QDate(1979, 12, 31);
    m.gender = u"nu"_s;
    m.unitCode = u"25219"_s;
    m.category = u"cb_xa"_s;
    m.position = u"chu_tich_hdnd"_s;
    m.isLeader = true;
    m.startDate = QDate(2021, 5, 24);
    m.endDate = QDate(2025, 7, 1);
    m.generalEducation = u"thpt"_s;
    m.professionalLevel = u"thac_si"_s;
    m.professionalField = u"Luật; Hành chính, công"_s;
    m.politicalTheory = u"cu_nhan"_s;
    m.stateManagement = u"chuyen_vien_chinh"_s;
    m.itSkill = u"Chứng chỉ \"Ứng dụng CNTT cơ bản\""_s;
    m.foreignLanguage = u"Tiếng Anh B1,\nTiếng Khmer"_s;
    m.ethnicMinority = false;
    return m;
}

StaffMember onlyRequired()
{
    StaffMember m;
    m.code = u"X-1"_s;
    m.fullName = u"Điểu Lành"_s;
    m.birthDate = QDate(2000, 2, 29);
    m.unitCode = u"25220"_s;
    m.category = u"khong_chuyen_trach"_s;
    m.position = u"Phó Chỉ huy trưởng quân sự"_s;
    return m;
}

} // namespace

/** StaffExport: what it writes is read back unchanged (CSV and JSON), with the documented keys. */
class TestStaffExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvHeaderIsTheKeys();
    void csvEmptyList();
    void jsonKeysAndNulls();
    void jsonRoundTrip();
};

using Staff = std::vector<StaffMember>;
Q_DECLARE_METATYPE(Staff)

void TestStaffExport::csvRoundTrip_data()
{
    QTest::addColumn<Staff>("staff");

    QTest::newRow("every field") << Staff{everyField()};
    QTest::newRow("unknowns") << Staff{onlyRequired()};
    StaffMember falses = onlyRequired();
    falses.code = u"X-2"_s;
    falses.isLeader = false;
    falses.ethnicMinority = true;
    QTest::newRow("booleans") << Staff{falses};
    StaffMember semicolons = everyField();
    semicolons.code = u"PB-0002"_s;
    semicolons.fullName = u"Trần; Văn; Bảy"_s;
    QTest::newRow("semicolons in data") << Staff{semicolons};
    QTest::newRow("several") << Staff{everyField(), onlyRequired(), falses, semicolons};
}

void TestStaffExport::csvRoundTrip()
{
    QFETCH(Staff, staff);

    const QByteArray csv = StaffExport::toCsv(staff);
    const auto result = RecordReaders::readStaff(csv);
    QStringList issues;
    for (const auto &i : result.issues)
        issues << u"%1:%2: %3"_s.arg(i.line).arg(i.column, i.message);
    QVERIFY2(result.issues.empty(), qPrintable(issues.join(u"; "_s)));
    QCOMPARE(result.rows.size(), staff.size());
    for (size_t i = 0; i < staff.size(); ++i) {
        const StaffMember &read = result.rows[i].record;
        QCOMPARE(read.code, staff[i].code);
        QCOMPARE(read.fullName, staff[i].fullName);
        QCOMPARE(read.professionalField, staff[i].professionalField);
        QCOMPARE(read.itSkill, staff[i].itSkill);
        QCOMPARE(read.foreignLanguage, staff[i].foreignLanguage);
        QCOMPARE(read.isLeader, staff[i].isLeader);
        QCOMPARE(read.ethnicMinority, staff[i].ethnicMinority);
        QCOMPARE(read.endDate, staff[i].endDate);
        QVERIFY(read == staff[i]);
        QCOMPARE(result.rows[i].presentColumns.size(), RecordFields::staffKeys().size());
    }
}

void TestStaffExport::csvHeaderIsTheKeys()
{
    const QByteArray csv = StaffExport::toCsv({onlyRequired()});
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    const QByteArray header = csv.left(csv.indexOf('\n'));
    QCOMPARE(QString::fromUtf8(header), RecordFields::staffKeys().join(u','));
    // Unknown values are empty cells, booleans 1/0, dates ISO.
    StaffMember m = onlyRequired();
    m.isLeader = false;
    const QByteArray line = StaffExport::toCsv({m}).split('\n').at(1);
    QCOMPARE(QString::fromUtf8(line),
             u"X-1,Điểu Lành,2000-02-29,,25220,khong_chuyen_trach,Phó Chỉ huy trưởng quân sự,0,,,,,,,,,,"_s);
}

void TestStaffExport::csvEmptyList()
{
    const QByteArray csv = StaffExport::toCsv({});
    QCOMPARE(csv, RecordFields::staffKeys().join(u',').toUtf8() + '\n');
}

void TestStaffExport::jsonKeysAndNulls()
{
    const QByteArray bytes = StaffExport::toJson({everyField(), onlyRequired()});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().keys(), QStringList{u"staff"_s});
    const QJsonArray list = doc.object().value(u"staff"_s).toArray();
    QCOMPARE(list.size(), 2);

    QStringList keys = RecordFields::staffKeys();
    keys.sort();
    for (const auto &v : list)
        QCOMPARE(v.toObject().keys(), keys);

    const QJsonObject full = list.at(0).toObject();
    QCOMPARE(full.value(u"full_name"_s).toString(), everyField().fullName);
    QCOMPARE(full.value(u"birth_date"_s).toString(), u"1979-12-31"_s);
    QCOMPARE(full.value(u"end_date"_s).toString(), u"2025-07-01"_s);
    QCOMPARE(full.value(u"is_leader"_s), QJsonValue(true));
    QCOMPARE(full.value(u"ethnic_minority"_s), QJsonValue(false));
    QCOMPARE(full.value(u"position"_s).toString(), u"chu_tich_hdnd"_s);

    const QJsonObject bare = list.at(1).toObject();
    for (const char *key : {"gender", "is_leader", "start_date", "end_date", "general_education", "professional_level",
                            "professional_field", "political_theory", "state_management", "it_skill",
                            "foreign_language", "ethnic_minority"}) {
        QVERIFY2(bare.value(QLatin1String(key)).isNull(), key);
    }
    QCOMPARE(bare.value(u"code"_s).toString(), u"X-1"_s);

    const QJsonDocument empty = QJsonDocument::fromJson(StaffExport::toJson({}));
    QVERIFY(empty.object().value(u"staff"_s).isArray());
    QCOMPARE(empty.object().value(u"staff"_s).toArray().size(), 0);
}

void TestStaffExport::jsonRoundTrip()
{
    const Staff staff{everyField(), onlyRequired()};
    const auto result = RecordReaders::readStaff(StaffExport::toJson(staff));
    QVERIFY(result.issues.empty());
    QCOMPARE(result.rows.size(), 2u);
    QVERIFY(result.rows[0].record == staff[0]);
    QVERIFY(result.rows[1].record == staff[1]);
}

QTEST_GUILESS_MAIN(TestStaffExport)
#include "tst_staffexport.moc"
