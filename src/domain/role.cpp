// SPDX-License-Identifier: GPL-3.0-or-later
#include "role.h"

#include "unitdirectory.h"

using namespace Qt::StringLiterals;

namespace {

struct RoleInfo
{
    Role role;
    const char *code;
    const char *label;   ///< translated in context "Permissions"
    const char *subject; ///< the role with its article, for refusals
};

constexpr std::array<RoleInfo, Roles::Count> kRoles{{
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("Permissions", "administrator"),
     QT_TRANSLATE_NOOP("Permissions", "an administrator")},
    {Role::HrOfficer, "hr_officer", QT_TRANSLATE_NOOP("Permissions", "HR officer"),
     QT_TRANSLATE_NOOP("Permissions", "an HR officer")},
    {Role::UnitManager, "unit_manager", QT_TRANSLATE_NOOP("Permissions", "unit manager"),
     QT_TRANSLATE_NOOP("Permissions", "a unit manager")},
    {Role::CouncilMember, "council_member", QT_TRANSLATE_NOOP("Permissions", "council member"),
     QT_TRANSLATE_NOOP("Permissions", "a council member")},
    {Role::Viewer, "viewer", QT_TRANSLATE_NOOP("Permissions", "viewer"), QT_TRANSLATE_NOOP("Permissions", "a viewer")},
}};

const RoleInfo &info(Role role)
{
    return kRoles[size_t(role)];
}

constexpr Grant N = Grant::None;
constexpr Grant U = Grant::OwnUnits;
constexpr Grant A = Grant::All;

} // namespace

const std::array<Role, Roles::Count> &Roles::all()
{
    static const std::array<Role, Count> roles{Role::Administrator, Role::HrOfficer, Role::UnitManager,
                                               Role::CouncilMember, Role::Viewer};
    return roles;
}

QString Roles::code(Role role)
{
    return QString::fromLatin1(info(role).code);
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (const RoleInfo &r : kRoles) {
        if (code == QLatin1StringView(r.code))
            return r.role;
    }
    return std::nullopt;
}

QStringList Roles::codes()
{
    QStringList out;
    for (const RoleInfo &r : kRoles)
        out << QString::fromLatin1(r.code);
    return out;
}

QString Roles::label(Role role)
{
    return QCoreApplication::translate("Permissions", info(role).label);
}

UnitScope UnitScope::of(const UnitDirectory &directory, const QString &userUnit, const QString &code)
{
    if (code.isEmpty())
        return office();
    return unit(code, !userUnit.isEmpty() && directory.subtree(userUnit).contains(code));
}

const std::vector<PermissionRule> &Permissions::rules()
{
    // Columns: administrator, HR officer, unit manager, council member, viewer (issue 8 item 4).
    static const std::vector<PermissionRule> table{
        {Actions::StaffRead, QT_TRANSLATE_NOOP("Permissions", "read staff records"),
         "issue 8 item 4; ND 13/2023 Art. 2, 3: personal data, seen by those whose work needs it; unit managers see their units",
         {A, A, U, A, A}},
        {Actions::StaffWrite, QT_TRANSLATE_NOOP("Permissions", "change staff records"),
         "issue 8 item 4: the HR office keeps the registry; unit managers their units", {A, A, U, N, N}},
        {Actions::UnitWrite, QT_TRANSLATE_NOOP("Permissions", "change the units"),
         "issue 8 item 4: the organisation is the HR office's", {A, A, N, N, N}},
        {Actions::StandardsWrite, QT_TRANSLATE_NOOP("Permissions", "change the title standards and reference data"),
         "issue 8 item 4: reference data of the HR office", {A, A, N, N, N}},
        {Actions::EvaluationWrite, QT_TRANSLATE_NOOP("Permissions", "enter evaluations"),
         "issue 8 item 4; ND 90/2020: evaluations are entered by the unit and the HR office", {A, A, U, N, N}},
        {Actions::EvaluationDecide, QT_TRANSLATE_NOOP("Permissions", "decide evaluation results"),
         "issue 8 item 4; ND 90/2020: the head of the unit decides the level", {A, A, U, N, N}},
        {Actions::DisciplineWrite, QT_TRANSLATE_NOOP("Permissions", "record discipline decisions"),
         "issue 8 item 4: decisions are recorded by the HR office", {A, A, N, N, N}},
        {Actions::CultureWrite, QT_TRANSLATE_NOOP("Permissions", "record public-service culture checks"),
         "issue 8 item 4; QĐ 1847/QĐ-TTg: units check their own staff", {A, A, U, N, N}},
        {Actions::TrainingWrite, QT_TRANSLATE_NOOP("Permissions", "change training plans and enrolments"),
         "issue 8 item 4: units plan the training of their staff", {A, A, U, N, N}},
        {Actions::ReviewDecide, QT_TRANSLATE_NOOP("Permissions", "record review decisions"),
         "issue 8 item 4: the council (and the HR office as its secretariat) records its decisions", {A, A, N, A, N}},
        {Actions::YearClose, QT_TRANSLATE_NOOP("Permissions", "close or reopen a year"),
         "issue 8 item 4: the council closes the year", {A, N, N, A, N}},
        {Actions::Import, QT_TRANSLATE_NOOP("Permissions", "import files"),
         "issue 8 item 4: imports write across the office", {A, A, N, N, N}},
        {Actions::ExportPersonal, QT_TRANSLATE_NOOP("Permissions", "export personal data"),
         "issue 8 item 6; ND 13/2023 Art. 3: personal data leaves the office only for those who keep it",
         {A, A, U, N, N}},
        {Actions::AuditRead, QT_TRANSLATE_NOOP("Permissions", "read the audit trail"),
         "issue 8 item 5; ND 13/2023 Art. 26: the trail holds personal data before and after each change",
         {A, A, N, N, N}},
        {Actions::UserManage, QT_TRANSLATE_NOOP("Permissions", "manage users"),
         "issue 8 item 4: only an administrator", {A, N, N, N, N}},
        {Actions::SettingsWrite, QT_TRANSLATE_NOOP("Permissions", "change the office settings"),
         "issue 8 item 4: only an administrator", {A, N, N, N, N}},
    };
    return table;
}

