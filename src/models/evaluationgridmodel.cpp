// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationgridmodel.h"

#include "domain/codetable.h"
#include "domain/evaluationlevel.h"
#include "domain/textfold.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;
namespace L = EvaluationLevels;

namespace {

struct ColumnInfo
{
    const char *key;   ///< the RECORDS-CSV.md field (the service's field errors use it)
    const char *title; ///< translated in columns()
    const char *kind;
};

// The order of EvaluationGridModel::Column.
constexpr ColumnInfo kColumns[] = {
    {"staff_code", QT_TRANSLATE_NOOP("EvaluationGridModel", "Code"), "readonly"},
    {"full_name", QT_TRANSLATE_NOOP("EvaluationGridModel", "Full name"), "readonly"},
    {"task_group", QT_TRANSLATE_NOOP("EvaluationGridModel", "Task group"), "text"},
    {"months_worked", QT_TRANSLATE_NOOP("EvaluationGridModel", "Months worked"), "number"},
    {"months_absent", QT_TRANSLATE_NOOP("EvaluationGridModel", "Months absent"), "number"},
    {"maternity_leave", QT_TRANSLATE_NOOP("EvaluationGridModel", "Maternity"), "bool"},
    {"score", QT_TRANSLATE_NOOP("EvaluationGridModel", "Score"), "number"},
    {"self_level", QT_TRANSLATE_NOOP("EvaluationGridModel", "Self"), "level"},
    {"proposed_level", QT_TRANSLATE_NOOP("EvaluationGridModel", "Proposed"), "level"},
    {"final_level", QT_TRANSLATE_NOOP("EvaluationGridModel", "Final"), "readonly"},
    {"status", QT_TRANSLATE_NOOP("EvaluationGridModel", "Status"), "readonly"},
    {"max_level", QT_TRANSLATE_NOOP("EvaluationGridModel", "Max level"), "readonly"},
    {"flags", QT_TRANSLATE_NOOP("EvaluationGridModel", "Flags"), "readonly"},
};
static_assert(std::size(kColumns) == EvaluationGridModel::ColumnCount);

bool isDecided(const Evaluation &e)
{
    return e.status == EvaluationStatus::Decided;
}

QString scoreText(const std::optional<int> &tenths)
{
    return tenths ? QString::number(*tenths / 10.0, 'f', 1) : QString();
}

} // namespace

EvaluationGridModel::EvaluationGridModel(EvaluationService &service, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
{
}

int EvaluationGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant EvaluationGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = m_visible[size_t(index.row())];
    const PersonEvaluation &p = m_rows[size_t(i)];
    switch (role) {
    case CodeRole:
        return p.evaluation.staffCode;
    case FullNameRole:
        return p.fullName;
    case CategoryRole:
        return p.category;
    case UnitCodeRole:
        return p.unitCode;
    case TaskGroupRole:
        return p.taskGroup;
    case StatusRole:
        return p.evaluation.status;
    case LockedRole:
        return isDecided(p.evaluation);
    case RatedRole:
        return p.outcome.rated;
    case MaxLevelRole:
        return p.outcome.maxLevel;
    case FinalLevelRole:
        return p.evaluation.finalLevel;
    case ProposedLevelRole:
        return p.evaluation.proposedLevel;
    case SelfLevelRole:
        return p.evaluation.selfLevel;
    case FlagsRole:
        return p.outcome.flags;
    case CellsRole:
        return cells(p);
    case ErrorsRole:
        return errors(i);
    case FlaggedRole:
        return !p.outcome.flags.isEmpty();
    }
    return {};
}

QHash<int, QByteArray> EvaluationGridModel::roleNames() const
{
    return {
        {CodeRole, "code"},
        {FullNameRole, "fullName"},
        {CategoryRole, "category"},
        {UnitCodeRole, "unitCode"},
        {TaskGroupRole, "taskGroup"},
        {StatusRole, "status"},
        {LockedRole, "locked"},
        {RatedRole, "rated"},
        {MaxLevelRole, "maxLevel"},
        {FinalLevelRole, "finalLevel"},
        {ProposedLevelRole, "proposedLevel"},
        {SelfLevelRole, "selfLevel"},
        {FlagsRole, "flags"},
        {CellsRole, "cells"},
        {ErrorsRole, "errors"},
        {FlaggedRole, "flagged"},
    };
}

