// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/culture.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

#include <vector>

/** One person of an inspection grid: who, and the result of each column (item). */
struct CultureGridRow
{
    QString code;
    QString fullName;
    QString position;        ///< translated title or free text
    bool leader = false;
    QStringList results;     ///< per column: a CultureResults code, "" when the item does not apply (leaders only)
    QStringList notes;       ///< per column
};

/**
 * The inspection being entered: rows are the unit's people, columns the active checklist items.
 * Each cell holds đạt / vi phạm / không áp dụng, or nothing when a leaders-only item meets a person
 * who is not a leader. The rules of the grid (what a cell may hold, what Space does) live here,
 * not in QML; the page only moves a cursor and calls toggle() / setNotApplicable() / setNote().
 */
class CultureGridModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CultureController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** [{code, label, basis, leadersOnly}] of the columns; QVariantList because QML reads it as a JS array. */
    Q_PROPERTY(QVariantList columns READ columns NOTIFY columnsChanged)
    Q_PROPERTY(int columnCount READ columnCount NOTIFY columnsChanged)
    /** Cells marked vi phạm right now (the live count of the editor). */
    Q_PROPERTY(int breachCount READ breachCount NOTIFY breachCountChanged)
    /** A cell changed since the grid was built. */
    Q_PROPERTY(bool modified READ modified NOTIFY modifiedChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        FullNameRole,
        PositionRole,
        LeaderRole,
        ResultsRole,
        NotesRole,
        BreachesRole,
    };
    Q_ENUM(Role)

    explicit CultureGridModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QVariantList columns() const;
    [[nodiscard]] int columnCount() const { return int(m_items.size()); }
    [[nodiscard]] int breachCount() const { return m_breaches; }
    [[nodiscard]] bool modified() const { return m_modified; }

    /** The staff code of the person on row, or "". */
    Q_INVOKABLE QString codeAt(int row) const;
    /** Space: đạt ↔ vi phạm (không áp dụng becomes đạt); nothing on a cell that does not apply. */
    Q_INVOKABLE void toggle(int row, int column);
    /** N: không áp dụng (again: back to đạt). */
    Q_INVOKABLE void setNotApplicable(int row, int column);
    /** The note of a cell (what the breach was). */
    Q_INVOKABLE void setNote(int row, int column, const QString &note);
    /** A CultureResults code, or "" when the cell does not apply or is outside the grid. */
    Q_INVOKABLE QString resultAt(int row, int column) const;
    Q_INVOKABLE QString noteAt(int row, int column) const;
    Q_INVOKABLE bool applies(int row, int column) const;
    /** Translated label of a result code (đạt, vi phạm, không áp dụng). */
    Q_INVOKABLE QString resultLabel(const QString &result) const;

    /**
     * Builds the grid: people × items; a leaders-only item applies to leaders only. Each applicable cell
     * starts đạt unless one of the stored observations gives its result and note.
     */
    void build(std::vector<CultureItem> items, std::vector<CultureGridRow> people,
               const std::vector<CultureObservation> &stored = {});
    void clear();
    /** The applicable cells as observations (inspectionId left 0). */
    [[nodiscard]] std::vector<CultureObservation> observations() const;
    [[nodiscard]] const std::vector<CultureItem> &items() const { return m_items; }
    [[nodiscard]] const std::vector<CultureGridRow> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();
    void columnsChanged();
    void breachCountChanged();
    void modifiedChanged();

private:
    [[nodiscard]] bool inRange(int row, int column) const;
    void setResult(int row, int column, const QString &result);
    void recount();
    void setModified(bool modified);

    std::vector<CultureItem> m_items;
    std::vector<CultureGridRow> m_rows;
    int m_breaches = 0;
    bool m_modified = false;
};
