// SPDX-License-Identifier: GPL-3.0-or-later
// The archive file: header, checksum and the Boost.Serialization of every archived class. Each class
// has its BOOST_CLASS_VERSION below; a new field bumps it and is read only `if (version >= N)`
// (archiverecords.h, docs/archive.md).
#include "recordarchive.h"

#include <QCryptographicHash>

#include <algorithm>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/vector.hpp>
#include <boost/serialization/version.hpp>

#include <sstream>
#include <stdexcept>
#include <string>

using namespace Qt::StringLiterals;

// Format 1 wrote every class at version 0. Bump one of these when its class gains a field.
BOOST_CLASS_VERSION(ArchiveMeta, 0)
BOOST_CLASS_VERSION(OrgUnit, 0)
BOOST_CLASS_VERSION(StaffMember, 0)
BOOST_CLASS_VERSION(Evaluation, 0)
BOOST_CLASS_VERSION(EvaluationForm, 0)
BOOST_CLASS_VERSION(ArchiveForm, 0)
BOOST_CLASS_VERSION(TaskItem, 0)
BOOST_CLASS_VERSION(EvaluationPeriod, 0)
BOOST_CLASS_VERSION(DisciplineDecision, 0)
BOOST_CLASS_VERSION(ReviewDecision, 0)
BOOST_CLASS_VERSION(ReviewMeeting, 0)
BOOST_CLASS_VERSION(YearClosure, 0)
BOOST_CLASS_VERSION(ExcellentCapException, 0)
BOOST_CLASS_VERSION(ArchiveSetting, 0)
BOOST_CLASS_VERSION(ArchiveSnapshot, 0)

/** Thrown when a file carries a class version above this program's: written by a newer CongVu. */
class NewerClassVersion : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

namespace ArchiveFields {

/** Refuses a class written at a version this program does not know (a newer CongVu wrote the file). */
template<class T>
void refuseNewer(unsigned int version, const char *name)
{
    if (version > boost::serialization::version<T>::value)
        throw NewerClassVersion(std::string(name) + " version " + std::to_string(version));
}

// Qt values are written as plain std::string / ints by these helpers (no Boost headers for Qt types).
template<class Archive>
void text(Archive &ar, QString &s)
{
    std::string u;
    if constexpr (Archive::is_saving::value) {
        u = s.toStdString();
        ar &u;
    } else {
        ar &u;
        s = QString::fromStdString(u);
    }
}

template<class Archive>
void date(Archive &ar, QDate &d)
{
    QString iso = d.isValid() ? d.toString(Qt::ISODate) : QString();
    text(ar, iso);
    if constexpr (Archive::is_loading::value)
        d = iso.isEmpty() ? QDate() : QDate::fromString(iso, Qt::ISODate);
}

template<class Archive>
void dateTime(Archive &ar, QDateTime &d)
{
    QString iso = d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString();
    text(ar, iso);
    if constexpr (Archive::is_loading::value) {
        d = iso.isEmpty() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (d.isValid())
            d = d.toUTC();
    }
}

template<class Archive>
void optionalInt(Archive &ar, std::optional<int> &v)
{
    bool has = v.has_value();
    int value = v.value_or(0);
    ar &has;
    ar &value;
    if constexpr (Archive::is_loading::value)
        v = has ? std::optional<int>(value) : std::nullopt;
}

/** -1 unknown, 0 false, 1 true. */
template<class Archive>
void optionalBool(Archive &ar, std::optional<bool> &v)
{
    int value = v ? (*v ? 1 : 0) : -1;
    ar &value;
    if constexpr (Archive::is_loading::value)
        v = value < 0 ? std::nullopt : std::optional<bool>(value == 1);
}

} // namespace ArchiveFields

