// SPDX-License-Identifier: GPL-3.0-or-later
#include "spreadsheetwriter.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSpreadsheet, "congvu.exchange.xlsx")

namespace {

/** Excel's limits: columns per sheet, characters per cell. */
constexpr int MaxColumns = 16384;
constexpr qsizetype MaxCellText = 32767;
/** Column widths in characters (Excel's unit), before padding. */
constexpr int MinWidth = 6;
constexpr int MaxWidth = 60;

/** The first day an Excel date serial stands for without the 1900 leap-year quirk. */
const QDate FirstExcelDate(1900, 3, 1);

/**
 * libxlsxwriter, loaded at run time. It links the system minizip, while QuaZip (XlsxReader) exports
 * its own modified minizip under the same names (zipOpen, zipOpen3 …, with a QIODevice instead of a
 * path): linked normally, one of the two libraries calls the other's functions and crashes.
 * RTLD_DEEPBIND makes libxlsxwriter resolve its symbols in its own dependencies first, and RTLD_LOCAL
 * keeps minizip out of QuaZip's way. So congvu links only libxlsxwriter's headers (src/CMakeLists.txt).
 */
struct XlsxWriterApi
{
#define CONGVU_LXW_FUNCTIONS(X)                                                                                    \
    X(workbook_new_opt)                                                                                            \
    X(workbook_add_worksheet)                                                                                      \
    X(workbook_add_format)                                                                                         \
    X(workbook_close)                                                                                              \
    X(format_set_bold)                                                                                             \
    X(format_set_bottom)                                                                                           \
    X(format_set_text_wrap)                                                                                        \
    X(format_set_align)                                                                                            \
    X(format_set_num_format)                                                                                       \
    X(worksheet_write_string)                                                                                      \
    X(worksheet_write_number)                                                                                      \
    X(worksheet_write_datetime)                                                                                    \
    X(worksheet_set_column)                                                                                        \
    X(worksheet_freeze_panes)                                                                                      \
    X(worksheet_autofilter)                                                                                        \
    X(worksheet_ignore_errors)                                                                                     \
    X(lxw_strerror)
#define CONGVU_LXW_POINTER(name) decltype(&::name) name = nullptr;
    CONGVU_LXW_FUNCTIONS(CONGVU_LXW_POINTER)
#undef CONGVU_LXW_POINTER

