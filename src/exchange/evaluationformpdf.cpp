// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluationformpdf.h"

#include "domain/codetable.h"
#include "domain/evaluationlevel.h"
#include "domain/evaluationrules.h"
#include "pdfdocument.h"
#include "services/evaluationservice.h"
#include "services/registryservice.h"

#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace PdfDocument;

namespace {

const char *kCss = R"(
body { font-size: 12pt; }
h3 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 3px; margin-bottom: 3px; }
p.item { margin-top: 6px; }
p.text { margin-left: 18px; }
p.dots { margin-left: 18px; color: #555555; }
)";

const QString kDots = u"……………………………………………………………………………………………………"_s;

/** The text of a criterion, or two dotted lines to write on by hand. */
QString textOrDots(const QString &text)
{
    if (text.trimmed().isEmpty())
        return u"<p class=\"dots\">"_s + kDots + u"</p><p class=\"dots\">"_s + kDots + u"</p>"_s;
    QString out;
    for (const QString &line : text.split(u'\n'))
        out += u"<p class=\"text\">"_s + esc(line) + u"</p>"_s;
    return out;
}

/** "<b>label</b>" of a level, or dots. */
QString levelOrDots(const QString &level)
{
    return level.isEmpty() ? u"……………………"_s : u"<b>"_s + esc(EvaluationLevels::label(level)) + u"</b>"_s;
}

/** A signature block on the right: the dated line, the role and its note. */
QString signatureBlock(const QString &dateLine, const QString &role, const QString &note, const QString &name = {})
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:8px\"><tr>"_s
           u"<td width=\"45%\"></td><td width=\"55%\" align=\"center\"><i>"_s
        + dateLine + u"</i><br/><b>"_s + role + u"</b><br/><i>"_s + note + u"</i><br/><br/><br/><br/><b>"_s
        + esc(name) + u"</b></td></tr></table>"_s;
}

} // namespace

std::optional<EvaluationFormPdf::Data> EvaluationFormPdf::load(const EvaluationService &evaluations,
                                                               const RegistryService &registry,
                                                               const QString &staffCode, int year, QString *error)
{
    const std::optional<StaffMember> person = registry.findStaff(staffCode);
    if (!person) {
        if (error)
            *error = tr("unknown staff code \"%1\"").arg(staffCode);
        return std::nullopt;
    }
    Data data;
    data.person = *person;
    const UnitDirectory units = registry.units();
    const QString resolved = units.resolveOn(person->unitCode, QDate(year, 12, 31));
    data.unitCode = resolved.isEmpty() ? person->unitCode : resolved;
    if (const OrgUnit *u = units.find(data.unitCode))
        data.unitName = u->name;
    if (const std::optional<Evaluation> e = evaluations.find(staffCode, year)) {
        data.evaluation = *e;
    } else {
        data.evaluation.staffCode = staffCode;
        data.evaluation.year = year;
        data.evaluation.status = EvaluationStatus::Draft;
    }
    data.form = evaluations.form(staffCode, year);
    // The rules as the service applies them (the unit's ND 233 Art 20 choice included).
    const PersonEvaluation assessed = evaluations.assess(data.evaluation);
    data.scoreLevel = assessed.outcome.scoreLevel;
    data.rated = assessed.outcome.rated;
    for (const EvaluationFinding &f : assessed.outcome.findings) {
        if (f.flag == u"short_service"_s)
            data.notRatedReason = f.citation.isEmpty() ? f.message : f.message + u" ("_s + f.citation + u')';
    }
    for (const EvaluationRuleSet &set : EvaluationRules::ruleSets()) {
        if (set.id == assessed.outcome.ruleSet)
            data.scored = !set.scoreBands.empty();
    }
    return data;
}

