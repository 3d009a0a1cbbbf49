// SPDX-License-Identifier: GPL-3.0-or-later
// The council's documents of the year-end review (ReviewDocuments, reviewdocuments.h): the minutes of
// the meeting (biên bản họp hội đồng thi đua, khen thưởng) and the list of awards attached to the
// decision (danh sách khen thưởng kèm theo quyết định), laid out as Nghị định 30/2020/NĐ-CP files them.
#include "reviewdocuments.h"

#include "domain/codetable.h"
#include "domain/disciplineform.h"
#include "pdfdocument.h"

#include <QPageLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace PdfDocument;

namespace {

const char *kCss = R"(
body { font-size: 12pt; }
table.grid { border-collapse: collapse; border-color: #000000; }
table.grid td { font-size: 10pt; }
table.grid th { font-size: 9pt; background-color: #e8e8e8; font-weight: bold; }
td.n { text-align: right; }
td.c { text-align: center; }
tr.group td { background-color: #f4f4f4; font-weight: bold; }
h3 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 3px; }
)";

/** What the office fills in by hand when the field is empty. */
const QString kDots = u"……………………"_s;

QString orDots(const QString &value)
{
    return value.trimmed().isEmpty() ? kDots : esc(value.trimmed());
}

QString dateOrDots(const QDate &d)
{
    return d.isValid() ? dmy(d) : u"……/……/………"_s;
}

QString votes(const std::optional<int> &v)
{
    return v ? number(*v) : u"…"_s;
}

/** The unit of the review, or null. */
const ReviewUnitResult *findUnit(const ReviewResult &review, const QString &unitCode)
{
    const auto it = std::find_if(review.units.begin(), review.units.end(),
                                 [&](const ReviewUnitResult &u) { return u.unitCode == unitCode; });
    return it == review.units.end() ? nullptr : &*it;
}

/** The title shown for a position: a commune title's name, else the text as stored. */
QString positionText(const ReviewPersonRow &p)
{
    if ((p.category == "cb_xa"_L1 || p.category == "cc_xa"_L1) && CodeTables::communeTitle().contains(p.position))
        return CodeTables::communeTitle().label(p.position);
    return p.position;
}

/** "22.5%" of part in whole, one decimal. */
QString percent(int part, int whole)
{
    return whole > 0 ? QLocale().toString(100.0 * part / whole, 'f', 1) + u'%' : u"–"_s;
}

/** The reasons of a title that refuse it or warn, joined; "" when every condition holds. */
QString concerns(const TitleEligibility &t)
{
    QStringList out;
    for (const ReviewReason &r : t.reasons) {
        if (r.kind != ReviewReason::Kind::Met)
            out << esc(r.message);
    }
    return out.join(u"; "_s);
}

} // namespace

QString ReviewDocuments::minutesHtml(const ReviewResult &review, const QString &unitCode, const Options &options)
{
    QString h = u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;
    const ReviewUnitResult *unit = findUnit(review, unitCode);
    const QString unitName = unit ? unit->unitName : unitCode;
    const QString issuer = options.issuer.trimmed().isEmpty() ? unitName : options.issuer.trimmed();
    const std::optional<ReviewMeeting> meeting = unit ? unit->meeting : std::nullopt;
    const QString place = options.place.trimmed().isEmpty() ? u"…………"_s : options.place.trimmed();
    // The minutes are dated on the meeting's day; left for the hand when it is not recorded.
    QString placeAndDate;
    if (meeting && meeting->meetingDate.isValid()) {
        const SignatureDate d = signatureDate(meeting->meetingDate);
        placeAndDate = tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, d.day, d.month, d.year);
    } else {
        placeAndDate = tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, u"……"_s, u"……"_s,
                                                                                       QString::number(review.year));
    }
    //: the council's document number (Vietnamese: "Số: ……/BB-HĐTĐKT")
    h += header(issuer.toUpper(), tr("EMULATION AND REWARD COUNCIL"), tr("No.: ……/BB-HĐTĐKT"), placeAndDate);
    h += title(tr("MINUTES"), tr("OF THE MEETING OF THE EMULATION AND REWARD COUNCIL, YEAR %1").arg(review.year),
               QString());

    // I. Time and place.
    h += u"<h3>"_s + tr("I. Time and place") + u"</h3>"_s;
    h += u"<p>"_s + tr("Time: %1").arg(meeting ? dateOrDots(meeting->meetingDate) : dateOrDots({})) + u"</p>"_s;
    h += u"<p>"_s + tr("Place: %1").arg(meeting ? orDots(meeting->place) : kDots) + u"</p>"_s;

    // II. Attendance.
    h += u"<h3>"_s + tr("II. Attendance") + u"</h3>"_s;
    h += u"<p>"_s + tr("Chair: %1").arg(meeting ? orDots(meeting->chair) : kDots) + u"</p>"_s;
    h += u"<p>"_s + tr("Secretary: %1").arg(meeting ? orDots(meeting->secretary) : kDots) + u"</p>"_s;
    const bool membersKnown = meeting && meeting->membersTotal > 0;
    h += u"<p>"_s
        //: %1 members present, %2 members of the council
        + tr("Members present: %1 of %2.")
              .arg(membersKnown ? number(meeting->membersPresent) : u"……"_s,
                   membersKnown ? number(meeting->membersTotal) : u"……"_s)
        + u"</p>"_s;

    // III. Content.
    h += u"<h3>"_s + tr("III. Content") + u"</h3>"_s;
    if (!unit) {
        h += u"<p>"_s + tr("Nobody of the unit is evaluated in %1.").arg(review.year) + u"</p>"_s;
    } else {
        const UnitReview &u = unit->review;
        h += u"<p>"_s
            //: %1 year, %2 people rated, %3 eligible for LĐTT, %4 eligible for CSTĐCS
            + tr("The council reviewed the emulation results of %1: <b>%2</b> people rated; eligible for Advanced "
                 "worker: <b>%3</b>; eligible for Grassroots emulation fighter: <b>%4</b>.")
                  .arg(QString::number(review.year), number(u.ratedCount), number(u.laoDongTienTienCount),
                       number(u.chienSiThiDuaCoSoCount))
            + u"</p>"_s;
        if (u.cstdcsCapLimit)
            h += u"<p>"_s
                + tr("Places for Grassroots emulation fighter under the cap: %1; candidates beyond it: %2.")
                      .arg(number(*u.cstdcsCapLimit), number(u.cstdcsOverCapBy))
                + u"</p>"_s;

        // 1. The candidates and the vote on each.
        h += u"<p><b>"_s + tr("1. Individual titles") + u"</b></p>"_s;
        QStringList rows;
        int n = 0;
        for (const ReviewPersonRow &p : unit->people) {
            const bool candidate = p.review.laoDongTienTien.eligible || p.review.chienSiThiDuaCoSo.eligible
                || !p.decisions.empty();
            if (!candidate)
                continue;
            QString verdict = tr("Advanced worker: %1").arg(p.review.laoDongTienTien.eligible ? tr("eligible")
                                                                                               : tr("not eligible"))
                + u"<br/>"_s
                + tr("Emulation fighter: %1").arg(p.review.chienSiThiDuaCoSo.eligible ? tr("eligible")
                                                                                       : tr("not eligible"));
            // Why a title is refused or questioned: LĐTT when it fails, else CSTĐCS when it was proposed or warns.
            const bool cstdcsProposed = std::any_of(p.decisions.begin(), p.decisions.end(), [](const ReviewDecision &d) {
                return d.award == QLatin1StringView(ReviewAwards::ChienSiThiDuaCoSo);
            });
            QString why;
            if (!p.review.laoDongTienTien.eligible)
                why = concerns(p.review.laoDongTienTien);
            else if (cstdcsProposed || p.review.chienSiThiDuaCoSo.eligible)
                why = concerns(p.review.chienSiThiDuaCoSo);
            if (!why.isEmpty())
                verdict += u"<br/><i>"_s + why + u"</i>"_s;
            const QString person = esc(p.fullName) + u"<br/>"_s + orDots(positionText(p));
            const QString no = u"<td class=\"n\" rowspan=\""_s + QString::number(std::max<size_t>(1, p.decisions.size()))
                + u"\">"_s + number(++n) + u"</td>"_s;
            const QString span = u" rowspan=\""_s + QString::number(std::max<size_t>(1, p.decisions.size())) + u"\""_s;
            if (p.decisions.empty()) {
                rows << row({no, u"<td"_s + span + u">"_s + person + u"</td>"_s, verdict, kDots,
                             u"<td class=\"c\">… / … / …</td>"_s, kDots});
                continue;
            }
            bool first = true;
            for (const ReviewDecision &d : p.decisions) {
                QStringList cells;
                if (first)
                    cells << no << u"<td"_s + span + u">"_s + person + u"</td>"_s << u"<td"_s + span + u">"_s + verdict + u"</td>"_s;
                first = false;
                QString outcome = esc(ReviewOutcomes::label(d.outcome));
                if (!d.note.isEmpty())
                    outcome += u"<br/><i>"_s + esc(d.note) + u"</i>"_s;
                // One cell for the three counts: no header is clipped, in either language.
                cells << esc(ReviewAwards::label(d.award))
                      << u"<td class=\"c\">"_s + votes(d.votesFor) + u" / "_s + votes(d.votesAgainst) + u" / "_s
                        + votes(d.votesAbstain) + u"</td>"_s
                      << outcome;
                rows << row(cells);
            }
        }
        if (rows.isEmpty())
            h += u"<p>"_s + tr("Nobody is eligible and no proposal was put to the council.") + u"</p>"_s;
        else
            h += table({tr("No."), tr("Full name, position"), tr("The rules' verdict"), tr("Award"),
                        //: the votes of the council on a proposal (Vietnamese: "Biểu quyết (tán thành / không tán thành / ý kiến khác)")
                        tr("Votes (for / against / abstaining)"), tr("Outcome")},
                       {u"5%"_s, u"21%"_s, u"27%"_s, u"15%"_s, u"17%"_s, u"15%"_s}, rows);

        // 2. The collective title.
        h += u"<p><b>"_s + tr("2. Collective title") + u"</b></p>"_s;
        h += u"<p>"_s
            //: %1 advanced workers, %2 people rated, %3 their share, %4 the threshold, %5 met or not met
            + tr("Advanced workers: %1 of %2 rated (%3); the condition is more than %4: %5.")
                  .arg(number(u.laoDongTienTienCount), number(u.ratedCount),
                       percent(u.laoDongTienTienCount, u.ratedCount),
                       QLocale().toString(review.settings.collectiveThresholdPerMille / 10.0, 'f',
                                          review.settings.collectiveThresholdPerMille % 10 ? 1 : 0)
                           + u'%',
                       u.tapTheMembersOk.eligible ? tr("met") : tr("not met"))
            + u"</p>"_s;
        if (const QString why = concerns(u.tapTheMembersOk); !why.isEmpty())
            h += u"<p><i>"_s + why + u"</i></p>"_s;
        for (const ReviewDecision &d : unit->unitDecisions) {
            h += u"<p>"_s
                //: %1 award, %2 votes for, %3 against, %4 abstaining, %5 outcome
                + tr("%1: for %2, against %3, abstaining %4 — %5.")
                      .arg(esc(ReviewAwards::label(d.award)), votes(d.votesFor), votes(d.votesAgainst),
                           votes(d.votesAbstain), esc(ReviewOutcomes::label(d.outcome)))
                + u"</p>"_s;
        }
        if (unit->unitDecisions.empty())
            h += u"<p>"_s + tr("No collective award was put to the vote.") + u"</p>"_s;

        // 3. The discipline of the year, noted.
        h += u"<p><b>"_s + tr("3. Discipline decisions of the year (noted)") + u"</b></p>"_s;
        if (unit->discipline.empty()) {
            h += u"<p>"_s + tr("None.") + u"</p>"_s;
        } else {
            QStringList drows;
            int k = 0;
            for (const DisciplineListRow &r : unit->discipline) {
                const DisciplineDecision &d = r.effect.decision;
                drows << row({num(number(++k)), esc(r.fullName), esc(DisciplineForms::label(d.form)),
                              esc(d.decisionNo), dmy(d.effectiveOn())});
            }
            h += table({tr("No."), tr("Full name"), tr("Form"), tr("Decision No."), tr("In effect from")},
                       {u"6%"_s, u"34%"_s, u"22%"_s, u"20%"_s, u"18%"_s}, drows);
        }
    }

    // IV. Conclusion.
    h += u"<h3>"_s + tr("IV. Conclusion") + u"</h3>"_s;
    int approved = 0, rejected = 0, open = 0;
    if (unit) {
        auto count = [&](const ReviewDecision &d) {
            if (d.outcome == QLatin1StringView(ReviewOutcomes::Approved))
                ++approved;
            else if (d.outcome == QLatin1StringView(ReviewOutcomes::Rejected))
                ++rejected;
            else
                ++open;
        };
        for (const ReviewPersonRow &p : unit->people)
            std::for_each(p.decisions.begin(), p.decisions.end(), count);
        std::for_each(unit->unitDecisions.begin(), unit->unitDecisions.end(), count);
    }
    h += u"<p>"_s
        //: %1 approved, %2 rejected, %3 not voted yet
        + tr("The council approved %1 proposal(s), rejected %2; %3 not voted yet.")
              .arg(number(approved), number(rejected), number(open))
        + u"</p>"_s;
    if (meeting && !meeting->note.trimmed().isEmpty())
        h += u"<p>"_s + esc(meeting->note.trimmed()) + u"</p>"_s;
    h += u"<p>"_s
        + tr("The meeting ended at …… on the same day. The minutes were read to the members present, who agreed with "
             "them.")
        + u"</p>"_s;

    // The name under the space for the signature, upright (signatures() sets the note in italics).
    auto signer = [](const QString &name) {
        return name.trimmed().isEmpty() ? QString()
                                        : u"</i><br/><br/><br/><br/><b>"_s + esc(name.trimmed()) + u"</b><i>"_s;
    };
    const QString secretaryName = meeting ? signer(meeting->secretary) : QString();
    const QString chairName = meeting ? signer(meeting->chair) : QString();
    h += signatures(tr("SECRETARY"), tr("(signature and full name)") + secretaryName, tr("CHAIR"),
                    tr("(signature and full name)") + chairName)
        + u"</body></html>"_s;
    return h;
}

