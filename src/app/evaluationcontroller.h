// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/evaluationgridmodel.h"

#include <QDate>
#include <QImage>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

class EvaluationService;
class RegistryService;
namespace PdfDocument {
class Pages;
}

/**
 * The Evaluations page's backend (issue 4 §5, §6): a unit and year in the entry grid, the live cap on
 * "excellent" per task group, the summary of the rules' flags, undo of the last grid change, copying
 * last year's task groups, the workflow of the selected person (advance, decide with an override
 * reason when the rules refuse, reopen), the written form, the unit's 25% exception and the ND 233
 * Art 20 transition choice. Every rule is asked of EvaluationService; QML only shows what comes
 * from here.
 */
class EvaluationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by AppController")
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY yearChanged)
    Q_PROPERTY(QString unitCode READ unitCode WRITE setUnitCode NOTIFY unitCodeChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY unitCodeChanged)
    Q_PROPERTY(EvaluationGridModel *grid READ grid CONSTANT)
    /** [{unitCode, taskGroup, excellent, good, limit, ratePercent, exceeded, exception, basis}] by unit and
     *  task group: levels counted are the final one, else the proposed one, of rated people. */
    Q_PROPERTY(QVariantList capGroups READ capGroups NOTIFY summaryChanged)
    /** A task group is over its cap. */
    Q_PROPERTY(bool capExceeded READ capExceeded NOTIFY summaryChanged)
    /** [{flag, label, count}] of the rules' flags in the grid. */
    Q_PROPERTY(QVariantList flagSummary READ flagSummary NOTIFY summaryChanged)
    /** {decided, total} of the grid. */
    Q_PROPERTY(int decidedCount READ decidedCount NOTIFY summaryChanged)
    /** The unit's recorded 25% exception of the year: {decisionNo, reason}, or empty. */
    Q_PROPERTY(QVariantMap capException READ capException NOTIFY summaryChanged)
    /** 2026 and the unit has viên chức: the ND 233 Art 20 choice applies. */
    Q_PROPERTY(bool transitionAvailable READ transitionAvailable NOTIFY summaryChanged)
    Q_PROPERTY(bool nd90Transition READ nd90Transition NOTIFY summaryChanged)

    Q_PROPERTY(QString selectedCode READ selectedCode WRITE select NOTIFY selectedChanged)
    /** The selected person: {code, fullName, category, unitCode, taskGroup, status, statusLabel, locked,
     *  rated, maxLevel, maxLevelText, selfLevel, proposedLevel, finalLevel, finalLevelText, decisionNo,
     *  decisionDate (YYYY-MM-DD), overrideReason, findings: [{flag, label, citation, message}],
     *  nextStatuses: [{value, text}], leader, periodScores}; empty when nobody is selected. */
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    /** The written form of the selected person (EvaluationForm fields, camelCase keys). */
    Q_PROPERTY(QVariantMap form READ form NOTIFY selectedChanged)
    /** The decision number and date used last (proposed for the next decision). */
    Q_PROPERTY(QString lastDecisionNo READ lastDecisionNo NOTIFY lastDecisionChanged)
    Q_PROPERTY(QString lastDecisionDate READ lastDecisionDate NOTIFY lastDecisionChanged)
    /**
     * Concurrent editing (issue 8 item 3): why the last save (a grid cell, the written form) was refused
     * because someone else saved that evaluation since it was read (who, when, which fields); "" when
     * not. The page shows it with a Reload action (reload()).
     */
    Q_PROPERTY(QString conflict READ conflict NOTIFY conflictChanged)
    /** [{value, text}] of the four levels, highest first. */
    Q_PROPERTY(QVariantList levelOptions READ levelOptions CONSTANT)

