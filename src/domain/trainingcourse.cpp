// SPDX-License-Identifier: GPL-3.0-or-later
#include "trainingcourse.h"

#include "qualificationrule.h"
#include "textfold.h"
#include "trainingplan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString *fieldOf(StaffMember &m, const QString &key)
{
    if (key == "general_education"_L1) return &m.generalEducation;
    if (key == "professional_level"_L1) return &m.professionalLevel;
    if (key == "professional_field"_L1) return &m.professionalField;
    if (key == "political_theory"_L1) return &m.politicalTheory;
    if (key == "state_management"_L1) return &m.stateManagement;
    if (key == "it_skill"_L1) return &m.itSkill;
    if (key == "foreign_language"_L1) return &m.foreignLanguage;
    return nullptr;
}

/** A prerequisite as a requirement of the standards, so that QualificationRule checks it. */
StandardRequirement asRequirement(const CourseValue &v)
{
    StandardRequirement r;
    r.key = v.key;
    if (CodeTables::levelsOf(v.key)) {
        r.kind = StandardRequirement::Kind::MinLevel;
        r.minimum = v.value;
    } else {
        r.kind = StandardRequirement::Kind::Known;
    }
    return r;
}

QJsonArray valuesArray(const std::vector<CourseValue> &values)
{
    QJsonArray out;
    for (const CourseValue &v : values)
        out.append(QJsonObject{{u"key"_s, v.key}, {u"value"_s, v.value}});
    return out;
}

std::vector<CourseValue> valuesOf(const QJsonArray &array)
{
    std::vector<CourseValue> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(u"key"_s).toString(), o.value(u"value"_s).toString()});
    }
    return out;
}

} // namespace

StaffMember TrainingCourse::appliedTo(StaffMember member) const
{
    for (const CourseValue &g : grants) {
        QString *field = fieldOf(member, g.key);
        if (!field)
            continue;
        if (const CodeTable *table = CodeTables::levelsOf(g.key)) {
            if (table->rank(field->trimmed()) >= table->rank(g.value))
                continue; // a level already as high stays
            *field = g.value;
        } else if (field->trimmed().isEmpty()) {
            *field = g.value;
        } else if (!foldText(*field).contains(foldText(g.value))) {
            // A second field (a degree in Kế toán after one in Luật): both are held, neither is lost.
            *field = field->trimmed() + u"; "_s + g.value;
        }
    }
    return member;
}

bool TrainingCourse::offeredTo(const StaffMember &member) const
{
    return positions.isEmpty() || positions.contains(member.position);
}

bool TrainingCourse::admits(const StaffMember &member) const
{
    return std::all_of(prerequisites.cbegin(), prerequisites.cend(), [&](const CourseValue &p) {
        return QualificationRule::check(member, asRequirement(p), false).met;
    });
}

QDate TrainingCourse::endFrom(const QDate &start) const
{
    if (!start.isValid())
        return {};
    return durationUnit == "month"_L1 ? start.addMonths(duration) : start.addDays(duration);
}

const CourseValue *TrainingCourse::grantFor(const QString &key) const
{
    for (const CourseValue &g : grants) {
        if (g.key == key)
            return &g;
    }
    return nullptr;
}

namespace TrainingKinds {

const CodeTable &table()
{
    static const CodeTable t(u"kind"_s, {
        {u"political_theory"_s, {u"Lý luận chính trị"_s, u"LLCT"_s}, QT_TRANSLATE_NOOP("CodeTable", "Political theory"), 1},
        {u"state_management"_s, {u"Quản lý nhà nước"_s, u"QLNN"_s}, QT_TRANSLATE_NOOP("CodeTable", "State management"), 2},
        {u"leadership"_s, {u"Lãnh đạo, quản lý"_s, u"Lãnh đạo"_s}, QT_TRANSLATE_NOOP("CodeTable", "Leadership and management"), 3},
        {u"job_position"_s, {u"Vị trí việc làm"_s, u"Nghiệp vụ"_s}, QT_TRANSLATE_NOOP("CodeTable", "Job position"), 4},
        {u"defence_security"_s, {u"Quốc phòng và an ninh"_s, u"Quốc phòng – an ninh"_s, u"QP-AN"_s},
         QT_TRANSLATE_NOOP("CodeTable", "National defence and security"), 5},
        {u"it"_s, {u"Tin học"_s, u"Công nghệ thông tin"_s, u"CNTT"_s}, QT_TRANSLATE_NOOP("CodeTable", "IT"), 6},
        {u"foreign_language"_s, {u"Ngoại ngữ"_s}, QT_TRANSLATE_NOOP("CodeTable", "Foreign language"), 7},
        {u"degree"_s, {u"Đào tạo trình độ"_s, u"Văn bằng"_s, u"Bằng cấp"_s}, QT_TRANSLATE_NOOP("CodeTable", "Degree programme"), 8},
    });
    return t;
}

QString forRequirement(const QString &key)
{
    if (key == "political_theory"_L1) return u"political_theory"_s;
    if (key == "state_management"_L1) return u"state_management"_s;
    if (key == "professional_level"_L1 || key == "professional_field"_L1) return u"degree"_s;
    if (key == "it_skill"_L1) return u"it"_s;
    if (key == "foreign_language"_L1) return u"foreign_language"_s;
    return {};
}

} // namespace TrainingKinds

