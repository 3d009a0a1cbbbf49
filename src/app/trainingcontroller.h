// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/trainingenrolmentmodel.h"
#include "models/trainingneedmodel.h"
#include "models/trainingproposalmodel.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <vector>

struct FieldError;
struct SaveResult;
struct TrainingCourse;
struct UnplannedNeed;
class RegistryService;
class TrainingService;

/**
 * The Training page's backend (issue 6 item 8; LEGAL-RULES.md §4–5): the course catalogue as editable
 * reference data, the needs derived from the title standards, the plan editor (propose within a budget,
 * remove or add rows, save), the enrolments with their lifecycle, and the budget of the year per unit.
 * Everything is read and written through TrainingService; failures come out as one translated message
 * on errorOccurred, and field errors as maps {field: message} the dialogs show beside their fields.
 */
class TrainingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppController")
    /** The year of the plan, the enrolments and the budget. */
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY filterChanged)
    /** The unit (and the units under it) shown and planned for; "" = the whole office. */
    Q_PROPERTY(QString unitFilter READ unitFilter WRITE setUnitFilter NOTIFY filterChanged)

    /** Needs: a commune title code ("" = every title). */
    Q_PROPERTY(QString needsPosition READ needsPosition WRITE setNeedsPosition NOTIFY needsFilterChanged)
    /** Needs: a TrainingKinds code ("" = every kind). */
    Q_PROPERTY(QString needsKind READ needsKind WRITE setNeedsKind NOTIFY needsFilterChanged)
    /** Needs: words of the name or code, case and diacritics ignored. */
    Q_PROPERTY(QString needsSearch READ needsSearch WRITE setNeedsSearch NOTIFY needsFilterChanged)
    Q_PROPERTY(TrainingNeedModel *needs READ needs CONSTANT)
    /** Needs listed (after the filters). */
    Q_PROPERTY(int needCount READ needCount NOTIFY needsChanged)
    /** Of which no active course closes. */
    Q_PROPERTY(int unclosableCount READ unclosableCount NOTIFY needsChanged)

    /**
     * The catalogue, retired courses included: [{code, kind, kindLabel, name, provider, duration,
     * durationText, cost, costText, grantsText, active, origin}].
     */
    Q_PROPERTY(QVariantList catalogue READ catalogue NOTIFY catalogueChanged)
    /** The field errors of the last course save: {field: message}. */
    Q_PROPERTY(QVariantMap courseErrors READ courseErrors NOTIFY courseErrorsChanged)
    /** The kinds of training as [{value, text}]. */
    Q_PROPERTY(QVariantList kindOptions READ kindOptions NOTIFY catalogueChanged)
    /** Active courses as [{value, text}] (the plan editor's course picker). */
    Q_PROPERTY(QVariantList courseOptions READ courseOptions NOTIFY catalogueChanged)

    /** The plan editor: budget in VND (a JS number). */
    Q_PROPERTY(double planBudget READ planBudget WRITE setPlanBudget NOTIFY planChanged)
    /** The plan editor: start date of the proposed enrolments, YYYY-MM-DD. */
    Q_PROPERTY(QString planStart READ planStart WRITE setPlanStart NOTIFY planChanged)
    /** The plan's title; "" = a default naming the year. */
    Q_PROPERTY(QString planTitle READ planTitle WRITE setPlanTitle NOTIFY planChanged)
    Q_PROPERTY(TrainingProposalModel *proposal READ proposal CONSTANT)
    /** A proposal is in the editor (possibly emptied by hand). */
    Q_PROPERTY(bool hasProposal READ hasProposal NOTIFY planChanged)
    /** The editor's rows changed since the proposal (or no save since). */
    Q_PROPERTY(bool planDirty READ planDirty NOTIFY planChanged)
    Q_PROPERTY(double plannedCost READ plannedCost NOTIFY planChanged)
    Q_PROPERTY(double remainingBudget READ remainingBudget NOTIFY planChanged)
    Q_PROPERTY(bool overBudget READ overBudget NOTIFY planChanged)
    /** "cost / budget VND", the live total of the editor. */
    Q_PROPERTY(QString totalsText READ totalsText NOTIFY planChanged)
    /** Needs the proposal left out: [{staffCode, fullName, requirement, deadlineText, reason, message}]. */
    Q_PROPERTY(QVariantList unplanned READ unplanned NOTIFY planChanged)
    /** Field errors of the last add or save: {field: message}. */
    Q_PROPERTY(QVariantMap planErrors READ planErrors NOTIFY planErrorsChanged)

    /** Enrolments: an EnrolmentStatus code ("" = every status). */
    Q_PROPERTY(QString enrolmentStatus READ enrolmentStatus WRITE setEnrolmentStatus NOTIFY filterChanged)
    Q_PROPERTY(TrainingEnrolmentModel *enrolments READ enrolments CONSTANT)
    /** Field errors of the last lifecycle step: {field: message}. */
    Q_PROPERTY(QVariantMap enrolmentErrors READ enrolmentErrors NOTIFY enrolmentErrorsChanged)
    /** The enrolment statuses as [{value, text}]. */
    Q_PROPERTY(QVariantList statusOptions READ statusOptions NOTIFY catalogueChanged)

    /**
     * The budget of the year per unit: [{unitCode, unitName, budget, planned, spent, remaining (numbers),
     * budgetText, plannedText, spentText, remainingText, enrolments, completed, dropped, over}]; a unit with
     * no plan of its own draws on the office's budget: its remainingText is "—" and it is never "over".
     */
    Q_PROPERTY(QVariantList budget READ budget NOTIFY budgetChanged)
    /** The sums of the budget lines, same keys. */
    Q_PROPERTY(QVariantMap budgetTotal READ budgetTotal NOTIFY budgetChanged)
    /** Today as YYYY-MM-DD (default certificate date). */
    Q_PROPERTY(QString today READ today CONSTANT)

