// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewexport.h"

#include "domain/disciplineform.h"
#include "domain/evaluationlevel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ReviewExport {

namespace {

/** The translation context of the text report. */
struct ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)
};

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue intOrNull(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/** A per-mille setting as a share (500 → 0.5). */
QJsonValue share(int perMille)
{
    return QJsonValue(perMille / 1000.0);
}

QJsonObject reasonJson(const ReviewReason &r)
{
    return QJsonObject{{u"code"_s, r.code},
                       {u"kind"_s, kindCode(r.kind)},
                       {u"message"_s, r.message},
                       {u"basis"_s, r.basis.citation()}};
}

QJsonArray reasonsJson(const TitleEligibility &t)
{
    QJsonArray out;
    for (const ReviewReason &r : t.reasons)
        out.append(reasonJson(r));
    return out;
}

QJsonArray decisionsJson(const std::vector<ReviewDecision> &decisions)
{
    QJsonArray out;
    for (const ReviewDecision &d : decisions)
        out.append(QJsonObject{{u"award"_s, d.award},
                               {u"outcome"_s, d.outcome},
                               {u"votes_for"_s, intOrNull(d.votesFor)},
                               {u"votes_against"_s, intOrNull(d.votesAgainst)},
                               {u"votes_abstain"_s, intOrNull(d.votesAbstain)},
                               {u"decision_no"_s, d.decisionNo},
                               {u"decision_date"_s, dateOrNull(d.decisionDate)},
                               {u"note"_s, d.note}});
    return out;
}

QString cell(const QString &text, int width, bool right = false)
{
    const QString t = text.size() > width ? text.left(width - 1) + u'…' : text;
    return right ? t.rightJustified(width) : t.leftJustified(width);
}

QString yesNo(bool b)
{
    return b ? ReviewText::tr("yes") : ReviewText::tr("no");
}

QString percent(int perMille)
{
    return QLocale().toString(perMille / 10.0, 'g', 4) + u'%';
}

} // namespace

QString kindCode(ReviewReason::Kind kind)
{
    switch (kind) {
    case ReviewReason::Kind::Met:
        return u"met"_s;
    case ReviewReason::Kind::NotMet:
        return u"not_met"_s;
    case ReviewReason::Kind::Warning:
        return u"warning"_s;
    }
    return u"met"_s;
}

