// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingenrolmentmodel.h"

#include <QLocale>

TrainingEnrolmentModel::TrainingEnrolmentModel(QObject *parent)
    : RowListModel(parent)
{
}

QVariant TrainingEnrolmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingEnrolmentEntry &r = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return r.id;
    case PlanIdRole:
        return r.planId;
    case StaffCodeRole:
        return r.staffCode;
    case FullNameRole:
        return r.fullName;
    case UnitNameRole:
        return r.unitName;
    case CourseCodeRole:
        return r.courseCode;
    case CourseNameRole:
        return r.courseName;
    case StatusRole:
        return r.status;
    case StatusLabelRole:
        return r.statusLabel;
    case StartTextRole:
        return r.startText;
    case EndTextRole:
        return r.endText;
    case CertificateNoRole:
        return r.certificateNo;
    case CertificateDateTextRole:
        return r.certificateDateText;
    case CostTextRole:
        return QLocale().toString(r.cost);
    case NoteRole:
        return r.note;
    case CanEnrolRole:
        return r.canEnrol;
    case CanAttendRole:
        return r.canAttend;
    case CanCompleteRole:
        return r.canComplete;
    case CanDropRole:
        return r.canDrop;
    case CanRemoveRole:
        return r.canRemove;
    }
    return {};
}

QHash<int, QByteArray> TrainingEnrolmentModel::roleNames() const
{
    return {
        {IdRole, "enrolmentId"},
        {PlanIdRole, "planId"},
        {StaffCodeRole, "staffCode"},
        {FullNameRole, "fullName"},
        {UnitNameRole, "unitName"},
        {CourseCodeRole, "courseCode"},
        {CourseNameRole, "courseName"},
        {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"},
        {StartTextRole, "startText"},
        {EndTextRole, "endText"},
        {CertificateNoRole, "certificateNo"},
        {CertificateDateTextRole, "certificateDateText"},
        {CostTextRole, "costText"},
        {NoteRole, "note"},
        {CanEnrolRole, "canEnrol"},
        {CanAttendRole, "canAttend"},
        {CanCompleteRole, "canComplete"},
        {CanDropRole, "canDrop"},
        {CanRemoveRole, "canRemove"},
    };
}

void TrainingEnrolmentModel::setRows(std::vector<TrainingEnrolmentEntry> rows)
{
    replaceRows(m_rows, std::move(rows));
}

QVariantMap TrainingEnrolmentModel::get(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return {};
    QVariantMap out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}
