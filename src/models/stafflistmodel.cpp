// SPDX-License-Identifier: GPL-3.0-or-later
#include "stafflistmodel.h"

#include "domain/codetable.h"
#include "services/registryservice.h"

using namespace Qt::StringLiterals;

StaffListModel::StaffListModel(RegistryService &registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffMember &m = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case FullNameRole:
        return m.fullName;
    case CodeRole:
        return m.code;
    case BirthDateRole:
        return m.birthDate.toString(u"dd/MM/yyyy"_s);
    case GenderRole:
        return CodeTables::gender().label(m.gender);
    case UnitCodeRole:
        return m.unitCode;
    case UnitNameRole:
        return m_unitNames.value(m.unitCode, m.unitCode);
    case CategoryRole:
        return m.category;
    case CategoryLabelRole:
        return CodeTables::category().label(m.category);
    case PositionRole:
        return m.position;
    case PositionLabelRole:
        return CodeTables::communeTitle().contains(m.position) ? CodeTables::communeTitle().label(m.position)
                                                               : m.position;
    case ProfessionalLevelRole:
        return m.professionalLevel.isEmpty() ? QString() : CodeTables::professionalLevel().label(m.professionalLevel);
    case PoliticalTheoryRole:
        return m.politicalTheory.isEmpty() ? QString() : CodeTables::politicalTheory().label(m.politicalTheory);
    case InServiceRole: {
        // In service on the list's date; without one, "still in service" (no end date).
        const QDate asOf = QDate::fromString(m_asOfDate, Qt::ISODate);
        return asOf.isValid() ? m.isInServiceOn(asOf) : !m.endDate.isValid();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const
{
    return {
        {CodeRole, "code"},
        {FullNameRole, "fullName"},
        {BirthDateRole, "birthDate"},
        {GenderRole, "gender"},
        {UnitCodeRole, "unitCode"},
        {UnitNameRole, "unitName"},
        {CategoryRole, "category"},
        {CategoryLabelRole, "categoryLabel"},
        {PositionRole, "position"},
        {PositionLabelRole, "positionLabel"},
        {ProfessionalLevelRole, "professionalLevel"},
        {PoliticalTheoryRole, "politicalTheory"},
        {InServiceRole, "inService"},
    };
}

bool StaffListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void StaffListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    std::optional<StaffPageKey> after;
    if (!m_rows.empty())
        after = staffPageKeyOf(m_rows.back());
    std::vector<StaffMember> page = m_registry.staffPage(m_query, after, PageSize);
    m_atEnd = int(page.size()) < PageSize;
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

StaffQuery StaffListModel::buildQuery(const UnitDirectory &directory) const
{
    StaffQuery q;
    q.search = m_searchText;
    q.category = m_categoryFilter;
    q.position = m_positionFilter;
    q.inServiceOn = QDate::fromString(m_asOfDate, Qt::ISODate);
    if (!m_unitFilter.isEmpty()) {
        QSet<QString> codes = q.inServiceOn.isValid() ? directory.codesResolvingInto(m_unitFilter, q.inServiceOn)
                                                      : directory.subtree(m_unitFilter);
        QStringList list(codes.cbegin(), codes.cend());
        list.sort();
        q.unitCodes = list;
    }
    return q;
}

void StaffListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_unitNames.clear();
    const UnitDirectory directory = m_registry.units();
    for (const auto &u : directory.units())
        m_unitNames.insert(u.code, u.name);
    // Built once per filter change: every page and count then reuses it (no re-read of the units).
    m_query = buildQuery(directory);
    endResetModel();
    updateTotalCount();
    // The first page is loaded at once so the view and the tests see rows without a fetch.
    fetchMore({});
}

void StaffListModel::scheduleReload()
{
    Q_EMIT filterChanged();
    reload();
}

#define CONGVU_SETTER(setter, member)          \
    void StaffListModel::setter(const QString &value) \
    {                                          \
        if (member == value)                   \
            return;                            \
        member = value;                        \
        scheduleReload();                      \
    }

CONGVU_SETTER(setSearchText, m_searchText)
CONGVU_SETTER(setUnitFilter, m_unitFilter)
CONGVU_SETTER(setCategoryFilter, m_categoryFilter)
CONGVU_SETTER(setPositionFilter, m_positionFilter)
CONGVU_SETTER(setAsOfDate, m_asOfDate)
#undef CONGVU_SETTER

void StaffListModel::showUnit(const QString &unitCode, const QString &asOfDate)
{
    m_searchText.clear();
    m_categoryFilter.clear();
    m_positionFilter.clear();
    m_unitFilter = unitCode;
    m_asOfDate = asOfDate;
    scheduleReload();
}

QString StaffListModel::codeAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].code : QString();
}

void StaffListModel::personChanged(const QString &code)
{
    StaffQuery one = m_query;
    one.code = code;
    const bool matches = m_registry.staffCount(one) > 0;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].code != code)
            continue;
        if (!matches) {
            // The edit took the person out of the current filter.
            removeRowAt(int(i));
            return;
        }
        const std::optional<StaffMember> fresh = m_registry.findStaff(code);
        if (fresh && staffPageKeyOf(*fresh).sortKey == staffPageKeyOf(m_rows[i]).sortKey) {
            m_rows[i] = *fresh;
            const QModelIndex idx = index(int(i));
            Q_EMIT dataChanged(idx, idx);
            return;
        }
        break;
    }
    if (!matches)
        return; // not listed before, not listed now
    // A person new to the list, or one whose name moved them in the order: read the list again.
    reload();
}

void StaffListModel::personRemoved(const QString &code)
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].code == code) {
            removeRowAt(int(i));
            return;
        }
    }
    // Not among the loaded rows: only the count may have changed.
    updateTotalCount();
}

void StaffListModel::removeRowAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
    updateTotalCount();
}

void StaffListModel::updateTotalCount()
{
    const int total = m_registry.staffCount(m_query);
    if (total == m_totalCount)
        return;
    m_totalCount = total;
    Q_EMIT totalCountChanged();
}
