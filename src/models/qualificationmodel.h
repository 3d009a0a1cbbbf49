// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qualificationpeoplemodel.h"
#include "services/qualificationservice.h"

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

/**
 * The commune-level qualification rate for the dashboard (issue 3): the figures of
 * QualificationService's report on a date (overall, per commune, most missed requirements), its
 * trend over the years, the training plan's projection (issue 6 item 5), and the people behind each
 * number. Every number comes from the service;
 * QML only formats them.
 */
class QualificationModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    /** YYYY-MM-DD; the app layer sets today at start. */
    Q_PROPERTY(QString asOfDate READ asOfDate WRITE setAsOfDate NOTIFY asOfDateChanged)
    /** "" = every commune-level unit; else that unit (or the units below it). */
    Q_PROPERTY(QString unitFilter READ unitFilter WRITE setUnitFilter NOTIFY unitFilterChanged)
    /** People counted: their title has a standard in force on the date. */
    Q_PROPERTY(int staff READ staff NOTIFY changed)
    Q_PROPERTY(int qualified READ qualified NOTIFY changed)
    /** qualified / staff, 0..1 (0 when staff is 0). */
    Q_PROPERTY(double rate READ rate NOTIFY changed)
    /** The reform plan's target: every commune cadre and civil servant meets their standard. */
    Q_PROPERTY(double target READ target CONSTANT)
    Q_PROPERTY(int stillToQualify READ stillToQualify NOTIFY changed)
    /** Commune cadres and civil servants in scope whose title has no standard in force (listed, not counted). */
    Q_PROPERTY(int notCounted READ notCounted NOTIFY changed)
    /** DD/MM/YYYY, the latest deadline of the standards applied (01/08/2028 under ND 33); "" when none. */
    Q_PROPERTY(QString deadline READ deadline NOTIFY changed)
    /** Days from asOfDate to the deadline (negative once passed; 0 when there is none). */
    Q_PROPERTY(int daysToDeadline READ daysToDeadline NOTIFY changed)
    /** [{code, name, staff, qualified, rate, percent, stillToQualify}], every commune-level unit by name. */
    Q_PROPERTY(QVariantList byUnit READ byUnit NOTIFY changed)
    /**
     * The bars of the chart: byUnit when there are at most ChartLimit units, else the ChartLimit
     * units with people that are furthest from the target (lowest rate first).
     */
    Q_PROPERTY(QVariantList chartUnits READ chartUnits NOTIFY changed)
    /** chartUnits holds only part of byUnit. */
    Q_PROPERTY(bool chartTruncated READ chartTruncated NOTIFY changed)
    /** [{key, label, people}], most missed first. */
    Q_PROPERTY(QVariantList gapCounts READ gapCounts NOTIFY changed)
    /** [{date (YYYY-MM-DD), label (DD/MM/YYYY), rate, percent, staff, qualified, isToday}]: 31/12 of each year, then today. */
    Q_PROPERTY(QVariantList trend READ trend NOTIFY trendChanged)
    /**
     * The training plan's projection (QualificationService::projection, read with the trend: once per
     * reload, never per paint): [{date, label, rate, percent, staff, qualified, isToday}], today then each
     * date the plan moves the rate.
     */
    Q_PROPERTY(QVariantList projected READ projected NOTIFY trendChanged)
    /** DD/MM/YYYY, the earliest date the plan reaches 100 %; "" when it does not. */
    Q_PROPERTY(QString projectionFullOn READ projectionFullOn NOTIFY trendChanged)
    /** YYYY-MM-DD, the latest deadline of the standards in force today ("" when none): where the chart's target ends. */
    Q_PROPERTY(QString projectionDeadline READ projectionDeadline NOTIFY trendChanged)
    /** People the plan leaves without a course closing their gaps. */
    Q_PROPERTY(int projectionMissing READ projectionMissing NOTIFY trendChanged)
    /** [{key, label, people}]: the gaps the plan leaves open, most left first. */
    Q_PROPERTY(QVariantList projectionMissingGaps READ projectionMissingGaps NOTIFY trendChanged)
    /** One translated line: when the plan reaches 100 %, or who and what is still missing ("" with nobody counted). */
    Q_PROPERTY(QString projectionCaption READ projectionCaption NOTIFY trendChanged)
    /**
     * Everyone not qualified today, by qualifiesOn (never last), unit, name: [{code, fullName, unitCode,
     * unitName, position, positionLabel, gapLabels, qualifiesOn (DD/MM/YYYY or ""), qualifiesOnIso,
     * afterDeadline, courses, courseNames, remainingGaps, remainingGapLabels, explanation}].
     */
    Q_PROPERTY(QVariantList projectionPeople READ projectionPeople NOTIFY trendChanged)
    /** The people last asked for with showPeople/showPeopleMissing (kept in step with the date). */
    Q_PROPERTY(QualificationPeopleModel *people READ people CONSTANT)

