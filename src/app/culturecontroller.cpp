// SPDX-License-Identifier: GPL-3.0-or-later
#include "culturecontroller.h"

#include "outputfile.h"

#include "domain/codetable.h"
#include "domain/culture.h"
#include "domain/disciplineform.h"
#include "domain/staffquery.h"
#include "domain/unitdirectory.h"
#include "exchange/culturepdf.h"
#include "services/cultureservice.h"
#include "services/disciplineservice.h"
#include "services/registryservice.h"

#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxGridPeople = 5000;

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString percentText(std::optional<double> rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + u" %"_s : u"—"_s;
}

QString itemLabel(const CultureItem &item)
{
    return QLocale().language() == QLocale::English && !item.labelEn.isEmpty() ? item.labelEn : item.labelVi;
}

QString positionLabel(const StaffMember &m)
{
    return CodeTables::communeTitle().contains(m.position) ? CodeTables::communeTitle().label(m.position)
                                                           : m.position;
}

CultureGridRow gridRow(const StaffMember &m)
{
    CultureGridRow r;
    r.code = m.code;
    r.fullName = m.fullName;
    r.position = positionLabel(m);
    r.leader = m.isLeader.value_or(false);
    return r;
}

} // namespace

CultureController::CultureController(CultureService &service, DisciplineService &discipline,
                                     RegistryService &registry, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_discipline(discipline)
    , m_registry(registry)
    , m_today(QDate::currentDate())
    , m_year(m_today.year())
    , m_inspections(new CultureInspectionModel(this))
    , m_violations(new CultureViolationModel(this))
    , m_grid(new CultureGridModel(this))
{
    reload();
}

void CultureController::setToday(QDate today)
{
    m_today = today;
    m_year = today.year();
    Q_EMIT filterChanged();
    reload();
}

void CultureController::setYear(int year)
{
    if (year == m_year || year < 1900 || year > 2200)
        return;
    m_year = year;
    Q_EMIT filterChanged();
    reloadInspections();
    reloadViolations();
    reloadReport();
}

void CultureController::setUnitFilter(const QString &unitCode)
{
    if (unitCode == m_unitFilter)
        return;
    m_unitFilter = unitCode;
    Q_EMIT filterChanged();
    reloadInspections();
    reloadViolations();
    reloadReport();
}

void CultureController::setQuarter(int quarter)
{
    if (quarter == m_quarter || quarter < 0 || quarter > 4)
        return;
    m_quarter = quarter;
    Q_EMIT filterChanged();
    reloadReport();
}

void CultureController::setEditInspector(const QString &inspector)
{
    if (inspector == m_editInspector)
        return;
    m_editInspector = inspector;
    Q_EMIT editorChanged();
}

void CultureController::setEditNote(const QString &note)
{
    if (note == m_editNote)
        return;
    m_editNote = note;
    Q_EMIT editorChanged();
}

QVariantList CultureController::groupOptions() const
{
    QVariantList out;
    const CodeTable &table = CultureGroups::table();
    for (const CodeEntry &e : table.entries())
        out.append(QVariantMap{{u"value"_s, e.code}, {u"text"_s, table.label(e.code)}});
    return out;
}

void CultureController::reload()
{
    reloadItems();
    reloadInspections();
    reloadViolations();
    reloadReport();
    if (m_editing)
        rebuildGrid();
}

void CultureController::reloadInspections()
{
    const UnitDirectory directory = m_registry.units();
    std::vector<CultureInspectionRow> rows;
    for (const CultureInspection &i : m_service.inspections(m_year, m_unitFilter)) {
        CultureInspectionRow r;
        r.id = i.id;
        r.unitCode = i.unitCode;
        const OrgUnit *unit = directory.find(i.unitCode);
        r.unitName = unit ? unit->name : i.unitCode;
        r.date = i.date.toString(Qt::ISODate);
        r.dateText = dateText(i.date);
        r.inspector = i.inspector;
        r.note = i.note;
        QSet<QString> people;
        for (const CultureObservation &o : m_service.observations(i.id)) {
            people.insert(o.staffCode);
            if (o.result == CultureResults::Breach)
                ++r.breaches;
        }
        r.people = int(people.size());
        rows.push_back(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CultureInspectionRow &a, const CultureInspectionRow &b) {
        return a.date != b.date ? a.date > b.date : a.id > b.id;
    });
    m_inspections->setRows(std::move(rows));
}

void CultureController::reloadViolations()
{
    std::vector<CultureViolationEntry> rows;
    for (const CultureViolationRow &v : m_service.violations(m_year, m_unitFilter)) {
        CultureViolationEntry e;
        e.id = v.violation.id;
        e.staffCode = v.violation.staffCode;
        e.fullName = v.fullName;
        e.unitName = v.unitName.isEmpty() ? v.unitCode : v.unitName;
        e.itemCode = v.violation.itemCode;
        e.itemLabel = v.itemLabel.isEmpty() ? v.violation.itemCode : v.itemLabel;
        e.date = v.violation.date.toString(Qt::ISODate);
        e.dateText = dateText(v.violation.date);
        e.description = v.violation.description;
        e.status = v.violation.status;
        e.statusLabel = CultureViolationStatus::table().label(v.violation.status);
        e.disciplineId = v.violation.disciplineId;
        if (e.disciplineId != 0) {
            if (const auto decision = m_discipline.find(e.disciplineId)) {
                const QString form = DisciplineForms::table().label(decision->form);
                e.disciplineText = decision->decisionNo.isEmpty()
                    ? form
                    //: %1 is a decision number, %2 the discipline form
                    : tr("%1, %2").arg(decision->decisionNo, form);
            } else {
                //: %1 is the id of a discipline decision
                e.disciplineText = tr("decision #%1").arg(e.disciplineId);
            }
        }
        const bool confirmed = e.status == CultureViolationStatus::Confirmed;
        e.canConfirm = e.status != CultureViolationStatus::Confirmed && e.disciplineId == 0;
        e.canDismiss = e.status != CultureViolationStatus::Dismissed && e.disciplineId == 0;
        e.canStartDiscipline = confirmed && e.disciplineId == 0;
        rows.push_back(std::move(e));
    }
    m_violations->setRows(std::move(rows));
}

QDate CultureController::periodStart() const
{
    return m_quarter == 0 ? QDate(m_year, 1, 1) : QDate(m_year, 3 * (m_quarter - 1) + 1, 1);
}

QDate CultureController::periodEnd() const
{
    return m_quarter == 0 ? QDate(m_year, 12, 31) : periodStart().addMonths(3).addDays(-1);
}

void CultureController::reloadReport()
{
    const CultureReport r = m_service.report(periodStart(), periodEnd(), m_unitFilter);
    if (!r.error.isEmpty())
        Q_EMIT errorOccurred(r.error);
    QHash<QString, QString> labels;
    for (const CultureItem &item : r.items)
        labels.insert(item.code, itemLabel(item));

    QVariantList units;
    for (const UnitCultureSummary &u : r.units) {
        QVariantList byItem;
        for (auto it = u.breachesByItem.cbegin(); it != u.breachesByItem.cend(); ++it) {
            if (it.value() > 0)
                byItem.append(QVariantMap{{u"code"_s, it.key()},
                                          {u"label"_s, labels.value(it.key(), it.key())},
                                          {u"count"_s, it.value()}});
        }
        units.append(QVariantMap{
            {u"code"_s, u.code},
            {u"name"_s, u.name},
            {u"inspections"_s, u.inspections},
            {u"peopleInspected"_s, u.peopleInspected},
            {u"checks"_s, u.checks},
            {u"passed"_s, u.passed},
            {u"breaches"_s, u.breaches},
            {u"peopleWithBreach"_s, u.peopleWithBreach},
            {u"confirmed"_s, u.confirmedViolations},
            {u"rate"_s, u.complianceRate ? *u.complianceRate * 100.0 : -1.0},
            {u"rateText"_s, percentText(u.complianceRate)},
            {u"byItem"_s, byItem},
        });
    }
    QVariantList people;
    for (const PersonCultureSummary &p : r.people) {
        QStringList breached;
        for (const QString &code : p.breachedItems)
            breached << labels.value(code, code);
        people.append(QVariantMap{
            {u"code"_s, p.code},
            {u"fullName"_s, p.fullName},
            {u"unitCode"_s, p.unitCode},
            {u"checks"_s, p.checks},
            {u"breaches"_s, p.breaches},
            {u"breachedItems"_s, breached.join(u"; "_s)},
            {u"hasPoints"_s, p.points.has_value()},
            {u"pointsText"_s, p.points ? QLocale().toString(*p.points, 'f', 2) : u"—"_s},
        });
    }
    const QString period = m_quarter == 0
        //: %1 is a year
        ? tr("year %1").arg(m_year)
        //: %1 is the quarter (1–4), %2 the year
        : tr("quarter %1/%2").arg(m_quarter).arg(m_year);
    m_pointsMax = r.pointsMax > 0 ? r.pointsMax : m_service.pointsMax();
    m_report = QVariantMap{
        {u"period"_s, period},
        {u"from"_s, dateText(r.from)},
        {u"to"_s, dateText(r.to)},
        {u"checks"_s, r.checks},
        {u"passed"_s, r.passed},
        {u"breaches"_s, r.checks - r.passed},
        {u"rateText"_s, percentText(r.complianceRate)},
        {u"units"_s, units},
        {u"people"_s, people},
        {u"violations"_s, int(r.violations.size())},
        {u"pointsMaxText"_s, QLocale().toString(m_pointsMax, 'f', 1)},
    };
    Q_EMIT reportChanged();
}

void CultureController::reloadItems()
{
    QVariantList out;
    for (const CultureItem &item : m_service.checklist(false)) {
        out.append(QVariantMap{
            {u"code"_s, item.code},
            {u"ordinal"_s, item.ordinal},
            {u"group"_s, item.group},
            {u"groupLabel"_s, CultureGroups::table().label(item.group)},
            {u"label"_s, itemLabel(item)},
            {u"labelVi"_s, item.labelVi},
            {u"labelEn"_s, item.labelEn},
            {u"basis"_s, item.basis},
            {u"leadersOnly"_s, item.leadersOnly},
            {u"active"_s, item.active},
            {u"origin"_s, item.origin},
        });
    }
    m_items = out;
    Q_EMIT itemsChanged();
}

void CultureController::rebuildGrid()
{
    if (m_editUnit.isEmpty() || !m_editDate.isValid()) {
        m_grid->clear();
        return;
    }
    const UnitDirectory directory = m_registry.units();
    StaffQuery query;
    query.inServiceOn = m_editDate;
    const QSet<QString> codes = directory.codesResolvingInto(m_editUnit, m_editDate);
    QStringList unitCodes(codes.cbegin(), codes.cend());
    unitCodes.sort();
    query.unitCodes = unitCodes.isEmpty() ? QStringList{m_editUnit} : unitCodes;
    std::vector<CultureGridRow> rows;
    QSet<QString> seen;
    for (const StaffMember &m : m_registry.staffPage(query, std::nullopt, MaxGridPeople)) {
        seen.insert(m.code);
        rows.push_back(gridRow(m));
    }
    // A stored inspection keeps the people it observed, even if they have left or moved since.
    std::vector<CultureObservation> stored;
    if (m_editId != 0) {
        stored = m_service.observations(m_editId);
        for (const CultureObservation &o : stored) {
            if (seen.contains(o.staffCode))
                continue;
            seen.insert(o.staffCode);
            if (const auto m = m_registry.findStaff(o.staffCode))
                rows.push_back(gridRow(*m));
        }
    }
    // Items: the active ones, plus retired ones that the stored inspection used.
    std::vector<CultureItem> items;
    QSet<QString> usedItems;
    for (const CultureObservation &o : stored)
        usedItems.insert(o.itemCode);
    for (const CultureItem &item : m_service.checklist(false)) {
        if (item.active || usedItems.contains(item.code))
            items.push_back(item);
    }
    m_grid->build(std::move(items), std::move(rows), stored);
}

void CultureController::newInspection(const QString &unitCode)
{
    m_editId = 0;
    m_editUnit = unitCode.isEmpty() ? m_unitFilter : unitCode;
    m_editDate = m_today;
    m_editInspector = m_lastInspector;
    m_editNote.clear();
    rebuildGrid();
    Q_EMIT editorChanged();
    if (!m_editing) {
        m_editing = true;
        Q_EMIT editingChanged();
    }
}

bool CultureController::editInspection(qint64 id)
{
    const auto inspection = m_service.findInspection(id);
    if (!inspection) {
        Q_EMIT errorOccurred(tr("This inspection no longer exists."));
        reloadInspections();
        return false;
    }
    m_editId = inspection->id;
    m_editUnit = inspection->unitCode;
    m_editDate = inspection->date;
    m_editInspector = inspection->inspector;
    m_editNote = inspection->note;
    rebuildGrid();
    Q_EMIT editorChanged();
    if (!m_editing) {
        m_editing = true;
        Q_EMIT editingChanged();
    }
    return true;
}

void CultureController::setEditUnit(const QString &unitCode)
{
    if (unitCode == m_editUnit)
        return;
    m_editUnit = unitCode;
    rebuildGrid();
    Q_EMIT editorChanged();
}

void CultureController::setEditDate(const QString &isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid()) {
        //: %1 is what the user typed
        Q_EMIT errorOccurred(tr("“%1” is not a date.").arg(isoDate));
        Q_EMIT editorChanged(); // the field shows the date kept
        return;
    }
    if (date == m_editDate)
        return;
    m_editDate = date;
    rebuildGrid();
    Q_EMIT editorChanged();
}


