#pragma once

#include "core/ids.h"
#include "core/legalcalendar.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace ed {

/// State documents follow Decree 30/2020/NĐ-CP; Party documents follow Hướng dẫn 36-HD/VPTW.
enum class DocumentKind { State, Party };

/// How the signer signs (law.md §12.1): in the body's name (TM.), as a deputy for the head
/// (KT.), by order (TL.), by authorisation (TUQ.), as acting head (Q.), or in their own titles.
enum class SigningFormula { None, OnBehalf, Deputy, ByOrder, Authorised, Acting };

struct LegalBasis
{
    QString symbol;          ///< normalised, e.g. "45-CT/TW"
    QString symbolAsPrinted; ///< as the plan prints it, e.g. "45-CT/TU"
    QString kind;            ///< "Chỉ thị", "Kế hoạch", ...
    QDate issuedOn;
    QString issuer;
    QString leadIn; ///< "Thực hiện", "Căn cứ" or empty
    QString citedAt;

    friend bool operator==(const LegalBasis&, const LegalBasis&) = default;
};

struct Recipient
{
    QString name;
    QString note; ///< "B/c" (for report) or empty

    friend bool operator==(const Recipient&, const Recipient&) = default;
};

struct Purpose
{
    QString code;
    bool isRequirement = false;
    QString text;

    friend bool operator==(const Purpose&, const Purpose&) = default;
};

/// A plan (kế hoạch) as issued: identity, signature block and recipients. Its meetings, tasks,
/// inspection and campaign are separate aggregates that point back at it.
struct Plan
{
    PlanId id;
    QString code;            ///< stable ASCII key
    QString symbol;          ///< normalised number and symbol, "01-KH/BCĐ"
    QString symbolAsPrinted; ///< "Số 01 -KH/BCĐ"
    QString documentType;    ///< "KẾ HOẠCH"
    QString title;
    DocumentKind documentKind = DocumentKind::State;
    AgencyId issuer;
    QString issuerAsPrinted;
    QString province;
    QString place;
    QDate issuedOn; ///< invalid when the document carries no date
    QDate electionDay;
    ElectionRegime electionRegime = ElectionRegime::Law2015;
    QString signerName;
    SigningFormula signingFormula = SigningFormula::None;
    QStringList signerTitleLines;
    QString filingLine;
    QList<LegalBasis> legalBases;
    QList<Recipient> recipients;
    QList<Purpose> purposes;

    friend bool operator==(const Plan&, const Plan&) = default;
};

} // namespace ed
