// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingexport.h"

#include "csvwriter.h"
#include "domain/trainingcourse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace TrainingExport {

namespace {

/** The translation context of the text report. */
struct TrainingText
{
    Q_DECLARE_TR_FUNCTIONS(TrainingText)
};

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/** budget − planned; null on a line with no plan of its own (its people are paid by an office-wide plan or none). */
QJsonValue remainingOf(const TrainingBudgetLine &line)
{
    return line.plans > 0 ? QJsonValue(double(line.budget - line.planned)) : QJsonValue(QJsonValue::Null);
}

QJsonObject moneyJson(const TrainingBudgetLine &line, const QJsonValue &remaining)
{
    return QJsonObject{{u"budget"_s, double(line.budget)},
                       {u"planned"_s, double(line.planned)},
                       {u"spent"_s, double(line.spent)},
                       {u"remaining"_s, remaining},
                       {u"plans"_s, line.plans},
                       {u"enrolments"_s, line.enrolments},
                       {u"completed"_s, line.completed},
                       {u"dropped"_s, line.dropped}};
}

} // namespace

QByteArray toJson(const TrainingYearReport &r)
{
    QJsonArray plans;
    for (const TrainingPlan &p : r.plans) {
        plans.append(QJsonObject{{u"id"_s, double(p.id)},
                                 {u"unit"_s, textOrNull(p.unitCode)},
                                 {u"title"_s, p.title},
                                 {u"budget"_s, double(p.budget)},
                                 {u"note"_s, p.note}});
    }
    QJsonArray enrolments;
    for (const TrainingEnrolmentRow &row : r.enrolments) {
        const TrainingEnrolment &e = row.enrolment;
        enrolments.append(QJsonObject{
            {u"id"_s, double(e.id)},
            {u"plan_id"_s, e.planId > 0 ? QJsonValue(double(e.planId)) : QJsonValue(QJsonValue::Null)},
            {u"staff_code"_s, e.staffCode},
            {u"full_name"_s, row.fullName},
            {u"unit"_s, row.unitCode},
            {u"unit_name"_s, row.unitName},
            {u"budget_unit"_s, row.budgetUnitCode},
            {u"course"_s, e.courseCode},
            {u"course_name"_s, row.courseName},
            {u"kind"_s, row.courseKind},
            {u"status"_s, e.status},
            {u"start"_s, dateOrNull(e.startDate)},
            {u"end"_s, dateOrNull(e.endDate)},
            {u"certificate_no"_s, textOrNull(e.certificateNo)},
            {u"certificate_date"_s, dateOrNull(e.certificateDate)},
            {u"cost"_s, double(e.cost)},
            {u"note"_s, e.note}});
    }
    QJsonArray budget;
    for (const TrainingBudgetLine &line : r.budget) {
        QJsonObject o = moneyJson(line, remainingOf(line));
        o.insert(u"unit"_s, textOrNull(line.unitCode));
        o.insert(u"name"_s, textOrNull(line.unitName));
        budget.append(o);
    }
    const QJsonObject root{
        {u"year"_s, r.year},
        {u"unit"_s, textOrNull(r.unitCode)},
        {u"plans"_s, plans},
        {u"enrolments"_s, enrolments},
        {u"budget"_s, budget},
        {u"total"_s, moneyJson(r.total, double(r.total.budget - r.total.planned))},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const QStringList &csvColumns()
{
    static const QStringList columns{u"year"_s,      u"id"_s,          u"plan_id"_s,        u"staff_code"_s,
                                     u"full_name"_s, u"unit"_s,        u"unit_name"_s,      u"budget_unit"_s,
                                     u"course"_s,    u"course_name"_s, u"kind"_s,           u"status"_s,
                                     u"start"_s,     u"end"_s,         u"certificate_no"_s, u"certificate_date"_s,
                                     u"cost"_s,      u"note"_s};
    return columns;
}

QByteArray toCsv(const TrainingYearReport &r)
{
    const QString year = QString::number(r.year);
    std::vector<QStringList> rows;
    rows.reserve(r.enrolments.size());
    for (const TrainingEnrolmentRow &row : r.enrolments) {
        const TrainingEnrolment &e = row.enrolment;
        rows.push_back({year, QString::number(e.id), e.planId > 0 ? QString::number(e.planId) : QString(),
                        e.staffCode, row.fullName, row.unitCode, row.unitName, row.budgetUnitCode, e.courseCode,
                        row.courseName, row.courseKind, e.status, iso(e.startDate), iso(e.endDate), e.certificateNo,
                        iso(e.certificateDate), QString::number(e.cost), e.note});
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

QString toText(const TrainingYearReport &r)
{
    const QLocale locale;
    const QString dmy = u"dd/MM/yyyy"_s;
    auto money = [&](qint64 v) { return locale.toString(v); };
    auto line = [&](const QString &unit, const QString &budget, const QString &planned, const QString &spent,
                    const QString &remaining, const QString &enrolments, const QString &completed,
                    const QString &dropped) {
        return cell(unit, 28) + u' ' + cell(budget, 14, true) + u' ' + cell(planned, 14, true) + u' '
            + cell(spent, 14, true) + u' ' + cell(remaining, 14, true) + u' ' + cell(enrolments, 11, true) + u' '
            + cell(completed, 11, true) + u' ' + cell(dropped, 9, true) + u'\n';
    };
    auto budgetLine = [&](const TrainingBudgetLine &b, const QString &name, bool total) {
        const bool hasRemaining = total || b.plans > 0;
        return line(name, money(b.budget), money(b.planned), money(b.spent),
                    hasRemaining ? money(b.budget - b.planned) : u"-"_s, locale.toString(b.enrolments),
                    locale.toString(b.completed), locale.toString(b.dropped));
    };
    QString out = r.unitCode.isEmpty() ? TrainingText::tr("Training in %1 (VND)").arg(r.year)
                                       //: %1 year, %2 unit code
                                       : TrainingText::tr("Training in %1, unit %2 (VND)").arg(r.year).arg(r.unitCode);
    out += u"\n\n"_s;
    const QString header = line(TrainingText::tr("Unit"), TrainingText::tr("Budget"), TrainingText::tr("Planned"),
                                TrainingText::tr("Spent"), TrainingText::tr("Remaining"), TrainingText::tr("Enrolments"),
                                TrainingText::tr("Completed"), TrainingText::tr("Dropped"));
    const QString rule = QString(header.size() - 1, u'-') + u'\n';
    out += header + rule;
    for (const TrainingBudgetLine &b : r.budget)
        out += budgetLine(b, b.unitCode.isEmpty() ? TrainingText::tr("Whole office") : b.unitName, false);
    out += rule + budgetLine(r.total, TrainingText::tr("Total"), true);
    out += u'\n';
    //: %1 plans, %2 enrolments (not dropped)
    out += TrainingText::tr("%1 plan(s), %2 enrolment(s) not dropped.")
               .arg(locale.toString(int(r.plans.size())), locale.toString(r.total.enrolments))
        + u'\n';
    out += TrainingText::tr("Planned: the cost of every enrolment not dropped; spent: enrolled, attending or "
                            "completed; remaining: budget - planned (\"-\": paid by a whole-office plan or none).")
        + u'\n';
    if (r.enrolments.empty())
        return out;
    out += u'\n' + TrainingText::tr("Enrolments:") + u'\n';
    for (const TrainingEnrolmentRow &row : r.enrolments) {
        const TrainingEnrolment &e = row.enrolment;
        out += cell(e.startDate.toString(dmy), 10) + u' ' + cell(e.endDate.toString(dmy), 10) + u' '
            + cell(e.staffCode, 10) + u' ' + cell(row.fullName, 24) + u' ' + cell(row.unitName, 20) + u' '
            + cell(row.courseName.isEmpty() ? e.courseCode : row.courseName, 36) + u' '
            + cell(EnrolmentStatus::table().label(e.status), 10) + u' ' + cell(money(e.cost), 12, true) + u'\n';
    }
    return out;
}

} // namespace TrainingExport
