// SPDX-License-Identifier: GPL-3.0-or-later
#include "disciplineexport.h"

#include "csvwriter.h"
#include "domain/disciplineform.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace DisciplineExport {

namespace {

/** The translation context of the text report. */
struct DisciplineText
{
    Q_DECLARE_TR_FUNCTIONS(DisciplineText)
};

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject effectJson(const DisciplineEffect &e)
{
    const DisciplineDecision &d = e.decision;
    return QJsonObject{{u"form"_s, d.form},
                       {u"decision_no"_s, d.decisionNo},
                       {u"decision_date"_s, dateOrNull(d.decisionDate)},
                       {u"effective_date"_s, dateOrNull(d.effectiveOn())},
                       {u"violation_date"_s, dateOrNull(d.violationDate)},
                       {u"bars_until"_s, e.barsUntil ? dateOrNull(*e.barsUntil) : QJsonValue(QJsonValue::Null)},
                       {u"salary_step_delay_months"_s, e.salaryStepDelayMonths},
                       {u"basis"_s, e.basis.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.basis)},
                       {u"reason"_s, d.reason}};
}

QJsonArray effectsJson(const std::vector<DisciplineEffect> &effects)
{
    QJsonArray out;
    for (const DisciplineEffect &e : effects)
        out.append(effectJson(e));
    return out;
}

} // namespace

