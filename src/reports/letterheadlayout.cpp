#include "reports/pagelayouter.h"

// The official frame of a document: the top of page 1 and the signature with its recipients.
// Element by element as law.md §12 describes Decree 30/2020 and Hướng dẫn 36-HD/VPTW.
namespace ed::reports {
namespace {

// Room for the handwritten signature and the seal over it, between the titles and the name.
const double kSignatureSpace = mm(24);

} // namespace

void PageLayouter::letterhead()
{
    const Letterhead& head = m_document.letterhead;
    const bool party = head.layout == DocumentLayout::Party;
    const double left = m_frame.left();
    const double width = m_frame.width();
    const double top = m_frame.top();

    // The right column holds the national title (or the Party header) on one line.
    const QString header = QString::fromUtf8(party ? kPartyHeader : kNationalTitle);
    const double rightWidth = qMin(width - mm(60), qMax(textWidth(header, m_style.header) + mm(4),
                                                        width * (party ? 0.5 : 0.58)));
    const double leftWidth = width - rightWidth;
    const double right = left + leftWidth;
    const auto centred = Qt::AlignHCenter;

    // Issuer block, top left: the parent body upright, the issuing body bold, both capitals.
    double leftY = top;
    if (!head.parentBody.trimmed().isEmpty())
        leftY += flowAt({left, leftY}, head.parentBody.toUpper(), m_style.parentBody, leftWidth,
                        centred);
    leftY += flowAt({left, leftY}, head.issuingBody.toUpper(), m_style.issuingBody, leftWidth,
                    centred);
    if (party) {
        // 36-HD/VPTW marks the issuer with an asterisk instead of a rule.
        leftY +=
                flowAt({left, leftY}, QStringLiteral("*"), m_style.issuingBody, leftWidth, centred);
    } else {
        const double ruleLength = qMin(leftWidth * 0.4, mm(25));
        rule(left + (leftWidth - ruleLength) / 2, leftY + pt(2), ruleLength);
        leftY += pt(8);
    }

    // Top right: the national title and the motto over a rule as long as the motto, or the
    // Party header over a rule as long as itself.
    double rightY = top;
    rightY += flowAt({right, rightY}, header, m_style.header, rightWidth, centred);
    QString ruled = header;
    FontSpec ruledFont = m_style.header;
    if (!party) {
        ruled = QString::fromUtf8(kMotto);
        ruledFont = m_style.motto;
        rightY += flowAt({right, rightY}, ruled, ruledFont, rightWidth, centred);
    }
    const double ruleLength = textWidth(ruled, ruledFont);
    rule(right + (rightWidth - ruleLength) / 2, rightY + pt(1.5), ruleLength);
    rightY += pt(8);

    // Number under the issuer; place and date, italic, under the motto on the same line.
    const double row = qMax(leftY, rightY) + pt(4);
    leftY = row + flowAt({left, row}, numberLine(head), m_style.number, leftWidth, centred);
    rightY =
            row + flowAt({right, row}, placeDateLine(head), m_style.placeDate, rightWidth, centred);
    m_y = qMax(leftY, rightY) + pt(18);

    // Type name and title (trích yếu), bold and centred; Decree 30 rules the title off.
    flow(head.typeName.toUpper(), m_style.typeName, left, width, centred, 0, 1.1);
    if (!head.title.trimmed().isEmpty())
        flow(head.title, m_style.title, left + width * 0.1, width * 0.8, centred, 0, 1.1);
    if (!party) {
        const double titleRule = width * 0.25;
        rule(left + (width - titleRule) / 2, m_y + pt(3), titleRule);
    }
    m_y += pt(18);
}

void PageLayouter::signature()
{
    const Letterhead& head = m_document.letterhead;
    const QStringList authority = signatureLines(head);
    const QStringList recipients = recipientLines(head);
    const double left = m_frame.left();
    const double leftWidth = m_frame.width() * 0.45;
    const double rightWidth = m_frame.width() - leftWidth;
    const double right = left + leftWidth;

    // Kept together: measure both columns before placing them.
    const double signatureLine = lineHeight(m_style.signature, 1.1);
    const double signatureHeight = (authority.size() + 1) * signatureLine + kSignatureSpace;
    double recipientsHeight = 0;
    if (!recipients.isEmpty()) {
        recipientsHeight = lineHeight(m_style.recipientsLabel);
        for (const QString& line : recipients)
            recipientsHeight += lineCount(line, m_style.recipients, leftWidth, 0, Qt::AlignLeft)
                                * lineHeight(m_style.recipients);
    }
    m_y += pt(12);
    ensureRoom(qMax(signatureHeight, recipientsHeight));
    const double top = m_y;

    // Right: formula and titles in bold capitals, room for signature and seal, the name bold.
    double y = top;
    for (const QString& line : authority)
        y += flowAt({right, y}, line, m_style.signature, rightWidth, Qt::AlignHCenter, 1.1);
    y = top + authority.size() * signatureLine + kSignatureSpace;
    if (!head.signerName.trimmed().isEmpty())
        flowAt({right, y}, head.signerName.trimmed(), m_style.signature, rightWidth,
               Qt::AlignHCenter, 1.1);

    // Left: "Nơi nhận:" bold italic, then one recipient per line, the archive last.
    y = top;
    if (!recipients.isEmpty()) {
        y += flowAt({left, y}, QString::fromUtf8(kRecipientsLabel), m_style.recipientsLabel,
                    leftWidth, Qt::AlignLeft);
        for (const QString& line : recipients)
            y += flowAt({left, y}, line, m_style.recipients, leftWidth, Qt::AlignLeft);
    }
    m_y = top + qMax(signatureHeight, recipientsHeight);
}

} // namespace ed::reports