const PermissionRule *Permissions::find(const QString &action)
{
    for (const PermissionRule &r : rules()) {
        if (action == QLatin1StringView(r.action))
            return &r;
    }
    return nullptr;
}

QStringList Permissions::actions()
{
    QStringList out;
    for (const PermissionRule &r : rules())
        out << QString::fromLatin1(r.action);
    return out;
}

bool Permissions::isKnownAction(const QString &action)
{
    return find(action) != nullptr;
}

Grant Permissions::grant(Role role, const QString &action)
{
    const PermissionRule *rule = find(action);
    return rule ? rule->grants[size_t(role)] : Grant::None;
}

bool Permissions::allows(Role role, const QString &action, const UnitScope &scope)
{
    switch (grant(role, action)) {
    case Grant::All:
        return true;
    case Grant::OwnUnits:
        return !scope.unitCode.isEmpty() && scope.inUserUnits;
    case Grant::None:
        break;
    }
    return false;
}

QString Permissions::subject(Role role)
{
    return QCoreApplication::translate("Permissions", info(role).subject);
}

QString Permissions::describe(const QString &action)
{
    const PermissionRule *rule = find(action);
    return rule ? tr(rule->description) : action;
}

QString Permissions::refusal(Role role, const QString &action, const UnitScope &scope)
{
    if (!isKnownAction(action))
        return tr("unknown action \"%1\"").arg(action);
    if (allows(role, action, scope))
        return {};
    if (grant(role, action) == Grant::None) {
        //: %1 is a role with its article ("a viewer"), %2 an action ("change staff records")
        return tr("%1 may not %2").arg(subject(role), describe(action));
    }
    if (scope.unitCode.isEmpty()) {
        //: %1 is a role with its article ("a unit manager"), %2 an action ("enter evaluations")
        return tr("%1 may %2 only in their own unit and its sub-units").arg(subject(role), describe(action));
    }
    //: %1 is a role with its article, %2 an action, %3 a unit code
    return tr("%1 may %2 only in their own unit and its sub-units, and %3 is not one of them")
        .arg(subject(role), describe(action), scope.unitCode);
}

QString Permissions::markdownTable()
{
    QString out = u"| action | what it allows |"_s;
    for (Role role : Roles::all())
        out += u' ' + QString::fromLatin1(info(role).label) + u" |"_s;
    out += u"\n|---|---|"_s;
    for (int i = 0; i < Roles::Count; ++i)
        out += u"---|"_s;
    out += u'\n';
    for (const PermissionRule &r : rules()) {
        out += u"| `"_s + QString::fromLatin1(r.action) + u"` | "_s + QString::fromLatin1(r.description) + u" |"_s;
        for (Grant g : r.grants)
            out += g == Grant::All ? u" yes |"_s : g == Grant::OwnUnits ? u" own units |"_s : u" no |"_s;
        out += u'\n';
    }
    return out;
}
