// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnmap.h"

#include "domain/textfold.h"

using namespace Qt::StringLiterals;

bool ColumnMap::build(const QStringList &header, int headerLine, const std::vector<ColumnSpec> &specs,
                      std::vector<ImportIssue> *issues)
{
    m_index.clear();
    m_columnCount = int(header.size());
    bool ok = true;
    for (int i = 0; i < header.size(); ++i) {
        const QString text = header.at(i).trimmed();
        const QString folded = foldText(text);
        if (folded.isEmpty()) {
            issues->push_back({headerLine, u"-"_s, tr("column %1 has an empty header").arg(i + 1)});
            ok = false;
            continue;
        }
        const ColumnSpec *found = nullptr;
        for (const auto &spec : specs) {
            if (folded == spec.key || folded == foldText(spec.label)) {
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

QString ColumnMap::cell(const QStringList &cells, const QString &key) const
{
    const auto it = m_index.constFind(key);
    if (it == m_index.cend() || *it >= cells.size())
        return {};
    return cells.at(*it).trimmed();
}