public:
    /** The most bars the commune chart shows (a province has hundreds of communes). */
    static constexpr int ChartLimit = 12;

    explicit QualificationModel(QualificationService &service, QObject *parent = nullptr);

    [[nodiscard]] QString asOfDate() const { return m_asOf.toString(Qt::ISODate); }
    void setAsOfDate(const QString &date);
    void setAsOf(const QDate &date);
    [[nodiscard]] QString unitFilter() const { return m_unitFilter; }
    void setUnitFilter(const QString &unitCode);

    [[nodiscard]] int staff() const { return m_report.staff; }
    [[nodiscard]] int qualified() const { return m_report.qualified; }
    [[nodiscard]] double rate() const { return m_report.rate; }
    [[nodiscard]] double target() const { return 1.0; }
    [[nodiscard]] int stillToQualify() const { return m_report.stillToQualify; }
    [[nodiscard]] int notCounted() const { return m_report.noStandard; }
    [[nodiscard]] QString deadline() const;
    [[nodiscard]] int daysToDeadline() const;
    [[nodiscard]] QVariantList byUnit() const { return m_byUnit; }
    [[nodiscard]] QVariantList chartUnits() const { return m_chartUnits; }
    [[nodiscard]] bool chartTruncated() const { return m_chartUnits.size() < m_byUnit.size(); }
    [[nodiscard]] QVariantList gapCounts() const { return m_gapCounts; }
    [[nodiscard]] QVariantList trend() const { return m_trend; }
    [[nodiscard]] QualificationPeopleModel *people() const { return m_people; }
    [[nodiscard]] QVariantList projected() const { return m_projected; }
    [[nodiscard]] QString projectionFullOn() const;
    [[nodiscard]] QString projectionDeadline() const
    {
        return m_projection.deadline.isValid() ? m_projection.deadline.toString(Qt::ISODate) : QString();
    }
    [[nodiscard]] int projectionMissing() const { return m_projection.missing; }
    [[nodiscard]] QVariantList projectionMissingGaps() const { return m_projectionMissingGaps; }
    [[nodiscard]] QString projectionCaption() const { return m_projectionCaption; }
    [[nodiscard]] QVariantList projectionPeople() const { return m_projectionPeople; }
    /** The projection the figures come from (for tests and the app layer). */
    [[nodiscard]] const QualificationProjection &projection() const { return m_projection; }
    /** The report the figures come from (for tests and the app layer). */
    [[nodiscard]] const QualificationReport &report() const { return m_report; }

    /**
     * The counted people of a unit ("" = all in scope), or only those not qualified, as
     * [{code, fullName, unitCode, unitName, position, positionLabel, qualified, gaps, gapLabels,
     * deadline, basis}], by unit then name.
     */
    Q_INVOKABLE QVariantList peopleFor(const QString &unitCode, bool onlyNotQualified) const;
    /** The counted people who miss the requirement gapKey, same shape as peopleFor. */
    Q_INVOKABLE QVariantList peopleMissing(const QString &gapKey) const;
    /** Fills `people` with peopleFor(unitCode, onlyNotQualified); returns how many. */
    Q_INVOKABLE int showPeople(const QString &unitCode, bool onlyNotQualified);
    /** Fills `people` with peopleMissing(gapKey); returns how many. */
    Q_INVOKABLE int showPeopleMissing(const QString &gapKey);
    /** Reads the report and the trend again (after an edit, an import, a standard changed). */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void asOfDateChanged();
    void unitFilterChanged();
    void changed();
    void trendChanged();
    /** The report could not be read (translated; AppController passes it to the error channel). */
    void errorOccurred(const QString &message);

private:
    struct Selection
    {
        QString unitCode;
        bool onlyNotQualified = false;
        QString gapKey;
        bool active = false; ///< false until the user asks for a list: nothing to keep in step
    };

    void reloadReport();
    void reloadTrend();
    void reloadProjection();
    [[nodiscard]] std::vector<QualificationPersonRow> select(const Selection &selection) const;
    [[nodiscard]] static QVariantList toList(const std::vector<QualificationPersonRow> &rows);

    QualificationService &m_service;
    QDate m_asOf;
    QString m_unitFilter;
    QualificationReport m_report;
    QHash<QString, QString> m_unitNames;
    QVariantList m_byUnit;
    QVariantList m_chartUnits;
    QVariantList m_gapCounts;
    QVariantList m_trend;
    QualificationProjection m_projection;
    QVariantList m_projected;
    QVariantList m_projectionMissingGaps;
    QVariantList m_projectionPeople;
    QString m_projectionCaption;
    QualificationPeopleModel *m_people = nullptr;
    Selection m_selection;
};