namespace boost::serialization {
using namespace ArchiveFields;

template<class Archive>
void serialize(Archive &ar, ArchiveMeta &m, const unsigned int version)
{
    refuseNewer<ArchiveMeta>(version, "ArchiveMeta");
    text(ar, m.programVersion);
    dateTime(ar, m.createdAt);
    text(ar, m.source);
    text(ar, m.unitCode);
    ar &m.years;
    ar &m.closedYears;
}

template<class Archive>
void serialize(Archive &ar, OrgUnit &u, const unsigned int version)
{
    refuseNewer<OrgUnit>(version, "OrgUnit");
    text(ar, u.code);
    text(ar, u.name);
    text(ar, u.kind);
    text(ar, u.parentCode);
    date(ar, u.validFrom);
    date(ar, u.validTo);
    ar &u.difficultArea;
    text(ar, u.successorCode);
}

template<class Archive>
void serialize(Archive &ar, StaffMember &m, const unsigned int version)
{
    refuseNewer<StaffMember>(version, "StaffMember");
    text(ar, m.code);
    text(ar, m.fullName);
    date(ar, m.birthDate);
    text(ar, m.gender);
    text(ar, m.unitCode);
    text(ar, m.category);
    text(ar, m.position);
    optionalBool(ar, m.isLeader);
    date(ar, m.startDate);
    date(ar, m.endDate);
    text(ar, m.generalEducation);
    text(ar, m.professionalLevel);
    text(ar, m.professionalField);
    text(ar, m.politicalTheory);
    text(ar, m.stateManagement);
    text(ar, m.itSkill);
    text(ar, m.foreignLanguage);
    optionalBool(ar, m.ethnicMinority);
}

template<class Archive>
void serialize(Archive &ar, Evaluation &e, const unsigned int version)
{
    refuseNewer<Evaluation>(version, "Evaluation");
    text(ar, e.staffCode);
    ar &e.year;
    text(ar, e.taskGroup);
    ar &e.monthsWorked;
    ar &e.monthsAbsent;
    ar &e.maternityLeave;
    optionalInt(ar, e.scoreTenths);
    text(ar, e.selfLevel);
    text(ar, e.proposedLevel);
    text(ar, e.finalLevel);
    ar &e.initiative;
    text(ar, e.note);
    text(ar, e.status);
    text(ar, e.overrideReason);
    text(ar, e.decisionNo);
    date(ar, e.decisionDate);
}

template<class Archive>
void serialize(Archive &ar, EvaluationForm &f, const unsigned int version)
{
    refuseNewer<EvaluationForm>(version, "EvaluationForm");
    text(ar, f.politics);
    text(ar, f.ethics);
    text(ar, f.workStyle);
    text(ar, f.discipline);
    text(ar, f.taskResults);
    text(ar, f.leaderUnitResults);
    text(ar, f.leaderCapacity);
    text(ar, f.leaderUnity);
    text(ar, f.strengths);
    text(ar, f.weaknesses);
    text(ar, f.collectiveComments);
    text(ar, f.managerComments);
}

template<class Archive>
void serialize(Archive &ar, ArchiveForm &f, const unsigned int version)
{
    refuseNewer<ArchiveForm>(version, "ArchiveForm");
    text(ar, f.staffCode);
    ar &f.year;
    ar &f.form;
}

template<class Archive>
void serialize(Archive &ar, TaskItem &t, const unsigned int version)
{
    refuseNewer<TaskItem>(version, "TaskItem");
    text(ar, t.title);
    ar &t.assigned;
    ar &t.done;
    ar &t.qualityFailures;
    ar &t.lateFailures;
    ar &t.excusedFailures;
    ar &t.weight;
}

template<class Archive>
void serialize(Archive &ar, EvaluationPeriod &p, const unsigned int version)
{
    refuseNewer<EvaluationPeriod>(version, "EvaluationPeriod");
    text(ar, p.staffCode);
    ar &p.year;
    text(ar, p.kind);
    ar &p.number;
    ar &p.generalTenths;
    ar &p.items;
    text(ar, p.note);
}

template<class Archive>
void serialize(Archive &ar, DisciplineDecision &d, const unsigned int version)
{
    refuseNewer<DisciplineDecision>(version, "DisciplineDecision");
    text(ar, d.staffCode);
    text(ar, d.form);
    text(ar, d.decisionNo);
    date(ar, d.decisionDate);
    date(ar, d.effectiveDate);
    date(ar, d.violationDate);
    text(ar, d.reason);
    date(ar, d.detectedDate);
}

template<class Archive>
void serialize(Archive &ar, ReviewDecision &d, const unsigned int version)
{
    refuseNewer<ReviewDecision>(version, "ReviewDecision");
    ar &d.year;
    text(ar, d.unitCode);
    text(ar, d.staffCode);
    text(ar, d.award);
    text(ar, d.outcome);
    optionalInt(ar, d.votesFor);
    optionalInt(ar, d.votesAgainst);
    optionalInt(ar, d.votesAbstain);
    text(ar, d.decisionNo);
    date(ar, d.decisionDate);
    text(ar, d.note);
}

template<class Archive>
void serialize(Archive &ar, ReviewMeeting &m, const unsigned int version)
{
    refuseNewer<ReviewMeeting>(version, "ReviewMeeting");
    ar &m.year;
    text(ar, m.unitCode);
    date(ar, m.meetingDate);
    text(ar, m.place);
    text(ar, m.chair);
    text(ar, m.secretary);
    ar &m.membersTotal;
    ar &m.membersPresent;
    text(ar, m.note);
}

template<class Archive>
void serialize(Archive &ar, YearClosure &c, const unsigned int version)
{
    refuseNewer<YearClosure>(version, "YearClosure");
    ar &c.year;
    dateTime(ar, c.closedAt);
    text(ar, c.closedBy);
    text(ar, c.note);
}

template<class Archive>
void serialize(Archive &ar, ExcellentCapException &x, const unsigned int version)
{
    refuseNewer<ExcellentCapException>(version, "ExcellentCapException");
    text(ar, x.unitCode);
    ar &x.year;
    text(ar, x.decisionNo);
    text(ar, x.reason);
}

template<class Archive>
void serialize(Archive &ar, ArchiveSetting &s, const unsigned int version)
{
    refuseNewer<ArchiveSetting>(version, "ArchiveSetting");
    text(ar, s.key);
    text(ar, s.value);
}

template<class Archive>
void serialize(Archive &ar, ArchiveSnapshot &s, const unsigned int version)
{
    refuseNewer<ArchiveSnapshot>(version, "ArchiveSnapshot");
    ar &s.meta;
    ar &s.units;
    ar &s.staff;
    ar &s.evaluations;
    ar &s.forms;
    ar &s.periods;
    ar &s.discipline;
    ar &s.reviewDecisions;
    ar &s.reviewMeetings;
    ar &s.closures;
    ar &s.capExceptions;
    ar &s.settings;
}

} // namespace boost::serialization


