// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QQuickImageProvider>

class EvaluationController;
class QQmlEngine;

/**
 * The pages of a person's evaluation form (phiếu đánh giá) as images, for the preview dialog: the
 * very pages the form's PDF holds (EvaluationFormPdf::layOut), drawn at the size QML asks for, since
 * Qt PDF is not available to show the PDF itself.
 *
 * Serves "image://evaluationform/<staffCode>/<year>/<page>?<revision>" (page from 0; the staff code
 * percent-encoded; the revision only makes QML ask again after a change). sourceSize.width sets the
 * width in pixels (default: A4 at 96 dpi). Loads synchronously on the GUI thread: the services'
 * database connection lives there, so the Image must not be asynchronous.
 */
class FormPreviewProvider : public QQuickImageProvider
{
public:
    static constexpr const char *id = "evaluationform";

    explicit FormPreviewProvider(EvaluationController *controller);

    /** Adds a provider over controller to engine (which owns it) under id. */
    static void install(QQmlEngine &engine, EvaluationController *controller);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<EvaluationController> m_controller;
};
