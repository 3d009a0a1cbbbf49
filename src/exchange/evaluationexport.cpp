// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationexport.h"

#include "csvwriter.h"
#include "domain/evaluationlevel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace EvaluationExport {

namespace {

/** The translation context of the text report. */
struct EvaluationText
{
    Q_DECLARE_TR_FUNCTIONS(EvaluationText)
};

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString rateText(int perMille)
{
    return QString::number(perMille / 1000.0, 'g', 4);
}

QString scoreText(const Evaluation &e)
{
    return e.scoreTenths ? QString::number(*e.scoreTenths / 10.0, 'f', 1) : QString();
}

QJsonObject personJson(const PersonEvaluation &p)
{
    const Evaluation &e = p.evaluation;
    QJsonArray reasons;
    for (const EvaluationFinding &f : p.outcome.findings)
        reasons.append(QJsonObject{{u"flag"_s, f.flag}, {u"basis"_s, textOrNull(f.citation)}, {u"text"_s, f.message}});
    return QJsonObject{{u"code"_s, e.staffCode},
                       {u"name"_s, p.fullName},
                       {u"category"_s, p.category},
                       {u"unit"_s, p.unitCode},
                       {u"task_group"_s, p.taskGroup},
                       {u"rated"_s, p.outcome.rated},
                       {u"final_level"_s, textOrNull(e.finalLevel)},
                       {u"max_level"_s, textOrNull(p.outcome.maxLevel)},
                       {u"score_level"_s, textOrNull(p.outcome.scoreLevel)},
                       {u"flags"_s, QJsonArray::fromStringList(p.outcome.flags)},
                       {u"score"_s, e.scoreTenths ? QJsonValue(*e.scoreTenths / 10.0) : QJsonValue(QJsonValue::Null)},
                       {u"self_level"_s, textOrNull(e.selfLevel)},
                       {u"proposed_level"_s, textOrNull(e.proposedLevel)},
                       {u"months_worked"_s, e.monthsWorked},
                       {u"months_absent"_s, e.monthsAbsent},
                       {u"maternity_leave"_s, e.maternityLeave},
                       {u"initiative"_s, e.initiative},
                       {u"rule_set"_s, p.outcome.ruleSet},
                       {u"reasons"_s, reasons}};
}

} // namespace

