// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/trainingplanner.h"
#include "rowlistmodel.h"

#include <QQmlEngine>

#include <vector>

/** One enrolment of the plan being edited, with what the page shows beside it. */
struct TrainingProposalRow
{
    qint64 id = 0;               ///< a serial number within the editor (rows have no stored id yet)
    ProposedEnrolment enrolment;
    QString unitName;
    QString courseName;
    QString requirementsText;    ///< the needs it closes, translated
    bool added = false;          ///< added by hand (not by the proposal)
};

/**
 * The plan editor's enrolments (đề xuất kế hoạch): filled by the proposal, then edited row by row
 * (removed, added) by TrainingController before it saves the plan.
 */
class TrainingProposalModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by TrainingController")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StaffCodeRole,
        FullNameRole,
        UnitNameRole,
        CourseCodeRole,
        CourseNameRole,
        RequirementsRole,
        StartTextRole,
        EndTextRole,
        DeadlineTextRole,
        CostRole,
        CostTextRole,
        CommitmentRole,
        NoteRole,
        AddedRole,
    };
    Q_ENUM(Role)

    explicit TrainingProposalModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Replaces every row (a new proposal); ids are given here. */
    void setRows(std::vector<TrainingProposalRow> rows);
    /** Appends one row (beginInsertRows); returns its id. */
    qint64 append(TrainingProposalRow row);
    /** Removes row (beginRemoveRows); false when out of range. */
    bool removeAt(int row);
    [[nodiscard]] const std::vector<TrainingProposalRow> &rows() const { return m_rows; }
    /** The sum of the rows' costs (VND). */
    [[nodiscard]] qint64 totalCost() const;

protected:
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    [[nodiscard]] qint64 idOfRow(int row) const override { return m_rows[size_t(row)].id; }

private:
    std::vector<TrainingProposalRow> m_rows;
    qint64 m_nextId = 1;
};
