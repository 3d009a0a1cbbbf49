// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/** The awards an emulation-reward council (hội đồng thi đua, khen thưởng) decides at year end. */
namespace ReviewAwards {
inline constexpr auto LaoDongTienTien = "lao_dong_tien_tien";          ///< Lao động tiên tiến (Luật TĐKT 2022 Art 24)
inline constexpr auto ChienSiThiDuaCoSo = "chien_si_thi_dua_co_so";    ///< Chiến sĩ thi đua cơ sở (Art 23)
inline constexpr auto GiayKhen = "giay_khen";                          ///< Giấy khen (Art 9, 74–75)
inline constexpr auto BangKhen = "bang_khen";                          ///< Bằng khen (proposed upward)
inline constexpr auto TapTheLaoDongTienTien = "tap_the_lao_dong_tien_tien"; ///< Tập thể lao động tiên tiến (collective)

/** Every award code, individual ones first. */
QStringList all();
/** True for an award given to a unit (staff code ""), false for one given to a person. */
bool isCollective(const QString &award);
/** The translated name, e.g. "Advanced worker" / "Lao động tiên tiến"; the code itself when unknown. */
QString label(const QString &award);
} // namespace ReviewAwards

/** What the council made of a proposal. */
namespace ReviewOutcomes {
inline constexpr auto Proposed = "proposed";  ///< put to the council, not voted yet
inline constexpr auto Approved = "approved";  ///< the council agreed (đề nghị / quyết định khen thưởng)
inline constexpr auto Rejected = "rejected";  ///< the council did not agree
QStringList all();
QString label(const QString &outcome);
} // namespace ReviewOutcomes

/** One decision of the council on one award for a person or the unit (table review_decision). */
struct ReviewDecision
{
    qint64 id = 0;                 ///< storage id; 0 = not stored yet
    int year = 0;
    QString unitCode;              ///< the unit whose council decided
    QString staffCode;             ///< mã cán bộ; "" = the unit itself (collective award)
    QString award;                 ///< a ReviewAwards code
    QString outcome = QString::fromLatin1(ReviewOutcomes::Proposed);
    std::optional<int> votesFor;   ///< số phiếu đồng ý; nullopt = not recorded
    std::optional<int> votesAgainst;
    std::optional<int> votesAbstain;
    QString decisionNo;            ///< số quyết định khen thưởng
    QDate decisionDate;            ///< ngày quyết định
    QString note;

    friend bool operator==(const ReviewDecision &, const ReviewDecision &) = default;
};

/** The council's meeting of one unit and year: what the minutes (biên bản họp) record. */
struct ReviewMeeting
{
    int year = 0;
    QString unitCode;
    QDate meetingDate;
    QString place;
    QString chair;                 ///< chủ trì
    QString secretary;             ///< thư ký
    int membersTotal = 0;          ///< thành viên hội đồng
    int membersPresent = 0;        ///< có mặt
    QString note;

    friend bool operator==(const ReviewMeeting &, const ReviewMeeting &) = default;
};

/** A closed year (khóa sổ): its evaluations, discipline decisions and review decisions are locked. */
struct YearClosure
{
    int year = 0;
    QDateTime closedAt;            ///< UTC
    QString closedBy;
    QString note;

    friend bool operator==(const YearClosure &, const YearClosure &) = default;
};
