// SPDX-License-Identifier: GPL-3.0-or-later
// user: the users and roles of a shared office (issue 8 item 4; docs/users-and-roles.md).
// Passwords come from standard input or an environment variable, never from an argument (which
// other users of the machine can see in the process list and the shell history).
#include "cli.h"

#include "cliargs.h"
#include "domain/role.h"
#include "services/accesscontrol.h"
#include "services/systemclock.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace CliArgs;

namespace {

/** The environment variable that may carry the new password, and the one with the acting user's. */
constexpr auto kPasswordVariable = "CONGVU_PASSWORD";
constexpr auto kActingPasswordVariable = UserService::ActingPasswordVariable;

/** One line of standard input without its line end; with no echo when it is a terminal. */
QString readPasswordLine(QTextStream &err, const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(fileno(stdin)) != 0;
    termios saved{};
    if (terminal) {
        err << prompt;
        err.flush();
        tcgetattr(fileno(stdin), &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(stdin), TCSANOW, &quiet);
    }
#endif
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(fileno(stdin), TCSANOW, &saved);
        err << u'\n';
        err.flush();
    }
#endif
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

/** The new password: CONGVU_PASSWORD, else the first line of standard input. */
QString newPassword(QTextStream &err)
{
    if (qEnvironmentVariableIsSet(kPasswordVariable))
        return qEnvironmentVariable(kPasswordVariable);
    return readPasswordLine(err, QCoreApplication::translate("Cli", "New password: "));
}

/** The command-line spelling of a service field. */
QString optionOf(const QString &field)
{
    if (field == "name"_L1)
        return u"NAME"_s;
    if (field == "role"_L1)
        return u"--role"_s;
    if (field == "unit_code"_L1)
        return u"--unit"_s;
    if (field == "full_name"_L1)
        return u"--full-name"_s;
    return field;
}

QJsonObject userJson(const AppUser &u)
{
    return {{u"name"_s, u.name},
            {u"full_name"_s, u.fullName},
            {u"role"_s, Roles::code(u.role)},
            {u"unit_code"_s, u.unitCode.isEmpty() ? QJsonValue() : QJsonValue(u.unitCode)},
            {u"active"_s, u.active},
            {u"created_at"_s, u.createdAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace

int Cli::runUser(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub.isEmpty() || sub == "--help"_L1 || sub == "-h"_L1 || args.contains(u"--help"_s)) {
        m_out << tr("Usage: congvu [--db FILE] user add NAME --role ROLE [--unit CODE] [--full-name TEXT] [--as USER]\n"
                    "       congvu [--db FILE] user passwd NAME [--as USER]\n"
                    "       congvu [--db FILE] user role NAME --role ROLE [--unit CODE] [--as USER]\n"
                    "       congvu [--db FILE] user deactivate NAME [--as USER]\n"
                    "       congvu [--db FILE] user list [--format json|table]\n"
                    "       congvu [--db FILE] user roles --enable|--disable [--as USER]\n"
                    "The users of a shared office and their roles (docs/users-and-roles.md).\n"
                    "ROLE: administrator, hr_officer, unit_manager (needs --unit: their unit and its sub-units),\n"
                    "council_member, viewer.\n"
                    "The new password (at least 10 characters) is read from the environment variable\n"
                    "CONGVU_PASSWORD, else from the first line of standard input; never from an argument.\n"
                    "Users are never deleted (the audit trail names them): deactivate them instead.\n"
                    "Roles are off on a new office; --enable needs an active administrator. Once roles are on,\n"
                    "only an administrator manages users: give --as USER, with that user's password in\n"
                    "CONGVU_AS_PASSWORD (a user may change their own password with --as themselves).\n"
                    "Exit codes: 0 done, 2 invalid (nothing written), 3 database error, 64 usage error,\n"
                    "77 refused by the role of the --as user (or the log-in failed).\n");
        return ExitCode::Ok;
    }
    QString role, unit, fullName, format, error;
    bool hasUnit = args.contains(u"--unit"_s)
        || std::any_of(args.cbegin(), args.cend(), [](const QString &a) { return a.startsWith(u"--unit="_s); });
    if (!takeOption(args, u"--role"_s, &role, &error) || !takeOption(args, u"--unit"_s, &unit, &error)
        || !takeOption(args, u"--full-name"_s, &fullName, &error) || !takeOption(args, u"--format"_s, &format, &error))
        return usageError(error);
    const bool enable = takeFlag(args, u"--enable"_s);
    const bool disable = takeFlag(args, u"--disable"_s);

    const bool needsName = sub == "add"_L1 || sub == "passwd"_L1 || sub == "role"_L1 || sub == "deactivate"_L1;
    if (!needsName && sub != "list"_L1 && sub != "roles"_L1)
        return usageError(tr("unknown user command \"%1\" (expected add, passwd, role, deactivate, list or roles)")
                              .arg(sub));
    QString name;
    if (needsName) {
        if (args.isEmpty() || args.first().startsWith(u"--"_s))
            return usageError(tr("user %1 needs the user NAME").arg(sub));
        name = args.takeFirst();
    }
    if (const auto refused = refuseLeftovers(args))
        return *refused;
    if ((sub == "add"_L1 || sub == "role"_L1) && role.isEmpty())
        return usageError(tr("user %1 needs --role ROLE (%2)").arg(sub, Roles::codes().join(u", "_s)));
    if (sub != "add"_L1 && sub != "role"_L1 && (!role.isEmpty() || hasUnit))
        return usageError(tr("--role and --unit go with user add and user role"));
    if (sub != "add"_L1 && !fullName.isEmpty())
        return usageError(tr("--full-name goes with user add"));
    if (sub != "list"_L1 && !format.isEmpty())
        return usageError(tr("--format goes with user list"));
    if (sub == "roles"_L1 && enable == disable)
        return usageError(tr("user roles needs --enable or --disable"));
    if (sub != "roles"_L1 && (enable || disable))
        return usageError(tr("--enable and --disable go with user roles"));
    if (sub == "list"_L1) {
        format = reportFormat(format, u"-"_s);
        if (format != "json"_L1 && format != "table"_L1)
            return usageError(tr("unknown format \"%1\" (expected json or table)").arg(format));
    }

    Database db;
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    SystemClock clock;
    UserService users(db, clock);
    users.setActor(actorName());

    if (sub == "list"_L1) {
        const std::vector<AppUser> all = users.users();
        if (format == "json"_L1) {
            QJsonArray list;
            for (const AppUser &u : all)
                list.append(userJson(u));
            const QJsonObject json{{u"roles_enabled"_s, users.rolesEnabled()}, {u"users"_s, list}};
            m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
            return ExitCode::Ok;
        }
        m_out << (users.rolesEnabled() ? tr("Roles are on.") : tr("Roles are off (everyone may do everything)."))
              << u'\n';
        const QStringList header{tr("Name"), tr("Role"), tr("Unit"), tr("Active"), tr("Full name")};
        std::vector<QStringList> rows{header};
        for (const AppUser &u : all)
            rows.push_back({u.name, Roles::code(u.role), u.unitCode, u.active ? tr("yes") : tr("no"), u.fullName});
        std::vector<qsizetype> widths(header.size(), 0);
        for (const QStringList &r : rows)
            for (qsizetype c = 0; c < r.size(); ++c)
                widths[size_t(c)] = std::max(widths[size_t(c)], r[c].size());
        for (const QStringList &r : rows) {
            QString line;
            for (qsizetype c = 0; c < r.size(); ++c)
                line += c + 1 < r.size() ? r[c].leftJustified(widths[size_t(c)] + 2) : r[c];
            m_out << line.trimmed() << u'\n';
        }
        if (all.empty())
            m_out << tr("No users yet: congvu user add NAME --role administrator") << u'\n';
        return ExitCode::Ok;
    }

    SaveResult result;
    QString done;
    if (sub == "add"_L1) {
        const QString password = newPassword(m_err);
        result = users.addUser({name, fullName, role, unit, password});
        done = tr("User %1 added.").arg(name);
    } else if (sub == "passwd"_L1) {
        if (!users.find(name)) {
            m_err << u"congvu: "_s << tr("there is no user %1").arg(name) << u'\n';
            return ExitCode::InvalidInput;
        }
        result = users.setPassword(name, newPassword(m_err));
        done = tr("Password of %1 changed.").arg(name);
    } else if (sub == "role"_L1) {
        result = users.changeRole(name, role, unit);
        done = tr("User %1 is now %2.").arg(name, role);
    } else if (sub == "deactivate"_L1) {
        result = users.deactivate(name);
        done = tr("User %1 deactivated.").arg(name);
    } else {
        result = users.setRolesEnabled(enable);
        done = enable ? tr("Roles are on: every change is checked against the user's role.")
                      : tr("Roles are off: everyone may do everything.");
    }
    if (!result.ok()) {
        if (!result.error.isEmpty()) {
            m_err << u"congvu: "_s << result.error << u'\n';
            if (actingUser().isEmpty() && users.rolesEnabled())
                m_err << tr("Roles are on: act as an administrator with --as USER and CONGVU_AS_PASSWORD.") << u'\n';
        }
        for (const FieldError &e : result.fieldErrors)
            m_err << u"congvu: "_s << optionOf(e.field) << u": "_s << e.message << u'\n';
        m_err.flush();
        return result.denied ? ExitCode::Forbidden : ExitCode::InvalidInput;
    }
    m_out << done << u'\n';
    return ExitCode::Ok;
}

std::optional<int> Cli::logIn(const GlobalOptions &o)
{
    const QString name = o.actingUser;
    if (!qEnvironmentVariableIsSet(kActingPasswordVariable)) {
        m_err << u"congvu: "_s
              << tr("--as %1 needs that user's password in the environment variable %2")
                     .arg(name, QString::fromLatin1(kActingPasswordVariable))
              << u'\n';
        return ExitCode::Forbidden;
    }
    const QString path = databasePath(o);
    if (!Database::isServerUrl(path) && !QFileInfo::exists(path)) {
        m_err << u"congvu: --as: "_s << tr("there is no office database at %1 to log in to").arg(path) << u'\n';
        return ExitCode::Forbidden;
    }
    AuthResult login;
    {
        Database db(u"cli-login"_s);
        if (!openDatabase(db, o, m_err))
            return ExitCode::Database;
        SystemClock clock;
        login = UserService(db, clock).authenticate(name, qEnvironmentVariable(kActingPasswordVariable));
    }
    if (!login.ok()) {
        m_err << u"congvu: --as: "_s << login.error << u'\n';
        return ExitCode::Forbidden;
    }
    setActingUser(login.user->name);
    return std::nullopt;
}

std::optional<int> Cli::requireAccess(const Database &db, const char *action, const QString &unit)
{
    const SaveResult allowed = AccessControl(db).require(action, unit);
    if (allowed.ok())
        return std::nullopt;
    return refusal(allowed, ExitCode::Forbidden);
}

int Cli::refusal(const SaveResult &result, int errorCode)
{
    m_err << u"congvu: "_s << result.text() << u'\n';
    if (result.denied && actingUser().isEmpty())
        m_err << tr("Roles are on: act as a user with --as USER and CONGVU_AS_PASSWORD.") << u'\n';
    m_err.flush();
    return result.denied ? ExitCode::Forbidden : errorCode;
}
