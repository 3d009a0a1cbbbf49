// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

class UnitDirectory;

/**
 * The roles of a shared office (issue 8 item 4). Enforced by the services (UserService::check),
 * not only hidden in the UI. On a single-PC SQLite office roles are off until an administrator
 * turns them on (setting security.roles_enabled).
 */
enum class Role {
    Administrator, ///< quản trị: everything, including users and settings
    HrOfficer,     ///< cán bộ tổ chức (Phòng Nội vụ): keeps every record of the office
    UnitManager,   ///< thủ trưởng đơn vị: the records of their unit and its sub-units only
    CouncilMember, ///< thành viên Hội đồng thi đua khen thưởng: reads, records review decisions
    Viewer,        ///< reads only
};

/** Codes and labels of the roles (the codes are stored in app_user.role and typed on the command line). */
namespace Roles {
inline constexpr int Count = 5;
/** Every role, the most powerful first (the order of the permission table's columns). */
const std::array<Role, Count> &all();
/** administrator, hr_officer, unit_manager, council_member, viewer. */
QString code(Role role);
std::optional<Role> fromCode(const QString &code);
QStringList codes();
/** The role for people ("HR officer"), translated. */
QString label(Role role);
} // namespace Roles

/** The actions the services check, by code (the rows of the permission table). */
namespace Actions {
inline constexpr char StaffRead[] = "staff.read";
inline constexpr char StaffWrite[] = "staff.write";
inline constexpr char UnitWrite[] = "unit.write";
inline constexpr char StandardsWrite[] = "standards.write";
inline constexpr char EvaluationWrite[] = "evaluation.write";
inline constexpr char EvaluationDecide[] = "evaluation.decide";
inline constexpr char DisciplineWrite[] = "discipline.write";
inline constexpr char CultureWrite[] = "culture.write";
inline constexpr char TrainingWrite[] = "training.write";
inline constexpr char ReviewDecide[] = "review.decide";
inline constexpr char YearClose[] = "year.close";
inline constexpr char Import[] = "import";
inline constexpr char ExportPersonal[] = "export.personal";
inline constexpr char AuditRead[] = "audit.read";
inline constexpr char UserManage[] = "user.manage";
inline constexpr char SettingsWrite[] = "settings.write";
} // namespace Actions

/** How far a role's grant of an action reaches. */
enum class Grant {
    None,     ///< never
    OwnUnits, ///< on the records of the user's unit and its sub-units only
    All,      ///< anywhere in the office
};

/** One row of the permission table: an action, what it is in words, and its grant per role. */
struct PermissionRule
{
    const char *action;      ///< Actions::…
    const char *description; ///< English source text, translated in context "Permissions"; completes "may not …"
    const char *basis;       ///< why the row is so (issue 8 item 4, ND 13/2023 …); for the docs and tests
    std::array<Grant, Roles::Count> grants; ///< by Roles::all() order
};

/** Where an action applies: the whole office, or the records of one unit. */
struct UnitScope
{
    QString unitCode;         ///< empty: office-wide (lists, settings, imports)
    bool inUserUnits = false; ///< unitCode is the user's unit or one of its sub-units

    [[nodiscard]] static UnitScope office() { return {}; }
    [[nodiscard]] static UnitScope unit(const QString &code, bool inUserUnits) { return {code, inUserUnits}; }
    /** The scope of code for a user whose unit is userUnit: in their units when code is userUnit or below it. */
    [[nodiscard]] static UnitScope of(const UnitDirectory &directory, const QString &userUnit, const QString &code);
};

/**
 * The permission table as data, and the one pure question asked of it: may this role do this
 * action here? With the reason in words when not ("a viewer may not change staff records").
 */
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    [[nodiscard]] static const std::vector<PermissionRule> &rules();
    [[nodiscard]] static QStringList actions();
    [[nodiscard]] static bool isKnownAction(const QString &action);
    /** The grant of action to role (None for an unknown action). */
    [[nodiscard]] static Grant grant(Role role, const QString &action);
    [[nodiscard]] static bool allows(Role role, const QString &action, const UnitScope &scope);
    /** Why role may not do action in scope, translated; empty when it may. */
    [[nodiscard]] static QString refusal(Role role, const QString &action, const UnitScope &scope);
    /** What action is, translated ("change staff records"). */
    [[nodiscard]] static QString describe(const QString &action);
    /** The table in Markdown, in English (docs/users-and-roles.md holds it; a test keeps them equal). */
    [[nodiscard]] static QString markdownTable();

private:
    [[nodiscard]] static const PermissionRule *find(const QString &action);
    [[nodiscard]] static QString subject(Role role);
};
