// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewService::review: each unit's people with the facts the rules need, the rules applied, the
// council's decisions and meeting, and the discipline of the year to note (RECORDS-CSV.md "review").
#include "reviewservice.h"

#include "domain/textfold.h"
#include "evaluationservice.h"
#include "storage/database.h"
#include "storage/disciplinerepository.h"
#include "storage/reviewrepository.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"

#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

ReviewService::ReviewService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

QString ReviewService::thresholdKey()
{
    return u"review.collective_threshold"_s;
}

QString ReviewService::capKey()
{
    return u"review.cstdcs_cap"_s;
}

QString ReviewService::closedYearError(int year)
{
    return tr("the year %1 is closed: reopen it (with a reason) before changing its records").arg(year);
}

ReviewSettings ReviewService::settings() const
{
    ReviewSettings s;
    SettingRepository repo(m_db.connection());
    bool ok = false;
    if (const auto v = repo.value(thresholdKey())) {
        const int perMille = v->toInt(&ok);
        if (ok && perMille >= 1 && perMille <= 1000)
            s.collectiveThresholdPerMille = perMille;
    }
    if (const auto v = repo.value(capKey()); v && !v->isEmpty()) {
        const int perMille = v->toInt(&ok);
        if (ok && perMille >= 1 && perMille <= 1000)
            s.cstdcsCapPerMille = perMille;
    }
    return s;
}

ReviewResult ReviewService::review(int year, const QString &unitCode) const
{
    ReviewResult result;
    result.year = year;
    result.unitCode = unitCode;
    result.settings = settings();
    const QDate last(year, 12, 31);

    // Levels, initiatives and each person's unit on 31/12 come from the evaluation report alone.
    const EvaluationReport evaluations = EvaluationService(m_db, m_clock).report(year, unitCode);
    if (!evaluations.error.isEmpty()) {
        result.error = evaluations.error;
        return result;
    }
    QString error;
    ReviewRepository reviews(m_db.connection());
    result.closure = reviews.closure(year, &error);
    std::vector<DisciplineDecision> discipline;
    std::vector<ReviewDecision> decisions;
    std::vector<ReviewMeeting> meetings;
    if (error.isEmpty())
        discipline = DisciplineRepository(m_db.connection()).effectiveUpTo(last, &error);
    if (error.isEmpty())
        decisions = reviews.decisions(year, {}, &error);
    if (error.isEmpty())
        meetings = reviews.meetings(year, &error);
    if (!error.isEmpty()) {
        result.error = tr("cannot read the review: %1").arg(error);
        return result;
    }
    QHash<QString, std::vector<DisciplineDecision>> disciplineOf;
    for (const DisciplineDecision &d : discipline)
        disciplineOf[d.staffCode].push_back(d);

    // Units in code order; in each, the facts in the report's order (unit, task group, code).
    QMap<QString, ReviewUnitResult> units;
    QMap<QString, ReviewUnitFacts> facts;
    for (const PersonEvaluation &p : evaluations.people) {
        ReviewUnitResult &unit = units[p.unitCode];
        unit.unitCode = p.unitCode;
        unit.unitName = p.unitName;
        ReviewPersonFacts f;
        f.code = p.evaluation.staffCode;
        f.startDate = p.startDate;
        // A person who is not rated has no level that counts (RECORDS-CSV.md "report evaluations").
        f.finalLevel = p.outcome.rated ? p.evaluation.finalLevel : QString();
        f.initiative = p.evaluation.initiative;
        f.discipline = disciplineOf.value(f.code);
        facts[p.unitCode].unitCode = p.unitCode;
        facts[p.unitCode].people.push_back(f);

        ReviewPersonRow row;
        row.fullName = p.fullName;
        row.category = p.category;
        row.position = p.position;
        row.unitCode = p.unitCode;
        row.finalLevel = p.evaluation.finalLevel;
        row.initiative = p.evaluation.initiative;
        row.startDate = f.startDate;
        unit.people.push_back(row);
    }

    // The year's discipline decisions, each under the unit that reviews the person. A member disciplined
    // in the year without an evaluation is still a member: not rated, but their cảnh cáo bars the
    // collective title all the same (RECORDS-CSV.md "review", per unit).
    const std::vector<DisciplineListRow> rows = DisciplineService(m_db, m_clock).list(year, unitCode);
    for (const DisciplineListRow &row : rows) {
        auto it = units.find(row.unitCode);
        if (it == units.end())
            continue;
        it->discipline.push_back(row);
        const QString code = row.effect.decision.staffCode;
        std::vector<ReviewPersonFacts> &people = facts[row.unitCode].people;
        if (std::any_of(people.cbegin(), people.cend(), [&](const ReviewPersonFacts &f) { return f.code == code; }))
            continue;
        // Few people: read each one rather than the whole registry again.
        const std::optional<StaffMember> member = StaffRepository(m_db.connection()).find(code);
        ReviewPersonFacts f;
        f.code = code;
        f.startDate = member ? member->startDate : QDate();
        f.discipline = disciplineOf.value(code);
        people.push_back(f);
        ReviewPersonRow person;
        person.fullName = row.fullName;
        person.category = row.category;
        person.position = member ? member->position : QString();
        person.unitCode = row.unitCode;
        person.startDate = f.startDate;
        it->people.push_back(person);
    }

    for (auto it = units.begin(); it != units.end(); ++it) {
        ReviewUnitResult &unit = it.value();
        unit.review = ReviewRules::reviewUnit(facts.value(it.key()), year, result.settings);
        for (std::size_t i = 0; i < unit.people.size(); ++i)
            unit.people[i].review = unit.review.people[i];
        for (const ReviewDecision &d : decisions) {
            if (d.unitCode != unit.unitCode)
                continue;
            if (d.staffCode.isEmpty()) {
                unit.unitDecisions.push_back(d);
                continue;
            }
            for (ReviewPersonRow &row : unit.people) {
                if (row.review.code == d.staffCode)
                    row.decisions.push_back(d);
            }
        }
        for (const ReviewMeeting &m : meetings) {
            if (m.unitCode == unit.unitCode)
                unit.meeting = m;
        }
        std::stable_sort(unit.people.begin(), unit.people.end(), [&](const ReviewPersonRow &a, const ReviewPersonRow &b) {
            // Given name first, as every list of the office (nameSortKey).
            const QString ka = nameSortKey(a.fullName), kb = nameSortKey(b.fullName);
            return ka != kb ? ka < kb : a.review.code < b.review.code;
        });
    }

    for (auto it = units.begin(); it != units.end(); ++it)
        result.units.push_back(std::move(it.value()));
    return result;
}

std::vector<ReviewDecision> ReviewService::decisions(int year, const QString &unitCode) const
{
    return ReviewRepository(m_db.connection()).decisions(year, unitCode);
}

std::optional<ReviewMeeting> ReviewService::meeting(int year, const QString &unitCode) const
{
    return ReviewRepository(m_db.connection()).meeting(year, unitCode);
}

bool ReviewService::isClosed(int year) const
{
    return closure(year).has_value();
}

std::optional<YearClosure> ReviewService::closure(int year) const
{
    return ReviewRepository(m_db.connection()).closure(year);
}

std::vector<YearClosure> ReviewService::closures() const
{
    return ReviewRepository(m_db.connection()).closures();
}
