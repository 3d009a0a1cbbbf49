// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

class EvaluationService;
class RegistryService;

/**
 * The first dashboard: people in service on a date, by category and by unit (units as of that
 * date, successors followed), from one grouped query; and the distribution of the evaluation levels
 * per unit for a year chosen apart (EvaluationService::report), with the units over the cap on
 * "excellent".
 */
class DashboardModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString asOfDate READ asOfDate WRITE setAsOfDate NOTIFY changed)
    Q_PROPERTY(int totalStaff READ totalStaff NOTIFY changed)
    Q_PROPERTY(int communeStaff READ communeStaff NOTIFY changed)
    Q_PROPERTY(int unitCount READ unitCount NOTIFY changed)
    /** [{category, label, count}] */
    Q_PROPERTY(QVariantList byCategory READ byCategory NOTIFY changed)
    /** [{code, name, kindLabel, total, counts: {category: n}}], largest first */
    Q_PROPERTY(QVariantList byUnit READ byUnit NOTIFY changed)
    Q_PROPERTY(int maxUnitTotal READ maxUnitTotal NOTIFY changed)
    /** The year of the evaluation panel (the dashboard date's year until set). */
    Q_PROPERTY(int evaluationYear READ evaluationYear WRITE setEvaluationYear NOTIFY evaluationChanged)
    /** [{code, abbreviation, label}] of the four levels, highest first (column heads). */
    Q_PROPERTY(QVariantList evaluationLevels READ evaluationLevels NOTIFY evaluationChanged)
    /**
     * [{code, name, counts: {level: n}, notRated, notDecided, total, capExceeded, exception}] per unit
     * (the person's unit on 31/12 of the year), by unit name; capExceeded when any task group of the
     * unit has more "excellent" than allowed.
     */
    Q_PROPERTY(QVariantList evaluationUnits READ evaluationUnits NOTIFY evaluationChanged)
    /** The same keys summed over every unit (code and name empty). */
    Q_PROPERTY(QVariantMap evaluationTotals READ evaluationTotals NOTIFY evaluationChanged)
    Q_PROPERTY(int evaluationUnitsOverCap READ evaluationUnitsOverCap NOTIFY evaluationChanged)

public:
    explicit DashboardModel(RegistryService &registry, QObject *parent = nullptr);
    /** The service the evaluation panel reads (not owned; null = the panel stays empty). */
    void setEvaluations(const EvaluationService *evaluations);

    [[nodiscard]] QString asOfDate() const { return m_asOf.toString(Qt::ISODate); }
    void setAsOfDate(const QString &date);
    void setAsOf(const QDate &date);
    [[nodiscard]] int totalStaff() const { return m_total; }
    [[nodiscard]] int communeStaff() const { return m_commune; }
    [[nodiscard]] int unitCount() const { return m_unitCount; }
    [[nodiscard]] QVariantList byCategory() const { return m_byCategory; }
    [[nodiscard]] QVariantList byUnit() const { return m_byUnit; }
    [[nodiscard]] int maxUnitTotal() const { return m_maxUnitTotal; }

    [[nodiscard]] int evaluationYear() const { return m_evaluationYear; }
    void setEvaluationYear(int year);
    [[nodiscard]] QVariantList evaluationLevels() const;
    [[nodiscard]] QVariantList evaluationUnits() const { return m_evaluationUnits; }
    [[nodiscard]] QVariantMap evaluationTotals() const { return m_evaluationTotals; }
    [[nodiscard]] int evaluationUnitsOverCap() const { return m_evaluationUnitsOverCap; }

    Q_INVOKABLE void reload();
    /** Re-reads the evaluation panel only (after an evaluation was saved or decided). */
    Q_INVOKABLE void reloadEvaluations();

Q_SIGNALS:
    void changed();
    void evaluationChanged();

private:
    RegistryService &m_registry;
    QDate m_asOf;
    int m_total = 0;
    int m_commune = 0;
    int m_unitCount = 0;
    int m_maxUnitTotal = 0;
    QVariantList m_byCategory;
    QVariantList m_byUnit;
    const EvaluationService *m_evaluations = nullptr;
    int m_evaluationYear = 0;
    QVariantList m_evaluationUnits;
    QVariantMap m_evaluationTotals;
    int m_evaluationUnitsOverCap = 0;
};