namespace TrainingDurationUnits {

const CodeTable &table()
{
    static const CodeTable t(u"duration_unit"_s, {
        {u"day"_s, {u"ngày"_s, u"days"_s}, QT_TRANSLATE_NOOP("CodeTable", "days"), 1},
        {u"month"_s, {u"tháng"_s, u"months"_s}, QT_TRANSLATE_NOOP("CodeTable", "months"), 2},
    });
    return t;
}

} // namespace TrainingDurationUnits

namespace TrainingRequirementKeys {

QStringList all()
{
    return {u"general_education"_s, u"professional_level"_s, u"professional_field"_s, u"political_theory"_s,
            u"state_management"_s, u"it_skill"_s, u"foreign_language"_s};
}

} // namespace TrainingRequirementKeys

bool TrainingCatalogueJson::parse(const QByteArray &bytes, std::vector<TrainingCourse> *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != "congvu-training-catalogue"_L1) {
        if (error)
            *error = tr("not a training catalogue (\"format\" must be \"congvu-training-catalogue\")");
        return false;
    }
    const QJsonArray courses = root.value(u"courses"_s).toArray();
    std::vector<TrainingCourse> parsed;
    QSet<QString> seen;
    int ordinal = 0;
    for (const QJsonValue &v : courses) {
        const QJsonObject o = v.toObject();
        TrainingCourse c;
        c.code = o.value(u"code"_s).toString();
        c.ordinal = ++ordinal;
        c.kind = o.value(u"kind"_s).toString();
        c.nameVi = o.value(u"name_vi"_s).toString();
        c.nameEn = o.value(u"name_en"_s).toString();
        c.provider = o.value(u"provider"_s).toString();
        c.duration = o.value(u"duration"_s).toInt();
        c.durationUnit = o.value(u"duration_unit"_s).toString(u"day"_s);
        c.cost = qint64(o.value(u"cost"_s).toDouble());
        c.grants = valuesOf(o.value(u"grants"_s).toArray());
        c.prerequisites = valuesOf(o.value(u"prerequisites"_s).toArray());
        for (const QJsonValue &p : o.value(u"positions"_s).toArray())
            c.positions << p.toString();
        c.basis = o.value(u"basis"_s).toString();
        c.note = o.value(u"note"_s).toString();
        const FieldErrors errors = TrainingCourseValidator::validate(c);
        if (!errors.empty() || seen.contains(c.code)) {
            if (error) {
                *error = errors.empty() ? tr("course %1: the code is used twice").arg(c.code)
                                        : tr("course %1 (entry %2): %3: %4")
                                              .arg(c.code)
                                              .arg(ordinal)
                                              .arg(errors.front().field, errors.front().message);
            }
            return false;
        }
        seen.insert(c.code);
        parsed.push_back(std::move(c));
    }
    if (parsed.empty()) {
        if (error)
            *error = tr("the catalogue has no course");
        return false;
    }
    *out = std::move(parsed);
    return true;
}

QJsonObject TrainingCatalogueJson::toJson(const TrainingCourse &c)
{
    return {{u"code"_s, c.code},
            {u"ordinal"_s, c.ordinal},
            {u"kind"_s, c.kind},
            {u"name_vi"_s, c.nameVi},
            {u"name_en"_s, c.nameEn},
            {u"provider"_s, c.provider},
            {u"duration"_s, c.duration},
            {u"duration_unit"_s, c.durationUnit},
            {u"cost"_s, double(c.cost)},
            {u"grants"_s, valuesArray(c.grants)},
            {u"prerequisites"_s, valuesArray(c.prerequisites)},
            {u"positions"_s, QJsonArray::fromStringList(c.positions)},
            {u"basis"_s, c.basis},
            {u"note"_s, c.note},
            {u"active"_s, c.active},
            {u"origin"_s, c.origin}};
}

