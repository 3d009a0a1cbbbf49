// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpeoplemodel.h"

using namespace Qt::StringLiterals;

ReviewPeopleModel::ReviewPeopleModel(QObject *parent)
    : RowListModel(parent)
{
}

QVariant ReviewPeopleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= size())
        return {};
    const ReviewPeopleEntry &e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case FullNameRole: return e.fullName;
    case StaffCodeRole: return e.staffCode;
    case PositionRole: return e.position;
    case LevelTextRole: return e.levelText;
    case RatedRole: return e.rated;
    case LdttEligibleRole: return e.ldttEligible;
    case CstdcsEligibleRole: return e.cstdcsEligible;
    case SeverityRole: return e.severity;
    case ReasonsRole: return e.reasons;
    case DecisionsRole: return e.decisions;
    case DecisionTextRole: return e.decisionText;
    }
    return {};
}

QHash<int, QByteArray> ReviewPeopleModel::roleNames() const
{
    return {{StaffCodeRole, "staffCode"},   {FullNameRole, "fullName"},         {PositionRole, "position"},
            {LevelTextRole, "levelText"},   {RatedRole, "rated"},               {LdttEligibleRole, "ldttEligible"},
            {CstdcsEligibleRole, "cstdcsEligible"}, {SeverityRole, "severity"}, {ReasonsRole, "reasons"},
            {DecisionsRole, "decisions"},   {DecisionTextRole, "decisionText"}};
}

void ReviewPeopleModel::setRows(std::vector<ReviewPeopleEntry> rows)
{
    replaceRows(m_rows, std::move(rows));
}

int ReviewPeopleModel::rowOfCode(const QString &staffCode) const
{
    for (int i = 0; i < size(); ++i) {
        if (m_rows[size_t(i)].staffCode == staffCode)
            return i;
    }
    return -1;
}

QString ReviewPeopleModel::codeAt(int row) const
{
    return row >= 0 && row < size() ? m_rows[size_t(row)].staffCode : QString();
}

QVariantMap ReviewPeopleModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}
