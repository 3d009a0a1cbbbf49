// SPDX-License-Identifier: GPL-3.0-or-later
// audit: the audit trail (nhật ký thay đổi) read back, filtered, as CSV, JSON or a table. Read only.
#include "cli.h"

#include "cliargs.h"
#include "domain/role.h"
#include "exchange/auditexport.h"
#include "services/auditservice.h"
#include "storage/database.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace CliArgs;

int Cli::runAudit(const GlobalOptions &o, const QStringList &input)
{
    QStringList args = input;
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        m_out << tr("Usage: congvu [--db FILE] audit [--staff CODE] [--unit CODE] [--user NAME] [--entity KIND]\n"
                    "                   [--from DATE] [--to DATE] [--text WORDS] [--format csv|json|table] [-o FILE]\n"
                    "The audit trail: who changed what and when, with the record before and after, newest first.\n"
                    "--staff: changes of the person and their records; --unit: of the unit and its people;\n"
                    "--user: the actor (cli:NAME, app:NAME or NAME); --entity: staff, org_unit, evaluation, ...;\n"
                    "--from/--to: days YYYY-MM-DD, both included; --text: words matched without diacritics.\n"
                    "The trail cannot be edited or deleted. The output holds personal data (ND 13/2023/ND-CP):\n"
                    "a file is written readable by its owner only.\n"
                    "--format defaults to the extension of FILE, else a table on a terminal and json otherwise.\n");
        return ExitCode::Ok;
    }
    AuditFilter filter;
    QString fromText, toText, format, output, error;
    if (!takeOption(args, u"--staff"_s, &filter.staffCode, &error) || !takeOption(args, u"--unit"_s, &filter.unitCode, &error)
        || !takeOption(args, u"--user"_s, &filter.user, &error) || !takeOption(args, u"--entity"_s, &filter.entity, &error)
        || !takeOption(args, u"--from"_s, &fromText, &error) || !takeOption(args, u"--to"_s, &toText, &error)
        || !takeOption(args, u"--text"_s, &filter.text, &error) || !takeOption(args, u"--format"_s, &format, &error)
        || !takeOption(args, u"-o"_s, &output, &error) || !takeOption(args, u"--output"_s, &output, &error))
        return usageError(error);
    if (const auto refused = refuseLeftovers(args))
        return *refused;
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    auto date = [](const QString &text) {
        return iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    };
    if (!fromText.isEmpty() && !(filter.from = date(fromText)).isValid())
        return usageError(tr("--from must be a date YYYY-MM-DD, not \"%1\"").arg(fromText));
    if (!toText.isEmpty() && !(filter.to = date(toText)).isValid())
        return usageError(tr("--to must be a date YYYY-MM-DD, not \"%1\"").arg(toText));
    if (const FieldErrors problems = AuditService::check(filter); !problems.empty())
        return usageError(problems.front().message);
    if (output.isEmpty())
        output = u"-"_s;
    format = reportFormat(format, output);
    if (format != "json"_L1 && format != "csv"_L1 && format != "table"_L1)
        return usageError(tr("unknown format \"%1\" (expected csv, json or table)").arg(format));

    Database db(u"cli"_s);
    if (!openDatabase(db, o, m_err))
        return ExitCode::Database;
    if (const auto denied = requireAccess(db, Actions::AuditRead))
        return *denied;
    const AuditPage page = AuditService(db).find(filter);
    if (!page.error.isEmpty()) {
        m_err << u"congvu: "_s << page.error << u'\n';
        return ExitCode::Database;
    }
    const QString what = tr("The audit trail");
    if (format == "json"_L1)
        return writeOutput(output, AuditExport::toJson(page), what);
    if (format == "csv"_L1)
        return writeOutput(output, AuditExport::toCsv(page.entries), what);
    return writeOutput(output, AuditExport::toText(page).toUtf8(), what);
}