QVariantList EvaluationGridModel::columns() const
{
    QVariantList out;
    for (const ColumnInfo &c : kColumns) {
        const QString kind = QString::fromLatin1(c.kind);
        out.append(QVariantMap{{u"key"_s, QString::fromLatin1(c.key)},
                               {u"title"_s, tr(c.title)},
                               {u"kind"_s, kind},
                               {u"editable"_s, kind != "readonly"_L1}});
    }
    return out;
}

QString EvaluationGridModel::kindOf(int column) const
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kColumns[column].kind) : QString();
}

void EvaluationGridModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    const int before = count();
    beginResetModel();
    rebuildVisible();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
    Q_EMIT filterChanged();
}

void EvaluationGridModel::rebuildVisible()
{
    m_visible.clear();
    const QString needle = foldText(m_filter);
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const PersonEvaluation &p = m_rows[size_t(i)];
        if (needle.isEmpty() || foldText(p.fullName).contains(needle)
            || foldText(p.evaluation.staffCode).contains(needle) || foldText(p.taskGroup).contains(needle)
            || foldText(taskGroupText(p.taskGroup)).contains(needle))
            m_visible.push_back(i);
    }
}

void EvaluationGridModel::load(const QString &unitCode, int year)
{
    if (unitCode != m_unit || year != m_year) {
        m_undo.clear();
        Q_EMIT undoChanged();
    }
    m_unit = unitCode;
    m_year = year;
    reload();
}

void EvaluationGridModel::reload()
{
    const int before = count();
    beginResetModel();
    m_rows = m_unit.isEmpty() || m_year <= 0 ? std::vector<PersonEvaluation>{} : m_service.unitYear(m_unit, m_year);
    m_errors.assign(m_rows.size(), QStringList(int(ColumnCount)));
    rebuildVisible();
    endResetModel();
    if (before != count())
        Q_EMIT countChanged();
}

QString EvaluationGridModel::codeAt(int row) const
{
    return inRange(row) ? m_rows[size_t(m_visible[size_t(row)])].evaluation.staffCode : QString();
}

int EvaluationGridModel::rowOf(const QString &staffCode) const
{
    for (int r = 0; r < int(m_visible.size()); ++r) {
        if (m_rows[size_t(m_visible[size_t(r)])].evaluation.staffCode == staffCode)
            return r;
    }
    return -1;
}

bool EvaluationGridModel::isLocked(int row) const
{
    return inRange(row) && isDecided(m_rows[size_t(m_visible[size_t(row)])].evaluation);
}

bool EvaluationGridModel::isEditable(int row, int column) const
{
    return inRange(row) && !isLocked(row) && column >= 0 && column < ColumnCount
           && kindOf(column) != "readonly"_L1;
}

QString EvaluationGridModel::editText(int row, int column) const
{
    if (!inRange(row))
        return {};
    const Evaluation &e = m_rows[size_t(m_visible[size_t(row)])].evaluation;
    switch (column) {
    case TaskGroupColumn:
        return e.taskGroup;
    case MonthsWorkedColumn:
        return QString::number(e.monthsWorked);
    case MonthsAbsentColumn:
        return QString::number(e.monthsAbsent);
    case MaternityColumn:
        return e.maternityLeave ? u"1"_s : u"0"_s;
    case ScoreColumn:
        return scoreText(e.scoreTenths);
    case SelfLevelColumn:
        return e.selfLevel;
    case ProposedLevelColumn:
        return e.proposedLevel;
    default:
        return cells(m_rows[size_t(m_visible[size_t(row)])]).value(column);
    }
}

QString EvaluationGridModel::errorAt(int row, int column) const
{
    return inRange(row) ? errors(m_visible[size_t(row)]).value(column) : QString();
}

QVariantMap EvaluationGridModel::nextEditable(int row, int column, bool backwards) const
{
    const int step = backwards ? -1 : 1;
    int r = row;
    int c = column;
    // Editable columns only; locked rows are skipped over as a whole.
    for (int guard = 0; guard < (count() + 1) * ColumnCount; ++guard) {
        c += step;
        if (c >= ColumnCount) {
            c = 0;
            ++r;
        } else if (c < 0) {
            c = ColumnCount - 1;
            --r;
        }
        if (r < 0 || r >= count())
            break;
        if (isEditable(r, c))
            return {{u"row"_s, r}, {u"column"_s, c}};
    }
    return {{u"row"_s, -1}, {u"column"_s, -1}};
}

