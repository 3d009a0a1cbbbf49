// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowlistmodel.h"

#include <QQmlEngine>
#include <QVariantList>

#include <vector>

/** One person of the unit's review, ready to show (verdicts and reasons translated by ReviewRules). */
struct ReviewPeopleEntry
{
    QString staffCode;
    QString fullName;
    QString position;       ///< the title's name
    QString levelText;      ///< the final evaluation level, translated ("" = not rated)
    bool rated = false;
    bool ldttEligible = false;   ///< Lao động tiên tiến
    bool cstdcsEligible = false; ///< Chiến sĩ thi đua cơ sở
    /** "not_met" when a reason refuses a title, "warning" when one only warns, else "met". */
    QString severity;
    /** [{title, kind ("met"|"not_met"|"warning"), code, message, citation}] in the rules' order. */
    QVariantList reasons;
    /** The council's decisions on the person: [{id, award, awardText, outcome, outcomeText, votes_for,
     *  votes_against, votes_abstain, decision_no, decision_date, note}] (votes "" when not recorded). */
    QVariantList decisions;
    QString decisionText;   ///< "Advanced worker: approved (7/0/0)" per decision, joined
};

/** The people of the unit chosen on the Review page, by name. */
class ReviewPeopleModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ReviewController")

public:
    enum Role {
        StaffCodeRole = Qt::UserRole + 1,
        FullNameRole,
        PositionRole,
        LevelTextRole,
        RatedRole,
        LdttEligibleRole,
        CstdcsEligibleRole,
        SeverityRole,
        ReasonsRole,
        DecisionsRole,
        DecisionTextRole,
    };
    Q_ENUM(Role)

    explicit ReviewPeopleModel(QObject *parent = nullptr);

    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<ReviewPeopleEntry> rows);
    [[nodiscard]] const std::vector<ReviewPeopleEntry> &rows() const { return m_rows; }

    /** The row of a person, or -1. */
    Q_INVOKABLE int rowOfCode(const QString &staffCode) const;
    /** The staff code of a row, or "". */
    Q_INVOKABLE QString codeAt(int row) const;
    /** The row's values by role name (the detail pane), or an empty map. */
    Q_INVOKABLE QVariantMap get(int row) const;

protected:
    [[nodiscard]] int size() const override { return int(m_rows.size()); }
    /** People have no numeric id: the row number from 1. */
    [[nodiscard]] qint64 idOfRow(int row) const override { return row + 1; }

private:
    std::vector<ReviewPeopleEntry> m_rows;
};
