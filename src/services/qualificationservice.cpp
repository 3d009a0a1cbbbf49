// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualificationservice.h"

#include "qualificationinternal.h"

#include "clock.h"
#include "domain/codetable.h"
#include "domain/textfold.h"
#include "domain/unitdirectory.h"
#include "storage/database.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/standardrepository.h"
#include "storage/trainingrepository.h"
#include "storage/unitrepository.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace QualificationDetail {

ScopeOnDate::ScopeOnDate(const UnitDirectory &units, const QDate &date, const QString &root)
    : m_units(units)
    , m_date(date)
{
    if (!root.isEmpty()) {
        m_rootResolved = units.resolveOn(root, date);
        m_restricted = true;
        if (!m_rootResolved.isEmpty())
            m_subtree = units.subtree(m_rootResolved);
    }
    for (const OrgUnit &u : units.units()) {
        if (u.isCommuneLevel() && u.isValidOn(date) && (!m_restricted || m_subtree.contains(u.code)))
            m_selected.push_back(&u);
    }
}

const OrgUnit *ScopeOnDate::unitFor(const QString &recordedCode)
{
    const auto it = m_cache.constFind(recordedCode);
    if (it != m_cache.cend())
        return *it;
    const OrgUnit *out = nullptr;
    const QString resolved = m_units.resolveOn(recordedCode, m_date);
    if (!resolved.isEmpty()) {
        const OrgUnit *u = m_units.find(resolved);
        if (u && u->isCommuneLevel() && u->isValidOn(m_date) && (!m_restricted || m_subtree.contains(u->code)))
            out = u;
    }
    m_cache.insert(recordedCode, out);
    return out;
}

QStringList ScopeOnDate::recordedUnits(const QString &unitCode)
{
    // For one unit, only the people recorded in the units that stand for it on the date (a short
    // list: the query stays indexed).
    QStringList recorded;
    if (unitCode.isEmpty())
        return recorded;
    for (const OrgUnit &u : m_units.units()) {
        if (unitFor(u.code))
            recorded << u.code;
    }
    if (recorded.isEmpty())
        recorded << QString(); // nobody can match: no unit has an empty code
    else if (recorded.size() > 500)
        recorded.clear(); // a large part of the office: reading it all and filtering is as fast
    return recorded;
}

double rateOf(int qualified, int staff)
{
    return staff > 0 ? double(qualified) / double(staff) : 0.0;
}

bool readPlannedTraining(Database &db, const QDate &endingBy, PlannedTraining *out, QString *error)
{
    TrainingRepository repo(db.connection());
    const std::vector<TrainingEnrolment> open = repo.openEnrolments(endingBy, error);
    if (error && !error->isEmpty())
        return false;
    out->courses = repo.courses(false, error);
    if (error && !error->isEmpty())
        return false;
    QHash<QString, const TrainingCourse *> byCode;
    for (const TrainingCourse &c : out->courses)
        byCode.insert(c.code, &c);
    for (const TrainingEnrolment &e : open) { // by end date, then id
        if (const TrainingCourse *c = byCode.value(e.courseCode))
            out->byPerson[e.staffCode].push_back({e.endDate, c});
    }
    return true;
}

StaffMember withPlanned(StaffMember member, const std::vector<PlannedCourse> &planned, QStringList *applied)
{
    for (const PlannedCourse &p : planned) {
        member = p.course->appliedTo(std::move(member));
        if (applied)
            *applied << p.course->code;
    }
    return member;
}

} // namespace QualificationDetail

using namespace QualificationDetail;

