// SPDX-License-Identifier: GPL-3.0-or-later
// ArchiveService: the export of years as a self-contained archive and the reading of a file
// (the import is in archiveimport.cpp). docs/archive.md.
#include "archiveservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "clock.h"
#include "domain/unitdirectory.h"
#include "evaluationservice.h"
#include "exchange/recordarchive.h"
#include "reviewservice.h"
#include "storage/database.h"
#include "storage/disciplinerepository.h"
#include "storage/evaluationrepository.h"
#include "storage/periodscorerepository.h"
#include "storage/reviewrepository.h"
#include "storage/settingrepository.h"
#include "storage/staffrepository.h"
#include "storage/unitrepository.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

QStringList ArchiveKinds::all()
{
    return {QString::fromLatin1(Units),           QString::fromLatin1(Staff),
            QString::fromLatin1(Evaluations),     QString::fromLatin1(Forms),
            QString::fromLatin1(Periods),         QString::fromLatin1(Discipline),
            QString::fromLatin1(ReviewDecisions), QString::fromLatin1(ReviewMeetings),
            QString::fromLatin1(CapExceptions),   QString::fromLatin1(Settings),
            QString::fromLatin1(Closures)};
}

QString ArchiveKinds::label(const QString &kind)
{
    if (kind == QLatin1StringView(Units))
        return ArchiveService::tr("units");
    if (kind == QLatin1StringView(Staff))
        return ArchiveService::tr("staff");
    if (kind == QLatin1StringView(Evaluations))
        return ArchiveService::tr("evaluations");
    if (kind == QLatin1StringView(Forms))
        return ArchiveService::tr("evaluation forms");
    if (kind == QLatin1StringView(Periods))
        return ArchiveService::tr("ND 335 period scores");
    if (kind == QLatin1StringView(Discipline))
        return ArchiveService::tr("discipline decisions");
    if (kind == QLatin1StringView(ReviewDecisions))
        return ArchiveService::tr("review decisions");
    if (kind == QLatin1StringView(ReviewMeetings))
        return ArchiveService::tr("review meetings");
    if (kind == QLatin1StringView(CapExceptions))
        return ArchiveService::tr("cap exceptions");
    if (kind == QLatin1StringView(Settings))
        return ArchiveService::tr("settings");
    if (kind == QLatin1StringView(Closures))
        return ArchiveService::tr("closed years");
    return kind;
}

int ArchivePlan::writeCount() const
{
    int n = 0;
    for (const ArchiveKindPlan &k : kinds)
        n += int(k.added.size() + k.changed.size());
    return n;
}

const ArchiveKindPlan *ArchivePlan::kind(const QString &kind) const
{
    for (const ArchiveKindPlan &k : kinds) {
        if (k.kind == kind)
            return &k;
    }
    return nullptr;
}

ArchiveService::ArchiveService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

std::vector<std::pair<QString, int>> ArchiveService::counts(const ArchiveSnapshot &s)
{
    const QStringList kinds = ArchiveKinds::all();
    const std::vector<int> n{int(s.units.size()),           int(s.staff.size()),
                             int(s.evaluations.size()),     int(s.forms.size()),
                             int(s.periods.size()),         int(s.discipline.size()),
                             int(s.reviewDecisions.size()), int(s.reviewMeetings.size()),
                             int(s.capExceptions.size()),   int(s.settings.size()),
                             int(s.closures.size())};
    std::vector<std::pair<QString, int>> out;
    for (qsizetype i = 0; i < kinds.size(); ++i)
        out.emplace_back(kinds.at(i), n.at(size_t(i)));
    return out;
}

ArchiveInspection ArchiveService::inspect(const QByteArray &bytes)
{
    ArchiveInspection r;
    const RecordArchive::ReadResult read = RecordArchive::read(bytes);
    r.format = read.format;
    r.sha256 = read.sha256;
    if (!read.ok()) {
        r.error = read.error;
        return r;
    }
    r.meta = read.snapshot->meta;
    r.counts = counts(*read.snapshot);
    return r;
}