public:
    /**
     * loadNow false: nothing is read until the page is first shown (ensureLoaded), so that start-up does
     * not compute everyone's needs and the year's report for a page nobody opened.
     */
    TrainingController(TrainingService &service, RegistryService &registry, QObject *parent = nullptr,
                       bool loadNow = true);

    /** for unit testing: the date "today" (default: the system date); the year follows it. */
    void setToday(QDate today);

    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    [[nodiscard]] QString unitFilter() const { return m_unitFilter; }
    void setUnitFilter(const QString &unitCode);

    [[nodiscard]] QString needsPosition() const { return m_needsPosition; }
    void setNeedsPosition(const QString &position);
    [[nodiscard]] QString needsKind() const { return m_needsKind; }
    void setNeedsKind(const QString &kind);
    [[nodiscard]] QString needsSearch() const { return m_needsSearch; }
    void setNeedsSearch(const QString &text);
    [[nodiscard]] TrainingNeedModel *needs() const { return m_needs; }
    [[nodiscard]] int needCount() const { return m_needCount; }
    [[nodiscard]] int unclosableCount() const { return m_unclosableCount; }

    [[nodiscard]] QVariantList catalogue() const { return m_catalogue; }
    [[nodiscard]] QVariantMap courseErrors() const { return m_courseErrors; }
    [[nodiscard]] QVariantList kindOptions() const;
    [[nodiscard]] QVariantList courseOptions() const;

    [[nodiscard]] double planBudget() const { return double(m_planBudget); }
    void setPlanBudget(double budget);
    [[nodiscard]] QString planStart() const { return m_planStart.toString(Qt::ISODate); }
    void setPlanStart(const QString &isoDate);
    [[nodiscard]] QString planTitle() const { return m_planTitle; }
    void setPlanTitle(const QString &title);
    [[nodiscard]] TrainingProposalModel *proposal() const { return m_proposal; }
    [[nodiscard]] bool hasProposal() const { return m_hasProposal; }
    [[nodiscard]] bool planDirty() const { return m_planDirty; }
    [[nodiscard]] double plannedCost() const { return double(m_proposal->totalCost()); }
    [[nodiscard]] double remainingBudget() const { return double(m_planBudget - m_proposal->totalCost()); }
    [[nodiscard]] bool overBudget() const { return m_proposal->totalCost() > m_planBudget; }
    [[nodiscard]] QString totalsText() const;
    [[nodiscard]] QVariantList unplanned() const { return m_unplanned; }
    [[nodiscard]] QVariantMap planErrors() const { return m_planErrors; }

    [[nodiscard]] QString enrolmentStatus() const { return m_enrolmentStatus; }
    void setEnrolmentStatus(const QString &status);
    [[nodiscard]] TrainingEnrolmentModel *enrolments() const { return m_enrolments; }
    [[nodiscard]] QVariantMap enrolmentErrors() const { return m_enrolmentErrors; }
    [[nodiscard]] QVariantList statusOptions() const;

    [[nodiscard]] QVariantList budget() const { return m_budget; }
    [[nodiscard]] QVariantMap budgetTotal() const { return m_budgetTotal; }
    [[nodiscard]] QString today() const { return m_today.toString(Qt::ISODate); }

    /** Saves a course from {code, cost, provider, active, nameVi, duration} (keys absent are kept). */
    Q_INVOKABLE bool saveCourse(const QVariantMap &course);
    /** Retires (active false) or restores a course; courses are never deleted. */
    Q_INVOKABLE bool setCourseActive(const QString &code, bool active);
    Q_INVOKABLE void clearCourseErrors();

    /** "Đề xuất": fills the editor with the proposal for year / unit / budget / start (writes nothing). */
    Q_INVOKABLE bool propose();
    /** Removes the editor's row (Delete on the row). */
    Q_INVOKABLE bool removeProposed(int row);
    /** Adds a person in a course to the editor (checked: person, active course, not twice); false with planErrors. */
    Q_INVOKABLE bool addProposed(const QString &staffCode, const QString &courseCode);
    /** Empties the editor. */
    Q_INVOKABLE void clearPlan();
    /** "Lưu kế hoạch": writes the plan and its planned enrolments in one transaction; false with planErrors. */
    Q_INVOKABLE bool savePlan();
    /** People matching text (name or code, diacritics ignored) as [{value, text}], for the person picker. */
    Q_INVOKABLE QVariantList searchPeople(const QString &text, int limit = 8) const;

    /** Lifecycle: planned → enrolled ("Đăng ký"). */
    Q_INVOKABLE bool enrol(qint64 enrolmentId);
    /** Lifecycle: enrolled → attending ("Đang học"). */
    Q_INVOKABLE bool attend(qint64 enrolmentId);
    /** Lifecycle: attending → completed with the certificate (number, YYYY-MM-DD); the record is updated. */
    Q_INVOKABLE bool complete(qint64 enrolmentId, const QString &certificateNo, const QString &certificateDate);
    /** Lifecycle: → dropped with the reason ("Thôi học"). */
    Q_INVOKABLE bool drop(qint64 enrolmentId, const QString &reason);
    /** Deletes a planned enrolment ("Xóa"). */
    Q_INVOKABLE bool removeEnrolment(qint64 enrolmentId);
    Q_INVOKABLE void clearEnrolmentErrors();

    /** Writes the year's plan as PDF (path or file: URL; "" = planFileUrl()). Returns the path, "" on failure. */
    Q_INVOKABLE QString printPlan(const QString &fileOrUrl = {});
    /** A file name for the plan, e.g. "ke-hoach-dao-tao-2027.pdf". */
    Q_INVOKABLE QString planFileName() const;
    /** file:// URL of planFileName() in the Documents folder (the file dialog's proposal). */
    Q_INVOKABLE QString planFileUrl() const;

    /** Re-reads every list (after a language change or an import); nothing before the first ensureLoaded. */
    Q_INVOKABLE void reload();
    /** Reads every list the first time the page is shown. */
    Q_INVOKABLE void ensureLoaded();