namespace {

/** The order of gap keys when counts tie: the staff-file column order, then by name. */
int keyOrder(const QString &key)
{
    static const QStringList order{u"general_education"_s, u"professional_level"_s, u"professional_field"_s,
                                   u"political_theory"_s,  u"state_management"_s,   u"it_skill"_s,
                                   u"foreign_language"_s};
    const qsizetype i = order.indexOf(key);
    return i < 0 ? int(order.size()) : int(i);
}

/** The order of titles within a unit: the code table's order (cán bộ, then công chức), then others by code. */
int positionOrder(const QString &position)
{
    static const QStringList order = CodeTables::communeTitle().codes();
    const qsizetype i = order.indexOf(position);
    return i < 0 ? int(order.size()) : int(i);
}

QString basisOf(const TitleStandard &s)
{
    return s.article.isEmpty() ? s.instrument : s.instrument + u", "_s + s.article;
}

bool ruleFromSetting(const std::optional<QString> &value)
{
    // "0" (or any other false word) switches the rule off; absent, empty or "1" leaves it on.
    return !value || parseBoolean(*value) != std::optional<bool>(false);
}

} // namespace

QualificationService::QualificationService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QStringList QualificationService::categories()
{
    return {u"cb_xa"_s, u"cc_xa"_s};
}

bool QualificationService::difficultAreaRule() const
{
    return ruleFromSetting(SettingRepository(m_db.connection()).value(QString::fromLatin1(DifficultAreaRuleKey)));
}

StandardCatalogue QualificationService::catalogue() const
{
    return StandardCatalogue(StandardRepository(m_db.connection()).all());
}

namespace QualificationDetail {

Inputs readInputs(Database &db)
{
    Inputs in;
    QString error;
    in.units = UnitDirectory(UnitRepository(db.connection()).all(&error));
    if (error.isEmpty())
        in.catalogue = StandardCatalogue(StandardRepository(db.connection()).all(&error));
    if (error.isEmpty()) {
        const auto v = SettingRepository(db.connection())
                           .value(QString::fromLatin1(QualificationService::DifficultAreaRuleKey), &error);
        in.difficultAreaRule = ruleFromSetting(v);
    }
    in.error = error;
    return in;
}

} // namespace QualificationDetail

