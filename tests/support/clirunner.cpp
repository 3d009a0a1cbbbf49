// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "jsonschemacheck.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

QByteArray CliRun::describe() const
{
    return "exit " + QByteArray::number(exitCode) + "\n--- stdout:\n" + out.left(3000) + "\n--- stderr:\n"
        + err.left(4000);
}

CliRun runCli(const QString &binary, const QStringList &args, const QByteArray &input, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(binary);
    p.setArguments(args);
    p.start();
    CliRun r;
    if (!p.waitForStarted(30000)) {
        r.err = "cannot start " + binary.toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out: congvu " + args.join(u' ').toUtf8();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    // A crash is never an exit code of the contract.
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1000 - p.exitCode();
    return r;
}

CliSandbox::CliSandbox(const QString &binary)
    : m_binary(binary)
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(u"CONGVU_DB"_s);
    m_env.remove(u"DISPLAY"_s); // the PDF must work without a display
    m_env.remove(u"QT_QPA_PLATFORM"_s);
    m_env.remove(u"WAYLAND_DISPLAY"_s);
    m_env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
    m_env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"home/cache"_s));
    m_env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.filePath(u"runtime"_s));
    m_env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    QDir().mkpath(m_dir.filePath(u"runtime"_s));
    QFile::setPermissions(m_dir.filePath(u"runtime"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (PgTest::active())
        m_schema = std::make_unique<PgTestSchema>();
}

CliSandbox::~CliSandbox() = default;

CliRun CliSandbox::cli(const QStringList &args, const QByteArray &input, const QString &lang) const
{
    return runCli(m_binary, QStringList{u"--db"_s, db(), u"--lang"_s, lang} + args, input, m_env);
}

QJsonObject CliSandbox::json(const QStringList &args) const
{
    const CliRun r = cli(args);
    if (r.exitCode != kOk) {
        qWarning().noquote() << r.describe();
        return {};
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << e.errorString() << r.describe();
    return doc.object();
}

QJsonObject CliSandbox::report(const QString &kind, const QStringList &args) const
{
    return json(QStringList{u"report"_s, kind, u"--format"_s, u"json"_s} + args);
}

QStringList stderrLinesUnder(const CliRun &r, const QString &dir)
{
    QStringList out;
    for (const QString &line : QString::fromUtf8(r.err).split(u'\n', Qt::SkipEmptyParts)) {
        if (!line.startsWith(u"QStandardPaths:"_s))
            out << (line.startsWith(dir + u'/') ? line.mid(dir.size() + 1) : line);
    }
    return out;
}

std::optional<QString> pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(tool, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList schemaErrors(const QJsonObject &json, const QString &schemaPath)
{
    QFile f(schemaPath);
    if (!f.open(QIODevice::ReadOnly))
        return {u"cannot read "_s + schemaPath};
    return JsonSchemaCheck::check(json, QJsonDocument::fromJson(f.readAll()).object());
}
