// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingcontroller.h"

#include "outputfile.h"

#include "domain/codetable.h"
#include "domain/requirementlabels.h"
#include "domain/staffquery.h"
#include "domain/textfold.h"
#include "domain/trainingplan.h"
#include "domain/unitdirectory.h"
#include "exchange/trainingplanpdf.h"
#include "services/registryservice.h"
#include "services/trainingservice.h"

#include <QDir>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString money(qint64 value)
{
    return QLocale().toString(value);
}

QString positionLabel(const QString &position)
{
    return CodeTables::communeTitle().contains(position) ? CodeTables::communeTitle().label(position) : position;
}

QVariantList optionsOf(const CodeTable &table)
{
    QVariantList out;
    for (const CodeEntry &e : table.entries())
        out.append(QVariantMap{{u"value"_s, e.code}, {u"text"_s, table.label(e.code)}});
    return out;
}

/** ownBudget false: a unit with no plan of its own, drawing on the office's budget (no remaining of its own). */
QVariantMap budgetMap(const TrainingBudgetLine &line, const QString &name, bool ownBudget = true)
{
    const qint64 remaining = line.budget - line.planned;
    return QVariantMap{{u"unitCode"_s, line.unitCode},
                       {u"unitName"_s, name},
                       {u"budget"_s, double(line.budget)},
                       {u"planned"_s, double(line.planned)},
                       {u"spent"_s, double(line.spent)},
                       {u"remaining"_s, double(remaining)},
                       {u"budgetText"_s, money(line.budget)},
                       {u"plannedText"_s, money(line.planned)},
                       {u"spentText"_s, money(line.spent)},
                       {u"remainingText"_s, ownBudget ? money(remaining) : u"—"_s},
                       {u"enrolments"_s, line.enrolments},
                       {u"completed"_s, line.completed},
                       {u"dropped"_s, line.dropped},
                       {u"over"_s, ownBudget && remaining < 0}};
}

} // namespace

TrainingController::TrainingController(TrainingService &service, RegistryService &registry, QObject *parent,
                                       bool loadNow)
    : QObject(parent)
    , m_service(service)
    , m_registry(registry)
    , m_today(QDate::currentDate())
    , m_year(m_today.year())
    , m_needs(new TrainingNeedModel(this))
    , m_proposal(new TrainingProposalModel(this))
    , m_enrolments(new TrainingEnrolmentModel(this))
{
    resetPlanStart();
    if (loadNow)
        ensureLoaded();
}

void TrainingController::ensureLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    reload();
}

void TrainingController::setToday(QDate today)
{
    m_today = today;
    m_year = today.year();
    Q_EMIT filterChanged();
    m_planStartEdited = false;
    resetPlanStart();
    Q_EMIT planChanged();
    reload();
}

void TrainingController::setYear(int year)
{
    if (year == m_year || year < 2000 || year > 2100)
        return;
    m_year = year;
    Q_EMIT filterChanged();
    // A start typed for another year does not carry over to this one.
    if (!m_planStartEdited || m_planStart.year() != year) {
        m_planStartEdited = false;
        resetPlanStart();
    }
    Q_EMIT planChanged();
    reloadYear();
}

void TrainingController::setUnitFilter(const QString &unitCode)
{
    if (unitCode == m_unitFilter)
        return;
    m_unitFilter = unitCode;
    Q_EMIT filterChanged();
    reloadNeeds();
    reloadYear();
}

void TrainingController::setNeedsPosition(const QString &position)
{
    if (position == m_needsPosition)
        return;
    m_needsPosition = position;
    Q_EMIT needsFilterChanged();
    reloadNeeds();
}

void TrainingController::setNeedsKind(const QString &kind)
{
    if (kind == m_needsKind)
        return;
    m_needsKind = kind;
    Q_EMIT needsFilterChanged();
    reloadNeeds();
}

void TrainingController::setNeedsSearch(const QString &text)
{
    if (text == m_needsSearch)
        return;
    m_needsSearch = text;
    Q_EMIT needsFilterChanged();
    reloadNeeds();
}

void TrainingController::setPlanBudget(double budget)
{
    const qint64 value = qint64(std::max(0.0, budget));
    if (value == m_planBudget)
        return;
    m_planBudget = value;
    Q_EMIT planChanged();
}

