// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

class Database;
struct GlobalOptions;

/** Helpers the commands share: options out of argument lists, input files, the database. */
namespace CliArgs {
/** The name written in the audit trail: the --as user once logged in, else "cli:<login>". */
QString actorName();
/** The user the command acts as after a successful --as log-in (empty: nobody); openDatabase() puts it on the session. */
void setActingUser(const QString &name);
QString actingUser();
/** Reads FILE or standard input ("-"). */
bool readInput(const QString &file, QByteArray *bytes, QString *error);
/** Takes "--name VALUE" or "--name=VALUE" out of args; false (error set) when the value is missing. */
bool takeOption(QStringList &args, const QString &name, QString *value, QString *error);
/** Takes the flag out of args; true when it was there. */
bool takeFlag(QStringList &args, const QString &name);
/** The value of "--name VALUE" or "--name=VALUE" in args, without taking it out ("" when absent). */
QString peekOption(const QStringList &args, const QString &name);
bool stdoutIsTerminal();
/**
 * The format of a report: --format when given; else the extension of -o FILE (.json, .csv, .pdf);
 * else a readable table on a terminal and JSON when standard output is a pipe or a file (CLI.md).
 */
QString reportFormat(const QString &format, const QString &output);
/** Opens the database for a command; prints the error and returns false on failure. */
bool openDatabase(Database &db, const GlobalOptions &options, QTextStream &err);
} // namespace CliArgs
