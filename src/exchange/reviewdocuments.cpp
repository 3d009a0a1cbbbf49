// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewDocuments::eligibility: the eligibility list (danh sách bình xét thi đua) the council reviews.
// The minutes and the decision list are in reviewminutes.cpp.
#include "reviewdocuments.h"

#include "domain/disciplineform.h"
#include "domain/evaluationlevel.h"
#include "pdfdocument.h"

#include <QLocale>
#include <QPageLayout>

using namespace Qt::StringLiterals;
using namespace PdfDocument;

namespace {

const char *kCss = R"(
body { font-size: 11pt; }
table.grid { border-collapse: collapse; border-color: #000000; }
table.grid td { font-size: 9pt; }
table.grid th { font-size: 8pt; background-color: #e8e8e8; font-weight: bold; }
td.n { text-align: right; }
td.c { text-align: center; }
td.r { font-size: 8pt; }
h3 { font-size: 12pt; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 3px; margin-bottom: 3px; }
p.note { font-size: 10pt; }
)";

/** The messages of the reasons that refuse a title or warn the council, without repeats. */
QStringList shownReasons(const PersonReview &v)
{
    QStringList out;
    for (const TitleEligibility *t : {&v.laoDongTienTien, &v.chienSiThiDuaCoSo}) {
        for (const ReviewReason &r : t->reasons) {
            // "Not eligible for LĐTT" only repeats the LĐTT reasons above it.
            if (r.kind == ReviewReason::Kind::Met || r.code == "not_lao_dong_tien_tien"_L1)
                continue;
            const QString text = (r.kind == ReviewReason::Kind::Warning ? u"⚠ "_s : u"✗ "_s) + esc(r.message);
            if (!out.contains(text))
                out << text;
        }
    }
    return out;
}

QString verdict(bool eligible)
{
    return u"<td class=\"c\">"_s + (eligible ? u"✓"_s : u"✗"_s) + u"</td>"_s;
}

} // namespace

QString ReviewDocuments::eligibilityHtml(const ReviewResult &r, const Options &options)
{
    QString h = u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;

    // The issuer: given, else the unit asked for or the only unit, else dots for the office to fill in.
    QString issuer = options.issuer.trimmed();
    if (issuer.isEmpty()) {
        for (const ReviewUnitResult &u : r.units) {
            if (!r.unitCode.isEmpty() && u.unitCode == r.unitCode)
                issuer = u.unitName;
        }
        if (issuer.isEmpty() && r.units.size() == 1)
            issuer = r.units.front().unitName;
    }
    if (issuer.isEmpty())
        issuer = u"……………………"_s;
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    const SignatureDate date = signatureDate(made);
    h += header(issuer.toUpper(), tr("EMULATION AND REWARD COUNCIL"), tr("No.: ……/DS-HĐTĐKT"),
                tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, date.day, date.month, date.year));
    h += title(tr("LIST OF THE EMULATION REVIEW OF %1").arg(r.year),
               tr("ELIGIBILITY FOR \"LAO ĐỘNG TIÊN TIẾN\" AND \"CHIẾN SĨ THI ĐUA CƠ SỞ\""),
               r.closure ? tr("(the year is closed)") : QString());
    const QLocale locale;
    //: %1 share such as 50%
    h += u"<p><i>"_s
        + tr("Basis: Law on Emulation and Commendation 2022 (Articles 23, 24, 27); Circular 01/2024/TT-BNV; Decree "
             "152/2025/NĐ-CP. Lao động tiên tiến (LĐTT): rated \"completes tasks well\" or better, at least 6 months "
             "of service by 31/12, no discipline taking effect in the year. Chiến sĩ thi đua cơ sở (CSTĐCS): LĐTT and "
             "rated \"completes tasks excellently\" or an initiative recognised in the year. The collective title "
             "needs more than %1 of the unit's rated people to be LĐTT and no member disciplined at warning or "
             "heavier in the year.")
              .arg(locale.toString(r.settings.collectiveThresholdPerMille / 10.0, 'g', 4) + u'%')
        + u"</i></p>"_s;
    if (r.settings.cstdcsCapPerMille)
        h += u"<p><i>"_s
            + tr("Cap set on CSTĐCS: %1 of the unit's LĐTT.")
                  .arg(locale.toString(*r.settings.cstdcsCapPerMille / 10.0, 'g', 4) + u'%')
            + u"</i></p>"_s;