QString EvaluationFormPdf::html(const Data &d, const UnitDirectory &units, const Options &options)
{
    const Evaluation &e = d.evaluation;
    const StaffMember &m = d.person;
    const EvaluationGroup group = EvaluationRules::groupOf(m.category);
    const bool leader = m.isLeader.value_or(false);

    QString h = u"<html><head><style>"_s + QString::fromLatin1(kCss) + u"</style></head><body>"_s;

    // The agency: the unit above the person's unit, then the unit itself (Mẫu 01–03: "CƠ QUAN, TỔ CHỨC, ĐƠN VỊ").
    QString line1, line2 = options.issuer;
    if (line2.isEmpty()) {
        if (const OrgUnit *u = units.find(d.unitCode)) {
            line2 = u->name.toUpper();
            if (const OrgUnit *parent = units.find(u->parentCode))
                line1 = parent->name.toUpper();
        } else {
            line2 = u"……………………"_s;
        }
    }
    const QString place = options.place.isEmpty() ? u"…………"_s : options.place;
    //: The date line of a form still to be signed: place, then dots for day, month and year (Vietnamese: "%1, ngày …… tháng …… năm ……")
    const QString blankDate = tr("%1, day …… month …… year ……").arg(place);
    const QDate made = options.madeOn.isValid() ? options.madeOn : QDate::currentDate();
    QString formNo;
    switch (group) {
    case EvaluationGroup::Cadre:
        //: The number of the official form (Vietnamese: "Mẫu số 01")
        formNo = tr("Form No. 01");
        break;
    case EvaluationGroup::PublicEmployee:
        //: The number of the official form (Vietnamese: "Mẫu số 03")
        formNo = tr("Form No. 03");
        break;
    default:
        //: The number of the official form (Vietnamese: "Mẫu số 02")
        formNo = tr("Form No. 02");
        break;
    }
    h += u"<p align=\"right\"><i>"_s + formNo + u"</i></p>"_s;
    h += header(line1, line2, QString(), blankDate);

    QString formTitle, who, partFour, leaderPart, selfSigner;
    switch (group) {
    case EvaluationGroup::Cadre:
        //: Official heading (Vietnamese: "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ")
        formTitle = tr("QUALITY EVALUATION AND RATING FORM OF A CADRE");
        //: Official heading (Vietnamese: "ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ")
        partFour = tr("IV. EVALUATION AND RATING OF THE CADRE");
        //: Official heading (Vietnamese: "PHẦN DÀNH RIÊNG CHO CÁN BỘ LÃNH ĐẠO, QUẢN LÝ")
        leaderPart = tr("FOR CADRES IN LEADING AND MANAGING POSITIONS");
        break;
    case EvaluationGroup::PublicEmployee:
        //: Official heading (Vietnamese: "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC")
        formTitle = tr("QUALITY EVALUATION AND RATING FORM OF A PUBLIC EMPLOYEE");
        //: Official heading (Vietnamese: "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC")
        partFour = tr("IV. EVALUATION AND RATING OF THE PUBLIC EMPLOYEE");
        //: Official heading (Vietnamese: "PHẦN DÀNH RIÊNG CHO VIÊN CHỨC QUẢN LÝ")
        leaderPart = tr("FOR PUBLIC EMPLOYEES IN MANAGING POSITIONS");
        break;
    default:
        //: Official heading (Vietnamese: "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC")
        formTitle = tr("QUALITY EVALUATION AND RATING FORM OF A CIVIL SERVANT");
        //: Official heading (Vietnamese: "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC")
        partFour = tr("IV. EVALUATION AND RATING OF THE CIVIL SERVANT");
        //: Official heading (Vietnamese: "PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ")
        leaderPart = tr("FOR CIVIL SERVANTS IN LEADING AND MANAGING POSITIONS");
        break;
    }
    //: Below the form's title (Vietnamese: "Năm %1")
    h += title(formTitle, QString(), tr("Year %1").arg(e.year));

    // The person.
    QString position = m.position;
    if ((m.category == "cb_xa"_L1 || m.category == "cc_xa"_L1) && CodeTables::communeTitle().contains(position))
        position = CodeTables::communeTitle().label(position);
    auto line = [](const QString &label, const QString &value) {
        return u"<p>"_s + label + u" "_s + (value.isEmpty() ? u"……………………………………"_s : esc(value)) + u"</p>"_s;
    };
    //: Vietnamese: "Họ và tên:"
    h += line(tr("Full name:"), m.fullName);
    //: Vietnamese: "Chức vụ, chức danh:"
    h += line(tr("Position, title:"), position);
    //: Vietnamese: "Cơ quan, tổ chức, đơn vị công tác:"
    h += line(tr("Agency, organisation, unit:"), d.unitName);

    // Part I.
    //: Official heading (Vietnamese: "I. KẾT QUẢ TỰ ĐÁNH GIÁ")
    h += u"<h3>"_s + tr("I. SELF-ASSESSMENT") + u"</h3>"_s;
    auto item = [&](const QString &label, const QString &text) {
        h += u"<p class=\"item\"><b>"_s + label + u"</b></p>"_s + textOrDots(text);
    };
    //: Vietnamese: "1. Chính trị tư tưởng:"
    item(tr("1. Political ideology:"), d.form.politics);
    //: Vietnamese: "2. Đạo đức, lối sống:"
    item(tr("2. Ethics and way of life:"), d.form.ethics);
    //: Vietnamese: "3. Tác phong, lề lối làm việc:"
    item(tr("3. Working style and manner:"), d.form.workStyle);
    //: Vietnamese: "4. Ý thức tổ chức kỷ luật:"
    item(tr("4. Sense of organisation and discipline:"), d.form.discipline);
    //: Vietnamese: "5. Kết quả thực hiện chức trách, nhiệm vụ được giao:"
    item(tr("5. Results of the duties and tasks assigned:"), d.form.taskResults);
    if (leader) {
        h += u"<p class=\"item\" align=\"center\"><b>"_s + leaderPart + u"</b></p>"_s;
        //: Vietnamese: "6. Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý:"
        item(tr("6. Results of the agency, organisation or unit led or managed:"), d.form.leaderUnitResults);
        //: Vietnamese: "7. Năng lực lãnh đạo, quản lý:"
        item(tr("7. Capacity to lead and manage:"), d.form.leaderCapacity);
        //: Vietnamese: "8. Năng lực tập hợp, đoàn kết:"
        item(tr("8. Capacity to gather and unite:"), d.form.leaderUnity);
    }

    // Part II.
    //: Official heading (Vietnamese: "II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG")
    h += u"<h3>"_s + tr("II. SELF-COMMENT AND SELF-RATING") + u"</h3>"_s;
    //: Vietnamese: "1. Ưu điểm:"
    item(tr("1. Strengths:"), d.form.strengths);
    //: Vietnamese: "2. Hạn chế, khuyết điểm:"
    item(tr("2. Weaknesses and shortcomings:"), d.form.weaknesses);
    //: Vietnamese: "3. Tự xếp loại chất lượng:"
    h += u"<p class=\"item\"><b>"_s + tr("3. Self-rating:") + u"</b> "_s + levelOrDots(e.selfLevel) + u"</p>"_s;
    //: Vietnamese: "NGƯỜI TỰ ĐÁNH GIÁ"
    selfSigner = tr("THE PERSON ASSESSED");
    //: Vietnamese: "(Ký, ghi rõ họ tên)"
    h += signatureBlock(blankDate, selfSigner, tr("(signature and full name)"), m.fullName);

    // Part III.
    //: Official heading (Vietnamese: "III. Ý KIẾN CỦA TẬP THỂ ĐƠN VỊ VÀ NHẬN XÉT CỦA NGƯỜI QUẢN LÝ TRỰC TIẾP")
    h += u"<h3>"_s + tr("III. OPINION OF THE COLLECTIVE AND COMMENTS OF THE DIRECT MANAGER") + u"</h3>"_s;
    //: Vietnamese: "1. Ý kiến của tập thể đơn vị nơi công tác:"
    item(tr("1. Opinion of the collective of the unit:"), d.form.collectiveComments);
    //: Vietnamese: "2. Nhận xét, đánh giá của người quản lý trực tiếp:"
    item(tr("2. Comments and evaluation of the direct manager:"), d.form.managerComments);
    //: Vietnamese: "Đề xuất mức xếp loại chất lượng:"
    h += u"<p class=\"item\"><b>"_s + tr("Proposed level:") + u"</b> "_s + levelOrDots(e.proposedLevel) + u"</p>"_s;
    //: Vietnamese: "NGƯỜI NHẬN XÉT"
    h += signatureBlock(blankDate, tr("THE DIRECT MANAGER"), tr("(signature and full name)"));

    // Part IV.
    //: Vietnamese: "(Phần dành cho cấp có thẩm quyền đánh giá)"
    h += u"<h3>"_s + partFour + u"</h3><p><i>"_s + tr("(for the competent authority)") + u"</i></p>"_s;
    if (d.scored) {
        const QString score = e.scoreTenths ? QLocale().toString(*e.scoreTenths / 10.0, 'f', 1) : u"……"_s;
        //: %1 is the score (e.g. 87,5); Vietnamese: "Điểm đánh giá: %1/100 điểm (Nghị định 335/2025/NĐ-CP)"
        QString s = tr("Score: %1/100 points (Decree 335/2025/NĐ-CP)").arg(score);
        if (!d.scoreLevel.isEmpty())
            //: %1 is the level the score gives
            s += u"; "_s + tr("level of the score: %1").arg(esc(EvaluationLevels::label(d.scoreLevel)));
        h += u"<p class=\"item\">"_s + s + u"</p>"_s;
    }
    //: Vietnamese: "Kết quả đánh giá, xếp loại chất lượng:"
    if (d.rated) {
        h += u"<p class=\"item\"><b>"_s + tr("Final level:") + u"</b> "_s + levelOrDots(e.finalLevel) + u"</p>"_s;
    } else {
        h += u"<p class=\"item\"><b>"_s + tr("Final level:") + u"</b> "_s
            //: Vietnamese: "Không xếp loại chất lượng"
            + tr("not rated this year") + u"</p>"_s;
        h += u"<p class=\"text\"><i>"_s + esc(d.notRatedReason) + u"</i></p>"_s;
    }
    if (d.rated && (!e.finalLevel.isEmpty() || !e.decisionNo.isEmpty())) {
        const QString no = e.decisionNo.isEmpty() ? u"……"_s : esc(e.decisionNo);
        const QString date = e.decisionDate.isValid() ? dmy(e.decisionDate) : u"……"_s;
        //: %1 decision number, %2 its date; Vietnamese: "(Quyết định/Thông báo số %1 ngày %2)"
        h += u"<p class=\"text\"><i>"_s + tr("(Decision or notice No. %1 of %2)").arg(no, date) + u"</i></p>"_s;
    }
    QString decidedLine = blankDate;
    if (e.decisionDate.isValid()) {
        const SignatureDate sd = signatureDate(e.decisionDate);
        decidedLine = tr("%1, %2/%3/%4", "place, day, month, year of signature").arg(place, sd.day, sd.month, sd.year);
    }
    //: Vietnamese: "NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ" / "(Ký, ghi rõ họ tên)"
    h += signatureBlock(decidedLine, tr("THE COMPETENT AUTHORITY"), tr("(signature, full name and seal)"));
    //: %1 is the date the form was printed
    h += u"<p align=\"right\" style=\"font-size:8pt; color:#777777\">"_s
        + tr("Printed on %1 by CongVu").arg(dmy(made)) + u"</p>"_s;
    h += u"</body></html>"_s;
    return h;
}

