// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardsservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "clock.h"
#include "domain/codetable.h"
#include "domain/standardjsonsnapshot.h"
#include "domain/standardvalidator.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/settingrepository.h"
#include "storage/standardrepository.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kStandardEntity = u"title_standard"_s;
const QString kSettingEntity = u"setting"_s;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString snapshot(const std::optional<TitleStandard> &s)
{
    return s ? compact(StandardJsonSnapshot::toJson(*s)) : QString();
}

QString settingSnapshot(const QString &key, const std::optional<QString> &value)
{
    return value ? compact(QJsonObject{{u"key"_s, key}, {u"value"_s, *value}}) : QString();
}

/** "0" (or another false word) switches the rule off; absent, empty or "1" leaves it on. */
bool ruleFromSetting(const std::optional<QString> &value)
{
    return !value || parseBoolean(*value) != std::optional<bool>(false);
}

QString shown(const QDate &d)
{
    return d.toString(u"dd/MM/yyyy"_s);
}

} // namespace

StandardsService::StandardsService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QDate StandardsService::today() const
{
    return m_clock.today();
}

std::vector<TitleStandard> StandardsService::standards() const
{
    return StandardRepository(m_db.connection()).all();
}

std::optional<TitleStandard> StandardsService::standard(qint64 id) const
{
    return StandardRepository(m_db.connection()).find(id);
}

FieldErrors StandardsService::validateRequirement(const StandardRequirement &r)
{
    return StandardValidator::validateRequirement(r);
}

bool StandardsService::splitsPeriod(const TitleStandard &standard, const QDate &effective)
{
    return !standard.validFrom.isValid() || effective > standard.validFrom;
}

SaveResult StandardsService::changeRequirement(qint64 standardId, int index, const StandardRequirement &changed,
                                               const QDate &effective)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::StandardsWrite); !denied.ok())
        return denied;
    SaveResult result;
    StandardRepository repo(m_db.connection());
    QString error;
    const std::optional<TitleStandard> stored = repo.find(standardId, &error);
    if (!stored) {
        result.error = error.isEmpty() ? tr("the title standard %1 does not exist").arg(standardId)
                                       : tr("cannot read the title standards: %1").arg(error);
        return result;
    }
    const QString title = CodeTables::communeTitle().label(stored->position);
    if (index < 0 || index >= int(stored->requirements.size())) {
        result.fieldErrors.push_back(
            //: %1 is a commune title, %2 a number
            {u"requirement"_s, tr("the standard of %1 has no requirement number %2").arg(title).arg(index + 1)});
        return result;
    }
    result.fieldErrors = validateRequirement(changed);
    if (!effective.isValid()) {
        result.fieldErrors.push_back({u"effective"_s, tr("the date the change takes effect is missing")});
    } else if (stored->validTo.isValid() && effective >= stored->validTo) {
        //: %1 is the last day of the standard, %2 the date typed (DD/MM/YYYY)
        result.fieldErrors.push_back({u"effective"_s, tr("this standard applies until %1: a change from %2 would "
                                                         "apply to no date")
                                                          .arg(shown(stored->validTo.addDays(-1)), shown(effective))});
    }
    if (!result.fieldErrors.empty() || stored->requirements[size_t(index)] == changed)
        return result;

    Transaction tx(m_db.connection());
    AuditRepository audit(m_db.connection());
    const QDateTime now = m_clock.now();
    bool ok = tx.isActive();
    if (ok && splitsPeriod(*stored, effective)) {
        TitleStandard closed = *stored;
        closed.validTo = effective;
        TitleStandard next = *stored;
        next.validFrom = effective;
        next.requirements[size_t(index)] = changed;
        ok = repo.update(closed, &error)
            && audit.append({0, now, m_actor, u"update"_s, kStandardEntity, QString::number(closed.id),
                             snapshot(stored), snapshot(closed)},
                            &error);
        if (ok) {
            next.id = repo.insert(next, u"user"_s, &error);
            ok = next.id > 0
                && audit.append({0, now, m_actor, u"insert"_s, kStandardEntity, QString::number(next.id), {},
                                 snapshot(next)},
                                &error);
        }
    } else if (ok) {
        TitleStandard updated = *stored;
        updated.requirements[size_t(index)] = changed;
        ok = repo.update(updated, &error)
            && audit.append({0, now, m_actor, u"update"_s, kStandardEntity, QString::number(updated.id),
                             snapshot(stored), snapshot(updated)},
                            &error);
    }
    if (!ok || !tx.commit()) {
        //: %1 is a commune title, %2 the storage error
        result.error = tr("cannot change the standard of %1: %2").arg(title, error);
    }
    return result;
}

bool StandardsService::difficultAreaRule() const
{
    return ruleFromSetting(SettingRepository(m_db.connection()).value(QString::fromLatin1(DifficultAreaRuleKey)));
}

SaveResult StandardsService::setDifficultAreaRule(bool on)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::StandardsWrite); !denied.ok())
        return denied;
    SaveResult result;
    const QString key = QString::fromLatin1(DifficultAreaRuleKey);
    SettingRepository settings(m_db.connection());
    QString error;
    const std::optional<QString> before = settings.value(key, &error);
    if (!error.isEmpty()) {
        result.error = tr("cannot read the settings: %1").arg(error);
        return result;
    }
    if (ruleFromSetting(before) == on)
        return result;
    const QString value = on ? u"1"_s : u"0"_s;
    Transaction tx(m_db.connection());
    AuditRepository audit(m_db.connection());
    if (!tx.isActive() || !settings.setValue(key, value, &error)
        || !audit.append({0, m_clock.now(), m_actor, before ? u"update"_s : u"insert"_s, kSettingEntity, key,
                          settingSnapshot(key, before), settingSnapshot(key, value)},
                         &error)
        || !tx.commit()) {
        result.error = tr("cannot save the difficult-area rule: %1").arg(error);
    }
    return result;
}
