// SPDX-License-Identifier: GPL-3.0-or-later
#include "disciplinecontroller.h"

#include "outputfile.h"

#include "domain/codetable.h"
#include "domain/disciplineform.h"
#include "domain/disciplinerules.h"
#include "domain/staffquery.h"
#include "exchange/disciplinepdf.h"
#include "models/disciplinelistmodel.h"
#include "services/disciplineservice.h"
#include "services/registryservice.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {

const QString kDisplayDate = u"dd/MM/yyyy"_s;
const QStringList kKeys{u"staff_code"_s,     u"form"_s,          u"decision_no"_s,  u"decision_date"_s,
                        u"effective_date"_s, u"violation_date"_s, u"detected_date"_s, u"reason"_s};
const QStringList kDateKeys{u"decision_date"_s, u"effective_date"_s, u"violation_date"_s, u"detected_date"_s};

QString displayDate(const QDate &date)
{
    return date.isValid() ? date.toString(kDisplayDate) : QString();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString warningKind(DisciplineWarning::Kind kind)
{
    switch (kind) {
    case DisciplineWarning::Kind::NoRuleSet: return u"no_rule_set"_s;
    case DisciplineWarning::Kind::LimitationExpired: return u"limitation_expired"_s;
    case DisciplineWarning::Kind::ProcessingOverLimit: return u"processing_over_limit"_s;
    case DisciplineWarning::Kind::ProcessingOverExtendedLimit: return u"processing_over_extended_limit"_s;
    case DisciplineWarning::Kind::RepeatNotHeavier: return u"repeat_not_heavier"_s;
    }
    return {};
}

QString timelineKind(DisciplineTimelineEntry::Kind kind)
{
    switch (kind) {
    case DisciplineTimelineEntry::Kind::Violation: return u"violation"_s;
    case DisciplineTimelineEntry::Kind::Decision: return u"decision"_s;
    case DisciplineTimelineEntry::Kind::Effective: return u"effective"_s;
    case DisciplineTimelineEntry::Kind::SalaryStepDelayEnds: return u"salary_step_delay_ends"_s;
    case DisciplineTimelineEntry::Kind::BarsLift: return u"bars_lift"_s;
    }
    return {};
}

} // namespace

DisciplineController::DisciplineController(DisciplineService &service, RegistryService &registry, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_registry(registry)
    , m_decisions(new DisciplineListModel(this))
    , m_today(QDate::currentDate())
    , m_year(m_today.year())
{
    reload();
}

void DisciplineController::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    m_year = today.year();
    Q_EMIT yearChanged();
    changed();
}

void DisciplineController::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT yearChanged();
    reload();
}

void DisciplineController::setUnitFilter(const QString &unitCode)
{
    if (unitCode == m_unitFilter)
        return;
    m_unitFilter = unitCode;
    Q_EMIT unitFilterChanged();
    reload();
}

void DisciplineController::reload()
{
    std::vector<DisciplineListItem> items;
    for (const DisciplineListRow &row : m_service.list(m_year, m_unitFilter)) {
        const DisciplineDecision &d = row.effect.decision;
        DisciplineListItem item;
        item.id = d.id;
        item.staffCode = d.staffCode;
        item.fullName = row.fullName;
        item.unitCode = row.unitCode;
        item.unitName = row.unitName;
        item.form = d.form;
        item.formLabel = DisciplineForms::label(d.form);
        item.decisionNo = d.decisionNo;
        item.decisionDate = displayDate(d.decisionDate);
        item.effectiveDate = displayDate(d.effectiveOn());
        item.barsUntil = row.effect.barsUntil ? displayDate(*row.effect.barsUntil) : QString();
        item.inForce = DisciplineRules::inForceOn(d, m_today);
        item.reason = d.reason;
        items.push_back(std::move(item));
    }
    m_decisions->setItems(std::move(items));

    const DisciplineReport report = m_service.report(m_year, m_unitFilter);
    const QVariantList missed = missedIn(report);
    const int counted = int(report.units.size());
    if (missed != m_missed || counted != m_unitsCounted) {
        m_missed = missed;
        m_unitsCounted = counted;
        Q_EMIT summaryChanged();
    }
    // Timelines and statuses shown elsewhere (Person page, Dashboard) read again.
    ++m_revision;
    Q_EMIT revisionChanged();
}

void DisciplineController::changed()
{
    reload();
}

