// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoservice.h"

#include "accesscontrol.h"
#include "domain/role.h"
#include "auditwriter.h"
#include "democulture.h"
#include "demoevaluations.h"
#include "demogenerator.h"
#include "demoreview.h"
#include "demotraining.h"
#include "storage/database.h"
#include "storage/disciplinerepository.h"
#include "storage/staffrepository.h"
#include "storage/transaction.h"
#include "storage/unitrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

DemoService::DemoService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool DemoService::isEmpty() const
{
    return UnitRepository(m_db.connection()).all().empty() && StaffRepository(m_db.connection()).count({}) == 0;
}

bool DemoService::fill(int staffCount, quint32 seed, QString *error, const ProgressCallback &progress)
{
    if (const SaveResult denied = AccessControl(m_db).require(Actions::Import); !denied.ok()) {
        if (error)
            *error = denied.error;
        return false;
    }
    if (!isEmpty()) {
        *error = tr("the database %1 is not empty: demo data goes only into an empty database").arg(m_db.path());
        return false;
    }
    const DemoOffice office = DemoGenerator::generate(staffCount, seed);
    Transaction tx(m_db.connection());
    if (!tx.isActive()) {
        *error = tr("cannot write the database %1").arg(m_db.path());
        return false;
    }
    UnitRepository units(m_db.connection());
    StaffRepository staff(m_db.connection());
    QString err;
    for (const auto &u : office.units) {
        if (!units.upsert(u, &err)) {
            *error = tr("cannot write the unit %1: %2").arg(u.code, err);
            return false;
        }
    }
    const int total = int(office.staff.size());
    int done = 0;
    for (const auto &m : office.staff) {
        if (!staff.write(m, false, &err)) {
            *error = tr("cannot write the person %1: %2").arg(m.code, err);
            return false;
        }
        if (progress && (++done % 1000 == 0 || done == total))
            progress(done, total);
    }
    // Before the culture inspections: their violations may point at decisions.
    DisciplineRepository discipline(m_db.connection());
    for (const auto &d : office.discipline) {
        if (discipline.write(d, &err) == 0) {
            *error = tr("cannot write the discipline decision %1/%2: %3").arg(d.staffCode, d.decisionNo, err);
            return false;
        }
    }
    if (!DemoEvaluations::fill(m_db.connection(), office, seed, &err)) {
        *error = tr("cannot write the evaluations: %1").arg(err);
        return false;
    }
    if (!DemoCulture::fill(m_db.connection(), office, seed, &err)) {
        *error = tr("cannot write the culture inspections: %1").arg(err);
        return false;
    }
    // Last: the plan proposal reads the records, the discipline bars and the evaluations written above.
    if (!DemoTraining::fill(m_db, m_clock, m_actor, seed, &err)) {
        *error = tr("cannot write the training plans: %1").arg(err);
        return false;
    }
    // The 2025 review: its councils decided on the evaluations and discipline written above.
    if (!DemoReview::fill(m_db, m_clock, m_actor, seed, &err)) {
        *error = tr("cannot write the review decisions: %1").arg(err);
        return false;
    }
    // One audit row for the whole demo office: it is generated data, not anyone's edit (only the training
    // part audits its plans, enrolments and completions, as the lifecycle does).
    const QJsonObject summary{{u"units"_s, int(office.units.size())}, {u"staff"_s, total}, {u"seed"_s, qint64(seed)}};
    if (!AuditWriter(m_db.connection(), m_clock, m_actor)
             .note(u"demo"_s, u"database"_s, u"demo"_s,
                   QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)), &err)
        || !tx.commit()) {
        *error = tr("cannot write the database %1: %2").arg(m_db.path(), err);
        return false;
    }
    return true;
}
