// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

#include "cli.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#define CONGVU_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define CONGVU_ISATTY(fd) isatty(fd)
#endif

using namespace Qt::StringLiterals;

namespace {
/** The --as user of this run, once Cli::run has checked the password. */
QString g_actingUser;
} // namespace

namespace CliArgs {

void setActingUser(const QString &name)
{
    g_actingUser = name;
}

QString actingUser()
{
    return g_actingUser;
}


QString actorName()
{
    if (!g_actingUser.isEmpty())
        return g_actingUser;
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString user = env.value(u"USER"_s, env.value(u"USERNAME"_s, u"unknown"_s));
    return u"cli:"_s + user;
}

/** Reads FILE or standard input ("-"). */
bool readInput(const QString &file, QByteArray *bytes, QString *error)
{
    QFile f;
    bool opened = false;
    if (file == "-"_L1)
        opened = f.open(stdin, QIODevice::ReadOnly);
    else {
        f.setFileName(file);
        opened = f.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = f.errorString();
        return false;
    }
    *bytes = f.readAll();
    return true;
}

/** Takes "--name VALUE" or "--name=VALUE" out of args. */
bool takeOption(QStringList &args, const QString &name, QString *value, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size()) {
                *error = Cli::tr("the option %1 needs a value").arg(name);
                return false;
            }
            *value = args[i + 1];
            args.remove(i, 2);
            return true;
        }
        if (args[i].startsWith(name + u'=')) {
            *value = args[i].mid(name.size() + 1);
            args.remove(i);
            return true;
        }
    }
    return true;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

/** The value of "--name VALUE" or "--name=VALUE" in args, without taking it out ("" when absent). */
QString peekOption(const QStringList &args, const QString &name)
{
    QStringList copy = args;
    QString value, error;
    takeOption(copy, name, &value, &error);
    return value;
}

bool stdoutIsTerminal()
{
    return CONGVU_ISATTY(fileno(stdout)) != 0;
}

/** Opens the database for a command; prints the error and returns false on failure. */
bool openDatabase(Database &db, const GlobalOptions &o, QTextStream &err)
{
    const QString path = Cli::databasePath(o);
    if (db.open(path) != Database::Status::Ok) {
        err << u"congvu: "_s << db.errorString() << u'\n';
        err.flush();
        return false;
    }
    db.setSessionUser(g_actingUser);
    return true;
}

/**
 * The format of a report: --format when given; else the extension of -o FILE (.json, .csv, .pdf);
 * else a readable table on a terminal and JSON when standard output is a pipe or a file (CLI.md).
 */
QString reportFormat(const QString &format, const QString &output)
{
    if (!format.isEmpty())
        return format;
    if (output != "-"_L1) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        if (suffix == "json"_L1 || suffix == "csv"_L1 || suffix == "pdf"_L1)
            return suffix;
        return u"json"_s;
    }
    return stdoutIsTerminal() ? u"table"_s : u"json"_s;
}

} // namespace CliArgs