bool CultureController::saveInspection()
{
    if (!m_editing)
        return false;
    if (m_editUnit.isEmpty()) {
        Q_EMIT errorOccurred(tr("Choose the unit inspected."));
        return false;
    }
    if (m_editInspector.trimmed().isEmpty()) {
        Q_EMIT errorOccurred(tr("Type the name of the inspector."));
        return false;
    }
    CultureInspection inspection;
    inspection.id = m_editId;
    inspection.unitCode = m_editUnit;
    inspection.date = m_editDate;
    inspection.inspector = m_editInspector.trimmed();
    inspection.note = m_editNote.trimmed();
    std::vector<CultureObservation> observations = m_grid->observations();
    for (CultureObservation &o : observations)
        o.inspectionId = m_editId;
    qint64 id = m_editId;
    const SaveResult result = m_service.saveInspection(inspection, observations, &id);
    if (!result.ok()) {
        //: %1 is the reason
        Q_EMIT errorOccurred(tr("The inspection was not saved: %1").arg(result.text()));
        return false;
    }
    const int breaches = m_grid->breachCount();
    m_lastInspector = inspection.inspector;
    m_editing = false;
    m_editId = id;
    Q_EMIT editingChanged();
    Q_EMIT editorChanged();
    m_grid->clear();
    // The list shows the inspection's year.
    if (inspection.date.year() != m_year) {
        m_year = inspection.date.year();
        Q_EMIT filterChanged();
    }
    reloadInspections();
    reloadViolations();
    reloadReport();
    Q_EMIT inspectionSaved(id);
    //: %1 is the date of the inspection, %n the number of breaches recorded
    Q_EMIT infoMessage(tr("Inspection of %1 saved: %n breach(es) recorded.", "", breaches)
                           .arg(dateText(inspection.date)));
    return true;
}

