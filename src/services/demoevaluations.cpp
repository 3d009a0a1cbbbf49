// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoevaluations.h"

#include "domain/evaluation.h"
#include "domain/evaluationlevel.h"
#include "domain/evaluationrules.h"
#include "domain/unitdirectory.h"
#include "storage/evaluationrepository.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace {

namespace L = EvaluationLevels;

/** A number in [0, n) from the engine, the same on every machine (no std distributions). */
int below(std::mt19937 &rng, int n)
{
    return int(rng() % quint32(n));
}

/** Months of the year in service (start and end dates; end exclusive), 0–12. */
int monthsInService(const StaffMember &m, int year)
{
    const int from = m.startDate.isValid() && m.startDate.year() == year ? m.startDate.month() : 1;
    const int to = m.endDate.isValid() && m.endDate.year() == year ? m.endDate.month() - 1 : 12;
    return std::clamp(to - from + 1, 0, 12);
}

/**
 * The task group (nhóm nhiệm vụ tương đồng) the demo office uses for the cap: leaders together, then
 * the staff by category, so that groups are large enough for a 20% share to mean something.
 */
QString taskGroupOf(const StaffMember &m)
{
    if (m.isLeader.value_or(false))
        return u"Lãnh đạo, quản lý"_s;
    if (m.category == "cb"_L1 || m.category == "cb_xa"_L1)
        return u"Cán bộ"_s;
    if (m.category == "cc"_L1 || m.category == "cc_xa"_L1)
        return u"Công chức chuyên môn"_s;
    if (m.category == "vc"_L1)
        return u"Viên chức"_s;
    return u"Người hoạt động không chuyên trách"_s;
}

/** The year whose evaluation is still in progress in the demo office (December 2026 season). */
constexpr int kYearInProgress = 2026;
/** The date the early units decided the year in progress. */
const QDate kEarlyDecision(kYearInProgress, 11, 20);

/** A score in tenths inside the ND 335/2025 band of level. */
int scoreFor(const QString &level, std::mt19937 &rng)
{
    if (level == L::XuatSac)
        return 900 + below(rng, 81);
    if (level == L::Tot)
        return 700 + below(rng, 200);
    if (level == L::HoanThanh)
        return 500 + below(rng, 200);
    return 300 + below(rng, 200);
}

} // namespace

