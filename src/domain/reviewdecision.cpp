// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewdecision.h"

using namespace Qt::StringLiterals;

namespace {
struct ReviewTr
{
    Q_DECLARE_TR_FUNCTIONS(ReviewDecision)
};
} // namespace

QStringList ReviewAwards::all()
{
    return {QString::fromLatin1(LaoDongTienTien), QString::fromLatin1(ChienSiThiDuaCoSo), QString::fromLatin1(GiayKhen),
            QString::fromLatin1(BangKhen), QString::fromLatin1(TapTheLaoDongTienTien)};
}

bool ReviewAwards::isCollective(const QString &award)
{
    return award == QLatin1StringView(TapTheLaoDongTienTien);
}

QString ReviewAwards::label(const QString &award)
{
    if (award == QLatin1StringView(LaoDongTienTien))
        return ReviewTr::tr("Advanced worker");
    if (award == QLatin1StringView(ChienSiThiDuaCoSo))
        return ReviewTr::tr("Grassroots emulation fighter");
    if (award == QLatin1StringView(GiayKhen))
        return ReviewTr::tr("Certificate of merit (Giấy khen)");
    if (award == QLatin1StringView(BangKhen))
        return ReviewTr::tr("Certificate of merit (Bằng khen), proposed");
    if (award == QLatin1StringView(TapTheLaoDongTienTien))
        return ReviewTr::tr("Advanced collective");
    return award;
}

QStringList ReviewOutcomes::all()
{
    return {QString::fromLatin1(Proposed), QString::fromLatin1(Approved), QString::fromLatin1(Rejected)};
}

QString ReviewOutcomes::label(const QString &outcome)
{
    if (outcome == QLatin1StringView(Proposed))
        return ReviewTr::tr("Proposed");
    if (outcome == QLatin1StringView(Approved))
        return ReviewTr::tr("Approved");
    if (outcome == QLatin1StringView(Rejected))
        return ReviewTr::tr("Rejected");
    return outcome;
}
