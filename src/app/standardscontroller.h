// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/titlestandard.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

#include <functional>
#include <optional>

class StandardsService;

/**
 * The "Title standards" section of Settings: per commune title, the standard in force today with
 * its legal basis and requirements, changes to a requirement from an effective date (through
 * StandardsService, audited; earlier dates keep the old standard), and the province's
 * difficult-area rule. Failures come out as one translated message on errorOccurred.
 */
class StandardsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    /**
     * [{position, title, group, groupLabel, hasStandard, counted, standardId, instrument, article,
     *   basis, period, validFrom, validTo, deadline, deadlineText, note, history: [text],
     *   requirements: [{index, key, label, kind, minimum, minimumDifficult, keywords, expected,
     *                   basis, enabled, confirmed, levels: [{value, text}]}]}]
     * in the order of the commune title list; QVariantList because QML reads it as JS arrays.
     */
    Q_PROPERTY(QVariantList titles READ titles NOTIFY titlesChanged)
    Q_PROPERTY(bool difficultAreaRule READ difficultAreaRule NOTIFY difficultAreaRuleChanged)
    /** The date the standards are shown for and the default effective date, as YYYY-MM-DD. */
    Q_PROPERTY(QString today READ today NOTIFY titlesChanged)
    /** The same date as DD/MM/YYYY, for sentences. */
    Q_PROPERTY(QString todayText READ todayText NOTIFY titlesChanged)

public:
    explicit StandardsController(StandardsService &service, QObject *parent = nullptr);

    [[nodiscard]] QVariantList titles() const { return m_titles; }
    [[nodiscard]] bool difficultAreaRule() const { return m_difficultAreaRule; }
    [[nodiscard]] QString today() const { return m_today.toString(Qt::ISODate); }
    [[nodiscard]] QString todayText() const { return m_today.toString(QStringLiteral("dd/MM/yyyy")); }

    /** Enforces (or stops enforcing) requirement index of a standard from the date (YYYY-MM-DD). */
    Q_INVOKABLE bool setRequirementEnabled(qint64 standardId, int index, bool enabled, const QString &isoDate);
    /** Sets the minimum level (a code of the requirement's field) of requirement index from the date. */
    Q_INVOKABLE bool setMinimum(qint64 standardId, int index, const QString &minimum, const QString &isoDate);
    /** Switches the province's difficult-area rule on or off. */
    Q_INVOKABLE bool setDifficultAreaRule(bool on);
    /**
     * The sentence the user confirms before a change from isoDate ("From 01/01/2026 the standard of
     * … changes; reports for earlier dates keep the old one."); "" when the date is not usable.
     */
    Q_INVOKABLE QString changeSummary(qint64 standardId, const QString &isoDate) const;
    /** Whether a change of the standard can take effect on isoDate (a date before the standard ends). */
    Q_INVOKABLE bool canChange(qint64 standardId, const QString &isoDate) const;
    /** Re-reads the standards and the setting. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void titlesChanged();
    void difficultAreaRuleChanged();
    /** Standards or the setting were written: reports, the dashboard and person pages recompute. */
    void standardsChanged();
    /** A translated message for the user (AppController forwards it to the app's error channel). */
    void errorOccurred(const QString &message);
    /** A translated confirmation of a saved change. */
    void infoMessage(const QString &message);

private:
    bool change(qint64 standardId, int index, const QString &isoDate,
                const std::function<void(StandardRequirement &)> &edit);
    [[nodiscard]] QVariantMap titleEntry(const QString &position, const std::vector<TitleStandard> &all) const;

    StandardsService &m_service;
    QDate m_today;
    QVariantList m_titles;
    bool m_difficultAreaRule = true;
};
