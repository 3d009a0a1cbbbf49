// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

#include <QQmlEngine>

#include <vector>

/** One entry of the violations log, ready to show (labels translated). */
struct CultureViolationEntry
{
    qint64 id = 0;
    QString staffCode;
    QString fullName;
    QString unitName;
    QString itemCode;
    QString itemLabel;
    QString date;         ///< YYYY-MM-DD
    QString dateText;     ///< DD/MM/YYYY
    QString description;
    QString status;       ///< a CultureViolationStatus code
    QString statusLabel;
    qint64 disciplineId = 0;
    QString disciplineText; ///< the linked decision ("QĐ 12/QĐ-UBND, khiển trách"), "" when none
    bool canConfirm = false;
    bool canDismiss = false;
    bool canStartDiscipline = false; ///< confirmed and no decision linked yet
};

/** The violations log of the year and unit chosen on the Culture page, newest first. */
class CultureViolationModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CultureController")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StaffCodeRole,
        FullNameRole,
        UnitNameRole,
        ItemCodeRole,
        ItemLabelRole,
        DateRole,
        DateTextRole,
        DescriptionRole,
        StatusRole,
        StatusLabelRole,
        DisciplineIdRole,
        DisciplineTextRole,
        CanConfirmRole,
        CanDismissRole,
        CanStartDisciplineRole,
    };
    Q_ENUM(Role)

    explicit CultureViolationModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<CultureViolationEntry> rows);
    [[nodiscard]] const std::vector<CultureViolationEntry> &rows() const { return m_rows; }

protected:
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    [[nodiscard]] qint64 idOfRow(int row) const override { return m_rows[size_t(row)].id; }

private:
    std::vector<CultureViolationEntry> m_rows;
};
