// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

QString SqlDialect::expand(QString sql) const
{
    switch (m_engine) {
    case Engine::Sqlite:
        sql.replace(u"@AUTO_ID@"_s, u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
        break;
    case Engine::Postgres: {
        sql.replace(u"@AUTO_ID@"_s, u"BIGSERIAL PRIMARY KEY"_s);
        // SQLite's REAL is 8 bytes; PostgreSQL's is 4 (float4) and would round what SQLite keeps.
        static const QRegularExpression real(u"\\bREAL\\b"_s);
        sql.replace(real, u"DOUBLE PRECISION"_s);
        break;
    }
    }
    return sql;
}

QStringList SqlDialect::statements(const QString &script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u"--"_s))
            continue;
        current += rawLine + u'\n';
        if (line.endsWith(u';')) {
            current = current.trimmed();
            current.chop(1);
            out << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

QStringList SqlDialect::tables(const QSqlDatabase &db) const
{
    QStringList out;
    if (m_engine == Engine::Postgres) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"_s)) {
            while (q.next())
                out << q.value(0).toString();
        }
        return out;
    }
    out = db.tables();
    out.removeIf([](const QString &t) { return t.startsWith("sqlite_"_L1); });
    return out;
}
