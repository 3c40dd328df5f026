#pragma once

#include "core/agency.h"
#include "core/plan.h"
#include "core/validation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ed {

/// The two official layouts are the two kinds of document: Decree 30/2020/NĐ-CP for state
/// bodies (UBND, Sở Nội vụ, UBBC), Hướng dẫn 36-HD/VPTW for Party bodies (Tỉnh ủy, the steering
/// committee). law.md §12.
using DocumentLayout = DocumentKind;

/// The printed reports, each with its own remembered letterhead.
enum class ReportKind { Meetings, Tasks, Nominations, Results };

// The fixed words of the official forms. They are the law's wording, not interface text, so
// they are never translated.
inline constexpr auto kNationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
inline constexpr auto kMotto = "Độc lập - Tự do - Hạnh phúc";
inline constexpr auto kPartyHeader = "ĐẢNG CỘNG SẢN VIỆT NAM";
inline constexpr auto kRecipientsLabel = "Nơi nhận:";

/// Everything around a report's body that the issuing office fills in: issuer, number, place
/// and date, title, signature and recipients. Remembered per report.
struct Letterhead
{
    DocumentLayout layout = DocumentLayout::State;
    QString parentBody;        ///< "UBND TỈNH ĐIỆN BIÊN"; may be empty
    QString issuingBody;       ///< "SỞ NỘI VỤ"
    QString number;            ///< "15"; empty leaves a blank to write in by hand
    QString typeCode;          ///< "BC" (Appendix III abbreviations)
    QString issuerCode;        ///< "SNV", "BCĐ"
    QString place;             ///< "Điện Biên"
    std::optional<QDate> date; ///< none leaves "ngày … tháng … năm" blank
    QString typeName;          ///< "BÁO CÁO"
    QString title;             ///< the trích yếu under the type name
    SigningFormula formula = SigningFormula::None;
    QString authority;   ///< after the formula: "ỦY BAN NHÂN DÂN", or the head's title for KT.
    QString signerTitle; ///< "PHÓ GIÁM ĐỐC"
    QString signerName;
    QStringList recipients; ///< "Như trên", "UBND tỉnh (b/c)": without "- " and ";"
    QString archive;        ///< "VT, NV(An)": printed "- Lưu: VT, NV(An)."

    friend bool operator==(const Letterhead&, const Letterhead&) = default;
};

/// The stored word of a report: meetings, tasks, nominations, results.
[[nodiscard]] QString reportKindCode(ReportKind kind);
[[nodiscard]] std::optional<ReportKind> reportKindFromCode(const QString& code);
/// state, party
[[nodiscard]] QString documentLayoutCode(DocumentLayout layout);
[[nodiscard]] std::optional<DocumentLayout> documentLayoutFromCode(const QString& code);
/// "", TM., KT., TL., TUQ., Q. (as plans store them)
[[nodiscard]] QString signingFormulaCode(SigningFormula formula);
[[nodiscard]] std::optional<SigningFormula> signingFormulaFromCode(const QString& code);

/// A Party body prints the Party layout; every other kind the state one.
[[nodiscard]] DocumentLayout layoutForAgency(AgencyKind kind);

/// "Số: 15/BC-SNV" (state) or "Số 15-BC/BCĐ" (Party); numbers below 10 padded with a 0.
/// Without a number the space is left for the clerk: "Số:      /BC-SNV".
[[nodiscard]] QString numberLine(const Letterhead& letterhead);
/// "15/BC-SNV" or "15-BC/BCĐ", as later citations write it; "…" for a missing number.
[[nodiscard]] QString documentSymbol(const Letterhead& letterhead);
/// "Điện Biên, ngày 02 tháng 02 năm 2021": days 1–9 and months 1–2 padded with 0.
[[nodiscard]] QString placeDateLine(const Letterhead& letterhead);
/// The formula's word in the layout: "TM." / "T/M", "KT." / "K/T", …; empty for None.
[[nodiscard]] QString formulaWord(DocumentLayout layout, SigningFormula formula);
/// The signature block's capital lines above the signature: "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH".
[[nodiscard]] QStringList signatureLines(const Letterhead& letterhead);
/// "- Như trên;" … "- Lưu: VT, NV(An)." — empty when there is neither recipient nor archive.
[[nodiscard]] QStringList recipientLines(const Letterhead& letterhead);
/// Issuing body, type code and issuer code are required; the number is digits only; a formula
/// needs its authority line; a signer needs a title.
[[nodiscard]] QList<FieldProblem> checkLetterhead(const Letterhead& letterhead);

} // namespace ed
