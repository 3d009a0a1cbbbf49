// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/recordarchive.h"

#include <QCryptographicHash>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

/** A snapshot with every class and every field set (Vietnamese text, dates, optionals both ways). */
ArchiveSnapshot fullSnapshot()
{
    ArchiveSnapshot s;
    s.meta.programVersion = u"1.2.3"_s;
    s.meta.createdAt = QDateTime(QDate(2026, 1, 15), QTime(8, 30, 0, 250), Qt::UTC);
    s.meta.source = u"xã-hai.sqlite"_s;
    s.meta.unitCode = u"W2"_s;
    s.meta.years = {2024, 2025};
    s.meta.closedYears = {2025};

    OrgUnit u{u"W2"_s, u"Xã Hai"_s, u"xa"_s, u"H"_s, QDate(2000, 1, 1), QDate(2025, 7, 1), true, u"WN"_s};
    s.units = {u, OrgUnit{u"WN"_s, u"Phường Mới"_s, u"phuong"_s, u"T"_s, QDate(2025, 7, 1), {}, false, {}}};

    StaffMember m;
    m.code = u"NV001"_s;
    m.fullName = u"Nguyễn Thị Ánh"_s;
    m.birthDate = QDate(1985, 2, 28);
    m.gender = u"nu"_s;
    m.unitCode = u"W2"_s;
    m.category = u"cc_xa"_s;
    m.position = u"van_phong_thong_ke"_s;
    m.isLeader = true;
    m.startDate = QDate(2010, 3, 1);
    m.endDate = QDate(2030, 1, 1);
    m.generalEducation = u"thpt"_s;
    m.professionalLevel = u"dai_hoc"_s;
    m.professionalField = u"Luật\nhành chính"_s; // a newline survives
    m.politicalTheory = u"trung_cap"_s;
    m.stateManagement = u"chuyen_vien"_s;
    m.itSkill = u"Tin học"_s;
    m.foreignLanguage = u"Tiếng Anh B1"_s;
    m.ethnicMinority = std::nullopt;
    StaffMember other = m;
    other.code = u"NV002"_s;
    other.isLeader = std::nullopt;
    other.ethnicMinority = false;
    other.endDate = {};
    s.staff = {m, other};

    Evaluation e;
    e.staffCode = u"NV001"_s;
    e.year = 2025;
    e.taskGroup = u"Nhóm A"_s;
    e.monthsWorked = 11;
    e.monthsAbsent = 1;
    e.maternityLeave = true;
    e.scoreTenths = 875;
    e.selfLevel = u"good"_s;
    e.proposedLevel = u"good"_s;
    e.finalLevel = u"excellent"_s;
    e.initiative = true;
    e.note = u"ghi chú"_s;
    e.status = u"decided"_s;
    e.overrideReason = u"lý do"_s;
    e.decisionNo = u"12/QĐ-UBND"_s;
    e.decisionDate = QDate(2025, 12, 20);
    Evaluation noScore = e;
    noScore.year = 2024;
    noScore.scoreTenths = std::nullopt;
    s.evaluations = {noScore, e};

    ArchiveForm f{u"NV001"_s, 2025, {}};
    f.form.politics = u"Tốt"_s;
    f.form.ethics = u"b"_s;
    f.form.workStyle = u"c"_s;
    f.form.discipline = u"d"_s;
    f.form.taskResults = u"e"_s;
    f.form.leaderUnitResults = u"f"_s;
    f.form.leaderCapacity = u"g"_s;
    f.form.leaderUnity = u"h"_s;
    f.form.strengths = u"i"_s;
    f.form.weaknesses = u"j"_s;
    f.form.collectiveComments = u"k"_s;
    f.form.managerComments = u"l"_s;
    s.forms = {f};

    EvaluationPeriod p;
    p.staffCode = u"NV001"_s;
    p.year = 2025;
    p.kind = u"quarter"_s;
    p.number = 2;
    p.generalTenths = 280;
    p.items = {TaskItem{u"Báo cáo"_s, 4, 3, 1, 1, 1, 2, 0}, TaskItem{u"Hồ sơ"_s, 1, 1, 0, 0, 0, 1, 0}};
    p.note = u"quý 2"_s;
    s.periods = {p};

    DisciplineDecision d;
    d.staffCode = u"NV002"_s;
    d.form = u"khien_trach"_s;
    d.decisionNo = u"05/QĐ-KL"_s;
    d.decisionDate = QDate(2024, 11, 2);
    d.effectiveDate = QDate(2024, 11, 5);
    d.violationDate = QDate(2024, 9, 1);
    d.reason = u"vi phạm"_s;
    d.detectedDate = QDate(2024, 9, 10);
    s.discipline = {d};

    ReviewDecision r;
    r.year = 2025;
    r.unitCode = u"WN"_s;
    r.staffCode = u"NV001"_s;
    r.award = u"lao_dong_tien_tien"_s;
    r.outcome = u"approved"_s;
    r.votesFor = 7;
    r.votesAgainst = 0;
    r.votesAbstain = std::nullopt;
    r.decisionNo = u"30/QĐ"_s;
    r.decisionDate = QDate(2025, 12, 30);
    r.note = u"đủ điều kiện"_s;
    ReviewDecision collective = r;
    collective.staffCode.clear();
    collective.award = u"tap_the_lao_dong_tien_tien"_s;
    collective.votesFor = std::nullopt;
    s.reviewDecisions = {r, collective};

    s.reviewMeetings = {ReviewMeeting{2025, u"WN"_s, QDate(2025, 12, 28), u"Hội trường"_s, u"Chủ tịch"_s,
                                      u"Thư ký"_s, 9, 7, u"biên bản"_s}};
    s.closures = {YearClosure{2025, QDateTime(QDate(2026, 1, 10), QTime(9, 0), Qt::UTC), u"cli:hr"_s,
                              u"khóa sổ"_s}};
    s.capExceptions = {ExcellentCapException{u"WN"_s, 2025, u"99/QĐ"_s, u"đơn vị xuất sắc"_s}};
    s.settings = {ArchiveSetting{u"review.collective_threshold"_s, u"700"_s},
                  ArchiveSetting{u"evaluation.excellent_rate.2025"_s, u"200"_s}};
    return s;
}

