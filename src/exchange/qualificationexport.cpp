// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualificationexport.h"

#include "domain/requirementlabels.h"

#include "csvwriter.h"
#include "qualificationpdf.h"
#include "domain/codetable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace QualificationExport {

namespace {

/** The translation context of the text report. */
struct QualificationText
{
    Q_DECLARE_TR_FUNCTIONS(QualificationText)
};

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

/** The deadline shown for a person: their standard's, only while they do not meet it. */
QDate personDeadline(const PersonQualification &p)
{
    return p.status == QualificationResult::Status::NotQualified ? p.deadline : QDate();
}

QJsonValue qualifiedValue(const PersonQualification &p)
{
    switch (p.status) {
    case QualificationResult::Status::Qualified:
        return true;
    case QualificationResult::Status::NotQualified:
        return false;
    case QualificationResult::Status::NoStandard:
        break;
    }
    return QJsonValue::Null;
}

QString rateText(double rate)
{
    // Locale-independent, as in the JSON: 0.9444
    return QString::number(roundedRate(rate), 'f', 4);
}

} // namespace

double roundedRate(double rate)
{
    return std::round(rate * 10000.0) / 10000.0;
}

QByteArray toJson(const QualificationReport &r)
{
    QJsonObject overall{
        {u"staff"_s, r.staff},
        {u"qualified"_s, r.qualified},
        {u"rate"_s, roundedRate(r.rate)},
        {u"not_qualified"_s, r.stillToQualify},
        {u"no_standard"_s, r.noStandard},
        {u"target"_s, 1},
        {u"deadline"_s, dateOrNull(r.deadline)},
    };
    QJsonArray gaps;
    for (const GapCount &g : r.gapCounts)
        gaps.append(QJsonObject{{u"gap"_s, g.key}, {u"people"_s, g.people}});
    overall.insert(u"gap_counts"_s, gaps);

    QJsonArray units;
    for (const UnitQualification &u : r.units) {
        QJsonArray positions;
        for (const PositionQualification &p : u.positions) {
            positions.append(QJsonObject{{u"position"_s, p.position},
                                         {u"staff"_s, p.staff},
                                         {u"qualified"_s, p.qualified},
                                         {u"rate"_s, roundedRate(p.staff ? double(p.qualified) / p.staff : 0.0)}});
        }
        units.append(QJsonObject{{u"code"_s, u.code},
                                 {u"name"_s, u.name},
                                 {u"kind"_s, u.kind},
                                 {u"difficult_area"_s, u.difficultArea},
                                 {u"staff"_s, u.staff},
                                 {u"qualified"_s, u.qualified},
                                 {u"rate"_s, roundedRate(u.rate)},
                                 {u"no_standard"_s, u.noStandard},
                                 {u"positions"_s, positions}});
    }

    QJsonArray people;
    for (const PersonQualification &p : r.people) {
        QJsonObject person{{u"code"_s, p.code},
                           {u"full_name"_s, p.fullName},
                           {u"unit"_s, p.unitCode},
                           {u"position"_s, p.position},
                           {u"qualified"_s, qualifiedValue(p)},
                           {u"gaps"_s, QJsonArray::fromStringList(p.gaps)},
                           {u"deadline"_s, dateOrNull(personDeadline(p))},
                           {u"basis"_s, p.basis.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.basis)}};
        if (r.projected) // the planned courses counted as done for them (issue 6 item 5)
            person.insert(u"projected_courses"_s, QJsonArray::fromStringList(p.projectedCourses));
        people.append(person);
    }

    QJsonObject root{
        {u"as_of"_s, r.asOf.toString(Qt::ISODate)},
        {u"overall"_s, overall},
        {u"units"_s, units},
        {u"people"_s, people},
        {u"difficult_area_rule"_s, r.difficultAreaRule},
    };
    if (r.projected)
        root.insert(u"projected"_s, true);
    root.insert(u"unit_filter"_s,
                r.unitCode.isEmpty()
                    ? QJsonValue(QJsonValue::Null)
                    : QJsonValue(QJsonObject{{u"code"_s, r.unitCode},
                                             {u"resolved"_s, r.unitResolved.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                      : QJsonValue(r.unitResolved)}}));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const QStringList &csvColumns()
{
    static const QStringList columns{u"as_of"_s, u"level"_s,     u"unit_code"_s, u"unit_name"_s, u"position"_s,
                                     u"code"_s,  u"full_name"_s, u"staff"_s,     u"qualified"_s, u"rate"_s,
                                     u"gaps"_s,  u"deadline"_s,  u"basis"_s};
    return columns;
}

const QStringList &projectedCsvColumns()
{
    static const QStringList columns = csvColumns() + QStringList{u"projected"_s, u"projected_courses"_s};
    return columns;
}

