// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoreview.h"

#include "reviewservice.h"
#include "storage/database.h"
#include "storage/reviewrepository.h"

#include <random>

using namespace Qt::StringLiterals;

namespace DemoReview {

bool fill(Database &db, const Clock &clock, const QString &actor, quint32 seed, QString *error)
{
    std::mt19937 rng(seed ^ 0x52455649u); // "REVI"
    const int year = kDecidedYear;
    const ReviewResult review = ReviewService(db, clock).review(year);
    if (!review.error.isEmpty()) {
        *error = review.error;
        return false;
    }
    ReviewRepository repo(db.connection());
    Q_UNUSED(actor)
    QString err;
    auto write = [&](const ReviewDecision &d) { return repo.write(d, &err) != 0; };
    int rejectedLeft = 2; // "a couple" of proposals the council voted down
    int unitIndex = 0;
    for (const ReviewUnitResult &unit : review.units) {
        if (unit.people.empty())
            continue;
        ReviewMeeting m;
        m.year = year;
        m.unitCode = unit.unitCode;
        m.meetingDate = QDate(year, 12, 15 + unitIndex % 6);
        m.place = u"Hội trường %1"_s.arg(unit.unitName);
        // The chair and the secretary: two of the unit's people, chosen by the seed.
        const size_t n = unit.people.size();
        const size_t chair = std::uniform_int_distribution<size_t>(0, n - 1)(rng);
        m.chair = unit.people[chair].fullName;
        m.secretary = n > 1 ? unit.people[(chair + 1 + rng() % (n - 1)) % n].fullName : QString();
        m.membersTotal = 5 + int(rng() % 5);
        m.membersPresent = m.membersTotal - int(rng() % 2);
        m.note = u"Hội đồng làm việc dân chủ, khách quan; biểu quyết bằng giơ tay."_s;
        if (!repo.write(m, &err)) {
            *error = err;
            return false;
        }
        // One decision of the unit's head for the year, dated after the meeting.
        const QString decisionNo = u"%1/QĐ-KT"_s.arg(100 + unitIndex * 7 + int(rng() % 7));
        const QDate decisionDate(year, 12, 26 + int(rng() % 5));
        auto decision = [&](const QString &staffCode, const char *award) {
            ReviewDecision d;
            d.year = year;
            d.unitCode = unit.unitCode;
            d.staffCode = staffCode;
            d.award = QString::fromLatin1(award);
            d.outcome = QString::fromLatin1(ReviewOutcomes::Approved);
            const int abstain = rng() % 4 == 0 ? 1 : 0;
            d.votesFor = m.membersPresent - abstain;
            d.votesAgainst = 0;
            d.votesAbstain = abstain;
            d.decisionNo = decisionNo;
            d.decisionDate = decisionDate;
            return d;
        };
        for (const ReviewPersonRow &p : unit.people) {
            if (p.review.laoDongTienTien.eligible && !write(decision(p.review.code, ReviewAwards::LaoDongTienTien))) {
                *error = err;
                return false;
            }
            if (!p.review.chienSiThiDuaCoSo.eligible)
                continue;
            ReviewDecision d = decision(p.review.code, ReviewAwards::ChienSiThiDuaCoSo);
            if (rejectedLeft > 0 && rng() % 3 == 0) {
                // Voted down: more against than for; no decision follows.
                --rejectedLeft;
                d.outcome = QString::fromLatin1(ReviewOutcomes::Rejected);
                d.votesFor = m.membersPresent / 2 - 1;
                d.votesAgainst = m.membersPresent - *d.votesFor;
                d.votesAbstain = 0;
                d.decisionNo.clear();
                d.decisionDate = {};
                d.note = u"Sáng kiến chưa được Hội đồng sáng kiến cơ sở công nhận đủ phạm vi ảnh hưởng."_s;
            }
            if (!write(d)) {
                *error = err;
                return false;
            }
        }
        if (unit.review.tapTheMembersOk.eligible
            && !write(decision(QString(), ReviewAwards::TapTheLaoDongTienTien))) {
            *error = err;
            return false;
        }
        ++unitIndex;
    }
    return true;
}

} // namespace DemoReview