void TrainingController::setPlanStart(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid()) {
        setPlanErrors({{u"start_date"_s, tr("type the start date as DD/MM/YYYY")}});
        Q_EMIT planChanged(); // the field shows the date kept
        return;
    }
    m_planStartEdited = true;
    if (date == m_planStart)
        return;
    m_planStart = date;
    Q_EMIT planChanged();
}

void TrainingController::setPlanTitle(const QString &title)
{
    if (title == m_planTitle)
        return;
    m_planTitle = title;
    Q_EMIT planChanged();
}

void TrainingController::setEnrolmentStatus(const QString &status)
{
    if (status == m_enrolmentStatus)
        return;
    m_enrolmentStatus = status;
    Q_EMIT filterChanged();
    reloadYear();
}

void TrainingController::resetPlanStart()
{
    // The first day of the year planned, or today when that year has already begun.
    const QDate first(m_year, 1, 1);
    m_planStart = first > m_today ? first : m_today;
}

QString TrainingController::totalsText() const
{
    //: %1 is the cost of the enrolments, %2 the budget (VND)
    return tr("%1 of %2 VND").arg(money(m_proposal->totalCost()), money(m_planBudget));
}

QVariantList TrainingController::kindOptions() const
{
    return optionsOf(TrainingKinds::table());
}

QVariantList TrainingController::statusOptions() const
{
    return optionsOf(EnrolmentStatus::table());
}

QVariantList TrainingController::courseOptions() const
{
    QVariantList out;
    for (const QVariant &v : m_catalogue) {
        const QVariantMap c = v.toMap();
        if (!c.value(u"active"_s).toBool())
            continue;
        out.append(QVariantMap{{u"value"_s, c.value(u"code"_s)},
                               //: %1 is the course's name, %2 its cost in VND
                               {u"text"_s, tr("%1 (%2 VND)").arg(c.value(u"name"_s).toString(),
                                                                 c.value(u"costText"_s).toString())}});
    }
    return out;
}

QString TrainingController::courseName(const TrainingCourse &course) const
{
    return QLocale().language() == QLocale::English && !course.nameEn.isEmpty() ? course.nameEn : course.nameVi;
}

QString TrainingController::courseName(const QString &code) const
{
    return m_courseNames.value(code, code);
}

QString TrainingController::unitName(const QString &code) const
{
    return m_unitNames.value(code, code);
}

QString TrainingController::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}



void TrainingController::setPlanErrors(const QVariantMap &errors)
{
    if (errors == m_planErrors)
        return;
    m_planErrors = errors;
    Q_EMIT planErrorsChanged();
}

void TrainingController::setEnrolmentErrors(const QVariantMap &errors)
{
    if (errors == m_enrolmentErrors)
        return;
    m_enrolmentErrors = errors;
    Q_EMIT enrolmentErrorsChanged();
}

void TrainingController::clearEnrolmentErrors()
{
    setEnrolmentErrors({});
}

void TrainingController::clearCourseErrors()
{
    if (m_courseErrors.isEmpty())
        return;
    m_courseErrors.clear();
    Q_EMIT courseErrorsChanged();
}

void TrainingController::reload()
{
    if (!m_loaded)
        return; // read on the first showing of the page
    m_unitNames.clear();
    const UnitDirectory directory = m_registry.units();
    for (const OrgUnit &u : directory.units())
        m_unitNames.insert(u.code, u.name);
    reloadCatalogue();
    reloadNeeds();
    reloadYear();
}

void TrainingController::reloadCatalogue()
{
    if (!m_loaded)
        return; // read on the first showing of the page
    m_catalogue.clear();
    m_courseNames.clear();
    const CodeTable &kinds = TrainingKinds::table();
    const CodeTable &units = TrainingDurationUnits::table();
    for (const TrainingCourse &c : m_service.catalogue(false)) {
        const QString name = courseName(c);
        m_courseNames.insert(c.code, name);
        QStringList grants;
        for (const CourseValue &g : c.grants) {
            const CodeTable *levels = CodeTables::levelsOf(g.key);
            //: %1 is a staff field (e.g. Political theory), %2 the value a course gives it
            grants << tr("%1: %2").arg(RequirementLabels::label(g.key), levels ? levels->label(g.value) : g.value);
        }
        m_catalogue.append(QVariantMap{
            {u"code"_s, c.code},
            {u"kind"_s, c.kind},
            {u"kindLabel"_s, kinds.label(c.kind)},
            {u"name"_s, name},
            {u"nameVi"_s, c.nameVi},
            {u"provider"_s, c.provider},
            {u"duration"_s, c.duration},
            //: %1 is a number, %2 a unit of time (days, months)
            {u"durationText"_s, tr("%1 %2").arg(c.duration).arg(units.label(c.durationUnit))},
            {u"cost"_s, double(c.cost)},
            {u"costText"_s, money(c.cost)},
            {u"grantsText"_s, grants.join(u", "_s)},
            {u"basis"_s, c.basis},
            {u"active"_s, c.active},
            {u"origin"_s, c.origin},
        });
    }
    Q_EMIT catalogueChanged();
}

