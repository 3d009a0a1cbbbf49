// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingplanpdf.h"

#include "domain/trainingcourse.h"
#include "pdfdocument.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QPageLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace PdfDocument;

namespace {

const char *kCss = R"(
body { font-size: 11pt; }
table.grid { border-collapse: collapse; border-color: #000000; }
table.grid td { font-size: 9pt; }
table.grid th { font-size: 8pt; background-color: #e8e8e8; font-weight: bold; }
td.n { text-align: right; }
td.m { text-align: right; font-size: 8pt; }
tr.course td { background-color: #f4f4f4; }
tr.total td { font-weight: bold; }
h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 3px; margin-bottom: 3px; }
)";

/** VND in the user's locale (group separators). */
QString money(qint64 v)
{
    return QLocale().toString(v);
}

/** A right-aligned money cell, a little smaller: eleven digits fit the budget table's columns. */
QString cash(qint64 v)
{
    return u"<td class=\"m\">"_s + money(v) + u"</td>"_s;
}

/** The enrolments of one course, in the report's order (unit, then name). */
struct CourseGroup
{
    QString code;
    QString name;
    QString kind;
    std::vector<const TrainingEnrolmentRow *> rows;
    qint64 cost = 0;
};

} // namespace

QString TrainingPlanPdf::html(const TrainingYearReport &r, const UnitDirectory &units, const Options &options)
{
    QString h = u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;
    QStringList codes;
    for (const TrainingBudgetLine &line : r.budget) {
        if (!line.unitCode.isEmpty())
            codes << line.unitCode;
    }
    const IssuerLines issuer = issuerLines(units, r.unitCode, codes, options.issuer, tr("PEOPLE'S COMMITTEE"));
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    const SignatureDate date = signatureDate(made);
    h += header(issuer.line1, issuer.line2, tr("No.: ……/KH"),
                tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, date.day, date.month, date.year));
    QString period;
    if (r.plans.size() == 1 && !r.plans.front().title.trimmed().isEmpty())
        period = esc(r.plans.front().title.trimmed());
    h += title(tr("PLAN"), tr("TRAINING AND DEVELOPMENT OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES IN %1").arg(r.year),
               period);
    h += u"<p><i>"_s
        + tr("Basis: Decree 101/2017/NĐ-CP on the training and development of cadres, civil servants and public "
             "employees (amended by Decree 89/2021/NĐ-CP); Decree 171/2025/NĐ-CP; Decree 33/2023/NĐ-CP on "
             "commune-level cadres, civil servants and part-time workers; the training needs of the staff against the "
             "standards of their titles.")
        + u"</i></p>"_s;

    // Group the enrolments not dropped by course: kinds in the catalogue's order, then course name.
    std::vector<CourseGroup> groups;
    QHash<QString, qsizetype> groupIndex;
    for (const TrainingEnrolmentRow &row : r.enrolments) {
        const TrainingEnrolment &e = row.enrolment;
        if (e.status == EnrolmentStatus::Dropped)
            continue;
        auto it = groupIndex.constFind(e.courseCode);
        if (it == groupIndex.cend()) {
            CourseGroup g;
            g.code = e.courseCode;
            g.name = row.courseName.isEmpty() ? e.courseCode : row.courseName;
            g.kind = row.courseKind;
            it = groupIndex.insert(e.courseCode, qsizetype(groups.size()));
            groups.push_back(std::move(g));
        }
        CourseGroup &g = groups[size_t(*it)];
        g.rows.push_back(&row);
        g.cost += e.cost;
    }
    const QStringList kinds = TrainingKinds::table().codes();
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(groups.begin(), groups.end(), [&](const CourseGroup &a, const CourseGroup &b) {
        const qsizetype ka = kinds.indexOf(a.kind), kb = kinds.indexOf(b.kind);
        if (ka != kb)
            return ka >= 0 && (kb < 0 || ka < kb);
        if (const int c = collator.compare(a.name, b.name); c != 0)
            return c < 0;
        return a.code < b.code;
    });

    // I. The year in figures.
    const TrainingBudgetLine &t = r.total;
    h += u"<h3>"_s + tr("I. The year in figures") + u"</h3><p>"_s
        //: %1 plans, %2 people-courses, %3 courses, %4 budget, %5 planned cost, %6 spent (VND)
        + tr("Plans: <b>%1</b>. Enrolments: <b>%2</b> in <b>%3</b> course(s). Budget: <b>%4</b> VND; planned cost: "
             "<b>%5</b> VND; committed (enrolled, attending or completed): <b>%6</b> VND.")
              .arg(number(int(r.plans.size())), number(t.enrolments), number(int(groups.size())), money(t.budget),
                   money(t.planned), money(t.spent))
        + u"</p>"_s;
    if (t.completed > 0 || t.dropped > 0)
        h += u"<p>"_s
            + tr("Completed: <b>%1</b>; dropped: <b>%2</b> (not listed below).")
                  .arg(number(t.completed), number(t.dropped))
            + u"</p>"_s;
    if (t.budget > 0 && t.planned > t.budget)
        h += u"<p><b>"_s + tr("The planned cost exceeds the budget by %1 VND.").arg(money(t.planned - t.budget))
            + u"</b></p>"_s;