QByteArray toJson(const EvaluationReport &r)
{
    QJsonArray groups;
    for (const EvaluationGroupSummary &g : r.groups) {
        QJsonObject counts;
        for (const QString &level : EvaluationLevels::codes())
            counts.insert(level, g.counts.value(level));
        groups.append(QJsonObject{{u"unit"_s, g.unitCode},
                                  {u"unit_name"_s, g.unitName},
                                  {u"task_group"_s, g.taskGroup},
                                  {u"counts"_s, counts},
                                  {u"excellent_limit"_s, g.excellentLimit},
                                  {u"cap_exceeded"_s, g.capExceeded},
                                  {u"exception"_s, g.exception},
                                  {u"rate"_s, g.ratePerMille / 1000.0},
                                  {u"basis"_s, textOrNull(g.capBasis)}});
    }
    QJsonArray people;
    for (const PersonEvaluation &p : r.people)
        people.append(personJson(p));
    const QJsonObject root{{u"year"_s, r.year},
                           {u"unit"_s, textOrNull(r.unitCode)},
                           {u"groups"_s, groups},
                           {u"people"_s, people}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const QStringList &csvColumns()
{
    static const QStringList columns = [] {
        QStringList c{u"year"_s, u"level"_s, u"unit"_s, u"unit_name"_s, u"task_group"_s};
        c << EvaluationLevels::codes();
        c << QStringList{u"excellent_limit"_s, u"cap_exceeded"_s, u"exception"_s, u"rate"_s,
                         u"code"_s,            u"name"_s,         u"category"_s,  u"rated"_s,
                         u"final_level"_s,     u"max_level"_s,    u"score_level"_s, u"score"_s,
                         u"flags"_s};
        return c;
    }();
    return columns;
}

QByteArray toCsv(const EvaluationReport &r)
{
    const QString year = QString::number(r.year);
    auto n = [](int v) { return QString::number(v); };
    auto flag = [](bool b) { return b ? u"1"_s : u"0"_s; };
    std::vector<QStringList> rows;
    for (const EvaluationGroupSummary &g : r.groups) {
        QStringList row{year, u"group"_s, g.unitCode, g.unitName, g.taskGroup};
        for (const QString &level : EvaluationLevels::codes())
            row << n(g.counts.value(level));
        row << n(g.excellentLimit) << flag(g.capExceeded) << flag(g.exception) << rateText(g.ratePerMille);
        row << QStringList(9, QString());
        rows.push_back(row);
    }
    for (const PersonEvaluation &p : r.people) {
        QStringList row{year, u"person"_s, p.unitCode, p.unitName, p.taskGroup};
        row << QStringList(int(EvaluationLevels::codes().size()) + 4, QString());
        row << p.evaluation.staffCode << p.fullName << p.category << flag(p.outcome.rated) << p.evaluation.finalLevel
            << p.outcome.maxLevel << p.outcome.scoreLevel << scoreText(p.evaluation) << p.outcome.flags.join(u';');
        rows.push_back(row);
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

QString toText(const EvaluationReport &r)
{
    const QLocale locale;
    QString out = EvaluationText::tr("Evaluations of %1").arg(r.year) + u"\n\n"_s;
    auto groupLine = [&](const QString &unit, const QString &group, const QStringList &counts, const QString &limit,
                         const QString &cap) {
        QString line = cell(unit, 10) + u' ' + cell(group, 24);
        for (const QString &c : counts)
            line += u' ' + cell(c, 7, true);
        return line + u' ' + cell(limit, 6, true) + u' ' + cap + u'\n';
    };
    QStringList heads;
    for (const QString &level : EvaluationLevels::codes())
        heads << EvaluationLevels::abbreviation(level);
    const QString header = groupLine(EvaluationText::tr("Unit"), EvaluationText::tr("Task group"), heads,
                                     EvaluationText::tr("Limit"), EvaluationText::tr("Cap"));
    const QString rule = QString(header.size() - 1, u'-') + u'\n';
    out += header + rule;
    for (const EvaluationGroupSummary &g : r.groups) {
        QStringList counts;
        for (const QString &level : EvaluationLevels::codes())
            counts << locale.toString(g.counts.value(level));
        const QString cap = g.capExceeded ? EvaluationText::tr("exceeded") : EvaluationText::tr("ok");
        out += groupLine(g.unitCode, g.taskGroup, counts, locale.toString(g.excellentLimit),
                         g.exception ? cap + u" (25%)"_s : cap);
    }
    out += rule;
    bool first = true;
    for (const PersonEvaluation &p : r.people) {
        if (p.outcome.flags.isEmpty())
            continue;
        if (first)
            out += u'\n' + EvaluationText::tr("People with flags:") + u'\n';
        first = false;
        const QString level = p.evaluation.finalLevel.isEmpty()
            ? EvaluationText::tr("not decided")
            : EvaluationLevels::abbreviation(p.evaluation.finalLevel);
        out += cell(p.evaluation.staffCode, 10) + u' ' + cell(p.fullName, 24) + u' ' + cell(level, 8) + u' '
            + p.outcome.flags.join(u", "_s) + u'\n';
    }
    int over = 0;
    for (const EvaluationGroupSummary &g : r.groups)
        over += g.capExceeded ? 1 : 0;
    out += u'\n'
        //: %1 people, %2 groups over the cap, %3 groups
        + EvaluationText::tr("%1 people evaluated; %2 of %3 group(s) over the cap on excellent")
              .arg(locale.toString(int(r.people.size())), locale.toString(over), locale.toString(int(r.groups.size())))
        + u'\n';
    return out;
}

} // namespace EvaluationExport