QByteArray toCsv(const QualificationReport &r)
{
    const QString asOf = r.asOf.toString(Qt::ISODate);
    std::vector<QStringList> rows;
    rows.reserve(1 + r.units.size() * 8 + r.people.size());
    auto count = [](int n) { return QString::number(n); };
    rows.push_back({asOf, u"overall"_s, {}, {}, {}, {}, {}, count(r.staff), count(r.qualified), rateText(r.rate), {},
                    r.deadline.isValid() ? r.deadline.toString(Qt::ISODate) : QString(), {}});
    size_t next = 0; // people are ordered by unit, in the order of the units
    for (const UnitQualification &u : r.units) {
        rows.push_back({asOf, u"unit"_s, u.code, u.name, {}, {}, {}, count(u.staff), count(u.qualified),
                        rateText(u.rate), {}, {}, {}});
        for (const PositionQualification &p : u.positions) {
            rows.push_back({asOf, u"position"_s, u.code, u.name, p.position, {}, {}, count(p.staff),
                            count(p.qualified), rateText(p.staff ? double(p.qualified) / p.staff : 0.0), {}, {}, {}});
        }
        for (; next < r.people.size() && r.people[next].unitCode == u.code; ++next) {
            const PersonQualification &p = r.people[next];
            const bool counted = p.status != QualificationResult::Status::NoStandard;
            const QDate deadline = personDeadline(p);
            rows.push_back({asOf, u"person"_s, u.code, u.name, p.position, p.code, p.fullName,
                            counted ? u"1"_s : u"0"_s,
                            !counted ? QString() : p.status == QualificationResult::Status::Qualified ? u"1"_s : u"0"_s,
                            {}, p.gaps.join(u';'), deadline.isValid() ? deadline.toString(Qt::ISODate) : QString(),
                            p.basis});
            if (r.projected)
                rows.back() << p.projectedCourses.join(u';');
        }
    }
    if (!r.projected)
        return CsvWriter::write(csvColumns(), rows);
    // Projected: every row says so; person rows name the planned courses counted as done.
    for (QStringList &row : rows) {
        row.insert(csvColumns().size(), u"1"_s);
        if (row.size() < projectedCsvColumns().size())
            row << QString();
    }
    return CsvWriter::write(projectedCsvColumns(), rows);
}

namespace {

/** A rate in percent, or a dash when nobody is counted. */
QString percent(double rate, int staff)
{
    return staff > 0 ? QLocale().toString(roundedRate(rate) * 100.0, 'f', 2) + u'%' : u"–"_s;
}

QString cell(const QString &text, int width, bool right = false)
{
    const QString t = text.size() > width ? text.left(width - 1) + u'…' : text;
    return right ? t.rightJustified(width) : t.leftJustified(width);
}

} // namespace

QString toText(const QualificationReport &r)
{
    const QLocale locale;
    const QString dateFormat = u"dd/MM/yyyy"_s;
    auto line = [&](const QString &code, const QString &name, const QString &staff, const QString &qualified,
                    const QString &rate) {
        return cell(code, 10) + u' ' + cell(name, 32) + u' ' + cell(staff, 8, true) + u' ' + cell(qualified, 10, true)
            + u' ' + cell(rate, 9, true) + u'\n';
    };
    QString out =
        (r.projected
             ? QualificationText::tr("Commune-level cadres and civil servants meeting the standards of their title, "
                                     "projected on %1 (planned training ending by then counted as completed)")
             : QualificationText::tr("Commune-level cadres and civil servants meeting the standards of their title, on %1"))
            .arg(r.asOf.toString(dateFormat))
        + u"\n\n"_s;
    const QString header = line(QualificationText::tr("Code"), QualificationText::tr("Unit"),
                                QualificationText::tr("Staff"), QualificationText::tr("Qualified"),
                                QualificationText::tr("Rate"));
    const QString rule = QString(header.size() - 1, u'-') + u'\n';
    out += header + rule;
    for (const UnitQualification &u : r.units)
        out += line(u.code, u.name, locale.toString(u.staff), locale.toString(u.qualified), percent(u.rate, u.staff));
    out += rule;
    out += line({}, QualificationText::tr("Total"), locale.toString(r.staff), locale.toString(r.qualified),
                percent(r.rate, r.staff));
    out += QualificationText::tr("Target: 100%.");
    if (r.stillToQualify > 0 && r.deadline.isValid())
        out += u' ' + QualificationText::tr("%n person(s) still to qualify before %1.", nullptr, r.stillToQualify)
                          .arg(r.deadline.toString(dateFormat));
    else if (r.stillToQualify > 0)
        out += u' ' + QualificationText::tr("%n person(s) do not meet the standards.", nullptr, r.stillToQualify);
    out += u'\n';
    if (r.noStandard > 0)
        out += QualificationText::tr("%n person(s) listed but not counted: no standard in force for their title.",
                                     nullptr, r.noStandard)
            + u'\n';

    bool first = true;
    for (const PersonQualification &p : r.people) {
        if (p.status != QualificationResult::Status::NotQualified)
            continue;
        if (first) {
            out += u'\n' + QualificationText::tr("Not meeting the standards:") + u'\n';
            first = false;
        }
        const CodeTable &titles = CodeTables::communeTitle();
        const QString title = titles.contains(p.position) ? titles.label(p.position) : p.position;
        QStringList gaps;
        for (const QString &g : p.gaps)
            gaps << RequirementLabels::label(g);
        out += cell(p.code, 10) + u' ' + cell(p.fullName, 24) + u' ' + cell(p.unitCode, 8) + u' ' + cell(title, 28)
            + u' ' + gaps.join(u", "_s);
        if (p.deadline.isValid())
            out += u"  ("_s + QualificationText::tr("by %1").arg(p.deadline.toString(dateFormat)) + u')';
        out += u'\n';
    }
    if (r.projected) {
        int counted = 0;
        QString lines;
        for (const PersonQualification &p : r.people) {
            if (p.projectedCourses.isEmpty())
                continue;
            ++counted;
            lines += cell(p.code, 10) + u' ' + cell(p.fullName, 24) + u' ' + cell(p.unitCode, 8) + u' '
                + p.projectedCourses.join(u", "_s) + u'\n';
        }
        out += u'\n'
            + (counted > 0 ? QualificationText::tr("Planned courses counted as completed:")
                           : QualificationText::tr("No planned course ends by that date."))
            + u'\n' + lines;
    }
    return out;
}

} // namespace QualificationExport