QVariantList DisciplineController::missedIn(const DisciplineReport &report)
{
    QVariantList out;
    for (const UnitDisciplineSummary &u : report.units) {
        if (u.noneReprimandOrAbove)
            continue;
        out.append(QVariantMap{{u"code"_s, u.code},
                               {u"name"_s, u.name},
                               {u"staff"_s, u.staff},
                               {u"decisions"_s, u.decisions}});
    }
    return out;
}

QVariantList DisciplineController::missedUnits(int year) const
{
    return missedIn(m_service.report(year));
}

int DisciplineController::unitCount(int year) const
{
    return int(m_service.report(year).units.size());
}

QString DisciplineController::reportFileUrl() const
{
    return OutputFile::defaultUrl(reportFileName());
}

// ---- the form ----

void DisciplineController::setEditing(bool editing)
{
    if (editing == m_editing)
        return;
    m_editing = editing;
    Q_EMIT editingChanged();
}

void DisciplineController::openRecord(const DisciplineDecision &d, qint64 violationId)
{
    m_editId = d.id;
    m_violationId = violationId;
    m_record.clear();
    m_record.insert(u"staff_code"_s, d.staffCode);
    m_record.insert(u"form"_s, d.form);
    m_record.insert(u"decision_no"_s, d.decisionNo);
    m_record.insert(u"decision_date"_s, isoDate(d.decisionDate));
    m_record.insert(u"effective_date"_s, isoDate(d.effectiveDate));
    m_record.insert(u"violation_date"_s, isoDate(d.violationDate));
    m_record.insert(u"detected_date"_s, isoDate(d.detectedDate));
    m_record.insert(u"reason"_s, d.reason);
    m_touched.clear();
    // A stored decision or a draft: whatever is filled in is checked and shown at once.
    for (const QString &key : kKeys) {
        if (!m_record.value(key).toString().isEmpty())
            m_touched.insert(key);
    }
    m_showAllErrors = false;
    setEditing(true);
    Q_EMIT editingChanged(); // isNew may change while editing stays true
    recheck();
}

void DisciplineController::newDecision(const QString &staffCode)
{
    DisciplineDecision d;
    d.staffCode = staffCode;
    d.decisionDate = m_today;
    openRecord(d, 0);
}

void DisciplineController::openDraft(const QVariantMap &draft)
{
    DisciplineDecision d;
    d.staffCode = draft.value(u"staffCode"_s).toString().trimmed();
    d.form = draft.value(u"form"_s).toString();
    d.violationDate = QDate::fromString(draft.value(u"violationDate"_s).toString(), Qt::ISODate);
    d.detectedDate = QDate::fromString(draft.value(u"detectedDate"_s).toString(), Qt::ISODate);
    d.reason = draft.value(u"reason"_s).toString();
    d.decisionDate = m_today;
    openRecord(d, draft.value(u"violationId"_s).toLongLong());
}

bool DisciplineController::edit(qint64 id)
{
    const std::optional<DisciplineDecision> d = m_service.find(id);
    if (!d) {
        Q_EMIT errorOccurred(tr("The decision no longer exists."));
        changed();
        return false;
    }
    openRecord(*d, 0);
    return true;
}

void DisciplineController::setField(const QString &key, const QString &value)
{
    if (!kKeys.contains(key))
        return;
    const QString &v = value; // trimmed when read (decision()): the field keeps what is typed
    m_touched.insert(key);
    if (m_record.value(key).toString() == v) {
        recheck(); // the key is now touched: its error shows
        return;
    }
    m_record.insert(key, v);
    recheck();
}

void DisciplineController::useSuggestedForm()
{
    if (!m_suggestedForm.isEmpty())
        setField(u"form"_s, m_suggestedForm);
}

DisciplineDecision DisciplineController::decision() const
{
    auto text = [this](const QString &key) { return m_record.value(key).toString(); };
    auto date = [&](const QString &key) { return QDate::fromString(text(key), Qt::ISODate); };
    DisciplineDecision d;
    d.id = m_editId;
    d.staffCode = text(u"staff_code"_s).trimmed();
    d.form = text(u"form"_s);
    d.decisionNo = text(u"decision_no"_s).trimmed();
    d.decisionDate = date(u"decision_date"_s);
    d.effectiveDate = date(u"effective_date"_s);
    d.violationDate = date(u"violation_date"_s);
    d.detectedDate = date(u"detected_date"_s);
    d.reason = text(u"reason"_s).trimmed();
    return d;
}

