// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/reviewservice.h"

#include <QByteArray>
#include <QString>

/**
 * `congvu review` as data (docs/reports.md "review"; RECORDS-CSV.md "review --year Y --format json"):
 * - JSON: schemas/review.schema.json; per unit the counts, the members' condition of Tập thể LĐTT, the
 *   cap, the collective decisions and the discipline to note; per person (by unit code, then the
 *   service's order) the verdicts on Lao động tiên tiến and Chiến sĩ thi đua cơ sở with every reason
 *   (code, kind met|not_met|warning, message, legal basis) and the council's decisions;
 * - text: a per-unit summary, then one line per person with the titles and the reasons that refuse or
 *   warn, for a terminal.
 */
namespace ReviewExport {
[[nodiscard]] QByteArray toJson(const ReviewResult &review);
/** A plain-text summary for a terminal, in the user's language. */
[[nodiscard]] QString toText(const ReviewResult &review);
/** "met", "not_met" or "warning". */
[[nodiscard]] QString kindCode(ReviewReason::Kind kind);
} // namespace ReviewExport