void TrainingController::reloadNeeds()
{
    if (!m_loaded)
        return; // read on the first showing of the page
    TrainingNeedFilter filter;
    filter.unitCode = m_unitFilter;
    filter.position = m_needsPosition;
    filter.kind = m_needsKind;
    const TrainingNeedsReport report = m_service.needs(m_today, filter);
    if (!report.error.isEmpty())
        Q_EMIT errorOccurred(report.error);
    const QStringList words = foldText(m_needsSearch).split(u' ', Qt::SkipEmptyParts);
    const CodeTable &kinds = TrainingKinds::table();
    std::vector<TrainingNeedRow> rows;
    int needCount = 0;
    int unclosable = 0;
    for (const PersonTrainingNeeds &p : report.people) {
        if (!words.isEmpty()) {
            const QString haystack = foldText(QString(p.fullName + u' ' + p.code));
            const bool all = std::all_of(words.cbegin(), words.cend(),
                                         [&haystack](const QString &w) { return haystack.contains(w); });
            if (!all)
                continue;
        }
        TrainingNeedRow r;
        r.code = p.code;
        r.fullName = p.fullName;
        r.unitName = unitName(p.unitCode);
        r.positionLabel = positionLabel(p.position);
        r.deadlineText = dateText(p.deadline);
        QStringList kindLabels;
        for (const TrainingNeed &n : p.needs) {
            //: %1 is a requirement (e.g. Political theory), %2 what the standard asks, %3 what is on record
            QString line = tr("%1: needs %2 (has %3)").arg(RequirementLabels::label(n.requirementKey), n.expected, n.actual);
            if (n.closable()) {
                if (r.firstCourse.isEmpty())
                    r.firstCourse = n.courses.constFirst();
                //: %1 is a line about a need, %2 the course that closes it
                line = tr("%1 → %2").arg(line, courseName(n.courses.constFirst()));
            } else {
                //: %1 is a line about a need no course of the catalogue closes
                line = tr("%1 → no course closes it").arg(line);
                ++r.unclosable;
            }
            r.needs << line;
            if (!n.kind.isEmpty() && !kindLabels.contains(kinds.label(n.kind)))
                kindLabels << kinds.label(n.kind);
        }
        r.kindsText = kindLabels.join(u", "_s);
        r.needCount = int(p.needs.size());
        needCount += r.needCount;
        unclosable += r.unclosable;
        rows.push_back(std::move(r));
    }
    m_needs->setRows(std::move(rows));
    m_needCount = needCount;
    m_unclosableCount = unclosable;
    Q_EMIT needsChanged();
}