void CultureController::cancelEdit()
{
    if (!m_editing)
        return;
    m_editing = false;
    m_grid->clear();
    Q_EMIT editingChanged();
}

bool CultureController::removeInspection(qint64 id)
{
    const SaveResult result = m_service.removeInspection(id);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The inspection was not deleted: %1").arg(result.text()));
        return false;
    }
    if (m_editing && m_editId == id)
        cancelEdit();
    reloadInspections();
    reloadViolations();
    reloadReport();
    Q_EMIT infoMessage(tr("Inspection deleted."));
    return true;
}

bool CultureController::setStatus(qint64 id, const QString &status)
{
    const SaveResult result = m_service.setViolationStatus(id, status);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The violation was not changed: %1").arg(result.text()));
        reloadViolations();
        return false;
    }
    reloadViolations();
    reloadReport();
    return true;
}

bool CultureController::confirmViolation(qint64 id)
{
    if (!setStatus(id, QString(CultureViolationStatus::Confirmed)))
        return false;
    Q_EMIT infoMessage(tr("Violation confirmed."));
    return true;
}

bool CultureController::dismissViolation(qint64 id)
{
    if (!setStatus(id, QString(CultureViolationStatus::Dismissed)))
        return false;
    Q_EMIT infoMessage(tr("Violation dismissed."));
    return true;
}