    // II. The enrolments by course.
    h += u"<h3>"_s + tr("II. People to train, by course") + u"</h3>"_s;
    QStringList rows;
    int g = 0;
    for (const CourseGroup &group : groups) {
        const QString kind = group.kind.isEmpty() ? QString() : TrainingKinds::table().label(group.kind);
        //: %1 number of the course, %2 its name, %3 its kind, %4 number of people, %5 cost (VND)
        rows << row({u"<td colspan=\"6\"><b>"_s + QString::number(++g) + u". "_s + esc(group.name) + u"</b> ("_s
                         + esc(kind) + u"; "_s + tr("%n person(s)", nullptr, int(group.rows.size())) + u"; "_s
                         //: %1 is an amount of money
                         + tr("%1 VND").arg(money(group.cost)) + u")</td>"_s},
                    u"course"_s);
        int n = 0;
        for (const TrainingEnrolmentRow *pr : group.rows) {
            const TrainingEnrolment &e = pr->enrolment;
            const QString when = e.endDate.isValid() ? dmy(e.startDate) + u" – "_s + dmy(e.endDate) : dmy(e.startDate);
            rows << row({num(number(++n)), esc(pr->fullName) + u"<br/>"_s + esc(e.staffCode), esc(pr->unitName), when,
                         esc(EnrolmentStatus::table().label(e.status)), num(money(e.cost))});
        }
    }
    if (groups.empty()) {
        h += u"<p>"_s + tr("Nobody is enrolled.") + u"</p>"_s;
    } else {
        rows << row({QString(), tr("Total"), QString(), QString(), QString(), num(money(t.planned))}, u"total"_s);
        h += table({tr("No."), tr("Full name"), tr("Unit"), tr("From – to"), tr("Status"), tr("Cost (VND)")},
                   {u"6%"_s, u"26%"_s, u"22%"_s, u"20%"_s, u"11%"_s, u"15%"_s}, rows);
    }

    // III. The budget per unit.
    h += u"<h3>"_s + tr("III. Budget by unit (VND)") + u"</h3>"_s;
    rows.clear();
    int i = 0;
    auto budgetCells = [&](const TrainingBudgetLine &b, bool total) {
        const bool hasRemaining = total || b.plans > 0;
        return QStringList{cash(b.budget),
                           cash(b.planned),
                           cash(b.spent),
                           hasRemaining ? cash(b.budget - b.planned) : num(u"–"_s),
                           num(number(b.enrolments)),
                           num(number(b.completed)),
                           num(number(b.dropped))};
    };
    for (const TrainingBudgetLine &b : r.budget) {
        const QString name = b.unitCode.isEmpty() ? tr("Whole office") : b.unitName;
        rows << row(QStringList{num(number(++i)), esc(name)} + budgetCells(b, false));
    }
    rows << row(QStringList{QString(), tr("Total")} + budgetCells(t, true), u"total"_s);
    h += r.budget.empty() ? u"<p>"_s + tr("No plan and no enrolment in the year.") + u"</p>"_s
                          : table({tr("No."), tr("Unit"), tr("Budget"), tr("Planned"), tr("Spent"), tr("Remaining"),
                                   tr("People", "@title:column enrolments not dropped"), tr("Done", "@title:column completed"),
                                   tr("Dropped")},
                                  {u"5%"_s, u"24%"_s, u"13%"_s, u"13%"_s, u"12%"_s, u"12%"_s, u"7%"_s, u"7%"_s, u"7%"_s},
                                  rows);
    h += u"<p><i>"_s
        + tr("Planned: the cost of every enrolment not dropped; spent: the cost of those enrolled, attending or "
             "completed; remaining: budget less planned. The enrolments of a unit's plan count on that unit; those "
             "of an office-wide plan or of no plan count on the person's unit, while the office-wide budget stands on "
             "its own line (\"–\": no plan of the unit's own).")
        + u"</i></p>"_s;

    h += signatures(tr("PREPARED BY"), tr("(signature and full name)"), tr("HEAD OF THE UNIT"),
                    tr("(signature, full name and seal)"))
        + u"</body></html>"_s;
    return h;
}

QByteArray TrainingPlanPdf::render(const TrainingYearReport &r, const UnitDirectory &units, const Options &options,
                                   QString *error)
{
    const PdfDocument::Messages messages{
        tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)"), tr("cannot start the PDF"),
        tr("cannot write the PDF"), tr("Page %1 of %2")};
    if (!PdfDocument::canRender(messages, error))
        return {};
    // Nghị định 30/2020/NĐ-CP: A4, margins left 30 mm, right 15 mm, top and bottom 20 mm; portrait.
    const PdfDocument::Page page{tr("Training plan, %1").arg(r.year), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20)};
    return PdfDocument::render(html(r, units, options), page, messages, error);
}
