// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationcontroller.h"

#include "outputfile.h"

#include "domain/evaluationlevel.h"
#include "domain/evaluationrules.h"
#include "exchange/evaluationexport.h"
#include "exchange/evaluationformpdf.h"
#include "exchange/evaluationrecordexport.h"
#include "exchange/evaluationsummarypdf.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"

#include <QDir>
#include <QHash>
#include <QMap>

using namespace Qt::StringLiterals;
namespace L = EvaluationLevels;

namespace {

// The written form's fields under the camelCase keys QML uses.
struct FormField
{
    const char *key;
    QString EvaluationForm::*member;
};
const FormField kFormFields[] = {
    {"politics", &EvaluationForm::politics},
    {"ethics", &EvaluationForm::ethics},
    {"workStyle", &EvaluationForm::workStyle},
    {"discipline", &EvaluationForm::discipline},
    {"taskResults", &EvaluationForm::taskResults},
    {"leaderUnitResults", &EvaluationForm::leaderUnitResults},
    {"leaderCapacity", &EvaluationForm::leaderCapacity},
    {"leaderUnity", &EvaluationForm::leaderUnity},
    {"strengths", &EvaluationForm::strengths},
    {"weaknesses", &EvaluationForm::weaknesses},
    {"collectiveComments", &EvaluationForm::collectiveComments},
    {"managerComments", &EvaluationForm::managerComments},
};

} // namespace