QByteArray toJson(const DisciplineReport &r)
{
    QJsonArray units;
    for (const UnitDisciplineSummary &u : r.units) {
        QJsonObject counts;
        for (const QString &form : DisciplineForms::codes())
            counts.insert(form, u.counts.value(form));
        units.append(QJsonObject{{u"code"_s, u.code},
                                 {u"name"_s, u.name},
                                 {u"staff"_s, u.staff},
                                 {u"counts"_s, counts},
                                 {u"decisions"_s, u.decisions},
                                 {u"none_reprimand_or_above"_s, u.noneReprimandOrAbove}});
    }
    auto peopleJson = [](const std::vector<PersonDisciplineEntry> &list) {
        QJsonArray out;
        for (const PersonDisciplineEntry &p : list) {
            out.append(QJsonObject{{u"code"_s, p.code},
                                   {u"name"_s, p.fullName},
                                   {u"unit"_s, p.unitCode},
                                   {u"category"_s, p.category},
                                   {u"decisions"_s, effectsJson(p.decisions)},
                                   {u"running_from_earlier"_s, effectsJson(p.runningFromEarlier)}});
        }
        return out;
    };
    const QJsonObject root{
        {u"year"_s, r.year},
        {u"unit"_s, r.unitCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.unitCode)},
        {u"overall"_s, QJsonObject{{u"decisions"_s, r.decisions},
                                   {u"units"_s, int(r.units.size())},
                                   {u"units_missed"_s, r.unitsMissed}}},
        {u"units"_s, units},
        {u"people"_s, peopleJson(r.people)},
        {u"people_running_from_earlier"_s, peopleJson(r.runningOnly)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const QStringList &csvColumns()
{
    static const QStringList columns = [] {
        QStringList c{u"year"_s, u"level"_s, u"unit_code"_s, u"unit_name"_s, u"staff"_s};
        c << DisciplineForms::codes();
        c << QStringList{u"decisions"_s,     u"none_reprimand_or_above"_s, u"code"_s,
                         u"name"_s,          u"category"_s,                u"form"_s,
                         u"decision_no"_s,   u"decision_date"_s,           u"effective_date"_s,
                         u"violation_date"_s, u"bars_until"_s,             u"salary_step_delay_months"_s,
                         u"basis"_s};
        return c;
    }();
    return columns;
}

QByteArray toCsv(const DisciplineReport &r)
{
    const QString year = QString::number(r.year);
    const qsizetype forms = DisciplineForms::codes().size();
    auto n = [](int v) { return QString::number(v); };
    auto blanks = [](qsizetype count) { return QStringList(count, QString()); };
    std::vector<QStringList> rows;
    QHash<QString, QString> names;
    int staff = 0;
    QHash<QString, int> totals;
    for (const UnitDisciplineSummary &u : r.units) {
        names.insert(u.code, u.name);
        staff += u.staff;
        for (auto it = u.counts.cbegin(); it != u.counts.cend(); ++it)
            totals[it.key()] += it.value();
    }
    QStringList overall{year, u"overall"_s, {}, {}, n(staff)};
    for (const QString &form : DisciplineForms::codes())
        overall << n(totals.value(form));
    overall << n(r.decisions) << QString() << blanks(11);
    rows.push_back(overall);
    for (const UnitDisciplineSummary &u : r.units) {
        QStringList row{year, u"unit"_s, u.code, u.name, n(u.staff)};
        for (const QString &form : DisciplineForms::codes())
            row << n(u.counts.value(form));
        row << n(u.decisions) << (u.noneReprimandOrAbove ? u"1"_s : u"0"_s) << blanks(11);
        rows.push_back(row);
    }
    auto effectRow = [&](const QString &level, const PersonDisciplineEntry &p, const DisciplineEffect &e) {
        const DisciplineDecision &d = e.decision;
        QStringList row{year, level, p.unitCode, names.value(p.unitCode), {}};
        row << blanks(forms + 2);
        row << p.code << p.fullName << p.category << d.form << d.decisionNo << iso(d.decisionDate)
            << iso(d.effectiveOn()) << iso(d.violationDate) << (e.barsUntil ? iso(*e.barsUntil) : QString())
            << n(e.salaryStepDelayMonths) << e.basis;
        rows.push_back(row);
    };
    for (const PersonDisciplineEntry &p : r.people) {
        for (const DisciplineEffect &e : p.decisions)
            effectRow(u"decision"_s, p, e);
        for (const DisciplineEffect &e : p.runningFromEarlier)
            effectRow(u"running"_s, p, e);
    }
    for (const PersonDisciplineEntry &p : r.runningOnly) {
        for (const DisciplineEffect &e : p.runningFromEarlier)
            effectRow(u"running"_s, p, e);
    }
    return CsvWriter::write(csvColumns(), rows);
}

namespace {

QString cell(const QString &text, int width, bool right = false)
{
    const QString t = text.size() > width ? text.left(width - 1) + u'…' : text;
    return right ? t.rightJustified(width) : t.leftJustified(width);
}

} // namespace

QString toText(const DisciplineReport &r)
{
    const QLocale locale;
    const QString dmy = u"dd/MM/yyyy"_s;
    auto line = [&](const QString &code, const QString &name, const QString &staff, const QString &decisions,
                    const QString &target) {
        return cell(code, 10) + u' ' + cell(name, 30) + u' ' + cell(staff, 7, true) + u' '
            + cell(decisions, 9, true) + u' ' + target + u'\n';
    };
    QString out = DisciplineText::tr("Discipline decisions taking effect in %1").arg(r.year) + u"\n\n"_s;
    const QString header = line(DisciplineText::tr("Code"), DisciplineText::tr("Unit"), DisciplineText::tr("Staff"),
                                DisciplineText::tr("Decisions"), DisciplineText::tr("Target"));
    const QString rule = QString(header.size() - 1, u'-') + u'\n';
    out += header + rule;
    for (const UnitDisciplineSummary &u : r.units) {
        out += line(u.code, u.name, locale.toString(u.staff), locale.toString(u.decisions),
                    u.noneReprimandOrAbove ? DisciplineText::tr("met") : DisciplineText::tr("missed"));
    }
    out += rule;
    //: %1 decisions, %2 units that missed the target, %3 units
    out += DisciplineText::tr("%1 decision(s); %2 of %3 unit(s) missed the target (nobody disciplined)")
               .arg(locale.toString(r.decisions), locale.toString(r.unitsMissed), locale.toString(int(r.units.size())))
        + u'\n';
    if (!r.people.empty())
        out += u'\n' + DisciplineText::tr("Decisions:") + u'\n';
    for (const PersonDisciplineEntry &p : r.people) {
        for (const DisciplineEffect &e : p.decisions) {
            const QString bars = e.barsUntil ? DisciplineText::tr("bars until %1").arg(e.barsUntil->toString(dmy))
                                             : DisciplineText::tr("service ended");
            out += cell(e.decision.effectiveOn().toString(dmy), 10) + u' ' + cell(p.code, 10) + u' '
                + cell(p.fullName, 24) + u' ' + cell(DisciplineForms::label(e.decision.form), 22) + u' '
                + cell(e.decision.decisionNo, 16) + u' ' + bars + u'\n';
        }
    }
    bool first = true;
    for (const auto *list : {&r.people, &r.runningOnly}) {
        for (const PersonDisciplineEntry &p : *list) {
            for (const DisciplineEffect &e : p.runningFromEarlier) {
                if (first)
                    out += u'\n' + DisciplineText::tr("Earlier decisions still running in %1:").arg(r.year) + u'\n';
                first = false;
                out += cell(e.decision.effectiveOn().toString(dmy), 10) + u' ' + cell(p.code, 10) + u' '
                    + cell(p.fullName, 24) + u' ' + cell(DisciplineForms::label(e.decision.form), 22) + u' '
                    + cell(e.decision.decisionNo, 16) + u' '
                    + DisciplineText::tr("bars until %1").arg(e.barsUntil ? e.barsUntil->toString(dmy) : QString())
                    + u'\n';
            }
        }
    }
    return out;
}

} // namespace DisciplineExport
