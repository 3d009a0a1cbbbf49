// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/staffmember.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

class QualificationService;
class RegistryService;

/**
 * The person's page and form: loads a person into a map of text fields keyed by the
 * STAFF-CSV.md column keys, validates and saves through RegistryService, and reports
 * field errors (translated) for the form to show at each field, and the person's standing
 * against their title's standard (read from QualificationService on load and save).
 */
class PersonEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    /** {key: text}; dates as DD/MM/YYYY, booleans "1"/"0"/"" and codes as codes. */
    Q_PROPERTY(QVariantMap record READ record NOTIFY recordChanged)
    /** {key: message} for the fields the last save refused. */
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY recordChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY recordChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(QString code READ code NOTIFY recordChanged)
    /**
     * Concurrent editing (issue 8 item 3): why the last save was refused because someone else saved the
     * person since the form read them (who, when, which fields); "" when not. The form shows it with a
     * Reload action (reload()); the officer's input stays until they choose it.
     */
    Q_PROPERTY(QString conflict READ conflict NOTIFY conflictChanged)
    /**
     * The stored person against the standard of their title today (the person's page):
     * {applies (category cb_xa/cc_xa), date, status ("qualified", "not_qualified", "no_standard"),
     * hasStandard, instrument, article, validFrom, deadline, note, counted, difficultArea,
     * lowerLevel, requirements: [{key, label, met, expected, actual, basis, confirmed}],
     * suggestions (not enforced, "to verify"): same shape, gaps: [label], gapKeys: [key]};
     * {} for a new person. Dates DD/MM/YYYY.
     */
    Q_PROPERTY(QVariantMap standing READ standing NOTIFY standingChanged)

public:
    PersonEditor(RegistryService &registry, QualificationService &qualification, QObject *parent = nullptr);

    [[nodiscard]] QVariantMap record() const { return m_record; }
    [[nodiscard]] QVariantMap errors() const { return m_errors; }
    [[nodiscard]] bool isNew() const { return m_isNew; }
    [[nodiscard]] bool loaded() const { return m_loaded; }
    [[nodiscard]] bool dirty() const { return m_dirty; }
    [[nodiscard]] QString code() const { return m_record.value(QStringLiteral("code")).toString(); }
    [[nodiscard]] QVariantMap standing() const { return m_standing; }
    [[nodiscard]] QString conflict() const { return m_conflict; }

    /** The date the standing is computed on (today unless set); for unit testing. */
    void setStandingDate(const QDate &date);
    /** Reads the standing again (after an edit elsewhere, a standard changed, an import). */
    void refreshStanding();

    /** Shows the person with code; false when there is none. */
    Q_INVOKABLE bool load(const QString &code);
    /** An empty form for a new person (unitCode preselected when given). */
    Q_INVOKABLE void startNew(const QString &unitCode = {});
    Q_INVOKABLE void setField(const QString &key, const QString &value);
    /** Checks and saves; on refusal fills errors (or conflict) and returns false. */
    Q_INVOKABLE bool save();
    /**
     * Reads the loaded person again as stored now, discarding the form's unsaved input (the Reload
     * action after a conflict); false when they no longer exist.
     */
    Q_INVOKABLE bool reload();
    /** Deletes the loaded person (the page asks for confirmation first). */
    Q_INVOKABLE bool remove();
    /** Human-readable value of a field (labels for codes), for the person's page. */
    Q_INVOKABLE QString display(const QString &key) const;
    Q_INVOKABLE void clear();

    /** The record the form holds, parsed (invalid dates left null and reported by save()). */
    [[nodiscard]] StaffMember member(QVariantMap *parseErrors = nullptr) const;

Q_SIGNALS:
    void recordChanged();
    void errorsChanged();
    void dirtyChanged();
    void standingChanged();
    void conflictChanged();
    void saved(const QString &code);
    void removed(const QString &code);
    void errorOccurred(const QString &message);

private:
    void setRecord(const StaffMember &member);
    void setDirty(bool dirty);
    void setConflict(const QString &message);

    RegistryService &m_registry;
    QualificationService &m_qualification;
    QDate m_standingDate;
    QVariantMap m_record;
    QVariantMap m_standing;
    QVariantMap m_errors;
    QString m_originalCode;
    StaffMember m_startedFrom; ///< the person as the form read them (version and values), for a conflict
    QString m_conflict;
    bool m_isNew = false;
    bool m_loaded = false;
    bool m_dirty = false;
};
