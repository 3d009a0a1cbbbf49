// SPDX-License-Identifier: GPL-3.0-or-later
#include "personeditor.h"

#include "domain/codetable.h"
#include "domain/recordfields.h"
#include "domain/recordjson.h"
#include "exchange/recordreaders.h"
#include "domain/requirementlabels.h"
#include "services/qualificationservice.h"
#include "services/registryservice.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QStringList kDateKeys{u"birth_date"_s, u"start_date"_s, u"end_date"_s};
const QStringList kBoolKeys{u"is_leader"_s, u"ethnic_minority"_s};

const QString kDisplayDate = u"dd/MM/yyyy"_s;

QString displayDate(const QDate &date)
{
    return date.isValid() ? date.toString(kDisplayDate) : QString();
}

QVariantMap outcomeMap(const RequirementOutcome &o, const TitleStandard &standard)
{
    const StandardRequirement &r = o.requirement;
    const QString standardBasis = standard.article.isEmpty()
                                      ? standard.instrument
                                      : u"%1, %2"_s.arg(standard.instrument, standard.article);
    return QVariantMap{{u"key"_s, r.key},
                       {u"label"_s, RequirementLabels::label(r.key)},
                       {u"met"_s, o.met},
                       {u"expected"_s, o.expected},
                       {u"actual"_s, o.actual},
                       {u"basis"_s, r.basis.isEmpty() ? standardBasis : r.basis},
                       {u"confirmed"_s, r.confirmed}};
}

} // namespace

PersonEditor::PersonEditor(RegistryService &registry, QualificationService &qualification, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_qualification(qualification)
{
}

void PersonEditor::setStandingDate(const QDate &date)
{
    if (date == m_standingDate)
        return;
    m_standingDate = date;
    refreshStanding();
}

void PersonEditor::refreshStanding()
{
    QVariantMap standing;
    const QString category = m_record.value(u"category"_s).toString();
    const QString code = m_originalCode;
    if (m_loaded && !m_isNew && !code.isEmpty()) {
        const QDate date = m_standingDate.isValid() ? m_standingDate : QDate::currentDate();
        const bool applies = QualificationService::categories().contains(category);
        standing.insert(u"applies"_s, applies);
        standing.insert(u"date"_s, displayDate(date));
        standing.insert(u"status"_s, u"no_standard"_s);
        standing.insert(u"hasStandard"_s, false);
        QVariantList requirements;
        QVariantList suggestions;
        QStringList gapKeys;
        const std::optional<PersonStanding> s = applies ? m_qualification.standing(code, date) : std::nullopt;
        if (s) {
            standing.insert(u"counted"_s, s->counted);
            standing.insert(u"difficultArea"_s, s->difficultArea);
            standing.insert(u"lowerLevel"_s, s->difficultArea && m_qualification.difficultAreaRule());
            if (s->standard && s->result.status != QualificationResult::Status::NoStandard) {
                const TitleStandard &t = *s->standard;
                standing.insert(u"hasStandard"_s, true);
                standing.insert(u"status"_s, s->result.status == QualificationResult::Status::Qualified
                                                 ? u"qualified"_s : u"not_qualified"_s);
                standing.insert(u"instrument"_s, t.instrument);
                standing.insert(u"article"_s, t.article);
                standing.insert(u"validFrom"_s, displayDate(t.validFrom));
                standing.insert(u"deadline"_s, displayDate(t.deadline));
                standing.insert(u"note"_s, t.note);
                for (const RequirementOutcome &o : s->result.outcomes)
                    requirements.append(outcomeMap(o, t));
                for (const RequirementOutcome &o : s->suggestions)
                    suggestions.append(outcomeMap(o, t));
                gapKeys = s->result.gaps;
            }
        }
        standing.insert(u"requirements"_s, requirements);
        standing.insert(u"suggestions"_s, suggestions);
        standing.insert(u"gapKeys"_s, gapKeys);
        standing.insert(u"gaps"_s, RequirementLabels::labels(gapKeys));
    }
    if (standing == m_standing)
        return;
    m_standing = standing;
    Q_EMIT standingChanged();
}

bool PersonEditor::load(const QString &code)
{
    const std::optional<StaffMember> m = m_registry.findStaff(code);
    if (!m) {
        Q_EMIT errorOccurred(tr("The person %1 no longer exists.").arg(code));
        return false;
    }
    m_isNew = false;
    m_loaded = true;
    m_originalCode = code;
    setRecord(*m);
    return true;
}

bool PersonEditor::reload()
{
    if (m_isNew || m_originalCode.isEmpty())
        return false;
    return load(m_originalCode);
}

void PersonEditor::setConflict(const QString &message)
{
    if (m_conflict == message)
        return;
    m_conflict = message;
    Q_EMIT conflictChanged();
}

void PersonEditor::startNew(const QString &unitCode)
{
    StaffMember m;
    m.unitCode = unitCode;
    m_isNew = true;
    m_loaded = true;
    m_originalCode.clear();
    setRecord(m);
}

void PersonEditor::clear()
{
    m_loaded = false;
    m_isNew = false;
    m_originalCode.clear();
    setRecord(StaffMember{});
}

void PersonEditor::setRecord(const StaffMember &member)
{
    m_startedFrom = member;
    setConflict({});
    const QJsonObject json = RecordJson::toJson(member);
    m_record.clear();
    for (const QString &key : RecordFields::staffKeys()) {
        const QJsonValue v = json.value(key);
        QString text;
        if (v.isBool())
            text = v.toBool() ? u"1"_s : u"0"_s;
        else if (kDateKeys.contains(key) && !v.isNull())
            text = QDate::fromString(v.toString(), Qt::ISODate).toString(u"dd/MM/yyyy"_s);
        else
            text = v.toString();
        m_record.insert(key, text);
    }
    m_errors.clear();
    Q_EMIT recordChanged();
    Q_EMIT errorsChanged();
    setDirty(false);
    refreshStanding();
}

void PersonEditor::setField(const QString &key, const QString &value)
{
    if (!RecordFields::staffKeys().contains(key) || m_record.value(key).toString() == value)
        return;
    m_record.insert(key, value);
    if (m_errors.remove(key) > 0)
        Q_EMIT errorsChanged();
    Q_EMIT recordChanged();
    setDirty(true);
}

void PersonEditor::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged();
}

