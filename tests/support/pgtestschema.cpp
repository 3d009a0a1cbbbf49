// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgtestschema.h"

#include "storage/database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QAtomicInt g_counter;

/** Runs statements on the test server through a short-lived admin connection. */
bool adminExec(const QStringList &statements, QString *error)
{
    static QAtomicInt connections;
    Database admin(u"pg-test-admin-%1"_s.arg(connections.fetchAndAddRelaxed(1)));
    if (admin.openOnly(PgTest::serverUrl()) != Database::Status::Ok) {
        *error = admin.errorString();
        return false;
    }
    for (const QString &sql : statements) {
        QSqlQuery q(admin.connection());
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

namespace PgTest {
QString serverUrl()
{
    return qEnvironmentVariable("CONGVU_TEST_PG_URL");
}

bool active()
{
    return !serverUrl().isEmpty();
}

QSqlDatabase serverConnection(const QString &url, const QString &name)
{
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QUrl parsed(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(parsed.host());
    if (parsed.port() > 0)
        db.setPort(parsed.port());
    db.setUserName(parsed.userName());
    db.setDatabaseName(parsed.path().mid(1));
    if (db.open())
        QSqlQuery(db).exec(u"SET client_min_messages TO WARNING"_s);
    return db;
}
} // namespace PgTest

PgTestSchema::PgTestSchema()
{
    const QString server = PgTest::serverUrl();
    if (!Database::isServerUrl(server))
        qFatal("CONGVU_TEST_PG_URL is not a postgresql:// URL: %s", qPrintable(server));
    m_name = u"t_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(g_counter.fetchAndAddRelaxed(1));
    // A schema left by a crashed run with the same process id goes first.
    QString err;
    if (!adminExec({u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_name), u"CREATE SCHEMA %1"_s.arg(m_name)}, &err))
        qFatal("cannot create the test schema %s on %s: %s", qPrintable(m_name), qPrintable(server), qPrintable(err));
    QUrl url(server);
    QUrlQuery query(url);
    query.removeAllQueryItems(u"options"_s);
    // "=" inside a query value must be encoded, or QUrlQuery splits there.
    query.addQueryItem(u"options"_s, u"-csearch_path%3D"_s + m_name);
    url.setQuery(query);
    m_url = url.toString();
}

PgTestSchema::~PgTestSchema()
{
    QString err;
    if (!adminExec({u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_name)}, &err))
        qWarning("cannot drop the test schema %s: %s", qPrintable(m_name), qPrintable(err));
}
