// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

#include <QQmlEngine>

#include <vector>

/** One stored enrolment, ready to show, with the lifecycle steps it allows (read from the service's table). */
struct TrainingEnrolmentEntry
{
    qint64 id = 0;
    qint64 planId = 0;
    QString staffCode;
    QString fullName;
    QString unitName;
    QString courseCode;
    QString courseName;
    QString status;      ///< an EnrolmentStatus code
    QString statusLabel;
    QString startText;   ///< DD/MM/YYYY
    QString endText;
    QString certificateNo;
    QString certificateDateText;
    qint64 cost = 0;
    QString note;
    bool canEnrol = false;    ///< planned → enrolled
    bool canAttend = false;   ///< enrolled → attending
    bool canComplete = false; ///< attending → completed
    bool canDrop = false;     ///< not final → dropped
    bool canRemove = false;   ///< planned: may be deleted
};

/** The enrolments of the year and unit chosen on the Training page, by unit, name and start. */
class TrainingEnrolmentModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by TrainingController")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PlanIdRole,
        StaffCodeRole,
        FullNameRole,
        UnitNameRole,
        CourseCodeRole,
        CourseNameRole,
        StatusRole,
        StatusLabelRole,
        StartTextRole,
        EndTextRole,
        CertificateNoRole,
        CertificateDateTextRole,
        CostTextRole,
        NoteRole,
        CanEnrolRole,
        CanAttendRole,
        CanCompleteRole,
        CanDropRole,
        CanRemoveRole,
    };
    Q_ENUM(Role)

    explicit TrainingEnrolmentModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<TrainingEnrolmentEntry> rows);
    [[nodiscard]] const std::vector<TrainingEnrolmentEntry> &rows() const { return m_rows; }
    /** The row of id as a map of its roles (for dialogs), {} when absent. */
    Q_INVOKABLE QVariantMap get(qint64 id) const;

protected:
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    [[nodiscard]] qint64 idOfRow(int row) const override { return m_rows[size_t(row)].id; }

private:
    std::vector<TrainingEnrolmentEntry> m_rows;
};