    bool loaded = false;
    QString loadError; ///< why it could not be loaded (dlerror's text)
};

const XlsxWriterApi &lxw()
{
    static const XlsxWriterApi api = [] {
        XlsxWriterApi a;
        void *handle = nullptr;
        QString failures;
        // The soname of Debian's libxlsxwriter4 (1.1.x), then the development link.
        for (const char *name : {"libxlsxwriter.so.4", "libxlsxwriter.so"}) {
            handle = dlopen(name, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
            if (handle)
                break;
            failures += QString::fromLocal8Bit(dlerror()) + u"; "_s;
        }
        if (!handle) {
            a.loadError = failures.chopped(2);
            return a;
        }
        QStringList missing;
#define CONGVU_LXW_RESOLVE(name)                                                                                   \
    a.name = reinterpret_cast<decltype(&::name)>(dlsym(handle, #name));                                           \
    if (!a.name)                                                                                                   \
        missing << QStringLiteral(#name);
        CONGVU_LXW_FUNCTIONS(CONGVU_LXW_RESOLVE)
#undef CONGVU_LXW_RESOLVE
        if (!missing.isEmpty()) {
            a.loadError = u"libxlsxwriter lacks "_s + missing.join(u", "_s);
            return a;
        }
        a.loaded = true;
        return a;
    }();
    return api;
}

/** "A1"-style reference of a 0-based row and column, for messages. */
QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

/** Frees the workbook on every path; close() reports the error of writing the file. */
class Workbook
{
public:
    Workbook(const QByteArray &path, QByteArray tmpdir)
        : m_tmpdir(std::move(tmpdir))
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.tmpdir = m_tmpdir.data(); // libxlsxwriter's own temporary files stay in our private folder
        options.use_zip64 = LXW_FALSE;
        m_workbook = lxw().workbook_new_opt(path.constData(), &options);
    }
    ~Workbook()
    {
        if (m_workbook)
            lxw().workbook_close(m_workbook);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    [[nodiscard]] lxw_workbook *get() const { return m_workbook; }
    lxw_error close()
    {
        const lxw_error err = lxw().workbook_close(m_workbook);
        m_workbook = nullptr;
        return err;
    }

private:
    QByteArray m_tmpdir;
    lxw_workbook *m_workbook = nullptr;
};

/**
 * Text as a cell holds it: OOXML reads "_xHHHH_" as the character HHHH (libxlsxwriter writes control
 * characters that way), so an underscore starting such a sequence in the text itself is escaped as
 * "_x005F_", as Excel does.
 */
QByteArray cellText(const QString &text)
{
    if (!text.contains(u"_x"_s, Qt::CaseInsensitive))
        return text.toUtf8();
    static const QRegularExpression escapeLike(u"_(?=[xX][0-9A-Fa-f]{4}_)"_s);
    QString escaped = text;
    escaped.replace(escapeLike, u"_x005F_"_s);
    return escaped.toUtf8();
}

/** A number format code for a decimal with n digits: "0.0", "0.00" … */
QByteArray decimalFormatCode(int decimals)
{
    return decimals <= 0 ? "0"_ba : "0."_ba + QByteArray(decimals, '0');
}

} // namespace

SpreadsheetCell SpreadsheetCell::text(const QString &text)
{
    SpreadsheetCell c;
    if (!text.isEmpty()) {
        c.m_kind = Kind::Text;
        c.m_text = text;
    }
    return c;
}

SpreadsheetCell SpreadsheetCell::integer(qint64 value)
{
    SpreadsheetCell c;
    c.m_kind = Kind::Integer;
    c.m_number = double(value);
    return c;
}

SpreadsheetCell SpreadsheetCell::decimal(double value, int decimals)
{
    SpreadsheetCell c;
    if (!std::isfinite(value))
        return c;
    c.m_kind = Kind::Decimal;
    c.m_number = value;
    c.m_decimals = std::clamp(decimals, 0, 10);
    return c;
}

SpreadsheetCell SpreadsheetCell::boolean(bool value)
{
    SpreadsheetCell c;
    c.m_kind = Kind::Boolean;
    c.m_number = value ? 1 : 0;
    return c;
}

SpreadsheetCell SpreadsheetCell::date(const QDate &date)
{
    if (!date.isValid())
        return {};
    if (date < FirstExcelDate || date.year() > 9999)
        return text(date.toString(Qt::ISODate));
    SpreadsheetCell c;
    c.m_kind = Kind::Date;
    c.m_date = date;
    return c;
}

QString SpreadsheetCell::displayText() const
{
    switch (m_kind) {
    case Kind::Empty:
        return {};
    case Kind::Text:
        return m_text;
    case Kind::Integer:
    case Kind::Boolean:
        return QString::number(m_number, 'f', 0);
    case Kind::Decimal:
        return QString::number(m_number, 'f', m_decimals);
    case Kind::Date:
        return m_date.toString(u"dd/MM/yyyy"_s);
    }
    return {};
}

QString SpreadsheetWriter::safeSheetName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        // Excel refuses these in a sheet name, and control characters.
        if (QStringView(u"[]:*?/\\").contains(c) || c.category() == QChar::Other_Control)
            out += u'-';
        else
            out += c;
    }
    out = out.trimmed();
    // Nor may it start or end with an apostrophe.
    while (out.startsWith(u'\''))
        out.remove(0, 1);
    while (out.endsWith(u'\''))
        out.chop(1);
    if (out.size() > 31) {
        out.truncate(31);
        if (out.back().isHighSurrogate())
            out.chop(1);
    }
    return out.isEmpty() ? u"Sheet1"_s : out;
}

QByteArray SpreadsheetWriter::write(const QString &sheetName, const QStringList &header,
                                    const std::vector<SpreadsheetRow> &rows, QString *error)
{
    QString dummy;
    QString &err = error ? *error : dummy;
    err.clear();
    const auto libraryError = [&err](lxw_error code, const QString &where) {
        qCWarning(lcSpreadsheet) << "libxlsxwriter:" << where << lxw().lxw_strerror(code);
        //: %1 is where (a cell such as B7, or "the workbook"), %2 libxlsxwriter's reason (English)
        err = tr("cannot write the spreadsheet (%1): %2").arg(where, QString::fromUtf8(lxw().lxw_strerror(code)));
        return QByteArray();
    };

    if (!lxw().loaded) {
        qCWarning(lcSpreadsheet) << "libxlsxwriter:" << lxw().loadError;
        //: %1 the system's reason (English)
        err = tr("cannot write the spreadsheet: the libxlsxwriter library cannot be loaded (%1)").arg(lxw().loadError);
        return {};
    }
    if (header.isEmpty() || header.size() > MaxColumns) {
        //: %1 the largest number of columns
        err = tr("cannot write the spreadsheet: it needs 1 to %1 columns").arg(MaxColumns);
        return {};
    }
    if (rows.size() + 1 > size_t(LXW_ROW_MAX)) {
        //: %1 the largest number of rows of an Excel sheet
        err = tr("cannot write the spreadsheet: an Excel sheet holds at most %1 rows").arg(LXW_ROW_MAX);
        return {};
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        //: %1 the system's reason
        err = tr("cannot write the spreadsheet: no temporary folder (%1)").arg(dir.errorString());
        return {};
    }
    const QString path = dir.filePath(u"sheet.xlsx"_s);
    Workbook workbook(QFile::encodeName(path), QFile::encodeName(QDir::toNativeSeparators(dir.path())));
    if (!workbook.get()) {
        err = tr("cannot write the spreadsheet: libxlsxwriter could not start a workbook");
        return {};
    }
    lxw_workbook *book = workbook.get();

    const QByteArray name = safeSheetName(sheetName).toUtf8();
    lxw_worksheet *sheet = lxw().workbook_add_worksheet(book, name.constData());
    if (!sheet) {
        err = tr("cannot write the spreadsheet: libxlsxwriter could not add the sheet \"%1\"")
                  .arg(QString::fromUtf8(name));
        return {};
    }

    lxw_format *headerFormat = lxw().workbook_add_format(book);
    lxw_format *dateFormat = lxw().workbook_add_format(book);
    lxw_format *booleanFormat = lxw().workbook_add_format(book);
    if (!headerFormat || !dateFormat || !booleanFormat)
        return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED, tr("the workbook"));
    lxw().format_set_bold(headerFormat);
    lxw().format_set_bottom(headerFormat, LXW_BORDER_THIN);
    lxw().format_set_text_wrap(headerFormat);
    lxw().format_set_align(headerFormat, LXW_ALIGN_VERTICAL_TOP);
    lxw().format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw().format_set_align(dateFormat, LXW_ALIGN_LEFT);
    lxw().format_set_align(booleanFormat, LXW_ALIGN_CENTER);
    std::map<int, lxw_format *> decimalFormats;
    const auto decimalFormat = [&](int decimals) -> lxw_format * {
        auto it = decimalFormats.find(decimals);
        if (it != decimalFormats.end())
            return it->second;
        lxw_format *f = lxw().workbook_add_format(book);
        if (f)
            lxw().format_set_num_format(f, decimalFormatCode(decimals).constData());
        decimalFormats.emplace(decimals, f);
        return f;
    };

    const int columns = int(header.size());
    std::vector<int> widths(size_t(columns), MinWidth);
    const auto fit = [&widths](int column, const QString &shown) {
        int longest = 0;
        for (const QStringView line : QStringView(shown).split(u'\n'))
            longest = std::max(longest, int(line.size()));
        widths[size_t(column)] = std::clamp(std::max(widths[size_t(column)], longest), MinWidth, MaxWidth);
    };

    for (int column = 0; column < columns; ++column) {
        const QByteArray text = cellText(header.at(column).left(MaxCellText));
        if (const lxw_error e = lxw().worksheet_write_string(sheet, 0, lxw_col_t(column), text.constData(), headerFormat))
            return libraryError(e, cellName(0, column));
        fit(column, header.at(column));
    }

    for (size_t r = 0; r < rows.size(); ++r) {
        const auto row = lxw_row_t(r + 1);
        const SpreadsheetRow &cells = rows[r];
        if (cells.size() > size_t(columns)) {
            //: %1 a row number of the sheet, %2 and %3 numbers of columns
            err = tr("cannot write the spreadsheet: row %1 has %2 cells for %3 columns")
                      .arg(row + 1)
                      .arg(cells.size())
                      .arg(columns);
            return {};
        }
        for (size_t c = 0; c < cells.size(); ++c) {
            const SpreadsheetCell &cell = cells[c];
            const auto col = lxw_col_t(c);
            lxw_error e = LXW_NO_ERROR;
            switch (cell.kind()) {
            case SpreadsheetCell::Kind::Empty:
                continue;
            case SpreadsheetCell::Kind::Text: {
                if (cell.textValue().size() > MaxCellText) {
                    //: %1 a cell such as B7, %2 the largest number of characters
                    err = tr("cannot write the spreadsheet: the text of %1 is longer than Excel's %2 characters")
                              .arg(cellName(int(row), int(c)))
                              .arg(MaxCellText);
                    return {};
                }
                const QByteArray text = cellText(cell.textValue());
                e = lxw().worksheet_write_string(sheet, row, col, text.constData(), nullptr);
                break;
            }
            case SpreadsheetCell::Kind::Integer:
                e = lxw().worksheet_write_number(sheet, row, col, cell.numberValue(), nullptr);
                break;
            case SpreadsheetCell::Kind::Decimal: {
                lxw_format *f = decimalFormat(cell.decimals());
                if (!f)
                    return libraryError(LXW_ERROR_MEMORY_MALLOC_FAILED, tr("the workbook"));
                e = lxw().worksheet_write_number(sheet, row, col, cell.numberValue(), f);
                break;
            }
            case SpreadsheetCell::Kind::Boolean:
                e = lxw().worksheet_write_number(sheet, row, col, cell.numberValue(), booleanFormat);
                break;
            case SpreadsheetCell::Kind::Date: {
                const QDate d = cell.dateValue();
                lxw_datetime when{d.year(), d.month(), d.day(), 0, 0, 0.0};
                e = lxw().worksheet_write_datetime(sheet, row, col, &when, dateFormat);
                break;
            }
            }
            if (e != LXW_NO_ERROR)
                return libraryError(e, cellName(int(row), int(c)));
            fit(int(c), cell.displayText());
        }
    }

    for (int column = 0; column < columns; ++column) {
        // Padding for the filter button and the margins.
        if (const lxw_error e = lxw().worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column),
                                                     widths[size_t(column)] + 3, nullptr))
            return libraryError(e, cellName(0, column));
    }
    lxw().worksheet_freeze_panes(sheet, 1, 0);
    if (const lxw_error e = lxw().worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(columns - 1)))
        return libraryError(e, tr("the filter"));
    // Codes such as "00123" or "693" are text on purpose: no green "number stored as text" triangles.
    if (const lxw_error e = lxw().worksheet_ignore_errors(sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"))
        return libraryError(e, tr("the workbook"));

    if (const lxw_error e = workbook.close())
        return libraryError(e, tr("the workbook"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 the system's reason
        err = tr("cannot read the spreadsheet back from the temporary folder: %1").arg(file.errorString());
        return {};
    }
    QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        err = tr("cannot read the spreadsheet back from the temporary folder: the file is empty");
        return {};
    }
    return bytes;
}
