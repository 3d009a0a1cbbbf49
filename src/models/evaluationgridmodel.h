// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/evaluationservice.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

#include <vector>

/**
 * The evaluation entry grid (issue 4 §5): one row per person of a unit and year
 * (EvaluationService::unitYear), one column per field (COLUMNS below). Editable cells write through
 * EvaluationService::save() at once; a refusal is kept as the cell's error and the row is unchanged.
 * After every write the row is assessed again (flags, maximum level). Decided rows are read-only.
 * Each write keeps the evaluation as it was before, so that undo() can save it back.
 * What a key means in a cell (X/1 … K/4 for the levels) is decided here, not in QML.
 */
class EvaluationGridModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by EvaluationController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** People of the unit and year before the search filter. */
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    /** [{key, title, editable, kind}] of the columns; kind is text, number, bool, level or readonly. */
    Q_PROPERTY(QVariantList columns READ columns NOTIFY columnsChanged)
    Q_PROPERTY(int columnCount READ columnCount CONSTANT)
    /** Diacritics-insensitive filter on name, code and task group. */
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    /** "Code: what" of the change undo() reverts ("" when none). */
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)

public:
    enum Column {
        CodeColumn,
        NameColumn,
        TaskGroupColumn,
        MonthsWorkedColumn,
        MonthsAbsentColumn,
        MaternityColumn,
        ScoreColumn,
        SelfLevelColumn,
        ProposedLevelColumn,
        FinalLevelColumn,
        StatusColumn,
        MaxLevelColumn,
        FlagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        CodeRole = Qt::UserRole + 1,
        FullNameRole,
        CategoryRole,
        UnitCodeRole,
        TaskGroupRole,
        StatusRole,
        LockedRole,
        RatedRole,
        MaxLevelRole,
        FinalLevelRole,
        ProposedLevelRole,
        SelfLevelRole,
        FlagsRole,
        CellsRole,   ///< display text per column
        ErrorsRole,  ///< error (or warning) text per column, "" when none
        FlaggedRole, ///< the rules flagged something
    };
    Q_ENUM(Role)

    explicit EvaluationGridModel(EvaluationService &service, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_visible.size()); }
    [[nodiscard]] int total() const { return int(m_rows.size()); }
    [[nodiscard]] QVariantList columns() const;
    [[nodiscard]] int columnCount() const { return ColumnCount; }
    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] bool canUndo() const { return !m_undo.empty(); }
    [[nodiscard]] QString undoText() const;

    /** Reads the unit's people for the year again (the undo history is kept unless the unit/year changed). */
    void load(const QString &unitCode, int year);
    /** Re-reads the rows from the service, keeping filter and undo. */
    Q_INVOKABLE void reload();
    [[nodiscard]] const std::vector<PersonEvaluation> &people() const { return m_rows; }
    [[nodiscard]] QString unitCode() const { return m_unit; }
    [[nodiscard]] int year() const { return m_year; }

    /** The staff code of a (visible) row, or "". */
    Q_INVOKABLE QString codeAt(int row) const;
    /** The visible row of a staff code, or -1. */
    Q_INVOKABLE int rowOf(const QString &staffCode) const;
    Q_INVOKABLE bool isEditable(int row, int column) const;
    Q_INVOKABLE bool isLocked(int row) const;
    /** The text an editor starts from (e.g. "87.5" for the score), "" outside the grid. */
    Q_INVOKABLE QString editText(int row, int column) const;
    Q_INVOKABLE QString errorAt(int row, int column) const;
    /** The kind of a column: text, number, bool, level, readonly. */
    Q_INVOKABLE QString kindOf(int column) const;
    /** The next editable column after column (wrapping to the next row: {row, column}); {-1,-1} at the end. */
    Q_INVOKABLE QVariantMap nextEditable(int row, int column, bool backwards = false) const;

    /**
     * The level a key stands for in a level cell: X or 1 → xuat_sac (HTXSNV), T or 2 → tot (HTTNV),
     * H or 3 → hoan_thanh (HTNV), K or 4 → khong_hoan_thanh (KHTNV); "" for any other key.
     * Letters without case and diacritics.
     */
    Q_INVOKABLE static QString levelForKey(const QString &key);
    /** Translated label and abbreviation of a level, e.g. "Hoàn thành tốt nhiệm vụ (HTTNV)". */
    Q_INVOKABLE static QString levelText(const QString &level);
    /** The task group as shown: a commune title code becomes its translated title. */
    Q_INVOKABLE static QString taskGroupText(const QString &taskGroup);
    /** Translated short name of a rule flag. */
    Q_INVOKABLE static QString flagLabel(const QString &flag);
    /** Translated label of a workflow status. */
    Q_INVOKABLE static QString statusLabel(const QString &status);

    /**
     * Writes a cell: the text is parsed for the column (a level key or code for level cells, "" clears),
     * the row saved through the service. False (the cell's error set) when the text is bad or the
     * service refuses; the row keeps its stored values then.
     */
    Q_INVOKABLE bool setCell(int row, int column, const QString &text);
    /** Saves a whole evaluation of a row (the form editor); the same checks and undo as setCell. */
    bool saveEvaluation(const Evaluation &evaluation, const QString &what);
    /** Saves back the evaluation as it was before the last change (or removes a row it created). */
    Q_INVOKABLE bool undo();
    /** Forgets the undo history (after a workflow step that cannot be reverted by a save). */
    void clearUndo();

    /** The stored row of a staff code, or nullptr. */
    [[nodiscard]] const PersonEvaluation *person(const QString &staffCode) const;
    /** Re-reads one person after a change elsewhere (a workflow step). */
    void refreshPerson(const QString &staffCode);

Q_SIGNALS:
    void countChanged();
    void columnsChanged();
    void filterChanged();
    void undoChanged();
    /** Any stored evaluation of the grid changed (the cap and the summary follow). */
    void rowsSaved();
    /** A translated message for the error banner. */
    void errorOccurred(const QString &message);
    /** Someone else saved the row since the grid read it (who, when, what): nothing written; reload. */
    void conflictOccurred(const QString &message);

private:
    struct Undo
    {
        Evaluation before;
        QString what;
    };
    [[nodiscard]] bool inRange(int row) const { return row >= 0 && row < int(m_visible.size()); }
    [[nodiscard]] QStringList cells(const PersonEvaluation &p) const;
    [[nodiscard]] QStringList errors(int index) const;
    [[nodiscard]] static int columnOfField(const QString &field);
    void rebuildVisible();
    /** Replaces rows[index] by the stored state of its person (assessed again). */
    void refreshIndex(int index);
    bool write(int index, const Evaluation &after, int column, const QString &what);
    void setError(int index, int column, const QString &message);

    EvaluationService &m_service;
    QString m_unit;
    int m_year = 0;
    QString m_filter;
    std::vector<PersonEvaluation> m_rows;
    std::vector<QStringList> m_errors; ///< per row, per column
    std::vector<int> m_visible;        ///< indexes into m_rows
    std::vector<Undo> m_undo;
};
