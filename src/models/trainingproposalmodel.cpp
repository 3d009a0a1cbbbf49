// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingproposalmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

} // namespace

TrainingProposalModel::TrainingProposalModel(QObject *parent)
    : RowListModel(parent)
{
}

QVariant TrainingProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingProposalRow &r = m_rows[size_t(index.row())];
    const ProposedEnrolment &e = r.enrolment;
    switch (role) {
    case IdRole:
        return r.id;
    case StaffCodeRole:
        return e.staffCode;
    case FullNameRole:
        return e.fullName;
    case UnitNameRole:
        return r.unitName;
    case CourseCodeRole:
        return e.courseCode;
    case CourseNameRole:
        return r.courseName;
    case RequirementsRole:
        return r.requirementsText;
    case StartTextRole:
        return dateText(e.start);
    case EndTextRole:
        return dateText(e.end);
    case DeadlineTextRole:
        return dateText(e.deadline);
    case CostRole:
        return double(e.cost);
    case CostTextRole:
        return QLocale().toString(e.cost);
    case CommitmentRole:
        return e.serviceCommitment;
    case NoteRole:
        return e.note;
    case AddedRole:
        return r.added;
    }
    return {};
}

QHash<int, QByteArray> TrainingProposalModel::roleNames() const
{
    return {
        {IdRole, "rowId"},
        {StaffCodeRole, "staffCode"},
        {FullNameRole, "fullName"},
        {UnitNameRole, "unitName"},
        {CourseCodeRole, "courseCode"},
        {CourseNameRole, "courseName"},
        {RequirementsRole, "requirements"},
        {StartTextRole, "startText"},
        {EndTextRole, "endText"},
        {DeadlineTextRole, "deadlineText"},
        {CostRole, "cost"},
        {CostTextRole, "costText"},
        {CommitmentRole, "serviceCommitment"},
        {NoteRole, "note"},
        {AddedRole, "added"},
    };
}

void TrainingProposalModel::setRows(std::vector<TrainingProposalRow> rows)
{
    for (TrainingProposalRow &r : rows)
        r.id = m_nextId++;
    replaceRows(m_rows, std::move(rows));
}

qint64 TrainingProposalModel::append(TrainingProposalRow row)
{
    row.id = m_nextId++;
    const int at = size();
    beginInsertRows({}, at, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
    Q_EMIT countChanged();
    return m_rows.back().id;
}

bool TrainingProposalModel::removeAt(int row)
{
    if (row < 0 || row >= size())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

qint64 TrainingProposalModel::totalCost() const
{
    qint64 sum = 0;
    for (const TrainingProposalRow &r : m_rows)
        sum += r.enrolment.cost;
    return sum;
}
