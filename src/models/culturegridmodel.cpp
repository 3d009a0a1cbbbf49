// SPDX-License-Identifier: GPL-3.0-or-later
#include "culturegridmodel.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString itemLabel(const CultureItem &item)
{
    // The checklist is worded by the office in Vietnamese; the English wording is used in an English UI.
    return QLocale().language() == QLocale::English && !item.labelEn.isEmpty() ? item.labelEn : item.labelVi;
}
} // namespace

CultureGridModel::CultureGridModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int CultureGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CultureGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CultureGridRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case CodeRole:
        return r.code;
    case FullNameRole:
        return r.fullName;
    case PositionRole:
        return r.position;
    case LeaderRole:
        return r.leader;
    case ResultsRole:
        return r.results;
    case NotesRole:
        return r.notes;
    case BreachesRole:
        return int(r.results.count(QString(CultureResults::Breach)));
    }
    return {};
}

QHash<int, QByteArray> CultureGridModel::roleNames() const
{
    return {
        {CodeRole, "code"},
        {FullNameRole, "fullName"},
        {PositionRole, "position"},
        {LeaderRole, "leader"},
        {ResultsRole, "results"},
        {NotesRole, "notes"},
        {BreachesRole, "breaches"},
    };
}

QVariantList CultureGridModel::columns() const
{
    QVariantList out;
    for (const CultureItem &item : m_items) {
        out.append(QVariantMap{{u"code"_s, item.code},
                               {u"label"_s, itemLabel(item)},
                               {u"basis"_s, item.basis},
                               {u"leadersOnly"_s, item.leadersOnly}});
    }
    return out;
}

bool CultureGridModel::inRange(int row, int column) const
{
    return row >= 0 && row < int(m_rows.size()) && column >= 0 && column < int(m_items.size());
}

QString CultureGridModel::codeAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].code : QString();
}

bool CultureGridModel::applies(int row, int column) const
{
    return inRange(row, column) && !m_rows[size_t(row)].results.at(column).isEmpty();
}

QString CultureGridModel::resultAt(int row, int column) const
{
    return inRange(row, column) ? m_rows[size_t(row)].results.at(column) : QString();
}

QString CultureGridModel::noteAt(int row, int column) const
{
    return inRange(row, column) ? m_rows[size_t(row)].notes.at(column) : QString();
}

QString CultureGridModel::resultLabel(const QString &result) const
{
    if (result.isEmpty())
        return tr("does not apply");
    return CultureResults::table().label(result);
}

void CultureGridModel::setResult(int row, int column, const QString &result)
{
    CultureGridRow &r = m_rows[size_t(row)];
    if (r.results.at(column) == result)
        return;
    r.results[column] = result;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {ResultsRole, BreachesRole});
    recount();
    setModified(true);
}

void CultureGridModel::toggle(int row, int column)
{
    if (!applies(row, column))
        return;
    const QString current = m_rows[size_t(row)].results.at(column);
    setResult(row, column,
              current == CultureResults::Pass ? QString(CultureResults::Breach) : QString(CultureResults::Pass));
}

void CultureGridModel::setNotApplicable(int row, int column)
{
    if (!applies(row, column))
        return;
    const QString current = m_rows[size_t(row)].results.at(column);
    setResult(row, column,
              current == CultureResults::NotApplicable ? QString(CultureResults::Pass)
                                                       : QString(CultureResults::NotApplicable));
}

void CultureGridModel::setNote(int row, int column, const QString &note)
{
    if (!applies(row, column))
        return;
    CultureGridRow &r = m_rows[size_t(row)];
    const QString trimmed = note.trimmed();
    if (r.notes.at(column) == trimmed)
        return;
    r.notes[column] = trimmed;
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {NotesRole});
    setModified(true);
}

void CultureGridModel::build(std::vector<CultureItem> items, std::vector<CultureGridRow> people,
                             const std::vector<CultureObservation> &stored)
{
    QHash<QString, const CultureObservation *> byCell;
    for (const CultureObservation &o : stored)
        byCell.insert(o.staffCode + QChar(u'\x1f') + o.itemCode, &o);

    beginResetModel();
    m_items = std::move(items);
    m_rows = std::move(people);
    for (CultureGridRow &r : m_rows) {
        r.results.clear();
        r.notes.clear();
        for (const CultureItem &item : m_items) {
            const CultureObservation *o = byCell.value(r.code + QChar(u'\x1f') + item.code);
            // A stored observation wins (an inspection is shown as it was recorded).
            if (o) {
                r.results.append(o->result);
                r.notes.append(o->note);
            } else {
                r.results.append(item.leadersOnly && !r.leader ? QString() : QString(CultureResults::Pass));
                r.notes.append(QString());
            }
        }
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT columnsChanged();
    recount();
    setModified(false);
}

void CultureGridModel::clear()
{
    build({}, {});
}

std::vector<CultureObservation> CultureGridModel::observations() const
{
    std::vector<CultureObservation> out;
    for (const CultureGridRow &r : m_rows) {
        for (int c = 0; c < int(m_items.size()); ++c) {
            if (r.results.at(c).isEmpty())
                continue;
            CultureObservation o;
            o.staffCode = r.code;
            o.itemCode = m_items[size_t(c)].code;
            o.result = r.results.at(c);
            o.note = r.notes.at(c);
            out.push_back(std::move(o));
        }
    }
    return out;
}

void CultureGridModel::recount()
{
    int n = 0;
    for (const CultureGridRow &r : m_rows)
        n += int(r.results.count(QString(CultureResults::Breach)));
    if (n == m_breaches)
        return;
    m_breaches = n;
    Q_EMIT breachCountChanged();
}

void CultureGridModel::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged();
}
