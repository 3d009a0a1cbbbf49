// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgtestschema.h"

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

/** Exit codes of the command line (CLI.md "Exit codes"). */
inline constexpr int kOk = 0;
inline constexpr int kInvalidInput = 2;
inline constexpr int kDatabaseError = 3;
inline constexpr int kUsage = 64;
/** Refused by the role of the --as user, or the log-in failed (docs/users-and-roles.md). */
inline constexpr int kForbidden = 77;

/** What one run of the congvu binary did. */
struct CliRun
{
    int exitCode = -1; ///< the process's exit code; -1000 - code when it crashed, -1 when it never ran
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
    /** Everything, for failure messages. */
    [[nodiscard]] QByteArray describe() const;
};

/** Runs binary with args in env, feeding input on standard input; waits up to three minutes. */
CliRun runCli(const QString &binary, const QStringList &args, const QByteArray &input,
              const QProcessEnvironment &env);

/**
 * The binary in a sandbox: a temporary folder with a database, HOME, XDG folders and a runtime folder
 * of its own; no CONGVU_DB and no display (main.cpp picks offscreen where it needs a platform).
 * In the PostgreSQL pass (CONGVU_TEST_PG_URL set) the database is a schema of its own on that server
 * (PgTestSchema), dropped with the sandbox.
 */
class CliSandbox
{
public:
    /** binary: the congvu executable (the tests' CONGVU_BINARY). */
    explicit CliSandbox(const QString &binary);
    ~CliSandbox();
    CliSandbox(const CliSandbox &) = delete;
    CliSandbox &operator=(const CliSandbox &) = delete;

    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }
    /** The database every cli() runs on (--db): the SQLite file fileDb(), or in the PostgreSQL pass a URL. */
    [[nodiscard]] QString db() const { return m_schema ? m_schema->url() : fileDb(); }
    /** The sandbox's SQLite file, in both passes (for a test that compares the engines). */
    [[nodiscard]] QString fileDb() const { return m_dir.filePath(QStringLiteral("town.sqlite")); }
    /** True when db() is on the PostgreSQL server. */
    [[nodiscard]] bool onPostgres() const { return m_schema != nullptr; }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QProcessEnvironment environment() const { return m_env; }

    /** `congvu --db db() --lang lang args`, with input on standard input. */
    CliRun cli(const QStringList &args, const QByteArray &input = {},
               const QString &lang = QStringLiteral("en")) const;
    /** cli(args)'s standard output as a JSON object; empty, with a warning, when the run fails or it is not JSON. */
    [[nodiscard]] QJsonObject json(const QStringList &args) const;
    /** `report kind --format json args`, parsed as json() does. */
    [[nodiscard]] QJsonObject report(const QString &kind, const QStringList &args) const;

private:
    QTemporaryDir m_dir; // first: m_env is made from it
    std::unique_ptr<PgTestSchema> m_schema;
    QString m_binary;
    QProcessEnvironment m_env;
};

/** The lines of r's standard error without Qt's QStandardPaths notes, dir + "/" cut off where a line starts with it. */
QStringList stderrLinesUnder(const CliRun &r, const QString &dir);

/** The text of a PDF (pdftotext -layout), or nullopt when poppler-utils is not installed. */
std::optional<QString> pdfText(const QString &pdf);

/** The problems of json against the JSON Schema file at schemaPath; none when it conforms. */
QStringList schemaErrors(const QJsonObject &json, const QString &schemaPath);

/** Compares a run's exit code, printing the run when it differs. */
#define CHECK_EXIT(result, expected)                                                                                \
    do {                                                                                                           \
        const CliRun &r_ = (result);                                                                               \
        if (r_.exitCode != (expected))                                                                             \
            qWarning().noquote() << r_.describe();                                                                 \
        QCOMPARE(r_.exitCode, (expected));                                                                         \
    } while (false)
