// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/trainingcourse.h"
#include "domain/trainingplan.h"

#include <QSqlDatabase>

#include <optional>
#include <vector>

/**
 * The training tables (training_course, training_plan, training_enrolment; schemas/sql/0007_training.sql).
 * Writes run in the caller's transaction; ids come from the database.
 */
class TrainingRepository
{
public:
    explicit TrainingRepository(QSqlDatabase db) : m_db(std::move(db)) { }

    /** The catalogue by ordinal then code (activeOnly: retired courses left out). */
    [[nodiscard]] std::vector<TrainingCourse> courses(bool activeOnly = false, QString *error = nullptr) const;
    [[nodiscard]] std::optional<TrainingCourse> findCourse(const QString &code, QString *error = nullptr) const;
    /** Inserts or rewrites the course with this code. */
    bool upsertCourse(const TrainingCourse &course, QString *error = nullptr);
    /** Fills the catalogue from the shipped assets/training/catalogue.json (run by migration 0007). */
    bool seedShipped(QString *error = nullptr);

    /** Plans of year (0 = every year), by year, whole-office plan first, then unit and id. */
    [[nodiscard]] std::vector<TrainingPlan> plans(int year = 0, QString *error = nullptr) const;
    [[nodiscard]] std::optional<TrainingPlan> findPlan(qint64 id, QString *error = nullptr) const;
    /** Inserts (id 0: returns the new id) or updates (by id: returns the id); 0 on failure. */
    qint64 writePlan(const TrainingPlan &plan, QString *error = nullptr);
    /** Deletes the plan; its enrolments stay, without a plan. */
    bool removePlan(qint64 id, QString *error = nullptr);

    /** Enrolments of a plan (planId > 0), of no plan (0) or of every plan (-1), by id. */
    [[nodiscard]] std::vector<TrainingEnrolment> enrolments(qint64 planId = -1, QString *error = nullptr) const;
    /** Enrolments of a person, by id. */
    [[nodiscard]] std::vector<TrainingEnrolment> enrolmentsOf(const QString &staffCode, QString *error = nullptr) const;
    [[nodiscard]] std::optional<TrainingEnrolment> findEnrolment(qint64 id, QString *error = nullptr) const;
    /**
     * Enrolments still open (planned, enrolled, attending) with a planned end on or before endingBy
     * (null = any planned end; no end date = left out), by end date then id (the projection).
     */
    [[nodiscard]] std::vector<TrainingEnrolment> openEnrolments(const QDate &endingBy = {},
                                                                QString *error = nullptr) const;
    /** Inserts (id 0: returns the new id) or updates (by id: returns the id); 0 on failure. */
    qint64 writeEnrolment(const TrainingEnrolment &enrolment, QString *error = nullptr);
    bool removeEnrolment(qint64 id, QString *error = nullptr);

private:
    QSqlDatabase m_db;
};