public:
    EvaluationController(EvaluationService &service, RegistryService &registry, QObject *parent = nullptr);
    ~EvaluationController() override;

    /** for unit testing: the date "today" (default: the system date); the year follows it. */
    void setToday(QDate today);

    [[nodiscard]] int year() const { return m_year; }
    void setYear(int year);
    [[nodiscard]] QString unitCode() const { return m_unitCode; }
    void setUnitCode(const QString &unitCode);
    [[nodiscard]] QString unitName() const;
    [[nodiscard]] EvaluationGridModel *grid() const { return m_grid; }
    [[nodiscard]] QVariantList capGroups() const { return m_capGroups; }
    [[nodiscard]] bool capExceeded() const;
    [[nodiscard]] QVariantList flagSummary() const { return m_flagSummary; }
    [[nodiscard]] int decidedCount() const { return m_decided; }
    [[nodiscard]] QVariantMap capException() const { return m_capException; }
    [[nodiscard]] bool transitionAvailable() const { return m_transitionAvailable; }
    [[nodiscard]] bool nd90Transition() const { return m_nd90Transition; }
    [[nodiscard]] QString selectedCode() const { return m_selectedCode; }
    void select(const QString &staffCode);
    [[nodiscard]] QVariantMap selected() const;
    [[nodiscard]] QVariantMap form() const { return m_form; }
    [[nodiscard]] QString lastDecisionNo() const { return m_lastDecisionNo; }
    [[nodiscard]] QString lastDecisionDate() const { return m_lastDecisionDate.toString(Qt::ISODate); }
    [[nodiscard]] QVariantList levelOptions() const;
    [[nodiscard]] QString conflict() const { return m_conflict; }

    /** The unit of the most people in service on 31/12 of the year (the default), or "". */
    [[nodiscard]] QString defaultUnit() const;

    /** Re-reads one person's row (a change made elsewhere, e.g. the ND 335 yearly score). */
    void personChanged(const QString &staffCode, int year);
    /** Reads the grid, the cap and the exceptions again (also the Reload action after a conflict). */
    Q_INVOKABLE void reload();
    /** Saves back the evaluation as it was before the last grid change (Ctrl+Z). */
    Q_INVOKABLE bool undo();
    /** Copies last year's task groups into this year's rows of the unit; returns how many changed. */
    Q_INVOKABLE int copyTaskGroups();
    /** Moves the selected person's evaluation to status (self_assessed, proposed, draft). */
    Q_INVOKABLE bool advance(const QString &status);
    /**
     * Decides the selected person's final level. Returns {ok, needsOverride, message}: needsOverride
     * when the level is above the maximum the rules allow (or the person is not rated) and no reason was
     * given — the page asks for one and calls again with it.
     */
    Q_INVOKABLE QVariantMap decide(const QString &level, const QString &decisionNo, const QString &isoDate,
                                   const QString &overrideReason = {});
    /** Reopens the selected person's decided evaluation; the reason is required. */
    Q_INVOKABLE bool reopen(const QString &reason);
    /** Saves the written form (the keys of `form`) and the self level of the selected person. */
    Q_INVOKABLE bool saveForm(const QVariantMap &form, const QString &selfLevel);
    /** Records the unit's 25% exception for the year (decision number and reason required). */
    Q_INVOKABLE bool recordCapException(const QString &decisionNo, const QString &reason);
    Q_INVOKABLE bool removeCapException();
    /** ND 233/2026 Art 20 cl 1: the unit evaluates its viên chức on the ND 90/2020 criteria in 2026. */
    Q_INVOKABLE bool setNd90Transition(bool useNd90);
    /** Writes the selected person's form PDF (fileUrl: file:// or a path; "" = Documents); returns the path. */
    Q_INVOKABLE QString printForm(const QString &fileUrl = {});
    /**
     * The number of pages of the selected person's form PDF of the year, as printForm() would write it
     * now (read again on each call: bind it to `selected` to follow the evaluation and the form); 0
     * when nobody is selected or the form cannot be laid out.
     */
    Q_INVOKABLE int formPageCount();
    /**
     * Page `page` (from 0) of staffCode's form of year as an image width pixels wide, the very page
     * printForm() writes (FormPreviewProvider serves it to QML); null when out of range or unknown.
     */
    [[nodiscard]] QImage formPageImage(const QString &staffCode, int year, int page, int width);
    /** A file name for the selected person's form, e.g. "phieu-danh-gia-T001-2026.pdf". */
    Q_INVOKABLE QString formFileName() const;
    Q_INVOKABLE QString formFileUrl() const;
    /** Writes the unit's year summary (levels per task group, cap, flags) as PDF or CSV ("pdf"/"csv")
     *  to fileUrl ("" = Documents); returns the path written, "" on failure (message sent). */
    Q_INVOKABLE QString writeSummary(const QString &format, const QString &fileUrl = {});
    /** A file name for the summary, e.g. "xep-loai-2026-AG.pdf". */
    Q_INVOKABLE QString summaryFileName(const QString &format) const;
    Q_INVOKABLE QString summaryFileUrl(const QString &format) const;
    /**
     * Writes the unit's (and sub-units') evaluations of the year as an Excel workbook in the columns
     * `import evaluations` reads (docs/spreadsheets.md) to fileUrl ("" = Documents); returns the path
     * written, "" on failure (message sent).
     */
    Q_INVOKABLE QString exportXlsx(const QString &fileUrl = {});
    /** A file name for that workbook, e.g. "danh-gia-2026-AG.xlsx". */
    Q_INVOKABLE QString exportFileName() const;
    Q_INVOKABLE QString exportFileUrl() const;

Q_SIGNALS:
    void yearChanged();
    void unitCodeChanged();
    void summaryChanged();
    void selectedChanged();
    void lastDecisionChanged();
    void conflictChanged();
    /** A stored evaluation changed (the Dashboard and the Person page follow). */
    void evaluationsChanged();
    void errorOccurred(const QString &message);
    void infoMessage(const QString &message);

private:
    void recompute();
    void loadForm();
    /** A refused SaveResult as one translated message. */
    [[nodiscard]] static QString messageOf(const SaveResult &result);
    void afterWorkflow(const QString &staffCode);
    void setConflict(const QString &message);
    /** The form of staffCode for year laid out as its PDF; reused while its HTML is unchanged. */
    [[nodiscard]] const PdfDocument::Pages *formPages(const QString &staffCode, int year);

    EvaluationService &m_service;
    RegistryService &m_registry;
    EvaluationGridModel *m_grid = nullptr;
    QDate m_today;
    int m_year = 0;
    QString m_unitCode;
    QVariantList m_capGroups;
    QVariantList m_flagSummary;
    int m_decided = 0;
    QVariantMap m_capException;
    bool m_transitionAvailable = false;
    bool m_nd90Transition = false;
    QString m_selectedCode;
    QVariantMap m_form;
    QString m_conflict;
    QString m_lastDecisionNo;
    QDate m_lastDecisionDate;
    QString m_formPagesHtml; ///< the HTML m_formPages was laid out from
    std::unique_ptr<PdfDocument::Pages> m_formPages;
};