QVariantMap CultureController::disciplineDraft(qint64 violationId)
{
    const auto draft = m_service.disciplineDraft(violationId);
    if (!draft) {
        Q_EMIT errorOccurred(tr("A discipline case can only start from a confirmed violation."));
        return {};
    }
    return QVariantMap{
        {u"staffCode"_s, draft->staffCode},
        {u"form"_s, draft->form},
        {u"violationDate"_s, draft->violationDate.toString(Qt::ISODate)},
        {u"detectedDate"_s, draft->detectedDate.toString(Qt::ISODate)},
        {u"reason"_s, draft->reason},
        {u"violationId"_s, violationId},
    };
}

void CultureController::linkDiscipline(qint64 decisionId, qint64 violationId)
{
    if (violationId <= 0 || decisionId <= 0)
        return;
    const SaveResult result = m_service.linkDiscipline(violationId, decisionId);
    if (!result.ok()) {
        //: %1 is the reason
        Q_EMIT errorOccurred(tr("The decision was saved but not linked to the violation: %1")
                                 .arg(result.text()));
    }
    reloadViolations();
}

bool CultureController::setPointsMax(double points)
{
    const SaveResult result = m_service.setPointsMax(points);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The culture points were not changed: %1").arg(result.text()));
        Q_EMIT reportChanged(); // the field shows the value kept
        return false;
    }
    reloadReport();
    //: %1 is a number of points
    Q_EMIT infoMessage(tr("Culture counts for %1 of the 30 general-criteria points.")
                           .arg(QLocale().toString(points, 'f', 1)));
    return true;
}