void TrainingController::reloadYear()
{
    if (!m_loaded)
        return; // read on the first showing of the page
    // One report feeds both the enrolments list and the budget table, so they always agree.
    const TrainingYearReport report = m_service.report(m_year, m_unitFilter);
    if (!report.error.isEmpty())
        Q_EMIT errorOccurred(report.error);

    std::vector<TrainingEnrolmentEntry> rows;
    for (const TrainingEnrolmentRow &row : report.enrolments) {
        const TrainingEnrolment &e = row.enrolment;
        if (!m_enrolmentStatus.isEmpty() && e.status != m_enrolmentStatus)
            continue;
        TrainingEnrolmentEntry r;
        r.id = e.id;
        r.planId = e.planId;
        r.staffCode = e.staffCode;
        r.fullName = row.fullName.isEmpty() ? e.staffCode : row.fullName;
        r.unitName = unitName(row.unitCode);
        r.courseCode = e.courseCode;
        r.courseName = courseName(e.courseCode);
        r.status = e.status;
        r.statusLabel = EnrolmentStatus::table().label(e.status);
        r.startText = dateText(e.startDate);
        r.endText = dateText(e.endDate);
        r.certificateNo = e.certificateNo;
        r.certificateDateText = dateText(e.certificateDate);
        r.cost = e.cost;
        r.note = e.note;
        // What each button may do is the service's lifecycle table, not the page's.
        r.canEnrol = TrainingService::canAdvance(e.status, QString(EnrolmentStatus::Enrolled));
        r.canAttend = TrainingService::canAdvance(e.status, QString(EnrolmentStatus::Attending));
        r.canComplete = TrainingService::canAdvance(e.status, QString(EnrolmentStatus::Completed));
        r.canDrop = TrainingService::canAdvance(e.status, QString(EnrolmentStatus::Dropped));
        r.canRemove = e.status == EnrolmentStatus::Planned;
        rows.push_back(std::move(r));
    }
    m_enrolments->setRows(std::move(rows));

    m_budget.clear();
    for (const TrainingBudgetLine &line : report.budget) {
        const QString name = line.unitCode.isEmpty()
            ? tr("Whole office")
            : (line.unitName.isEmpty() ? unitName(line.unitCode) : line.unitName);
        m_budget.append(budgetMap(line, name, line.unitCode.isEmpty() || line.budget > 0));
    }
    m_budgetTotal = budgetMap(report.total, tr("Total"));
    Q_EMIT budgetChanged();
}

bool TrainingController::saveCourse(const QVariantMap &map)
{
    const QString code = map.value(u"code"_s).toString();
    std::optional<TrainingCourse> found = m_service.findCourse(code);
    if (!found) {
        m_courseErrors = {{u"code"_s, tr("no course has the code %1").arg(code)}};
        Q_EMIT courseErrorsChanged();
        Q_EMIT errorOccurred(tr("The course was not saved: %1").arg(m_courseErrors.value(u"code"_s).toString()));
        return false;
    }
    TrainingCourse course = *found;
    QVariantMap errors;
    if (map.contains(u"cost"_s)) {
        bool ok = false;
        const QString text = map.value(u"cost"_s).toString().remove(u'.').remove(u',').remove(u' ').trimmed();
        const qint64 cost = text.toLongLong(&ok);
        if (!ok)
            errors.insert(u"cost"_s, tr("type the cost in VND as a whole number"));
        else
            course.cost = cost;
    }
    if (map.contains(u"provider"_s))
        course.provider = map.value(u"provider"_s).toString().trimmed();
    if (map.contains(u"nameVi"_s))
        course.nameVi = map.value(u"nameVi"_s).toString().trimmed();
    if (map.contains(u"duration"_s))
        course.duration = map.value(u"duration"_s).toInt();
    if (map.contains(u"active"_s))
        course.active = map.value(u"active"_s).toBool();
    SaveResult result;
    if (errors.isEmpty())
        result = m_service.saveCourse(course);
    if (errors.isEmpty())
        errors = result.fieldErrorMap();
    if (errors != m_courseErrors) {
        m_courseErrors = errors;
        Q_EMIT courseErrorsChanged();
    }
    if (!errors.isEmpty() || !result.error.isEmpty()) {
        QStringList reasons;
        for (const QVariant &v : std::as_const(errors))
            reasons << v.toString();
        if (!result.error.isEmpty())
            reasons << result.error;
        //: %1 is the reason
        Q_EMIT errorOccurred(tr("The course was not saved: %1").arg(reasons.join(u"; "_s)));
        return false;
    }
    reloadCatalogue();
    reloadNeeds(); // a retired or restored course changes which needs can be closed
    //: %1 is the course's name
    Q_EMIT infoMessage(tr("Course saved: %1.").arg(courseName(course)));
    return true;
}

bool TrainingController::setCourseActive(const QString &code, bool active)
{
    return saveCourse(QVariantMap{{u"code"_s, code}, {u"active"_s, active}});
}

