// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualificationmodel.h"

#include "domain/codetable.h"
#include "qualificationpeoplemodel.h"
#include "domain/requirementlabels.h"

#include <QVariantMap>

#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString kDisplayDate = u"dd/MM/yyyy"_s;

/** A rate as a percentage rounded to one decimal (what the charts and labels show). */
double percentOf(double rate)
{
    return std::round(rate * 1000.0) / 10.0;
}

QVariantMap unitMap(const UnitQualification &u)
{
    return QVariantMap{{u"code"_s, u.code},
                       {u"name"_s, u.name},
                       {u"staff"_s, u.staff},
                       {u"qualified"_s, u.qualified},
                       {u"rate"_s, u.rate},
                       {u"percent"_s, percentOf(u.rate)},
                       {u"stillToQualify"_s, u.staff - u.qualified}};
}

} // namespace

QualificationModel::QualificationModel(QualificationService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_people(new QualificationPeopleModel(this))
{
}

void QualificationModel::setAsOfDate(const QString &date)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (d.isValid())
        setAsOf(d);
}

void QualificationModel::setAsOf(const QDate &date)
{
    if (date == m_asOf || !date.isValid())
        return;
    const bool first = !m_asOf.isValid();
    m_asOf = date;
    Q_EMIT asOfDateChanged();
    reloadReport();
    if (first)
        reloadTrend();
}

void QualificationModel::setUnitFilter(const QString &unitCode)
{
    if (unitCode == m_unitFilter)
        return;
    m_unitFilter = unitCode;
    Q_EMIT unitFilterChanged();
    reload();
}

QString QualificationModel::deadline() const
{
    return m_report.deadline.isValid() ? m_report.deadline.toString(kDisplayDate) : QString();
}

int QualificationModel::daysToDeadline() const
{
    return m_report.deadline.isValid() && m_asOf.isValid() ? int(m_asOf.daysTo(m_report.deadline)) : 0;
}

void QualificationModel::reload()
{
    reloadReport();
    reloadTrend();
}

void QualificationModel::reloadReport()
{
    if (!m_asOf.isValid())
        return;
    m_report = m_service.report(m_asOf, m_unitFilter);
    if (!m_report.error.isEmpty())
        Q_EMIT errorOccurred(m_report.error);

    m_unitNames.clear();
    m_byUnit.clear();
    for (const UnitQualification &u : m_report.units) {
        m_unitNames.insert(u.code, u.name);
        m_byUnit.append(unitMap(u));
    }

    m_chartUnits = m_byUnit;
    if (m_report.units.size() > size_t(ChartLimit)) {
        std::vector<const UnitQualification *> withStaff;
        for (const UnitQualification &u : m_report.units) {
            if (u.staff > 0)
                withStaff.push_back(&u);
        }
        std::stable_sort(withStaff.begin(), withStaff.end(),
                         [](const UnitQualification *a, const UnitQualification *b) { return a->rate < b->rate; });
        m_chartUnits.clear();
        for (size_t i = 0; i < withStaff.size() && i < size_t(ChartLimit); ++i) {
            const UnitQualification &u = *withStaff[i];
            m_chartUnits.append(unitMap(u));
        }
    }

    m_gapCounts.clear();
    for (const GapCount &g : m_report.gapCounts) {
        m_gapCounts.append(QVariantMap{{u"key"_s, g.key},
                                       {u"label"_s, RequirementLabels::label(g.key)},
                                       {u"people"_s, g.people}});
    }

    // The list on screen shows the same selection on the new date.
    if (m_selection.active)
        m_people->setRows(select(m_selection));
    Q_EMIT changed();
}