QString EvaluationGridModel::levelForKey(const QString &key)
{
    const QString k = foldText(key);
    if (k == "x"_L1 || k == "1"_L1)
        return L::XuatSac;
    if (k == "t"_L1 || k == "2"_L1)
        return L::Tot;
    if (k == "h"_L1 || k == "3"_L1)
        return L::HoanThanh;
    if (k == "k"_L1 || k == "4"_L1)
        return L::KhongHoanThanh;
    return {};
}

QString EvaluationGridModel::taskGroupText(const QString &taskGroup)
{
    // An empty task group stands for the person's position: for commune people a title code.
    return CodeTables::communeTitle().label(taskGroup);
}

QString EvaluationGridModel::levelText(const QString &level)
{
    if (level.isEmpty())
        return {};
    //: %1 the level's name, %2 its abbreviation (HTXSNV, HTTNV, HTNV, KHTNV)
    return tr("%1 (%2)").arg(L::label(level), L::abbreviation(level));
}

QString EvaluationGridModel::flagLabel(const QString &flag)
{
    if (flag == "short_service"_L1)
        return tr("not rated");
    if (flag == "absence_cap"_L1)
        return tr("leave cap");
    if (flag == "disciplined"_L1)
        return tr("disciplined");
    if (flag == "above_max_level"_L1)
        return tr("above maximum");
    if (flag == "score_mismatch"_L1)
        return tr("score differs");
    if (flag == "second_consecutive_khong_hoan_thanh"_L1)
        return tr("2nd KHTNV in a row");
    return flag;
}

QString EvaluationGridModel::statusLabel(const QString &status)
{
    if (status == EvaluationStatus::Draft)
        return tr("draft");
    if (status == EvaluationStatus::SelfAssessed)
        return tr("self-assessed");
    if (status == EvaluationStatus::Proposed)
        return tr("proposed");
    if (status == EvaluationStatus::Decided)
        return tr("decided");
    return status;
}

QStringList EvaluationGridModel::cells(const PersonEvaluation &p) const
{
    const Evaluation &e = p.evaluation;
    QStringList flags;
    for (const QString &f : p.outcome.flags)
        flags << flagLabel(f);
    return {
        e.staffCode,
        p.fullName,
        taskGroupText(e.taskGroup.isEmpty() ? p.taskGroup : e.taskGroup),
        QString::number(e.monthsWorked),
        QString::number(e.monthsAbsent),
        e.maternityLeave ? u"✓"_s : QString(),
        scoreText(e.scoreTenths),
        L::abbreviation(e.selfLevel),
        L::abbreviation(e.proposedLevel),
        L::abbreviation(e.finalLevel),
        statusLabel(e.status),
        p.outcome.rated ? L::abbreviation(p.outcome.maxLevel) : tr("not rated"),
        flags.join(u", "_s),
    };
}

QStringList EvaluationGridModel::errors(int index) const
{
    QStringList out = m_errors[size_t(index)];
    const PersonEvaluation &p = m_rows[size_t(index)];
    // Warnings of the live check: a proposal the rules would not allow as the final level.
    if (out.value(ProposedLevelColumn).isEmpty() && !p.evaluation.proposedLevel.isEmpty()) {
        if (!p.outcome.rated)
            out[ProposedLevelColumn] = tr("Not rated this year: no level can be decided");
        else if (L::isHigher(p.evaluation.proposedLevel, p.outcome.maxLevel))
            //: %1 the highest level allowed
            out[ProposedLevelColumn] = tr("Above the highest level the rules allow, %1")
                                           .arg(L::abbreviation(p.outcome.maxLevel));
    }
    return out;
}

int EvaluationGridModel::columnOfField(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (field == QLatin1StringView(kColumns[c].key))
            return c;
    }
    if (field == "maternity"_L1)
        return MaternityColumn;
    return -1;
}

void EvaluationGridModel::setError(int index, int column, const QString &message)
{
    if (column < 0 || column >= ColumnCount)
        column = NameColumn;
    m_errors[size_t(index)][column] = message;
}

