// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/culturegridmodel.h"
#include "models/cultureinspectionmodel.h"
#include "models/cultureviolationmodel.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

struct SaveResult;
class CultureService;
class DisciplineService;
class RegistryService;

/**
 * The Culture page's backend (QĐ 1847/QĐ-TTg, LEGAL-RULES.md §3): the inspections of a year and unit,
 * the inspection editor (a grid of the unit's people × the active checklist items), the violations
 * log with confirm / dismiss and a discipline draft, the compliance report with the ND 335 points
 * setting, and the checklist as editable reference data. Everything is read and written through
 * CultureService; failures come out as one translated message on errorOccurred.
 */
class CultureController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppController")
    /** The year the inspections, the log and the report are shown for. */
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY filterChanged)
    /** The unit (and the units under it) shown; "" = every unit. */
    Q_PROPERTY(QString unitFilter READ unitFilter WRITE setUnitFilter NOTIFY filterChanged)
    /** The quarter of the report: 0 = the whole year, 1–4. */
    Q_PROPERTY(int quarter READ quarter WRITE setQuarter NOTIFY filterChanged)
    Q_PROPERTY(CultureInspectionModel *inspections READ inspections CONSTANT)
    Q_PROPERTY(CultureViolationModel *violations READ violations CONSTANT)
    Q_PROPERTY(CultureGridModel *grid READ grid CONSTANT)

    /** An inspection is open in the editor. */
    Q_PROPERTY(bool editing READ editing NOTIFY editingChanged)
    /** The editor holds a stored inspection (false: a new one). */
    Q_PROPERTY(bool editingStored READ editingStored NOTIFY editorChanged)
    Q_PROPERTY(QString editUnit READ editUnit NOTIFY editorChanged)
    /** YYYY-MM-DD */
    Q_PROPERTY(QString editDate READ editDate NOTIFY editorChanged)
    Q_PROPERTY(QString editInspector READ editInspector WRITE setEditInspector NOTIFY editorChanged)
    Q_PROPERTY(QString editNote READ editNote WRITE setEditNote NOTIFY editorChanged)

    /**
     * The compliance report of year / quarter / unit: {period, checks, passed, rateText, units:
     * [{code, name, inspections, peopleInspected, checks, breaches, peopleWithBreach, confirmed,
     * rate (0–100, -1 when nothing was checked), rateText, byItem: [{label, count}]}], people:
     * [{code, fullName, unitCode, checks, breaches, breachedItems, pointsText}], pointsMaxText}.
     */
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
    /** ND 335: the share of the 30 general-criteria points given to culture (an office setting). */
    Q_PROPERTY(double pointsMax READ pointsMax NOTIFY reportChanged)

    /** Every checklist item, retired ones included: [{code, ordinal, group, groupLabel, labelVi, labelEn, basis, leadersOnly, active, origin}]. */
    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    /** The content groups of QĐ 1847 as [{value, text}]. */
    Q_PROPERTY(QVariantList groupOptions READ groupOptions NOTIFY itemsChanged)
    /** Today as YYYY-MM-DD (default date of a new inspection). */
    Q_PROPERTY(QString today READ today CONSTANT)

