// SPDX-License-Identifier: GPL-3.0-or-later
#include "standardscontroller.h"

#include "domain/codetable.h"
#include "domain/standardsjson.h"
#include "domain/requirementlabels.h"
#include "services/standardsservice.h"

#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString shown(const QDate &d)
{
    return d.toString(u"dd/MM/yyyy"_s);
}

/** YYYY-MM-DD (what DateField gives) or DD/MM/YYYY; null when neither. */
QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, u"d/M/yyyy"_s);
    return d;
}

/** The standard whose period covers date (enabled requirements or not: Settings must show it to edit it). */
const TitleStandard *coveringOn(const std::vector<TitleStandard> &all, const QString &position, const QDate &date)
{
    const TitleStandard *best = nullptr;
    for (const auto &s : all) {
        if (s.position != position || !s.isInForceOn(date))
            continue;
        if (!best || (s.validFrom.isValid() && (!best->validFrom.isValid() || s.validFrom > best->validFrom)))
            best = &s;
    }
    return best;
}

QString basisOf(const TitleStandard &s)
{
    return s.article.isEmpty() ? s.instrument : s.instrument + u", "_s + s.article;
}

QString periodText(const QDate &from, const QDate &to)
{
    // to is exclusive: the last day shown is the day before.
    if (from.isValid() && to.isValid())
        //: a period of a title standard: first day – last day (DD/MM/YYYY)
        return StandardsController::tr("%1 – %2").arg(shown(from), shown(to.addDays(-1)));
    if (from.isValid())
        return StandardsController::tr("from %1").arg(shown(from));
    if (to.isValid())
        return StandardsController::tr("until %1").arg(shown(to.addDays(-1)));
    return StandardsController::tr("always");
}

} // namespace

StandardsController::StandardsController(StandardsService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    reload();
}

void StandardsController::reload()
{
    m_today = m_service.today();
    const std::vector<TitleStandard> all = m_service.standards();
    QVariantList titles;
    for (const QString &position : CodeTables::communeTitle().codes())
        titles.append(titleEntry(position, all));
    m_titles = titles;
    Q_EMIT titlesChanged();
    const bool rule = m_service.difficultAreaRule();
    if (rule != m_difficultAreaRule) {
        m_difficultAreaRule = rule;
        Q_EMIT difficultAreaRuleChanged();
    }
}

QVariantMap StandardsController::titleEntry(const QString &position, const std::vector<TitleStandard> &all) const
{
    const bool cadre = CodeTables::communeCadreTitles().contains(position);
    const QString group = cadre ? u"cb_xa"_s : u"cc_xa"_s;
    QVariantMap entry{
        {u"position"_s, position},
        {u"title"_s, CodeTables::communeTitle().label(position)},
        {u"group"_s, group},
        {u"groupLabel"_s, CodeTables::category().label(group)},
    };
    QStringList history;
    std::vector<const TitleStandard *> ofTitle;
    for (const auto &s : all) {
        if (s.position == position)
            ofTitle.push_back(&s);
    }
    std::sort(ofTitle.begin(), ofTitle.end(), [](const TitleStandard *a, const TitleStandard *b) {
        if (a->validFrom.isValid() != b->validFrom.isValid())
            return !a->validFrom.isValid();
        return a->validFrom < b->validFrom;
    });
    for (const TitleStandard *s : ofTitle) {
        //: %1 is a legal instrument and article, %2 its period
        history << tr("%1: %2").arg(basisOf(*s), periodText(s->validFrom, s->validTo));
    }
    entry.insert(u"history"_s, history);

    const TitleStandard *s = coveringOn(all, position, m_today);
    entry.insert(u"hasStandard"_s, s != nullptr);
    entry.insert(u"counted"_s, s && s->hasEnabledRequirement());
    if (!s) {
        entry.insert(u"requirements"_s, QVariantList());
        return entry;
    }
    entry.insert(u"standardId"_s, s->id);
    entry.insert(u"instrument"_s, s->instrument);
    entry.insert(u"article"_s, s->article);
    entry.insert(u"basis"_s, basisOf(*s));
    entry.insert(u"validFrom"_s, s->validFrom.isValid() ? s->validFrom.toString(Qt::ISODate) : QString());
    entry.insert(u"validTo"_s, s->validTo.isValid() ? s->validTo.toString(Qt::ISODate) : QString());
    entry.insert(u"period"_s, periodText(s->validFrom, s->validTo));
    entry.insert(u"deadline"_s, s->deadline.isValid() ? s->deadline.toString(Qt::ISODate) : QString());
    entry.insert(u"deadlineText"_s, s->deadline.isValid() ? shown(s->deadline) : QString());
    entry.insert(u"note"_s, s->note);

    QVariantList requirements;
    int index = 0;
    for (const StandardRequirement &r : s->requirements) {
        const CodeTable *table = CodeTables::levelsOf(r.key);
        QString expected;
        QVariantList levels;
        switch (r.kind) {
        case StandardRequirement::Kind::MinLevel:
            if (table) {
                for (const auto &e : table->entries())
                    levels.append(QVariantMap{{u"value"_s, e.code}, {u"text"_s, table->label(e.code)}});
            }
            //: %1 is a level, e.g. "University"
            expected = tr("%1 or higher").arg(table ? table->label(r.minimum) : r.minimum);
            if (!r.minimumDifficult.isEmpty()) {
                //: %1 is the level required elsewhere (already "… or higher"), %2 the lower level
                expected = tr("%1; %2 or higher in a difficult area")
                               .arg(expected, table ? table->label(r.minimumDifficult) : r.minimumDifficult);
            }
            break;
        case StandardRequirement::Kind::FieldMatch:
            //: %1 is a list of words, e.g. "luật"
            expected = tr("a field containing “%1”").arg(r.fieldKeywords.join(u"”, “"_s));
            break;
        case StandardRequirement::Kind::Known:
            expected = tr("on record");
            break;
        }
        requirements.append(QVariantMap{
            {u"index"_s, index++},
            {u"key"_s, r.key},
            {u"label"_s, RequirementLabels::label(r.key)},
            {u"kind"_s, StandardsJson::kindName(r.kind)},
            {u"minimum"_s, r.minimum},
            {u"minimumDifficult"_s, r.minimumDifficult},
            {u"keywords"_s, r.fieldKeywords},
            {u"expected"_s, expected},
            {u"basis"_s, r.basis},
            {u"enabled"_s, r.enabled},
            {u"confirmed"_s, r.confirmed},
            {u"levels"_s, levels},
        });
    }
    entry.insert(u"requirements"_s, requirements);
    return entry;
}