bool EvaluationGridModel::setCell(int row, int column, const QString &text)
{
    if (!inRange(row) || column < 0 || column >= ColumnCount)
        return false;
    const int index = m_visible[size_t(row)];
    const PersonEvaluation &p = m_rows[size_t(index)];
    if (isDecided(p.evaluation)) {
        setError(index, column, tr("Decided: reopen the evaluation to change it"));
        const QModelIndex idx = this->index(row);
        Q_EMIT dataChanged(idx, idx, {ErrorsRole});
        return false;
    }
    Evaluation after = p.evaluation;
    const QString t = text.trimmed();
    QString bad;
    QString what;
    bool ok = true;
    switch (column) {
    case TaskGroupColumn:
        after.taskGroup = t;
        what = tr("task group");
        break;
    case MonthsWorkedColumn:
    case MonthsAbsentColumn: {
        const int months = t.toInt(&ok);
        if (!ok || months < 0 || months > 12)
            bad = tr("Enter a whole number of months from 0 to 12");
        else if (column == MonthsWorkedColumn)
            after.monthsWorked = months;
        else
            after.monthsAbsent = months;
        what = column == MonthsWorkedColumn ? tr("months worked") : tr("months absent");
        break;
    }
    case MaternityColumn: {
        const QString f = foldText(t);
        if (f.isEmpty() || f == "0"_L1 || f == "k"_L1 || f == "khong"_L1 || f == "no"_L1 || f == "false"_L1)
            after.maternityLeave = false;
        else if (f == "1"_L1 || f == "c"_L1 || f == "co"_L1 || f == "x"_L1 || f == "yes"_L1 || f == "true"_L1
                 || t == u"✓"_s)
            after.maternityLeave = true;
        else
            bad = tr("Enter 1 (maternity leave) or 0");
        what = tr("maternity leave");
        break;
    }
    case ScoreColumn: {
        what = tr("score");
        if (t.isEmpty()) {
            after.scoreTenths.reset();
            break;
        }
        QString n = t;
        n.replace(u',', u'.');
        const double v = n.toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < 0.0 || v > 100.0)
            bad = tr("Enter a score from 0 to 100 with at most one decimal");
        else
            after.scoreTenths = int(std::lround(v * 10.0));
        break;
    }
    case SelfLevelColumn:
    case ProposedLevelColumn: {
        QString level;
        if (!t.isEmpty()) {
            level = levelForKey(t);
            if (level.isEmpty())
                level = L::match(t).value_or(QString());
            if (level.isEmpty())
                bad = tr("Type X/1 (HTXSNV), T/2 (HTTNV), H/3 (HTNV) or K/4 (KHTNV); Delete clears");
        }
        if (column == SelfLevelColumn) {
            after.selfLevel = level;
            what = tr("self level");
        } else {
            after.proposedLevel = level;
            what = tr("proposed level");
        }
        break;
    }
    default:
        return false;
    }
    if (!bad.isEmpty()) {
        setError(index, column, bad);
        const QModelIndex idx = this->index(row);
        Q_EMIT dataChanged(idx, idx, {ErrorsRole});
        return false;
    }
    if (after == p.evaluation) {
        if (!m_errors[size_t(index)][column].isEmpty()) {
            m_errors[size_t(index)][column].clear();
            const QModelIndex idx = this->index(row);
            Q_EMIT dataChanged(idx, idx, {ErrorsRole});
        }
        return true;
    }
    return write(index, after, column, what);
}

bool EvaluationGridModel::saveEvaluation(const Evaluation &evaluation, const QString &what)
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[size_t(i)].evaluation.staffCode == evaluation.staffCode)
            return write(i, evaluation, -1, what);
    }
    return false;
}