public:
    CultureController(CultureService &service, DisciplineService &discipline, RegistryService &registry,
                      QObject *parent = nullptr);

    /** for unit testing: the date "today" (default: the system date). */
    void setToday(QDate today);

    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    [[nodiscard]] QString unitFilter() const { return m_unitFilter; }
    void setUnitFilter(const QString &unitCode);
    [[nodiscard]] int quarter() const { return m_quarter; }
    void setQuarter(int quarter);

    [[nodiscard]] CultureInspectionModel *inspections() const { return m_inspections; }
    [[nodiscard]] CultureViolationModel *violations() const { return m_violations; }
    [[nodiscard]] CultureGridModel *grid() const { return m_grid; }

    [[nodiscard]] bool editing() const { return m_editing; }
    /** The id of the inspection in the editor; 0 for a new one (after a save: the id stored). */
    [[nodiscard]] qint64 editId() const { return m_editId; }
    [[nodiscard]] bool editingStored() const { return m_editId != 0; }
    [[nodiscard]] QString editUnit() const { return m_editUnit; }
    [[nodiscard]] QString editDate() const { return m_editDate.toString(Qt::ISODate); }
    [[nodiscard]] QString editInspector() const { return m_editInspector; }
    void setEditInspector(const QString &inspector);
    [[nodiscard]] QString editNote() const { return m_editNote; }
    void setEditNote(const QString &note);

    [[nodiscard]] QVariantMap report() const { return m_report; }
    [[nodiscard]] double pointsMax() const { return m_pointsMax; }
    [[nodiscard]] QVariantList items() const { return m_items; }
    [[nodiscard]] QVariantList groupOptions() const;
    [[nodiscard]] QString today() const { return m_today.toString(Qt::ISODate); }

    /** Opens the editor on a new inspection of unitCode ("" = the unit filter) dated today. */
    Q_INVOKABLE void newInspection(const QString &unitCode = {});
    /** Opens the editor on a stored inspection; false (and a message) when it no longer exists. */
    Q_INVOKABLE bool editInspection(qint64 id);
    /** Changes the unit of the inspection in the editor: the grid is rebuilt with that unit's people. */
    Q_INVOKABLE void setEditUnit(const QString &unitCode);
    /** Changes the date (YYYY-MM-DD): the grid is rebuilt with the people in service that day. */
    Q_INVOKABLE void setEditDate(const QString &isoDate);
    /** Stores the inspection in the editor (breaches go to the violations log) and closes the editor. */
    Q_INVOKABLE bool saveInspection();
    Q_INVOKABLE void cancelEdit();
    Q_INVOKABLE bool removeInspection(qint64 id);

    Q_INVOKABLE bool confirmViolation(qint64 id);
    Q_INVOKABLE bool dismissViolation(qint64 id);
    /**
     * The discipline case a confirmed violation starts, as the Discipline page's openDraft() takes it:
     * {staffCode, form, violationDate, detectedDate (YYYY-MM-DD), reason, violationId}; {} (and a
     * message) when the violation is not confirmed.
     */
    Q_INVOKABLE QVariantMap disciplineDraft(qint64 violationId);

    /** Sets the ND 335 culture points (the office's share of the 30 general-criteria points). */
    Q_INVOKABLE bool setPointsMax(double points);
    /** Writes the compliance report shown to a PDF file (path or file: URL); "" = reportFileUrl(). Returns the path, "" on failure (message sent). */
    Q_INVOKABLE QString printReport(const QString &fileOrUrl = {});
    /** A file name for the report shown, e.g. "van-hoa-cong-vu-2026-q1.pdf". */
    Q_INVOKABLE QString reportFileName() const;
    /** file:// URL of reportFileName() in the Documents folder (the file dialog's proposal). */
    Q_INVOKABLE QString reportFileUrl() const;

    /** Adds or edits a checklist item from {code, ordinal, group, labelVi, labelEn, basis, leadersOnly, active}. */
    Q_INVOKABLE bool saveItem(const QVariantMap &item);
    /** Retires (active false) or restores an item; items are never deleted. */
    Q_INVOKABLE bool setItemActive(const QString &code, bool active);
    /** A free code for a new item ("muc_11", …). */
    Q_INVOKABLE QString newItemCode() const;

    /** Re-reads every list (after a language change or an import). */
    Q_INVOKABLE void reload();

public Q_SLOTS:
    /** The Discipline page saved decisionId started from violationId: the log records the link. */
    void linkDiscipline(qint64 decisionId, qint64 violationId);

Q_SIGNALS:
    void filterChanged();
    void editingChanged();
    void editorChanged();
    void reportChanged();
    void itemsChanged();
    /** An inspection was stored (id) — the page shows the list again. */
    void inspectionSaved(qint64 id);
    /** A translated message for the user (AppController forwards it to the app's error channel). */
    void errorOccurred(const QString &message);
    /** A translated confirmation. */
    void infoMessage(const QString &message);

private:
    void reloadInspections();
    void reloadViolations();
    void reloadReport();
    void reloadItems();
    void rebuildGrid();
    bool setStatus(qint64 id, const QString &status);
    [[nodiscard]] QDate periodStart() const;
    [[nodiscard]] QDate periodEnd() const;

    CultureService &m_service;
    DisciplineService &m_discipline;
    RegistryService &m_registry;
    QDate m_today;
    int m_year = 0;
    QString m_unitFilter;
    int m_quarter = 0;
    CultureInspectionModel *m_inspections = nullptr;
    CultureViolationModel *m_violations = nullptr;
    CultureGridModel *m_grid = nullptr;

    bool m_editing = false;
    qint64 m_editId = 0;
    QString m_editUnit;
    QDate m_editDate;
    QString m_editInspector;
    QString m_editNote;
    QString m_lastInspector;

    QVariantMap m_report;
    double m_pointsMax = 0;
    QVariantList m_items;
};
