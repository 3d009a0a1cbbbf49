// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/disciplinedecision.h"
#include "models/disciplinelistmodel.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

class DisciplineService;
struct DisciplineReport;
class RegistryService;

/**
 * The Discipline page's backend: the year's decisions (by unit, searchable), the per-unit
 * indicator (units where somebody got khiển trách or heavier), the decision form with a live
 * check through DisciplineService (refusals as field errors, warnings that do not block, the forms
 * the law allows for the person on the effective date), save / delete, the person's timeline and
 * the year report in PDF. Every rule is asked of the service: QML only shows what comes from here.
 */
class DisciplineController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppController")
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    /** "" = every unit. */
    Q_PROPERTY(QString unitFilter READ unitFilter WRITE setUnitFilter NOTIFY unitFilterChanged)
    Q_PROPERTY(DisciplineListModel *decisions READ decisions CONSTANT)
    /** Units of the year (under unitFilter) where somebody got khiển trách or heavier:
     *  [{code, name, staff, decisions}] by name. */
    Q_PROPERTY(QVariantList missed READ missed NOTIFY summaryChanged)
    /** Units counted for the indicator in the year. */
    Q_PROPERTY(int unitsCounted READ unitsCounted NOTIFY summaryChanged)
    /** Bumped after every change of the stored decisions: bindings on timeline()/status() re-read. */
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(QString today READ today NOTIFY revisionChanged)

    Q_PROPERTY(bool editing READ editing NOTIFY editingChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY editingChanged)
    /** The form, keyed as RECORDS-CSV.md (the service's field errors use the same keys): {staff_code,
     *  form, decision_no, decision_date, effective_date, violation_date, detected_date, reason};
     *  dates YYYY-MM-DD. */
    Q_PROPERTY(QVariantMap record READ record NOTIFY recordChanged)
    /** "Full name · unit · category" of the person typed, or "" when the code is unknown. */
    Q_PROPERTY(QString personText READ personText NOTIFY recordChanged)
    /** {key: message} of the record keys the user touched (every key after a save attempt). */
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY checkChanged)
    /** [{kind, message, citation, suggestedForm, suggestedLabel}]: not blocking. */
    Q_PROPERTY(QVariantList warnings READ warnings NOTIFY checkChanged)
    /** [{value, text}] the form combo offers: the forms allowed for the person on the effective date
     *  (every form when no rule set is known), plus the chosen one marked when it is not allowed. */
    Q_PROPERTY(QVariantList formOptions READ formOptions NOTIFY checkChanged)
    /** Citation of the rule set applied ("" when none is known). */
    Q_PROPERTY(QString ruleSet READ ruleSet NOTIFY checkChanged)
    /** No field errors (warnings do not block). */
    Q_PROPERTY(bool canSave READ canSave NOTIFY checkChanged)