Q_SIGNALS:
    void filterChanged();
    void needsFilterChanged();
    void needsChanged();
    void catalogueChanged();
    void courseErrorsChanged();
    void planChanged();
    void planErrorsChanged();
    void enrolmentErrorsChanged();
    void budgetChanged();
    /** A plan was saved (its id). */
    void planSaved(qint64 id);
    /** Plans or enrolments were written: the projected rate (planned enrolments) is to be re-read. */
    void enrolmentsChanged();
    /** A completion changed someone's record: rates and standings are to be re-read. */
    void qualificationChanged();
    /** A translated message for the user (AppController forwards it to the app's error channel). */
    void errorOccurred(const QString &message);
    /** A translated confirmation. */
    void infoMessage(const QString &message);

private:
    void reloadNeeds();
    void reloadCatalogue();
    /** The enrolments and the budget of the year, from one TrainingService::report. */
    void reloadYear();
    void resetPlanStart();
    bool step(qint64 enrolmentId, const QString &toStatus, const QString &certificateNo, const QDate &certificateDate,
              const QString &reason);
    void setPlanErrors(const QVariantMap &errors);
    void setEnrolmentErrors(const QVariantMap &errors);
    [[nodiscard]] QString courseName(const TrainingCourse &course) const;
    [[nodiscard]] QString courseName(const QString &code) const;
    [[nodiscard]] QString unitName(const QString &code) const;
    /** DD/MM/YYYY, "" for a null date. */
    [[nodiscard]] static QString dateText(const QDate &date);

    TrainingService &m_service;
    RegistryService &m_registry;
    bool m_loaded = false; ///< reload has run once (see ensureLoaded)
    QDate m_today;
    int m_year = 0;
    QString m_unitFilter;

    QString m_needsPosition;
    QString m_needsKind;
    QString m_needsSearch;
    TrainingNeedModel *m_needs = nullptr;
    int m_needCount = 0;
    int m_unclosableCount = 0;

    QVariantList m_catalogue;
    QHash<QString, QString> m_courseNames;
    QVariantMap m_courseErrors;
    QHash<QString, QString> m_unitNames;

    qint64 m_planBudget = 0;
    QDate m_planStart;
    bool m_planStartEdited = false;
    QString m_planTitle;
    TrainingProposalModel *m_proposal = nullptr;
    bool m_hasProposal = false;
    bool m_planDirty = false;
    QVariantList m_unplanned;
    QVariantMap m_planErrors;

    QString m_enrolmentStatus;
    TrainingEnrolmentModel *m_enrolments = nullptr;
    QVariantMap m_enrolmentErrors;

    QVariantList m_budget;
    QVariantMap m_budgetTotal;
};
