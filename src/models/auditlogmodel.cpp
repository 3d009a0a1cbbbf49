// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogmodel.h"

using namespace Qt::StringLiterals;

AuditLogModel::AuditLogModel(const AuditService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(size_t(index.row()));
    switch (role) {
    case IdRole:
        return e.id;
    case WhenRole:
        return e.at.toLocalTime().toString(u"dd/MM/yyyy HH:mm:ss"_s);
    case ActorRole:
        return e.actor;
    case ActionRole:
        return e.action;
    case ActionTextRole:
        return actionText(e.action);
    case EntityRole:
        return e.entity;
    case EntityTextRole:
        return entityText(e.entity);
    case EntityKeyRole:
        return e.entityKey;
    default:
        return {};
    }
}

QHash<int, QByteArray> AuditLogModel::roleNames() const
{
    return {{IdRole, "entryId"},         {WhenRole, "when"},           {ActorRole, "actor"},
            {ActionRole, "action"},      {ActionTextRole, "actionText"}, {EntityRole, "entity"},
            {EntityTextRole, "entityText"}, {EntityKeyRole, "entityKey"}};
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && qint64(m_entries.size()) < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    AuditPage page = m_service.find(m_filter, count(), m_pageSize);
    if (!page.ok() || page.entries.empty()) {
        if (!page.error.isEmpty())
            Q_EMIT errorOccurred(page.error);
        return;
    }
    beginInsertRows({}, count(), count() + int(page.entries.size()) - 1);
    for (AuditEntry &e : page.entries)
        m_entries.push_back(std::move(e));
    endInsertRows();
    Q_EMIT countChanged();
}

AuditPage AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    AuditPage page = m_service.find(m_filter, 0, m_pageSize);
    beginResetModel();
    m_entries = page.entries;
    m_total = page.ok() ? page.total : 0;
    endResetModel();
    Q_EMIT countChanged();
    if (!page.error.isEmpty())
        Q_EMIT errorOccurred(page.error);
    return page;
}

void AuditLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    endResetModel();
    Q_EMIT countChanged();
}

QString AuditLogModel::actionText(const QString &action)
{
    if (action == "insert"_L1)
        return tr("Added", "@item:audit action");
    if (action == "update"_L1)
        return tr("Changed", "@item:audit action");
    if (action == "delete"_L1)
        return tr("Deleted", "@item:audit action");
    if (action == "import"_L1)
        return tr("Imported", "@item:audit action");
    if (action == "demo"_L1)
        return tr("Demo data", "@item:audit action");
    if (action == "close"_L1)
        return tr("Closed", "@item:audit action");
    if (action == "reopen"_L1)
        return tr("Reopened", "@item:audit action");
    return action;
}

QString AuditLogModel::entityText(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {u"staff"_s, QT_TR_NOOP("Person")},
        {u"org_unit"_s, QT_TR_NOOP("Unit")},
        {u"evaluation"_s, QT_TR_NOOP("Evaluation")},
        {u"evaluation_form"_s, QT_TR_NOOP("Evaluation form")},
        {u"evaluation_period"_s, QT_TR_NOOP("Evaluation period")},
        {u"discipline_decision"_s, QT_TR_NOOP("Discipline decision")},
        {u"culture_item"_s, QT_TR_NOOP("Culture checklist item")},
        {u"culture_inspection"_s, QT_TR_NOOP("Culture inspection")},
        {u"culture_violation"_s, QT_TR_NOOP("Culture violation")},
        {u"training_course"_s, QT_TR_NOOP("Training course")},
        {u"training_plan"_s, QT_TR_NOOP("Training plan")},
        {u"training_enrolment"_s, QT_TR_NOOP("Training enrolment")},
        {u"review_decision"_s, QT_TR_NOOP("Review decision")},
        {u"review_meeting"_s, QT_TR_NOOP("Review meeting")},
        {u"year_closure"_s, QT_TR_NOOP("Year closure")},
        {u"excellent_cap_exception"_s, QT_TR_NOOP("Excellent-cap exception")},
        {u"setting"_s, QT_TR_NOOP("Setting")},
        {u"archive"_s, QT_TR_NOOP("Archive")},
        {u"database"_s, QT_TR_NOOP("Database")},
    };
    const auto it = names.constFind(entity);
    return it == names.cend() ? entity : tr(it.value());
}
