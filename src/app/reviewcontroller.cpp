// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcontroller.h"

#include "domain/codetable.h"
#include "domain/disciplineform.h"
#include "domain/evaluationlevel.h"
#include "domain/fielderror.h"
#include "exchange/pdfdocument.h"
#include "exchange/reviewdocuments.h"
#include "outputfile.h"
#include "services/reviewservice.h"

#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString kindName(ReviewReason::Kind kind)
{
    switch (kind) {
    case ReviewReason::Kind::Met: return u"met"_s;
    case ReviewReason::Kind::NotMet: return u"not_met"_s;
    case ReviewReason::Kind::Warning: return u"warning"_s;
    }
    return u"met"_s;
}

QVariantList reasonList(const TitleEligibility &t, const QString &titleText)
{
    QVariantList out;
    for (const ReviewReason &r : t.reasons)
        out.append(QVariantMap{{u"title"_s, titleText},
                               {u"kind"_s, kindName(r.kind)},
                               {u"code"_s, r.code},
                               {u"message"_s, r.message},
                               {u"citation"_s, r.basis.citation()}});
    return out;
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QString());
}

QVariantMap decisionMap(const ReviewDecision &d)
{
    return {{u"id"_s, d.id},
            {u"staff_code"_s, d.staffCode},
            {u"award"_s, d.award},
            {u"awardText"_s, ReviewAwards::label(d.award)},
            {u"outcome"_s, d.outcome},
            {u"outcomeText"_s, ReviewOutcomes::label(d.outcome)},
            {u"votes_for"_s, optionalInt(d.votesFor)},
            {u"votes_against"_s, optionalInt(d.votesAgainst)},
            {u"votes_abstain"_s, optionalInt(d.votesAbstain)},
            {u"decision_no"_s, d.decisionNo},
            {u"decision_date"_s, d.decisionDate.isValid() ? d.decisionDate.toString(Qt::ISODate) : QString()},
            {u"note"_s, d.note}};
}

QString votesText(const ReviewDecision &d)
{
    if (!d.votesFor && !d.votesAgainst && !d.votesAbstain)
        return {};
    auto v = [](const std::optional<int> &n) { return n ? QString::number(*n) : u"–"_s; };
    return u" ("_s + v(d.votesFor) + u'/' + v(d.votesAgainst) + u'/' + v(d.votesAbstain) + u')';
}

QString positionText(const ReviewPersonRow &p)
{
    if ((p.category == "cb_xa"_L1 || p.category == "cc_xa"_L1) && CodeTables::communeTitle().contains(p.position))
        return CodeTables::communeTitle().label(p.position);
    return p.position;
}

/** A whole number of votes: "" = not recorded; else a field error. */
std::optional<int> votesOf(const QVariantMap &m, const QString &key, std::vector<FieldError> *errors)
{
    const QString text = m.value(key).toString().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok) {
        errors->push_back({key, ReviewController::tr("a number of votes is a whole number")});
        return std::nullopt;
    }
    return n;
}

QDate dateOf(const QVariantMap &m, const QString &key, std::vector<FieldError> *errors)
{
    const QString text = m.value(key).toString().trimmed();
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        errors->push_back({key, ReviewController::tr("the date must be YYYY-MM-DD")});
    return d;
}

} // namespace

ReviewController::ReviewController(ReviewService &service, QObject *parent, bool loadNow)
    : QObject(parent)
    , m_service(service)
    , m_people(new ReviewPeopleModel(this))
{
    setToday(QDate::currentDate());
    if (loadNow)
        ensureLoaded();
}

void ReviewController::setToday(QDate today)
{
    m_today = today;
    // The review of a year is held at its end and early in the next one.
    m_year = today.month() <= 3 ? today.year() - 1 : today.year();
    Q_EMIT filterChanged();
    reload();
}

void ReviewController::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    clearErrors();
    Q_EMIT filterChanged();
    reload();
}

void ReviewController::setUnitCode(const QString &unitCode)
{
    if (unitCode == m_unitCode)
        return;
    m_unitCode = unitCode;
    clearErrors();
    Q_EMIT filterChanged();
    reload();
}

void ReviewController::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    reload();
}

void ReviewController::reload()
{
    if (!m_loaded)
        return; // read on the first showing of the page
    apply(m_service.review(m_year));
}