void DisciplineController::recheck()
{
    const DisciplineDecision d = decision();

    QString personText;
    if (!d.staffCode.isEmpty()) {
        if (const std::optional<StaffMember> m = m_registry.findStaff(d.staffCode)) {
            QString unit = m->unitCode;
            const UnitDirectory units = m_registry.units();
            if (const OrgUnit *u = units.find(m->unitCode))
                unit = u->name;
            QStringList parts{m->fullName, unit, CodeTables::category().label(m->category)};
            if (m->isLeader.value_or(false))
                parts.append(tr("leader or manager"));
            personText = parts.join(u" · "_s);
        }
    }
    m_personText = personText;
    Q_EMIT recordChanged(); // the record itself changed too

    QVariantMap errors;
    QVariantList warnings;
    QVariantList options;
    QString ruleSet;
    m_suggestedForm.clear();
    if (m_editing) {
        // Dates the form could not read are the form's own errors (DateField passes YYYY-MM-DD only).
        for (const QString &key : kDateKeys) {
            const QString t = m_record.value(key).toString();
            if (!t.isEmpty() && !QDate::fromString(t, Qt::ISODate).isValid())
                errors.insert(key, tr("\"%1\" is not a valid date").arg(t));
        }
        const DisciplineCheck check = m_service.check(d);
        for (const FieldError &e : check.fieldErrors) {
            if (!errors.contains(e.field))
                errors.insert(e.field, e.message);
        }
        for (const DisciplineWarning &w : check.warnings) {
            warnings.append(QVariantMap{{u"kind"_s, warningKind(w.kind)},
                                        {u"message"_s, w.message},
                                        {u"citation"_s, w.citation},
                                        {u"suggestedForm"_s, w.suggestedForm},
                                        {u"suggestedLabel"_s,
                                         w.suggestedForm.isEmpty() ? QString() : DisciplineForms::label(w.suggestedForm)}});
            if (w.kind == DisciplineWarning::Kind::RepeatNotHeavier && !w.suggestedForm.isEmpty()
                && w.suggestedForm != d.form)
                m_suggestedForm = w.suggestedForm;
        }
        const QStringList offered = check.allowedForms.isEmpty() ? DisciplineForms::codes() : check.allowedForms;
        for (const QString &f : offered)
            options.append(QVariantMap{{u"value"_s, f}, {u"text"_s, DisciplineForms::label(f)}});
        if (!d.form.isEmpty() && !offered.contains(d.form))
            //: %1 is a discipline form the law in force does not allow for the person
            options.append(QVariantMap{{u"value"_s, d.form},
                                       {u"text"_s, tr("%1 (not allowed)").arg(DisciplineForms::label(d.form))}});
        ruleSet = check.ruleSet;
    }
    m_allErrors = errors;
    m_warnings = warnings;
    m_formOptions = options;
    m_ruleSet = ruleSet;
    Q_EMIT checkChanged();
}

QVariantMap DisciplineController::errors() const
{
    if (m_showAllErrors)
        return m_allErrors;
    QVariantMap shown;
    for (auto it = m_allErrors.cbegin(); it != m_allErrors.cend(); ++it) {
        if (m_touched.contains(it.key()))
            shown.insert(it.key(), it.value());
    }
    return shown;
}

bool DisciplineController::save()
{
    if (!m_editing)
        return false;
    recheck();
    if (!m_allErrors.isEmpty()) {
        m_showAllErrors = true;
        Q_EMIT checkChanged();
        return false;
    }
    const DisciplineDecision d = decision();
    qint64 id = d.id;
    const SaveResult result = m_service.save(d, &id);
    if (!result.ok()) {
        QVariantMap errors;
        for (const FieldError &e : result.fieldErrors)
            errors.insert(e.field, e.message);
        m_allErrors = errors;
        m_showAllErrors = true;
        Q_EMIT checkChanged();
        if (!result.error.isEmpty())
            Q_EMIT errorOccurred(result.error);
        return false;
    }
    const qint64 violationId = m_violationId;
    m_editId = 0;
    m_violationId = 0;
    m_record.clear();
    m_touched.clear();
    m_showAllErrors = false;
    setEditing(false);
    recheck();
    changed();
    //: %1 decision number, %2 staff code
    Q_EMIT infoMessage(tr("Saved decision %1 for %2.").arg(d.decisionNo, d.staffCode));
    Q_EMIT saved(id, d.staffCode);
    Q_EMIT draftSaved(id, violationId);
    return true;
}

void DisciplineController::cancel()
{
    m_editId = 0;
    m_violationId = 0;
    m_record.clear();
    m_touched.clear();
    m_showAllErrors = false;
    setEditing(false);
    recheck();
}

