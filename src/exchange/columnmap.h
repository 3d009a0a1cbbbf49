// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/importtypes.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

/** One column of a file format: its key, its Vietnamese label, whether it is required. */
struct ColumnSpec
{
    QString key;
    QString label; ///< Vietnamese header label (STAFF-CSV.md)
    bool required = false;
};

/**
 * Maps a file's header to column keys (STAFF-CSV.md "Common rules"): a column is found by key or
 * Vietnamese label, without case, diacritics or surrounding spaces (a space and "_" are the same);
 * unknown, repeated and missing required columns are errors on line 1; a column with no header is
 * ignored while it holds no value.
 */
class ColumnMap
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMap)

public:
    /** Builds the map; returns false (issues filled) when the header is unusable. */
    bool build(const QStringList &header, int headerLine, const std::vector<ColumnSpec> &specs,
               std::vector<ImportIssue> *issues);

    [[nodiscard]] bool has(const QString &key) const { return m_index.contains(key); }
    /** The trimmed cell of key in row ("" when the column is absent or the row short). */
    [[nodiscard]] QString cell(const QStringList &cells, const QString &key) const;
    [[nodiscard]] QStringList presentKeys() const { return m_index.keys(); }
    [[nodiscard]] int columnCount() const { return m_columnCount; }
    /** The 0-based index of a column without header that has a value in cells, or -1. */
    [[nodiscard]] int filledBlankColumn(const QStringList &cells) const;

private:
    QHash<QString, int> m_index;
    QList<int> m_blankColumns; ///< columns with an empty header (ignored while their cells are empty)
    int m_columnCount = 0;
};
