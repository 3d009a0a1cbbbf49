// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "culturerepository.h"
#include "domain/standardsjson.h"
#include "domain/textfold.h"
#include "filepermissions.h"
#include "sqlquery.h"
#include "standardrepository.h"
#include "storagelog.h"
#include "trainingrepository.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

/** The embedded migrations, by version. */
QMap<int, QString> migrationFiles()
{
    static const QRegularExpression name(u"^(\\d{4})_.*\\.sql$"_s);
    QMap<int, QString> out;
    const QDir dir(u":/schemas/sql"_s);
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (m.hasMatch())
            out.insert(m.captured(1).toInt(), dir.filePath(file));
    }
    return out;
}

} // namespace

Database::Database(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

bool Database::isServerUrl(const QString &path)
{
    return path.startsWith("postgresql://"_L1, Qt::CaseInsensitive)
        || path.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

Database::Status Database::openPostgres(const QString &urlText)
{
    m_dialect = SqlDialect(SqlDialect::Engine::Postgres);
    const QUrl url(urlText, QUrl::StrictMode);
    // Never echo a password, even a wrong one (the path is shown, and reopened by import workers).
    QUrl shown(url);
    QUrlQuery shownQuery(url);
    shownQuery.removeAllQueryItems(u"password"_s);
    shown.setQuery(shownQuery);
    if (shownQuery.isEmpty())
        shown.setQuery(QString());
    m_path = url.isValid() ? shown.toString(QUrl::RemovePassword) : u"postgresql://…"_s;
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || dbName.isEmpty() || dbName.contains(u'/')) {
        m_error = tr("cannot open the database %1: not a valid server address "
                     "(expected postgresql://user@host:port/dbname)")
                      .arg(m_path);
        return Status::CannotOpen;
    }
    if (!url.password().isEmpty()) {
        m_error = tr("cannot open the database %1: do not put the password in the address; "
                     "set PGPASSWORD or use ~/.pgpass")
                      .arg(m_path);
        return Status::CannotOpen;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        m_error = tr("cannot open the database %1: the PostgreSQL driver of Qt (QPSQL) is not installed "
                     "(Debian: libqt6sql6-psql)")
                      .arg(m_path);
        return Status::CannotOpen;
    }
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == "password"_L1) {
            m_error = tr("cannot open the database %1: do not put the password in the address; "
                         "set PGPASSWORD or use ~/.pgpass")
                          .arg(m_path);
            return Status::CannotOpen;
        }
        timeout = timeout || key == "connect_timeout"_L1;
        options << key + u'=' + value;
    }
    if (!timeout)
        options << u"connect_timeout=10"_s;
    { // the handle goes before close() removes the connection
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        db.setDatabaseName(dbName);
        db.setConnectOptions(options.join(u';'));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"SET client_min_messages TO WARNING"_s);
            return Status::Ok;
        }
        // libpq's own words name the server and the cause (refused, no such database or role, bad password).
        QString cause = db.lastError().databaseText().trimmed();
        if (cause.isEmpty())
            cause = db.lastError().text().trimmed();
        static const QRegularExpression space(u"\\s*\\n\\s*"_s);
        m_error = tr("cannot open the database %1: %2").arg(m_path, cause.replace(space, u" "_s));
    }
    close();
    return Status::CannotOpen;
}

Database::Status Database::openOnly(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    if (isServerUrl(path))
        return openPostgres(path);
    m_dialect = SqlDialect(SqlDialect::Engine::Sqlite);
    const bool memory = path == ":memory:"_L1;
    if (!memory) {
        const QFileInfo info(path);
        if (info.exists() && info.isDir()) {
            m_error = tr("cannot open the database %1: it is a folder").arg(path);
            return Status::CannotOpen;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = tr("cannot open the database %1: cannot create the folder %2")
                          .arg(path, info.absolutePath());
            return Status::CannotOpen;
        }
        if (!info.exists()) {
            // Personal data: the file is readable by its owner only.
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly)) {
                m_error = tr("cannot create the database %1: %2").arg(path, f.errorString());
                return Status::CannotOpen;
            }
            f.close();
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            FilePermissions::restrictDatabaseFiles(path); // with stale -wal/-shm (ND 13/2023)
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = tr("cannot open the database %1: %2").arg(path, db.lastError().text());
        return Status::CannotOpen;
    }
    {
        QSqlQuery q(db);
        // A file that is not SQLite fails on its first read.
        if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            m_error = tr("cannot open the database %1: %2").arg(path, q.lastError().text());
        } else {
            q.exec(u"PRAGMA foreign_keys=ON"_s);
            q.exec(u"PRAGMA synchronous=NORMAL"_s);
        }
    }
    if (!m_error.isEmpty()) {
        close();
        return Status::CannotOpen;
    }
    return Status::Ok;
}

