// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/reviewpeoplemodel.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <vector>

struct FieldError;
struct ReviewResult;
struct SaveResult;
class ReviewService;

/**
 * The Review page's backend (issue 7 item 2; LEGAL-RULES.md §6): per year and unit, the rules' summary
 * (rated, Lao động tiên tiến, Chiến sĩ thi đua cơ sở, the members' condition of Tập thể LĐTT, the cap), the
 * people with the verdict and its reasons, the council's meeting, the decisions per person and for the unit,
 * the discipline of the year to note, the minutes and decision list in PDF, and closing or reopening the
 * year. Every rule is asked of ReviewService; failures come out on errorOccurred and field errors as maps
 * {field: message} (keys as RECORDS-CSV.md "review") the page shows beside the fields.
 */
class ReviewController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppController")
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY filterChanged)
    /** The unit whose council is shown; "" until loaded (then the first unit with evaluated people). */
    Q_PROPERTY(QString unitCode READ unitCode WRITE setUnitCode NOTIFY filterChanged)
    /** The units with evaluated people in the year: [{value, text}] by code. */
    Q_PROPERTY(QVariantList unitOptions READ unitOptions NOTIFY reviewChanged)
    /** "loading" before the first showing, "ok", "empty" (nobody evaluated in the year) or "error". */
    Q_PROPERTY(QString state READ state NOTIFY reviewChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY reviewChanged)
    Q_PROPERTY(bool closed READ closed NOTIFY reviewChanged)
    /** "Closed on 05/01/2026 by …: note", "" when open. */
    Q_PROPERTY(QString closureText READ closureText NOTIFY reviewChanged)
    /**
     * The unit's summary: {unitName, rated, ldtt, cstdcs, collectiveMet (bool), threshold ("50%"),
     * collectiveText, collectiveReasons [{kind, message, citation}], capText ("" when no cap)}.
     */
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY reviewChanged)
    Q_PROPERTY(ReviewPeopleModel *people READ people CONSTANT)
    /** The collective award decisions: same keys as a person's decisions. */
    Q_PROPERTY(QVariantList unitDecisions READ unitDecisions NOTIFY reviewChanged)
    /** Discipline taking effect in the year in the unit: [{fullName, form, decisionNo, effectiveText}]. */
    Q_PROPERTY(QVariantList discipline READ discipline NOTIFY reviewChanged)
    /** The meeting: {meeting_date (YYYY-MM-DD or ""), place, chair, secretary, members_total, members_present, note}. */
    Q_PROPERTY(QVariantMap meeting READ meeting NOTIFY reviewChanged)
    Q_PROPERTY(QVariantMap meetingErrors READ meetingErrors NOTIFY errorsChanged)
    Q_PROPERTY(QVariantMap decisionErrors READ decisionErrors NOTIFY errorsChanged)
    /** Field errors of the last close or reopen (key "reason"). */
    Q_PROPERTY(QVariantMap yearErrors READ yearErrors NOTIFY errorsChanged)
    /** Individual awards as [{value, text}]. */
    Q_PROPERTY(QVariantList awardOptions READ awardOptions NOTIFY reviewChanged)
    /** Collective awards as [{value, text}]. */
    Q_PROPERTY(QVariantList collectiveAwardOptions READ collectiveAwardOptions NOTIFY reviewChanged)
    Q_PROPERTY(QVariantList outcomeOptions READ outcomeOptions NOTIFY reviewChanged)

