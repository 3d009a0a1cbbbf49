// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/evaluation.h"
#include "domain/staffmember.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

/**
 * Concurrent editing (issue 8 item 3): the message an officer reads when someone else saved the record
 * they were editing. It names who saved last and when (the record's latest audit row) and the fields
 * that differ between what the officer started from and what is stored now, in the form's words.
 */
class EditConflict
{
    Q_DECLARE_TR_FUNCTIONS(EditConflict)

public:
    /** The labels of the fields of a person that differ between from and now, in the form's order. */
    [[nodiscard]] static QStringList staffFields(const StaffMember &from, const StaffMember &now);
    /**
     * The labels of the fields of an evaluation that differ between from and now; "Written form" when
     * only the version moved (the written parts were saved, they live in their own table).
     */
    [[nodiscard]] static QStringList evaluationFields(const Evaluation &from, const Evaluation &now);

    /** The refusal of a person's save: who changed them and when, which fields, what to do. */
    [[nodiscard]] static QString staffMessage(QSqlDatabase db, const StaffMember &from, const StaffMember &now);
    /** The refusal of an evaluation's save (person, year), with its written form's changes counted in. */
    [[nodiscard]] static QString evaluationMessage(QSqlDatabase db, const Evaluation &from, const Evaluation &now);

private:
    /** "%who on %when changed …: fields. Your changes were not saved …" for the latest of entities on key. */
    [[nodiscard]] static QString message(QSqlDatabase db, const QStringList &entities, const QString &key,
                                         const QString &record, const QStringList &fields);
};
