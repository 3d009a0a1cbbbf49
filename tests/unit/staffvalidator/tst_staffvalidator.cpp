// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/codetable.h"
#include "domain/staffvalidator.h"
#include "testprinters.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using Edit = std::function<void(StaffMember &)>;
Q_DECLARE_METATYPE(Edit)

namespace {

/** A complete, valid commune civil servant; each row edits a copy of it. */
StaffMember validMember()
{
    StaffMember m;
    m.code = u"CB0001"_s;
    m.fullName = u"Nguyễn Văn An"_s;
    m.birthDate = QDate(1985, 3, 15);
    m.gender = u"nam"_s;
    m.unitCode = u"XA_DONG_HY"_s;
    m.category = u"cc_xa"_s;
    m.position = u"tu_phap_ho_tich"_s;
    m.isLeader = false;
    m.startDate = QDate(2010, 1, 1);
    m.generalEducation = u"thpt"_s;
    m.professionalLevel = u"dai_hoc"_s;
    m.professionalField = u"Luật"_s;
    m.politicalTheory = u"trung_cap"_s;
    m.stateManagement = u"chuyen_vien"_s;
    m.itSkill = u"Chứng chỉ ứng dụng CNTT cơ bản"_s;
    m.foreignLanguage = u"Tiếng Anh B1"_s;
    m.ethnicMinority = false;
    return m;
}

} // namespace

/** Tests StaffValidator: one record on its own, against STAFF-CSV.md "Staff". */
class TestStaffValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void everyCommuneTitleInItsOwnGroup_data();
    void everyCommuneTitleInItsOwnGroup();
    void messages();
    void emptyRecord();
};