bool StandardsController::setRequirementEnabled(qint64 standardId, int index, bool enabled, const QString &isoDate)
{
    return change(standardId, index, isoDate, [enabled](StandardRequirement &r) { r.enabled = enabled; });
}

bool StandardsController::setMinimum(qint64 standardId, int index, const QString &minimum, const QString &isoDate)
{
    return change(standardId, index, isoDate, [&minimum](StandardRequirement &r) { r.minimum = minimum; });
}

bool StandardsController::change(qint64 standardId, int index, const QString &isoDate,
                                 const std::function<void(StandardRequirement &)> &edit)
{
    const std::optional<TitleStandard> stored = m_service.standard(standardId);
    if (!stored) {
        Q_EMIT errorOccurred(tr("This title standard no longer exists: reopen Settings."));
        reload();
        return false;
    }
    const QString title = CodeTables::communeTitle().label(stored->position);
    const QDate effective = parseDate(isoDate);
    if (!effective.isValid()) {
        //: %1 is what the user typed
        Q_EMIT errorOccurred(tr("The standard of %1 was not changed: “%2” is not a date (type DD/MM/YYYY).")
                                 .arg(title, isoDate));
        return false;
    }
    if (index < 0 || index >= int(stored->requirements.size())) {
        Q_EMIT errorOccurred(tr("The standard of %1 was not changed: it has no such requirement.").arg(title));
        return false;
    }
    StandardRequirement changed = stored->requirements[size_t(index)];
    edit(changed);
    const SaveResult result = m_service.changeRequirement(standardId, index, changed, effective);
    if (!result.ok()) {
        QStringList reasons;
        for (const FieldError &e : result.fieldErrors)
            reasons << e.message;
        if (!result.error.isEmpty())
            reasons << result.error;
        //: %1 is a commune title, %2 the reasons
        Q_EMIT errorOccurred(tr("The standard of %1 was not changed: %2.").arg(title, reasons.join(u"; "_s)));
        return false;
    }
    if (changed == stored->requirements[size_t(index)])
        return true;
    reload();
    Q_EMIT standardsChanged();
    Q_EMIT infoMessage(StandardsService::splitsPeriod(*stored, effective)
                           //: %1 is a commune title, %2 a date (DD/MM/YYYY)
                           ? tr("The standard of %1 changes from %2.").arg(title, shown(effective))
                           : tr("The standard of %1 was changed for its whole period.").arg(title));
    return true;
}

bool StandardsController::setDifficultAreaRule(bool on)
{
    const SaveResult result = m_service.setDifficultAreaRule(on);
    if (!result.ok()) {
        Q_EMIT errorOccurred(result.error);
        return false;
    }
    const bool changed = on != m_difficultAreaRule;
    reload();
    if (changed) {
        Q_EMIT standardsChanged();
        Q_EMIT infoMessage(on ? tr("The lower level now applies in difficult areas.")
                              : tr("The lower level no longer applies in difficult areas."));
    }
    return true;
}

QString StandardsController::changeSummary(qint64 standardId, const QString &isoDate) const
{
    const std::optional<TitleStandard> stored = m_service.standard(standardId);
    const QDate effective = parseDate(isoDate);
    if (!stored || !effective.isValid())
        return {};
    const QString title = CodeTables::communeTitle().label(stored->position);
    if (stored->validTo.isValid() && effective >= stored->validTo) {
        //: %1 is a commune title, %2 the last day of its standard
        return tr("The standard of %1 applies until %2: choose an earlier date.")
            .arg(title, shown(stored->validTo.addDays(-1)));
    }
    if (StandardsService::splitsPeriod(*stored, effective) && stored->validTo.isValid()) {
        // A later period has a standard of its own: the change stops where this one ends.
        //: %1 and %2 are dates (DD/MM/YYYY), %3 a commune title
        return tr("From %1 until %2 the standard of %3 changes; reports for other dates keep their standard.")
            .arg(shown(effective), shown(stored->validTo.addDays(-1)), title);
    }
    if (StandardsService::splitsPeriod(*stored, effective)) {
        //: %1 is a date (DD/MM/YYYY), %2 a commune title
        return tr("From %1 the standard of %2 changes; reports for earlier dates keep the old one.")
            .arg(shown(effective), title);
    }
    //: %1 is a commune title, %2 the period of its standard
    return tr("The standard of %1 changes for its whole period (%2); reports for dates before it are not "
              "affected.")
        .arg(title, periodText(stored->validFrom, stored->validTo));
}

bool StandardsController::canChange(qint64 standardId, const QString &isoDate) const
{
    const std::optional<TitleStandard> stored = m_service.standard(standardId);
    const QDate effective = parseDate(isoDate);
    return stored && effective.isValid() && (!stored->validTo.isValid() || effective < stored->validTo);
}