void QualificationModel::reloadTrend()
{
    m_trend.clear();
    // One computation for both lines: the projection carries the trend as its actual line.
    m_projection = m_service.projection(m_unitFilter);
    if (!m_projection.error.isEmpty())
        Q_EMIT errorOccurred(m_projection.error);
    const std::vector<QualificationPoint> points =
        m_projection.error.isEmpty() ? m_projection.actual : m_service.trend(m_unitFilter);
    for (size_t i = 0; i < points.size(); ++i) {
        const QualificationPoint &p = points[i];
        m_trend.append(QVariantMap{{u"date"_s, p.date.toString(Qt::ISODate)},
                                   {u"label"_s, p.date.toString(kDisplayDate)},
                                   {u"rate"_s, p.rate},
                                   {u"percent"_s, percentOf(p.rate)},
                                   {u"staff"_s, p.staff},
                                   {u"qualified"_s, p.qualified},
                                   {u"isToday"_s, i + 1 == points.size()}});
    }
    reloadProjection();
    Q_EMIT trendChanged();
}

void QualificationModel::reloadProjection()
{
    // The variant lists of m_projection, read with the trend (reloadTrend): once per reload, never per paint.
    m_projected.clear();
    for (const QualificationPoint &p : m_projection.projected) {
        m_projected.append(QVariantMap{{u"date"_s, p.date.toString(Qt::ISODate)},
                                       {u"label"_s, p.date.toString(kDisplayDate)},
                                       {u"rate"_s, p.rate},
                                       {u"percent"_s, percentOf(p.rate)},
                                       {u"staff"_s, p.staff},
                                       {u"qualified"_s, p.qualified},
                                       {u"isToday"_s, p.date == m_projection.today}});
    }

    const CodeTable &titles = CodeTables::communeTitle();
    QHash<QString, int> left;
    m_projectionPeople.clear();
    for (const PersonProjection &p : m_projection.people) {
        QString explanation;
        if (p.qualifiesOn.isValid()) {
            //: %1 a date, %2 the names of the planned courses
            explanation = tr("Meets the standard on %1, after %2")
                              .arg(p.qualifiesOn.toString(kDisplayDate), p.courseNames.join(u", "_s));
            if (p.deadline.isValid() && p.qualifiesOn > p.deadline)
                explanation += u" — "_s + tr("after the deadline of %1").arg(p.deadline.toString(kDisplayDate));
        } else {
            const QString missing = RequirementLabels::labels(p.remainingGaps).join(u", "_s);
            explanation = p.courseNames.isEmpty()
                ? tr("No planned course closes: %1").arg(missing)
                //: %1 the requirements still missing, %2 the names of the planned courses
                : tr("Still missing %1 after %2").arg(missing, p.courseNames.join(u", "_s));
            for (const QString &g : p.remainingGaps)
                ++left[g];
        }
        m_projectionPeople.append(QVariantMap{
            {u"code"_s, p.code},
            {u"fullName"_s, p.fullName},
            {u"unitCode"_s, p.unitCode},
            {u"unitName"_s, p.unitName},
            {u"position"_s, p.position},
            {u"positionLabel"_s, titles.contains(p.position) ? titles.label(p.position) : p.position},
            {u"gapLabels"_s, RequirementLabels::labels(p.gaps)},
            {u"qualifiesOn"_s, p.qualifiesOn.isValid() ? p.qualifiesOn.toString(kDisplayDate) : QString()},
            {u"qualifiesOnIso"_s, p.qualifiesOn.isValid() ? p.qualifiesOn.toString(Qt::ISODate) : QString()},
            {u"afterDeadline"_s, p.qualifiesOn.isValid() && p.deadline.isValid() && p.qualifiesOn > p.deadline},
            {u"courses"_s, p.courses},
            {u"courseNames"_s, p.courseNames},
            {u"remainingGaps"_s, p.remainingGaps},
            {u"remainingGapLabels"_s, RequirementLabels::labels(p.remainingGaps)},
            {u"explanation"_s, explanation}});
    }

    std::vector<GapCount> gaps;
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        gaps.push_back({it.key(), it.value()});
    std::sort(gaps.begin(), gaps.end(), [](const GapCount &a, const GapCount &b) {
        return a.people != b.people ? a.people > b.people : a.key < b.key;
    });
    m_projectionMissingGaps.clear();
    QStringList gapText;
    for (const GapCount &g : gaps) {
        const QString label = RequirementLabels::label(g.key);
        m_projectionMissingGaps.append(QVariantMap{{u"key"_s, g.key}, {u"label"_s, label}, {u"people"_s, g.people}});
        gapText << tr("%1: %2").arg(label).arg(g.people);
    }

    const int counted = m_projection.projected.empty() ? 0 : m_projection.projected.front().staff;
    if (counted == 0) {
        m_projectionCaption.clear();
    } else if (m_projection.fullOn.isValid()) {
        m_projectionCaption = m_projection.people.empty()
            ? tr("Everyone counted meets the standard of their title today.")
            : tr("The plan reaches 100% on %1.").arg(m_projection.fullOn.toString(kDisplayDate));
        if (m_projection.deadline.isValid() && m_projection.fullOn > m_projection.deadline)
            m_projectionCaption += u' ' + tr("That is after the deadline of %1.").arg(m_projection.deadline.toString(kDisplayDate));
    } else {
        m_projectionCaption =
            tr("%n person(s) still have no planned course closing their gaps", nullptr, m_projection.missing)
            + u" ("_s + gapText.join(u"; "_s) + u")."_s;
    }
}

