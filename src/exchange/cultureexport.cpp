// SPDX-License-Identifier: GPL-3.0-or-later
#include "cultureexport.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace CultureExport {

namespace {

/** The translation context of the text report. */
struct CultureText
{
    Q_DECLARE_TR_FUNCTIONS(CultureText)
};

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QString numberText(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

int inspectionsOf(const CultureReport &r)
{
    int n = 0;
    for (const UnitCultureSummary &u : r.units)
        n += u.inspections;
    return n;
}

int confirmedOf(const CultureReport &r)
{
    int n = 0;
    for (const CultureViolationRow &v : r.violations)
        n += v.violation.status == CultureViolationStatus::Confirmed ? 1 : 0;
    return n;
}

} // namespace

int quarterOf(const CultureReport &r)
{
    if (!r.from.isValid() || r.from.day() != 1 || (r.from.month() - 1) % 3 != 0)
        return 0;
    return r.to == r.from.addMonths(3).addDays(-1) ? (r.from.month() - 1) / 3 + 1 : 0;
}

QByteArray toJson(const CultureReport &r)
{
    QJsonArray units;
    for (const UnitCultureSummary &u : r.units) {
        QJsonObject byItem;
        for (const CultureItem &i : r.items)
            byItem.insert(i.code, u.breachesByItem.value(i.code));
        for (auto it = u.breachesByItem.cbegin(); it != u.breachesByItem.cend(); ++it)
            byItem.insert(it.key(), it.value());
        units.append(QJsonObject{{u"code"_s, u.code},
                                 {u"name"_s, u.name},
                                 {u"inspections"_s, u.inspections},
                                 {u"people_inspected"_s, u.peopleInspected},
                                 {u"checks"_s, u.checks},
                                 {u"passed"_s, u.passed},
                                 {u"breaches"_s, u.breaches},
                                 {u"compliance_rate"_s, orNull(u.complianceRate)},
                                 {u"people_with_breach"_s, u.peopleWithBreach},
                                 {u"confirmed_violations"_s, u.confirmedViolations},
                                 {u"breaches_by_item"_s, byItem}});
    }
    QJsonArray people;
    for (const PersonCultureSummary &p : r.people) {
        people.append(QJsonObject{{u"code"_s, p.code},
                                  {u"full_name"_s, p.fullName},
                                  {u"unit"_s, p.unitCode},
                                  {u"checks"_s, p.checks},
                                  {u"passed"_s, p.passed},
                                  {u"breaches"_s, p.breaches},
                                  {u"compliance_rate"_s, orNull(CultureService::complianceRate(p.passed, p.checks))},
                                  {u"items_breached"_s, QJsonArray::fromStringList(p.breachedItems)},
                                  {u"nd335_culture_points"_s, orNull(p.points)}});
    }
    QJsonArray items;
    for (const CultureItem &i : r.items) {
        items.append(QJsonObject{{u"code"_s, i.code},
                                 {u"ordinal"_s, i.ordinal},
                                 {u"group"_s, i.group},
                                 {u"label_vi"_s, i.labelVi},
                                 {u"label_en"_s, i.labelEn},
                                 {u"basis"_s, i.basis},
                                 {u"leaders_only"_s, i.leadersOnly},
                                 {u"active"_s, i.active}});
    }
    QJsonArray violations;
    for (const CultureViolationRow &v : r.violations) {
        violations.append(QJsonObject{{u"id"_s, v.violation.id},
                                      {u"date"_s, v.violation.date.toString(Qt::ISODate)},
                                      {u"staff_code"_s, v.violation.staffCode},
                                      {u"full_name"_s, v.fullName},
                                      {u"unit"_s, v.unitCode},
                                      {u"item"_s, v.violation.itemCode},
                                      {u"description"_s, v.violation.description},
                                      {u"status"_s, v.violation.status},
                                      {u"inspection_id"_s, idOrNull(v.violation.inspectionId)},
                                      {u"discipline_id"_s, idOrNull(v.violation.disciplineId)}});
    }
    const int quarter = quarterOf(r);
    QJsonObject root{
        {u"year"_s, r.from.year()},
        {u"quarter"_s, quarter > 0 ? QJsonValue(quarter) : QJsonValue(QJsonValue::Null)},
        {u"from"_s, r.from.toString(Qt::ISODate)},
        {u"to"_s, r.to.toString(Qt::ISODate)},
        {u"unit_filter"_s, r.unitCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.unitCode)},
        {u"points_max"_s, r.pointsMax},
        {u"overall"_s, QJsonObject{{u"inspections"_s, inspectionsOf(r)},
                                   {u"people_inspected"_s, int(r.people.size())},
                                   {u"checks"_s, r.checks},
                                   {u"passed"_s, r.passed},
                                   {u"breaches"_s, r.checks - r.passed},
                                   {u"compliance_rate"_s, orNull(r.complianceRate)},
                                   {u"confirmed_violations"_s, confirmedOf(r)}}},
        {u"units"_s, units},
        {u"people"_s, people},
        {u"items"_s, items},
        {u"violations"_s, violations},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const QStringList &csvColumns()
{
    static const QStringList columns{
        u"from"_s,        u"to"_s,          u"level"_s,     u"unit_code"_s,        u"unit_name"_s,
        u"code"_s,        u"full_name"_s,   u"item"_s,      u"inspections"_s,      u"people_inspected"_s,
        u"checks"_s,      u"passed"_s,      u"breaches"_s,  u"compliance_rate"_s,  u"people_with_breach"_s,
        u"confirmed_violations"_s, u"nd335_culture_points"_s, u"date"_s, u"status"_s, u"description"_s};
    return columns;
}

QByteArray toCsv(const CultureReport &r)
{
    const QString from = r.from.toString(Qt::ISODate), to = r.to.toString(Qt::ISODate);
    auto n = [](int v) { return QString::number(v); };
    std::vector<QStringList> rows;
    rows.push_back({from, to, u"overall"_s, {}, {}, {}, {}, {}, n(inspectionsOf(r)), n(int(r.people.size())),
                    n(r.checks), n(r.passed), n(r.checks - r.passed), numberText(r.complianceRate, 4), {},
                    n(confirmedOf(r)), {}, {}, {}, {}});
    QHash<QString, QString> names;
    for (const UnitCultureSummary &u : r.units) {
        names.insert(u.code, u.name);
        rows.push_back({from, to, u"unit"_s, u.code, u.name, {}, {}, {}, n(u.inspections), n(u.peopleInspected),
                        n(u.checks), n(u.passed), n(u.breaches), numberText(u.complianceRate, 4),
                        n(u.peopleWithBreach), n(u.confirmedViolations), {}, {}, {}, {}});
    }
    for (const PersonCultureSummary &p : r.people) {
        rows.push_back({from, to, u"person"_s, p.unitCode, names.value(p.unitCode), p.code, p.fullName,
                        p.breachedItems.join(u';'), {}, {}, n(p.checks), n(p.passed), n(p.breaches),
                        numberText(CultureService::complianceRate(p.passed, p.checks), 4), {}, {},
                        numberText(p.points, 1), {}, {}, {}});
    }
    for (const CultureViolationRow &v : r.violations) {
        rows.push_back({from, to, u"violation"_s, v.unitCode, v.unitName, v.violation.staffCode, v.fullName,
                        v.violation.itemCode, {}, {}, {}, {}, {}, {}, {}, {}, {},
                        v.violation.date.toString(Qt::ISODate), v.violation.status, v.violation.description});
    }
    return CsvWriter::write(csvColumns(), rows);
}

namespace {

QString cell(const QString &text, int width, bool right = false)
{
    const QString t = text.size() > width ? text.left(width - 1) + u'…' : text;
    return right ? t.rightJustified(width) : t.leftJustified(width);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 2) + u'%' : u"–"_s;
}

} // namespace

QString toText(const CultureReport &r)
{
    const QLocale locale;
    const QString dmy = u"dd/MM/yyyy"_s;
    auto line = [&](const QString &code, const QString &name, const QString &inspections, const QString &checks,
                    const QString &breaches, const QString &rate) {
        return cell(code, 10) + u' ' + cell(name, 30) + u' ' + cell(inspections, 11, true) + u' '
            + cell(checks, 8, true) + u' ' + cell(breaches, 9, true) + u' ' + cell(rate, 9, true) + u'\n';
    };
    QString out = CultureText::tr("Public-service culture (QĐ 1847/QĐ-TTg), %1 to %2")
                      .arg(r.from.toString(dmy), r.to.toString(dmy))
        + u"\n\n"_s;
    const QString header = line(CultureText::tr("Code"), CultureText::tr("Unit"), CultureText::tr("Inspections"),
                                CultureText::tr("Checks"), CultureText::tr("Breaches"), CultureText::tr("Rate"));
    const QString rule = QString(header.size() - 1, u'-') + u'\n';
    out += header + rule;
    for (const UnitCultureSummary &u : r.units)
        out += line(u.code, u.name, locale.toString(u.inspections), locale.toString(u.checks),
                    locale.toString(u.breaches), percent(u.complianceRate));
    out += rule;
    out += line({}, CultureText::tr("Total"), locale.toString(inspectionsOf(r)), locale.toString(r.checks),
                locale.toString(r.checks - r.passed), percent(r.complianceRate));
    if (r.units.empty())
        out += CultureText::tr("No inspection in this period.") + u'\n';
    if (!r.violations.empty()) {
        out += u'\n' + CultureText::tr("Violations log:") + u'\n';
        for (const CultureViolationRow &v : r.violations) {
            out += cell(v.violation.date.toString(dmy), 10) + u' ' + cell(v.violation.staffCode, 10) + u' '
                + cell(v.fullName, 24) + u' ' + cell(v.violation.itemCode, 20) + u' '
                + CultureViolationStatus::table().label(v.violation.status) + u'\n';
        }
    }
    return out;
}

} // namespace CultureExport