namespace {

QString sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

/** The next header line ending at '\n' from pos; nullopt when there is none. */
std::optional<QByteArray> headerLine(const QByteArray &bytes, qsizetype &pos)
{
    const qsizetype end = bytes.indexOf('\n', pos);
    if (end < 0)
        return std::nullopt;
    QByteArray line = bytes.mid(pos, end - pos);
    pos = end + 1;
    return line;
}

} // namespace

QByteArray RecordArchive::write(const ArchiveSnapshot &snapshot)
{
    std::ostringstream stream;
    {
        boost::archive::text_oarchive ar(stream);
        ar << snapshot;
    }
    const std::string content = stream.str();
    const QByteArray body(content.data(), qsizetype(content.size()));
    QByteArray out;
    out += kMagic;
    out += "\nformat: " + QByteArray::number(kFormatVersion) + '\n';
    out += "sha256: " + sha256Hex(body).toLatin1() + '\n';
    out += '\n';
    out += body;
    return out;
}

RecordArchive::ReadResult RecordArchive::read(const QByteArray &bytes)
{
    ReadResult r;
    qsizetype pos = 0;
    const auto magic = headerLine(bytes, pos);
    if (!magic || *magic != QByteArray(kMagic)) {
        r.error = tr("not a CongVu archive: the first line is not \"%1\"").arg(QLatin1StringView(kMagic));
        return r;
    }
    const auto formatLine = headerLine(bytes, pos);
    static const QByteArray formatPrefix("format: ");
    bool ok = false;
    int format = 0;
    if (formatLine && formatLine->startsWith(formatPrefix)) {
        const QByteArray digits = formatLine->mid(formatPrefix.size());
        const bool allDigits = !digits.isEmpty() && digits.size() <= 6
            && std::all_of(digits.cbegin(), digits.cend(), [](char c) { return c >= '0' && c <= '9'; })
            && !(digits.size() > 1 && digits.front() == '0');
        if (allDigits)
            format = digits.toInt(&ok);
    }
    if (!ok || format < 1) {
        r.error = tr("damaged archive header: the second line must be \"format: <number>\"");
        return r;
    }
    r.format = format;
    if (format > kFormatVersion) {
        r.error = tr("unknown newer archive format %1: this program reads up to format %2; use a newer CongVu")
                      .arg(format)
                      .arg(kFormatVersion);
        return r;
    }
    const auto shaLine = headerLine(bytes, pos);
    static const QByteArray shaPrefix("sha256: ");
    const auto isLowerHex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
    if (!shaLine || !shaLine->startsWith(shaPrefix) || shaLine->size() != shaPrefix.size() + 64
        || !std::all_of(shaLine->cbegin() + shaPrefix.size(), shaLine->cend(), isLowerHex)) {
        r.error = tr("damaged archive header: the third line must be \"sha256: <64 lower-case hex digits>\"");
        return r;
    }
    r.sha256 = QString::fromLatin1(shaLine->mid(shaPrefix.size()));
    const auto blank = headerLine(bytes, pos);
    if (!blank || !blank->isEmpty()) {
        r.error = tr("damaged archive header: a blank line must end it");
        return r;
    }
    const QByteArray content = bytes.mid(pos);
    if (sha256Hex(content) != r.sha256) {
        r.error = tr("checksum mismatch: the archive was altered or damaged after it was written "
                     "(SHA-256 of the content differs from the header)");
        return r;
    }
    try {
        std::istringstream stream(std::string(content.constData(), size_t(content.size())));
        boost::archive::text_iarchive ar(stream);
        ArchiveSnapshot snapshot;
        ar >> snapshot;
        r.snapshot = std::move(snapshot);
    } catch (const NewerClassVersion &e) {
        r.error = tr("written by a newer CongVu (%1): this program cannot read all of it; use a newer CongVu")
                      .arg(QString::fromLocal8Bit(e.what()));
    } catch (const std::exception &e) {
        r.error = tr("unreadable archive content: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return r;
}