void ReviewController::apply(const ReviewResult &r)
{
    m_unitOptions.clear();
    for (const ReviewUnitResult &u : r.units)
        m_unitOptions.append(QVariantMap{{u"value"_s, u.unitCode}, {u"text"_s, u.unitName + u" ("_s + u.unitCode + u')'}});
    m_closed = r.closure.has_value();
    m_closureText.clear();
    if (r.closure) {
        const QString on = PdfDocument::dmy(r.closure->closedAt.toLocalTime().date());
        m_closureText = r.closure->note.isEmpty()
            //: %1 year, %2 date, %3 who closed it
            ? tr("The year %1 was closed on %2 by %3.").arg(QString::number(r.year), on, r.closure->closedBy)
            //: %1 year, %2 date, %3 who closed it, %4 their note
            : tr("The year %1 was closed on %2 by %3: %4.").arg(QString::number(r.year), on, r.closure->closedBy,
                                                               r.closure->note);
    }
    m_errorText = r.error;
    const ReviewUnitResult *unit = nullptr;
    for (const ReviewUnitResult &u : r.units) {
        if (u.unitCode == m_unitCode)
            unit = &u;
    }
    if (!unit && !r.units.empty()) {
        unit = &r.units.front();
        if (m_unitCode != unit->unitCode) {
            m_unitCode = unit->unitCode;
            Q_EMIT filterChanged();
        }
    }
    m_state = !r.error.isEmpty() ? u"error"_s : unit ? u"ok"_s : u"empty"_s;

    std::vector<ReviewPeopleEntry> rows;
    m_summary.clear();
    m_unitDecisions.clear();
    m_discipline.clear();
    m_meeting.clear();
    if (unit) {
        const QString ldttTitle = ReviewAwards::label(QString::fromLatin1(ReviewAwards::LaoDongTienTien));
        const QString cstdcsTitle = ReviewAwards::label(QString::fromLatin1(ReviewAwards::ChienSiThiDuaCoSo));
        for (const ReviewPersonRow &p : unit->people) {
            ReviewPeopleEntry e;
            e.staffCode = p.review.code;
            e.fullName = p.fullName;
            e.position = positionText(p);
            e.rated = p.review.rated;
            e.levelText = p.finalLevel.isEmpty() ? QString() : EvaluationLevels::label(p.finalLevel);
            e.ldttEligible = p.review.laoDongTienTien.eligible;
            e.cstdcsEligible = p.review.chienSiThiDuaCoSo.eligible;
            e.reasons = reasonList(p.review.laoDongTienTien, ldttTitle) + reasonList(p.review.chienSiThiDuaCoSo, cstdcsTitle);
            // Red when the rules refuse Lao động tiên tiến, amber when a reason only warns.
            e.severity = !e.ldttEligible ? u"not_met"_s : u"met"_s;
            for (const QVariant &v : std::as_const(e.reasons)) {
                if (e.severity == u"met"_s && v.toMap().value(u"kind"_s).toString() == u"warning"_s)
                    e.severity = u"warning"_s;
            }
            QStringList texts;
            for (const ReviewDecision &d : p.decisions) {
                e.decisions.append(decisionMap(d));
                texts << ReviewAwards::label(d.award) + u": "_s + ReviewOutcomes::label(d.outcome) + votesText(d);
            }
            e.decisionText = texts.join(u"; "_s);
            rows.push_back(std::move(e));
        }
        const UnitReview &u = unit->review;
        const int threshold = r.settings.collectiveThresholdPerMille;
        const QString thresholdText = QLocale().toString(threshold / 10.0, 'f', threshold % 10 ? 1 : 0) + u'%';
        QVariantList collectiveReasons;
        for (const ReviewReason &reason : u.tapTheMembersOk.reasons)
            collectiveReasons.append(QVariantMap{{u"kind"_s, kindName(reason.kind)},
                                                 {u"message"_s, reason.message},
                                                 {u"citation"_s, reason.basis.citation()}});
        QString capText;
        if (u.cstdcsCapLimit)
            //: %1 places under the cap, %2 candidates beyond it
            capText = tr("Cap on emulation fighters: %1 place(s); %2 candidate(s) beyond it.")
                          .arg(*u.cstdcsCapLimit)
                          .arg(u.cstdcsOverCapBy);
        m_summary = {{u"unitName"_s, unit->unitName},
                     {u"rated"_s, u.ratedCount},
                     {u"ldtt"_s, u.laoDongTienTienCount},
                     {u"cstdcs"_s, u.chienSiThiDuaCoSoCount},
                     {u"collectiveMet"_s, u.tapTheMembersOk.eligible},
                     {u"threshold"_s, thresholdText},
                     //: %1 advanced workers, %2 people rated, %3 the threshold share
                     {u"collectiveText"_s, tr("%1 of %2 rated are advanced workers; more than %3 is needed.")
                                               .arg(u.laoDongTienTienCount)
                                               .arg(u.ratedCount)
                                               .arg(thresholdText)},
                     {u"collectiveReasons"_s, collectiveReasons},
                     {u"capText"_s, capText}};
        for (const ReviewDecision &d : unit->unitDecisions)
            m_unitDecisions.append(decisionMap(d));
        for (const DisciplineListRow &row : unit->discipline) {
            const DisciplineDecision &d = row.effect.decision;
            m_discipline.append(QVariantMap{{u"fullName"_s, row.fullName},
                                            {u"staffCode"_s, d.staffCode},
                                            {u"form"_s, DisciplineForms::label(d.form)},
                                            {u"decisionNo"_s, d.decisionNo},
                                            {u"effectiveText"_s, PdfDocument::dmy(d.effectiveOn())}});
        }
        const ReviewMeeting m = unit->meeting.value_or(ReviewMeeting{});
        m_meeting = {{u"meeting_date"_s, m.meetingDate.isValid() ? m.meetingDate.toString(Qt::ISODate) : QString()},
                     {u"place"_s, m.place},
                     {u"chair"_s, m.chair},
                     {u"secretary"_s, m.secretary},
                     {u"members_total"_s, unit->meeting ? QVariant(m.membersTotal) : QVariant(QString())},
                     {u"members_present"_s, unit->meeting ? QVariant(m.membersPresent) : QVariant(QString())},
                     {u"note"_s, m.note},
                     {u"recorded"_s, unit->meeting.has_value()}};
    }
    m_people->setRows(std::move(rows));
    Q_EMIT reviewChanged();
}