QByteArray toJson(const ReviewResult &r)
{
    QJsonArray units;
    QJsonArray people;
    for (const ReviewUnitResult &u : r.units) {
        QJsonArray discipline;
        for (const DisciplineListRow &row : u.discipline) {
            const DisciplineDecision &d = row.effect.decision;
            discipline.append(QJsonObject{{u"code"_s, d.staffCode},
                                          {u"name"_s, row.fullName},
                                          {u"form"_s, d.form},
                                          {u"decision_no"_s, d.decisionNo},
                                          {u"effective_date"_s, dateOrNull(d.effectiveOn())}});
        }
        units.append(QJsonObject{{u"code"_s, u.unitCode},
                                 {u"name"_s, u.unitName},
                                 {u"rated"_s, u.review.ratedCount},
                                 {u"lao_dong_tien_tien"_s, u.review.laoDongTienTienCount},
                                 {u"chien_si_thi_dua_co_so"_s, u.review.chienSiThiDuaCoSoCount},
                                 {u"tap_the_lao_dong_tien_tien_members_ok"_s, u.review.tapTheMembersOk.eligible},
                                 {u"reasons"_s, reasonsJson(u.review.tapTheMembersOk)},
                                 {u"cstdcs_cap_limit"_s, intOrNull(u.review.cstdcsCapLimit)},
                                 {u"cstdcs_over_cap_by"_s, u.review.cstdcsOverCapBy},
                                 {u"decisions"_s, decisionsJson(u.unitDecisions)},
                                 {u"discipline"_s, discipline}});
        for (const ReviewPersonRow &p : u.people) {
            const PersonReview &v = p.review;
            QJsonArray warnings;
            for (const TitleEligibility *t : {&v.laoDongTienTien, &v.chienSiThiDuaCoSo}) {
                for (const ReviewReason &reason : t->reasons) {
                    if (reason.kind == ReviewReason::Kind::Warning && !warnings.contains(reason.code))
                        warnings.append(reason.code);
                }
            }
            people.append(QJsonObject{
                {u"code"_s, v.code},
                {u"name"_s, p.fullName},
                {u"unit"_s, p.unitCode},
                {u"category"_s, p.category},
                {u"rated"_s, v.rated},
                {u"final_level"_s, p.finalLevel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.finalLevel)},
                {u"initiative"_s, p.initiative},
                {u"start_date"_s, dateOrNull(p.startDate)},
                {u"lao_dong_tien_tien"_s, v.laoDongTienTien.eligible},
                {u"chien_si_thi_dua_co_so"_s, v.chienSiThiDuaCoSo.eligible},
                {u"reasons"_s, QJsonObject{{u"lao_dong_tien_tien"_s, reasonsJson(v.laoDongTienTien)},
                                           {u"chien_si_thi_dua_co_so"_s, reasonsJson(v.chienSiThiDuaCoSo)}}},
                {u"warnings"_s, warnings},
                {u"decisions"_s, decisionsJson(p.decisions)}});
        }
    }
    QJsonValue closure(QJsonValue::Null);
    if (r.closure)
        closure = QJsonObject{{u"closed_at"_s, r.closure->closedAt.toUTC().toString(Qt::ISODate)},
                              {u"closed_by"_s, r.closure->closedBy},
                              {u"note"_s, r.closure->note}};
    const QJsonObject root{
        {u"year"_s, r.year},
        {u"unit"_s, r.unitCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.unitCode)},
        {u"closed"_s, r.closure.has_value()},
        {u"closure"_s, closure},
        {u"settings"_s,
         QJsonObject{{u"collective_threshold"_s, share(r.settings.collectiveThresholdPerMille)},
                     {u"cstdcs_cap"_s, r.settings.cstdcsCapPerMille ? share(*r.settings.cstdcsCapPerMille)
                                                                    : QJsonValue(QJsonValue::Null)}}},
        {u"units"_s, units},
        {u"people"_s, people}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString toText(const ReviewResult &r)
{
    const QLocale locale;
    const QString dmy = u"dd/MM/yyyy"_s;
    QString out = r.unitCode.isEmpty() ? ReviewText::tr("Year-end emulation review %1").arg(r.year)
                                       //: %1 year, %2 unit code
                                       : ReviewText::tr("Year-end emulation review %1, unit %2").arg(r.year).arg(r.unitCode);
    out += u'\n';
    if (r.closure)
        //: %1 date, %2 who closed it
        out += ReviewText::tr("The year is closed (on %1 by %2).")
                   .arg(r.closure->closedAt.toUTC().date().toString(dmy), r.closure->closedBy)
            + u'\n';
    out += ReviewText::tr("Collective title: more than %1 of the rated people must be advanced workers; cap on "
                          "grassroots emulation fighters: %2.")
               .arg(percent(r.settings.collectiveThresholdPerMille),
                    r.settings.cstdcsCapPerMille ? percent(*r.settings.cstdcsCapPerMille) : ReviewText::tr("none"))
        + u'\n';
    if (r.units.empty())
        return out + u'\n' + ReviewText::tr("Nobody is evaluated in the year.") + u'\n';

    // Per unit: the counts and the collective condition.
    out += u'\n';
    const QString header = cell(ReviewText::tr("Unit"), 10) + u' ' + cell(ReviewText::tr("Name"), 30) + u' '
        + cell(ReviewText::tr("Rated"), 6, true) + u' ' + cell(ReviewText::tr("LĐTT"), 6, true) + u' '
        + cell(ReviewText::tr("CSTĐCS"), 6, true) + u' ' + cell(ReviewText::tr("Collective"), 10) + u'\n';
    out += header + QString(header.size() - 1, u'-') + u'\n';
    for (const ReviewUnitResult &u : r.units)
        out += cell(u.unitCode, 10) + u' ' + cell(u.unitName, 30) + u' '
            + cell(locale.toString(u.review.ratedCount), 6, true) + u' '
            + cell(locale.toString(u.review.laoDongTienTienCount), 6, true) + u' '
            + cell(locale.toString(u.review.chienSiThiDuaCoSoCount), 6, true) + u' '
            + cell(yesNo(u.review.tapTheMembersOk.eligible), 10) + u'\n';

    // Per unit, the people with their titles and what refuses or warns.
    for (const ReviewUnitResult &u : r.units) {
        out += u'\n' + u.unitCode + u"  "_s + u.unitName + u'\n';
        for (const ReviewReason &reason : u.review.tapTheMembersOk.reasons) {
            if (reason.kind != ReviewReason::Kind::Met)
                out += (reason.kind == ReviewReason::Kind::Warning ? u"  ! "_s : u"  x "_s) + reason.message + u'\n';
        }
        if (u.review.cstdcsCapLimit)
            //: %1 places under the cap, %2 candidates beyond it
            out += u"  "_s
                + ReviewText::tr("Cap on grassroots emulation fighters: %1 place(s); %2 candidate(s) over it.")
                      .arg(locale.toString(*u.review.cstdcsCapLimit), locale.toString(u.review.cstdcsOverCapBy))
                + u'\n';
        for (const DisciplineListRow &row : u.discipline) {
            const DisciplineDecision &d = row.effect.decision;
            //: %1 code, %2 name, %3 form, %4 decision number, %5 effective date
            out += u"  "_s
                + ReviewText::tr("Discipline to note: %1 %2, %3, decision %4 effective %5")
                      .arg(d.staffCode, row.fullName, DisciplineForms::label(d.form), d.decisionNo,
                           d.effectiveOn().toString(dmy))
                + u'\n';
        }
        for (const ReviewPersonRow &p : u.people) {
            const PersonReview &v = p.review;
            QStringList titles;
            if (v.laoDongTienTien.eligible)
                titles << ReviewText::tr("LĐTT");
            if (v.chienSiThiDuaCoSo.eligible)
                titles << ReviewText::tr("CSTĐCS");
            const QString level = !v.rated ? ReviewText::tr("not rated")
                                           : p.finalLevel.isEmpty() ? u"-"_s
                                                                    : EvaluationLevels::abbreviation(p.finalLevel);
            out += u"  "_s + cell(v.code, 10) + u' ' + cell(p.fullName, 28) + u' ' + cell(level, 10) + u' '
                + (titles.isEmpty() ? ReviewText::tr("no title") : titles.join(u", "_s)) + u'\n';
            QStringList seen;
            for (const TitleEligibility *t : {&v.laoDongTienTien, &v.chienSiThiDuaCoSo}) {
                for (const ReviewReason &reason : t->reasons) {
                    // "Not eligible for LĐTT" only repeats the LĐTT reasons above it.
                    if (reason.kind == ReviewReason::Kind::Met || seen.contains(reason.code)
                        || reason.code == "not_lao_dong_tien_tien"_L1)
                        continue;
                    seen << reason.code;
                    out += u"      "_s + (reason.kind == ReviewReason::Kind::Warning ? u"! "_s : u"x "_s)
                        + reason.message + u'\n';
                }
            }
        }
    }
    out += u'\n' + ReviewText::tr("x: refuses a title; !: a warning for the council.") + u'\n';
    return out;
}

} // namespace ReviewExport
