// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "demonames.h"
#include "domain/codetable.h"
#include "domain/disciplineform.h"
#include "domain/disciplinerules.h"
#include "domain/unitdirectory.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <random>
#include <span>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

/** The largest town office; people beyond it go to the generated province. */
constexpr int TownCapacity = 500;
/** Size of a generated commune, and the most generated communes (a province after 2025 has ~100). */
constexpr int PeoplePerDemoCommune = 40;
constexpr int MaxDemoCommunes = 2500;
/** Chance in 100 that an optional cell is left empty ("not known"). */
constexpr int BlankPercent = 3;

QDate mergeDate()
{
    return QDate(2025, 7, 1);
}

/**
 * Portable randomness. std::mt19937's sequence is fixed by the standard; the standard
 * distributions and std::shuffle are not, so ranges are taken with % here (the modulo bias does
 * not matter for demo data). Draw once per statement: argument evaluation order is unspecified.
 */
class Rng
{
public:
    explicit Rng(quint32 seed) : m_engine(seed) { }

    /** 0 ≤ result < n, n > 0. */
    int below(int n) { return int(quint32(m_engine()) % quint32(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    /** True with a chance of percent in 100. */
    bool chance(int percent) { return below(100) < percent; }
    QDate dateBetween(const QDate &from, const QDate &to) { return from.addDays(below(int(from.daysTo(to)) + 1)); }

    template<typename T>
    const T &pick(std::span<const T> items) { return items[std::size_t(below(int(items.size())))]; }

    QString pickWeighted(std::span<const WeightedText> items)
    {
        int total = 0;
        for (const auto &i : items)
            total += i.weight;
        int r = below(total);
        for (const auto &i : items) {
            if (r < i.weight)
                return i.text;
            r -= i.weight;
        }
        return items.back().text;
    }
    QString pickWeighted(std::initializer_list<WeightedText> items)
    {
        return pickWeighted(std::span<const WeightedText>(items.begin(), items.size()));
    }

    /** Fisher–Yates with our own ranges (std::shuffle's result differs between libraries). */
    void shuffle(std::vector<QString> &v)
    {
        for (int i = int(v.size()) - 1; i > 0; --i)
            std::swap(v[std::size_t(i)], v[std::size_t(below(i + 1))]);
    }

private:
    std::mt19937 m_engine;
};

/**
 * Draws codes in fixed proportions: a shuffled deck, reshuffled when used up. Keeps the
 * qualification mix of a few hundred commune staff close to the national figures, where
 * independent draws would wander by several points.
 */
class Deck
{
public:
    explicit Deck(std::initializer_list<WeightedText> shares)
    {
        for (const auto &s : shares)
            m_cards.insert(m_cards.end(), std::size_t(s.weight), s.text);
        m_next = m_cards.size();
    }
    QString draw(Rng &rng)
    {
        if (m_next >= m_cards.size()) {
            rng.shuffle(m_cards);
            m_next = 0;
        }
        return m_cards[m_next++];
    }

private:
    std::vector<QString> m_cards;
    std::size_t m_next = 0;
};

const CommuneTitleProfile &communeTitle(const QString &code)
{
    for (const auto &t : DemoNames::communeTitles()) {
        if (t.code == code)
            return t;
    }
    Q_UNREACHABLE();
}

OrgUnit makeUnit(QString code, QString name, QString kind, QString parent, QDate from, QDate to,
                 QString successor = {}, bool difficult = false)
{
    OrgUnit u;
    u.code = std::move(code);
    u.name = std::move(name);
    u.kind = std::move(kind);
    u.parentCode = std::move(parent);
    u.validFrom = from;
    u.validTo = to;
    u.successorCode = std::move(successor);
    u.difficultArea = difficult;
    return u;
}

/** A unit that has staff, with its code prefix and the counters of positions handed out. */
struct StaffUnit
{
    QString code;
    QString prefix;
    bool difficult = false;
    const DemoAgency *agency = nullptr;
    int nextNumber = 1;
    int partTimeHandedOut = 0;
    int positionsHandedOut = 0;
    int cadresHandedOut = 0;
};

/** One person to generate: where, in which category and position. */
struct Slot
{
    int unit = 0; ///< index into Builder::m_units
    QString category;
    QString position;
    bool leader = false;
    bool core = false;     ///< a holder the demo needs: keeps serving, start date known
    bool newcomer = false; ///< started in a new ward after the merge
    const PartTimePosition *partTime = nullptr;
    const DemoAgency *profile = nullptr; ///< fields of study of cc / cb / vc
};

/** Builds one office; all randomness flows through m_rng in a fixed order. */
class Builder
{
public:
    explicit Builder(quint32 seed) : m_rng(seed) { }
    DemoOffice build(int staffCount);

private:
    void addTownUnits();
    std::vector<Slot> townPlan();
    void addDemoProvince(int people);
    Slot communeSlot(int unit, const QString &title, bool core) const;
    Slot partTimeSlot(int unit);
    Slot agencySlot(int unit, int rank);
    Slot demoSlot(int unit, int index);
    StaffMember makePerson(const Slot &slot);
    void qualify(StaffMember &m, const Slot &slot);

    Rng m_rng;
    // Professional level and political theory of commune staff in the national proportions of
    // 31/12/2024 (LEGAL-RULES.md §4.5), per 200 people: university or higher 92.5% (national
    // 92.42), intermediate or college 7% (6.93), elementary or untrained 0.5% (0.65); political
    // theory trung cấp 81%, cao cấp or cử nhân 7% (7.07), sơ cấp or none 12% (12.31).
    Deck m_levels{{u"thac_si"_s, 12}, {u"dai_hoc"_s, 173}, {u"cao_dang"_s, 4}, {u"trung_cap"_s, 10}, {u"so_cap"_s, 1}};
    Deck m_theory{{u"cu_nhan"_s, 4}, {u"cao_cap"_s, 10}, {u"trung_cap"_s, 162}, {u"so_cap"_s, 16}, {u"none"_s, 8}};
    DemoOffice m_office;
    std::vector<StaffUnit> m_units;
    std::vector<int> m_oldCommunes, m_agencies, m_serviceUnits, m_newWards;
};

void Builder::addTownUnits()
{
    const QDate merge = mergeDate();
    auto &units = m_office.units;
    units.push_back(makeUnit(u"70"_s, u"Tỉnh Bình Phước"_s, u"tinh"_s, {}, {}, merge, u"75"_s));
    // The merged province of 01/07/2025 (QĐ 759/QĐ-TTg); the former Đồng Nai is not modelled.
    units.push_back(makeUnit(u"75"_s, u"Tỉnh Đồng Nai"_s, u"tinh"_s, {}, merge, {}));
    // The district level was abolished on 01/07/2025: the town has no successor.
    units.push_back(makeUnit(u"688"_s, u"Thị xã Phước Long"_s, u"huyen"_s, u"70"_s, {}, merge));

    for (const auto &c : DemoNames::oldCommunes()) {
        units.push_back(makeUnit(c.code, c.name, c.kind, u"688"_s, {}, merge, c.successor, c.difficult));
        m_oldCommunes.push_back(int(m_units.size()));
        m_units.push_back({c.code, c.prefix, c.difficult});
    }
    for (const auto &a : DemoNames::townAgencies()) {
        units.push_back(makeUnit(a.code, a.name, a.kind, u"688"_s, {}, merge, a.successor));
        (a.kind == "co_quan"_L1 ? m_agencies : m_serviceUnits).push_back(int(m_units.size()));
        m_units.push_back({a.code, a.prefix, false, &a});
    }
    for (const auto &w : DemoNames::newWards()) {
        units.push_back(makeUnit(w.code, w.name, w.kind, u"75"_s, merge, {}));
        m_newWards.push_back(int(m_units.size()));
        m_units.push_back({w.code, w.prefix, w.difficult});
    }
}

Slot Builder::communeSlot(int unit, const QString &title, bool core) const
{
    const bool cadre = CodeTables::communeCadreTitles().contains(title);
    Slot s;
    s.unit = unit;
    s.category = cadre ? u"cb_xa"_s : u"cc_xa"_s;
    s.position = title;
    s.leader = communeTitle(title).leader;
    s.core = core;
    return s;
}

Slot Builder::partTimeSlot(int unit)
{
    const auto positions = DemoNames::partTimePositions();
    auto &u = m_units[std::size_t(unit)];
    const PartTimePosition &p = positions[std::size_t(u.partTimeHandedOut++) % positions.size()];
    Slot s;
    s.unit = unit;
    s.category = u"khong_chuyen_trach"_s;
    s.position = p.title;
    s.partTime = &p;
    return s;
}

/** rank 0 = head, 1 = deputy, otherwise the unit's next staff position. */
Slot Builder::agencySlot(int unit, int rank)
{
    auto &u = m_units[std::size_t(unit)];
    const DemoAgency &a = *u.agency;
    Slot s;
    s.unit = unit;
    s.category = a.kind == "co_quan"_L1 ? u"cc"_s : u"vc"_s;
    s.profile = &a;
    s.leader = rank < 2;
    s.core = rank == 0;
    if (rank == 0)
        s.position = a.head;
    else if (rank == 1)
        s.position = a.deputy;
    else
        s.position = a.positions.at(u.positionsHandedOut++ % a.positions.size());
    return s;
}

std::vector<Slot> Builder::townPlan()
{
    std::vector<Slot> plan;
    const int office = m_agencies.front(); // Văn phòng HĐND và UBND: the town's elected leaders
    const DemoAgency &cadres = DemoNames::townCadres();
    auto townCadre = [&](bool core) {
        auto &u = m_units[std::size_t(office)];
        Slot s;
        s.unit = office;
        s.category = u"cb"_s;
        s.position = cadres.positions.at(u.cadresHandedOut++ % cadres.positions.size());
        s.leader = true;
        s.core = core;
        s.profile = &cadres;
        return s;
    };
    // Newcomers of the new wards (started after 01/07/2025), two per tier.
    auto newcomer = [&](int unit, int index) {
        static const QString titles[] = {u"van_phong_thong_ke"_s, u"Chuyên viên Phòng Kinh tế"_s, u"dia_chinh"_s,
                                         u"Chuyên viên Phòng Văn hóa - Xã hội"_s};
        Slot s;
        if (index % 2 == 0) {
            s = communeSlot(unit, titles[index], true);
        } else {
            s.unit = unit;
            s.category = u"cc"_s;
            s.position = titles[index];
            s.profile = &DemoNames::communeCivilServants();
        }
        s.core = true;
        s.newcomer = true;
        return s;
    };

    // Tier 1: what the demo must show: every title of every commune, every unit's head.
    for (int c : m_oldCommunes) {
        for (const auto &t : DemoNames::communeTitles())
            plan.push_back(communeSlot(c, t.code, true));
        plan.push_back(partTimeSlot(c));
    }
    for (int a : m_agencies)
        plan.push_back(agencySlot(a, 0));
    for (int a : m_serviceUnits)
        plan.push_back(agencySlot(a, 0));
    plan.push_back(townCadre(true));
    for (int w : m_newWards) {
        plan.push_back(newcomer(w, 0));
        plan.push_back(newcomer(w, 1));
    }

    // Tier 2: the usual second holders, deputies and first specialists.
    for (int c : m_oldCommunes) {
        plan.push_back(communeSlot(c, u"pho_chu_tich_ubnd"_s, false));
        plan.push_back(communeSlot(c, u"van_phong_thong_ke"_s, false));
        plan.push_back(communeSlot(c, u"dia_chinh"_s, false));
        plan.push_back(partTimeSlot(c));
        plan.push_back(partTimeSlot(c));
    }
    for (int a : m_agencies) {
        for (int rank = 1; rank <= 3; ++rank)
            plan.push_back(agencySlot(a, rank));
    }
    for (int a : m_serviceUnits) {
        for (int rank = 1; rank <= 6; ++rank)
            plan.push_back(agencySlot(a, rank));
    }
    for (qsizetype i = 1; i < cadres.positions.size(); ++i)
        plan.push_back(townCadre(false));
    for (int w : m_newWards) {
        plan.push_back(newcomer(w, 2));
        plan.push_back(newcomer(w, 3));
    }

    // Tier 3: rounds of part-time workers, specialists and teachers up to the town's size;
    // the first 14 rounds also give each commune a second culture and finance civil servant
    // (22 cán bộ and công chức per commune, the ND 33 ceiling).
    const int communes = int(m_oldCommunes.size());
    const int agencies = int(m_agencies.size());
    for (int round = 0; int(plan.size()) < TownCapacity; ++round) {
        for (int k = 0; k < 3; ++k)
            plan.push_back(partTimeSlot(m_oldCommunes[std::size_t((round * 3 + k) % communes)]));
        for (int k = 0; k < 5; ++k)
            plan.push_back(agencySlot(m_agencies[std::size_t((round * 5 + k) % agencies)], 2));
        const int teachers[] = {0, 0, 1, 1, 1, 2, 2, 2}; // centre 2, secondary 3, primary 3
        for (int t : teachers)
            plan.push_back(agencySlot(m_serviceUnits[std::size_t(t)], 2));
        if (round < 2 * communes) {
            const QString title = round < communes ? u"van_hoa_xa_hoi"_s : u"tai_chinh_ke_toan"_s;
            plan.push_back(communeSlot(m_oldCommunes[std::size_t(round % communes)], title, false));
        }
    }
    plan.resize(TownCapacity);
    return plan;
}

Slot Builder::demoSlot(int unit, int index)
{
    const auto titles = DemoNames::communeTitles();
    if (index < int(titles.size()))
        return communeSlot(unit, titles[std::size_t(index)].code, true);
    // The rest of a generated commune, in a fixed cycle of 23: 2 more cán bộ, 4 công chức cấp xã,
    // 7 part-time workers, 4 civil servants (one a Party cadre), 6 public employees.
    enum Kind { Title, PartTime, CivilServant, PartyCadre, PublicEmployee };
    static const std::pair<Kind, QString> cycle[] = {
        {Title, u"pho_chu_tich_ubnd"_s}, {Title, u"van_phong_thong_ke"_s}, {PartTime, {}},
        {PublicEmployee, {}}, {CivilServant, {}}, {PartTime, {}}, {Title, u"dia_chinh"_s},
        {PublicEmployee, {}}, {PartTime, {}}, {CivilServant, {}}, {PublicEmployee, {}},
        {Title, u"pho_bi_thu"_s}, {PartTime, {}}, {PublicEmployee, {}}, {Title, u"tai_chinh_ke_toan"_s},
        {PartTime, {}}, {PartyCadre, {}}, {PublicEmployee, {}}, {PartTime, {}}, {CivilServant, {}},
        {PublicEmployee, {}}, {Title, u"van_hoa_xa_hoi"_s}, {PartTime, {}},
    };
    const auto &[kind, title] = cycle[std::size_t(index - int(titles.size())) % std::size(cycle)];
    auto &u = m_units[std::size_t(unit)];
    Slot s;
    s.unit = unit;
    switch (kind) {
    case Title:
        return communeSlot(unit, title, false);
    case PartTime:
        return partTimeSlot(unit);
    case PartyCadre:
        s.category = u"cb"_s;
        s.position = u"Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"_s;
        s.leader = true;
        s.profile = &DemoNames::communeCivilServants();
        return s;
    case CivilServant:
    case PublicEmployee: {
        const DemoAgency &a = kind == CivilServant ? DemoNames::communeCivilServants() : DemoNames::communePublicEmployees();
        s.category = kind == CivilServant ? u"cc"_s : u"vc"_s;
        s.position = a.positions.at(u.positionsHandedOut++ % a.positions.size());
        s.profile = &a;
        return s;
    }
    }
    return s;
}

void Builder::addDemoProvince(int people)
{
    const int communes = std::min(MaxDemoCommunes, (people + PeoplePerDemoCommune - 1) / PeoplePerDemoCommune);
    m_office.units.push_back(makeUnit(u"DEMO"_s, u"Tỉnh Demo"_s, u"tinh"_s, {}, {}, {}));
    const int first = int(m_units.size());
    for (int i = 1; i <= communes; ++i) {
        const QString number = QString::number(i).rightJustified(4, u'0');
        const bool ward = m_rng.chance(20);
        const bool difficult = !ward && m_rng.chance(25);
        const QString code = u"D"_s + number;
        m_office.units.push_back(makeUnit(code, (ward ? u"Phường Demo "_s : u"Xã Demo "_s) + number,
                                          ward ? u"phuong"_s : u"xa"_s, u"DEMO"_s, {}, {}, {}, difficult));
        m_units.push_back({code, code, difficult});
    }
    for (int i = 0; i < communes; ++i) {
        const int count = people / communes + (i < people % communes ? 1 : 0);
        for (int k = 0; k < count; ++k)
            m_office.staff.push_back(makePerson(demoSlot(first + i, k)));
    }
}

StaffMember Builder::makePerson(const Slot &slot)
{
    StaffUnit &unit = m_units[std::size_t(slot.unit)];
    int femalePercent = 45;
    int minBirth = 1968;
    int maxBirth = 2000;
    int termYear = 0;
    if (slot.category == "cb_xa"_L1 || slot.category == "cc_xa"_L1) {
        const auto &t = communeTitle(slot.position);
        femalePercent = t.femalePercent;
        minBirth = t.minBirthYear;
        maxBirth = t.maxBirthYear;
        termYear = t.termYear;
    } else if (slot.partTime) {
        femalePercent = slot.partTime->femalePercent;
        minBirth = slot.partTime->minBirthYear;
        maxBirth = slot.partTime->maxBirthYear;
    } else if (slot.profile) {
        femalePercent = slot.profile->femalePercent;
        if (slot.leader) {
            minBirth = 1966;
            maxBirth = 1985;
        }
        if (slot.category == "cb"_L1) // elected with the Party committee of 2020 or the council of 2021
            termYear = slot.position.contains(u"Đảng"_s) ? 2020 : 2021;
    }
    if (slot.newcomer) {
        minBirth = 1993;
        maxBirth = 2002;
    }

    StaffMember m;
    m.code = unit.prefix + u'-' + QString::number(unit.nextNumber++).rightJustified(4, u'0');
    const bool female = m_rng.chance(femalePercent);
    const bool minority = m_rng.chance(unit.difficult ? 18 : 5);
    m.gender = female ? u"nu"_s : u"nam"_s;
    if (minority) {
        // S'tiêng names of Bình Phước: men "Điểu X", women "Thị X" or "Điểu Thị X".
        if (female) {
            const bool withDieu = m_rng.chance(50);
            const QString given = m_rng.pick(DemoNames::stiengFemaleGivenNames());
            m.fullName = (withDieu ? u"Điểu Thị "_s : u"Thị "_s) + given;
        } else {
            m.fullName = u"Điểu "_s + m_rng.pick(DemoNames::stiengMaleGivenNames());
        }
    } else {
        const QString surname = m_rng.pickWeighted(DemoNames::surnames());
        const QString middle = m_rng.pick(female ? DemoNames::femaleMiddleNames() : DemoNames::maleMiddleNames());
        const auto givenNames = female ? DemoNames::femaleGivenNames() : DemoNames::maleGivenNames();
        const int g = m_rng.below(int(givenNames.size()));
        QString given = givenNames[std::size_t(g)];
        if (given == middle) // no "Minh Minh"
            given = givenNames[std::size_t(g + 1) % givenNames.size()];
        m.fullName = surname + u' ' + middle + u' ' + given;
    }
    m.ethnicMinority = minority;

    const int year = m_rng.between(minBirth, maxBirth);
    const QDate january(year, 1, 1);
    m.birthDate = january.addDays(m_rng.below(january.daysInYear()));
    m.unitCode = unit.code;
    m.category = slot.category;
    m.position = slot.position;
    m.isLeader = slot.leader;

    // Start: mostly 2005–2024, some earlier; elected leaders often at the start of their term.
    // Heads of agencies and elected town leaders get there after some years of work.
    const bool seniorPost = slot.leader && !slot.partTime && slot.category != "cb_xa"_L1;
    const QDate adult = m.birthDate.addYears(seniorPost ? 28 : 21);
    if (slot.newcomer) {
        m.startDate = m_rng.dateBetween(mergeDate(), QDate(2025, 10, 31));
    } else if (termYear != 0 && m_rng.chance(60) && adult < QDate(termYear, 5, 1)) {
        m.startDate = termYear == 2020 ? m_rng.dateBetween(QDate(2020, 6, 15), QDate(2020, 9, 30))
                                       : m_rng.dateBetween(QDate(2021, 5, 24), QDate(2021, 7, 15));
    } else {
        const bool early = m_rng.chance(10);
        const QDate latest(2024, 12, 31);
        const QDate earliest = std::min(latest, std::max(early ? QDate(1995, 1, 1) : QDate(2005, 1, 1), adult));
        m.startDate = m_rng.dateBetween(earliest, latest);
    }
    // A few left service before the merge.
    if (!slot.core && m_rng.chance(4)) {
        const QDate from = m.startDate.addDays(180);
        const QDate to(2025, 6, 30);
        if (from <= to)
            m.endDate = m_rng.dateBetween(from, to);
    }
    if (!slot.core && m_rng.chance(2))
        m.startDate = QDate(); // not known

    qualify(m, slot);
    return m;
}

void Builder::qualify(StaffMember &m, const Slot &slot)
{
    const CodeTable &levels = CodeTables::professionalLevel();
    const bool commune = slot.category == "cb_xa"_L1 || slot.category == "cc_xa"_L1;
    const bool publicEmployee = slot.category == "vc"_L1;

    if (commune) {
        m.professionalLevel = m_levels.draw(m_rng);
        m.politicalTheory = m_theory.draw(m_rng);
    } else if (slot.partTime) {
        m.professionalLevel = m_rng.pickWeighted({{u"dai_hoc"_s, 45}, {u"cao_dang"_s, 10}, {u"trung_cap"_s, 30},
                                                  {u"so_cap"_s, 8}, {u"none"_s, 7}});
        m.politicalTheory = m_rng.pickWeighted({{u"none"_s, 30}, {u"so_cap"_s, 50}, {u"trung_cap"_s, 20}});
    } else if (publicEmployee) {
        m.professionalLevel = m_rng.pickWeighted({{u"thac_si"_s, 8}, {u"dai_hoc"_s, 78}, {u"cao_dang"_s, 12},
                                                  {u"trung_cap"_s, 2}});
        m.politicalTheory = slot.leader
            ? m_rng.pickWeighted({{u"trung_cap"_s, 80}, {u"cao_cap"_s, 20}})
            : m_rng.pickWeighted({{u"none"_s, 45}, {u"so_cap"_s, 40}, {u"trung_cap"_s, 15}});
    } else { // cc and cb of the town and the generated communes
        m.professionalLevel = m_rng.pickWeighted({{u"thac_si"_s, 18}, {u"dai_hoc"_s, 80}, {u"cao_dang"_s, 2}});
        m.politicalTheory = slot.leader
            ? m_rng.pickWeighted({{u"trung_cap"_s, 40}, {u"cao_cap"_s, 50}, {u"cu_nhan"_s, 10}})
            : m_rng.pickWeighted({{u"none"_s, 20}, {u"so_cap"_s, 45}, {u"trung_cap"_s, 35}});
    }

    // 9/12 only among those without a degree (older staff, part-time workers).
    const bool noDegree = levels.rank(m.professionalLevel) < levels.rank(u"dai_hoc"_s);
    m.generalEducation = noDegree && m_rng.chance(35) ? u"thcs"_s : u"thpt"_s;

    if (m.professionalLevel != "none"_L1) {
        const bool mismatch = m_rng.chance(7);
        if (commune)
            m.professionalField = m_rng.pick(mismatch ? DemoNames::unrelatedFields()
                                                      : DemoNames::fieldsForCommuneTitle(m.position));
        else if (slot.partTime && !slot.partTime->field.isEmpty())
            m.professionalField = mismatch ? m_rng.pick(DemoNames::generalFields()) : slot.partTime->field;
        else if (const QString implied = DemoNames::fieldForPosition(m.position); !implied.isEmpty())
            m.professionalField = implied;
        else if (slot.profile)
            m.professionalField = m_rng.pick(std::span<const QString>(slot.profile->fields.constData(),
                                                                   std::size_t(slot.profile->fields.size())));
        else
            m.professionalField = m_rng.pick(DemoNames::generalFields());
    }

    if (commune) {
        m.stateManagement = m_rng.pickWeighted({{u"none"_s, 25}, {u"chuyen_vien"_s, 68}, {u"chuyen_vien_chinh"_s, 7}});
    } else if (slot.partTime) {
        m.stateManagement = m_rng.pickWeighted({{u"none"_s, 80}, {u"chuyen_vien"_s, 20}});
    } else if (publicEmployee) {
        m.stateManagement = slot.leader ? m_rng.pickWeighted({{u"none"_s, 30}, {u"chuyen_vien"_s, 70}})
                                        : m_rng.pickWeighted({{u"none"_s, 75}, {u"chuyen_vien"_s, 25}});
    } else {
        m.stateManagement = slot.leader
            ? m_rng.pickWeighted({{u"chuyen_vien"_s, 30}, {u"chuyen_vien_chinh"_s, 70}})
            : m_rng.pickWeighted({{u"none"_s, 20}, {u"chuyen_vien"_s, 75}, {u"chuyen_vien_chinh"_s, 5}});
    }

    m.itSkill = m_rng.pick(DemoNames::itSkills());
    m.foreignLanguage = m_rng.pick(DemoNames::foreignLanguages());

    // Unknown cells, as in every real spreadsheet.
    for (QString *cell : {&m.generalEducation, &m.professionalLevel, &m.professionalField, &m.politicalTheory,
                          &m.stateManagement}) {
        if (m_rng.chance(BlankPercent))
            cell->clear();
    }
    if (m_rng.chance(6))
        m.itSkill.clear();
    if (m_rng.chance(8))
        m.foreignLanguage.clear();
    if (m_rng.chance(BlankPercent))
        m.ethnicMinority.reset();
}

DemoOffice Builder::build(int staffCount)
{
    staffCount = std::max(0, staffCount);
    addTownUnits();

    std::vector<Slot> plan = townPlan();
    plan.resize(std::size_t(std::min(staffCount, TownCapacity)));
    std::vector<std::pair<int, StaffMember>> town;
    town.reserve(plan.size());
    for (const Slot &slot : plan)
        town.emplace_back(slot.unit, makePerson(slot));
    // Group by unit (codes within a unit stay in order: they were numbered in plan order).
    std::stable_sort(town.begin(), town.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    m_office.staff.reserve(std::size_t(staffCount));
    for (auto &entry : town)
        m_office.staff.push_back(std::move(entry.second));

    if (staffCount > TownCapacity)
        addDemoProvince(staffCount - TownCapacity);
    return std::move(m_office);
}

/**
 * The demo discipline decisions. A random stream of its own (derived from the seed), so that the
 * units and staff stay what they were before discipline was added.
 */
std::vector<DisciplineDecision> makeDiscipline(const DemoOffice &office, quint32 seed)
{
    std::vector<DisciplineDecision> out;
    const int people = int(office.staff.size());
    if (people == 0)
        return out;
    Rng rng(seed ^ 0x6b796c75u);
    const UnitDirectory units(office.units);
    static const QString reasons[] = {
        u"Vi phạm quy định về văn hóa giao tiếp với Nhân dân"_s,
        u"Giải quyết hồ sơ của công dân quá hạn, không có lý do chính đáng"_s,
        u"Vi phạm nội quy, quy chế làm việc của cơ quan"_s,
        u"Không chấp hành sự phân công nhiệm vụ của cấp trên"_s,
        u"Thiếu trách nhiệm trong quản lý, để xảy ra sai phạm trong đơn vị"_s,
        u"Xác nhận hồ sơ cho người không đủ điều kiện"_s,
    };
    // Decisions per year in the town (2025 has the most: several units miss the target), then one more
    // per 400 people of the generated province, in any of the four years.
    std::vector<int> years;
    const int town = std::max(1, std::min(people, 500) / 35);
    for (int i = 0; i < town; ++i)
        years.push_back(i % 3 == 0 ? 2025 : 2023 + (i / 3) % 4);
    for (int i = 0; i < std::max(0, people - 500) / 400; ++i)
        years.push_back(2023 + rng.below(4));
    QSet<QString> taken;
    QHash<int, QSet<QString>> unitsHit; // per year: units (on 31/12) with a decision
    for (const int year : years) {
        const QDate from(year, 1, 1), to = year == 2026 ? QDate(2026, 10, 31) : QDate(year, 12, 31);
        for (int attempt = 0; attempt < 60; ++attempt) {
            const StaffMember &m = office.staff[std::size_t(rng.below(std::min(people, attempt < 40 ? 500 : people)))];
            const QDate effective = rng.dateBetween(from, to);
            const bool leader = m.isLeader.value_or(false);
            const QStringList allowed = DisciplineRules::allowedForms(m.category, leader, effective);
            const QString unit = units.resolveOn(m.unitCode, QDate(year, 12, 31));
            if (taken.contains(m.code) || allowed.isEmpty() || !m.isInServiceOn(effective) || unit.isEmpty()
                || (attempt < 30 && unitsHit[year].contains(unit)))
                continue;
            // Mostly reprimands and warnings; now and then a heavier form the person may receive.
            QString form = rng.chance(65) ? QString(DisciplineForms::KhienTrach) : QString(DisciplineForms::CanhCao);
            if (rng.chance(15)) {
                for (const QString &f : {QString(DisciplineForms::HaBacLuong), QString(DisciplineForms::GiangChuc)}) {
                    if (allowed.contains(f))
                        form = f;
                }
            }
            if (!allowed.contains(form))
                continue;
            DisciplineDecision d;
            d.staffCode = m.code;
            d.form = form;
            d.effectiveDate = effective;
            d.decisionDate = effective.addDays(-rng.below(6));
            d.violationDate = d.decisionDate.addDays(-rng.between(20, 80));
            d.detectedDate = d.violationDate.addDays(rng.between(3, 15));
            d.decisionNo = u"%1/QĐ-%2"_s.arg(rng.between(12, 480)).arg(m.category.startsWith(u"vc"_s) ? u"ĐVSN"_s
                                                                                                     : u"UBND"_s);
            d.reason = reasons[rng.below(int(std::size(reasons)))];
            if (DisciplineRules::check(d, m.category, leader))
                continue;
            taken.insert(m.code);
            unitsHit[year].insert(unit);
            out.push_back(d);
            break;
        }
    }
    std::sort(out.begin(), out.end(), [](const DisciplineDecision &a, const DisciplineDecision &b) {
        return a.effectiveOn() != b.effectiveOn() ? a.effectiveOn() < b.effectiveOn() : a.staffCode < b.staffCode;
    });
    return out;
}

} // namespace

DemoOffice DemoGenerator::generate(int staffCount, quint32 seed)
{
    DemoOffice office = Builder(seed).build(staffCount);
    office.discipline = makeDiscipline(office, seed);
    return office;
}
