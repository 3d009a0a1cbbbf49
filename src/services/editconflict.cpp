// SPDX-License-Identifier: GPL-3.0-or-later
#include "editconflict.h"

#include "domain/recordfields.h"
#include "domain/recordjson.h"
#include "storage/auditrepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

/** The form's label of a person's field (STAFF-CSV.md key), the words of the person's page. */
QString staffLabel(const QString &key)
{
    if (key == "code"_L1) return EditConflict::tr("Staff code");
    if (key == "full_name"_L1) return EditConflict::tr("Full name");
    if (key == "birth_date"_L1) return EditConflict::tr("Birth date");
    if (key == "gender"_L1) return EditConflict::tr("Gender");
    if (key == "unit_code"_L1) return EditConflict::tr("Unit");
    if (key == "category"_L1) return EditConflict::tr("Category");
    if (key == "position"_L1) return EditConflict::tr("Position");
    if (key == "is_leader"_L1) return EditConflict::tr("Leader or manager");
    if (key == "start_date"_L1) return EditConflict::tr("In this position since");
    if (key == "end_date"_L1) return EditConflict::tr("Left this position on");
    if (key == "general_education"_L1) return EditConflict::tr("General education");
    if (key == "professional_level"_L1) return EditConflict::tr("Professional level");
    if (key == "professional_field"_L1) return EditConflict::tr("Field of study");
    if (key == "political_theory"_L1) return EditConflict::tr("Political theory");
    if (key == "state_management"_L1) return EditConflict::tr("State management");
    if (key == "it_skill"_L1) return EditConflict::tr("IT skills");
    if (key == "foreign_language"_L1) return EditConflict::tr("Foreign language");
    if (key == "ethnic_minority"_L1) return EditConflict::tr("Ethnic minority");
    return key;
}

/** The audit trail's actor as an officer reads it: the user's name without "app:" / "cli:". */
QString actorName(const QString &actor)
{
    for (const auto prefix : {"app:"_L1, "cli:"_L1}) {
        if (actor.startsWith(prefix))
            return actor.mid(prefix.size());
    }
    return actor;
}

} // namespace

QStringList EditConflict::staffFields(const StaffMember &from, const StaffMember &now)
{
    const QJsonObject a = RecordJson::toJson(from);
    const QJsonObject b = RecordJson::toJson(now);
    QStringList out;
    for (const QString &key : RecordFields::staffKeys()) {
        if (a.value(key) != b.value(key))
            out << staffLabel(key);
    }
    return out;
}

QStringList EditConflict::evaluationFields(const Evaluation &from, const Evaluation &now)
{
    QStringList out;
    auto differs = [&](bool changed, const QString &label) {
        if (changed)
            out << label;
    };
    differs(from.taskGroup != now.taskGroup, tr("Task group"));
    differs(from.monthsWorked != now.monthsWorked, tr("Months worked"));
    differs(from.monthsAbsent != now.monthsAbsent, tr("Months of leave"));
    differs(from.maternityLeave != now.maternityLeave, tr("Maternity leave"));
    differs(from.scoreTenths != now.scoreTenths, tr("Score"));
    differs(from.selfLevel != now.selfLevel, tr("Self level"));
    differs(from.proposedLevel != now.proposedLevel, tr("Proposed level"));
    differs(from.finalLevel != now.finalLevel, tr("Final level"));
    differs(from.initiative != now.initiative, tr("Initiative"));
    differs(from.note != now.note, tr("Note"));
    differs(from.status != now.status, tr("Workflow step"));
    differs(from.overrideReason != now.overrideReason, tr("Reason for the level above the maximum"));
    differs(from.decisionNo != now.decisionNo || from.decisionDate != now.decisionDate, tr("Decision"));
    if (out.isEmpty() && from.rowVersion.value != now.rowVersion.value)
        out << tr("Written form");
    return out;
}

QString EditConflict::staffMessage(QSqlDatabase db, const StaffMember &from, const StaffMember &now)
{
    //: %1 a person's name, %2 their staff code
    return message(db, {u"staff"_s}, now.code, tr("%1 (%2)").arg(now.fullName, now.code), staffFields(from, now));
}

QString EditConflict::evaluationMessage(QSqlDatabase db, const Evaluation &from, const Evaluation &now)
{
    //: %1 staff code, %2 year
    return message(db, {u"evaluation"_s, u"evaluation_form"_s}, now.staffCode + u'/' + QString::number(now.year),
                   tr("the evaluation of %1 for %2").arg(now.staffCode).arg(now.year), evaluationFields(from, now));
}

QString EditConflict::message(QSqlDatabase db, const QStringList &entities, const QString &key, const QString &record,
                              const QStringList &fields)
{
    const AuditRepository trail(db);
    std::optional<AuditEntry> last;
    for (const QString &entity : entities) {
        const std::vector<AuditEntry> rows = trail.forEntity(entity, key);
        if (!rows.empty() && (!last || rows.back().id > last->id))
            last = rows.back();
    }
    QString who;
    if (last) {
        //: %1 record (a person or an evaluation), %2 user name, %3 date and time
        who = tr("%1 was changed by %2 at %3 while you were editing it.")
                  .arg(record, actorName(last->actor), last->at.toLocalTime().toString(u"HH:mm dd/MM/yyyy"_s));
    } else {
        //: %1 record (a person or an evaluation)
        who = tr("%1 was changed by someone else while you were editing it.").arg(record);
    }
    const QString what = fields.isEmpty()
                             ? QString()
                             //: %1 the labels of the fields, e.g. "Birth date, Unit"
                             : u' ' + tr("Changed: %1.").arg(fields.join(u", "_s));
    return who + what + u' '
        + tr("Your changes were not saved. Choose Reload to see the stored record, then enter your changes again.");
}