    if (r.units.empty())
        h += u"<p>"_s + tr("Nobody is evaluated in the year.") + u"</p>"_s;
    int unitNo = 0;
    for (const ReviewUnitResult &u : r.units) {
        const UnitReview &ur = u.review;
        //: %1 number, %2 unit name, %3 unit code
        h += u"<h3>"_s + tr("%1. %2 (%3)").arg(QString::number(++unitNo), esc(u.unitName), esc(u.unitCode)) + u"</h3>"_s;
        //: %1 rated people, %2 eligible LĐTT, %3 eligible CSTĐCS
        h += u"<p>"_s
            + tr("Rated: <b>%1</b>; eligible for LĐTT: <b>%2</b>; eligible for CSTĐCS: <b>%3</b>.")
                  .arg(number(ur.ratedCount), number(ur.laoDongTienTienCount), number(ur.chienSiThiDuaCoSoCount))
            + u"</p>"_s;
        QStringList rows;
        int n = 0;
        for (const ReviewPersonRow &p : u.people) {
            const PersonReview &v = p.review;
            const QString level = !v.rated ? tr("not rated")
                                           : p.finalLevel.isEmpty() ? u"–"_s
                                                                    : EvaluationLevels::abbreviation(p.finalLevel);
            rows << row({num(number(++n)), esc(p.fullName) + u"<br/><span style=\"font-size:8pt\">"_s + esc(v.code)
                             + u"</span>"_s,
                         u"<td class=\"c\">"_s + esc(level) + u"</td>"_s, verdict(v.laoDongTienTien.eligible),
                         verdict(v.chienSiThiDuaCoSo.eligible),
                         u"<td class=\"r\">"_s + shownReasons(v).join(u"<br/>"_s) + u"</td>"_s});
        }
        h += table({tr("No."), tr("Full name"), tr("Level"), tr("LĐTT"), tr("CSTĐCS"), tr("Reasons")},
                   {u"5%"_s, u"24%"_s, u"10%"_s, u"7%"_s, u"8%"_s, u"46%"_s}, rows);

        // The collective condition.
        QStringList why;
        for (const ReviewReason &reason : ur.tapTheMembersOk.reasons)
            why << esc(reason.message);
        h += u"<p>"_s
            + (ur.tapTheMembersOk.eligible
                   ? tr("Collective title \"Tập thể lao động tiên tiến\": the members' condition is <b>met</b>.")
                   : tr("Collective title \"Tập thể lao động tiên tiến\": the members' condition is <b>not met</b>."))
            + (why.isEmpty() ? QString() : u" "_s + why.join(u"; "_s) + u'.')
            + u"</p>"_s;
        if (ur.cstdcsCapLimit)
            //: %1 places, %2 candidates over the cap
            h += u"<p>"_s
                + tr("Places for CSTĐCS under the cap: %1; candidates over the cap: %2 (the council chooses).")
                      .arg(number(*ur.cstdcsCapLimit), number(ur.cstdcsOverCapBy))
                + u"</p>"_s;
        if (u.discipline.empty()) {
            h += u"<p>"_s + tr("Discipline taking effect in the year: none.") + u"</p>"_s;
        } else {
            h += u"<p>"_s + tr("Discipline taking effect in the year, for the council to note:") + u"</p><ul>"_s;
            for (const DisciplineListRow &row : u.discipline) {
                const DisciplineDecision &d = row.effect.decision;
                //: %1 name, %2 code, %3 form, %4 decision number, %5 effective date
                h += u"<li>"_s
                    + tr("%1 (%2): %3, decision %4, in effect from %5")
                          .arg(esc(row.fullName), esc(d.staffCode), esc(DisciplineForms::label(d.form)),
                               esc(d.decisionNo), dmy(d.effectiveOn()))
                    + u"</li>"_s;
            }
            h += u"</ul>"_s;
        }
    }
    h += u"<p class=\"note\"><i>"_s + tr("✓ eligible; ✗ not eligible; ⚠ a warning for the council, not a refusal.")
        + u"</i></p>"_s;
    h += signatures(tr("SECRETARY OF THE COUNCIL"), tr("(signature and full name)"), tr("CHAIR OF THE COUNCIL"),
                    tr("(signature, full name and seal)"))
        + u"</body></html>"_s;
    return h;
}

QByteArray ReviewDocuments::eligibility(const ReviewResult &r, const Options &options, QString *error)
{
    const PdfDocument::Messages messages{
        tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)"), tr("cannot start the PDF"),
        tr("cannot write the PDF"), tr("Page %1 of %2")};
    if (!PdfDocument::canRender(messages, error))
        return {};
    // Nghị định 30/2020/NĐ-CP: A4, margins left 30 mm, right 15 mm, top and bottom 20 mm; portrait.
    const PdfDocument::Page page{tr("Emulation review, %1").arg(r.year), QPageLayout::Portrait, QMarginsF(30, 20, 15, 20)};
    return PdfDocument::render(eligibilityHtml(r, options), page, messages, error);
}