QString ReviewDocuments::decisionListHtml(const ReviewResult &review, const QString &unitCode, const Options &options)
{
    QString h = u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;
    const ReviewUnitResult *unit = findUnit(review, unitCode);
    const QString unitName = unit ? unit->unitName : unitCode;
    const QString issuer = options.issuer.trimmed().isEmpty() ? unitName : options.issuer.trimmed();
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    const QString place = options.place.trimmed().isEmpty() ? u"…………"_s : options.place.trimmed();
    const SignatureDate date = signatureDate(made);

    // The approved awards, individual ones by award then in the unit's order, the unit's own last.
    struct Line
    {
        QString name;
        QString position;
        const ReviewDecision *decision;
    };
    std::vector<std::pair<QString, std::vector<Line>>> groups;
    for (const QString &award : ReviewAwards::all())
        groups.push_back({award, {}});
    auto groupOf = [&](const QString &award) -> std::vector<Line> & {
        for (auto &g : groups) {
            if (g.first == award)
                return g.second;
        }
        groups.push_back({award, {}});
        return groups.back().second;
    };
    if (unit) {
        for (const ReviewPersonRow &p : unit->people) {
            for (const ReviewDecision &d : p.decisions) {
                if (d.outcome == QLatin1StringView(ReviewOutcomes::Approved))
                    groupOf(d.award).push_back({p.fullName, positionText(p), &d});
            }
        }
        for (const ReviewDecision &d : unit->unitDecisions) {
            if (d.outcome == QLatin1StringView(ReviewOutcomes::Approved))
                groupOf(d.award).push_back({unit->unitName, QString(), &d});
        }
    }
    // The decision the list is attached to: the one number every award shares, else dotted.
    QString decisionNo;
    QDate decisionDate;
    bool shared = true;
    for (const auto &g : groups) {
        for (const Line &l : g.second) {
            if (decisionNo.isEmpty() && !decisionDate.isValid()) {
                decisionNo = l.decision->decisionNo;
                decisionDate = l.decision->decisionDate;
            } else if (decisionNo != l.decision->decisionNo || decisionDate != l.decision->decisionDate) {
                shared = false;
            }
        }
    }
    if (!shared) {
        decisionNo.clear();
        decisionDate = {};
    }

    h += header(issuer.toUpper(), QString(), QString(),
                tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, date.day, date.month, date.year));
    h += title(tr("LIST OF AWARDS"), tr("EMULATION TITLES AND AWARDS OF %1").arg(review.year),
               //: %1 decision number, %2 its date, %3 the unit
               tr("(Attached to Decision No. %1 dated %2 of %3)")
                   .arg(decisionNo.isEmpty() ? u"……/QĐ-……"_s : esc(decisionNo),
                        decisionDate.isValid() ? dmy(decisionDate) : u"……/……/………"_s, esc(issuer)));

    QStringList rows;
    int group = 0;
    int total = 0;
    static const QStringList roman{u"I"_s, u"II"_s, u"III"_s, u"IV"_s, u"V"_s, u"VI"_s, u"VII"_s, u"VIII"_s};
    for (const auto &[award, lines] : groups) {
        if (lines.empty())
            continue;
        const QString mark = roman.value(group, QString::number(group + 1));
        ++group;
        rows << row({u"<td colspan=\"6\">"_s + mark + u". "_s + esc(ReviewAwards::label(award)) + u" ("_s
                     + tr("%n award(s)", nullptr, int(lines.size())) + u")</td>"_s},
                    u"group"_s);
        int n = 0;
        for (const Line &l : lines) {
            ++total;
            rows << row({num(number(++n)), esc(l.name), l.position.isEmpty() ? QString() : esc(l.position),
                         esc(unitName), orDots(l.decision->decisionNo),
                         u"<td class=\"c\">"_s + dateOrDots(l.decision->decisionDate) + u"</td>"_s});
        }
    }
    if (total == 0)
        h += u"<p>"_s + tr("No award is approved.") + u"</p>"_s;
    else
        h += table({tr("No."), tr("Full name"), tr("Position"), tr("Unit"), tr("Decision No."), tr("Date")},
                   {u"6%"_s, u"25%"_s, u"19%"_s, u"20%"_s, u"16%"_s, u"14%"_s}, rows)
            + u"<p><i>"_s + tr("In all: %n award(s).", nullptr, total) + u"</i></p>"_s;

    h += signatures(QString(), QString(), tr("HEAD OF THE UNIT"), tr("(signature, full name and seal)"))
        + u"</body></html>"_s;
    return h;
}

