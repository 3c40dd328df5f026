#include "storage/letterheadrepository.h"

#include "core/searchkey.h"
#include "storage/rows.h"
#include "storage/statement.h"
#include "storage/writetransaction.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

/// One recipient per line, NFC; blank lines are dropped, since they print nothing.
QString joinRecipients(const QStringList& recipients)
{
    QStringList lines;
    for (const QString& recipient : recipients) {
        // A line break inside an entry would split it into two on the way back.
        const QString line = normalizedText(QString(recipient).replace(u'\n', u' '));
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(u'\n');
}

} // namespace

Result<std::optional<Letterhead>> LetterheadRepository::find(ReportKind kind) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT layout, parent_body, issuing_body, number, type_code, issuer_code, "
                     "place, date_blank, type_name, title, formula, authority, signer_title, "
                     "signer_name, recipients, archive FROM report_letterhead "
                     "WHERE report = :report"_s,
                     "select letterhead");
    select.bind(u":report"_s, reportKindCode(kind));
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return std::optional<Letterhead>();
    Letterhead l;
    l.layout = documentLayoutFromCode(select.text(0)).value_or(DocumentLayout::State);
    l.parentBody = select.text(1);
    l.issuingBody = select.text(2);
    l.number = select.text(3);
    l.typeCode = select.text(4);
    l.issuerCode = select.text(5);
    l.place = select.text(6);
    // The day itself is never stored: an engaged but invalid date means "dated when printed",
    // which the service fills in; none means the date was left blank.
    if (select.integer(7) == 0)
        l.date = QDate();
    l.typeName = select.text(8);
    l.title = select.text(9);
    l.formula = signingFormulaFromCode(select.text(10)).value_or(SigningFormula::None);
    l.authority = select.text(11);
    l.signerTitle = select.text(12);
    l.signerName = select.text(13);
    l.recipients = select.text(14).split(u'\n', Qt::SkipEmptyParts);
    l.archive = select.text(15);
    return std::optional<Letterhead>(l);
}

Status LetterheadRepository::save(ReportKind kind, const Letterhead& letterhead)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginError();
    // Portable upsert: SQLite 3.24+ and PostgreSQL 9.5+ share this form.
    Statement upsert(connectionOf(m_database),
                     u"INSERT INTO report_letterhead (report, layout, parent_body, issuing_body, "
                     "number, type_code, issuer_code, place, date_blank, type_name, title, "
                     "formula, authority, signer_title, signer_name, recipients, archive) "
                     "VALUES (:report, :layout, :parent_body, :issuing_body, :number, "
                     ":type_code, :issuer_code, :place, :date_blank, :type_name, :title, "
                     ":formula, :authority, :signer_title, :signer_name, :recipients, :archive) "
                     "ON CONFLICT (report) DO UPDATE SET layout = excluded.layout, "
                     "parent_body = excluded.parent_body, issuing_body = excluded.issuing_body, "
                     "number = excluded.number, type_code = excluded.type_code, "
                     "issuer_code = excluded.issuer_code, place = excluded.place, "
                     "date_blank = excluded.date_blank, type_name = excluded.type_name, "
                     "title = excluded.title, formula = excluded.formula, "
                     "authority = excluded.authority, signer_title = excluded.signer_title, "
                     "signer_name = excluded.signer_name, recipients = excluded.recipients, "
                     "archive = excluded.archive"_s,
                     "save letterhead");
    upsert.bind(u":report"_s, reportKindCode(kind))
            .bind(u":layout"_s, documentLayoutCode(letterhead.layout))
            .bind(u":parent_body"_s, normalizedText(letterhead.parentBody))
            .bind(u":issuing_body"_s, normalizedText(letterhead.issuingBody))
            .bind(u":number"_s, normalizedText(letterhead.number))
            .bind(u":type_code"_s, normalizedText(letterhead.typeCode))
            .bind(u":issuer_code"_s, normalizedText(letterhead.issuerCode))
            .bind(u":place"_s, normalizedText(letterhead.place))
            .bind(u":date_blank"_s, letterhead.date.has_value() ? 0 : 1)
            .bind(u":type_name"_s, normalizedText(letterhead.typeName))
            .bind(u":title"_s, normalizedText(letterhead.title))
            .bind(u":formula"_s, signingFormulaCode(letterhead.formula))
            .bind(u":authority"_s, normalizedText(letterhead.authority))
            .bind(u":signer_title"_s, normalizedText(letterhead.signerTitle))
            .bind(u":signer_name"_s, normalizedText(letterhead.signerName))
            .bind(u":recipients"_s, joinRecipients(letterhead.recipients))
            .bind(u":archive"_s, normalizedText(letterhead.archive));
    if (auto s = upsert.exec(); !s)
        return s;
    return transaction.commit();
}

} // namespace ed::storage
