// SPDX-License-Identifier: GPL-3.0-or-later
// The permission table of the roles (issue 8 item 4), row by row, and the refusal texts.
#include "domain/role.h"
#include "domain/unitdirectory.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(Grant)
Q_DECLARE_METATYPE(UnitScope)

namespace {

OrgUnit unit(const QString &code, const QString &parent = {})
{
    OrgUnit u;
    u.code = code;
    u.name = code;
    u.kind = u"xa"_s;
    u.parentCode = parent;
    return u;
}

} // namespace

class TestRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleCodes();
    void table_data();
    void table();
    void administratorMayDoEverything();
    void unitScope_data();
    void unitScope();
    void scopeFromDirectory();
    void refusals_data();
    void refusals();
    void unknownAction();
    void docsHoldTheTable();
};

void TestRole::roleCodes()
{
    QCOMPARE(Roles::codes(),
             (QStringList{u"administrator"_s, u"hr_officer"_s, u"unit_manager"_s, u"council_member"_s, u"viewer"_s}));
    for (Role r : Roles::all())
        QVERIFY(Roles::fromCode(Roles::code(r)) == r);
    QVERIFY(!Roles::fromCode(u"Administrator"_s)); // codes are exact
    QVERIFY(!Roles::fromCode(u"root"_s));
    QVERIFY(!Roles::fromCode(QString()));
}

void TestRole::table_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<Grant>("expected");

    const Role admin = Role::Administrator, hr = Role::HrOfficer, um = Role::UnitManager, council = Role::CouncilMember,
               viewer = Role::Viewer;
    auto row = [](const char *name, Role r, const char *action, Grant g) {
        QTest::newRow(name) << r << QString::fromLatin1(action) << g;
    };
    // Issue 8 item 4: "administrator, HR officer, unit manager (their units only), council member
    // (read and record review decisions), viewer".
    row("issue 8 item 4: an HR officer changes staff records", hr, Actions::StaffWrite, Grant::All);
    row("issue 8 item 4: a unit manager changes staff of their units only", um, Actions::StaffWrite, Grant::OwnUnits);
    row("issue 8 item 4: a council member does not change staff", council, Actions::StaffWrite, Grant::None);
    row("issue 8 item 4: a viewer does not change staff", viewer, Actions::StaffWrite, Grant::None);
    row("issue 8 item 4: a viewer reads", viewer, Actions::StaffRead, Grant::All);
    row("issue 8 item 4: a council member reads", council, Actions::StaffRead, Grant::All);
    row("issue 8 item 4 + ND 13/2023: a unit manager reads their units only", um, Actions::StaffRead, Grant::OwnUnits);
    row("issue 8 item 4: a council member records review decisions", council, Actions::ReviewDecide, Grant::All);
    row("issue 8 item 4: a council member closes the year", council, Actions::YearClose, Grant::All);
    row("issue 8 item 4: a unit manager does not record review decisions", um, Actions::ReviewDecide, Grant::None);
    row("issue 8 item 4: a viewer does not record review decisions", viewer, Actions::ReviewDecide, Grant::None);
    row("issue 8 item 4: a council member does not enter evaluations", council, Actions::EvaluationWrite, Grant::None);
    row("issue 8 item 4: a unit manager enters evaluations of their units", um, Actions::EvaluationWrite,
        Grant::OwnUnits);
    row("issue 8 item 4 + ND 90/2020: a unit manager decides evaluations of their units", um,
        Actions::EvaluationDecide, Grant::OwnUnits);
    row("issue 8 item 4: an HR officer records discipline", hr, Actions::DisciplineWrite, Grant::All);
    row("issue 8 item 4: a unit manager does not record discipline", um, Actions::DisciplineWrite, Grant::None);
    row("issue 8 item 4: a unit manager records culture checks of their units", um, Actions::CultureWrite,
        Grant::OwnUnits);
    row("issue 8 item 4: a unit manager plans training of their units", um, Actions::TrainingWrite, Grant::OwnUnits);
    row("issue 8 item 4: a unit manager does not change units", um, Actions::UnitWrite, Grant::None);
    row("issue 8 item 4: a unit manager does not import", um, Actions::Import, Grant::None);
    row("issue 8 item 4: an HR officer imports", hr, Actions::Import, Grant::All);
    row("issue 8 item 6 + ND 13/2023: an HR officer exports personal data", hr, Actions::ExportPersonal, Grant::All);
    row("issue 8 item 6 + ND 13/2023: a unit manager exports their units only", um, Actions::ExportPersonal,
        Grant::OwnUnits);
    row("issue 8 item 6 + ND 13/2023: a council member does not export personal data", council,
        Actions::ExportPersonal, Grant::None);
    row("issue 8 item 6 + ND 13/2023: a viewer does not export personal data", viewer, Actions::ExportPersonal,
        Grant::None);
    row("issue 8 item 5 + ND 13/2023: an HR officer reads the audit trail", hr, Actions::AuditRead, Grant::All);
    row("issue 8 item 5 + ND 13/2023: a viewer does not read the audit trail", viewer, Actions::AuditRead,
        Grant::None);
    row("issue 8 item 4: only an administrator manages users (HR officer)", hr, Actions::UserManage, Grant::None);
    row("issue 8 item 4: only an administrator manages users (administrator)", admin, Actions::UserManage,
        Grant::All);
    row("issue 8 item 4: only an administrator changes settings", hr, Actions::SettingsWrite, Grant::None);
}

void TestRole::table()
{
    QFETCH(Role, role);
    QFETCH(QString, action);
    QFETCH(Grant, expected);
    QVERIFY(Permissions::isKnownAction(action));
    QCOMPARE(Permissions::grant(role, action), expected);
}