EvaluationController::EvaluationController(EvaluationService &service, RegistryService &registry, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_registry(registry)
    , m_grid(new EvaluationGridModel(service, this))
    , m_today(QDate::currentDate())
    , m_year(m_today.year())
    , m_lastDecisionDate(m_today)
{
    connect(m_grid, &EvaluationGridModel::rowsSaved, this, [this] {
        recompute();
        Q_EMIT selectedChanged();
        Q_EMIT evaluationsChanged();
    });
    connect(m_grid, &EvaluationGridModel::errorOccurred, this, &EvaluationController::errorOccurred);
    connect(m_grid, &EvaluationGridModel::conflictOccurred, this, &EvaluationController::setConflict);
    m_unitCode = defaultUnit();
    reload();
}

EvaluationController::~EvaluationController() = default;

void EvaluationController::setToday(QDate today)
{
    m_today = today;
    m_lastDecisionDate = today;
    setYear(today.year());
    Q_EMIT lastDecisionChanged();
}

void EvaluationController::setYear(int year)
{
    if (year == m_year || year < 2015 || year > 2100)
        return;
    m_year = year;
    Q_EMIT yearChanged();
    reload();
}

void EvaluationController::setUnitCode(const QString &unitCode)
{
    if (unitCode == m_unitCode)
        return;
    m_unitCode = unitCode;
    Q_EMIT unitCodeChanged();
    select({});
    reload();
}

QString EvaluationController::unitName() const
{
    const UnitDirectory units = m_registry.units();
    const OrgUnit *u = units.find(m_unitCode);
    return u ? u->name : QString();
}

QString EvaluationController::defaultUnit() const
{
    QHash<QString, int> byUnit;
    for (const Headcount &h : m_registry.headcounts(QDate(m_year, 12, 31)))
        byUnit[h.unitCode] += h.count;
    QString best;
    int most = 0;
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

void EvaluationController::setConflict(const QString &message)
{
    if (m_conflict == message)
        return;
    m_conflict = message;
    Q_EMIT conflictChanged();
}

void EvaluationController::reload()
{
    setConflict({});
    m_grid->load(m_unitCode, m_year);
    recompute();
    if (!m_selectedCode.isEmpty() && !m_grid->person(m_selectedCode))
        select({});
    loadForm();
    Q_EMIT selectedChanged();
}

void EvaluationController::personChanged(const QString &staffCode, int year)
{
    if (year != m_year || !m_grid->person(staffCode))
        return;
    m_grid->refreshPerson(staffCode);
    Q_EMIT selectedChanged();
}

void EvaluationController::recompute()
{
    const std::vector<PersonEvaluation> &people = m_grid->people();
    const int rate = m_service.excellentRatePerMille(m_year);
    QSet<QString> exceptionUnits;
    m_capException.clear();
    for (const ExcellentCapException &x : m_service.capExceptions(m_year)) {
        exceptionUnits.insert(x.unitCode);
        if (x.unitCode == m_unitCode)
            m_capException = {{u"decisionNo"_s, x.decisionNo}, {u"reason"_s, x.reason}};
    }

    struct Group
    {
        QString unit;
        QString taskGroup;
        int excellent = 0;
        int good = 0;
        QString basis;
    };
    QMap<QString, Group> groups; // by unit, then task group
    QMap<QString, int> flags;
    m_decided = 0;
    bool hasVc = false;
    for (const PersonEvaluation &p : people) {
        const Evaluation &e = p.evaluation;
        if (e.status == EvaluationStatus::Decided)
            ++m_decided;
        if (p.category == "vc"_L1)
            hasVc = true;
        for (const QString &f : p.outcome.flags)
            ++flags[f];
        // The live count: the decided level, else the proposal the officer is typing.
        const QString level = !e.finalLevel.isEmpty() ? e.finalLevel : e.proposedLevel;
        if (!p.outcome.rated || level.isEmpty())
            continue;
        const QString key = p.unitCode + QChar(u'\x1f') + p.taskGroup;
        Group &g = groups[key];
        g.unit = p.unitCode;
        g.taskGroup = p.taskGroup;
        if (g.basis.isEmpty()) {
            if (const EvaluationRuleSet *set = EvaluationRules::ruleSetFor(p.category, m_year))
                g.basis = exceptionUnits.contains(p.unitCode) ? set->capException.citation()
                                                              : set->excellentCap.citation();
        }
        if (level == L::XuatSac)
            ++g.excellent;
        else if (level == L::Tot)
            ++g.good;
    }
    m_capGroups.clear();
    for (const Group &g : std::as_const(groups)) {
        const bool exception = exceptionUnits.contains(g.unit);
        const int groupRate = exception ? std::max(rate, int(EvaluationRules::kExceptionRatePerMille)) : rate;
        const int limit = EvaluationRules::excellentLimit(g.good, groupRate);
        m_capGroups.append(QVariantMap{{u"unitCode"_s, g.unit},
                                       {u"taskGroup"_s, g.taskGroup},
                                       {u"taskGroupText"_s, EvaluationGridModel::taskGroupText(g.taskGroup)},
                                       {u"excellent"_s, g.excellent},
                                       {u"good"_s, g.good},
                                       {u"limit"_s, limit},
                                       {u"ratePercent"_s, groupRate / 10.0},
                                       {u"exceeded"_s, g.excellent > limit},
                                       {u"exception"_s, exception},
                                       {u"basis"_s, g.basis}});
    }
    // Over the cap first, then the groups with most HTXSNV: what needs attention is in view.
    std::stable_sort(m_capGroups.begin(), m_capGroups.end(), [](const QVariant &a, const QVariant &b) {
        const QVariantMap ma = a.toMap(), mb = b.toMap();
        const bool ea = ma.value(u"exceeded"_s).toBool(), eb = mb.value(u"exceeded"_s).toBool();
        if (ea != eb)
            return ea;
        return ma.value(u"excellent"_s).toInt() > mb.value(u"excellent"_s).toInt();
    });
    m_flagSummary.clear();
    for (auto it = flags.cbegin(); it != flags.cend(); ++it) {
        m_flagSummary.append(QVariantMap{{u"flag"_s, it.key()},
                                         {u"label"_s, EvaluationGridModel::flagLabel(it.key())},
                                         {u"count"_s, it.value()}});
    }
    m_transitionAvailable = m_year == 2026 && hasVc && !m_unitCode.isEmpty();
    m_nd90Transition = m_transitionAvailable && m_service.usesNd90Transition(m_unitCode, m_year);
    Q_EMIT summaryChanged();
}

bool EvaluationController::capExceeded() const
{
    for (const QVariant &g : m_capGroups) {
        if (g.toMap().value(u"exceeded"_s).toBool())
            return true;
    }
    return false;
}

void EvaluationController::select(const QString &staffCode)
{
    if (staffCode == m_selectedCode)
        return;
    m_selectedCode = staffCode;
    loadForm();
    Q_EMIT selectedChanged();
}

void EvaluationController::loadForm()
{
    m_form.clear();
    if (m_selectedCode.isEmpty())
        return;
    const EvaluationForm f = m_service.form(m_selectedCode, m_year);
    for (const FormField &field : kFormFields)
        m_form.insert(QString::fromLatin1(field.key), f.*(field.member));
}

QVariantMap EvaluationController::selected() const
{
    const PersonEvaluation *p = m_selectedCode.isEmpty() ? nullptr : m_grid->person(m_selectedCode);
    if (!p)
        return {};
    const Evaluation &e = p->evaluation;
    QVariantList findings;
    for (const EvaluationFinding &f : p->outcome.findings) {
        findings.append(QVariantMap{{u"flag"_s, f.flag},
                                    {u"label"_s, EvaluationGridModel::flagLabel(f.flag)},
                                    {u"citation"_s, f.citation},
                                    {u"message"_s, f.message}});
    }
    const bool locked = e.status == EvaluationStatus::Decided;
    QVariantList next;
    auto offer = [&](QLatin1StringView status) {
        if (e.status != status)
            next.append(QVariantMap{{u"value"_s, QString(status)},
                                    {u"text"_s, EvaluationGridModel::statusLabel(status)}});
    };
    // One step forward at a time (the self level first, then the proposal), or back to draft.
    if (e.status == EvaluationStatus::Draft)
        offer(EvaluationStatus::SelfAssessed);
    else if (e.status == EvaluationStatus::SelfAssessed)
        offer(EvaluationStatus::Proposed);
    if (!locked)
        offer(EvaluationStatus::Draft);
    const std::optional<StaffMember> member = m_registry.findStaff(e.staffCode);
    const bool scored = (p->category == "cc"_L1 || p->category == "cc_xa"_L1) && m_year >= 2026;
    return {
        {u"code"_s, e.staffCode},
        {u"fullName"_s, p->fullName},
        {u"category"_s, p->category},
        {u"unitCode"_s, p->unitCode},
        {u"taskGroup"_s, EvaluationGridModel::taskGroupText(p->taskGroup)},
        {u"status"_s, e.status},
        {u"statusLabel"_s, EvaluationGridModel::statusLabel(e.status)},
        {u"locked"_s, locked},
        {u"rated"_s, p->outcome.rated},
        {u"maxLevel"_s, p->outcome.maxLevel},
        {u"maxLevelText"_s, p->outcome.rated ? EvaluationGridModel::levelText(p->outcome.maxLevel)
                                             : tr("Not rated this year")},
        {u"scoreLevel"_s, p->outcome.scoreLevel},
        {u"selfLevel"_s, e.selfLevel},
        {u"proposedLevel"_s, e.proposedLevel},
        {u"finalLevel"_s, e.finalLevel},
        {u"finalLevelText"_s, EvaluationGridModel::levelText(e.finalLevel)},
        {u"decisionNo"_s, e.decisionNo},
        {u"decisionDate"_s, e.decisionDate.toString(Qt::ISODate)},
        {u"overrideReason"_s, e.overrideReason},
        {u"findings"_s, findings},
        {u"nextStatuses"_s, next},
        {u"leader"_s, member && member->isLeader.value_or(false)},
        {u"periodScores"_s, scored},
    };
}

QVariantList EvaluationController::levelOptions() const
{
    QVariantList out;
    for (const QString &code : L::codes())
        out.append(QVariantMap{{u"value"_s, code}, {u"text"_s, EvaluationGridModel::levelText(code)}});
    return out;
}

QString EvaluationController::messageOf(const SaveResult &result)
{
    if (!result.error.isEmpty())
        return result.error;
    QStringList parts;
    for (const FieldError &f : result.fieldErrors)
        parts << f.message;
    return parts.join(u"; "_s);
}

void EvaluationController::afterWorkflow(const QString &staffCode)
{
    // refreshPerson() announces the change (rowsSaved → evaluationsChanged).
    // A workflow step is not a grid edit: what the undo history holds could no longer be saved back.
    m_grid->clearUndo();
    m_grid->refreshPerson(staffCode);
    loadForm();
    Q_EMIT selectedChanged();
}

bool EvaluationController::undo()
{
    const QString what = m_grid->undoText();
    if (!m_grid->undo())
        return false;
    //: %1 the change undone (staff code: field)
    Q_EMIT infoMessage(tr("Undone: %1.").arg(what));
    return true;
}

int EvaluationController::copyTaskGroups()
{
    QString error;
    const int changed = m_service.copyTaskGroups(m_unitCode, m_year, &error);
    if (!error.isEmpty()) {
        Q_EMIT errorOccurred(error);
        return -1;
    }
    m_grid->clearUndo();
    reload();
    Q_EMIT evaluationsChanged();
    //: %n people whose task group was copied, %1 the year copied from
    Q_EMIT infoMessage(tr("Task groups of %1 copied for %n person(s).", nullptr, changed).arg(m_year - 1));
    return changed;
}

bool EvaluationController::advance(const QString &status)
{
    if (m_selectedCode.isEmpty())
        return false;
    const SaveResult result = m_service.advance(m_selectedCode, m_year, status);
    if (!result.ok()) {
        Q_EMIT errorOccurred(messageOf(result));
        return false;
    }
    afterWorkflow(m_selectedCode);
    return true;
}

QVariantMap EvaluationController::decide(const QString &level, const QString &decisionNo, const QString &isoDate,
                                         const QString &overrideReason)
{
    auto answer = [](bool ok, bool needsOverride, const QString &message) {
        return QVariantMap{{u"ok"_s, ok}, {u"needsOverride"_s, needsOverride}, {u"message"_s, message}};
    };
    const PersonEvaluation *p = m_selectedCode.isEmpty() ? nullptr : m_grid->person(m_selectedCode);
    if (!p)
        return answer(false, false, tr("Choose a person first"));
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    const QString reason = overrideReason.trimmed();
    const SaveResult result = m_service.decide(m_selectedCode, m_year, level, decisionNo.trimmed(), date, reason);
    if (!result.ok()) {
        // The rules refuse a level above the maximum (or any level for a person not rated) unless a
        // reason is given: the page asks for one.
        // Only that refusal is left once the other checks (workflow, number, date) have passed.
        const bool aboveMax = !p->outcome.rated || L::isHigher(level, p->outcome.maxLevel);
        bool onlyTheLevel = result.error.isEmpty() && !result.fieldErrors.empty();
        for (const FieldError &f : result.fieldErrors)
            onlyTheLevel = onlyTheLevel && f.field == "final_level"_L1;
        const QString message = messageOf(result);
        if (aboveMax && onlyTheLevel && reason.isEmpty() && L::rank(level) > 0)
            return answer(false, true, message);
        Q_EMIT errorOccurred(message);
        return answer(false, false, message);
    }
    m_lastDecisionNo = decisionNo.trimmed();
    m_lastDecisionDate = date;
    Q_EMIT lastDecisionChanged();
    const QString code = m_selectedCode;
    afterWorkflow(code);
    //: %1 person, %2 level
    Q_EMIT infoMessage(tr("%1: %2 decided.").arg(code, L::abbreviation(level)));
    return answer(true, false, {});
}

bool EvaluationController::reopen(const QString &reason)
{
    if (m_selectedCode.isEmpty())
        return false;
    const SaveResult result = m_service.reopen(m_selectedCode, m_year, reason.trimmed());
    if (!result.ok()) {
        Q_EMIT errorOccurred(messageOf(result));
        return false;
    }
    afterWorkflow(m_selectedCode);
    return true;
}

bool EvaluationController::saveForm(const QVariantMap &values, const QString &selfLevel)
{
    if (m_selectedCode.isEmpty())
        return false;
    EvaluationForm f;
    for (const FormField &field : kFormFields)
        f.*(field.member) = values.value(QString::fromLatin1(field.key)).toString().trimmed();
    const PersonEvaluation *read = m_grid->person(m_selectedCode);
    const SaveResult result = m_service.saveForm(m_selectedCode, m_year, f,
                                                 read && read->evaluation.id > 0 ? std::optional(read->evaluation)
                                                                                  : std::nullopt);
    if (result.conflict) {
        setConflict(result.error);
        return false;
    }
    if (!result.ok()) {
        Q_EMIT errorOccurred(messageOf(result));
        return false;
    }
    m_grid->refreshPerson(m_selectedCode);
    if (const PersonEvaluation *p = m_grid->person(m_selectedCode); p && p->evaluation.selfLevel != selfLevel) {
        Evaluation e = p->evaluation;
        e.selfLevel = selfLevel;
        if (!m_grid->saveEvaluation(e, tr("self level")))
            return false;
    }
    loadForm();
    Q_EMIT selectedChanged();
    //: %1 staff code
    Q_EMIT infoMessage(tr("Form of %1 saved.").arg(m_selectedCode));
    return true;
}

bool EvaluationController::recordCapException(const QString &decisionNo, const QString &reason)
{
    const SaveResult result = m_service.recordCapException(m_unitCode, m_year, decisionNo.trimmed(), reason.trimmed());
    if (!result.ok()) {
        Q_EMIT errorOccurred(messageOf(result));
        return false;
    }
    recompute();
    Q_EMIT evaluationsChanged();
    return true;
}

bool EvaluationController::removeCapException()
{
    const SaveResult result = m_service.removeCapException(m_unitCode, m_year);
    if (!result.ok()) {
        Q_EMIT errorOccurred(messageOf(result));
        return false;
    }
    recompute();
    Q_EMIT evaluationsChanged();
    return true;
}

bool EvaluationController::setNd90Transition(bool useNd90)
{
    const SaveResult result = m_service.setNd90Transition(m_unitCode, m_year, useNd90);
    if (!result.ok()) {
        Q_EMIT errorOccurred(messageOf(result));
        return false;
    }
    reload(); // the rule set of the unit's viên chức changes
    Q_EMIT evaluationsChanged();
    return true;
}

const PdfDocument::Pages *EvaluationController::formPages(const QString &staffCode, int year)
{
    if (staffCode.isEmpty())
        return nullptr;
    const std::optional<EvaluationFormPdf::Data> data =
        EvaluationFormPdf::load(m_service, m_registry, staffCode, year);
    if (!data)
        return nullptr;
    EvaluationFormPdf::Options options; // as printForm()
    options.madeOn = m_today;
    const UnitDirectory units = m_registry.units();
    const QString html = EvaluationFormPdf::html(*data, units, options);
    if (!m_formPages || html != m_formPagesHtml) {
        m_formPages = EvaluationFormPdf::layOut(*data, units, options);
        m_formPagesHtml = m_formPages ? html : QString();
    }
    return m_formPages.get();
}

int EvaluationController::formPageCount()
{
    const PdfDocument::Pages *pages = formPages(m_selectedCode, m_year);
    return pages ? pages->pageCount() : 0;
}

QImage EvaluationController::formPageImage(const QString &staffCode, int year, int page, int width)
{
    const PdfDocument::Pages *pages = formPages(staffCode, year);
    return pages ? pages->pageImage(page, width) : QImage();
}

QString EvaluationController::formFileName() const
{
    return u"phieu-danh-gia-%1-%2.pdf"_s.arg(m_selectedCode).arg(m_year);
}

QString EvaluationController::formFileUrl() const
{
    return OutputFile::defaultUrl(formFileName());
}

QString EvaluationController::printForm(const QString &fileUrl)
{
    if (m_selectedCode.isEmpty())
        return {};
    const QString path = OutputFile::resolve(fileUrl, formFileName());
    EvaluationFormPdf::Options options;
    options.madeOn = m_today;
    QString error;
    if (!EvaluationFormPdf::writeFile(m_service, m_registry, m_selectedCode, m_year, path, options, &error)) {
        //: %1 file, %2 reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    //: %1 is the PDF file written
    Q_EMIT infoMessage(tr("Form written to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

QString EvaluationController::summaryFileName(const QString &format) const
{
    const QString suffix = format == "csv"_L1 ? u"csv"_s : u"pdf"_s;
    return m_unitCode.isEmpty() ? u"xep-loai-%1.%2"_s.arg(m_year).arg(suffix)
                                : u"xep-loai-%1-%2.%3"_s.arg(m_year).arg(m_unitCode, suffix);
}

QString EvaluationController::summaryFileUrl(const QString &format) const
{
    return OutputFile::defaultUrl(summaryFileName(format));
}

QString EvaluationController::writeSummary(const QString &format, const QString &fileUrl)
{
    const QString path = OutputFile::resolve(fileUrl, summaryFileName(format));
    const EvaluationReport report = m_service.report(m_year, m_unitCode);
    if (!report.error.isEmpty()) {
        Q_EMIT errorOccurred(report.error);
        return {};
    }
    QString error;
    QByteArray bytes;
    if (format == "csv"_L1) {
        bytes = EvaluationExport::toCsv(report);
    } else {
        EvaluationSummaryPdf::Options options;
        options.madeOn = m_today;
        options.exceptions = m_service.capExceptions(m_year);
        bytes = EvaluationSummaryPdf::render(report, m_registry.units(), options, &error);
    }
    if (bytes.isEmpty() || !OutputFile::write(path, bytes, &error)) {
        //: %1 file, %2 reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    //: %1 is the file written
    Q_EMIT infoMessage(tr("Summary written to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

QString EvaluationController::exportFileName() const
{
    return m_unitCode.isEmpty() ? u"danh-gia-%1.xlsx"_s.arg(m_year) : u"danh-gia-%1-%2.xlsx"_s.arg(m_year).arg(m_unitCode);
}

QString EvaluationController::exportFileUrl() const
{
    return OutputFile::defaultUrl(exportFileName());
}

QString EvaluationController::exportXlsx(const QString &fileUrl)
{
    if (const SaveResult allowed = m_registry.mayExport(m_unitCode); !allowed.ok()) {
        Q_EMIT errorOccurred(allowed.text());
        return {};
    }
    const QString path = OutputFile::resolve(fileUrl, exportFileName());
    const EvaluationReport report = m_service.report(m_year, m_unitCode);
    if (!report.error.isEmpty()) {
        Q_EMIT errorOccurred(report.error);
        return {};
    }
    const std::vector<Evaluation> evaluations = EvaluationRecordExport::evaluationsOf(report);
    QString error;
    const QByteArray bytes = EvaluationRecordExport::toXlsx(evaluations, m_year, &error);
    if (bytes.isEmpty() || !OutputFile::write(path, bytes, &error)) {
        //: %1 file, %2 reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    //: %n evaluations, %1 the file written
    Q_EMIT infoMessage(tr("%n evaluation(s) written to %1.", nullptr, int(evaluations.size()))
                           .arg(QDir::toNativeSeparators(path)));
    return path;
}