bool EvaluationGridModel::write(int index, const Evaluation &after, int column, const QString &what)
{
    const Evaluation before = m_rows[size_t(index)].evaluation;
    const SaveResult result = m_service.save(after, before);
    const int row = [&] {
        for (int r = 0; r < int(m_visible.size()); ++r) {
            if (m_visible[size_t(r)] == index)
                return r;
        }
        return -1;
    }();
    if (!result.ok()) {
        for (const FieldError &fe : result.fieldErrors)
            setError(index, columnOfField(fe.field) >= 0 ? columnOfField(fe.field) : column, fe.message);
        if (result.conflict) {
            setError(index, column, result.error);
            Q_EMIT conflictOccurred(result.error);
        } else if (!result.error.isEmpty()) {
            setError(index, column, result.error);
            Q_EMIT errorOccurred(result.error);
        } else if (column < 0 && !result.fieldErrors.empty()) {
            Q_EMIT errorOccurred(result.fieldErrors.front().message);
        }
        if (row >= 0) {
            const QModelIndex idx = this->index(row);
            Q_EMIT dataChanged(idx, idx, {ErrorsRole});
        }
        return false;
    }
    m_undo.push_back({before, u"%1: %2"_s.arg(before.staffCode, what)});
    if (m_undo.size() > 50)
        m_undo.erase(m_undo.begin());
    m_errors[size_t(index)] = QStringList(int(ColumnCount));
    refreshIndex(index);
    Q_EMIT undoChanged();
    Q_EMIT rowsSaved();
    return true;
}

void EvaluationGridModel::refreshIndex(int index)
{
    PersonEvaluation &p = m_rows[size_t(index)];
    const QString code = p.evaluation.staffCode;
    Evaluation stored;
    if (const std::optional<Evaluation> found = m_service.find(code, m_year)) {
        stored = *found;
    } else {
        stored.staffCode = code;
        stored.year = m_year;
        stored.status = EvaluationStatus::Draft;
    }
    PersonEvaluation fresh = m_service.assess(stored);
    fresh.evaluation = stored;
    if (fresh.fullName.isEmpty())
        fresh.fullName = p.fullName;
    if (fresh.category.isEmpty())
        fresh.category = p.category;
    if (fresh.unitCode.isEmpty())
        fresh.unitCode = p.unitCode;
    if (fresh.taskGroup.isEmpty())
        fresh.taskGroup = stored.taskGroup.isEmpty() ? p.taskGroup : stored.taskGroup;
    p = std::move(fresh);
    for (int r = 0; r < int(m_visible.size()); ++r) {
        if (m_visible[size_t(r)] == index) {
            const QModelIndex idx = this->index(r);
            Q_EMIT dataChanged(idx, idx);
        }
    }
}

void EvaluationGridModel::refreshPerson(const QString &staffCode)
{
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[size_t(i)].evaluation.staffCode == staffCode) {
            m_errors[size_t(i)] = QStringList(int(ColumnCount));
            refreshIndex(i);
            Q_EMIT rowsSaved();
            return;
        }
    }
}

QString EvaluationGridModel::undoText() const
{
    return m_undo.empty() ? QString() : m_undo.back().what;
}

bool EvaluationGridModel::undo()
{
    if (m_undo.empty())
        return false;
    const Undo last = m_undo.back();
    // Saved back over the version the grid holds now (after the change undone): a change someone else
    // saved since is a conflict, not overwritten.
    Evaluation back = last.before;
    std::optional<Evaluation> held;
    for (const PersonEvaluation &p : m_rows) {
        if (p.evaluation.staffCode == back.staffCode) {
            back.rowVersion = p.evaluation.rowVersion;
            held = p.evaluation;
        }
    }
    const SaveResult result = back.id == 0 ? m_service.remove(back.staffCode, back.year, held) : m_service.save(back);
    if (!result.ok()) {
        const QString message = !result.error.isEmpty()
                                    ? result.error
                                    : (result.fieldErrors.empty() ? tr("The change cannot be undone")
                                                                  : result.fieldErrors.front().message);
        //: %1 the change, %2 why it cannot be undone
        Q_EMIT errorOccurred(tr("Cannot undo %1: %2").arg(last.what, message));
        return false;
    }
    m_undo.pop_back();
    Q_EMIT undoChanged();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (m_rows[size_t(i)].evaluation.staffCode == last.before.staffCode) {
            m_errors[size_t(i)] = QStringList(int(ColumnCount));
            refreshIndex(i);
        }
    }
    Q_EMIT rowsSaved();
    return true;
}

void EvaluationGridModel::clearUndo()
{
    if (m_undo.empty())
        return;
    m_undo.clear();
    Q_EMIT undoChanged();
}

const PersonEvaluation *EvaluationGridModel::person(const QString &staffCode) const
{
    for (const PersonEvaluation &p : m_rows) {
        if (p.evaluation.staffCode == staffCode)
            return &p;
    }
    return nullptr;
}