void TestStaffValidator::validate_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("fields"); // keys of the expected errors, in order

    const QStringList none;
    QTest::newRow("valid cc_xa") << Edit([](StaffMember &) {}) << none;
    QTest::newRow("valid cb_xa") << Edit([](StaffMember &m) {
        m.category = u"cb_xa"_s;
        m.position = u"chu_tich_ubnd"_s;
    }) << none;
    QTest::newRow("unknown values are allowed") << Edit([](StaffMember &m) {
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
    }) << none;

    // Required fields.
    QTest::newRow("code empty") << Edit([](StaffMember &m) { m.code.clear(); }) << QStringList{u"code"_s};
    QTest::newRow("code blank") << Edit([](StaffMember &m) { m.code = u"  "_s; }) << QStringList{u"code"_s};
    QTest::newRow("code 64 chars") << Edit([](StaffMember &m) { m.code = QString(64, u'A'); }) << none;
    QTest::newRow("code 65 chars") << Edit([](StaffMember &m) { m.code = QString(65, u'A'); })
                                   << QStringList{u"code"_s};
    QTest::newRow("full_name empty") << Edit([](StaffMember &m) { m.fullName.clear(); })
                                     << QStringList{u"full_name"_s};
    QTest::newRow("full_name blank") << Edit([](StaffMember &m) { m.fullName = u" \t "_s; })
                                     << QStringList{u"full_name"_s};
    QTest::newRow("birth_date missing") << Edit([](StaffMember &m) { m.birthDate = {}; })
                                        << QStringList{u"birth_date"_s};
    QTest::newRow("unit_code empty") << Edit([](StaffMember &m) { m.unitCode.clear(); })
                                     << QStringList{u"unit_code"_s};
    QTest::newRow("unit_code blank") << Edit([](StaffMember &m) { m.unitCode = u" "_s; })
                                     << QStringList{u"unit_code"_s};
    QTest::newRow("category empty") << Edit([](StaffMember &m) { m.category.clear(); })
                                    << QStringList{u"category"_s};
    QTest::newRow("position empty") << Edit([](StaffMember &m) { m.position.clear(); })
                                    << QStringList{u"position"_s};
    QTest::newRow("position blank") << Edit([](StaffMember &m) { m.position = u"   "_s; })
                                    << QStringList{u"position"_s};
    QTest::newRow("position empty for cc") << Edit([](StaffMember &m) {
        m.category = u"cc"_s;
        m.position.clear();
    }) << QStringList{u"position"_s};

    // Bad codes: the record holds codes, not the words of a file (the reader maps those).
    QTest::newRow("category unknown") << Edit([](StaffMember &m) { m.category = u"hop_dong"_s; })
                                      << QStringList{u"category"_s};
    QTest::newRow("category as a word") << Edit([](StaffMember &m) { m.category = u"Công chức cấp xã"_s; })
                                        << QStringList{u"category"_s};
    QTest::newRow("gender unknown") << Edit([](StaffMember &m) { m.gender = u"khac"_s; })
                                    << QStringList{u"gender"_s};
    QTest::newRow("gender as a word") << Edit([](StaffMember &m) { m.gender = u"Nữ"_s; })
                                      << QStringList{u"gender"_s};
    QTest::newRow("general_education 12/12 not a code")
        << Edit([](StaffMember &m) { m.generalEducation = u"12/12"_s; }) << QStringList{u"general_education"_s};
    QTest::newRow("professional_level unknown")
        << Edit([](StaffMember &m) { m.professionalLevel = u"cu_nhan"_s; }) << QStringList{u"professional_level"_s};
    QTest::newRow("political_theory unknown")
        << Edit([](StaffMember &m) { m.politicalTheory = u"dai_hoc"_s; }) << QStringList{u"political_theory"_s};
    QTest::newRow("state_management unknown")
        << Edit([](StaffMember &m) { m.stateManagement = u"cao_cap"_s; }) << QStringList{u"state_management"_s};
    QTest::newRow("two bad codes in field order") << Edit([](StaffMember &m) {
        m.stateManagement = u"x"_s;
        m.gender = u"y"_s;
    }) << QStringList{u"gender"_s, u"state_management"_s};

    // Commune categories hold a title of their own group (Nghị định 33/2023/NĐ-CP Art. 5).
    QTest::newRow("cb_xa with a công chức title") << Edit([](StaffMember &m) {
        m.category = u"cb_xa"_s;
        m.position = u"tu_phap_ho_tich"_s;
    }) << QStringList{u"position"_s};
    QTest::newRow("cc_xa with a cán bộ title") << Edit([](StaffMember &m) {
        m.category = u"cc_xa"_s;
        m.position = u"bi_thu"_s;
    }) << QStringList{u"position"_s};
    QTest::newRow("cb_xa with free text") << Edit([](StaffMember &m) {
        m.category = u"cb_xa"_s;
        m.position = u"Bí thư Đảng ủy"_s;
    }) << QStringList{u"position"_s};
    QTest::newRow("cc_xa with free text") << Edit([](StaffMember &m) { m.position = u"Kế toán"_s; })
                                          << QStringList{u"position"_s};

    // Other categories: the position is free text.
    QTest::newRow("cc free text") << Edit([](StaffMember &m) {
        m.category = u"cc"_s;
        m.position = u"Chuyên viên Phòng Nội vụ"_s;
    }) << none;
    QTest::newRow("vc free text") << Edit([](StaffMember &m) {
        m.category = u"vc"_s;
        m.position = u"Giáo viên trường THCS"_s;
    }) << none;
    QTest::newRow("cb free text") << Edit([](StaffMember &m) {
        m.category = u"cb"_s;
        m.position = u"Phó Chủ tịch UBND huyện"_s;
    }) << none;
    QTest::newRow("khong_chuyen_trach free text") << Edit([](StaffMember &m) {
        m.category = u"khong_chuyen_trach"_s;
        m.position = u"Phó Chỉ huy trưởng quân sự"_s;
    }) << none;
    QTest::newRow("cc with a commune title code is free text") << Edit([](StaffMember &m) {
        m.category = u"cc"_s;
        m.position = u"bi_thu"_s;
    }) << none;

    // Dates.
    QTest::newRow("end before start") << Edit([](StaffMember &m) { m.endDate = QDate(2009, 12, 31); })
                                      << QStringList{u"end_date"_s};
    QTest::newRow("end equals start (exclusive end)") << Edit([](StaffMember &m) { m.endDate = m.startDate; })
                                                      << QStringList{u"end_date"_s};
    QTest::newRow("end the day after start") << Edit([](StaffMember &m) { m.endDate = m.startDate.addDays(1); })
                                             << none;
    QTest::newRow("end without start") << Edit([](StaffMember &m) {
        m.startDate = {};
        m.endDate = QDate(2020, 1, 1);
    }) << none;
    QTest::newRow("start exactly 15 years after birth") << Edit([](StaffMember &m) {
        m.startDate = m.birthDate.addYears(15);
    }) << none;
    QTest::newRow("start one day before 15 years") << Edit([](StaffMember &m) {
        m.startDate = m.birthDate.addYears(15).addDays(-1);
    }) << QStringList{u"start_date"_s};
    QTest::newRow("start before birth") << Edit([](StaffMember &m) { m.startDate = QDate(1980, 1, 1); })
                                        << QStringList{u"start_date"_s};
    QTest::newRow("start check needs a birth date") << Edit([](StaffMember &m) {
        m.birthDate = {};
        m.startDate = QDate(1900, 1, 1);
    }) << QStringList{u"birth_date"_s};
    QTest::newRow("birth before 1900") << Edit([](StaffMember &m) { m.birthDate = QDate(1899, 12, 31); })
                                       << QStringList{u"birth_date"_s};
    QTest::newRow("birth in 1900") << Edit([](StaffMember &m) { m.birthDate = QDate(1900, 1, 1); }) << none;
    QTest::newRow("end before start and start too early") << Edit([](StaffMember &m) {
        m.startDate = QDate(1990, 1, 1);
        m.endDate = QDate(1989, 1, 1);
    }) << QStringList{u"start_date"_s, u"end_date"_s};
}

