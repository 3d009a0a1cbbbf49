// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringcontroller.h"

#include "domain/evaluationlevel.h"
#include "domain/evaluationrules.h"
#include "services/evaluationservice.h"
#include "services/scoringservice.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tenthsText(int tenths)
{
    return QString::number(tenths / 10.0, 'f', 1);
}

/** The ND 335 rule set (the score bands); any civil servant's year from 2026 has it. */
const EvaluationRuleSet *nd335Rules(int year)
{
    return EvaluationRules::ruleSetFor(u"cc"_s, std::max(year, 2026));
}

} // namespace

ScoringController::ScoringController(ScoringService &service, EvaluationService &evaluations, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_evaluations(evaluations)
{
    m_weighting = PeriodScore::weightingKey(m_service.weighting());
}

void ScoringController::setStaffCode(const QString &code)
{
    if (code == m_staffCode)
        return;
    m_staffCode = code;
    Q_EMIT contextChanged();
    cancelEdit();
    reload();
}

void ScoringController::setYear(int year)
{
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT contextChanged();
    cancelEdit();
    reload();
}

void ScoringController::open(const QString &staffCode, int year)
{
    const bool changed = staffCode != m_staffCode || year != m_year;
    m_staffCode = staffCode;
    m_year = year;
    if (changed)
        Q_EMIT contextChanged();
    cancelEdit();
    reload();
}

void ScoringController::reload()
{
    const QString weighting = PeriodScore::weightingKey(m_service.weighting());
    if (weighting != m_weighting) {
        m_weighting = weighting;
        Q_EMIT weightingChanged();
    }
    m_stored.clear();
    m_periodList.clear();
    m_yearly = -1;
    m_appliedText.clear();
    m_cultureText.clear();
    m_locked = false;
    if (m_staffCode.isEmpty()) {
        m_reason = tr("Choose a person.");
        Q_EMIT periodsChanged();
        return;
    }
    m_reason = m_service.notApplicableReason(m_staffCode, m_year);
    if (!m_reason.isEmpty()) {
        // Periods recorded earlier are still shown, read-only.
        m_reason[0] = m_reason.at(0).toUpper();
        if (!m_reason.endsWith(u'.'))
            m_reason += u'.';
    }
    m_locked = m_service.isLocked(m_staffCode, m_year);
    m_stored = m_service.periods(m_staffCode, m_year);
    for (const EvaluationPeriod &p : m_stored) {
        const std::optional<int> score = PeriodScore::scoreTenths(p);
        m_periodList.append(QVariantMap{
            {u"id"_s, p.id},
            {u"kind"_s, p.kind},
            {u"number"_s, p.number},
            {u"label"_s, PeriodScore::periodLabel(p)},
            {u"generalText"_s, tenthsText(p.generalTenths)},
            {u"taskText"_s, p.items.empty() ? QString() : tenthsText(PeriodScore::taskTenths(p.items))},
            {u"scoreText"_s, score ? tenthsText(*score) : QString()},
            {u"score"_s, score.value_or(-1)},
            {u"levelLabel"_s, score ? levelLabel(*score) : QString()},
            {u"itemCount"_s, int(p.items.size())},
            {u"note"_s, p.note},
        });
    }
    m_yearly = m_service.yearlyScore(m_staffCode, m_year).value_or(-1);
    if (const std::optional<Evaluation> e = m_evaluations.find(m_staffCode, m_year); e && e->scoreTenths)
        m_appliedText = tenthsText(*e->scoreTenths);
    if (m_reason.isEmpty()) {
        if (const std::optional<int> culture = m_service.suggestedCultureTenths(m_staffCode, m_year))
            m_cultureText = tenthsText(*culture);
    }
    Q_EMIT periodsChanged();
}

QString ScoringController::yearlyScoreText() const
{
    return m_yearly >= 0 ? tenthsText(m_yearly) : QString();
}

QString ScoringController::yearlyLevelLabel() const
{
    return m_yearly >= 0 ? levelLabel(m_yearly) : QString();
}

QString ScoringController::levelLabel(int tenths) const
{
    const EvaluationRuleSet *set = nd335Rules(m_year);
    if (!set)
        return {};
    const QString level = EvaluationRules::scoreLevel(*set, tenths);
    return level.isEmpty() ? QString() : EvaluationLevels::label(level);
}

QVariantList ScoringController::weightingOptions() const
{
    return {QVariantMap{{u"value"_s, u"equal"_s}, {u"text"_s, tr("Each period counts the same")}},
            QVariantMap{{u"value"_s, u"by_months"_s}, {u"text"_s, tr("By months covered (a quarter counts 3)")}}};
}

QString ScoringController::weightingNote() const
{
    return tr("ND 335/2025 makes the yearly score the average (điểm trung bình) of the monthly or quarterly "
              "scores but does not say how months and quarters weigh (UNSURE). The weighting is an office "
              "setting.");
}

QVariantList ScoringController::kindOptions() const
{
    return {QVariantMap{{u"value"_s, QString(PeriodKind::Month)}, {u"text"_s, tr("Month")}},
            QVariantMap{{u"value"_s, QString(PeriodKind::Quarter)}, {u"text"_s, tr("Quarter")}}};
}

QVariantMap ScoringController::edit() const
{
    if (!m_editing)
        return {};
    int weights = 0;
    for (const TaskItem &i : m_edit.items)
        weights += std::max(i.weight, 0);
    QVariantList items;
    for (const TaskItem &i : m_edit.items) {
        items.append(QVariantMap{{u"title"_s, i.title},
                                 {u"assigned"_s, i.assigned},
                                 {u"done"_s, i.done},
                                 {u"qualityFailures"_s, i.qualityFailures},
                                 {u"lateFailures"_s, i.lateFailures},
                                 {u"excusedFailures"_s, i.excusedFailures},
                                 {u"weight"_s, i.weight},
                                 {u"pointsText"_s, tenthsText(PeriodScore::itemTenths(i, weights))}});
    }
    const FieldErrors errors = m_service.validate(m_edit);
    QVariantList errorList;
    QVariantMap fieldErrors;
    for (const FieldError &e : errors) {
        errorList.append(QVariantMap{{u"field"_s, e.field}, {u"message"_s, e.message}});
        fieldErrors.insert(e.field, e.message);
    }
    const std::optional<int> score = PeriodScore::scoreTenths(m_edit);
    return {{u"id"_s, m_edit.id},
            {u"kind"_s, m_edit.kind},
            {u"number"_s, m_edit.number},
            {u"numberMax"_s, 12 / PeriodScore::monthsOf(m_edit)}, // 12 months or 4 quarters
            {u"label"_s, PeriodScore::periodLabel(m_edit)},
            {u"generalPoints"_s, m_edit.generalTenths / 10.0},
            {u"note"_s, m_edit.note},
            {u"items"_s, items},
            {u"generalText"_s, tenthsText(m_edit.generalTenths)},
            {u"taskText"_s, tenthsText(PeriodScore::taskTenths(m_edit.items))},
            {u"scoreText"_s, score ? tenthsText(*score) : QString()},
            {u"levelLabel"_s, score ? levelLabel(*score) : QString()},
            {u"errors"_s, errorList},
            {u"fieldErrors"_s, fieldErrors},
            {u"valid"_s, errors.empty()}};
}

void ScoringController::setEditing(bool editing)
{
    if (editing == m_editing)
        return;
    m_editing = editing;
    Q_EMIT editingChanged();
}

void ScoringController::newPeriod(const QString &kind)
{
    EvaluationPeriod p;
    p.staffCode = m_staffCode;
    p.year = m_year;
    p.kind = kind == PeriodKind::Quarter ? QString(PeriodKind::Quarter) : QString(PeriodKind::Month);
    const int last = p.kind == PeriodKind::Quarter ? 4 : 12;
    // The first number that overlaps no recorded period (1 when the year is full).
    p.number = 1;
    for (int n = 1; n <= last; ++n) {
        EvaluationPeriod probe = p;
        probe.number = n;
        if (PeriodScore::periodErrors(probe, m_stored).empty()) {
            p.number = n;
            break;
        }
    }
    p.items.push_back(TaskItem{});
    m_edit = p;
    setEditing(true);
    Q_EMIT editChanged();
}

bool ScoringController::editPeriod(qint64 id)
{
    const std::optional<EvaluationPeriod> p = m_service.findPeriod(id);
    if (!p) {
        Q_EMIT errorOccurred(tr("This period no longer exists."));
        reload();
        return false;
    }
    m_edit = *p;
    setEditing(true);
    Q_EMIT editChanged();
    return true;
}

void ScoringController::setEditKind(const QString &kind)
{
    if (!m_editing || kind == m_edit.kind)
        return;
    m_edit.kind = kind;
    Q_EMIT editChanged();
}

void ScoringController::setEditNumber(int number)
{
    if (!m_editing || number == m_edit.number)
        return;
    m_edit.number = number;
    Q_EMIT editChanged();
}

void ScoringController::setEditGeneralPoints(double points)
{
    const int tenths = int(std::lround(points * 10.0));
    if (!m_editing || tenths == m_edit.generalTenths)
        return;
    m_edit.generalTenths = tenths;
    Q_EMIT editChanged();
}

void ScoringController::setEditNote(const QString &note)
{
    if (!m_editing || note == m_edit.note)
        return;
    m_edit.note = note;
    Q_EMIT editChanged();
}

int ScoringController::addItem()
{
    if (!m_editing)
        return -1;
    m_edit.items.push_back(TaskItem{});
    Q_EMIT editChanged();
    return int(m_edit.items.size()) - 1;
}

void ScoringController::removeItem(int row)
{
    if (!m_editing || row < 0 || row >= int(m_edit.items.size()))
        return;
    m_edit.items.erase(m_edit.items.begin() + row);
    Q_EMIT editChanged();
}

void ScoringController::setItemTitle(int row, const QString &title)
{
    if (!m_editing || row < 0 || row >= int(m_edit.items.size()) || m_edit.items.at(row).title == title)
        return;
    m_edit.items[row].title = title;
    Q_EMIT editChanged();
}

void ScoringController::setItemValue(int row, const QString &field, int value)
{
    if (!m_editing || row < 0 || row >= int(m_edit.items.size()))
        return;
    TaskItem &i = m_edit.items[row];
    int *target = nullptr;
    if (field == "assigned"_L1)
        target = &i.assigned;
    else if (field == "done"_L1)
        target = &i.done;
    else if (field == "qualityFailures"_L1)
        target = &i.qualityFailures;
    else if (field == "lateFailures"_L1)
        target = &i.lateFailures;
    else if (field == "excusedFailures"_L1)
        target = &i.excusedFailures;
    else if (field == "weight"_L1)
        target = &i.weight;
    if (!target || *target == value)
        return;
    *target = value;
    Q_EMIT editChanged();
}


bool ScoringController::saveEdit()
{
    if (!m_editing)
        return false;
    qint64 id = 0;
    const SaveResult result = m_service.savePeriod(m_edit, &id);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The period was not saved: %1").arg(result.text()));
        return false;
    }
    const QString label = PeriodScore::periodLabel(m_edit);
    setEditing(false);
    m_edit = {};
    Q_EMIT editChanged();
    reload();
    Q_EMIT periodSaved(id);
    //: %1 is a period such as "Month 3"
    Q_EMIT infoMessage(tr("%1 saved.").arg(label));
    return true;
}

