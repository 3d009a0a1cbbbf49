// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/periodscore.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

struct SaveResult;
class EvaluationService;
class ScoringService;

/**
 * The backend of PeriodScoresDialog: the ND 335/2025 monthly and quarterly scores of one civil servant's
 * year (LEGAL-RULES.md §1.11, P2.7). Lists the periods with their computed scores, holds one period in an
 * editor whose item points, task points and score are recomputed in C++ on every change, saves and
 * removes periods through ScoringService, sets the weighting of months and quarters (an office setting:
 * the decree says "average" only) and writes the yearly score to the evaluation. Failures come out as one
 * translated message on errorOccurred.
 */
class ScoringController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppController")
    /** The person whose year is shown. */
    Q_PROPERTY(QString staffCode READ staffCode WRITE setStaffCode NOTIFY contextChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY contextChanged)
    /** ND 335 period scoring applies to the person and year (a civil servant, from 2026). */
    Q_PROPERTY(bool applicable READ applicable NOTIFY periodsChanged)
    /** Why it does not apply (names ND 335/2025); "" when it applies. */
    Q_PROPERTY(QString notApplicableReason READ notApplicableReason NOTIFY periodsChanged)
    /** The person's evaluation of the year is decided: nothing can change. */
    Q_PROPERTY(bool locked READ locked NOTIFY periodsChanged)
    /**
     * The periods, by month covered: [{id, kind, number, label, generalText, taskText, scoreText (""
     * when there are no items), score (tenths, -1 when none), levelLabel, itemCount, note}].
     */
    Q_PROPERTY(QVariantList periods READ periods NOTIFY periodsChanged)
    /** The yearly score in tenths (-1 when no period has a score). */
    Q_PROPERTY(int yearlyScore READ yearlyScore NOTIFY periodsChanged)
    /** The yearly score as shown, e.g. "82.5", or "" when none. */
    Q_PROPERTY(QString yearlyScoreText READ yearlyScoreText NOTIFY periodsChanged)
    /** The ND 335 band of the yearly score (translated), or "". */
    Q_PROPERTY(QString yearlyLevelLabel READ yearlyLevelLabel NOTIFY periodsChanged)
    /** The score stored on the evaluation, e.g. "80.0", or "" when none. */
    Q_PROPERTY(QString appliedScoreText READ appliedScoreText NOTIFY periodsChanged)
    /** The culture points suggested from the inspections of the year (e.g. "2.5"), or "". */
    Q_PROPERTY(QString suggestedCultureText READ suggestedCultureText NOTIFY periodsChanged)

    /** "equal" or "by_months" (setting evaluation.period_weighting). */
    Q_PROPERTY(QString weighting READ weighting NOTIFY weightingChanged)
    /** [{value, text}] for the weighting choice. */
    Q_PROPERTY(QVariantList weightingOptions READ weightingOptions CONSTANT)
    /** Says that the weighting is an office setting because ND 335/2025 does not fix it (UNSURE). */
    Q_PROPERTY(QString weightingNote READ weightingNote CONSTANT)
    /** [{value, text}] for the period kind. */
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)

    /** A period is open in the editor. */
    Q_PROPERTY(bool editing READ editing NOTIFY editingChanged)
    /**
     * The period in the editor with everything computed: {id, kind, number, numberMax (12 for a month,
     * 4 for a quarter), generalPoints (double),
     * note, items: [{title, assigned, done, qualityFailures, lateFailures, excusedFailures, weight,
     * pointsText}], generalText, taskText, scoreText, levelLabel, errors: [{field, message}],
     * fieldErrors: {field: message}, valid}.
     */
    Q_PROPERTY(QVariantMap edit READ edit NOTIFY editChanged)

public:
    ScoringController(ScoringService &service, EvaluationService &evaluations, QObject *parent = nullptr);

    [[nodiscard]] QString staffCode() const { return m_staffCode; }
    void setStaffCode(const QString &code);
    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    /** Sets person and year at once (one reload). */
    Q_INVOKABLE void open(const QString &staffCode, int year);

    [[nodiscard]] bool applicable() const { return m_reason.isEmpty(); }
    [[nodiscard]] QString notApplicableReason() const { return m_reason; }
    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] QVariantList periods() const { return m_periodList; }
    [[nodiscard]] int yearlyScore() const { return m_yearly; }
    [[nodiscard]] QString yearlyScoreText() const;
    [[nodiscard]] QString yearlyLevelLabel() const;
    [[nodiscard]] QString appliedScoreText() const { return m_appliedText; }
    [[nodiscard]] QString suggestedCultureText() const { return m_cultureText; }
    [[nodiscard]] QString weighting() const { return m_weighting; }
    [[nodiscard]] QVariantList weightingOptions() const;
    [[nodiscard]] QString weightingNote() const;
    [[nodiscard]] QVariantList kindOptions() const;
    [[nodiscard]] bool editing() const { return m_editing; }
    [[nodiscard]] QVariantMap edit() const;

    /** Opens the editor on a new period of kind ("month"/"quarter"), numbered after the last one, with one blank item. */
    Q_INVOKABLE void newPeriod(const QString &kind = QStringLiteral("month"));
    /** Opens the editor on a stored period; false (and a message) when it no longer exists. */
    Q_INVOKABLE bool editPeriod(qint64 id);
    Q_INVOKABLE void setEditKind(const QString &kind);
    Q_INVOKABLE void setEditNumber(int number);
    /** The general-criteria points (0–30, one decimal). */
    Q_INVOKABLE void setEditGeneralPoints(double points);
    Q_INVOKABLE void setEditNote(const QString &note);
    /** Adds a blank item (1 assigned, 0 done, weight 1); returns its row. */
    Q_INVOKABLE int addItem();
    Q_INVOKABLE void removeItem(int row);
    Q_INVOKABLE void setItemTitle(int row, const QString &title);
    /** Sets a count of an item: field assigned, done, qualityFailures, lateFailures, excusedFailures or weight. */
    Q_INVOKABLE void setItemValue(int row, const QString &field, int value);
    /** Stores the period in the editor and closes the editor; false (and a message) when refused. */
    Q_INVOKABLE bool saveEdit();
    Q_INVOKABLE void cancelEdit();
    Q_INVOKABLE bool removePeriod(qint64 id);

    /** Sets the weighting ("equal" or "by_months"). */
    Q_INVOKABLE bool setWeighting(const QString &key);
    /** Writes the yearly score to the person's evaluation. */
    Q_INVOKABLE bool applyYearlyScore();
    /** Re-reads the periods and the setting. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void contextChanged();
    void periodsChanged();
    void weightingChanged();
    void editingChanged();
    void editChanged();
    /** A period was stored (id). */
    void periodSaved(qint64 id);
    /** The yearly score was written to the evaluation (EvaluationService): pages showing it reload. */
    void scoreApplied(const QString &staffCode, int year);
    /** A translated message for the user (AppController forwards it to the app's error channel). */
    void errorOccurred(const QString &message);
    /** A translated confirmation. */
    void infoMessage(const QString &message);

private:
    [[nodiscard]] QString levelLabel(int tenths) const;
    void setEditing(bool editing);

    ScoringService &m_service;
    EvaluationService &m_evaluations;
    QString m_staffCode;
    int m_year = 0;
    QString m_reason;
    bool m_locked = false;
    std::vector<EvaluationPeriod> m_stored;
    QVariantList m_periodList;
    int m_yearly = -1;
    QString m_appliedText;
    QString m_cultureText;
    QString m_weighting = QStringLiteral("equal");

    bool m_editing = false;
    EvaluationPeriod m_edit;
};