QString QualificationModel::projectionFullOn() const
{
    return m_projection.fullOn.isValid() ? m_projection.fullOn.toString(kDisplayDate) : QString();
}

std::vector<QualificationPersonRow> QualificationModel::select(const Selection &selection) const
{
    std::vector<QualificationPersonRow> rows;
    for (const PersonQualification &p : m_report.people) {
        if (p.status == QualificationResult::Status::NoStandard)
            continue; // listed by the report, not counted: behind no number
        if (!selection.unitCode.isEmpty() && p.unitCode != selection.unitCode)
            continue;
        if (selection.onlyNotQualified && p.status != QualificationResult::Status::NotQualified)
            continue;
        if (!selection.gapKey.isEmpty() && !p.gaps.contains(selection.gapKey))
            continue;
        QualificationPersonRow r;
        r.code = p.code;
        r.fullName = p.fullName;
        r.unitCode = p.unitCode;
        r.unitName = m_unitNames.value(p.unitCode, p.unitCode);
        r.position = p.position;
        r.positionLabel = CodeTables::communeTitle().label(p.position);
        r.qualified = p.status == QualificationResult::Status::Qualified;
        r.gaps = p.gaps;
        r.gapLabels = RequirementLabels::labels(p.gaps);
        r.deadline = p.deadline.isValid() ? p.deadline.toString(kDisplayDate) : QString();
        r.basis = p.basis;
        rows.push_back(std::move(r));
    }
    return rows;
}

QVariantList QualificationModel::toList(const std::vector<QualificationPersonRow> &rows)
{
    QVariantList out;
    out.reserve(qsizetype(rows.size()));
    for (const QualificationPersonRow &r : rows) {
        out.append(QVariantMap{{u"code"_s, r.code},
                               {u"fullName"_s, r.fullName},
                               {u"unitCode"_s, r.unitCode},
                               {u"unitName"_s, r.unitName},
                               {u"position"_s, r.position},
                               {u"positionLabel"_s, r.positionLabel},
                               {u"qualified"_s, r.qualified},
                               {u"gaps"_s, r.gaps},
                               {u"gapLabels"_s, r.gapLabels},
                               {u"deadline"_s, r.deadline},
                               {u"basis"_s, r.basis}});
    }
    return out;
}

QVariantList QualificationModel::peopleFor(const QString &unitCode, bool onlyNotQualified) const
{
    return toList(select({unitCode, onlyNotQualified, {}, true}));
}

QVariantList QualificationModel::peopleMissing(const QString &gapKey) const
{
    return toList(select({{}, true, gapKey, true}));
}

int QualificationModel::showPeople(const QString &unitCode, bool onlyNotQualified)
{
    m_selection = {unitCode, onlyNotQualified, {}, true};
    m_people->setRows(select(m_selection));
    return m_people->count();
}

int QualificationModel::showPeopleMissing(const QString &gapKey)
{
    m_selection = {{}, true, gapKey, true};
    m_people->setRows(select(m_selection));
    return m_people->count();
}