QVariantList ReviewController::awardOptions() const
{
    QVariantList out;
    for (const QString &a : ReviewAwards::all()) {
        if (!ReviewAwards::isCollective(a))
            out.append(QVariantMap{{u"value"_s, a}, {u"text"_s, ReviewAwards::label(a)}});
    }
    return out;
}

QVariantList ReviewController::collectiveAwardOptions() const
{
    QVariantList out;
    for (const QString &a : ReviewAwards::all()) {
        if (ReviewAwards::isCollective(a))
            out.append(QVariantMap{{u"value"_s, a}, {u"text"_s, ReviewAwards::label(a)}});
    }
    return out;
}

QVariantList ReviewController::outcomeOptions() const
{
    QVariantList out;
    for (const QString &o : ReviewOutcomes::all())
        out.append(QVariantMap{{u"value"_s, o}, {u"text"_s, ReviewOutcomes::label(o)}});
    return out;
}



void ReviewController::clearErrors()
{
    if (m_meetingErrors.isEmpty() && m_decisionErrors.isEmpty() && m_yearErrors.isEmpty())
        return;
    m_meetingErrors.clear();
    m_decisionErrors.clear();
    m_yearErrors.clear();
    Q_EMIT errorsChanged();
}

bool ReviewController::saveMeeting(const QVariantMap &input)
{
    std::vector<FieldError> errors;
    ReviewMeeting m;
    m.year = m_year;
    m.unitCode = m_unitCode;
    m.meetingDate = dateOf(input, u"meeting_date"_s, &errors);
    m.place = input.value(u"place"_s).toString();
    m.chair = input.value(u"chair"_s).toString();
    m.secretary = input.value(u"secretary"_s).toString();
    m.note = input.value(u"note"_s).toString();
    for (const auto &[key, target] : {std::pair{u"members_total"_s, &m.membersTotal},
                                      std::pair{u"members_present"_s, &m.membersPresent}}) {
        const QString text = input.value(key).toString().trimmed();
        bool ok = text.isEmpty();
        *target = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!ok)
            errors.push_back({key, tr("a number of members is a whole number")});
    }
    SaveResult result;
    if (errors.empty())
        result = m_service.saveMeeting(m);
    else
        result.fieldErrors = errors;
    m_meetingErrors = result.fieldErrorMap();
    Q_EMIT errorsChanged();
    if (!result.ok()) {
        if (!result.error.isEmpty())
            //: %1 is the reason
            Q_EMIT errorOccurred(tr("The meeting was not saved: %1").arg(result.error));
        return false;
    }
    Q_EMIT infoMessage(tr("The council's meeting was saved."));
    reload();
    Q_EMIT reviewWritten();
    return true;
}

