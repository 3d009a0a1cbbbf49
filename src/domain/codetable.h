// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/** One coded value of a staff or unit field: its code, the words accepted for it, its label. */
struct CodeEntry
{
    QString code;
    QStringList words;      ///< accepted spellings besides the code (compared folded)
    const char *label;      ///< English source text; translated in context "CodeTable"
    int rank = 0;           ///< order for levels (higher = more); equal ranks are equivalent
};

/**
 * A closed list of codes for one field (STAFF-CSV.md "Common rules"): matching of codes or
 * Vietnamese words without case, diacritics or surrounding spaces, ranks and display labels.
 */
class CodeTable
{
public:
    CodeTable(QString field, std::vector<CodeEntry> entries);

    [[nodiscard]] const QString &field() const { return m_field; }
    [[nodiscard]] const std::vector<CodeEntry> &entries() const { return m_entries; }
    [[nodiscard]] QStringList codes() const;
    /** The code matching text (a code or an accepted word), or nullopt. */
    [[nodiscard]] std::optional<QString> match(QStringView text) const;
    [[nodiscard]] bool contains(const QString &code) const;
    /** Rank of code, or -1 when unknown. */
    [[nodiscard]] int rank(const QString &code) const;
    /** Translated label of code (the code itself when unknown). */
    [[nodiscard]] QString label(const QString &code) const;

private:
    QString m_field;
    std::vector<CodeEntry> m_entries;
};

/** The code tables of STAFF-CSV.md. */
namespace CodeTables {
const CodeTable &gender();
const CodeTable &generalEducation();
const CodeTable &professionalLevel();
const CodeTable &politicalTheory();
const CodeTable &stateManagement();
const CodeTable &category();
const CodeTable &unitKind();
/** Commune title codes of Nghị định 33/2023/NĐ-CP (both groups). */
const CodeTable &communeTitle();
/** Title codes of cán bộ cấp xã (ND 33/2023 Art. 5 cl. 1). */
QStringList communeCadreTitles();
/** Title codes of công chức cấp xã (ND 33/2023 Art. 5 cl. 2). */
QStringList communeCivilServantTitles();
/** The table of a coded staff or unit field by its column key (gender, category, kind, position, …), or nullptr. */
const CodeTable *forField(const QString &key);
/** The table of a field whose codes are ranked levels (general_education, professional_level,
 *  political_theory, state_management), or nullptr. */
const CodeTable *levelsOf(const QString &key);
/** Unit kinds at commune level: xa, phuong, thi_tran. */
bool isCommuneLevelKind(const QString &kind);
} // namespace CodeTables

/** Parses a boolean cell: 1/0, x/empty, có/không, yes/no, true/false. nullopt when not a boolean. */
[[nodiscard]] std::optional<bool> parseBoolean(QStringView text, bool *isEmpty = nullptr);