QString TrainingCatalogueJson::toCompactJson(const TrainingCourse &course)
{
    return QString::fromUtf8(QJsonDocument(toJson(course)).toJson(QJsonDocument::Compact));
}

QString TrainingCatalogueJson::valuesJson(const std::vector<CourseValue> &values)
{
    return QString::fromUtf8(QJsonDocument(valuesArray(values)).toJson(QJsonDocument::Compact));
}

std::vector<CourseValue> TrainingCatalogueJson::valuesFromJson(const QString &json)
{
    return valuesOf(QJsonDocument::fromJson(json.toUtf8()).array());
}

QString TrainingCatalogueJson::positionsJson(const QStringList &positions)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(positions)).toJson(QJsonDocument::Compact));
}

QStringList TrainingCatalogueJson::positionsFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

FieldErrors TrainingCourseValidator::validate(const TrainingCourse &c)
{
    FieldErrors errors;
    static const QRegularExpression codePattern(u"^[a-z0-9_]{1,64}$"_s);
    if (!codePattern.match(c.code).hasMatch())
        errors.push_back({u"code"_s, tr("the course code must be 1 to 64 lower-case letters, digits or _")});
    if (!TrainingKinds::table().contains(c.kind))
        errors.push_back({u"kind"_s, tr("unknown value \"%1\"; expected one of: %2")
                                         .arg(c.kind, TrainingKinds::table().codes().join(u", "_s))});
    if (c.nameVi.trimmed().isEmpty())
        errors.push_back({u"name_vi"_s, tr("the Vietnamese name is required")});
    if (c.duration <= 0)
        errors.push_back({u"duration"_s, tr("the duration must be a whole number above 0")});
    if (!TrainingDurationUnits::table().contains(c.durationUnit))
        errors.push_back({u"duration_unit"_s, tr("unknown value \"%1\"; expected one of: %2")
                                                  .arg(c.durationUnit, TrainingDurationUnits::table().codes().join(u", "_s))});
    if (c.cost < 0)
        errors.push_back({u"cost"_s, tr("the cost cannot be negative")});
    const QStringList keys = TrainingRequirementKeys::all();
    auto checkValues = [&](const std::vector<CourseValue> &values, const QString &field) {
        QSet<QString> seen;
        for (const CourseValue &v : values) {
            if (!keys.contains(v.key)) {
                errors.push_back({field, tr("unknown requirement \"%1\"; expected one of: %2").arg(v.key, keys.join(u", "_s))});
                continue;
            }
            if (seen.contains(v.key))
                errors.push_back({field, tr("%1 is given twice").arg(v.key)});
            seen.insert(v.key);
            const CodeTable *table = CodeTables::levelsOf(v.key);
            if (table && !table->contains(v.value))
                errors.push_back({field, tr("%1: unknown level \"%2\"; expected one of: %3")
                                             .arg(v.key, v.value, table->codes().join(u", "_s))});
            else if (!table && v.value.trimmed().isEmpty())
                errors.push_back({field, tr("%1: the value recorded on completion is required").arg(v.key)});
        }
    };
    for (const QString &p : c.positions) {
        if (p.trimmed().isEmpty() || p != p.trimmed())
            errors.push_back({u"positions"_s, tr("a title code cannot be empty or start or end with a space")});
    }
    checkValues(c.grants, u"grants"_s);
    checkValues(c.prerequisites, u"prerequisites"_s);
    return errors;
}

namespace EnrolmentStatus {

const CodeTable &table()
{
    static const CodeTable t(u"status"_s, {
        {QString(Planned), {u"Dự kiến"_s, u"Kế hoạch"_s}, QT_TRANSLATE_NOOP("CodeTable", "Planned"), 1},
        {QString(Enrolled), {u"Đã đăng ký"_s, u"Đã cử đi học"_s}, QT_TRANSLATE_NOOP("CodeTable", "Enrolled"), 2},
        {QString(Attending), {u"Đang học"_s}, QT_TRANSLATE_NOOP("CodeTable", "Attending"), 3},
        {QString(Completed), {u"Hoàn thành"_s, u"Đã hoàn thành"_s}, QT_TRANSLATE_NOOP("CodeTable", "Completed"), 4},
        {QString(Dropped), {u"Thôi học"_s, u"Hủy"_s}, QT_TRANSLATE_NOOP("CodeTable", "Dropped"), 0},
    });
    return t;
}

} // namespace EnrolmentStatus