QualificationReport QualificationService::report(const QDate &asOf, const QString &unitCode, bool projected) const
{
    QualificationReport report;
    report.asOf = asOf;
    report.unitCode = unitCode;
    report.projected = projected;
    Inputs in = readInputs(m_db);
    report.difficultAreaRule = in.difficultAreaRule;
    if (!in.error.isEmpty()) {
        report.error = tr("cannot read the units and standards: %1").arg(in.error);
        return report;
    }
    ScopeOnDate scope(in.units, asOf, unitCode);
    report.unitResolved = scope.rootResolved();

    // The one query of the scope: commune staff in service on the date.
    QString error;
    const std::vector<StaffMember> staff =
        StaffRepository(m_db.connection()).inService(categories(), asOf, &error, scope.recordedUnits(unitCode));
    if (!error.isEmpty()) {
        report.error = tr("cannot read the staff: %1").arg(error);
        return report;
    }
    // Projected: the open enrolments ending by the date count as completed (two more queries).
    PlannedTraining planned;
    if (projected && !readPlannedTraining(m_db, asOf, &planned, &error)) {
        report.error = tr("cannot read the planned training: %1").arg(error);
        return report;
    }

    // Units, by name (Vietnamese order, numbers as numbers), then code.
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<const OrgUnit *> selected = scope.selected();
    std::sort(selected.begin(), selected.end(), [&](const OrgUnit *a, const OrgUnit *b) {
        const int c = collator.compare(a->name, b->name);
        return c != 0 ? c < 0 : a->code < b->code;
    });
    QHash<QString, qsizetype> unitIndex;
    report.units.reserve(selected.size());
    for (const OrgUnit *u : selected) {
        unitIndex.insert(u->code, qsizetype(report.units.size()));
        UnitQualification uq;
        uq.code = u->code;
        uq.name = u->name;
        uq.kind = u->kind;
        uq.difficultArea = u->difficultArea;
        report.units.push_back(std::move(uq));
    }

    // Counts per unit and title, gathered in memory.
    std::vector<std::map<QString, PositionQualification>> positions(report.units.size());
    QHash<QString, int> gapCounts;
    struct Listed
    {
        qsizetype unit;
        QString sortKey;
        PersonQualification person;
    };
    std::vector<Listed> listed;
    listed.reserve(staff.size());

    for (const StaffMember &m : staff) {
        const OrgUnit *unit = scope.unitFor(m.unitCode);
        if (!unit)
            continue;
        const qsizetype ui = unitIndex.value(unit->code, -1);
        if (ui < 0)
            continue;
        const TitleStandard *standard = in.catalogue.inForce(m.position, asOf);
        PersonQualification p;
        std::optional<StaffMember> trained; // projected: the record once their planned courses are done
        if (projected) {
            if (const auto it = planned.byPerson.constFind(m.code); it != planned.byPerson.cend())
                trained = withPlanned(m, *it, &p.projectedCourses);
        }
        const QualificationResult result =
            QualificationRule::evaluate(trained ? *trained : m, standard, unit->difficultArea, in.difficultAreaRule);

        p.code = m.code;
        p.fullName = m.fullName;
        p.unitCode = unit->code;
        p.position = m.position;
        p.status = result.status;
        p.gaps = result.gaps;
        UnitQualification &uq = report.units[size_t(ui)];
        if (result.status == QualificationResult::Status::NoStandard) {
            ++uq.noStandard;
            ++report.noStandard;
        } else {
            p.deadline = result.standard->deadline;
            p.basis = basisOf(*result.standard);
            const bool ok = result.status == QualificationResult::Status::Qualified;
            ++uq.staff;
            ++report.staff;
            PositionQualification &pq = positions[size_t(ui)][m.position];
            pq.position = m.position;
            ++pq.staff;
            if (ok) {
                ++uq.qualified;
                ++report.qualified;
                ++pq.qualified;
            } else {
                ++report.stillToQualify;
                for (const QString &g : result.gaps)
                    ++gapCounts[g];
            }
            if (result.standard->deadline.isValid()
                && (!report.deadline.isValid() || result.standard->deadline > report.deadline))
                report.deadline = result.standard->deadline;
        }
        listed.push_back({ui, nameSortKey(m.fullName), std::move(p)});
    }

    report.rate = rateOf(report.qualified, report.staff);
    for (size_t i = 0; i < report.units.size(); ++i) {
        UnitQualification &uq = report.units[i];
        uq.rate = rateOf(uq.qualified, uq.staff);
        for (auto &[code, pq] : positions[i])
            uq.positions.push_back(pq);
        std::sort(uq.positions.begin(), uq.positions.end(),
                  [](const PositionQualification &a, const PositionQualification &b) {
                      const int oa = positionOrder(a.position), ob = positionOrder(b.position);
                      return oa != ob ? oa < ob : a.position < b.position;
                  });
    }

    std::sort(listed.begin(), listed.end(), [](const Listed &a, const Listed &b) {
        if (a.unit != b.unit)
            return a.unit < b.unit;
        if (a.sortKey != b.sortKey)
            return a.sortKey < b.sortKey;
        return a.person.code < b.person.code;
    });
    report.people.reserve(listed.size());
    for (Listed &l : listed)
        report.people.push_back(std::move(l.person));

    for (auto it = gapCounts.cbegin(); it != gapCounts.cend(); ++it)
        report.gapCounts.push_back({it.key(), it.value()});
    std::sort(report.gapCounts.begin(), report.gapCounts.end(), [](const GapCount &a, const GapCount &b) {
        if (a.people != b.people)
            return a.people > b.people;
        const int oa = keyOrder(a.key), ob = keyOrder(b.key);
        return oa != ob ? oa < ob : a.key < b.key;
    });
    return report;
}

std::vector<QualificationPoint> QualificationService::trend(const QString &unitCode) const
{
    const Inputs in = readInputs(m_db);
    if (!in.error.isEmpty())
        return {};
    // One query for every date: all commune staff, whatever their dates; the dates are applied in memory.
    const std::vector<StaffMember> staff = StaffRepository(m_db.connection()).ofCategories(categories());
    return trendOf(in, staff, m_clock.today(), unitCode);
}

