// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

class RegistryService;

/**
 * The first dashboard: people in service on a date, by category and by unit (units as of that
 * date, successors followed), from one grouped query.
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

public:
    explicit DashboardModel(RegistryService &registry, QObject *parent = nullptr);

    [[nodiscard]] QString asOfDate() const { return m_asOf.toString(Qt::ISODate); }
    void setAsOfDate(const QString &date);
    void setAsOf(const QDate &date);
    [[nodiscard]] int totalStaff() const { return m_total; }
    [[nodiscard]] int communeStaff() const { return m_commune; }
    [[nodiscard]] int unitCount() const { return m_unitCount; }
    [[nodiscard]] QVariantList byCategory() const { return m_byCategory; }
    [[nodiscard]] QVariantList byUnit() const { return m_byUnit; }
    [[nodiscard]] int maxUnitTotal() const { return m_maxUnitTotal; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    RegistryService &m_registry;
    QDate m_asOf;
    int m_total = 0;
    int m_commune = 0;
    int m_unitCount = 0;
    int m_maxUnitTotal = 0;
    QVariantList m_byCategory;
    QVariantList m_byUnit;
};