public:
    DisciplineController(DisciplineService &service, RegistryService &registry, QObject *parent = nullptr);

    /** for unit testing: the date "today" (default: the system date); the year follows it. */
    void setToday(QDate today);

    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    [[nodiscard]] QString unitFilter() const { return m_unitFilter; }
    void setUnitFilter(const QString &unitCode);
    [[nodiscard]] DisciplineListModel *decisions() const { return m_decisions; }
    [[nodiscard]] QVariantList missed() const { return m_missed; }
    [[nodiscard]] int unitsCounted() const { return m_unitsCounted; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QString today() const { return m_today.toString(Qt::ISODate); }

    [[nodiscard]] bool editing() const { return m_editing; }
    [[nodiscard]] bool isNew() const { return m_editing && m_editId == 0; }
    [[nodiscard]] QVariantMap record() const { return m_record; }
    [[nodiscard]] QString personText() const { return m_personText; }
    [[nodiscard]] QVariantMap errors() const;
    [[nodiscard]] QVariantList warnings() const { return m_warnings; }
    [[nodiscard]] QVariantList formOptions() const { return m_formOptions; }
    [[nodiscard]] QString ruleSet() const { return m_ruleSet; }
    [[nodiscard]] bool canSave() const { return m_editing && m_allErrors.isEmpty(); }

    /** The decision the form holds, dates parsed. */
    [[nodiscard]] DisciplineDecision decision() const;

    /** Reads the list and the indicator again (after an import or a change elsewhere). */
    Q_INVOKABLE void reload();
    /** Opens an empty form (staffCode preselected when given), dated today. */
    Q_INVOKABLE void newDecision(const QString &staffCode = {});
    /**
     * Opens the new-decision form prefilled from a draft (the Culture page): keys staffCode, form,
     * violationDate, detectedDate (YYYY-MM-DD), reason, violationId (number). The save emits
     * draftSaved(decisionId, violationId).
     */
    Q_INVOKABLE void openDraft(const QVariantMap &draft);
    /** Opens the stored decision id in the form; false when it no longer exists. */
    Q_INVOKABLE bool edit(qint64 id);
    /** Sets one key of the record and checks the form again. */
    Q_INVOKABLE void setField(const QString &key, const QString &value);
    /** Takes the heavier form a repeat warning suggests. */
    Q_INVOKABLE void useSuggestedForm();
    /** Checks and stores the form; false (errors filled) when refused. */
    Q_INVOKABLE bool save();
    Q_INVOKABLE void cancel();
    /** Deletes the decision open in the form (the page asks for confirmation first). */
    Q_INVOKABLE bool remove();

    /** People whose name or code matches text (diacritics ignored), as [{value, text}], at most limit. */
    Q_INVOKABLE QVariantList searchPeople(const QString &text, int limit = 8) const;
    /** Units that missed the target in year, every unit (the Dashboard; the page's own list is `missed`):
     *  [{code, name, staff, decisions}] by name. Somebody got khiển trách or heavier there. */
    Q_INVOKABLE QVariantList missedUnits(int year) const;
    /** Units counted for the indicator in year, every unit. */
    Q_INVOKABLE int unitCount(int year) const;
    /** A person's discipline timeline, oldest first: [{date (DD/MM/YYYY), iso, kind, form, text, decisionId}]. */
    Q_INVOKABLE QVariantList timeline(const QString &staffCode) const;
    /** A person's standing today: {state: "none"|"in_force"|"barred"|"ended", text, barsUntil (DD/MM/YYYY)}. */
    Q_INVOKABLE QVariantMap status(const QString &staffCode) const;
    /** Translated label of a form code. */
    Q_INVOKABLE QString formLabel(const QString &form) const;
    /** Writes the year's report (year, unitFilter) to a PDF: fileUrl (file:// or a path), or the
     *  Documents folder when empty. Returns the path written, "" on failure (message sent). */
    Q_INVOKABLE QString printReport(const QString &fileUrl = {});
    /** A file name for the year's report, e.g. "ky-luat-2026.pdf". */
    Q_INVOKABLE QString reportFileName() const;
    /** file:// URL of reportFileName() in the Documents folder (the file dialog's proposal). */
    Q_INVOKABLE QString reportFileUrl() const;

Q_SIGNALS:
    void yearChanged();
    void unitFilterChanged();
    void summaryChanged();
    void revisionChanged();
    void editingChanged();
    void recordChanged();
    void checkChanged();
    /** A decision was stored (new or edited). */
    void saved(qint64 decisionId, const QString &staffCode);
    void removed(qint64 decisionId, const QString &staffCode);
    /** After a save of the form; violationId is 0 unless the form was opened from a draft. */
    void draftSaved(qint64 decisionId, qint64 violationId);
    void errorOccurred(const QString &message);
    void infoMessage(const QString &message);

private:
    [[nodiscard]] static QVariantList missedIn(const DisciplineReport &report);
    void openRecord(const DisciplineDecision &decision, qint64 violationId);
    void setEditing(bool editing);
    void recheck();
    void changed();

    DisciplineService &m_service;
    RegistryService &m_registry;
    DisciplineListModel *m_decisions = nullptr;
    QDate m_today;
    int m_year = 0;
    QString m_unitFilter;
    QVariantList m_missed;
    int m_unitsCounted = 0;
    int m_revision = 0;

    bool m_editing = false;
    qint64 m_editId = 0;
    qint64 m_violationId = 0;
    QVariantMap m_record;
    QString m_personText;
    QVariantMap m_allErrors;
    QSet<QString> m_touched;
    bool m_showAllErrors = false;
    QVariantList m_warnings;
    QVariantList m_formOptions;
    QString m_ruleSet;
    QString m_suggestedForm;
};