ArchiveSnapshot ArchiveService::snapshot(const std::vector<int> &yearsIn, const QString &unitCode,
                                         QString *errorOut) const
{
    ArchiveSnapshot s;
    auto fail = [&](const QString &message) {
        if (errorOut)
            *errorOut = message;
        return ArchiveSnapshot{};
    };
    std::vector<int> years = yearsIn;
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    if (years.empty())
        return fail(tr("year: give at least one year to archive"));
    for (int y : years) {
        if (y < 2000 || y > 2100)
            return fail(tr("year: %1 is not a year from 2000 to 2100").arg(y));
    }
    const QDate first(years.front(), 1, 1);
    const QDate last(years.back(), 12, 31);
    QSet<int> yearSet(years.cbegin(), years.cend());
    QSet<int> evaluationYears = yearSet;
    for (int y : years)
        evaluationYears.insert(y - 1); // the rules read the year before (consecutive levels)

    QString error;
    const QSqlDatabase c = m_db.connection();
    const std::vector<OrgUnit> allUnits = UnitRepository(c).all(&error);
    const UnitDirectory dir(allUnits);
    std::vector<StaffMember> allStaff;
    if (error.isEmpty())
        allStaff = StaffRepository(c).all(&error);
    if (!error.isEmpty())
        return fail(tr("cannot read the records: %1").arg(error));

    // The units in scope: every unit, or those whose people belong to the unit's subtree on 31/12.
    QSet<QString> scope;
    if (unitCode.isEmpty()) {
        for (const OrgUnit &u : allUnits)
            scope.insert(u.code);
    } else {
        if (!dir.find(unitCode))
            return fail(tr("unit: no unit has the code %1").arg(unitCode));
        scope = dir.subtree(unitCode);
        for (int y : years) {
            const QDate end(y, 12, 31);
            const QString root = dir.resolveOn(unitCode, end);
            if (!root.isEmpty())
                scope.unite(dir.codesResolvingInto(root, end));
        }
    }

    EvaluationRepository evaluations(c);
    PeriodScoreRepository periods(c);
    ReviewRepository reviews(c);
    std::vector<Evaluation> yearEvaluations =
        evaluations.forYears(*std::min_element(evaluationYears.cbegin(), evaluationYears.cend()), years.back(), &error);
    std::vector<DisciplineDecision> discipline;
    if (error.isEmpty())
        discipline = DisciplineRepository(c).effectiveUpTo(last, &error);
    std::vector<ReviewDecision> decisions;
    std::vector<ReviewMeeting> meetings;
    std::vector<ExcellentCapException> exceptions;
    for (int y : years) {
        if (!error.isEmpty())
            break;
        for (auto &d : reviews.decisions(y, {}, &error))
            decisions.push_back(d);
        for (auto &m : reviews.meetings(y, &error))
            meetings.push_back(m);
        for (auto &x : evaluations.capExceptions(y, &error))
            exceptions.push_back(x);
        if (const auto closure = reviews.closure(y, &error)) {
            s.closures.push_back(*closure);
            s.meta.closedYears.push_back(y);
        }
    }
    if (!error.isEmpty())
        return fail(tr("cannot read the records: %1").arg(error));

    // The people: recorded in a unit of the scope, and referred to by a record or in service in the years.
    QSet<QString> referred;
    for (const Evaluation &e : yearEvaluations)
        if (evaluationYears.contains(e.year))
            referred.insert(e.staffCode);
    for (const DisciplineDecision &d : discipline)
        referred.insert(d.staffCode);
    for (const ReviewDecision &d : decisions)
        if (!d.staffCode.isEmpty())
            referred.insert(d.staffCode);
    QSet<QString> people;
    for (const StaffMember &m : allStaff) {
        if (!scope.contains(m.unitCode))
            continue;
        const bool inService = (!m.startDate.isValid() || m.startDate <= last)
            && (!m.endDate.isValid() || m.endDate > first);
        if (!inService && !referred.contains(m.code))
            continue;
        people.insert(m.code);
        StaffMember copy = m;
        s.staff.push_back(copy);
    }

    for (Evaluation e : yearEvaluations) {
        if (!evaluationYears.contains(e.year) || !people.contains(e.staffCode))
            continue;
        e.id = 0;
        if (const auto form = evaluations.form(e.staffCode, e.year, &error); form && !form->isEmpty())
            s.forms.push_back(ArchiveForm{e.staffCode, e.year, *form});
        s.evaluations.push_back(e);
    }
    QStringList sortedPeople(people.cbegin(), people.cend());
    sortedPeople.sort();
    for (const QString &code : sortedPeople) {
        for (EvaluationPeriod p : periods.forPerson(code, &error)) {
            if (!yearSet.contains(p.year))
                continue;
            p.id = 0;
            for (TaskItem &t : p.items)
                t.id = 0;
            s.periods.push_back(p);
        }
    }
    for (DisciplineDecision d : discipline) {
        if (!people.contains(d.staffCode))
            continue;
        d.id = 0;
        s.discipline.push_back(d);
    }
    QSet<QString> referredUnits = scope;
    for (ReviewDecision d : decisions) {
        if (!scope.contains(d.unitCode) && !people.contains(d.staffCode))
            continue;
        d.id = 0;
        referredUnits.insert(d.unitCode);
        s.reviewDecisions.push_back(d);
    }
    for (const ReviewMeeting &m : meetings) {
        if (scope.contains(m.unitCode))
            s.reviewMeetings.push_back(m);
    }
    for (const ExcellentCapException &x : exceptions) {
        if (scope.contains(x.unitCode))
            s.capExceptions.push_back(x);
    }
    if (!error.isEmpty())
        return fail(tr("cannot read the records: %1").arg(error));

    // Settings that change results: the review's threshold and cap, the cap rate of each year, the ND 90
    // transition choices of the units in scope.
    SettingRepository settings(c);
    auto addSetting = [&](const QString &key) {
        if (const auto v = settings.value(key, &error))
            s.settings.push_back(ArchiveSetting{key, *v});
    };
    addSetting(ReviewService::thresholdKey());
    addSetting(ReviewService::capKey());
    for (int y : years)
        addSetting(EvaluationService::rateKey(y));
    const QString transitionPrefix = u"evaluation.vc_nd90_transition."_s;
    const QHash<QString, QString> transitions = evaluations.settingsWithPrefix(transitionPrefix, &error);
    QStringList transitionKeys = transitions.keys();
    transitionKeys.sort();
    for (const QString &key : transitionKeys) {
        const QString rest = key.mid(transitionPrefix.size()); // <unit>.<year>
        const qsizetype dot = rest.lastIndexOf(u'.');
        if (dot < 0 || !yearSet.contains(rest.mid(dot + 1).toInt()) || !scope.contains(rest.left(dot)))
            continue;
        s.settings.push_back(ArchiveSetting{key, transitions.value(key)});
    }
    if (!error.isEmpty())
        return fail(tr("cannot read the settings: %1").arg(error));

    // The units referred to, with their ancestors, successors and predecessors, so that every unit
    // resolves on 31/12 as it does here.
    for (const StaffMember &m : s.staff)
        referredUnits.insert(m.unitCode);
    QSet<QString> units;
    QStringList pending(referredUnits.cbegin(), referredUnits.cend());
    QHash<QString, QStringList> predecessors;
    for (const OrgUnit &u : allUnits) {
        if (!u.successorCode.isEmpty())
            predecessors[u.successorCode].append(u.code);
    }
    while (!pending.isEmpty()) {
        const QString code = pending.takeLast();
        if (code.isEmpty() || units.contains(code))
            continue;
        const OrgUnit *u = dir.find(code);
        if (!u)
            continue;
        units.insert(code);
        pending << u->parentCode << u->successorCode << predecessors.value(code);
    }
    for (const OrgUnit &u : allUnits) {
        if (units.contains(u.code))
            s.units.push_back(u);
    }

    s.meta.programVersion = QStringLiteral(CONGVU_VERSION);
    s.meta.createdAt = m_clock.now().toUTC();
    s.meta.source = m_db.path().isEmpty() || m_db.path() == ":memory:"_L1 ? QString() : QFileInfo(m_db.path()).fileName();
    s.meta.unitCode = unitCode;
    s.meta.years = years;
    if (errorOut)
        errorOut->clear();
    return s;
}

QByteArray ArchiveService::exportArchive(const std::vector<int> &years, const QString &unitCode, QString *error) const
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::ExportPersonal, unitCode); !denied.ok()) {
        if (error)
            *error = denied.error;
        return {};
    }
    QString e;
    const ArchiveSnapshot s = snapshot(years, unitCode, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return {};
    }
    if (error)
        error->clear();
    return RecordArchive::write(s);
}
