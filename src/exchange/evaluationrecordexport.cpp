// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationrecordexport.h"

#include "csvwriter.h"
#include "spreadsheetwriter.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EvaluationRecordExport {

namespace {

QString boolText(bool b)
{
    return b ? u"1"_s : u"0"_s;
}

QString scoreText(const Evaluation &e)
{
    return e.scoreTenths ? QString::number(*e.scoreTenths / 10.0, 'f', 1) : QString();
}

} // namespace

const QStringList &columns()
{
    static const QStringList keys{u"staff_code"_s,    u"year"_s,           u"task_group"_s,     u"months_worked"_s,
                                  u"months_absent"_s, u"maternity_leave"_s, u"score"_s,         u"self_level"_s,
                                  u"proposed_level"_s, u"final_level"_s,    u"initiative"_s,     u"note"_s};
    return keys;
}

std::vector<Evaluation> evaluationsOf(const EvaluationReport &report)
{
    std::vector<Evaluation> out;
    out.reserve(report.people.size());
    for (const PersonEvaluation &p : report.people)
        out.push_back(p.evaluation);
    std::sort(out.begin(), out.end(), [](const Evaluation &a, const Evaluation &b) {
        return a.staffCode != b.staffCode ? a.staffCode < b.staffCode : a.year < b.year;
    });
    return out;
}

QByteArray toCsv(const std::vector<Evaluation> &evaluations)
{
    std::vector<QStringList> rows;
    rows.reserve(evaluations.size());
    for (const Evaluation &e : evaluations) {
        rows.push_back({e.staffCode, QString::number(e.year), e.taskGroup, QString::number(e.monthsWorked),
                        QString::number(e.monthsAbsent), boolText(e.maternityLeave), scoreText(e), e.selfLevel,
                        e.proposedLevel, e.finalLevel, boolText(e.initiative), e.note});
    }
    return CsvWriter::write(columns(), rows);
}

QByteArray toXlsx(const std::vector<Evaluation> &evaluations, int year, QString *error)
{
    std::vector<SpreadsheetRow> rows;
    rows.reserve(evaluations.size());
    for (const Evaluation &e : evaluations) {
        rows.push_back({SpreadsheetCell::text(e.staffCode), SpreadsheetCell::integer(e.year),
                        SpreadsheetCell::text(e.taskGroup), SpreadsheetCell::integer(e.monthsWorked),
                        SpreadsheetCell::integer(e.monthsAbsent), SpreadsheetCell::boolean(e.maternityLeave),
                        e.scoreTenths ? SpreadsheetCell::decimal(*e.scoreTenths / 10.0, 1) : SpreadsheetCell(),
                        SpreadsheetCell::text(e.selfLevel), SpreadsheetCell::text(e.proposedLevel),
                        SpreadsheetCell::text(e.finalLevel), SpreadsheetCell::boolean(e.initiative),
                        SpreadsheetCell::text(e.note)});
    }
    //: the name of the sheet of the evaluations workbook (at most 31 characters); %1 is the year
    const QString sheet = QCoreApplication::translate("EvaluationRecordExport", "Evaluations %1").arg(year);
    return SpreadsheetWriter::write(sheet, columns(), rows, error);
}

} // namespace EvaluationRecordExport