public:
    /** loadNow false: nothing is read until the page is first shown (ensureLoaded). */
    explicit ReviewController(ReviewService &service, QObject *parent = nullptr, bool loadNow = true);

    /** for unit testing: the date "today"; the year follows it (the previous year until March). */
    void setToday(QDate today);

    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    [[nodiscard]] QString unitCode() const { return m_unitCode; }
    void setUnitCode(const QString &unitCode);
    [[nodiscard]] QVariantList unitOptions() const { return m_unitOptions; }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] bool closed() const { return m_closed; }
    [[nodiscard]] QString closureText() const { return m_closureText; }
    [[nodiscard]] QVariantMap summary() const { return m_summary; }
    [[nodiscard]] ReviewPeopleModel *people() const { return m_people; }
    [[nodiscard]] QVariantList unitDecisions() const { return m_unitDecisions; }
    [[nodiscard]] QVariantList discipline() const { return m_discipline; }
    [[nodiscard]] QVariantMap meeting() const { return m_meeting; }
    [[nodiscard]] QVariantMap meetingErrors() const { return m_meetingErrors; }
    [[nodiscard]] QVariantMap decisionErrors() const { return m_decisionErrors; }
    [[nodiscard]] QVariantMap yearErrors() const { return m_yearErrors; }
    [[nodiscard]] QVariantList awardOptions() const;
    [[nodiscard]] QVariantList collectiveAwardOptions() const;
    [[nodiscard]] QVariantList outcomeOptions() const;

    /** Reads the review on the first showing of the page. */
    Q_INVOKABLE void ensureLoaded();
    /** Reads the review again (nothing before the first ensureLoaded). */
    Q_INVOKABLE void reload();

    /** Stores the meeting from {meeting_date, place, chair, secretary, members_total, members_present, note}. */
    Q_INVOKABLE bool saveMeeting(const QVariantMap &meeting);
    /**
     * Stores a decision from {staff_code ("" = the unit), award, outcome, votes_for, votes_against,
     * votes_abstain ("" = not recorded), decision_no, decision_date (YYYY-MM-DD or ""), note}; false with
     * decisionErrors.
     */
    Q_INVOKABLE bool saveDecision(const QVariantMap &decision);
    Q_INVOKABLE bool removeDecision(qint64 id);
    /** The stored decision of a person (or "" = the unit) on an award, as saveDecision takes it; {} when none. */
    Q_INVOKABLE QVariantMap decisionOf(const QString &staffCode, const QString &award) const;
    Q_INVOKABLE void clearErrors();

    /** Closes the year (the page asked for confirmation). */
    Q_INVOKABLE bool closeYear(const QString &note = {});
    /** Reopens the year; the reason is required (yearErrors["reason"] otherwise). */
    Q_INVOKABLE bool reopenYear(const QString &reason);

    /** Writes the minutes of the unit's meeting as PDF (path or file: URL; "" = minutesFileUrl()). */
    Q_INVOKABLE QString exportMinutes(const QString &fileOrUrl = {});
    /** Writes the list of the unit's approved awards as PDF. */
    Q_INVOKABLE QString exportDecisionList(const QString &fileOrUrl = {});
    Q_INVOKABLE QString minutesFileName() const;
    Q_INVOKABLE QString minutesFileUrl() const;
    Q_INVOKABLE QString decisionListFileName() const;
    Q_INVOKABLE QString decisionListFileUrl() const;

Q_SIGNALS:
    void filterChanged();
    void reviewChanged();
    void errorsChanged();
    /** A decision, the meeting or the year's closure was written. */
    void reviewWritten();
    void errorOccurred(const QString &message);
    void infoMessage(const QString &message);

private:
    void apply(const ReviewResult &result);
    QString exportPdf(bool minutes, const QString &fileOrUrl);

    ReviewService &m_service;
    QDate m_today;
    int m_year = 0;
    QString m_unitCode;
    bool m_loaded = false;
    QVariantList m_unitOptions;
    QString m_state = QStringLiteral("loading");
    QString m_errorText;
    bool m_closed = false;
    QString m_closureText;
    QVariantMap m_summary;
    ReviewPeopleModel *m_people = nullptr;
    QVariantList m_unitDecisions;
    QVariantList m_discipline;
    QVariantMap m_meeting;
    QVariantMap m_meetingErrors;
    QVariantMap m_decisionErrors;
    QVariantMap m_yearErrors;
};