void TestStaffValidator::validate()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, fields);
    StaffMember m = validMember();
    edit(m);
    const FieldErrors errors = StaffValidator::validate(m);
    QCOMPARE(TestSupport::fieldsOf(errors), fields);
    for (const auto &e : errors)
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
}

void TestStaffValidator::everyCommuneTitleInItsOwnGroup_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("position");
    QTest::addColumn<bool>("valid");

    // Nghị định 33/2023/NĐ-CP Art. 5: cl. 1 cán bộ cấp xã, cl. 2 công chức cấp xã.
    for (const QString &t : CodeTables::communeCadreTitles()) {
        QTest::addRow("cb_xa %s", qPrintable(t)) << u"cb_xa"_s << t << true;
        QTest::addRow("cc_xa %s", qPrintable(t)) << u"cc_xa"_s << t << false;
    }
    for (const QString &t : CodeTables::communeCivilServantTitles()) {
        QTest::addRow("cc_xa %s", qPrintable(t)) << u"cc_xa"_s << t << true;
        QTest::addRow("cb_xa %s", qPrintable(t)) << u"cb_xa"_s << t << false;
    }
}

void TestStaffValidator::everyCommuneTitleInItsOwnGroup()
{
    QFETCH(QString, category);
    QFETCH(QString, position);
    QFETCH(bool, valid);
    StaffMember m = validMember();
    m.category = category;
    m.position = position;
    QCOMPARE(TestSupport::fieldsOf(StaffValidator::validate(m)),
             valid ? QStringList() : QStringList{u"position"_s});
}

void TestStaffValidator::messages()
{
    // The messages name the value and what is expected, so a user can fix the cell.
    StaffMember m = validMember();
    m.professionalLevel = u"dai hoc"_s;
    FieldErrors errors = StaffValidator::validate(m);
    QCOMPARE(errors.size(), size_t(1));
    QVERIFY2(errors[0].message.contains(u"dai hoc"_s), qPrintable(errors[0].message));
    QVERIFY2(errors[0].message.contains(u"dai_hoc"_s), qPrintable(errors[0].message));

    m = validMember();
    m.category = u"cb_xa"_s;
    m.position = u"dia_chinh"_s;
    errors = StaffValidator::validate(m);
    QCOMPARE(errors.size(), size_t(1));
    QVERIFY2(errors[0].message.contains(u"dia_chinh"_s), qPrintable(errors[0].message));
    QVERIFY2(errors[0].message.contains(u"chu_tich_ubnd"_s), qPrintable(errors[0].message));
    QVERIFY2(!errors[0].message.contains(u"tu_phap_ho_tich"_s), qPrintable(errors[0].message));
}

void TestStaffValidator::emptyRecord()
{
    const FieldErrors errors = StaffValidator::validate(StaffMember{});
    QCOMPARE(TestSupport::fieldsOf(errors),
             (QStringList{u"code"_s, u"full_name"_s, u"birth_date"_s, u"unit_code"_s, u"category"_s,
                          u"position"_s}));
}

QTEST_GUILESS_MAIN(TestStaffValidator)
#include "tst_staffvalidator.moc"