bool ReviewController::saveDecision(const QVariantMap &input)
{
    std::vector<FieldError> errors;
    ReviewDecision d;
    d.year = m_year;
    d.unitCode = m_unitCode;
    d.staffCode = input.value(u"staff_code"_s).toString().trimmed();
    d.award = input.value(u"award"_s).toString();
    const QString outcome = input.value(u"outcome"_s).toString();
    if (!outcome.isEmpty())
        d.outcome = outcome;
    d.votesFor = votesOf(input, u"votes_for"_s, &errors);
    d.votesAgainst = votesOf(input, u"votes_against"_s, &errors);
    d.votesAbstain = votesOf(input, u"votes_abstain"_s, &errors);
    d.decisionNo = input.value(u"decision_no"_s).toString();
    d.decisionDate = dateOf(input, u"decision_date"_s, &errors);
    d.note = input.value(u"note"_s).toString();
    SaveResult result;
    if (errors.empty())
        result = m_service.recordDecision(d);
    else
        result.fieldErrors = errors;
    m_decisionErrors = result.fieldErrorMap();
    Q_EMIT errorsChanged();
    if (!result.ok()) {
        if (!result.error.isEmpty())
            //: %1 is the reason
            Q_EMIT errorOccurred(tr("The decision was not saved: %1").arg(result.error));
        return false;
    }
    Q_EMIT infoMessage(tr("The decision was saved."));
    reload();
    Q_EMIT reviewWritten();
    return true;
}

bool ReviewController::removeDecision(qint64 id)
{
    const SaveResult result = m_service.removeDecision(id);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The decision was not removed: %1").arg(result.text()));
        return false;
    }
    Q_EMIT infoMessage(tr("The decision was removed."));
    reload();
    Q_EMIT reviewWritten();
    return true;
}

QVariantMap ReviewController::decisionOf(const QString &staffCode, const QString &award) const
{
    for (const ReviewDecision &d : m_service.decisions(m_year, m_unitCode)) {
        if (d.staffCode == staffCode && d.award == award)
            return decisionMap(d);
    }
    return {};
}

bool ReviewController::closeYear(const QString &note)
{
    const SaveResult result = m_service.closeYear(m_year, note);
    m_yearErrors = result.fieldErrorMap();
    Q_EMIT errorsChanged();
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The year was not closed: %1").arg(result.text()));
        return false;
    }
    Q_EMIT infoMessage(tr("The year %1 is closed.").arg(m_year));
    reload();
    Q_EMIT reviewWritten();
    return true;
}

bool ReviewController::reopenYear(const QString &reason)
{
    const SaveResult result = m_service.reopenYear(m_year, reason);
    m_yearErrors = result.fieldErrorMap();
    Q_EMIT errorsChanged();
    if (!result.ok()) {
        if (!result.error.isEmpty())
            Q_EMIT errorOccurred(tr("The year was not reopened: %1").arg(result.error));
        return false;
    }
    Q_EMIT infoMessage(tr("The year %1 is open again.").arg(m_year));
    reload();
    Q_EMIT reviewWritten();
    return true;
}

QString ReviewController::minutesFileName() const
{
    return u"bien-ban-hoi-dong-%1-%2.pdf"_s.arg(m_year).arg(m_unitCode.isEmpty() ? u"don-vi"_s : m_unitCode);
}

QString ReviewController::minutesFileUrl() const
{
    return OutputFile::defaultUrl(minutesFileName());
}

QString ReviewController::decisionListFileName() const
{
    return u"danh-sach-khen-thuong-%1-%2.pdf"_s.arg(m_year).arg(m_unitCode.isEmpty() ? u"don-vi"_s : m_unitCode);
}

QString ReviewController::decisionListFileUrl() const
{
    return OutputFile::defaultUrl(decisionListFileName());
}

QString ReviewController::exportMinutes(const QString &fileOrUrl)
{
    return exportPdf(true, fileOrUrl);
}

QString ReviewController::exportDecisionList(const QString &fileOrUrl)
{
    return exportPdf(false, fileOrUrl);
}

QString ReviewController::exportPdf(bool minutes, const QString &fileOrUrl)
{
    const QString path = OutputFile::resolve(fileOrUrl, minutes ? minutesFileName() : decisionListFileName());
    const ReviewResult review = m_service.review(m_year, m_unitCode);
    ReviewDocuments::Options options;
    options.madeOn = m_today;
    QString error;
    const QByteArray pdf = minutes ? ReviewDocuments::minutes(review, m_unitCode, options, &error)
                                   : ReviewDocuments::decisionList(review, m_unitCode, options, &error);
    if (pdf.isEmpty()) {
        //: %1 is the reason
        Q_EMIT errorOccurred(tr("The document could not be made: %1").arg(error));
        return {};
    }
    if (!OutputFile::write(path, pdf, &error)) {
        //: %1 is a file path, %2 the reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    //: %1 is the path of the PDF file written
    Q_EMIT infoMessage(tr("The document was written to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}
