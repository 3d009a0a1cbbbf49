// SPDX-License-Identifier: GPL-3.0-or-later
// Salted PBKDF2-HMAC-SHA256 password hashes (issue 8 item 4: "passwords stored as salted PBKDF2 or
// stronger hashes"), checked against the published test vectors.
#include "domain/passwordhash.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPasswordHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pbkdf2Vectors_data();
    void pbkdf2Vectors();
    void newHashHasTheStoredFormat();
    void rightPasswordVerifies();
    void wrongPasswordIsRefused();
    void saltsDiffer();
    void knownHashVerifies();
    void malformedHashes_data();
    void malformedHashes();
    void tamperedHashIsRefused_data();
    void tamperedHashIsRefused();
    void needsRehash();
    void constantTimeEquals();
};

void TestPasswordHash::pbkdf2Vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expectedHex");

    QTest::newRow("RFC 7914 §11: passwd/salt, c=1, dkLen=64")
        << "passwd"_ba << "salt"_ba << 1
        << "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
           "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"_ba;
    QTest::newRow("RFC 7914 §11: Password/NaCl, c=80000, dkLen=64")
        << "Password"_ba << "NaCl"_ba << 80000
        << "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
           "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"_ba;
    QTest::newRow("RFC 6070-style SHA-256: password/salt, c=1, dkLen=32")
        << "password"_ba << "salt"_ba << 1 << "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"_ba;
    QTest::newRow("RFC 6070-style SHA-256: password/salt, c=4096, dkLen=32")
        << "password"_ba << "salt"_ba << 4096 << "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"_ba;
}

void TestPasswordHash::pbkdf2Vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expectedHex);
    QCOMPARE(PasswordHash::pbkdf2Sha256(password, salt, iterations, int(expectedHex.size() / 2)).toHex(), expectedHex);
}

void TestPasswordHash::newHashHasTheStoredFormat()
{
    QElapsedTimer timer;
    timer.start();
    const QString stored = PasswordHash::hash(u"correct horse battery"_s);
    qInfo() << "one hash at the default iterations took" << timer.elapsed() << "ms";
    const QStringList fields = stored.split(u'$');
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields[0], u"pbkdf2-sha256"_s);
    QCOMPARE(fields[1], u"210000"_s); // OWASP: at least 210,000 for PBKDF2-HMAC-SHA256
    QVERIFY(PasswordHash::DefaultIterations >= 210000);
    const auto parts = PasswordHash::parse(stored);
    QVERIFY(parts);
    QCOMPARE(parts->iterations, 210000);
    QCOMPARE(parts->salt.size(), PasswordHash::SaltBytes);
    QCOMPARE(parts->key.size(), PasswordHash::KeyBytes);
    QVERIFY(!stored.contains(u"correct"_s));
}

void TestPasswordHash::rightPasswordVerifies()
{
    const QString stored = PasswordHash::hash(u"Mật khẩu đủ dài 2026"_s, 1000);
    QVERIFY(PasswordHash::verify(u"Mật khẩu đủ dài 2026"_s, stored));
}

void TestPasswordHash::wrongPasswordIsRefused()
{
    const QString stored = PasswordHash::hash(u"Mật khẩu đủ dài 2026"_s, 1000);
    QVERIFY(!PasswordHash::verify(u"Mat khau du dai 2026"_s, stored)); // diacritics matter
    QVERIFY(!PasswordHash::verify(u"mật khẩu đủ dài 2026"_s, stored)); // so does case
    QVERIFY(!PasswordHash::verify(QString(), stored));
}

void TestPasswordHash::saltsDiffer()
{
    const QString a = PasswordHash::hash(u"same password"_s, 10);
    const QString b = PasswordHash::hash(u"same password"_s, 10);
    QVERIFY(a != b);
    QVERIFY(PasswordHash::parse(a)->salt != PasswordHash::parse(b)->salt);
}