QString CultureController::reportFileName() const
{
    QString name = u"van-hoa-cong-vu-%1"_s.arg(m_year);
    if (m_quarter > 0)
        name += u"-q%1"_s.arg(m_quarter);
    if (!m_unitFilter.isEmpty())
        name += u"-"_s + m_unitFilter;
    return name + u".pdf"_s;
}

QString CultureController::reportFileUrl() const
{
    return OutputFile::defaultUrl(reportFileName());
}

QString CultureController::printReport(const QString &fileOrUrl)
{
    const QString path = OutputFile::resolve(fileOrUrl, reportFileName());
    const CultureReport report = m_service.report(periodStart(), periodEnd(), m_unitFilter);
    if (!report.error.isEmpty()) {
        Q_EMIT errorOccurred(report.error);
        return {};
    }
    CulturePdf::Options options;
    options.madeOn = m_today;
    QString error;
    const QByteArray pdf = CulturePdf::render(report, m_registry.units(), options, &error);
    if (pdf.isEmpty()) {
        //: %1 is the reason
        Q_EMIT errorOccurred(tr("The report could not be made: %1").arg(error));
        return {};
    }
    if (!OutputFile::write(path, pdf, &error)) {
        //: %1 is a file path, %2 the reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    //: %1 is the path of the PDF file written
    Q_EMIT infoMessage(tr("The culture report was written to %1.").arg(QDir::toNativeSeparators(path)));
    return path;
}

bool CultureController::saveItem(const QVariantMap &map)
{
    CultureItem item;
    item.code = map.value(u"code"_s).toString().trimmed();
    for (const CultureItem &existing : m_service.checklist(false)) {
        if (existing.code == item.code) {
            item = existing;
            break;
        }
    }
    if (item.code.isEmpty())
        item.code = newItemCode();
    if (map.contains(u"ordinal"_s))
        item.ordinal = map.value(u"ordinal"_s).toInt();
    if (map.contains(u"group"_s))
        item.group = map.value(u"group"_s).toString();
    if (map.contains(u"labelVi"_s))
        item.labelVi = map.value(u"labelVi"_s).toString().trimmed();
    if (map.contains(u"labelEn"_s))
        item.labelEn = map.value(u"labelEn"_s).toString().trimmed();
    if (map.contains(u"basis"_s))
        item.basis = map.value(u"basis"_s).toString().trimmed();
    if (map.contains(u"leadersOnly"_s))
        item.leadersOnly = map.value(u"leadersOnly"_s).toBool();
    if (map.contains(u"active"_s))
        item.active = map.value(u"active"_s).toBool();
    if (item.ordinal <= 0)
        item.ordinal = int(m_items.size()) + 1;
    const SaveResult result = m_service.saveItem(item);
    if (!result.ok()) {
        Q_EMIT errorOccurred(tr("The checklist item was not saved: %1").arg(result.text()));
        return false;
    }
    reloadItems();
    reloadReport();
    Q_EMIT infoMessage(tr("Checklist item saved."));
    return true;
}

bool CultureController::setItemActive(const QString &code, bool active)
{
    return saveItem(QVariantMap{{u"code"_s, code}, {u"active"_s, active}});
}

QString CultureController::newItemCode() const
{
    QSet<QString> used;
    for (const QVariant &v : m_items)
        used.insert(v.toMap().value(u"code"_s).toString());
    for (int n = int(m_items.size()) + 1;; ++n) {
        const QString code = u"muc_%1"_s.arg(n);
        if (!used.contains(code))
            return code;
    }
}
