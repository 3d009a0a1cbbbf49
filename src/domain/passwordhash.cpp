// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordhash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace PasswordHash {

namespace {

const QString kScheme = u"pbkdf2-sha256"_s;

QByteArray randomSalt()
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < SaltBytes; i += 4) {
        const quint32 word = random->generate();
        for (int b = 0; b < 4 && i + b < SaltBytes; ++b)
            salt[i + b] = char((word >> (8 * b)) & 0xff);
    }
    return salt;
}

std::optional<QByteArray> strictBase64(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != text.toLatin1())
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyBytes)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt, iterations,
                                              quint64(keyBytes));
}

QString hashWithSalt(const QString &password, const QByteArray &salt, int iterations)
{
    iterations = std::max(iterations, 1);
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), salt, iterations, KeyBytes);
    return kScheme + u'$' + QString::number(iterations) + u'$' + QString::fromLatin1(salt.toBase64()) + u'$'
        + QString::fromLatin1(key.toBase64());
}

QString hash(const QString &password, int iterations)
{
    return hashWithSalt(password, randomSalt(), iterations);
}

std::optional<Parts> parse(const QString &stored)
{
    const QStringList fields = stored.split(u'$');
    if (fields.size() != 4 || fields[0] != kScheme)
        return std::nullopt;
    // Digits only: no sign, no spaces, no leading zero.
    const QString &count = fields[1];
    if (count.isEmpty() || count.size() > 9 || count.startsWith(u'0')
        || std::any_of(count.cbegin(), count.cend(), [](QChar c) { return c < u'0' || c > u'9'; }))
        return std::nullopt;
    Parts parts;
    parts.iterations = count.toInt();
    if (parts.iterations < 1 || parts.iterations > MaxIterations)
        return std::nullopt;
    const auto salt = strictBase64(fields[2]);
    const auto key = strictBase64(fields[3]);
    if (!salt || !key || key->size() != KeyBytes)
        return std::nullopt;
    parts.salt = *salt;
    parts.key = *key;
    return parts;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool verify(const QString &password, const QString &stored)
{
    const auto parts = parse(stored);
    if (!parts)
        return false;
    const QByteArray key = pbkdf2Sha256(password.toUtf8(), parts->salt, parts->iterations, KeyBytes);
    return constantTimeEquals(key, parts->key);
}

bool needsRehash(const QString &stored)
{
    const auto parts = parse(stored);
    return !parts || parts->iterations < DefaultIterations;
}

} // namespace PasswordHash
