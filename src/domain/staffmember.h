// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowversion.h"

#include <QDate>
#include <QString>

#include <optional>

/**
 * A person of the registry (cán bộ, công chức, viên chức, người hoạt động không chuyên trách)
 * with every field of STAFF-CSV.md "Staff". Coded fields hold codes (CodeTables); an empty
 * string or nullopt means "not known".
 */
struct StaffMember
{
    QString code;              ///< mã cán bộ, unique and stable
    QString fullName;          ///< họ và tên
    QDate birthDate;           ///< ngày sinh
    QString gender;            ///< nam / nu, or empty
    QString unitCode;          ///< mã đơn vị
    QString category;          ///< loại cán bộ: cb, cc, vc, cb_xa, cc_xa, khong_chuyen_trach
    QString position;          ///< chức danh: commune title code for cb_xa/cc_xa, else free text
    std::optional<bool> isLeader;   ///< lãnh đạo quản lý
    QDate startDate;           ///< took this position
    QDate endDate;             ///< left it (exclusive); null = still in service
    QString generalEducation;  ///< trình độ phổ thông
    QString professionalLevel; ///< trình độ chuyên môn
    QString professionalField; ///< chuyên ngành (free text)
    QString politicalTheory;   ///< lý luận chính trị
    QString stateManagement;   ///< quản lý nhà nước
    QString itSkill;           ///< tin học (free text)
    QString foreignLanguage;   ///< ngoại ngữ (free text)
    std::optional<bool> ethnicMinority; ///< dân tộc thiểu số
    RowVersion rowVersion;     ///< the version read (concurrent editing); not part of the value

    /** In service on date: start ≤ date (or no start) and no end or end > date. */
    [[nodiscard]] bool isInServiceOn(const QDate &date) const;

    friend bool operator==(const StaffMember &, const StaffMember &) = default;
};
