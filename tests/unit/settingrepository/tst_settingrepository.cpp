// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlinspect.h"
#include "storage/settingrepository.h"
#include "storage/transaction.h"
#include "testdatabase.h"
#include "testprinters.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

/** Tests SettingRepository: office settings as key → text. */
class TestSettingRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void missingKey();
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void keysAreIndependent();
    void emptyValue_data();
    void emptyValue();
    void followsTheTransaction();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<SettingRepository> m_repo;
};

void TestSettingRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingRepository::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_repo = std::make_unique<SettingRepository>(m_db->connection());
}

void TestSettingRepository::cleanup()
{
    m_repo.reset();
    m_db.reset();
}

void TestSettingRepository::missingKey()
{
    QString error;
    QCOMPARE(m_repo->value(u"office_name"_s, &error), std::optional<QString>());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSettingRepository::roundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("Vietnamese text") << u"office_name"_s << u"UBND huyện Đồng Hỷ, tỉnh Thái Nguyên"_s;
    QTest::newRow("boolean text") << u"standards/lower_in_difficult_area"_s << u"true"_s;
    QTest::newRow("json") << u"report/columns"_s << u"[\"code\",\"full_name\",\"unit\"]"_s;
    QTest::newRow("quotes and wildcards") << u"k'%_"_s << u"it's 100% \"ok\"; DROP TABLE setting;"_s;
    QTest::newRow("multi-line") << u"footer"_s << u"Người lập biểu\nThủ trưởng đơn vị\n"_s;
}

void TestSettingRepository::roundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QString error;
    QVERIFY2(m_repo->setValue(key, value, &error), qPrintable(error));
    QCOMPARE(m_repo->value(key, &error), std::optional<QString>(value));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(TestSupport::scalar(m_db->connection(), u"SELECT COUNT(*) FROM setting"_s).toInt(), 1);
}

void TestSettingRepository::overwrite()
{
    QVERIFY(m_repo->setValue(u"office_name"_s, u"UBND xã Hòa Hà"_s));
    QString error;
    QVERIFY2(m_repo->setValue(u"office_name"_s, u"UBND xã Đồng Hỷ"_s, &error), qPrintable(error));
    QCOMPARE(m_repo->value(u"office_name"_s), std::optional<QString>(u"UBND xã Đồng Hỷ"_s));
    QCOMPARE(TestSupport::scalar(m_db->connection(), u"SELECT COUNT(*) FROM setting"_s).toInt(), 1);
}

void TestSettingRepository::keysAreIndependent()
{
    QVERIFY(m_repo->setValue(u"a"_s, u"1"_s));
    QVERIFY(m_repo->setValue(u"b"_s, u"2"_s));
    QVERIFY(m_repo->setValue(u"a"_s, u"3"_s));
    QCOMPARE(m_repo->value(u"a"_s), std::optional<QString>(u"3"_s));
    QCOMPARE(m_repo->value(u"b"_s), std::optional<QString>(u"2"_s));
    // Keys are exact: no case folding, no LIKE.
    QCOMPARE(m_repo->value(u"A"_s), std::optional<QString>());
    QCOMPARE(m_repo->value(u"_"_s), std::optional<QString>());
    QCOMPARE(m_repo->value(u"%"_s), std::optional<QString>());
}

void TestSettingRepository::emptyValue_data()
{
    QTest::addColumn<QString>("empty");
    QTest::addColumn<bool>("isNull");
    QString emptied = u"x"_s;
    emptied.remove(0, 1); // empty but not null
    QTest::newRow("empty string") << emptied << false;
    // What QString() and a cleared QLineEdit/TextField give.
    QTest::newRow("null string") << QString() << true;
}

void TestSettingRepository::emptyValue()
{
    // A setting cleared in a form is an empty text: stored, and read back as "" (not as missing).
    QFETCH(QString, empty);
    QFETCH(bool, isNull);
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.isNull(), isNull);
    QVERIFY(m_repo->setValue(u"footer"_s, u"Người lập biểu"_s));
    QString error;
    QVERIFY2(m_repo->setValue(u"footer"_s, empty, &error), qPrintable(error));
    QCOMPARE(m_repo->value(u"footer"_s), std::optional<QString>(u""_s));
    QVERIFY2(m_repo->setValue(u"header"_s, empty, &error), qPrintable(error));
    QCOMPARE(m_repo->value(u"header"_s), std::optional<QString>(u""_s));
}

void TestSettingRepository::followsTheTransaction()
{
    QVERIFY(m_repo->setValue(u"office_name"_s, u"cũ"_s));
    {
        Transaction tx(m_db->connection());
        QVERIFY(m_repo->setValue(u"office_name"_s, u"mới"_s));
        QVERIFY(m_repo->setValue(u"other"_s, u"x"_s));
    }
    QCOMPARE(m_repo->value(u"office_name"_s), std::optional<QString>(u"cũ"_s));
    QCOMPARE(m_repo->value(u"other"_s), std::optional<QString>());
}

QTEST_GUILESS_MAIN(TestSettingRepository)
#include "tst_settingrepository.moc"