namespace DemoEvaluations {

bool fill(QSqlDatabase db, const DemoOffice &office, quint32 seed, QString *error)
{
    std::mt19937 rng(seed ^ 0x4556414cu); // "EVAL"
    QHash<int, QSet<QString>> disciplined; // year → staff with a decision taking effect in it
    for (const DisciplineDecision &d : office.discipline)
        disciplined[d.effectiveOn().year()].insert(d.staffCode);
    EvaluationRepository repo(db);
    const UnitDirectory units(office.units);
    for (const int year : {2024, 2025, 2026}) {
        const QDate first(year, 1, 1), last(year, 12, 31);
        std::vector<Evaluation> evaluations;
        QMap<QString, std::vector<size_t>> groups; // resolved unit / task group → rated people (in key order:
                                                   // the same demo on every run)
        QHash<QString, QString> unitOf;              // staff code → unit on 31/12
        for (const StaffMember &m : office.staff) {
            if ((m.startDate.isValid() && m.startDate > last) || (m.endDate.isValid() && m.endDate <= first))
                continue;
            Evaluation e;
            e.staffCode = m.code;
            e.year = year;
            e.taskGroup = taskGroupOf(m);
            e.monthsWorked = monthsInService(m, year);
            const int roll = below(rng, 1000);
            if (m.gender == "nu"_L1 && roll < 25) {
                e.maternityLeave = true;
                e.monthsWorked = std::min(e.monthsWorked, 4 + below(rng, 3)); // rated all the same (ND 90 Art 2)
                e.note = u"Nghỉ chế độ thai sản"_s;
            } else if (roll >= 25 && roll < 45 && e.monthsWorked == 12) {
                e.monthsAbsent = 3 + below(rng, 3);
                e.note = u"Nghỉ ốm dài ngày"_s;
            }
            const int pick = below(rng, 100);
            QString level = pick < 9 ? QString(L::XuatSac) : pick < 76 ? QString(L::Tot)
                : pick < 97                                           ? QString(L::HoanThanh)
                                                                      : QString(L::KhongHoanThanh);
            if (e.monthsAbsent >= 3 && L::isHigher(level, L::HoanThanh) && below(rng, 5) > 0)
                level = L::HoanThanh; // mostly decided within the cap; now and then not (absence_cap flag)
            if (disciplined.value(year).contains(m.code))
                level = L::KhongHoanThanh; // ND 48/2023 Art 1; ND 335/2025; ND 233/2026 Art 14
            e.selfLevel = level == L::Tot && below(rng, 4) == 0 ? QString(L::XuatSac) : level; // some aim higher
            e.proposedLevel = level;
            e.finalLevel = level;
            e.initiative = level == L::XuatSac && below(rng, 2) == 0;
            if (year >= 2026 && (m.category == "cc"_L1 || m.category == "cc_xa"_L1)) {
                e.scoreTenths = scoreFor(level, rng);
                if (below(rng, 50) == 0)
                    e.scoreTenths = scoreFor(level == L::Tot ? QString(L::XuatSac) : QString(L::Tot), rng);
            }
            if (e.monthsWorked < 6 && !e.maternityLeave && !disciplined.value(year).contains(m.code)
                && below(rng, 5) > 0) {
                // Under 6 months: not classified, only the self-review (ND 90 Art 2); now and then an office
                // records a level all the same, which the report keeps and shows but counts nowhere.
                e.selfLevel = e.proposedLevel = e.finalLevel = QString();
                e.scoreTenths.reset();
                e.initiative = false;
                e.status = u"draft"_s;
                e.note = u"Chưa đủ 6 tháng công tác trong năm: không xếp loại"_s;
            }
            if (e.status == "decided"_L1) {
                e.decisionNo = u"%1/QĐ-ĐG"_s.arg(year);
                e.decisionDate = QDate(year, 12, 12);
            }
            const QString unit = units.resolveOn(m.unitCode, last);
            unitOf.insert(m.code, unit.isEmpty() ? m.unitCode : unit);
            if (e.monthsWorked >= 6 || e.maternityLeave) {
                groups[(unit.isEmpty() ? m.unitCode : unit) + u'/' + e.taskGroup].push_back(evaluations.size());
            }
            evaluations.push_back(std::move(e));
        }
        // Offices keep within the cap (20% of tot per unit and task group), except one group in ten.
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const std::vector<size_t> &members = it.value();
            const auto count = [&](const QString &level) {
                return int(std::count_if(members.cbegin(), members.cend(),
                                         [&](size_t i) { return evaluations[i].finalLevel == level; }));
            };
            if (below(rng, 10) == 0)
                continue;
            for (size_t i : members) {
                Evaluation &e = evaluations[i];
                if (e.finalLevel != L::XuatSac
                    || count(L::XuatSac)
                        <= EvaluationRules::excellentLimit(count(L::Tot), EvaluationRules::kDefaultRatePerMille))
                    continue;
                e.finalLevel = e.proposedLevel = QString(L::Tot);
                e.initiative = false;
                if (e.scoreTenths)
                    e.scoreTenths = scoreFor(L::Tot, rng);
            }
        }
        // The year in progress: a third of the units decided early (20/11); elsewhere each person is at
        // some step of the workflow (draft, self-assessed, proposed), with no final level yet.
        if (year == kYearInProgress) {
            for (Evaluation &e : evaluations) {
                int unitSum = 0; // the same units on every machine
                for (const QChar c : unitOf.value(e.staffCode))
                    unitSum += c.unicode();
                if (unitSum % 3 == 0) {
                    e.decisionDate = kEarlyDecision;
                    continue;
                }
                e.finalLevel.clear();
                e.decisionNo.clear();
                e.decisionDate = {};
                e.initiative = false;
                if (e.status == "draft"_L1)
                    continue; // not to be rated: stays a draft
                const int step = below(rng, 10);
                if (step < 3) {
                    e.status = QString(EvaluationStatus::Draft);
                    e.selfLevel.clear();
                    e.proposedLevel.clear();
                } else if (step < 6) {
                    e.status = QString(EvaluationStatus::SelfAssessed);
                    e.proposedLevel.clear();
                } else {
                    e.status = QString(EvaluationStatus::Proposed);
                }
            }
        }
        for (const Evaluation &e : evaluations) {
            if (repo.write(e, error) == 0)
                return false;
        }
    }
    return true;
}

} // namespace DemoEvaluations
