// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

class Database;
class UserService;

/**
 * Đăng nhập: the log-in window's one controller (issue 8 item 4). Once roles are on (always the case
 * on a set-up shared server), every session of the window logs in before the office opens; the
 * password is checked by UserService (PBKDF2), and the user becomes the database session's user,
 * whom the services' permission checks and the audit trail name. Built by main.cpp before the main
 * window, handed to QML as a singleton.
 */
class LoginController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** Where the office is: the file, or the server URL without any password. */
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    /** Why the last attempt failed (translated); empty before one and after a success. */
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    LoginController(Database &db, UserService &users, QObject *parent = nullptr);
    ~LoginController() override;

    static LoginController *create(QQmlEngine *, QJSEngine *);
    static void setInstance(LoginController *instance);

    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] static QString version();
    /** The user who logged in; empty until then. */
    [[nodiscard]] const QString &userName() const { return m_userName; }

    /** Checks name and password; on success the session is theirs and loggedIn() follows. */
    Q_INVOKABLE bool logIn(const QString &name, const QString &password);
    /** The user gave up (closed the window): cancelled() follows. */
    Q_INVOKABLE void cancel();

signals:
    void errorChanged();
    void loggedIn();
    void cancelled();

private:
    Database &m_db;
    UserService &m_users;
    QString m_error;
    QString m_userName;
    static LoginController *s_instance;
};