std::vector<QualificationPoint> QualificationDetail::trendOf(const Inputs &in, const std::vector<StaffMember> &staff,
                                                             const QDate &today, const QString &unitCode)
{
    std::vector<QualificationPoint> points;

    int firstYear = 0;
    for (const StaffMember &m : staff) {
        if (m.startDate.isValid() && (firstYear == 0 || m.startDate.year() < firstYear))
            firstYear = m.startDate.year();
    }
    const int lastYear = today.year() - 1;
    if (firstYear == 0) // no start date known: everyone has always been there; last year-end is enough
        firstYear = lastYear;
    QList<QDate> dates;
    for (int y = firstYear; y <= lastYear; ++y)
        dates << QDate(y, 12, 31);
    if (dates.isEmpty() || dates.constLast() != today)
        dates << today;

    // A person's outcome changes only when their standard or its difficult-area level does: remember it.
    struct Memo
    {
        const TitleStandard *standard = nullptr;
        bool lower = false;
        bool known = false;
        bool qualified = false;
    };
    std::vector<Memo> memo(staff.size());

    for (const QDate &date : dates) {
        ScopeOnDate scope(in.units, date, unitCode);
        QualificationPoint point;
        point.date = date;
        for (size_t i = 0; i < staff.size(); ++i) {
            const StaffMember &m = staff[i];
            if (!m.isInServiceOn(date))
                continue;
            const OrgUnit *unit = scope.unitFor(m.unitCode);
            if (!unit)
                continue;
            const TitleStandard *standard = in.catalogue.inForce(m.position, date);
            if (!standard)
                continue;
            const bool lower = unit->difficultArea && in.difficultAreaRule;
            Memo &mm = memo[i];
            if (!mm.known || mm.standard != standard || mm.lower != lower) {
                const QualificationResult r = QualificationRule::evaluate(m, standard, unit->difficultArea,
                                                                          in.difficultAreaRule);
                mm = {standard, lower, true, r.status == QualificationResult::Status::Qualified};
            }
            ++point.staff;
            if (mm.qualified)
                ++point.qualified;
        }
        point.rate = rateOf(point.qualified, point.staff);
        points.push_back(point);
    }
    // Years before any counted staff are not "years with data"; with nobody ever counted, only today.
    const auto first =
        std::find_if(points.begin(), points.end(), [](const QualificationPoint &p) { return p.staff > 0; });
    points.erase(points.begin(), first == points.end() ? points.end() - 1 : first);
    return points;
}

std::optional<PersonStanding> QualificationService::standing(const QString &staffCode, const QDate &date) const
{
    const std::optional<StaffMember> member = StaffRepository(m_db.connection()).find(staffCode);
    if (!member)
        return std::nullopt;
    const Inputs in = readInputs(m_db);
    PersonStanding out;
    const QString resolved = in.units.resolveOn(member->unitCode, date);
    const OrgUnit *unit = resolved.isEmpty() ? nullptr : in.units.find(resolved);
    out.unitCode = resolved;
    out.difficultArea = unit && unit->difficultArea;
    const TitleStandard *standard = in.catalogue.inForce(member->position, date);
    out.result = QualificationRule::evaluate(*member, standard, out.difficultArea, in.difficultAreaRule);
    out.counted = standard && categories().contains(member->category) && member->isInServiceOn(date) && unit
        && unit->isCommuneLevel() && unit->isValidOn(date);
    if (standard) {
        out.standard = *standard;
        const bool lower = out.difficultArea && in.difficultAreaRule;
        for (const StandardRequirement &r : standard->requirements) {
            if (!r.enabled)
                out.suggestions.push_back(QualificationRule::check(*member, r, lower));
        }
    }
    // The catalogue is gone when this returns: the copy in `standard` stands for it.
    out.result.standard = nullptr;
    return out;
}