namespace {

PdfDocument::Messages formMessages()
{
    return {EvaluationFormPdf::tr("a PDF can only be made with the graphical libraries loaded (QGuiApplication)"),
            EvaluationFormPdf::tr("cannot start the PDF"), EvaluationFormPdf::tr("cannot write the PDF"),
            EvaluationFormPdf::tr("Page %1 of %2")};
}

PdfDocument::Page formPage(const EvaluationFormPdf::Data &data)
{
    // Nghị định 30/2020/NĐ-CP: A4 portrait, margins left 30 mm, right 15 mm, top and bottom 20 mm.
    //: The PDF's title: %1 full name, %2 year
    return {EvaluationFormPdf::tr("Evaluation form of %1, %2").arg(data.person.fullName).arg(data.evaluation.year),
            QPageLayout::Portrait, QMarginsF(30, 20, 15, 20)};
}

} // namespace

QByteArray EvaluationFormPdf::render(const Data &data, const UnitDirectory &units, const Options &options,
                                     QString *error)
{
    const PdfDocument::Messages messages = formMessages();
    if (!PdfDocument::canRender(messages, error))
        return {};
    return PdfDocument::render(html(data, units, options), formPage(data), messages, error);
}

std::unique_ptr<PdfDocument::Pages> EvaluationFormPdf::layOut(const Data &data, const UnitDirectory &units,
                                                              const Options &options, QString *error)
{
    const PdfDocument::Messages messages = formMessages();
    if (!PdfDocument::canRender(messages, error))
        return nullptr;
    return std::make_unique<PdfDocument::Pages>(html(data, units, options), formPage(data), messages);
}

bool EvaluationFormPdf::writeFile(const EvaluationService &evaluations, const RegistryService &registry,
                                  const QString &staffCode, int year, const QString &path, const Options &options,
                                  QString *error)
{
    const std::optional<Data> data = load(evaluations, registry, staffCode, year, error);
    if (!data)
        return false;
    const QByteArray pdf = render(*data, registry.units(), options, error);
    if (pdf.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        if (error)
            //: %1 file path, %2 the system's reason
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
