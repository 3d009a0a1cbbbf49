// SPDX-License-Identifier: GPL-3.0-or-later
#include "formpreviewprovider.h"

#include "evaluationcontroller.h"

#include <QQmlEngine>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

/** A4 (210 mm) at 96 dpi, the width of a page when QML asks for no size. */
constexpr int kDefaultWidth = 794;
/** Enough for a 400 % zoom on a high-density screen; larger asks are cut to it. */
constexpr int kMaxWidth = 4000;

} // namespace

FormPreviewProvider::FormPreviewProvider(EvaluationController *controller)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_controller(controller)
{
}

void FormPreviewProvider::install(QQmlEngine &engine, EvaluationController *controller)
{
    engine.addImageProvider(QString::fromLatin1(id), new FormPreviewProvider(controller));
}

QImage FormPreviewProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    // <staffCode>/<year>/<page>?<revision>
    const QStringList parts = id.section(u'?', 0, 0).split(u'/');
    QImage image;
    if (m_controller && parts.size() == 3) {
        bool yearOk = false;
        bool pageOk = false;
        const QString staffCode = QUrl::fromPercentEncoding(parts.at(0).toUtf8());
        const int year = parts.at(1).toInt(&yearOk);
        const int page = parts.at(2).toInt(&pageOk);
        const int width = requestedSize.width() > 0 ? qMin(requestedSize.width(), kMaxWidth) : kDefaultWidth;
        if (yearOk && pageOk)
            image = m_controller->formPageImage(staffCode, year, page, width);
    }
    if (size)
        *size = image.size();
    return image;
}
