#pragma once

#include "core/letterhead.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ed::gui {

/// How the reports area words the reports, layouts and signing formulas: interface text, in
/// one translation context. The words printed on the documents come from core and the builders.
class ReportWording
{
    Q_DECLARE_TR_FUNCTIONS(ReportWording)

public:
    /// The reports in the order the page lists them.
    [[nodiscard]] static QList<ReportKind> kinds();
    [[nodiscard]] static QString name(ReportKind kind);
    /// One paragraph: what the report holds and what it is for.
    [[nodiscard]] static QString description(ReportKind kind);
    /// "State body (Decree 30/2020/NĐ-CP)" or "Party body (Guidance 36-HD/VPTW)".
    [[nodiscard]] static QString layoutName(DocumentLayout layout);
    /// "TM. on behalf of a collective body": the formula's word in `layout` and its meaning.
    [[nodiscard]] static QString formulaName(DocumentLayout layout, SigningFormula formula);
    /// The file name a saved report suggests, without extension: "bao-cao-lich-hop-2021-06-15".
    /// Vietnamese in every interface language, like the documents themselves.
    [[nodiscard]] static QString fileBaseName(ReportKind kind, QDate day);
};

} // namespace ed::gui
