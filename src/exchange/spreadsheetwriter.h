// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <variant>
#include <vector>

/**
 * One typed cell of a written sheet. Text stays text in Excel (codes such as "00123" keep their
 * leading zeros); numbers, booleans and dates become real cells of their kind.
 */
class SpreadsheetCell
{
public:
    /** An empty cell (nothing is written). */
    SpreadsheetCell() = default;

    [[nodiscard]] static SpreadsheetCell text(const QString &text);
    /** A whole number (shown without decimals). */
    [[nodiscard]] static SpreadsheetCell integer(qint64 value);
    /** A decimal number; decimals = the digits shown (the stored value is exact either way). */
    [[nodiscard]] static SpreadsheetCell decimal(double value, int decimals = 1);
    /** A boolean, written as the CSV formats write it: the number 1 or 0. */
    [[nodiscard]] static SpreadsheetCell boolean(bool value);
    /**
     * A real Excel date shown as dd/mm/yyyy (XlsxReader reads it back as YYYY-MM-DD). An invalid date
     * is an empty cell; a date Excel cannot hold (before 1900-03-01) is written as YYYY-MM-DD text.
     */
    [[nodiscard]] static SpreadsheetCell date(const QDate &date);

    enum class Kind { Empty, Text, Integer, Decimal, Boolean, Date };
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isEmpty() const { return m_kind == Kind::Empty; }
    [[nodiscard]] QString textValue() const { return m_text; }
    [[nodiscard]] double numberValue() const { return m_number; }
    [[nodiscard]] int decimals() const { return m_decimals; }
    [[nodiscard]] QDate dateValue() const { return m_date; }
    /** The text the cell shows (used for column widths). */
    [[nodiscard]] QString displayText() const;

private:
    Kind m_kind = Kind::Empty;
    QString m_text;
    double m_number = 0;
    int m_decimals = 0;
    QDate m_date;
};

using SpreadsheetRow = std::vector<SpreadsheetCell>;

/**
 * Writes one worksheet of an Excel .xlsx workbook with libxlsxwriter: a bold header row, frozen and
 * with a filter, then the rows; column widths fit the content. libxlsxwriter writes to a path, so
 * the workbook is made in a private temporary folder and returned as bytes: the callers keep their
 * atomic QSaveFile writes. Thread-safe (nothing shared).
 */
class SpreadsheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(SpreadsheetWriter)

public:
    /**
     * The workbook with one sheet named sheetName (characters Excel refuses in a sheet name are
     * replaced, and it is cut to 31 characters) holding header then rows. Returns empty bytes and a
     * translated reason in *error when libxlsxwriter fails (every lxw_error is checked).
     */
    [[nodiscard]] static QByteArray write(const QString &sheetName, const QStringList &header,
                                          const std::vector<SpreadsheetRow> &rows, QString *error);

    /** The sheet name Excel accepts for name ([]:*?/\ replaced by "-", at most 31 characters, not empty). */
    [[nodiscard]] static QString safeSheetName(const QString &name);
};
