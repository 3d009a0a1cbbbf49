<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessControl</name>
    <message>
        <source>the user %1 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles are on: log in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 file, %2 reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <extracomment>%n people, %1 the file written</extracomment>
        <translation>
            <numerusform>%n person written to %1.</numerusform>
            <numerusform>%n people written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the user name, %2 their role (&quot;lan — HR officer&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePreview</name>
    <message>
        <source>The archive is refused: %1. Nothing can be imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive of %1 (%2), closed: %3; written by CongVu %4 on %5%6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by the import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left open here because of conflicts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the value here is kept, the archive&apos;s is not imported.</source>
        <extracomment>%n is the number of conflicting values</extracomment>
        <translation>
            <numerusform>%n conflict: the value here is kept, the archive&apos;s is not imported.</numerusform>
            <numerusform>%n conflicts: the value here is kept, the archive&apos;s is not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3: here “%4”, in the archive “%5”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept and import (%n record(s))</source>
        <extracomment>%n records would be written</extracomment>
        <translation>
            <numerusform>Accept and import (%n record)</numerusform>
            <numerusform>Accept and import (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <source>cannot read this database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, with conflicts in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database changed since the preview: preview the archive again (nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive was not imported (nothing written): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ND 335 period scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discipline decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year: give at least one year to archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year: %1 is not a year from 2000 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit: no unit has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <source>%1 is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the filter before exporting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <extracomment>%n is the number of rows, %1 a file path</extracomment>
        <translation>
            <numerusform>%n change written to %1.</numerusform>
            <numerusform>%n changes written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <extracomment>%n is the number of audit rows that match the filter</extracomment>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditHeader</name>
    <message>
        <source>When</source>
        <comment>@title:column audit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <comment>@title:column audit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>@title:column audit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <comment>@title:column audit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <comment>@title:column audit</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Added</source>
        <comment>@item:audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>@item:audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>@item:audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>@item:audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <comment>@item:audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>@item:audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <comment>@item:audit action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent-cap exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <extracomment>the page of the change log (Vietnamese: &quot;Nhật ký thay đổi&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what and when. Read only (ND 13/2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, code, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <extracomment>%n is the number of changes that match the filter</extracomment>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>No change matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made in CongVu appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see the record before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3, %4, by %5</source>
        <extracomment>%1 action, %2 kind of record, %3 its key, %4 when, %5 who, e.g. &quot;Changed: Person SG-0026, 27/11/2026 10:11, by app:lan&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected vi or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;congvu --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] init
Creates the database, or upgrades it to this program&apos;s schema.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] demo [--staff N] [--seed S]
Fills an empty database with the demo office of thị xã Phước Long (same seed, same data).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--staff must be a number from 1 to 2000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is not empty: demo data goes only into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo office written to %1: %n people.</source>
        <translation>
            <numerusform>Demo office written to %1: %n person.</numerusform>
            <numerusform>Demo office written to %1: %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs what to import (units or staff) and a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import %1 needs exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2 (nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected. Nothing was written (--dry-run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was written.</source>
        <translation>
            <numerusform>%n row rejected: nothing was written.</numerusform>
            <numerusform>%n rows rejected: nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected json, csv, pdf or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF is not shown on a terminal: give -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 does not exist on %2 and has no successor then: no unit is in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualification report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report culture --year Y [--quarter 1-4] [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
Compliance with the public-service culture checklist (QĐ 1847/QĐ-TTg) in the year Y or
one of its quarters: per unit inspected, per person, by item, and the violations log.
Civil servants get the culture part of the ND 335 general-criteria points from 2026.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report culture needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year from 2000 to 2100, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The culture report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report discipline --year Y [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
The discipline decisions taking effect in the year Y (2015-2100): per unit the number by
form and whether nobody received a reprimand or heavier (the reform target); per person
each decision with the date its bars on promotion, appointment, planning and training lift.
People of merged units count in their successor on 31/12 of Y.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report discipline needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year from 2015 to 2100, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discipline report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report evaluations --year Y [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
       congvu [--db FILE] report evaluations --year Y --staff CODE --format pdf -o FILE
The evaluation levels of the year Y (2015-2100) per unit and task group, with the cap on
&quot;excellent&quot; (20% of &quot;good&quot;, 25% for a unit with a recorded exception), and per person
whether they are rated, the highest level the rules allow, the level of the score and the
flags (short_service, absence_cap, disciplined, above_max_level, score_mismatch,
second_consecutive_khong_hoan_thanh). People of merged units count in their successor on
31/12 of Y.
The PDF is the summary of the units as a report to file; with --staff CODE it is that
person&apos;s evaluation form of Y (Decree 90/2020 forms 01/02/03, with the score for civil
servants from 2026), blank where nothing is recorded.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report evaluations needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--staff prints the person&apos;s evaluation form, which is a PDF: give --format pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--staff and --unit cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] evaluation-cap --year Y [--format json|table]
       congvu [--db FILE] evaluation-cap --year Y --rate R
       congvu [--db FILE] evaluation-cap --year Y --unit CODE --exception DECISION_NO
                                         [--reason TEXT]
       congvu [--db FILE] evaluation-cap --year Y --unit CODE --remove-exception
The cap on &quot;excellent&quot; in the evaluations of the year Y (2015-2100): at most the rate
times the number of &quot;good&quot; in each unit and task group (report evaluations).
Without --rate or --unit, shows the year&apos;s rate and the units with a recorded exception
(--format defaults to a table on a terminal and json otherwise).
--rate R sets the year&apos;s rate: a share from 0 to 1 (0.2, or 0,2) or a percentage
(20%), rounded to 0.1%; the default is 0.2.
--unit CODE --exception DECISION_NO records that the unit was recognised as outstanding
by the decision DECISION_NO, so that it may go up to 25% in Y; recording it again
replaces the decision and reason. --remove-exception removes it.
One change per run; every change is in the audit trail.
Exit codes: 0 done, 2 invalid value (nothing written), 3 database error, 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation-cap needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate cannot be combined with --exception or --remove-exception: make one change per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exception and --remove-exception cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exception needs --unit CODE, the unit recognised as outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove-exception needs --unit CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit needs --exception DECISION_NO or --remove-exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason goes with --exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format applies to showing the cap, not to a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected json or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: give a share from 0 to 1 such as 0.2, or a percentage such as 20%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on &quot;excellent&quot; in %1: %2 of &quot;good&quot; per unit and task group (default %3).</source>
        <extracomment>%1 year, %2 rate such as 20%, %3 default rate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit has an exception (%1) recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units recognised as outstanding (up to %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exception is recorded for %1 in %2: nothing to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap on &quot;excellent&quot; in %1 is now %2 of &quot;good&quot;.</source>
        <extracomment>%1 year, %2 rate such as 20%</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 may rate up to %4 of &quot;good&quot; as &quot;excellent&quot; in %2 (decision %3).</source>
        <extracomment>%1 unit code, %2 year, %3 decision number, %4 rate such as 25%</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the exception of %1 for %2.</source>
        <extracomment>%1 unit code, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] import units|staff|evaluations|discipline|culture|training FILE [--dry-run] [--skip-invalid]
Imports a CSV or XLSX file (staff also JSON from export staff). Nothing is written when a row
is invalid, unless --skip-invalid is given; every problem is printed as
FILE:LINE: COLUMN: reason.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import &quot;%1&quot; (expected units, staff, evaluations, discipline, culture or training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs what to report (qualification, evaluations, discipline, culture or training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot; (expected qualification, evaluations, discipline, culture or training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report qualification [--as-of DATE] [--unit CODE] [--projected]
                             [--format json|csv|pdf|table] [-o FILE]
The rate of commune-level cadres and civil servants (cb_xa, cc_xa) meeting the standards
of their title on DATE (YYYY-MM-DD, default today), for every commune-level unit or for
the units under CODE. People of merged units count in their successor.
--projected counts the planned, enrolled and attending training enrolments that end by
DATE as completed (the training plan&apos;s projection).
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report training --year Y [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
The training of the year Y (2015-2100): the year&apos;s plans, the enrolments in them and those
outside any plan starting in Y, and per unit the budget against the cost planned (every
enrolment not dropped) and spent (enrolled, attending or completed), in VND. The PDF is the
plan to hand to the People&apos;s Committee. People of merged units count in their successor on
31/12 of Y.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report training needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] archive export --year Y [--year Y2 ...] [--unit CODE] -o FILE
       congvu archive verify FILE
       congvu [--db FILE] archive import FILE [--dry-run]
A closed-year archive (.cvarchive) holds the records of years: units, staff, evaluations
(with forms and ND 335 period scores), discipline decisions, the review&apos;s decisions and
meetings, closed years and the settings that change results. It is self-contained and
carries a SHA-256 of its content: verify refuses any altered byte.
export: every unit, or --unit CODE and its sub-units (a commune sends its records to
the office); -o - writes to standard output. A year that is not closed is exported
with a warning.
import: adds what this database lacks and completes what it holds without
contradicting it; a record with a different value here is a conflict: reported, never
overwritten. The archive&apos;s closed years are closed here when nothing in them
conflicts. Importing the same archive again changes nothing. --dry-run writes nothing.
Exit codes: 0 done (also with conflicts), 2 file refused or invalid value (nothing
written), 3 database error, 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive verify needs one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CongVu archive, format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum: OK (SHA-256 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years: %1 (closed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by CongVu %1 on %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive export needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive export needs -o FILE (- for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: year %1 is not closed: its records may still change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive import needs a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: years %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 changed, %4 unchanged, %5 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1 %2: %3: here &quot;%4&quot;, in the archive &quot;%5&quot; (kept as here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is closed by the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 stays open here: it has conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing written (%n record(s) would be written).</source>
        <translation>
            <numerusform>Dry run: nothing written (%n record would be written).</numerusform>
            <numerusform>Dry run: nothing written (%n records would be written).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: this database already holds the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written.</source>
        <translation>
            <numerusform>%n record written.</numerusform>
            <numerusform>%n records written.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown archive command %1 (export, verify or import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
Writes the evaluations of the year Y (2015-2100), of the unit CODE and its sub-units (people
of merged units count in their successor on 31/12 of Y) or of everyone, in the columns
import evaluations reads: importing the file back changes nothing. xlsx is an Excel
workbook with the same columns on its first sheet; it needs -o FILE on a terminal.
--format defaults to xlsx for a FILE ending in .xlsx, else csv.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export evaluations needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv or xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n evaluation</numerusform>
            <numerusform>%n evaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs what to export (staff or evaluations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] export staff [--format csv|json|xlsx] [-o FILE]
       congvu [--db FILE] export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
Writes every person (or the evaluations of a year) in the format import reads back unchanged.
xlsx is an Excel workbook with the CSV&apos;s columns on its first sheet; it needs -o FILE on a
terminal. --format defaults to xlsx for a FILE ending in .xlsx, else csv.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot; (expected staff or evaluations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv, json or xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Excel workbook is not shown on a terminal: give -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review close needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review reopen needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review reopen needs --reason TEXT: reopening a closed year is audited with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is closed: its evaluations, discipline decisions and review decisions are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review decide needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review decide needs --unit CODE, the unit whose council decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review decide needs --award A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FOR/AGAINST/ABSTAIN: give three whole numbers such as 7/0/1 (empty = not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 for %2: %3 (%4).</source>
        <extracomment>%1 award, %2 person or unit, %3 outcome, %4 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review needs --year Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected json, pdf or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] review --year Y [--unit CODE] [--format json|pdf|table] [-o FILE]
                  [--document eligibility|minutes|decisions]
       congvu [--db FILE] review close --year Y [--note TEXT]
       congvu [--db FILE] review reopen --year Y --reason TEXT
       congvu [--db FILE] review decide --year Y --unit CODE [--staff CODE] --award A
                  [--outcome proposed|approved|rejected] [--votes FOR/AGAINST/ABSTAIN]
                  [--decision-no N] [--decision-date YYYY-MM-DD] [--note TEXT]
The year-end emulation review of the year Y (2015-2100): per person, whether the rules make
them eligible for &quot;Lao dong tien tien&quot; and &quot;Chien si thi dua co so&quot; and why; per unit, the
members&apos; condition of the collective title, the cap if one is set, the council&apos;s decisions
and the discipline of the year to note. The PDF is the eligibility list for the council;
with --document minutes or decisions and --unit, that unit&apos;s minutes (bien ban) of the
council&apos;s meeting or the list of its approved awards.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
close locks the year&apos;s evaluations, discipline decisions and review decisions; reopen
unlocks it and needs a reason; both are in the audit trail.
decide records the council&apos;s decision on an award (lao_dong_tien_tien,
chien_si_thi_dua_co_so, giay_khen, bang_khen for a person given by --staff;
tap_the_lao_dong_tien_tien for the unit itself). Approving what the rules refuse needs --note.
Exit codes: 0 done, 2 invalid value or closed year (nothing written), 3 database error,
64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (expected eligibility, minutes or decisions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document %1 is a PDF of one unit: it needs --format pdf and --unit CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody of unit %1 is evaluated in %2: there is nothing for its council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] audit [--staff CODE] [--unit CODE] [--user NAME] [--entity KIND]
                   [--from DATE] [--to DATE] [--text WORDS] [--format csv|json|table] [-o FILE]
The audit trail: who changed what and when, with the record before and after, newest first.
--staff: changes of the person and their records; --unit: of the unit and its people;
--user: the actor (cli:NAME, app:NAME or NAME); --entity: staff, org_unit, evaluation, ...;
--from/--to: days YYYY-MM-DD, both included; --text: words matched without diacritics.
The trail cannot be edited or deleted. The output holds personal data (ND 13/2023/ND-CP):
a file is written readable by its owner only.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv, json or table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user command &quot;%1&quot; (expected add, passwd, role, deactivate, list or roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs the user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs --role ROLE (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role and --unit go with user add and user role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--full-name goes with user add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format goes with user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user roles needs --enable or --disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enable and --disable go with user roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are off (everyone may do everything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet: congvu user add NAME --role administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as %1 needs that user&apos;s password in the environment variable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are on: every change is checked against the user&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are off: everyone may do everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are on: act as an administrator with --as USER and CONGVU_AS_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE|URL] [--lang vi|en] [COMMAND ...]

Without a command, opens the CongVu window on the database.

Commands:
  init                          create or upgrade the database
  demo [--staff N] [--seed S]   fill an empty database with the demo office
  import units FILE             import org units (CSV, XLSX)
  import staff FILE             import staff (CSV, XLSX, JSON)
  import evaluations FILE       import annual evaluations (CSV, XLSX)
  import discipline FILE        import discipline decisions (CSV, XLSX)
  import culture FILE           import public-service culture inspections (CSV, XLSX)
  import training FILE          import training plans and enrolments (CSV, XLSX)
        [--dry-run] [--skip-invalid]
  export staff [--format csv|json|xlsx] [-o FILE]
  export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
                                what import reads back unchanged; xlsx: an Excel workbook
  report qualification [--as-of DATE] [--projected] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                commune-level qualification rate; --projected counts the planned
                                training ending by DATE as completed
  report evaluations --year Y [--unit CODE | --staff CODE] [--format json|csv|pdf|table] [-o FILE]
                                levels per unit and task group, the cap and per-person flags;
                                with --staff, the person&apos;s evaluation form (PDF)
  evaluation-cap --year Y [--rate R | --unit CODE --exception DECISION_NO [--reason TEXT]
                 | --unit CODE --remove-exception] [--format json|table]
                                show or set the year&apos;s cap on excellent (default 0.2) and the
                                units&apos; 25% exceptions
  report discipline --year Y [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                decisions, bars and the per-unit target of the year
  report culture --year Y [--quarter Q] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                public-service culture compliance
  report training --year Y [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                the year&apos;s training plans, enrolments and budget per unit
  review --year Y [--unit CODE] [--format json|pdf|table] [-o FILE]
                                emulation-title eligibility with reasons; also review close,
                                review reopen and review decide (congvu review --help)
  archive export --year Y [--year Y2 ...] [--unit CODE] -o FILE
  archive verify FILE
  archive import FILE [--dry-run]
                                closed-year archives (.cvarchive): export, check, import with
                                conflicts reported (congvu archive --help)
  audit [--staff CODE] [--unit CODE] [--user NAME] [--from DATE] [--to DATE]
        [--format csv|json|table] [-o FILE]
                                the audit trail: who changed what and when, before and after
                                (read only; congvu audit --help)
  user add|passwd|role|deactivate|list|roles ...
                                users and roles of a shared office; passwords from standard
                                input or CONGVU_PASSWORD (congvu user --help)
  migrate --to URL              copy this office into an empty PostgreSQL database (verified)

Options:
  --db FILE|URL        the database (default: congvu.sqlite in the application data folder;
                       also the CONGVU_DB environment variable); a shared office&apos;s server:
                       postgresql://user@host:port/dbname (password from PGPASSWORD or
                       ~/.pgpass, never in the URL)
  --lang vi|en         language of messages (default: vi)
  --screenshot FILE    open the window, save it as PNG to FILE and exit
  --page NAME          with --screenshot: dashboard, staff, units, evaluations,
                       discipline, culture, training, review, import, settings,
                       audit
  --help, --version

FILE may be - for standard input or output.
Exit codes: 0 done, 2 invalid input (nothing written), 3 database error, 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE|URL] migrate --to URL [--format table|json]
Copies the office from its database (--db) into an empty one, typically from the SQLite file
to a PostgreSQL server: --to postgresql://user@host:port/dbname (password from PGPASSWORD
or ~/.pgpass). --to may also be a SQLite file that does not exist yet or is empty.
Every table is copied with its ids in one transaction, then read back and compared with
the source (row count and SHA-256 checksum); any difference writes nothing.
A target that already holds data is refused, and left as it was.
--format defaults to a table on a terminal and json otherwise.
Exit codes: 0 copied and verified; 2 target not empty, verification failed, or the target
is the source; 3 a database cannot be opened or written; 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate needs --to URL: the empty database to copy the office into, e.g. postgresql://user@host:5432/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the %1 rows of the %2 tables read back from %3 with the same counts and checksums as in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office now works on: congvu --db %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] user add NAME --role ROLE [--unit CODE] [--full-name TEXT] [--as USER]
       congvu [--db FILE] user passwd NAME [--as USER]
       congvu [--db FILE] user role NAME --role ROLE [--unit CODE] [--as USER]
       congvu [--db FILE] user deactivate NAME [--as USER]
       congvu [--db FILE] user list [--format json|table]
       congvu [--db FILE] user roles --enable|--disable [--as USER]
The users of a shared office and their roles (docs/users-and-roles.md).
ROLE: administrator, hr_officer, unit_manager (needs --unit: their unit and its sub-units),
council_member, viewer.
The new password (at least 10 characters) is read from the environment variable
CONGVU_PASSWORD, else from the first line of standard input; never from an argument.
Users are never deleted (the audit trail names them): deactivate them instead.
Roles are off on a new office; --enable needs an active administrator. Once roles are on,
only an administrator manages users: give --as USER, with that user&apos;s password in
CONGVU_AS_PASSWORD (a user may change their own password with --as themselves).
Exit codes: 0 done, 2 invalid (nothing written), 3 database error, 64 usage error,
77 refused by the role of the --as user (or the log-in failed).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no office database at %1 to log in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles are on: act as a user with --as USER and CONGVU_AS_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary (9/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary (12/12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elementary political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bachelor of political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune civil servant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time commune worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District / town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party Committee Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy Party Committee Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the People&apos;s Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chair of the People&apos;s Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chair of the People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the Fatherland Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary of the Youth Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the Women&apos;s Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the Farmers&apos; Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of the Veterans&apos; Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military Command Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land administration, construction and environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance and accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justice and civil status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture and social affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary step demotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demotion in post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced dismissal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal by the electing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spirit and attitude at work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication and conduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethics and lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent completion of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good completion of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership and management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National defence and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degree programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>unknown column &quot;%1&quot;; expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column %1 (%2) is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommuneRateChart</name>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <extracomment>%1 is the person&apos;s full name, %2 their staff code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a text (CSV) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1)</source>
        <extracomment>%1 is the hexadecimal value of the first byte that is not UTF-8, e.g. E9</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starting on this line has no closing quote (&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureChecklist</name>
    <message>
        <source>The items come from QĐ 1847/QĐ-TTg, QĐ 129/2007/QĐ-TTg, Chỉ thị 26/CT-TTg and the codes of conduct of the Ministry of Home Affairs. A retired item is no longer offered but stays in the inspections that used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <extracomment>%1 is the item&apos;s text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the items an inspector checks for each person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureCompliance</name>
    <message>
        <source>Compliance, %1</source>
        <extracomment>%1 is the period (year 2026, quarter 1/2026)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection in %1.</source>
        <extracomment>%1 is the period (year 2026, quarter 1/2026)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance is the share of checks passed in the inspections of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ND 335/2025: culture points of civil servants (from 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-service culture is scored within the 30 general-criteria points of ND 335/2025. The law does not fix how many of the 30 points culture gets: this is an office setting, to be checked against the office&apos;s own evaluation rules (UNSURE). Points = setting × checks passed ÷ checks in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture counts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the 30 general-criteria points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was inspected in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureController</name>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a decision number, %2 the discipline form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision #%1</source>
        <extracomment>%1 is the id of a discipline decision</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter %1/%2</source>
        <extracomment>%1 is the quarter (1–4), %2 the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This inspection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Inspection of %1 saved: %n breach(es) recorded.</source>
        <extracomment>%1 is the date of the inspection, %n the number of breaches recorded</extracomment>
        <translation>
            <numerusform>Inspection of %1 saved: %n breach recorded.</numerusform>
            <numerusform>Inspection of %1 saved: %n breaches recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inspection was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The violation was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discipline case can only start from a confirmed violation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was saved but not linked to the violation: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The culture points were not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture counts for %1 of the 30 general-criteria points.</source>
        <extracomment>%1 is a number of points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The culture report was written to %1.</source>
        <extracomment>%1 is the path of the PDF file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist item was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureGridModel</name>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureGridRow</name>
    <message>
        <source>N/A</source>
        <comment>not applicable, short</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureInspectionEditor</name>
    <message>
        <source>Edit inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <extracomment>%n is the number of cells marked as a breach so far</extracomment>
        <translation>
            <numerusform>%n breach</numerusform>
            <numerusform>%n breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <extracomment>%n is the number of people in the grid</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the inspection (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the item&apos;s number, %2 its text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of this unit is in service on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid lists the unit&apos;s people in service on the inspection date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the unit and the date of the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>%1 is a person, %2 a checklist item, %3 the result (đạt, vi phạm, …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the breach? (Enter to go back to the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this cell (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move · Space: passed ↔ breach · N: not applicable · Enter: note · Ctrl+S: save · Esc: cancel. ★ leaders only (— for others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The marks entered in the grid are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureInspectionList</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the inspection of %1 at %2? Violations it found stay in the log.</source>
        <extracomment>%1 is the date, %2 the unit of the inspection</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection recorded in %1 yet.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the inspector saw for each person and checklist item (QĐ 1847/QĐ-TTg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureInspectionRow</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureItemDialog</name>
    <message>
        <source>New checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item (Vietnamese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. QĐ 129/2007/QĐ-TTg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to leaders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CulturePage</name>
    <message>
        <source>Public-service culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QĐ 1847/QĐ-TTg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Violations log (%n)</source>
        <extracomment>%n is the number of violations in the log</extracomment>
        <translation>
            <numerusform>Violations log (%n)</numerusform>
            <numerusform>Violations log (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the culture report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CulturePdf</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: ……/BC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON THE PUBLIC-SERVICE CULTURE OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1: from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: Decision 1847/QĐ-TTg of 27/12/2018 on the public-service culture project; Decision 129/2007/QĐ-TTg; Directive 26/CT-TTg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections: &lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; unit(s); people inspected: &lt;b&gt;%3&lt;/b&gt;; checks: &lt;b&gt;%4&lt;/b&gt;, passed: &lt;b&gt;%5&lt;/b&gt;, breaches: &lt;b&gt;%6&lt;/b&gt;; compliance rate: &lt;b&gt;%7&lt;/b&gt;; confirmed violations: &lt;b&gt;%8&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For civil servants, the public-service culture counts for %1 of the 30 general-criteria points (Decree 335/2025/NĐ-CP, from 2026; the split of the 30 points is a local setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. Compliance by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. Breaches by checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* leaders only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. Violations log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-service culture, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureService</name>
    <message>
        <source>the unit is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspection date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspector is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checklist item is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown checklist item &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person and item are already on line %1 for this inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the culture records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item code must be 1 to 64 lower-case letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Vietnamese wording is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the checklist item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown checklist item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded twice for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this unit already has an inspection by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inspection %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the inspection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the inspection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the culture points must be between 0 and 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the violation is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the violation %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the violation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discipline case was started from this violation: its status can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a confirmed violation can lead to a discipline case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureText</name>
    <message>
        <source>Public-service culture (QĐ 1847/QĐ-TTg), %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violations log:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureViolationLog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item and description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No violation recorded in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches marked in an inspection appear here, to be confirmed or dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CultureViolationRow</name>
    <message>
        <source>Decision: %1</source>
        <extracomment>%1 is the discipline decision started from the violation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start discipline case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every category, every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune-level staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in communes, wards and towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or choose another date: no one was in service on this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a unit to see its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff yet — import a staff file on the Import page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people meet the standard of their title on %3.</source>
        <extracomment>%1 qualified people, %2 counted people, %3 the date (DD/MM/YYYY)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people still to qualify</source>
        <translation>
            <numerusform>%Ln person still to qualify</numerusform>
            <numerusform>%Ln people still to qualify</numerusform>
        </translation>
    </message>
    <message>
        <source>Each must meet the standard of their title before %1 (ND 33/2023 deadline).</source>
        <extracomment>%1 is the legal deadline, DD/MM/YYYY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <extracomment>%1 is a requirement, e.g. &quot;Political theory&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people do not meet this requirement on %1.</source>
        <extracomment>%1 is the date, DD/MM/YYYY</extracomment>
        <translation>
            <numerusform>%Ln person does not meet this requirement on %1.</numerusform>
            <numerusform>%Ln people do not meet this requirement on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open the database %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CongVu database (it has tables but no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this program supports (%3): install a newer CongVu to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the shipped title standards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the shipped title standards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the shipped culture checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the shipped culture checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the shipped training catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: not a valid server address (expected postgresql://user@host:port/dbname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: do not put the password in the address; set PGPASSWORD or use ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database %1: the PostgreSQL driver of Qt (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the foreign keys of the tables form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is not empty: it has the table %2 and is not a CongVu database; migrate into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is not empty: it holds a CongVu database of schema version %2 (this program writes version %3); migrate into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the table %1 of the target %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is not empty: the table %2 holds %3 row(s) of an office; migrate into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source %1 is not open at schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is the database being copied; name another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 of the source is not in the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 has other columns in the source than in the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the table %1 of the source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot empty the table %1 of the target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the next id of the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read back the table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: the table %1 has %2 row(s) in the source and %3 in the target; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: the rows of the table %1 differ between the source and the target (checksum %2 against %3); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date as YYYY-MM-DD or DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>the database %1 is not empty: demo data goes only into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the person %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the discipline decision %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the culture inspections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the evaluations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the training plans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the review decisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineController</name>
    <message>
        <source>The decision no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved decision %1 for %2.</source>
        <extracomment>%1 decision number, %2 staff code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted decision %1 of %2.</source>
        <extracomment>%1 decision number, %2 staff code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discipline in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ended by %1</source>
        <extracomment>%1 is a discipline form (forced dismissal, removal by the electing body)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: %1 (decision %2), bars until %3</source>
        <extracomment>%1 form, %2 decision number, %3 date the bars lift (DD/MM/YYYY)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars until %1</source>
        <extracomment>%1 date the bars lift (DD/MM/YYYY)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 file, %2 reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <extracomment>%1 is the PDF file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineEditor</name>
    <message>
        <source>Check before saving (not blocking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <extracomment>%1 is the heavier discipline form suggested</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New discipline decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit discipline decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <comment>discipline form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms allowed under %1</source>
        <extracomment>%1 is the legal instrument that sets the forms, e.g. &quot;Điều 7 Nghị định 172/2025/NĐ-CP&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the violation was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineHeader</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <comment>discipline form</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineMissedUnits</name>
    <message>
        <source>Discipline: units that missed the target in %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the discipline indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units missed the target.</source>
        <extracomment>%1 units that missed, %2 units counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: nobody disciplined at reprimand (khiển trách) or heavier during the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n decision(s)</source>
        <extracomment>%1 unit name, %n decisions taking effect in the year</extracomment>
        <translation>
            <numerusform>%1: %n decision</numerusform>
            <numerusform>%1: %n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit missed the target in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplinePage</name>
    <message>
        <source>decision %1</source>
        <extracomment>%1 is a decision number, e.g. 12/QĐ-UBND</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print year report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, code, decision, reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units that missed the target in %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discipline decision takes effect in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision matches “%1”.</source>
        <extracomment>%1 is the text searched for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record one with New decision (Ctrl+N), or import a discipline file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the year report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ND 112/2020, ND 172/2025, ND 234/2026</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplinePdf</name>
    <message>
        <source>No.: ……/BC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON THE DISCIPLINE OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(decisions taking effect in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: Decree 112/2020/NĐ-CP (amended by Decree 71/2023/NĐ-CP); Decree 172/2025/NĐ-CP from 01/07/2025; Decree 234/2026/NĐ-CP for public employees from 01/07/2026; Law 52/2019/QH14 on the periods during which promotion, appointment, planning and training are barred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions taking effect in the year: &lt;b&gt;%1&lt;/b&gt;. Units: &lt;b&gt;%2&lt;/b&gt;, of which &lt;b&gt;%3&lt;/b&gt; missed the target that no member receives a reprimand or heavier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. Decisions by unit and form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: no member of the unit received a reprimand or a heavier form in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. Decisions taking effect in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the date in &quot;Bars until&quot; the person is not promoted in rank, appointed to a higher post, planned or sent to training (12 months after a reprimand, warning or salary-step demotion; 24 months after a demotion or removal from post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. Earlier decisions still running in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline decisions, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplinePersonPicker</name>
    <message>
        <source>Staff code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineRow</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineRules</name>
    <message>
        <source>only to a person holding a leadership or management post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only to a person without a leadership or management post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a discipline form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision has no decision or effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member whose violation warrants expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation of internal political protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm to the national interest in defence, security or foreign affairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use of fake or unlawful diplomas or certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The violation of %1 is past the statute of limitations of %n month(s), which ended on %2 (%3)</source>
        <extracomment>%1 violation date, %2 months, %3 end date, %4 article and instrument</extracomment>
        <translation>
            <numerusform>The violation of %1 is past the statute of limitations of %n month, which ended on %2 (%3)</numerusform>
            <numerusform>The violation of %1 is past the statute of limitations of %n months, which ended on %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days from detection to decision: more than the extended limit of %2 days (%3)</source>
        <extracomment>%1 days, %2 limit days, %3 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days from detection to decision: more than %2 days, allowed only when extended up to %3 days for a complex case (%4)</source>
        <extracomment>%1 days, %2 limit days, %3 extended limit, %4 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was still in force on %2; a new violation calls for a heavier form, and none is heavier for this person (%3)</source>
        <extracomment>%1 running form and decision number, %2 violation date, %3 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was still in force on %2; a new violation calls for one form heavier: %3 (%4)</source>
        <extracomment>%1 running form and decision number, %2 violation date, %3 suggested form, %4 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discipline rule set is known for %1: the form is not checked</source>
        <extracomment>%1 staff category</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a discipline form for cán bộ only, not for %2 (Luật Cán bộ, công chức)</source>
        <extracomment>%1 the form &quot;bãi nhiệm&quot;, %2 staff category</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies %2 (%3, the rules in force for a decision effective on %4)</source>
        <extracomment>%1 form, %2 &quot;only to a person holding …&quot;, %3 article and instrument, %4 the decision&apos;s effective date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a discipline form for %2 under %3 (the rules in force for a decision effective on %4)</source>
        <extracomment>%1 form, %2 staff category, %3 article and instrument, %4 the decision&apos;s effective date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineService</name>
    <message>
        <source>decision &quot;%1&quot; of %2 is already on line %3</source>
        <extracomment>%1 decision number, %2 staff code, %3 line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the discipline records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discipline form is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown discipline form &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the violation date %1 is after the decision date %2</source>
        <extracomment>%1 violation date, %2 decision date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision &quot;%1&quot; is already recorded for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violation (decided in %1)</source>
        <extracomment>%1 decision number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decided (%2)</source>
        <extracomment>%1 form, %2 decision number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes effect (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n-month delay of the regular salary step ends (%1)</source>
        <extracomment>%n months, %1 decision number</extracomment>
        <translation>
            <numerusform>The %n-month delay of the regular salary step ends (%1)</numerusform>
            <numerusform>The %n-month delay of the regular salary step ends (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Promotion, appointment, planning and training are open again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineText</name>
    <message>
        <source>Discipline decisions taking effect in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decision(s); %2 of %3 unit(s) missed the target (nobody disciplined)</source>
        <extracomment>%1 decisions, %2 units that missed the target, %3 units</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier decisions still running in %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisciplineTimeline</name>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <extracomment>%1 is the person&apos;s discipline standing today</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discipline recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this position since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left this position on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months of leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the level above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 while you were editing it.</source>
        <extracomment>%1 record (a person or an evaluation), %2 user name, %3 date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were editing it.</source>
        <extracomment>%1 record (a person or an evaluation)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <extracomment>%1 the labels of the fields, e.g. &quot;Birth date, Unit&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes were not saved. Choose Reload to see the stored record, then enter your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConflictBanner</name>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <comment>@action:button discard my input and read the stored record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discards your unsaved input and shows the record as stored now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationCapBar</name>
    <message>
        <source>Cap on excellent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Excellent %2 / at most %3%4</source>
        <extracomment>%1 task group, %2 number of HTXSNV, %3 the most allowed, %4 &quot; — over&quot; when over the cap</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 HTTNV × %2% (%3)</source>
        <extracomment>%1 HTTNV count, %2 rate in percent, %3 legal basis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 groups over</source>
        <extracomment>%1 task groups over the cap, %2 task groups in all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25% exception recorded: %1 — %2</source>
        <extracomment>%1 decision number, %2 reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 25% exception for this unit and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record 25% exception…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viên chức on ND 90/2020 criteria (ND 233/2026 Art 20)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationController</name>
    <message>
        <source>Not rated this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <extracomment>%1 the change undone (staff code: field)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Task groups of %1 copied for %n person(s).</source>
        <extracomment>%n people whose task group was copied, %1 the year copied from</extracomment>
        <translation>
            <numerusform>Task groups of %1 copied for %n person.</numerusform>
            <numerusform>Task groups of %1 copied for %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 decided.</source>
        <extracomment>%1 person, %2 level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form of %1 saved.</source>
        <extracomment>%1 staff code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 file, %2 reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form written to %1.</source>
        <extracomment>%1 is the PDF file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary written to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) written to %1.</source>
        <extracomment>%n evaluations, %1 the file written</extracomment>
        <translation>
            <numerusform>%n evaluation written to %1.</numerusform>
            <numerusform>%n evaluations written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationDashboardPanel</name>
    <message>
        <source>Evaluation levels by unit in %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the evaluation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units over the cap on &quot;excellent&quot;.</source>
        <extracomment>%1 units over the cap, %2 units with evaluations</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap: &quot;excellent&quot; at most 20% of &quot;good&quot; in each task group (25% with a recorded exception).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (25%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evaluation recorded for %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDecideDialog</name>
    <message>
        <source>Decide the level of %1</source>
        <extracomment>%1 full name of the person</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest level the rules allow: %1</source>
        <extracomment>%1 the highest level the rules allow</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the level above the rules&apos; maximum is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide with override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationExceptionDialog</name>
    <message>
        <source>25% exception: %1, %2</source>
        <extracomment>%1 unit name, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit recognised as outstanding may rate up to 25% of its HTTNV as excellent instead of 20%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (the unit&apos;s recognition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationFormDialog</name>
    <message>
        <source>1. Political ideology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Ethics and lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Working style and manner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Sense of organisation and discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Results of the duties assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the unit led or managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership and management capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity to gather and unite people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weaknesses and shortcomings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments of the unit&apos;s collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments of the direct manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation form of %1, %2</source>
        <extracomment>%1 full name, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationFormPdf</name>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, day …… month …… year ……</source>
        <extracomment>The date line of a form still to be signed: place, then dots for day, month and year (Vietnamese: &quot;%1, ngày …… tháng …… năm ……&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form No. 01</source>
        <extracomment>The number of the official form (Vietnamese: &quot;Mẫu số 01&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form No. 03</source>
        <extracomment>The number of the official form (Vietnamese: &quot;Mẫu số 03&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form No. 02</source>
        <extracomment>The number of the official form (Vietnamese: &quot;Mẫu số 02&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUALITY EVALUATION AND RATING FORM OF A CADRE</source>
        <extracomment>Official heading (Vietnamese: &quot;PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. EVALUATION AND RATING OF THE CADRE</source>
        <extracomment>Official heading (Vietnamese: &quot;ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR CADRES IN LEADING AND MANAGING POSITIONS</source>
        <extracomment>Official heading (Vietnamese: &quot;PHẦN DÀNH RIÊNG CHO CÁN BỘ LÃNH ĐẠO, QUẢN LÝ&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUALITY EVALUATION AND RATING FORM OF A PUBLIC EMPLOYEE</source>
        <extracomment>Official heading (Vietnamese: &quot;PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. EVALUATION AND RATING OF THE PUBLIC EMPLOYEE</source>
        <extracomment>Official heading (Vietnamese: &quot;KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR PUBLIC EMPLOYEES IN MANAGING POSITIONS</source>
        <extracomment>Official heading (Vietnamese: &quot;PHẦN DÀNH RIÊNG CHO VIÊN CHỨC QUẢN LÝ&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUALITY EVALUATION AND RATING FORM OF A CIVIL SERVANT</source>
        <extracomment>Official heading (Vietnamese: &quot;PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. EVALUATION AND RATING OF THE CIVIL SERVANT</source>
        <extracomment>Official heading (Vietnamese: &quot;KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR CIVIL SERVANTS IN LEADING AND MANAGING POSITIONS</source>
        <extracomment>Official heading (Vietnamese: &quot;PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <extracomment>Below the form&apos;s title (Vietnamese: &quot;Năm %1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <extracomment>Vietnamese: &quot;Họ và tên:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position, title:</source>
        <extracomment>Vietnamese: &quot;Chức vụ, chức danh:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency, organisation, unit:</source>
        <extracomment>Vietnamese: &quot;Cơ quan, tổ chức, đơn vị công tác:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. SELF-ASSESSMENT</source>
        <extracomment>Official heading (Vietnamese: &quot;I. KẾT QUẢ TỰ ĐÁNH GIÁ&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Political ideology:</source>
        <extracomment>Vietnamese: &quot;1. Chính trị tư tưởng:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Ethics and way of life:</source>
        <extracomment>Vietnamese: &quot;2. Đạo đức, lối sống:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Working style and manner:</source>
        <extracomment>Vietnamese: &quot;3. Tác phong, lề lối làm việc:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Sense of organisation and discipline:</source>
        <extracomment>Vietnamese: &quot;4. Ý thức tổ chức kỷ luật:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Results of the duties and tasks assigned:</source>
        <extracomment>Vietnamese: &quot;5. Kết quả thực hiện chức trách, nhiệm vụ được giao:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Results of the agency, organisation or unit led or managed:</source>
        <extracomment>Vietnamese: &quot;6. Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Capacity to lead and manage:</source>
        <extracomment>Vietnamese: &quot;7. Năng lực lãnh đạo, quản lý:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Capacity to gather and unite:</source>
        <extracomment>Vietnamese: &quot;8. Năng lực tập hợp, đoàn kết:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. SELF-COMMENT AND SELF-RATING</source>
        <extracomment>Official heading (Vietnamese: &quot;II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Strengths:</source>
        <extracomment>Vietnamese: &quot;1. Ưu điểm:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Weaknesses and shortcomings:</source>
        <extracomment>Vietnamese: &quot;2. Hạn chế, khuyết điểm:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Self-rating:</source>
        <extracomment>Vietnamese: &quot;3. Tự xếp loại chất lượng:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE PERSON ASSESSED</source>
        <extracomment>Vietnamese: &quot;NGƯỜI TỰ ĐÁNH GIÁ&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <extracomment>Vietnamese: &quot;(Ký, ghi rõ họ tên)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. OPINION OF THE COLLECTIVE AND COMMENTS OF THE DIRECT MANAGER</source>
        <extracomment>Official heading (Vietnamese: &quot;III. Ý KIẾN CỦA TẬP THỂ ĐƠN VỊ VÀ NHẬN XÉT CỦA NGƯỜI QUẢN LÝ TRỰC TIẾP&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Opinion of the collective of the unit:</source>
        <extracomment>Vietnamese: &quot;1. Ý kiến của tập thể đơn vị nơi công tác:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Comments and evaluation of the direct manager:</source>
        <extracomment>Vietnamese: &quot;2. Nhận xét, đánh giá của người quản lý trực tiếp:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed level:</source>
        <extracomment>Vietnamese: &quot;Đề xuất mức xếp loại chất lượng:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE DIRECT MANAGER</source>
        <extracomment>Vietnamese: &quot;NGƯỜI NHẬN XÉT&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(for the competent authority)</source>
        <extracomment>Vietnamese: &quot;(Phần dành cho cấp có thẩm quyền đánh giá)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1/100 points (Decree 335/2025/NĐ-CP)</source>
        <extracomment>%1 is the score (e.g. 87,5); Vietnamese: &quot;Điểm đánh giá: %1/100 điểm (Nghị định 335/2025/NĐ-CP)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level of the score: %1</source>
        <extracomment>%1 is the level the score gives</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final level:</source>
        <extracomment>Vietnamese: &quot;Kết quả đánh giá, xếp loại chất lượng:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Decision or notice No. %1 of %2)</source>
        <extracomment>%1 decision number, %2 its date; Vietnamese: &quot;(Quyết định/Thông báo số %1 ngày %2)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE COMPETENT AUTHORITY</source>
        <extracomment>Vietnamese: &quot;NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ&quot; / &quot;(Ký, ghi rõ họ tên)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1 by CongVu</source>
        <extracomment>%1 is the date the form was printed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation form of %1, %2</source>
        <extracomment>The PDF&apos;s title: %1 full name, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated this year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationFormPreview</name>
    <message>
        <source>Evaluation form of %1, %2</source>
        <extracomment>%1 full name, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 the page shown, %2 how many pages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>%1 the zoom in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down scroll · PageUp/PageDown: page before/after · Ctrl+plus/minus zoom, Ctrl+0 100 % · Ctrl+S save the PDF · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationGrid</name>
    <message>
        <source>Evaluation grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to evaluate in this unit for this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another unit or year: the grid lists the people in service during the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search to see the whole unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationGridModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the level&apos;s name, %2 its abbreviation (HTXSNV, HTTNV, HTNV, KHTNV)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disciplined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd KHTNV in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated this year: no level can be decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the highest level the rules allow, %1</source>
        <extracomment>%1 the highest level allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: reopen the evaluation to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of months from 0 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 1 (maternity leave) or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maternity leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a score from 0 to 100 with at most one decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type X/1 (HTXSNV), T/2 (HTTNV), H/3 (HTNV) or K/4 (KHTNV); Delete clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo %1: %2</source>
        <extracomment>%1 the change, %2 why it cannot be undone</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationLockIcon</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationPersonPanel</name>
    <message>
        <source>Choose a person in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>%1 staff code, %2 category, %3 unit code, %4 task group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>%1 workflow status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest level allowed: %1</source>
        <extracomment>%1 the highest level the rules allow</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: %1 — %2 of %3</source>
        <extracomment>%1 level, %2 decision number, %3 date YYYY-MM-DD</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: %1</source>
        <extracomment>%1 why a level above the rules&apos; maximum was decided</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>%1 the workflow status to move to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P: the form as printed, to save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationReasonDialog</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationRecordExport</name>
    <message>
        <source>Evaluations %1</source>
        <extracomment>the name of the sheet of the evaluations workbook (at most 31 characters); %1 is the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationRules</name>
    <message numerus="yes">
        <source>Worked %n month(s) in the year, under 6 and not on maternity leave: not rated (%1)</source>
        <extracomment>%n months worked, %1 article and instrument</extracomment>
        <translation>
            <numerusform>Worked %n month in the year, under 6 and not on maternity leave: not rated (%1)</numerusform>
            <numerusform>Worked %n months in the year, under 6 and not on maternity leave: not rated (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) of lawful leave (3 to under 6): at most %1 (%2)</source>
        <extracomment>%n months of leave, %1 level, %2 article and instrument</extracomment>
        <translation>
            <numerusform>%n month of lawful leave (3 to under 6): at most %1 (%2)</numerusform>
            <numerusform>%n months of lawful leave (3 to under 6): at most %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>A discipline decision takes effect in the year: %1 (%2)</source>
        <extracomment>%1 level, %2 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is higher than the highest level the rules allow, %2</source>
        <extracomment>%1 decided level, %2 highest level allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the level of the score %2, %3 (%4)</source>
        <extracomment>%1 decided level, %2 score, %3 level of the score, %4 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second consecutive year not completed: dismissal from post or removal from duty (miễn nhiệm, cho thôi làm nhiệm vụ) (%1)</source>
        <extracomment>%1 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNSURE: the article under Luật Cán bộ, công chức 80/2025/QH15 is not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second consecutive year not completed: the agency dismisses the civil servant (cho thôi việc), not while under discipline review or prosecution, nor a woman pregnant or raising a child under 36 months unless she asks (%1)</source>
        <extracomment>%1 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second consecutive year not completed: the unit may end the working contract unilaterally, with 45 days&apos; notice (indefinite term) or 30 days&apos; notice (fixed term) (%1)</source>
        <extracomment>%1 article and instrument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNSURE: the article under Luật Viên chức 129/2025/QH15 is not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second consecutive year not completed: no legal consequence is known for %1 (UNSURE)</source>
        <extracomment>%1 staff category</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>the staff code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 is already on line %3</source>
        <extracomment>%1 staff code, %2 year, %3 line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the evaluations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year must be from 2015 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate must be a share from 0 to 1, such as 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the rate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision recognising the unit as outstanding is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the exception: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 does not exist on 31/12/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 does not exist on 31/12/%2: its people belong to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the %1 rating may use the ND 90/2020 criteria (khoản 1 Điều 20 Nghị định 233/2026/NĐ-CP)</source>
        <extracomment>%1 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the setting: %1</source>
        <extracomment>%1 the storage error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 was decided on %3 by decision %4: reopen it first</source>
        <extracomment>%1 staff code, %2 year, %3 decision date, %4 decision number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 what could not be done, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year must be from %1 to %2</source>
        <extracomment>%1 first year, %2 last year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the months worked must be from 0 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the months of leave must be from 0 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the months of leave (%1) cannot exceed the months worked (%2)</source>
        <extracomment>%1 months of leave, %2 months worked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score must be from 0 to 100, with at most one decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation is self-assessed: move it back to draft before clearing the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation is proposed: move it back to draft before clearing the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no evaluation of %1 for %2</source>
        <extracomment>%1 staff code, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evaluation is decided by recording the decision (level, number and date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no evaluation of %1 for %2: save it first</source>
        <extracomment>%1 staff code, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person assesses themselves before a level is proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow moves forward one step at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evaluation can only be moved back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the self-assessed level is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposed level is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a level must be proposed before the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final level is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of the decision or notice is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the decision is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision cannot be dated before the year it rates, %1</source>
        <extracomment>%1 the year rated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision cannot be dated in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; to decide it anyway, give the reason for the override</source>
        <extracomment>%1 the rules with their articles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for reopening a decided evaluation is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 is not decided</source>
        <extracomment>%1 staff code, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reopen the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the task groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exception is recorded for %1 in %2</source>
        <extracomment>%1 unit code, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the exception</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationSummaryPdf</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: ……/BC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON THE QUALITY EVALUATION AND RATING OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES</source>
        <extracomment>Vietnamese: &quot;KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(year %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1, year %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: Decree 90/2020/NĐ-CP (amended by Decree 48/2023/NĐ-CP); Decree 335/2025/NĐ-CP for civil servants and Decree 233/2026/NĐ-CP for public employees from the 2026 rating; Regulation 366-QĐ/TW on the share of &quot;excellent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with an evaluation: &lt;b&gt;%1&lt;/b&gt;; rated: &lt;b&gt;%2&lt;/b&gt;; not rated (under 6 months of work): &lt;b&gt;%3&lt;/b&gt;; not decided yet: &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. Levels by unit and task group, and the cap on &quot;excellent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25%, decision %1</source>
        <extracomment>the unit may rate up to 25% excellent; %1 the decision recognising it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25% exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decided evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: the largest number of &quot;excellent&quot; allowed, %1 of the number rated &quot;good&quot; in the unit and task group, rounded down; a unit recognised as outstanding may go up to 25%. Groups over the cap are shaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. People whose evaluation needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationText</name>
    <message>
        <source>Evaluations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people evaluated; %2 of %3 group(s) over the cap on excellent</source>
        <extracomment>%1 people, %2 groups over the cap, %3 groups</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ND 90/2020, ND 335/2025, ND 233/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 decided</source>
        <extracomment>%1 people decided, %2 people in the grid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, code, task group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy task groups of %1</source>
        <extracomment>%1 the previous year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z: %1</source>
        <extracomment>%1 the change undone (staff code: field)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 flag, %2 how many people</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move · Tab/Enter: next cell/row · levels: X/1 HTXSNV, T/2 HTTNV, H/3 HTNV, K/4 KHTNV · Delete clears · type or F2 to edit, Esc cancels · Space: maternity · Ctrl+Z undo · Ctrl+F search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decided level is unlocked for correction. Why? (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evaluation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evaluation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s evaluations of the year, in the columns the evaluations import reads (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the evaluations to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be written: %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 rejected. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 new, %3 changed, %4 unchanged. The file can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected. Nothing was written.</source>
        <translation>
            <numerusform>%n row rejected. Nothing was written.</numerusform>
            <numerusform>%n rows rejected. Nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to write: this database already holds the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive imported: %n record(s) added or completed.</source>
        <translation>
            <numerusform>Archive imported: %n record added or completed.</numerusform>
            <numerusform>Archive imported: %n records added or completed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed: %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a units or staff list kept in a spreadsheet (CSV or XLSX). Every row is checked first: a file with a bad row writes nothing, and every bad row is listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and check every row without writing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: fix the file and import again, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <extracomment>%n is the number of problems found in the file</extracomment>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a records archive (.cvarchive) sent by a commune or kept from a closed year. Preview it first: what it would add or complete, and every conflict with this database (never overwritten). Nothing is written until you accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records archive (.cvarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .cvarchive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the archive and show what it would add, change or leave, and every conflict, without writing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records archives (*.cvarchive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>duplicate code &quot;%1&quot; (already on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueRow</name>
    <message>
        <source>Line %1</source>
        <extracomment>%1 is a line number of the imported file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>CongVu — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office&apos;s records are personal data: log in to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Database: %1</source>
        <extracomment>%1 is the path of the database file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the program&apos;s version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry of cadres, civil servants and public employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>the year-end emulation review (Vietnamese: &quot;Bình xét thi đua&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <comment>navigation entry, short</comment>
        <extracomment>the change log (Vietnamese: &quot;Nhật ký thay đổi&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <extracomment>%1 is who is logged in and their role</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodScore</name>
    <message>
        <source>the year must be from 2000 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period must be a month or a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month must be from 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quarter must be from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the general criteria are worth 0 to 30 points (ND 335/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: the product or task needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: the number assigned must be from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: the number completed must be from 0 to the number assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: quality errors are counted per completed product (0 to the number completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: delays are counted per completed product (0 to the number completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: the excused failures (objective causes) cannot exceed the quality errors and delays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: the weight must be from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2, already recorded for this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodScoresDialog</name>
    <message>
        <source>Monthly and quarterly scores of %1, %2 (ND 335/2025)</source>
        <extracomment>%1 is a person&apos;s name, %2 the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly and quarterly scores, %1 (ND 335/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation of this year is decided: reopen it on the Evaluations page to change its periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly score: %1 — %2</source>
        <extracomment>%1 is the yearly score, %2 its level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly score: none yet (no period with tasks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score on the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score on the evaluation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighting of the periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-service culture from the inspections of the year: %1 points (part of the 30 general points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period recorded for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of the month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General criteria (0–30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General criteria points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks (70 points, shared by weight): each major quality error or delay takes 25% of one product&apos;s points; failures with an objective cause confirmed by the competent authority are excused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product or task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the product or task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused (objective causes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General %1 + tasks %2 = %3 — %4</source>
        <extracomment>%1 general points, %2 task points, %3 total, %4 the level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score until a task is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HR officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>council member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a council member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read staff records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the title standards and reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record discipline decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record public-service culture checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change training plans and enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record review decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close or reopen a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <extracomment>%1 is a role with its article (&quot;a viewer&quot;), %2 an action (&quot;change staff records&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2 only in their own unit and its sub-units</source>
        <extracomment>%1 is a role with its article (&quot;a unit manager&quot;), %2 an action (&quot;enter evaluations&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may %2 only in their own unit and its sub-units, and %3 is not one of them</source>
        <extracomment>%1 is a role with its article, %2 an action, %3 a unit code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>The person %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff code cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>← Back to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader or manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this position since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left this position on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <comment>person page section</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataNoticeDialog</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file you are about to write holds personal data protected by Decree 13/2023/NĐ-CP on personal data protection. Keep it inside the office: save it only where unauthorised people cannot read it, do not send it over unprotected e-mail or chat, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will not be asked again until CongVu is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <comment>@action:button personal data notice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CongVu cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationModel</name>
    <message>
        <source>Meets the standard on %1, after %2</source>
        <extracomment>%1 a date, %2 the names of the planned courses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the deadline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned course closes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing %1 after %2</source>
        <extracomment>%1 the requirements still missing, %2 the names of the planned courses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone counted meets the standard of their title today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is after the deadline of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still have no planned course closing their gaps</source>
        <translation>
            <numerusform>%n person still has no planned course closing their gaps</numerusform>
            <numerusform>%n people still have no planned course closing their gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan reaches 100% on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationPanel</name>
    <message>
        <source>Commune-level cadres and civil servants meeting their title standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: commune-level cadres and civil servants in service whose title has a standard in force on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more hold a title with no standard in force and are not counted.</source>
        <extracomment>%n people of commune titles without a standard in force on the date</extracomment>
        <translation>
            <numerusform>%Ln more holds a title with no standard in force and is not counted.</numerusform>
            <numerusform>%Ln more hold a title with no standard in force and are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>No commune-level cadre or civil servant is counted on this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified · target %1</source>
        <extracomment>%1 is the target rate, &quot;100 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people meet the standard of their title</source>
        <extracomment>%1 people qualified out of %2 counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>people still to qualify</source>
        <extracomment>the number before it is how many; plural by %n</extracomment>
        <translation>
            <numerusform>person still to qualify</numerusform>
            <numerusform>people still to qualify</numerusform>
        </translation>
    </message>
    <message>
        <source>before %1 (ND 33/2023 deadline)</source>
        <extracomment>%1 is the legal deadline, DD/MM/YYYY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left on this date</source>
        <extracomment>days from the date shown to the deadline</extracomment>
        <translation>
            <numerusform>%Ln day left on this date</numerusform>
            <numerusform>%Ln days left on this date</numerusform>
        </translation>
    </message>
    <message>
        <source>the deadline has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most missed requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: everyone counted meets every requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>missed by %Ln people</source>
        <extracomment>how many counted people miss the requirement</extracomment>
        <translation>
            <numerusform>missed by %Ln person</numerusform>
            <numerusform>missed by %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate by commune: the %1 lowest of %2</source>
        <extracomment>%1 is how many communes are shown, %2 how many there are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate by commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to see the commune&apos;s people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people missing each one (a person can miss several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a requirement to see who misses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend: 31 December of each year, today, and the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person by person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationPdf</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE OF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEPARTMENT OF HOME AFFAIRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOME AFFAIRS OFFICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: ……/BC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON THE RATE OF COMMUNE-LEVEL CADRES AND CIVIL SERVANTS MEETING THE STANDARDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune-level cadres and civil servants whose title has a standard in force: &lt;b&gt;%1&lt;/b&gt;; meeting the standards of their title: &lt;b&gt;%2&lt;/b&gt;; rate: &lt;b&gt;%3&lt;/b&gt; (target: 100%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still to qualify: &lt;b&gt;%n person(s)&lt;/b&gt;, before the deadline of %1.</source>
        <translation>
            <numerusform>Still to qualify: &lt;b&gt;%n person&lt;/b&gt;, before the deadline of %1.</numerusform>
            <numerusform>Still to qualify: &lt;b&gt;%n people&lt;/b&gt;, before the deadline of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not meeting the standards in force on that date: &lt;b&gt;%n person(s)&lt;/b&gt;.</source>
        <translation>
            <numerusform>Not meeting the standards in force on that date: &lt;b&gt;%n person&lt;/b&gt;.</numerusform>
            <numerusform>Not meeting the standards in force on that date: &lt;b&gt;%n people&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements missed (people): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every person counted meets the standards of their title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) hold a title that has no standard in force on that date: they are not counted.</source>
        <translation>
            <numerusform>%n person holds a title that has no standard in force on that date: they are not counted.</numerusform>
            <numerusform>%n people hold a title that has no standard in force on that date: they are not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>In difficult areas the lower professional level applies (province setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower level for difficult areas is not applied (province setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. By unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* difficult area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. By title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune-level cadres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune-level civil servants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. By unit and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit / title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V. People not meeting the standards of their title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune-level qualification rate on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(projected as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Projected: the planned training ending by %1 is counted as completed (%n person(s)).</source>
        <translation>
            <numerusform>Projected: the planned training ending by %1 is counted as completed (%n person).</numerusform>
            <numerusform>Projected: the planned training ending by %1 is counted as completed (%n people).</numerusform>
        </translation>
    </message>
    <message>
        <source>Projected commune-level qualification rate on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationPeopleDialog</name>
    <message>
        <source>No one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a person to open their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationPersonRow</name>
    <message>
        <source>Meets the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <extracomment>%1 lists the requirements not met, e.g. &quot;Political theory, Professional level&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to meet by %1</source>
        <extracomment>%1 is a date, DD/MM/YYYY</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationProjectionDialog</name>
    <message>
        <source>The training plan, person by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <extracomment>shown instead of a date when the plan closes none or not all of the person&apos;s gaps</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumes the people in service today stay and today&apos;s standards stay in force. Click a person to open their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationRule</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationService</name>
    <message>
        <source>cannot read the units and standards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the staff and the planned training: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the planned training: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationText</name>
    <message>
        <source>Commune-level cadres and civil servants meeting the standards of their title, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still to qualify before %1.</source>
        <translation>
            <numerusform>%n person still to qualify before %1.</numerusform>
            <numerusform>%n people still to qualify before %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) do not meet the standards.</source>
        <translation>
            <numerusform>%n person does not meet the standards.</numerusform>
            <numerusform>%n people do not meet the standards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) listed but not counted: no standard in force for their title.</source>
        <translation>
            <numerusform>%n person listed but not counted: no standard in force for their title.</numerusform>
            <numerusform>%n people listed but not counted: no standard in force for their title.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not meeting the standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune-level cadres and civil servants meeting the standards of their title, projected on %1 (planned training ending by then counted as completed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned courses counted as completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned course ends by that date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationTrendChart</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordArchive</name>
    <message>
        <source>not a CongVu archive: the first line is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged archive header: the second line must be &quot;format: &lt;number&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown newer archive format %1: this program reads up to format %2; use a newer CongVu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged archive header: the third line must be &quot;sha256: &lt;64 lower-case hex digits&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged archive header: a blank line must end it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch: the archive was altered or damaged after it was written (SHA-256 of the content differs from the header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer CongVu (%1): this program cannot read all of it; use a newer CongVu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable archive content: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReaders</name>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes/no value (expected 1/0, x, có/không, yes/no, true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON holds no &quot;staff&quot; or &quot;units&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has a value but no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year from 2015 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of months from 0 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score from 0 to 100 with at most one decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s year is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year from 2000 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of VND (whole digits, e.g. 1500000 or 1.500.000)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryService</name>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff code &quot;%1&quot; is already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the unit %1 still has %n people: move them first</source>
        <translation>
            <numerusform>the unit %1 still has %n person: move them first</numerusform>
            <numerusform>the unit %1 still has %n people: move them first</numerusform>
        </translation>
    </message>
    <message>
        <source>the unit %1 is the parent or successor of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementLabels</name>
    <message>
        <source>General education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>a number of votes is a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date must be YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 was closed on %2 by %3.</source>
        <extracomment>%1 year, %2 date, %3 who closed it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 was closed on %2 by %3: %4.</source>
        <extracomment>%1 year, %2 date, %3 who closed it, %4 their note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on emulation fighters: %1 place(s); %2 candidate(s) beyond it.</source>
        <extracomment>%1 places under the cap, %2 candidates beyond it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated are advanced workers; more than %3 is needed.</source>
        <extracomment>%1 advanced workers, %2 people rated, %3 the threshold share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of members is a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s meeting was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year was not closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year was not reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was written to %1.</source>
        <extracomment>%1 is the path of the PDF file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>Advanced worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots emulation fighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of merit (Giấy khen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of merit (Bằng khen), proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDecisionForm</name>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council&apos;s reason, when it departs from the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDocuments</name>
    <message>
        <source>EMULATION AND REWARD COUNCIL</source>
        <extracomment>the council&apos;s document number (Vietnamese: &quot;Số: ……/BB-HĐTĐKT&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: ……/DS-HĐTĐKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST OF THE EMULATION REVIEW OF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELIGIBILITY FOR &quot;LAO ĐỘNG TIÊN TIẾN&quot; AND &quot;CHIẾN SĨ THI ĐUA CƠ SỞ&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the year is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: Law on Emulation and Commendation 2022 (Articles 23, 24, 27); Circular 01/2024/TT-BNV; Decree 152/2025/NĐ-CP. Lao động tiên tiến (LĐTT): rated &quot;completes tasks well&quot; or better, at least 6 months of service by 31/12, no discipline taking effect in the year. Chiến sĩ thi đua cơ sở (CSTĐCS): LĐTT and rated &quot;completes tasks excellently&quot; or an initiative recognised in the year. The collective title needs more than %1 of the unit&apos;s rated people to be LĐTT and no member disciplined at warning or heavier in the year.</source>
        <extracomment>%1 share such as 50%</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap set on CSTĐCS: %1 of the unit&apos;s LĐTT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is evaluated in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <extracomment>%1 number, %2 unit name, %3 unit code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated: &lt;b&gt;%1&lt;/b&gt;; eligible for LĐTT: &lt;b&gt;%2&lt;/b&gt;; eligible for CSTĐCS: &lt;b&gt;%3&lt;/b&gt;.</source>
        <extracomment>%1 rated people, %2 eligible LĐTT, %3 eligible CSTĐCS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LĐTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSTĐCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective title &quot;Tập thể lao động tiên tiến&quot;: the members&apos; condition is &lt;b&gt;met&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective title &quot;Tập thể lao động tiên tiến&quot;: the members&apos; condition is &lt;b&gt;not met&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places for CSTĐCS under the cap: %1; candidates over the cap: %2 (the council chooses).</source>
        <extracomment>%1 places, %2 candidates over the cap</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline taking effect in the year: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline taking effect in the year, for the council to note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3, decision %4, in effect from %5</source>
        <extracomment>%1 name, %2 code, %3 form, %4 decision number, %5 effective date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ eligible; ✗ not eligible; ⚠ a warning for the council, not a refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRETARY OF THE COUNCIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAIR OF THE COUNCIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation review, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: ……/BB-HĐTĐKT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OF THE MEETING OF THE EMULATION AND REWARD COUNCIL, YEAR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. Time and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members present: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody of the unit is evaluated in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council reviewed the emulation results of %1: &lt;b&gt;%2&lt;/b&gt; people rated; eligible for Advanced worker: &lt;b&gt;%3&lt;/b&gt;; eligible for Grassroots emulation fighter: &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places for Grassroots emulation fighter under the cap: %1; candidates beyond it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Individual titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced worker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation fighter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is eligible and no proposal was put to the council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules&apos; verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes (for / against / abstaining)</source>
        <extracomment>the votes of the council on a proposal (Vietnamese: &quot;Biểu quyết (tán thành / không tán thành / ý kiến khác)&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Collective title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced workers: %1 of %2 rated (%3); the condition is more than %4: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: for %2, against %3, abstaining %4 — %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No collective award was put to the vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Discipline decisions of the year (noted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV. Conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The council approved %1 proposal(s), rejected %2; %3 not voted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting ended at …… on the same day. The minutes were read to the members present, who agreed with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRETARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST OF AWARDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMULATION TITLES AND AWARDS OF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Attached to Decision No. %1 dated %2 of %3)</source>
        <extracomment>%1 decision number, %2 its date, %3 the unit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n award</numerusform>
            <numerusform>%n awards</numerusform>
        </translation>
    </message>
    <message>
        <source>No award is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In all: %n award(s).</source>
        <translation>
            <numerusform>In all: %n award.</numerusform>
            <numerusform>In all: %n awards.</numerusform>
        </translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody of the unit &quot;%1&quot; is evaluated in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council minutes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of awards, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewMeetingForm</name>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present of</source>
        <extracomment>members present &quot;of&quot; members of the council</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year-end emulation review and the council&apos;s decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision list (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close year %1</source>
        <extracomment>close the year&apos;s books (Vietnamese: &quot;Khóa sổ năm %1&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of the year can be changed until it is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is evaluated in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review starts from the year&apos;s final evaluations: record them on the Evaluations page, or pick another year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — rated: &lt;b&gt;%2&lt;/b&gt; · advanced workers: &lt;b&gt;%3&lt;/b&gt; · grassroots emulation fighters: &lt;b&gt;%4&lt;/b&gt;</source>
        <extracomment>%1 unit, %2 rated, %3 advanced workers, %4 emulation fighters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective advanced worker title (members&apos; condition): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level · council&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LĐTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSTĐCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline (%1)</source>
        <extracomment>the discipline decisions of the year, for the council to note</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a person in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discipline decision takes effect in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the council&apos;s minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list of awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the year %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s evaluations, discipline decisions and review decisions will be locked. Reopening needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the year reopened? The reason is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>Not rated in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1: completes tasks well or better</source>
        <extracomment>%1 the level&apos;s label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1: needs &quot;completes tasks well&quot; or better</source>
        <extracomment>%1 the level&apos;s label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date of service not recorded: check 6 months of service by 31/12/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on %1: at least 6 months of service by 31/12/%2</source>
        <extracomment>%1 start date, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on %1: under 6 months of service by 31/12/%2</source>
        <extracomment>%1 start date, %2 year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No discipline taking effect in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disciplined in the year: %1, in effect from %2</source>
        <extracomment>%1 form and decision number, %2 effective date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in effect from %2) runs into the year: achievements count again from %3</source>
        <extracomment>%1 form and decision number, %2 effective date, %3 the first day achievements count again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in effect from %2) ended the service and has no end date</source>
        <extracomment>%1 form and decision number, %2 effective date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for Lao động tiên tiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible for Lao động tiên tiến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated completes tasks excellently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An initiative recognised in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &quot;completes tasks excellently&quot; or an initiative recognised in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rated people are Lao động tiên tiến; more than %3% needed</source>
        <extracomment>%1 LĐTT count, %2 rated count, %3 threshold in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member disciplined at warning (cảnh cáo) or heavier in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members disciplined at warning (cảnh cáo) or heavier in %1: %2</source>
        <extracomment>%1 year, %2 list of &quot;staff code: form decision number&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the cap: %1 candidates for %2 places (%3% of %4 Lao động tiên tiến); the council decides</source>
        <extracomment>%1 candidates, %2 places, %3 cap in percent, %4 LĐTT count</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>the year %1 is closed: reopen it (with a reason) before changing its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of advanced workers must be from 0.1% to 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cap must be from 0.1% to 100%, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the review settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year must be from 2015 to 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown award &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a collective award is given to the unit, not to a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of votes cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes cast but only %2 members present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision cannot be dated before the year it rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules do not make this award eligible: approving it needs the council&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of members cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more members present than the council has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting cannot be held before the year it reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is already closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close the year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening a closed year needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reopen the year: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end emulation review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end emulation review %1, unit %2</source>
        <extracomment>%1 year, %2 unit code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is closed (on %1 by %2).</source>
        <extracomment>%1 date, %2 who closed it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective title: more than %1 of the rated people must be advanced workers; cap on grassroots emulation fighters: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is evaluated in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LĐTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSTĐCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap on grassroots emulation fighters: %1 place(s); %2 candidate(s) over it.</source>
        <extracomment>%1 places under the cap, %2 candidates beyond it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline to note: %1 %2, %3, decision %4 effective %5</source>
        <extracomment>%1 code, %2 name, %3 form, %4 decision number, %5 effective date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x: refuses a title; !: a warning for the council.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message>
        <source>Choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each period counts the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By months covered (a quarter counts 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ND 335/2025 makes the yearly score the average (điểm trung bình) of the monthly or quarterly scores but does not say how months and quarters weigh (UNSURE). The weighting is an office setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <extracomment>%1 is a period such as &quot;Month 3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown weighting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weighting was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly score was not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly score %1 written to the evaluation.</source>
        <extracomment>%1 is the score, e.g. 82.5</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly and quarterly scoring under ND 335/2025 applies to civil servants (công chức) only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly and quarterly scoring under ND 335/2025 applies from the 2026 evaluation year; %1 is evaluated under the earlier rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this period no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period cannot be moved to another person or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 is decided: reopen it before changing its periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the weighting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 is decided: reopen it before changing its score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period of %1 has a score yet: record the tasks of at least one month or quarter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window changes at once; the choice is kept for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetWriter</name>
    <message>
        <source>cannot write the spreadsheet (%1): %2</source>
        <extracomment>%1 is where (a cell such as B7, or &quot;the workbook&quot;), %2 libxlsxwriter&apos;s reason (English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: the libxlsxwriter library cannot be loaded (%1)</source>
        <extracomment>%1 the system&apos;s reason (English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: it needs 1 to %1 columns</source>
        <extracomment>%1 the largest number of columns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: an Excel sheet holds at most %1 rows</source>
        <extracomment>%1 the largest number of rows of an Excel sheet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: no temporary folder (%1)</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: libxlsxwriter could not start a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: libxlsxwriter could not add the sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: row %1 has %2 cells for %3 columns</source>
        <extracomment>%1 a row number of the sheet, %2 and %3 numbers of columns</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: the text of %1 is longer than Excel&apos;s %2 characters</source>
        <extracomment>%1 a cell such as B7, %2 the largest number of characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the spreadsheet back from the temporary folder: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the spreadsheet back from the temporary folder: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Staff</source>
        <extracomment>the name of the sheet of the staff workbook (at most 31 characters)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <extracomment>%n is the number of people the filters select</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or code — accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: everyone in the registry, in service or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD or DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches “%1” with these filters.</source>
        <extracomment>%1 is the text searched for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or clear the filters to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff yet — import a staff file on the Import page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the registry, in the columns the staff import reads (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the staff to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffValidator</name>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff code is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the position is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title of a commune cadre (cb_xa); expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title of a commune civil servant (cc_xa); expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date %1 is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date %1 is less than 15 years after the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date must be after the start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardChangeDialog</name>
    <message>
        <source>Change a title standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardRequirementRow</name>
    <message>
        <source>To verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal text for this requirement was not confirmed: it is a suggestion until you enforce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enforced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardValidator</name>
    <message>
        <source>unknown requirement &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no levels: it cannot have a minimum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of %2</source>
        <extracomment>%1 is the code typed, %2 the staff field (e.g. professional_level)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the level required in difficult areas (%1) would be above the level required elsewhere (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field requirement needs at least one keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyword cannot contain &quot;|&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsController</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>a period of a title standard: first day – last day (DD/MM/YYYY)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a legal instrument and article, %2 its period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <extracomment>%1 is a level, e.g. &quot;University&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2 or higher in a difficult area</source>
        <extracomment>%1 is the level required elsewhere (already &quot;… or higher&quot;), %2 the lower level</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field containing “%1”</source>
        <extracomment>%1 is a list of words, e.g. &quot;luật&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This title standard no longer exists: reopen Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of %1 was not changed: “%2” is not a date (type DD/MM/YYYY).</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of %1 was not changed: it has no such requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of %1 was not changed: %2.</source>
        <extracomment>%1 is a commune title, %2 the reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of %1 changes from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of %1 was changed for its whole period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower level now applies in difficult areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower level no longer applies in difficult areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of %1 applies until %2: choose an earlier date.</source>
        <extracomment>%1 is a commune title, %2 the last day of its standard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 until %2 the standard of %3 changes; reports for other dates keep their standard.</source>
        <extracomment>%1 and %2 are dates (DD/MM/YYYY), %3 a commune title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 the standard of %2 changes; reports for earlier dates keep the old one.</source>
        <extracomment>%1 is a date (DD/MM/YYYY), %2 a commune title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of %1 changes for its whole period (%2); reports for dates before it are not affected.</source>
        <extracomment>%1 is a commune title, %2 the period of its standard</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsJson</name>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;standards&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1: valid_from, valid_to and deadline must be dates written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1: valid_to must be after valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1: no instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1: a requirement has no key or an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1, requirement %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1: no positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1: unknown title &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsSection</name>
    <message>
        <source>Enforce “%1” for %2.</source>
        <extracomment>%1 is a requirement (e.g. &quot;Political theory&quot;), %2 a commune title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop enforcing “%1” for %2.</source>
        <extracomment>%1 is a requirement (e.g. &quot;Political theory&quot;), %2 a commune title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” for %2: %3 or higher instead of %4 or higher.</source>
        <extracomment>%1 is a requirement, %2 a commune title, %3 and %4 levels (e.g. &quot;University&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard of each commune title in force on %1, with its legal basis. A change takes effect from the date you choose; reports for earlier dates keep the standard of their date.</source>
        <extracomment>%1 is today&apos;s date, DD/MM/YYYY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower professional level in difficult areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province setting: in units marked as difficult areas, the lower level a standard names is enough. It has no date: reports on every date use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing enforced: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard in force today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: %1</source>
        <extracomment>%1 is a period, e.g. &quot;from 01/08/2023&quot; or &quot;25/12/2019 – 31/07/2023&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff must meet it by %1</source>
        <extracomment>%1 is a date, DD/MM/YYYY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requirement is enforced: people with this title are listed in reports, not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every period of this title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardsService</name>
    <message>
        <source>the title standard %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the title standards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard of %1 has no requirement number %2</source>
        <extracomment>%1 is a commune title, %2 a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date the change takes effect is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this standard applies until %1: a change from %2 would apply to no date</source>
        <extracomment>%1 is the last day of the standard, %2 the date typed (DD/MM/YYYY)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the standard of %1: %2</source>
        <extracomment>%1 is a commune title, %2 the storage error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the difficult-area rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleStandardCard</name>
    <message>
        <source>Title standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard in force for this title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets the standard of the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Does not meet the standard: %n gaps</source>
        <translation>
            <numerusform>Does not meet the standard: %n gap</numerusform>
            <numerusform>Does not meet the standard: %n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>%1 is today&apos;s date, DD/MM/YYYY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force since %1</source>
        <extracomment>%1 is a date, DD/MM/YYYY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be met by %1</source>
        <extracomment>%1 is a date, DD/MM/YYYY</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is in a difficult area: the lower professional level applies where the standard allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted in the commune-level rate on this date (not in service, or not in a commune, ward or town).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify (not enforced, shown for information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <extracomment>%1 lists the requirements not met, e.g. &quot;Political theory, Professional level&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingBudget</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training budget in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget comes with a saved plan of the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: enrolments not dropped. Spent: enrolled, attending or completed. A unit without a plan of its own draws on the whole office&apos;s budget (—).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCatalogue</name>
    <message>
        <source>Providers and costs are examples: edit them to the office&apos;s prices. A retired course is no longer proposed but stays in the enrolments that used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <extracomment>%1 is the course&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course catalogue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is shipped with the program and filled in when the database is created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCatalogueJson</name>
    <message>
        <source>not JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a training catalogue (&quot;format&quot; must be &quot;congvu-training-catalogue&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course %1: the code is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>course %1 (entry %2): %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalogue has no course</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>type the start date as DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 VND</source>
        <extracomment>%1 is the cost of the enrolments, %2 the budget (VND)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 VND)</source>
        <extracomment>%1 is the course&apos;s name, %2 its cost in VND</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a staff field (e.g. Political theory), %2 the value a course gives it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 a unit of time (days, months)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs %2 (has %3)</source>
        <extracomment>%1 is a requirement (e.g. Political theory), %2 what the standard asks, %3 what is on record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 is a line about a need, %2 the course that closes it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → no course closes it</source>
        <extracomment>%1 is a line about a need no course of the catalogue closes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no course has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the cost in VND as a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course saved: %1.</source>
        <extracomment>%1 is the course&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the start date of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s) proposed; %1 need(s) left out.</source>
        <extracomment>%n is the number of enrolments proposed, %1 the needs left out</extracomment>
        <translation>
            <numerusform>%n enrolment proposed; %1 need(s) left out.</numerusform>
            <numerusform>%n enrolments proposed; %1 need(s) left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in service on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course %1 is retired and no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already planned in %2</source>
        <extracomment>%1 is a person&apos;s name, %2 a course</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no need on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: it has no enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan saved: %1, %n enrolment(s).</source>
        <extracomment>%1 is the plan&apos;s title, %n the number of enrolments</extracomment>
        <translation>
            <numerusform>Plan saved: %1, %n enrolment.</numerusform>
            <numerusform>Plan saved: %1, %n enrolments.</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrolment was not changed: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment now %1.</source>
        <extracomment>%1 is a status of an enrolment (enrolled, attending, completed, dropped)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type the certificate date as DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be printed: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training plan was written to %1.</source>
        <extracomment>%1 is the path of the PDF file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per person (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered (a retired course is not proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCourseValidator</name>
    <message>
        <source>the course code must be 1 to 64 lower-case letters, digits or _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Vietnamese name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration must be a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown requirement &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown level &quot;%2&quot;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value recorded on completion is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title code cannot be empty or start or end with a space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingEnrolments</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a person&apos;s name, %2 a course</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the planned enrolment %1?</source>
        <extracomment>%1 is a person and a course</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next step · Delete: delete a planned enrolment or drop one under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start – end · cost (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 of %2</source>
        <extracomment>%1 is a certificate number, %2 its date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrolment in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments come from a saved plan: propose one on the Plan tab, edit it and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingNeeds</name>
    <message>
        <source>Search name or code (diacritics optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs of %2 people · %3 no course closes</source>
        <extracomment>%1 is a number of needs, %2 a number of people, %3 the needs no course closes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit · title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs → course that closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs come from the gaps to the title standards of commune cadres and civil servants (ND 33/2023): everyone in scope meets their standard, or nobody of the commune level is recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans that close the gaps to the title standards before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print plan (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs (%n)</source>
        <extracomment>%n is the number of people with training needs</extracomment>
        <translation>
            <numerusform>Needs (%n)</numerusform>
            <numerusform>Needs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enrolments (%n)</source>
        <extracomment>%n is the number of enrolments of the year</extracomment>
        <translation>
            <numerusform>Enrolments (%n)</numerusform>
            <numerusform>Enrolments (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPersonPicker</name>
    <message>
        <source>Staff code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlanEditor</name>
    <message numerus="yes">
        <source>Save the plan with %n enrolment(s) costing %1 VND of a budget of %2 VND? The enrolments are recorded as planned.</source>
        <extracomment>%n is the number of enrolments, %1 their cost, %2 the budget</extracomment>
        <translation>
            <numerusform>Save the plan with %n enrolment costing %1 VND of a budget of %2 VND? The enrolment is recorded as planned.</numerusform>
            <numerusform>Save the plan with %n enrolments costing %1 VND of a budget of %2 VND? The enrolments are recorded as planned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the plan with the enrolments that close the most gaps before the deadline within the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course · closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start – end · deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · added by hand</source>
        <extracomment>%1 is a staff code; shown when the row was added by hand</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline %1</source>
        <extracomment>%1 is the date by which the person must meet the standard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no enrolment left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan being edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the budget and the start date, then Propose: the enrolments that close the most gaps before the deadline come first. Add or remove rows before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <extracomment>%1 is the cost of the plan against its budget</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the budget by %1 VND</source>
        <extracomment>%1 is an amount of money in VND</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining: %1 VND</source>
        <extracomment>%1 is an amount of money in VND</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) not planned, and why</source>
        <extracomment>%n is the number of needs the proposal left out</extracomment>
        <translation>
            <numerusform>%n need not planned, and why</numerusform>
            <numerusform>%n needs not planned, and why</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlanPdf</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.: ……/KH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING AND DEVELOPMENT OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES IN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. The year in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans: &lt;b&gt;%1&lt;/b&gt;. Enrolments: &lt;b&gt;%2&lt;/b&gt; in &lt;b&gt;%3&lt;/b&gt; course(s). Budget: &lt;b&gt;%4&lt;/b&gt; VND; planned cost: &lt;b&gt;%5&lt;/b&gt; VND; committed (enrolled, attending or completed): &lt;b&gt;%6&lt;/b&gt; VND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: &lt;b&gt;%1&lt;/b&gt;; dropped: &lt;b&gt;%2&lt;/b&gt; (not listed below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned cost exceeds the budget by %1 VND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. People to train, by course</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <extracomment>%1 number of the course, %2 its name, %3 its kind, %4 number of people, %5 cost (VND)</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>III. Budget by unit (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan and no enrolment in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <comment>@title:column enrolments not dropped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@title:column completed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: the cost of every enrolment not dropped; spent: the cost of those enrolled, attending or completed; remaining: budget less planned. The enrolments of a unit&apos;s plan count on that unit; those of an office-wide plan or of no plan count on the person&apos;s unit, while the office-wide budget stands on its own line (&quot;–&quot;: no plan of the unit&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: Decree 101/2017/NĐ-CP on the training and development of cadres, civil servants and public employees (amended by Decree 89/2021/NĐ-CP); Decree 171/2025/NĐ-CP; Decree 33/2023/NĐ-CP on commune-level cadres, civil servants and part-time workers; the training needs of the staff against the standards of their titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPlanner</name>
    <message>
        <source>no course of the catalogue closes this gap (title standard, ND 33/2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no course that closes this gap ends by the deadline %1 (ND 33/2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barred from training by a discipline decision until %1 (Luật 52/2019/QH14 Art. 1 cl. 17: Luật Cán bộ, công chức Art. 82)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: postgraduate training needs at least 3 years of service (ND 171/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: postgraduate training needs the 2 consecutive years before rated HTTNV or better (ND 171/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: postgraduate training needs an age of 45 or under at enrolment (ND 171/2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no seat left in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the plan&apos;s budget is exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commitment to serve 3 times the training time to be signed (ND 171/2025)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>cannot save the course: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the staff and the course catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new enrolment is planned; it moves on through its lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enrolment is already stored (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in service on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no course has the code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course %1 is retired and no longer offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate is recorded on completion, not when planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2 in this course (enrolment %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot plan the enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no enrolment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enrolment is %1: it is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an enrolment cannot go from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start (%1) is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate number is required to complete the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate date is required to complete the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate date (%1) is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate date (%1) is before the start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for dropping the course is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the course or the person no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a planned enrolment can be deleted; this one is %1 (drop it instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete the enrolment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the facts of the proposal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan is already stored (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s year must be between 2000 and 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every enrolment needs a person and a course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: the end cannot be before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enrolments cost %L1 VND, more than the budget of %L2 VND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the training records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plans of %2 for %3 are stored (ids %4): the file cannot tell which one it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s title differs from line %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s budget differs from line %1 (%L2 VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown course &quot;%1&quot;: expected a course code or name of the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start (%1) is not in the plan&apos;s year %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to unit %2, not under the plan&apos;s unit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person, course and start are already on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enrolment %1 belongs to another plan (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the enrolment is %1: it is locked and the row must stay as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an enrolment cannot go back from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate number is required on a completed row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate date is required on a completed row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate is recorded on a completed row only, not on a %1 one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start (%1) is in the future: a course not begun yet is planned or enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason for dropping the course is required (in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in this course on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a person&apos;s name, %2 why they may not take the course</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the eligibility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the course %2 is meant for other titles</source>
        <extracomment>%1 is a person&apos;s name, %2 a course</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the course %2 asks first for %3, not on record</source>
        <extracomment>%1 is a person&apos;s name, %2 a course, %3 what it asks for</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingStepDialog</name>
    <message>
        <source>Complete the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the course is not continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>Training in %1 (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training in %1, unit %2 (VND)</source>
        <extracomment>%1 year, %2 unit code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan(s), %2 enrolment(s) not dropped.</source>
        <extracomment>%1 plans, %2 enrolments (not dropped)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: the cost of every enrolment not dropped; spent: enrolled, attending or completed; remaining: budget - planned (&quot;-&quot;: paid by a whole-office plan or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitHeader</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitRow</name>
    <message>
        <source>merged → %1</source>
        <extracomment>%1 is the unit it was merged into, &quot;Name (code)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitValidator</name>
    <message>
        <source>the unit code is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit kind is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit kind &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parent unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; makes a cycle in the unit tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid_to must be after valid_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit cannot be its own successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown successor unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the successor &quot;%1&quot; makes a cycle of merges</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <extracomment>%n is the number of units, valid or not</extracomment>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Grey: no longer valid today. Staff: people in service today recorded in the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the people of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units yet — import a units file on the Import page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>unknown role &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit manager needs the unit they manage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a unit manager is limited to a unit; a %1 sees the whole office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the password must have at least %n characters</source>
        <translation>
            <numerusform>the password must have at least %n character</numerusform>
            <numerusform>the password must have at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the password must have at most %n characters</source>
        <translation>
            <numerusform>the password must have at most %n character</numerusform>
            <numerusform>the password must have at most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles are on: log in as an administrator to manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user %1 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator: with roles on, nobody could manage users after this; make another administrator first, or turn roles off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <extracomment>%1 is what was being done (&quot;add the user anh.nv&quot;), %2 the database&apos;s error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name: 2 to 32 lowercase letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the full name must have at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate the user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles cannot be turned on without an active administrator: add one first (congvu user add NAME --role administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles are on: log in as an administrator to turn them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot turn roles %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a shared server roles are always on: every session logs in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the file is not a readable .xlsx workbook (damaged zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an Excel .xlsx workbook (%1 is missing)</source>
        <extracomment>%1 is a file name inside the workbook, e.g. xl/workbook.xml</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is too large (%1 is over %2 MB)</source>
        <extracomment>%1 is a file name inside the workbook, %2 a size in MB</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 cannot be unpacked)</source>
        <extracomment>%1 is a file name inside the workbook</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged (%1: %2)</source>
        <extracomment>%1 is a file name inside the workbook, %2 the XML parser&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first worksheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearLock</name>
    <message>
        <source>cannot check whether the year %1 is closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