void TestRole::administratorMayDoEverything()
{
    QCOMPARE(Permissions::actions().size(), 16);
    for (const QString &action : Permissions::actions()) {
        QCOMPARE(Permissions::grant(Role::Administrator, action), Grant::All);
        QVERIFY(Permissions::allows(Role::Administrator, action, UnitScope::office()));
    }
    // Nothing but reading is open to a viewer.
    for (const QString &action : Permissions::actions())
        QCOMPARE(Permissions::allows(Role::Viewer, action, UnitScope::office()), action == "staff.read"_L1);
}

void TestRole::unitScope_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<UnitScope>("scope");
    QTest::addColumn<bool>("allowed");

    const QString ev = QString::fromLatin1(Actions::EvaluationWrite);
    QTest::newRow("issue 8 item 4: unit manager, own unit") << Role::UnitManager << ev
                                                            << UnitScope::unit(u"X01"_s, true) << true;
    QTest::newRow("issue 8 item 4: unit manager, another unit") << Role::UnitManager << ev
                                                                << UnitScope::unit(u"X02"_s, false) << false;
    QTest::newRow("issue 8 item 4: unit manager, office-wide") << Role::UnitManager << ev << UnitScope::office()
                                                               << false;
    QTest::newRow("HR officer, any unit") << Role::HrOfficer << ev << UnitScope::unit(u"X02"_s, false) << true;
    QTest::newRow("HR officer, office-wide") << Role::HrOfficer << ev << UnitScope::office() << true;
    QTest::newRow("viewer, own unit still read only") << Role::Viewer << ev << UnitScope::unit(u"X01"_s, true)
                                                      << false;
}

void TestRole::unitScope()
{
    QFETCH(Role, role);
    QFETCH(QString, action);
    QFETCH(UnitScope, scope);
    QFETCH(bool, allowed);
    QCOMPARE(Permissions::allows(role, action, scope), allowed);
    QCOMPARE(Permissions::refusal(role, action, scope).isEmpty(), allowed);
}

void TestRole::scopeFromDirectory()
{
    // A town, a commune under it, a hamlet office under the commune, and another commune.
    const UnitDirectory dir({unit(u"T"_s), unit(u"X01"_s, u"T"_s), unit(u"X01A"_s, u"X01"_s), unit(u"X02"_s, u"T"_s)});
    QVERIFY(UnitScope::of(dir, u"X01"_s, u"X01"_s).inUserUnits);
    QVERIFY(UnitScope::of(dir, u"X01"_s, u"X01A"_s).inUserUnits); // sub-units too
    QVERIFY(!UnitScope::of(dir, u"X01"_s, u"X02"_s).inUserUnits);
    QVERIFY(!UnitScope::of(dir, u"X01"_s, u"T"_s).inUserUnits);   // not the parent
    QVERIFY(!UnitScope::of(dir, QString(), u"X01"_s).inUserUnits); // no unit: no scope
    QVERIFY(UnitScope::of(dir, u"X01"_s, QString()).unitCode.isEmpty());
}

void TestRole::refusals_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<UnitScope>("scope");
    QTest::addColumn<QString>("reason");

    QTest::newRow("issue 8 item 4: viewer") << Role::Viewer << u"staff.write"_s << UnitScope::office()
                                            << u"a viewer may not change staff records"_s;
    QTest::newRow("issue 8 item 4: HR officer, users") << Role::HrOfficer << u"user.manage"_s << UnitScope::office()
                                                       << u"an HR officer may not manage users"_s;
    QTest::newRow("issue 8 item 6 + ND 13/2023: council, export")
        << Role::CouncilMember << u"export.personal"_s << UnitScope::office()
        << u"a council member may not export personal data"_s;
    QTest::newRow("issue 8 item 4: unit manager, office-wide")
        << Role::UnitManager << u"evaluation.write"_s << UnitScope::office()
        << u"a unit manager may enter evaluations only in their own unit and its sub-units"_s;
    QTest::newRow("issue 8 item 4: unit manager, other unit")
        << Role::UnitManager << u"staff.write"_s << UnitScope::unit(u"X02"_s, false)
        << u"a unit manager may change staff records only in their own unit and its sub-units, and X02 is not one "
           "of them"_s;
}

void TestRole::refusals()
{
    QFETCH(Role, role);
    QFETCH(QString, action);
    QFETCH(UnitScope, scope);
    QFETCH(QString, reason);
    QVERIFY(!Permissions::allows(role, action, scope));
    QCOMPARE(Permissions::refusal(role, action, scope), reason);
}

void TestRole::unknownAction()
{
    QVERIFY(!Permissions::isKnownAction(u"staff.delete_everything"_s));
    QCOMPARE(Permissions::grant(Role::Administrator, u"staff.delete_everything"_s), Grant::None);
    QVERIFY(!Permissions::allows(Role::Administrator, u"staff.delete_everything"_s, UnitScope::office()));
    QCOMPARE(Permissions::refusal(Role::Administrator, u"nope"_s, UnitScope::office()), u"unknown action \"nope\""_s);
}

void TestRole::docsHoldTheTable()
{
    QFile doc(QStringLiteral(CONGVU_SOURCE_DIR) + u"/docs/users-and-roles.md"_s);
    QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
    const QString text = QString::fromUtf8(doc.readAll());
    const QString table = Permissions::markdownTable();
    if (!text.contains(table))
        qWarning().noquote() << "docs/users-and-roles.md must hold this table:\n" << table;
    QVERIFY(text.contains(table));
}

QTEST_GUILESS_MAIN(TestRole)
#include "tst_role.moc"
