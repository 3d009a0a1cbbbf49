// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcontroller.h"

#include "exchange/auditexport.h"
#include "outputfile.h"

using namespace Qt::StringLiterals;

namespace {

const QString kExportName = u"nhat-ky-thay-doi.csv"_s;

} // namespace

AuditController::AuditController(const AuditService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_entries(new AuditLogModel(service, this))
{
    connect(m_entries, &AuditLogModel::errorOccurred, this, &AuditController::errorOccurred);
    reload();
}

void AuditController::setStaffCode(const QString &code)
{
    if (code == m_filter.staffCode)
        return;
    m_filter.staffCode = code;
    apply();
}

void AuditController::setUnitCode(const QString &code)
{
    if (code == m_filter.unitCode)
        return;
    m_filter.unitCode = code;
    apply();
}

void AuditController::setUser(const QString &user)
{
    if (user == m_filter.user)
        return;
    m_filter.user = user;
    apply();
}

void AuditController::setEntity(const QString &entity)
{
    if (entity == m_filter.entity)
        return;
    m_filter.entity = entity;
    apply();
}

void AuditController::setDate(QString *text, QDate *date, const QString &isoDate)
{
    if (isoDate == *text)
        return;
    *text = isoDate;
    *date = QDate::fromString(isoDate, Qt::ISODate);
    apply();
}

void AuditController::setFromDate(const QString &isoDate)
{
    setDate(&m_fromText, &m_filter.from, isoDate);
}

void AuditController::setToDate(const QString &isoDate)
{
    setDate(&m_toText, &m_filter.to, isoDate);
}

void AuditController::setText(const QString &text)
{
    if (text == m_filter.text)
        return;
    m_filter.text = text;
    apply();
}

bool AuditController::filtered() const
{
    return !m_filter.staffCode.isEmpty() || !m_filter.unitCode.isEmpty() || !m_filter.user.isEmpty()
        || !m_filter.entity.isEmpty() || !m_fromText.isEmpty() || !m_toText.isEmpty()
        || !m_filter.text.trimmed().isEmpty();
}

void AuditController::apply()
{
    m_errors.clear();
    if (!m_fromText.isEmpty() && !m_filter.from.isValid())
        m_errors.insert(u"from"_s, tr("%1 is not a date").arg(m_fromText));
    if (!m_toText.isEmpty() && !m_filter.to.isValid())
        m_errors.insert(u"to"_s, tr("%1 is not a date").arg(m_toText));
    for (const FieldError &e : AuditService::check(m_filter))
        m_errors.insert(e.field, e.message);
    if (m_errors.isEmpty())
        m_entries->setFilter(m_filter);
    else
        m_entries->clear(); // nothing shown while the filter is wrong
    Q_EMIT filterChanged();
    // Master and detail: the newest change is shown at once.
    m_selectedRow = -2; // select() always announces the new selection
    select(m_entries->count() > 0 ? 0 : -1);
}

void AuditController::reload()
{
    QVariantList users;
    for (const QString &a : m_service.actors())
        users << QVariantMap{{u"value"_s, a}, {u"text"_s, a}};
    QVariantList entities;
    for (const QString &e : m_service.entities())
        entities << QVariantMap{{u"value"_s, e}, {u"text"_s, AuditLogModel::entityText(e)}};
    if (users != m_userOptions || entities != m_entityOptions) {
        m_userOptions = users;
        m_entityOptions = entities;
        Q_EMIT optionsChanged();
    }
    apply();
}

void AuditController::clearFilters()
{
    m_filter = {};
    m_fromText.clear();
    m_toText.clear();
    apply();
}

void AuditController::select(int row)
{
    const int wanted = row >= 0 && row < m_entries->count() ? row : -1;
    if (wanted == m_selectedRow)
        return;
    m_selectedRow = wanted;
    Q_EMIT selectionChanged();
}

QVariantMap AuditController::selected() const
{
    if (m_selectedRow < 0)
        return {};
    const QModelIndex index = m_entries->index(m_selectedRow);
    return {{u"id"_s, m_entries->data(index, AuditLogModel::IdRole)},
            {u"when"_s, m_entries->data(index, AuditLogModel::WhenRole)},
            {u"actor"_s, m_entries->data(index, AuditLogModel::ActorRole)},
            {u"action"_s, m_entries->data(index, AuditLogModel::ActionRole)},
            {u"actionText"_s, m_entries->data(index, AuditLogModel::ActionTextRole)},
            {u"entityText"_s, m_entries->data(index, AuditLogModel::EntityTextRole)},
            {u"entityKey"_s, m_entries->data(index, AuditLogModel::EntityKeyRole)}};
}

QVariantList AuditController::changes() const
{
    QVariantList out;
    if (m_selectedRow < 0)
        return out;
    for (const AuditFieldChange &c : AuditService::changes(m_entries->entryAt(m_selectedRow))) {
        out << QVariantMap{{u"field"_s, c.field}, {u"before"_s, c.before}, {u"after"_s, c.after},
                           {u"changed"_s, c.changed}};
    }
    return out;
}

QString AuditController::exportCsv(const QString &fileUrl)
{
    if (!m_errors.isEmpty()) {
        Q_EMIT errorOccurred(tr("Correct the filter before exporting: %1")
                                 .arg(m_errors.cbegin().value().toString()));
        return {};
    }
    const AuditPage page = m_service.find(m_filter);
    if (!page.error.isEmpty()) {
        Q_EMIT errorOccurred(page.error);
        return {};
    }
    const QString path = OutputFile::resolve(fileUrl, kExportName);
    QString error;
    if (!OutputFile::write(path, AuditExport::toCsv(page.entries), &error)) {
        //: %1 is a file path, %2 the system's reason
        Q_EMIT errorOccurred(tr("Cannot write %1: %2").arg(path, error));
        return {};
    }
    //: %n is the number of rows, %1 a file path
    Q_EMIT infoMessage(tr("%n change(s) written to %1.", nullptr, int(page.entries.size())).arg(path));
    return path;
}

QString AuditController::exportFileUrl() const
{
    return OutputFile::defaultUrl(kExportName);
}