void ScoringController::cancelEdit()
{
    if (!m_editing)
        return;
    setEditing(false);
    m_edit = {};
    Q_EMIT editChanged();
}

bool ScoringController::removePeriod(qint64 id)
{
    const SaveResult result = m_service.removePeriod(id);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The period was not deleted: %1").arg(result.text()));
        return false;
    }
    if (m_editing && m_edit.id == id)
        cancelEdit();
    reload();
    Q_EMIT infoMessage(tr("Period deleted."));
    return true;
}

bool ScoringController::setWeighting(const QString &key)
{
    const std::optional<PeriodWeighting> w = PeriodScore::weightingFromKey(key);
    if (!w) {
        Q_EMIT errorOccurred(tr("Unknown weighting \"%1\".").arg(key));
        return false;
    }
    const SaveResult result = m_service.setWeighting(*w);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The weighting was not saved: %1").arg(result.text()));
        return false;
    }
    reload();
    return true;
}

bool ScoringController::applyYearlyScore()
{
    const SaveResult result = m_service.applyYearlyScore(m_staffCode, m_year);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The yearly score was not applied: %1").arg(result.text()));
        return false;
    }
    reload();
    Q_EMIT scoreApplied(m_staffCode, m_year);
    //: %1 is the score, e.g. 82.5
    Q_EMIT infoMessage(tr("Yearly score %1 written to the evaluation.").arg(m_appliedText));
    return true;
}