StaffMember PersonEditor::member(QVariantMap *parseErrors) const
{
    auto text = [this](const QString &key) { return m_record.value(key).toString().trimmed(); };
    auto date = [&](const QString &key) {
        QDate d;
        const QString t = text(key);
        if (!t.isEmpty() && !RecordReaders::parseDate(t, &d) && parseErrors)
            parseErrors->insert(key, tr("\"%1\" is not a valid date (DD/MM/YYYY)").arg(t));
        return d;
    };
    auto boolean = [&](const QString &key) -> std::optional<bool> {
        bool empty = false;
        const auto b = parseBoolean(text(key), &empty);
        if (!b && !empty && parseErrors)
            parseErrors->insert(key, tr("\"%1\" is not yes or no").arg(text(key)));
        return b;
    };
    StaffMember m;
    m.rowVersion = m_startedFrom.rowVersion;
    m.code = text(u"code"_s);
    m.fullName = text(u"full_name"_s);
    m.birthDate = date(u"birth_date"_s);
    m.gender = text(u"gender"_s);
    m.unitCode = text(u"unit_code"_s);
    m.category = text(u"category"_s);
    m.position = text(u"position"_s);
    m.isLeader = boolean(u"is_leader"_s);
    m.startDate = date(u"start_date"_s);
    m.endDate = date(u"end_date"_s);
    m.generalEducation = text(u"general_education"_s);
    m.professionalLevel = text(u"professional_level"_s);
    m.professionalField = text(u"professional_field"_s);
    m.politicalTheory = text(u"political_theory"_s);
    m.stateManagement = text(u"state_management"_s);
    m.itSkill = text(u"it_skill"_s);
    m.foreignLanguage = text(u"foreign_language"_s);
    m.ethnicMinority = boolean(u"ethnic_minority"_s);
    return m;
}

bool PersonEditor::save()
{
    QVariantMap errors;
    const StaffMember m = member(&errors);
    if (!m_isNew && m.code != m_originalCode)
        errors.insert(u"code"_s, tr("the staff code cannot be changed"));
    for (const FieldError &e : m_registry.validateStaff(m, m_isNew)) {
        if (!errors.contains(e.field))
            errors.insert(e.field, e.message);
    }
    if (!errors.isEmpty()) {
        m_errors = errors;
        Q_EMIT errorsChanged();
        return false;
    }
    const SaveResult result = m_isNew ? m_registry.addStaff(m) : m_registry.updateStaff(m, m_startedFrom);
    if (result.conflict) {
        // Someone else saved the person: the form keeps the officer's input until they choose Reload.
        setConflict(result.error);
        return false;
    }
    if (!result.ok()) {
        m_errors.clear();
        for (const FieldError &e : result.fieldErrors)
            m_errors.insert(e.field, e.message);
        Q_EMIT errorsChanged();
        if (!result.error.isEmpty())
            Q_EMIT errorOccurred(result.error);
        return false;
    }
    m_isNew = false;
    m_originalCode = m.code;
    // Read back what is stored: its new version is where the next save starts from.
    const std::optional<StaffMember> stored = m_registry.findStaff(m.code);
    setRecord(stored ? *stored : m);
    Q_EMIT saved(m.code);
    return true;
}

bool PersonEditor::remove()
{
    if (m_isNew || m_originalCode.isEmpty())
        return false;
    const QString code = m_originalCode;
    const SaveResult result = m_registry.removeStaff(code);
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error);
        return false;
    }
    clear();
    Q_EMIT removed(code);
    return true;
}

QString PersonEditor::display(const QString &key) const
{
    const QString value = m_record.value(key).toString();
    if (value.isEmpty())
        return {};
    if (const CodeTable *table = key == "position"_L1 ? nullptr : CodeTables::forField(key))
        return table->label(value);
    if (key == "position"_L1 && CodeTables::communeTitle().contains(value))
        return CodeTables::communeTitle().label(value);
    if (kBoolKeys.contains(key))
        return value == "1"_L1 ? tr("Yes") : tr("No");
    if (key == "unit_code"_L1) {
        const UnitDirectory units = m_registry.units();
        if (const OrgUnit *u = units.find(value))
            return u"%1 (%2)"_s.arg(u->name, u->code);
    }
    return value;
}