namespace {

QByteArray renderDocument(const QString &html, const QString &pageTitle, QString *error)
{
    const PdfDocument::Messages messages{
        ReviewDocuments::tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)"),
        ReviewDocuments::tr("cannot start the PDF"), ReviewDocuments::tr("cannot write the PDF"),
        ReviewDocuments::tr("Page %1 of %2")};
    if (!PdfDocument::canRender(messages, error))
        return {};
    // Nghị định 30/2020/NĐ-CP: A4 portrait, margins left 30 mm, right 15 mm, top and bottom 20 mm.
    const PdfDocument::Page page{pageTitle, QPageLayout::Portrait, QMarginsF(30, 20, 15, 20)};
    return PdfDocument::render(html, page, messages, error);
}

bool checkUnit(const ReviewResult &review, const QString &unitCode, QString *error)
{
    if (!review.error.isEmpty()) {
        if (error)
            *error = review.error;
        return false;
    }
    if (findUnit(review, unitCode))
        return true;
    if (error)
        *error = ReviewDocuments::tr("nobody of the unit \"%1\" is evaluated in %2").arg(unitCode).arg(review.year);
    return false;
}

} // namespace

QByteArray ReviewDocuments::minutes(const ReviewResult &review, const QString &unitCode, const Options &options,
                                    QString *error)
{
    if (!checkUnit(review, unitCode, error))
        return {};
    return renderDocument(minutesHtml(review, unitCode, options), tr("Council minutes, %1").arg(review.year), error);
}

QByteArray ReviewDocuments::decisionList(const ReviewResult &review, const QString &unitCode, const Options &options,
                                         QString *error)
{
    if (!checkUnit(review, unitCode, error))
        return {};
    return renderDocument(decisionListHtml(review, unitCode, options), tr("List of awards, %1").arg(review.year),
                          error);
}
