// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualificationmodel.h"

#include "domain/codetable.h"
#include "qualificationpeoplemodel.h"
#include "domain/requirementlabels.h"

#include <QVariantMap>

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
    const std::vector<QualificationPoint> points = m_service.trend(m_unitFilter);
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
    Q_EMIT trendChanged();
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
