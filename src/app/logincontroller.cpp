// SPDX-License-Identifier: GPL-3.0-or-later
#include "logincontroller.h"

#include "services/userservice.h"
#include "storage/database.h"

LoginController *LoginController::s_instance = nullptr;

LoginController::LoginController(Database &db, UserService &users, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_users(users)
{
}

LoginController::~LoginController()
{
    if (s_instance == this)
        s_instance = nullptr;
}

LoginController *LoginController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void LoginController::setInstance(LoginController *instance)
{
    s_instance = instance;
}

QString LoginController::databasePath() const
{
    return m_db.path();
}

QString LoginController::version()
{
    return QStringLiteral(CONGVU_VERSION);
}

bool LoginController::logIn(const QString &name, const QString &password)
{
    const AuthResult result = m_users.logIn(name.trimmed(), password);
    if (!result.ok()) {
        m_error = result.error;
        emit errorChanged();
        return false;
    }
    m_userName = result.user->name;
    if (!m_error.isEmpty()) {
        m_error.clear();
        emit errorChanged();
    }
    emit loggedIn();
    return true;
}

void LoginController::cancel()
{
    emit cancelled();
}
