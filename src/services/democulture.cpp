// SPDX-License-Identifier: GPL-3.0-or-later
#include "democulture.h"

#include "domain/culture.h"
#include "domain/unitdirectory.h"
#include "storage/culturerepository.h"

#include <QHash>

#include <random>

using namespace Qt::StringLiterals;

namespace {

/** When and by whom: two rounds before the merge of 01/07/2025, one after it, two in 2026. */
struct Round
{
    QDate date;
    QString inspector;
};

const std::vector<Round> &rounds()
{
    static const std::vector<Round> r{
        {QDate(2025, 3, 18), u"Phòng Nội vụ thị xã Phước Long"_s},
        {QDate(2025, 6, 10), u"Tổ kiểm tra công vụ thị xã"_s},
        {QDate(2025, 10, 14), u"Sở Nội vụ tỉnh Đồng Nai"_s},
        {QDate(2026, 3, 17), u"Tổ kiểm tra công vụ phường"_s},
        {QDate(2026, 9, 22), u"Sở Nội vụ tỉnh Đồng Nai"_s},
    };
    return r;
}

/** What an inspector writes for a breach of each item. */
QString breachNote(const QString &item)
{
    static const QHash<QString, QString> notes{
        {u"the_deo"_s, u"Không đeo thẻ công chức khi tiếp công dân"_s},
        {u"trang_phuc"_s, u"Mặc quần jean, áo phông không cổ trong giờ làm việc"_s},
        {u"khong_ruou_bia"_s, u"Uống bia trong giờ nghỉ trưa ngày làm việc"_s},
        {u"khong_hut_thuoc"_s, u"Hút thuốc lá trong phòng làm việc"_s},
        {u"dung_gio"_s, u"Đi làm muộn, vắng mặt tại bộ phận một cửa không có lý do"_s},
        {u"bon_xin_bon_luon"_s, u"Công dân phản ánh thái độ thiếu tôn trọng khi hướng dẫn hồ sơ"_s},
        {u"khong_te_nan"_s, u"Đăng thông tin chưa kiểm chứng lên mạng xã hội"_s},
        {u"ky_luat_lam_viec"_s, u"Chơi trò chơi điện tử trong giờ làm việc"_s},
        {u"hop_tac"_s, u"Không phối hợp giải quyết hồ sơ liên thông"_s},
        {u"cong_bang_lanh_dao"_s, u"Đánh giá cán bộ thiếu khách quan"_s},
    };
    return notes.value(item);
}

/** A number in [0, n) from the engine, the same on every machine (no std distributions). */
int below(std::mt19937 &rng, int n)
{
    return int(rng() % quint32(n));
}

} // namespace

namespace DemoCulture {

bool fill(QSqlDatabase db, const DemoOffice &office, quint32 seed, QString *error)
{
    std::mt19937 rng(seed ^ 0x5eed1847u);
    CultureRepository repo(db);
    const std::vector<CultureItem> items = repo.items(true, error);
    if (items.empty()) {
        if (error->isEmpty())
            *error = u"the culture checklist is empty"_s;
        return false;
    }
    const UnitDirectory units(office.units);
    // The town's commune-level units only (a province-size demo stays quick): at most 8 per round.
    for (const Round &round : rounds()) {
        int inspected = 0;
        QHash<QString, QString> standing; // recorded unit → the unit standing for it on the round's date
        auto unitOn = [&](const QString &code) {
            auto it = standing.constFind(code);
            if (it == standing.cend())
                it = standing.insert(code, units.resolveOn(code, round.date));
            return *it;
        };
        for (const OrgUnit &unit : office.units) {
            if (inspected >= 8 || !unit.isCommuneLevel() || !unit.isValidOn(round.date))
                continue;
            std::vector<const StaffMember *> people;
            for (const StaffMember &m : office.staff) {
                if (m.isInServiceOn(round.date) && unitOn(m.unitCode) == unit.code)
                    people.push_back(&m);
            }
            if (people.empty())
                continue;
            ++inspected;
            // About ten people per visit, picked by the engine.
            while (people.size() > 10)
                people.erase(people.begin() + below(rng, int(people.size())));
            CultureInspection inspection{0, unit.code, round.date, round.inspector, {}};
            const qint64 id = repo.writeInspection(inspection, error);
            if (id <= 0)
                return false;
            std::vector<CultureObservation> observations;
            std::vector<CultureViolation> breaches;
            for (const StaffMember *m : people) {
                for (const CultureItem &item : items) {
                    QString result = QString(CultureResults::Pass);
                    if (item.leadersOnly && !m->isLeader.value_or(false))
                        result = QString(CultureResults::NotApplicable);
                    else if (below(rng, 1000) < 25)
                        result = QString(CultureResults::Breach);
                    const QString note = result == CultureResults::Breach ? breachNote(item.code) : QString();
                    observations.push_back({id, m->code, item.code, result, note});
                    if (result == CultureResults::Breach) {
                        CultureViolation v;
                        v.staffCode = m->code;
                        v.itemCode = item.code;
                        v.date = round.date;
                        v.inspectionId = id;
                        v.description = note;
                        // Older breaches have been verified; a few were found not to be breaches.
                        const int roll = below(rng, 10);
                        v.status = round.date.year() == 2025 && roll < 6 ? QString(CultureViolationStatus::Confirmed)
                            : roll == 9 ? QString(CultureViolationStatus::Dismissed)
                            : roll < 3  ? QString(CultureViolationStatus::Confirmed)
                                        : QString(CultureViolationStatus::Reported);
                        breaches.push_back(v);
                    }
                }
            }
            if (!repo.replaceObservations(id, observations, error))
                return false;
            for (const CultureViolation &v : breaches) {
                if (repo.writeViolation(v, error) <= 0)
                    return false;
            }
        }
    }
    return true;
}

} // namespace DemoCulture