/** The offset of the content (just after the header's blank line). */
qsizetype contentStart(const QByteArray &file)
{
    return file.indexOf("\n\n") + 2;
}

} // namespace

/** RecordArchive (docs/archive.md): the header, the checksum and the Boost round trip of every class. */
class TestRecordArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryClass();
    void emptySnapshotRoundTrips();
    void headerLayout();
    void everyFlippedByteIsRefused_data();
    void everyFlippedByteIsRefused();
    void refusals_data();
    void refusals();
    void truncatedIsRefused();
    void newerClassVersionIsRefused();
};

void TestRecordArchive::roundTripEveryClass()
{
    const ArchiveSnapshot s = fullSnapshot();
    const QByteArray file = RecordArchive::write(s);
    const auto read = RecordArchive::read(file);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.format, RecordArchive::kFormatVersion);
    QCOMPARE(read.snapshot->meta, s.meta);
    QCOMPARE(read.snapshot->units, s.units);
    QCOMPARE(read.snapshot->staff, s.staff);
    QCOMPARE(read.snapshot->evaluations, s.evaluations);
    QCOMPARE(read.snapshot->forms, s.forms);
    QCOMPARE(read.snapshot->periods, s.periods);
    QCOMPARE(read.snapshot->discipline, s.discipline);
    QCOMPARE(read.snapshot->reviewDecisions, s.reviewDecisions);
    QCOMPARE(read.snapshot->reviewMeetings, s.reviewMeetings);
    QCOMPARE(read.snapshot->closures, s.closures);
    QCOMPARE(read.snapshot->capExceptions, s.capExceptions);
    QCOMPARE(read.snapshot->settings, s.settings);
    QVERIFY(*read.snapshot == s);
    // Writing again gives the same bytes (the archive is deterministic).
    QCOMPARE(RecordArchive::write(*read.snapshot), file);
}

void TestRecordArchive::emptySnapshotRoundTrips()
{
    const auto read = RecordArchive::read(RecordArchive::write(ArchiveSnapshot{}));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(*read.snapshot == ArchiveSnapshot{});
}

void TestRecordArchive::headerLayout()
{
    const QByteArray file = RecordArchive::write(fullSnapshot());
    const QList<QByteArray> lines = file.left(contentStart(file)).split('\n');
    QCOMPARE(lines.value(0), QByteArray("CONGVU-ARCHIVE"));
    QCOMPARE(lines.value(1), QByteArray("format: 1"));
    QVERIFY(lines.value(2).startsWith("sha256: "));
    QCOMPARE(lines.value(2).size(), 8 + 64);
    QCOMPARE(lines.value(3), QByteArray());
    const QByteArray content = file.mid(contentStart(file));
    QCOMPARE(lines.value(2).mid(8), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QVERIFY(content.contains("serialization::archive")); // a Boost text archive
}

void TestRecordArchive::everyFlippedByteIsRefused_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("reason");
    const QByteArray file = RecordArchive::write(fullSnapshot());
    const int start = int(contentStart(file));
    QTest::newRow("magic, first byte") << 0 << u"not a CongVu archive"_s;
    QTest::newRow("magic, last byte") << 13 << u"not a CongVu archive"_s;
    QTest::newRow("magic line end") << 14 << u"not a CongVu archive"_s;
    QTest::newRow("format word") << 16 << u"damaged archive header"_s;
    QTest::newRow("format number") << 23 << u"damaged archive header"_s; // '1' ^ 1 = '0': no format 0
    QTest::newRow("sha256 word") << 26 << u"damaged archive header"_s;
    QTest::newRow("sha256 first digit") << 33 << u""_s;
    QTest::newRow("sha256 last digit") << start - 3 << u""_s;
    QTest::newRow("blank line") << start - 1 << u"damaged archive header"_s;
    QTest::newRow("content first byte") << start << u"checksum mismatch"_s;
    QTest::newRow("content middle") << start + (int(file.size()) - start) / 2 << u"checksum mismatch"_s;
    QTest::newRow("content last byte") << int(file.size()) - 1 << u"checksum mismatch"_s;
}

