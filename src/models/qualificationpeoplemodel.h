// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>

#include <vector>

/** One person behind a number of the qualification dashboard, ready to show (labels translated). */
struct QualificationPersonRow
{
    QString code;
    QString fullName;
    QString unitCode;
    QString unitName;
    QString position;      ///< commune title code
    QString positionLabel;
    bool qualified = false;
    QStringList gaps;      ///< requirement keys not met, in the standard's order
    QStringList gapLabels; ///< the same, translated
    QString deadline;      ///< DD/MM/YYYY of the standard applied, "" when none
    QString basis;         ///< instrument and article of the standard applied
};

/**
 * The people behind a number of the dashboard (a commune, "still to qualify", a requirement),
 * filled by QualificationModel; the whole list changes at once, so it is reset, not patched.
 */
class QualificationPeopleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by QualificationModel")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        FullNameRole,
        UnitCodeRole,
        UnitNameRole,
        PositionRole,
        PositionLabelRole,
        QualifiedRole,
        GapsRole,
        GapLabelsRole,
        DeadlineRole,
        BasisRole,
    };
    Q_ENUM(Role)

    explicit QualificationPeopleModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /** The code of the person on row, or "". */
    Q_INVOKABLE QString codeAt(int row) const;

    void setRows(std::vector<QualificationPersonRow> rows);
    [[nodiscard]] const std::vector<QualificationPersonRow> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    std::vector<QualificationPersonRow> m_rows;
};
