// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmap.h"

#include "domain/textfold.h"

using namespace Qt::StringLiterals;

bool ColumnMap::build(const QStringList &header, int headerLine, const std::vector<ColumnSpec> &specs,
                      std::vector<ImportIssue> *issues)
{
    m_index.clear();
    m_blankColumns.clear();
    m_columnCount = int(header.size());
    bool ok = true;
    for (int i = 0; i < header.size(); ++i) {
        const QString text = header.at(i).trimmed();
        const QString folded = foldText(text);
        if (folded.isEmpty()) {
            // Spreadsheets often save empty columns after the table: allowed while their cells are empty.
            m_blankColumns << i;
            continue;
        }
        // "full_name", "Full name", "FULL NAME", "Họ và tên", "ho_va_ten" are one column.
        const QString spelled = QString(folded).replace(u' ', u'_');
        const ColumnSpec *found = nullptr;
        for (const auto &spec : specs) {
            if (spelled == spec.key || spelled == QString(foldText(spec.label)).replace(u' ', u'_')) {
                found = &spec;
                break;
            }
        }
        if (!found) {
            QStringList keys;
            for (const auto &spec : specs)
                keys << spec.key;
            issues->push_back({headerLine, text, tr("unknown column \"%1\"; expected: %2").arg(text, keys.join(u", "_s))});
            ok = false;
            continue;
        }
        if (m_index.contains(found->key)) {
            issues->push_back({headerLine, text, tr("the column %1 appears twice").arg(found->key)});
            ok = false;
            continue;
        }
        m_index.insert(found->key, i);
    }
    for (const auto &spec : specs) {
        if (spec.required && !m_index.contains(spec.key)) {
            issues->push_back({headerLine, spec.key, tr("the required column %1 (%2) is missing").arg(spec.key, spec.label)});
            ok = false;
        }
    }
    return ok;
}

int ColumnMap::filledBlankColumn(const QStringList &cells) const
{
    for (const int i : m_blankColumns) {
        if (i < cells.size() && !cells.at(i).trimmed().isEmpty())
            return i;
    }
    return -1;
}

QString ColumnMap::cell(const QStringList &cells, const QString &key) const
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend() || *it >= cells.size())
        return {};
    return cells.at(*it).trimmed();
}
