// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

#include <QQmlEngine>
#include <QStringList>

#include <vector>

/** One person with training needs (nhu cầu đào tạo), ready to show. */
struct TrainingNeedRow
{
    QString code;
    QString fullName;
    QString unitName;
    QString positionLabel;
    QString deadlineText;  ///< DD/MM/YYYY, "" = none
    QStringList needs;     ///< one line per need: what is missing, what is on record, the course that closes it
    QString kindsText;     ///< the kinds of training needed, translated, joined
    int needCount = 0;
    int unclosable = 0;    ///< needs no active course closes
    QString firstCourse;   ///< the best course of the first closable need ("" when none): the plan editor's proposal
};

/**
 * The Training page's needs list: people in scope who miss part of their title's standard, after the
 * page's filters (unit, title, kind, a diacritic-free search). Filled by TrainingController.
 */
class TrainingNeedModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by TrainingController")

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        FullNameRole,
        UnitNameRole,
        PositionRole,
        DeadlineTextRole,
        NeedsRole,
        KindsTextRole,
        NeedCountRole,
        UnclosableRole,
        FirstCourseRole,
    };
    Q_ENUM(Role)

    explicit TrainingNeedModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<TrainingNeedRow> rows);
    [[nodiscard]] const std::vector<TrainingNeedRow> &rows() const { return m_rows; }
    /** The staff code of row, "" when out of range. */
    Q_INVOKABLE QString codeAt(int row) const;
    /** The course proposed for row's first closable need, "" when none or out of range. */
    Q_INVOKABLE QString firstCourseAt(int row) const;

protected:
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    [[nodiscard]] qint64 idOfRow(int row) const override { return row + 1; }

private:
    std::vector<TrainingNeedRow> m_rows;
};
