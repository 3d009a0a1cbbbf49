// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * Salted password hashes (issue 8 item 4): PBKDF2-HMAC-SHA256 with a random 16-byte salt and at
 * least 210,000 iterations (the OWASP Password Storage Cheat Sheet figure), stored as
 * `pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>`. A password is never stored or logged.
 * Pure apart from the system random generator (the salt) and QtNetwork's PBKDF2.
 */
namespace PasswordHash {

/** The iterations of a new hash (OWASP 2023 for PBKDF2-HMAC-SHA256). */
inline constexpr int DefaultIterations = 210000;
/** Bytes of salt and of derived key. */
inline constexpr int SaltBytes = 16;
inline constexpr int KeyBytes = 32;
/** Iterations a stored hash may claim at most (a tampered huge count must not hang a login). */
inline constexpr int MaxIterations = 10000000;

/** A stored hash taken apart. */
struct Parts
{
    int iterations = 0;
    QByteArray salt;
    QByteArray key;
};

/** PBKDF2-HMAC-SHA256 of password (UTF-8 bytes) with salt; keyBytes long. */
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int keyBytes);

/** A new stored hash of password with a fresh random salt. iterations below 1 are raised to 1. */
QString hash(const QString &password, int iterations = DefaultIterations);
/** The stored hash of password with this salt (tests and re-hashing; new passwords use hash()). */
QString hashWithSalt(const QString &password, const QByteArray &salt, int iterations);

/** The parts of a stored hash; nullopt when it is not in the format above (or claims 0 or too many iterations). */
std::optional<Parts> parse(const QString &stored);

/** True when password matches stored; false for a wrong password or a malformed stored hash. Constant-time compare. */
bool verify(const QString &password, const QString &stored);

/** True when stored was made with fewer iterations than DefaultIterations (or is malformed). */
bool needsRehash(const QString &stored);

/** Compares two byte strings in time that depends only on their lengths. */
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace PasswordHash