void TestPasswordHash::knownHashVerifies()
{
    // What a stored row looks like: the RFC 6070-style vector in the stored format.
    const QString stored = u"pbkdf2-sha256$4096$c2FsdA==$xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0o="_s;
    QCOMPARE(PasswordHash::hashWithSalt(u"password"_s, "salt"_ba, 4096), stored);
    QVERIFY(PasswordHash::verify(u"password"_s, stored));
    QVERIFY(!PasswordHash::verify(u"passwore"_s, stored));
}

void TestPasswordHash::malformedHashes_data()
{
    QTest::addColumn<QString>("stored");
    const QString salt = u"c2FsdA=="_s;
    const QString key = u"xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0o="_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("plain text password") << u"password"_s;
    QTest::newRow("other scheme") << u"pbkdf2-sha1$4096$"_s + salt + u'$' + key;
    QTest::newRow("three fields") << u"pbkdf2-sha256$4096$"_s + salt;
    QTest::newRow("five fields") << u"pbkdf2-sha256$4096$"_s + salt + u'$' + key + u"$x"_s;
    QTest::newRow("zero iterations") << u"pbkdf2-sha256$0$"_s + salt + u'$' + key;
    QTest::newRow("negative iterations") << u"pbkdf2-sha256$-1$"_s + salt + u'$' + key;
    QTest::newRow("leading zero") << u"pbkdf2-sha256$04096$"_s + salt + u'$' + key;
    QTest::newRow("iterations not a number") << u"pbkdf2-sha256$many$"_s + salt + u'$' + key;
    QTest::newRow("too many iterations") << u"pbkdf2-sha256$99999999$"_s + salt + u'$' + key;
    QTest::newRow("salt not base64") << u"pbkdf2-sha256$4096$c2F*dA==$"_s + key;
    QTest::newRow("empty salt") << u"pbkdf2-sha256$4096$$"_s + key;
    QTest::newRow("key too short") << u"pbkdf2-sha256$4096$"_s + salt + u"$xeR41ZKIyEGqUw22hFxMjQ=="_s;
}

void TestPasswordHash::malformedHashes()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHash::parse(stored));
    QVERIFY(!PasswordHash::verify(u"password"_s, stored));
}

void TestPasswordHash::tamperedHashIsRefused_data()
{
    QTest::addColumn<QString>("stored");
    // The known row with one part changed: each must no longer accept "password".
    QTest::newRow("iterations changed") << u"pbkdf2-sha256$4095$c2FsdA==$xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0o="_s;
    QTest::newRow("salt changed") << u"pbkdf2-sha256$4096$c2FsdB==$xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0o="_s;
    QTest::newRow("salt changed (valid base64)")
        << u"pbkdf2-sha256$4096$c2FsdQ==$xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0o="_s;
    QTest::newRow("hash changed") << u"pbkdf2-sha256$4096$c2FsdA==$xeR41ZKIyEGqUw22hFxMjZYok6ABzk4RpJY4c6qYE0A="_s;
}

void TestPasswordHash::tamperedHashIsRefused()
{
    QFETCH(QString, stored);
    QVERIFY(!PasswordHash::verify(u"password"_s, stored));
}

void TestPasswordHash::needsRehash()
{
    QVERIFY(PasswordHash::needsRehash(PasswordHash::hash(u"password"_s, 1000)));
    QVERIFY(PasswordHash::needsRehash(u"garbage"_s));
    QVERIFY(!PasswordHash::needsRehash(PasswordHash::hashWithSalt(u"password"_s, "0123456789abcdef"_ba,
                                                                  PasswordHash::DefaultIterations)));
}

void TestPasswordHash::constantTimeEquals()
{
    QVERIFY(PasswordHash::constantTimeEquals("abc"_ba, "abc"_ba));
    QVERIFY(!PasswordHash::constantTimeEquals("abc"_ba, "abd"_ba));
    QVERIFY(!PasswordHash::constantTimeEquals("abc"_ba, "abcd"_ba));
    QVERIFY(PasswordHash::constantTimeEquals(QByteArray(), QByteArray()));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
