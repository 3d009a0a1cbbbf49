// SPDX-License-Identifier: GPL-3.0-or-later
// migrate: moves the office from its database (--db) into an empty one (--to), typically from the SQLite
// file to a PostgreSQL server, verified table by table (issue 8 item 2; docs/postgresql.md).
#include "cli.h"

#include "cliargs.h"
#include "domain/role.h"
#include "storage/database.h"
#include "storage/databasecopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runMigrate(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE|URL] migrate --to URL [--format table|json]\n"
                    "Copies the office from its database (--db) into an empty one, typically from the SQLite file\n"
                    "to a PostgreSQL server: --to postgresql://user@host:port/dbname (password from PGPASSWORD\n"
                    "or ~/.pgpass). --to may also be a SQLite file that does not exist yet or is empty.\n"
                    "Every table is copied with its ids in one transaction, then read back and compared with\n"
                    "the source (row count and SHA-256 checksum); any difference writes nothing.\n"
                    "A target that already holds data is refused, and left as it was.\n"
                    "--format defaults to a table on a terminal and json otherwise.\n"
                    "Exit codes: 0 copied and verified; 2 target not empty, verification failed, or the target\n"
                    "is the source; 3 a database cannot be opened or written; 64 usage error.\n");
        return ExitCode::Ok;
    }
    QString target, format, error;
    if (!takeOption(args, u"--to"_s, &target, &error) || !takeOption(args, u"--format"_s, &format, &error))
        return usageError(error);
    if (const auto refused = refuseLeftovers(args))
        return *refused;
    if (target.isEmpty())
        return usageError(tr("migrate needs --to URL: the empty database to copy the office into, "
                             "e.g. postgresql://user@host:5432/dbname"));
    format = reportFormat(format, u"-"_s);
    if (format != "json"_L1 && format != "table"_L1)
        return usageError(tr("unknown format \"%1\" (expected json or table)").arg(format));

    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    // The copy holds everything, the users' password hashes too: an administrator's work.
    if (const auto denied = requireAccess(db, Actions::SettingsWrite))
        return *denied;

    const bool table = format == "table"_L1;
    DatabaseCopy copy(db);
    if (table) {
        m_out << tr("Copying %1 into %2").arg(db.path(), target) << u'\n';
        m_out.flush();
        copy.setTableDone([this](const TableCopyReport &t) {
            m_out << u"  "_s << t.table.leftJustified(28) << u' '
                  << tr("%1 rows").arg(t.rows).rightJustified(12) << u"  "_s << tr("checksum %1").arg(t.shortChecksum())
                  << u'\n';
            m_out.flush();
        });
    }
    const DatabaseCopyResult result = copy.copyTo(target);
    if (!result.ok()) {
        m_err << u"congvu: "_s << result.error << u'\n';
        m_err.flush();
        switch (result.outcome) {
        case DatabaseCopyResult::Outcome::TargetNotEmpty:
        case DatabaseCopyResult::Outcome::SameDatabase:
        case DatabaseCopyResult::Outcome::VerificationFailed:
            return ExitCode::InvalidInput;
        default:
            return ExitCode::Database;
        }
    }
    qint64 rows = 0;
    for (const TableCopyReport &t : result.tables)
        rows += t.rows;
    if (table) {
        m_out << tr("Verified: the %1 rows of the %2 tables read back from %3 with the same counts and "
                    "checksums as in %4.")
                     .arg(rows)
                     .arg(result.tables.size())
                     .arg(result.target, result.source)
              << u'\n'
              << tr("The office now works on: congvu --db %1").arg(result.target) << u'\n';
        m_out.flush();
        return ExitCode::Ok;
    }
    QJsonArray tables;
    for (const TableCopyReport &t : result.tables)
        tables.append(QJsonObject{{u"table"_s, t.table}, {u"rows"_s, t.rows}, {u"checksum"_s, t.shortChecksum()}});
    const QJsonObject json{{u"source"_s, result.source},
                           {u"target"_s, result.target},
                           {u"rows"_s, rows},
                           {u"tables"_s, tables},
                           {u"verified"_s, true}};
    return writeOutput(u"-"_s, QJsonDocument(json).toJson(QJsonDocument::Indented), tr("The migration report"));
}