void TestRecordArchive::everyFlippedByteIsRefused()
{
    QFETCH(int, offset);
    QFETCH(QString, reason);
    QByteArray file = RecordArchive::write(fullSnapshot());
    file[offset] = char(file.at(offset) ^ 0x01);
    const auto read = RecordArchive::read(file);
    QVERIFY(!read.ok());
    QVERIFY(!read.error.isEmpty());
    if (!reason.isEmpty())
        QVERIFY2(read.error.contains(reason), qPrintable(read.error));
}

void TestRecordArchive::refusals_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("reason");
    const QByteArray good = RecordArchive::write(fullSnapshot());
    const QByteArray content = good.mid(contentStart(good));
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    QTest::newRow("newer format") << (QByteArray("CONGVU-ARCHIVE\nformat: 2\nsha256: ") + sha + "\n\n" + content)
                                  << u"unknown newer archive format 2"_s;
    QTest::newRow("format 0") << (QByteArray("CONGVU-ARCHIVE\nformat: 0\nsha256: ") + sha + "\n\n" + content)
                              << u"damaged archive header"_s;
    QTest::newRow("upper-case checksum")
        << (QByteArray("CONGVU-ARCHIVE\nformat: 1\nsha256: ") + sha.toUpper() + "\n\n" + content)
        << u"damaged archive header"_s;
    QTest::newRow("empty file") << QByteArray() << u"not a CongVu archive"_s;
    QTest::newRow("a CSV") << QByteArray("code,name\nA,B\n") << u"not a CongVu archive"_s;
    const QByteArray garbage("22 serialization::archive 18 0 0 not a snapshot");
    QTest::newRow("unreadable content")
        << (QByteArray("CONGVU-ARCHIVE\nformat: 1\nsha256: ")
            + QCryptographicHash::hash(garbage, QCryptographicHash::Sha256).toHex() + "\n\n" + garbage)
        << u"unreadable archive content"_s;
}

void TestRecordArchive::refusals()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, reason);
    const auto read = RecordArchive::read(file);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(reason), qPrintable(read.error));
}

void TestRecordArchive::truncatedIsRefused()
{
    const QByteArray file = RecordArchive::write(fullSnapshot());
    for (qsizetype cut : {qsizetype(1), qsizetype(10), file.size() / 2, file.size() - 1}) {
        const auto read = RecordArchive::read(file.left(cut));
        QVERIFY2(!read.ok(), qPrintable(QString::number(cut)));
    }
    const auto read = RecordArchive::read(file.left(file.size() - 1));
    QVERIFY2(read.error.contains(u"checksum mismatch"_s), qPrintable(read.error));
}

/** A file whose class carries a version above this program's (a newer CongVu wrote it) is refused, not misread. */
void TestRecordArchive::newerClassVersionIsRefused()
{
    const QByteArray good = RecordArchive::write(fullSnapshot());
    QByteArray content = good.mid(contentStart(good));
    // The content starts with the class information of ArchiveSnapshot, then ArchiveMeta: tracking, version.
    const QByteArray prefix = "serialization::archive ";
    const qsizetype at = content.indexOf(prefix);
    QVERIFY(at >= 0);
    const qsizetype afterLibrary = content.indexOf(' ', at + prefix.size()) + 1; // skip Boost's library version
    QCOMPARE(content.mid(afterLibrary, 8), QByteArray("0 0 0 0 "));
    content[afterLibrary + 6] = '1'; // ArchiveMeta written at version 1
    const QByteArray file = QByteArray("CONGVU-ARCHIVE\nformat: 1\nsha256: ")
        + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex() + "\n\n" + content;
    const auto read = RecordArchive::read(file);
    QVERIFY(!read.ok());
    QVERIFY2(read.error.contains(u"newer CongVu"_s) && read.error.contains(u"ArchiveMeta version 1"_s),
             qPrintable(read.error));
}

QTEST_GUILESS_MAIN(TestRecordArchive)
#include "tst_recordarchive.moc"