Database::Status Database::open(const QString &path)
{
    const Status s = openOnly(path);
    if (s != Status::Ok)
        return s;
    const Status m = migrate();
    if (m != Status::Ok) {
        close();
        return m;
    }
    // Only a database this program accepted is switched to WAL (it changes the file's header).
    if (path != ":memory:"_L1 && m_dialect.engine() == SqlDialect::Engine::Sqlite) {
        QSqlQuery q(connection());
        q.exec(u"PRAGMA journal_mode=WAL"_s);
    }
    return m;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    if (!m_dialect.tables(db).contains(u"schema_version"_s))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT MAX(version) FROM schema_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Database::Status Database::migrate()
{
    QSqlDatabase db = connection();
    int current = schemaVersion();
    const int latest = latestVersion();
    if (current < 0) {
        m_error = tr("cannot read the schema version of %1").arg(m_path);
        return Status::CannotOpen;
    }
    if (current == 0 && !m_dialect.tables(db).isEmpty())
        current = schemaVersion(); // another program may have created this new database a moment ago
    if (current == 0) {
        if (!m_dialect.tables(db).isEmpty()) {
            m_error = tr("%1 is not a CongVu database (it has tables but no schema version)").arg(m_path);
            return Status::NotCongVu;
        }
    }
    if (current > latest) {
        m_error = tr("the database %1 has schema version %2, newer than this program supports (%3): "
                     "install a newer CongVu to open it")
                      .arg(m_path)
                      .arg(current)
                      .arg(latest);
        return Status::TooNew;
    }
    const auto files = migrationFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() <= current)
            continue;
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = tr("cannot read the migration %1").arg(it.value());
            return Status::MigrationFailed;
        }
        if (!applyMigration(it.key(), QString::fromUtf8(f.readAll())))
            return Status::MigrationFailed;
        qCInfo(lcStorage) << "migrated" << m_path << "to version" << it.key();
    }
    return Status::Ok;
}

bool Database::applyMigration(int version, const QString &script)
{
    QSqlDatabase db = connection();
    Transaction tx(db);
    if (!tx.isActive()) {
        m_error = tr("cannot write the database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    // Two programs opening a new file at once: the write lock is ours now; the other may have migrated.
    if (schemaVersion() >= version)
        return true;
    for (const QString &stmt : SqlDialect::statements(m_dialect.expand(script))) {
        QSqlQuery q(db);
        if (!q.exec(stmt)) {
            m_error = tr("migration %1 failed on %2: %3").arg(version).arg(m_path, q.lastError().text());
            qCWarning(lcStorage) << m_error << stmt;
            return false;
        }
    }
    if (!afterMigration(version))
        return false;
    QSqlQuery q(db);
    QString err;
    if (!Sql::prepare(q, version == 1 ? u"INSERT INTO schema_version (version) VALUES (:v)"_s
                                       : u"UPDATE schema_version SET version = :v"_s, &err)) {
        m_error = err;
        return false;
    }
    q.bindValue(u":v"_s, version);
    if (!Sql::exec(q, &err) || !tx.commit()) {
        m_error = tr("migration %1 failed on %2: %3").arg(version).arg(m_path, err);
        return false;
    }
    return true;
}

bool Database::afterMigration(int version)
{
    if (version == 3)
        return seedTitleStandards();
    if (version == 4)
        return seedCultureItems();
    if (version == 7) {
        // The course catalogue (assets/training/catalogue.json), editable reference data from here on.
        QString err;
        if (!TrainingRepository(connection()).seedShipped(&err)) {
            m_error = tr("cannot store the shipped training catalogue: %1").arg(err);
            return false;
        }
        return true;
    }
    if (version != 2)
        return true;
    // 0002 added search_text and sort_key: fill them for the rows already there.
    QSqlDatabase db = connection();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QString err;
    if (!Sql::prepare(read, u"SELECT code, full_name FROM staff"_s, &err) || !Sql::exec(read, &err)) {
        m_error = err;
        return false;
    }
    QSqlQuery write(db);
    if (!Sql::prepare(write, u"UPDATE staff SET search_text = :s, sort_key = :k WHERE code = :c"_s, &err)) {
        m_error = err;
        return false;
    }
    while (read.next()) {
        const QString code = read.value(0).toString();
        const QString name = read.value(1).toString();
        write.bindValue(u":s"_s, foldText(QString(name + u' ' + code)));
        write.bindValue(u":k"_s, nameSortKey(name));
        write.bindValue(u":c"_s, code);
        if (!Sql::exec(write, &err)) {
            m_error = err;
            return false;
        }
    }
    return true;
}

bool Database::seedTitleStandards()
{
    // The shipped reference data (STAFF-CSV.md "The standards shipped").
    QFile f(u":/assets/standards/commune-title-standards.json"_s);
    std::vector<TitleStandard> standards;
    QString err;
    if (!f.open(QIODevice::ReadOnly) || !StandardsJson::parse(f.readAll(), &standards, &err)) {
        m_error = tr("cannot read the shipped title standards: %1").arg(err.isEmpty() ? f.errorString() : err);
        return false;
    }
    StandardRepository repo(connection());
    for (const auto &s : standards) {
        if (repo.insert(s, u"shipped"_s, &err) == 0) {
            m_error = tr("cannot store the shipped title standards: %1").arg(err);
            return false;
        }
    }
    return true;
}

bool Database::seedCultureItems()
{
    // The checklist of LEGAL-RULES.md §3.3 (QĐ 1847/QĐ-TTg), editable reference data from here on.
    QFile f(u":/assets/culture/checklist.json"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = tr("cannot read the shipped culture checklist: %1").arg(f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    const QJsonArray items = doc.object().value(u"items"_s).toArray();
    if (parseError.error != QJsonParseError::NoError || items.isEmpty()) {
        m_error = tr("cannot read the shipped culture checklist: %1").arg(parseError.errorString());
        return false;
    }
    CultureRepository repo(connection());
    int ordinal = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        CultureItem item;
        item.code = o.value(u"code"_s).toString();
        item.ordinal = ++ordinal;
        item.group = o.value(u"group"_s).toString();
        item.labelVi = o.value(u"label_vi"_s).toString();
        item.labelEn = o.value(u"label_en"_s).toString();
        item.basis = o.value(u"basis"_s).toString();
        item.leadersOnly = o.value(u"leaders_only"_s).toBool();
        QString err;
        if (item.code.isEmpty() || item.labelVi.isEmpty() || !repo.upsertItem(item, &err)) {
            m_error = tr("cannot store the shipped culture checklist: %1").arg(err.isEmpty() ? item.code : err);
            return false;
        }
    }
    return true;
}
