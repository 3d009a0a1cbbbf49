// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include <QAtomicInt>
#include <QFile>
#include <QTest>

namespace {
QAtomicInt g_counter;
}

TestDatabase::TestDatabase()
{
    if (PgTest::active()) {
        m_schema = std::make_unique<PgTestSchema>();
        m_path = m_schema->url();
    } else {
        m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    m_db = std::make_unique<Database>(QStringLiteral("test-%1").arg(g_counter.fetchAndAddRelaxed(1)));
    const auto status = m_db->open(m_path);
    if (status != Database::Status::Ok)
        qFatal("cannot open the test database: %s", qPrintable(m_db->errorString()));
}

TestDatabase::~TestDatabase()
{
    m_db.reset(); // closed before its schema is dropped
    m_schema.reset();
}

namespace TestSupport {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}
} // namespace TestSupport