bool DisciplineController::remove()
{
    if (!m_editing || m_editId == 0)
        return false;
    const DisciplineDecision d = decision();
    const SaveResult result = m_service.remove(m_editId);
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error.isEmpty() ? tr("The decision could not be deleted.") : result.error);
        return false;
    }
    const qint64 id = m_editId;
    cancel();
    changed();
    //: %1 decision number, %2 staff code
    Q_EMIT infoMessage(tr("Deleted decision %1 of %2.").arg(d.decisionNo, d.staffCode));
    Q_EMIT removed(id, d.staffCode);
    return true;
}

// ---- look-ups for the pages ----

QVariantList DisciplineController::searchPeople(const QString &text, int limit) const
{
    QVariantList out;
    if (text.trimmed().isEmpty())
        return out;
    StaffQuery query;
    query.search = text.trimmed();
    for (const StaffMember &m : m_registry.staffPage(query, std::nullopt, limit))
        out.append(QVariantMap{{u"value"_s, m.code}, {u"text"_s, u"%1 (%2)"_s.arg(m.fullName, m.code)}});
    return out;
}

QVariantList DisciplineController::timeline(const QString &staffCode) const
{
    QVariantList out;
    if (staffCode.isEmpty())
        return out;
    for (const DisciplineTimelineEntry &e : m_service.timeline(staffCode)) {
        out.append(QVariantMap{{u"date"_s, displayDate(e.date)},
                               {u"iso"_s, isoDate(e.date)},
                               {u"kind"_s, timelineKind(e.kind)},
                               {u"form"_s, e.form},
                               {u"formLabel"_s, DisciplineForms::label(e.form)},
                               {u"text"_s, e.text},
                               {u"decisionId"_s, e.decisionId},
                               {u"future"_s, e.date > m_today}});
    }
    return out;
}

QVariantMap DisciplineController::status(const QString &staffCode) const
{
    QVariantMap out{{u"state"_s, u"none"_s}, {u"text"_s, tr("No discipline in force")}, {u"barsUntil"_s, QString()}};
    if (staffCode.isEmpty())
        return out;
    const DisciplineStatus s = m_service.status(staffCode, m_today);
    if (s.serviceEnded) {
        out.insert(u"state"_s, u"ended"_s);
        const QString form = s.running.empty() ? QString() : s.running.front().decision.form;
        //: %1 is a discipline form (forced dismissal, removal by the electing body)
        out.insert(u"text"_s, tr("Service ended by %1").arg(DisciplineForms::label(form)));
        return out;
    }
    if (!s.running.empty()) {
        const DisciplineDecision &d = s.running.front().decision;
        out.insert(u"state"_s, u"in_force"_s);
        out.insert(u"barsUntil"_s, s.barsUntil ? displayDate(*s.barsUntil) : QString());
        //: %1 form, %2 decision number, %3 date the bars lift (DD/MM/YYYY)
        out.insert(u"text"_s, tr("In force: %1 (decision %2), bars until %3")
                                  .arg(DisciplineForms::label(d.form), d.decisionNo,
                                       s.barsUntil ? displayDate(*s.barsUntil) : QString(u"—"_s)));
        return out;
    }
    if (s.barred() && s.barsUntil) {
        out.insert(u"state"_s, u"barred"_s);
        out.insert(u"barsUntil"_s, displayDate(*s.barsUntil));
        //: %1 date the bars lift (DD/MM/YYYY)
        out.insert(u"text"_s, tr("Bars until %1").arg(displayDate(*s.barsUntil)));
    }
    return out;
}

QString DisciplineController::formLabel(const QString &form) const
{
    return DisciplineForms::label(form);
}

QString DisciplineController::reportFileName() const
{
    return m_unitFilter.isEmpty() ? u"ky-luat-%1.pdf"_s.arg(m_year)
                                  : u"ky-luat-%1-%2.pdf"_s.arg(m_year).arg(m_unitFilter);
}

QString DisciplineController::printReport(const QString &fileUrl)
{
    const QString path = OutputFile::resolve(fileUrl, reportFileName());
    const DisciplineReport report = m_service.report(m_year, m_unitFilter);
    if (!report.error.isEmpty()) {
        Q_EMIT errorOccurred(report.error);
        return {};
    }
    QString error;
    DisciplinePdf::Options options;
    options.madeOn = m_today;
    const QByteArray pdf = DisciplinePdf::render(report, m_registry.units(), options, &error);
    if (pdf.isEmpty() || !OutputFile::write(path, pdf, &error)) {
        //: %1 file, %2 reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    //: %1 is the PDF file written
    Q_EMIT infoMessage(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}
