#include "core/letterhead.h"

#include "core/codes.h"

namespace ed {
namespace {

// Decree 30 pads numbers, days and months that a later hand could otherwise extend.
QString padded(int value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}

QString paddedNumber(const QString& number)
{
    bool ok = false;
    const int value = number.toInt(&ok);
    return ok && value < 10 ? padded(value) : number;
}

bool digitsOnly(const QString& text)
{
    for (const QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

QString reportKindCode(ReportKind kind)
{
    return toCode(kind);
}

std::optional<ReportKind> reportKindFromCode(const QString& code)
{
    return fromCode<ReportKind>(code);
}

QString documentLayoutCode(DocumentLayout layout)
{
    return toCode(layout);
}

std::optional<DocumentLayout> documentLayoutFromCode(const QString& code)
{
    return fromCode<DocumentLayout>(code);
}

QString signingFormulaCode(SigningFormula formula)
{
    return toCode(formula);
}

std::optional<SigningFormula> signingFormulaFromCode(const QString& code)
{
    return fromCode<SigningFormula>(code);
}

DocumentLayout layoutForAgency(AgencyKind kind)
{
    return kind == AgencyKind::Party ? DocumentLayout::Party : DocumentLayout::State;
}

QString documentSymbol(const Letterhead& letterhead)
{
    const QString number =
            letterhead.number.isEmpty() ? QStringLiteral("…") : paddedNumber(letterhead.number);
    if (letterhead.layout == DocumentLayout::Party)
        return number + QLatin1Char('-') + letterhead.typeCode + QLatin1Char('/')
               + letterhead.issuerCode;
    return number + QLatin1Char('/') + letterhead.typeCode + QLatin1Char('-')
           + letterhead.issuerCode;
}

QString numberLine(const Letterhead& letterhead)
{
    // A blank number keeps room for the clerk's pen, as the printed blanks do.
    const QString number = letterhead.number.isEmpty() ? QStringLiteral("      ")
                                                       : paddedNumber(letterhead.number);
    if (letterhead.layout == DocumentLayout::Party)
        return QStringLiteral("Số %1-%2/%3")
                .arg(number, letterhead.typeCode, letterhead.issuerCode);
    return QStringLiteral("Số: %1/%2-%3").arg(number, letterhead.typeCode, letterhead.issuerCode);
}

QString placeDateLine(const Letterhead& letterhead)
{
    const QString place =
            letterhead.place.isEmpty() ? QString() : letterhead.place + QStringLiteral(", ");
    if (!letterhead.date || !letterhead.date->isValid())
        return place + QStringLiteral("ngày      tháng      năm 20    ");
    const QDate date = *letterhead.date;
    // Days 1–9 and months 1–2 take a leading 0; months 3–12 are written as they are.
    const QString month = date.month() <= 2 ? padded(date.month()) : QString::number(date.month());
    return place
           + QStringLiteral("ngày %1 tháng %2 năm %3")
                     .arg(padded(date.day()), month)
                     .arg(date.year());
}

QString formulaWord(DocumentLayout layout, SigningFormula formula)
{
    const bool party = layout == DocumentLayout::Party;
    switch (formula) {
    case SigningFormula::None: return {};
    case SigningFormula::OnBehalf: return party ? QStringLiteral("T/M") : QStringLiteral("TM.");
    case SigningFormula::Deputy: return party ? QStringLiteral("K/T") : QStringLiteral("KT.");
    case SigningFormula::ByOrder: return party ? QStringLiteral("T/L") : QStringLiteral("TL.");
    case SigningFormula::Authorised: return party ? QStringLiteral("TUQ/") : QStringLiteral("TUQ.");
    case SigningFormula::Acting: return QStringLiteral("Q.");
    }
    return {};
}

QStringList signatureLines(const Letterhead& letterhead)
{
    QStringList lines;
    const QString word = formulaWord(letterhead.layout, letterhead.formula);
    if (!word.isEmpty())
        lines << (word + QLatin1Char(' ') + letterhead.authority.toUpper()).trimmed();
    if (!letterhead.signerTitle.isEmpty())
        lines << letterhead.signerTitle.toUpper();
    return lines;
}

QStringList recipientLines(const Letterhead& letterhead)
{
    QStringList lines;
    for (const QString& recipient : letterhead.recipients) {
        const QString text = recipient.trimmed();
        if (!text.isEmpty())
            lines << QStringLiteral("- %1;").arg(text);
    }
    const QString archive = letterhead.archive.trimmed();
    if (!archive.isEmpty())
        lines << QStringLiteral("- Lưu: %1.").arg(archive);
    return lines;
}

QList<FieldProblem> checkLetterhead(const Letterhead& letterhead)
{
    QList<FieldProblem> problems;
    const auto require = [&](const QString& value, const char* field) {
        if (value.trimmed().isEmpty())
            problems.append({QString::fromLatin1(field), Problem::Required});
    };
    require(letterhead.issuingBody, "issuingBody");
    if (!digitsOnly(letterhead.number))
        problems.append({QStringLiteral("number"), Problem::OutOfRange});
    require(letterhead.typeCode, "typeCode");
    require(letterhead.issuerCode, "issuerCode");
    if (letterhead.date && !letterhead.date->isValid())
        problems.append({QStringLiteral("date"), Problem::InvalidDate});
    require(letterhead.typeName, "typeName");
    if (letterhead.formula != SigningFormula::None)
        require(letterhead.authority, "authority");
    if (!letterhead.signerName.trimmed().isEmpty())
        require(letterhead.signerTitle, "signerTitle");
    return problems;
}

} // namespace ed