QVariantList TrainingController::searchPeople(const QString &text, int limit) const
{
    QVariantList out;
    if (text.trimmed().isEmpty())
        return out;
    StaffQuery query;
    query.search = text.trimmed();
    query.inServiceOn = m_today;
    for (const StaffMember &m : m_registry.staffPage(query, std::nullopt, limit))
        out.append(QVariantMap{{u"value"_s, m.code}, {u"text"_s, u"%1 (%2)"_s.arg(m.fullName, m.code)}});
    return out;
}

bool TrainingController::step(qint64 enrolmentId, const QString &toStatus, const QString &certificateNo,
                              const QDate &certificateDate, const QString &reason)
{
    EnrolmentStep s;
    s.certificateNo = certificateNo.trimmed();
    s.certificateDate = certificateDate;
    s.reason = reason.trimmed();
    const EnrolmentResult result = m_service.advance(enrolmentId, toStatus, s);
    setEnrolmentErrors(result.fieldErrorMap());
    if (!result.ok()) {
        //: %1 is the reason
        Q_EMIT errorOccurred(tr("The enrolment was not changed: %1").arg(result.text()));
        return false;
    }
    reloadYear();
    Q_EMIT enrolmentsChanged();
    //: %1 is a status of an enrolment (enrolled, attending, completed, dropped)
    Q_EMIT infoMessage(tr("Enrolment now %1.").arg(EnrolmentStatus::table().label(toStatus)));
    return true;
}

bool TrainingController::enrol(qint64 enrolmentId)
{
    return step(enrolmentId, QString(EnrolmentStatus::Enrolled), {}, {}, {});
}

bool TrainingController::attend(qint64 enrolmentId)
{
    return step(enrolmentId, QString(EnrolmentStatus::Attending), {}, {}, {});
}

bool TrainingController::complete(qint64 enrolmentId, const QString &certificateNo, const QString &certificateDate)
{
    const QDate date = QDate::fromString(certificateDate, Qt::ISODate);
    if (!certificateDate.isEmpty() && !date.isValid()) {
        setEnrolmentErrors({{u"certificate_date"_s, tr("type the certificate date as DD/MM/YYYY")}});
        Q_EMIT errorOccurred(tr("The enrolment was not changed: %1")
                                 .arg(m_enrolmentErrors.value(u"certificate_date"_s).toString()));
        return false;
    }
    if (!step(enrolmentId, QString(EnrolmentStatus::Completed), certificateNo, date, {}))
        return false;
    reloadNeeds(); // the record now holds what the course grants
    Q_EMIT qualificationChanged();
    return true;
}

bool TrainingController::drop(qint64 enrolmentId, const QString &reason)
{
    return step(enrolmentId, QString(EnrolmentStatus::Dropped), {}, {}, reason);
}

bool TrainingController::removeEnrolment(qint64 enrolmentId)
{
    const EnrolmentResult result = m_service.removeEnrolment(enrolmentId);
    setEnrolmentErrors(result.fieldErrorMap());
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The enrolment was not deleted: %1").arg(result.text()));
        return false;
    }
    reloadYear();
    Q_EMIT enrolmentsChanged();
    Q_EMIT infoMessage(tr("Enrolment deleted."));
    return true;
}

QString TrainingController::planFileName() const
{
    QString name = u"ke-hoach-dao-tao-%1"_s.arg(m_year);
    if (!m_unitFilter.isEmpty())
        name += u"-"_s + m_unitFilter;
    return name + u".pdf"_s;
}

QString TrainingController::planFileUrl() const
{
    return OutputFile::defaultUrl(planFileName());
}

QString TrainingController::printPlan(const QString &fileOrUrl)
{
    const QString path = OutputFile::resolve(fileOrUrl, planFileName());
    const TrainingYearReport report = m_service.report(m_year, m_unitFilter);
    if (!report.error.isEmpty()) {
        Q_EMIT errorOccurred(report.error);
        return {};
    }
    TrainingPlanPdf::Options options;
    options.madeOn = m_today;
    QString error;
    const QByteArray pdf = TrainingPlanPdf::render(report, m_registry.units(), options, &error);
    if (pdf.isEmpty()) {
        //: %1 is the reason
        Q_EMIT errorOccurred(tr("The plan could not be printed: %1").arg(error));
        return {};
    }
    if (!OutputFile::write(path, pdf, &error)) {
        //: %1 is a file path, %2 the reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    //: %1 is the path of the PDF file written
    Q_EMIT infoMessage(tr("The training plan was written to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}
