#include "storage/planrepository.h"

#include "core/codes.h"
#include "core/searchkey.h"
#include "storage/rows.h"
#include "storage/writetransaction.h"

using namespace Qt::StringLiterals;

namespace ed::storage {

Result<PlanId> PlanRepository::add(const Plan& plan)
{
    WriteTransaction tx(m_database);
    if (!tx.isActive())
        return tx.beginError();
    PlanId id;
    {
        Statement insert(
                connectionOf(m_database),
                u"INSERT INTO plan (code, symbol, symbol_as_printed, document_type, "
                "title, title_search, document_kind, issuer_id, issuer_as_printed, "
                "province, place, issued_on, election_day, signer_name, signing_formula, "
                "signer_title_lines, filing_line, election_regime) VALUES (:code, :symbol, "
                ":printed, :type, :title, :title_search, :kind, :issuer, "
                ":issuer_printed, :province, :place, :issued_on, :election_day, :signer, "
                ":formula, :title_lines, :filing, :regime) RETURNING id"_s,
                "insert plan");
        const QString title = normalizedText(plan.title);
        insert.bind(u":code"_s, plan.code)
                .bind(u":symbol"_s, normalizedText(plan.symbol))
                .bind(u":printed"_s, plan.symbolAsPrinted)
                .bind(u":type"_s, normalizedText(plan.documentType))
                .bind(u":title"_s, title)
                .bind(u":title_search"_s, searchKey(title))
                .bind(u":kind"_s, toCode(plan.documentKind))
                .bind(u":issuer"_s, plan.issuer)
                .bind(u":issuer_printed"_s, normalizedText(plan.issuerAsPrinted))
                .bind(u":province"_s, normalizedText(plan.province))
                .bind(u":place"_s, normalizedText(plan.place))
                .bind(u":issued_on"_s, plan.issuedOn)
                .bind(u":election_day"_s, plan.electionDay)
                .bind(u":signer"_s, normalizedText(plan.signerName))
                .bind(u":formula"_s, toCode(plan.signingFormula))
                .bind(u":title_lines"_s, plan.signerTitleLines.join(u'\n'))
                .bind(u":filing"_s, normalizedText(plan.filingLine))
                .bind(u":regime"_s, toCode(plan.electionRegime));
        if (auto s = insert.exec(); !s)
            return s.error();
        if (!insert.next())
            return insert.lastError();
        id = insert.id<PlanId>(0);
    }
    if (auto s = insertLists(id, plan); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PlanRepository::insertLists(PlanId id, const Plan& plan)
{
    const QSqlDatabase db = connectionOf(m_database);
    Statement basis(db,
                    u"INSERT INTO plan_legal_basis (plan_id, position, symbol, symbol_as_printed, "
                    "kind, issued_on, issuer, lead_in, cited_at) VALUES (:owner, :position, "
                    ":symbol, :printed, :kind, :issued_on, :issuer, :lead_in, :cited_at)"_s,
                    "insert legal basis");
    Status status = insertPositioned(basis, id.raw(), plan.legalBases,
                                     [](Statement& st, const LegalBasis& b) {
                                         st.bind(u":symbol"_s, normalizedText(b.symbol))
                                                 .bind(u":printed"_s, b.symbolAsPrinted)
                                                 .bind(u":kind"_s, normalizedText(b.kind))
                                                 .bind(u":issued_on"_s, b.issuedOn)
                                                 .bind(u":issuer"_s, normalizedText(b.issuer))
                                                 .bind(u":lead_in"_s, normalizedText(b.leadIn))
                                                 .bind(u":cited_at"_s, normalizedText(b.citedAt));
                                     });
    if (!status)
        return status;
    Statement recipient(db,
                        u"INSERT INTO plan_recipient (plan_id, position, name, note) "
                        "VALUES (:owner, :position, :name, :note)"_s,
                        "insert recipient");
    status = insertPositioned(recipient, id.raw(), plan.recipients,
                              [](Statement& st, const Recipient& r) {
                                  st.bind(u":name"_s, normalizedText(r.name))
                                          .bind(u":note"_s, normalizedText(r.note));
                              });
    if (!status)
        return status;
    Statement purpose(db,
                      u"INSERT INTO plan_purpose (plan_id, position, code, is_requirement, text) "
                      "VALUES (:owner, :position, :code, :requirement, :text)"_s,
                      "insert purpose");
    return insertPositioned(purpose, id.raw(), plan.purposes, [](Statement& st, const Purpose& p) {
        st.bind(u":code"_s, p.code)
                .bind(u":requirement"_s, p.isRequirement ? 1 : 0)
                .bind(u":text"_s, normalizedText(p.text));
    });
}

Result<QList<Plan>> PlanRepository::all() const
{
    QList<Plan> plans;
    {
        Statement select(connectionOf(m_database),
                         u"SELECT id, code, symbol, symbol_as_printed, document_type, title, "
                         "document_kind, issuer_id, issuer_as_printed, province, place, issued_on, "
                         "election_day, signer_name, signing_formula, signer_title_lines, "
                         "filing_line, election_regime FROM plan ORDER BY id"_s,
                         "list plans");
        if (auto s = select.exec(); !s)
            return s.error();
        while (select.next()) {
            Plan p;
            p.id = select.id<PlanId>(0);
            p.code = select.text(1);
            p.symbol = select.text(2);
            p.symbolAsPrinted = select.text(3);
            p.documentType = select.text(4);
            p.title = select.text(5);
            p.documentKind = fromCode<DocumentKind>(select.text(6)).value_or(DocumentKind::State);
            p.issuer = select.id<AgencyId>(7);
            p.issuerAsPrinted = select.text(8);
            p.province = select.text(9);
            p.place = select.text(10);
            p.issuedOn = select.date(11);
            p.electionDay = select.date(12);
            p.signerName = select.text(13);
            p.signingFormula =
                    fromCode<SigningFormula>(select.text(14)).value_or(SigningFormula::None);
            const QString lines = select.text(15);
            p.signerTitleLines = lines.isEmpty() ? QStringList() : lines.split(u'\n');
            p.filingLine = select.text(16);
            p.electionRegime =
                    fromCode<ElectionRegime>(select.text(17)).value_or(ElectionRegime::Law2015);
            plans << p;
        }
    }
    if (auto s = readLists(plans); !s)
        return s.error();
    return plans;
}

Status PlanRepository::readLists(QList<Plan>& plans) const
{
    QHash<qint64, Plan*> byId;
    for (Plan& p : plans)
        byId.insert(p.id.raw(), &p);
    const QSqlDatabase db = connectionOf(m_database);
    Statement bases(db,
                    u"SELECT plan_id, symbol, symbol_as_printed, kind, issued_on, issuer, lead_in, "
                    "cited_at FROM plan_legal_basis ORDER BY plan_id, position"_s,
                    "list legal bases");
    if (auto s = bases.exec(); !s)
        return s;
    while (bases.next()) {
        if (Plan* p = byId.value(bases.integer(0)))
            p->legalBases << LegalBasis{bases.text(1), bases.text(2), bases.text(3), bases.date(4),
                                        bases.text(5), bases.text(6), bases.text(7)};
    }
    Statement recipients(db,
                         u"SELECT plan_id, name, note FROM plan_recipient "
                         "ORDER BY plan_id, position"_s,
                         "list recipients");
    if (auto s = recipients.exec(); !s)
        return s;
    while (recipients.next()) {
        if (Plan* p = byId.value(recipients.integer(0)))
            p->recipients << Recipient{recipients.text(1), recipients.text(2)};
    }
    Statement purposes(db,
                       u"SELECT plan_id, code, is_requirement, text FROM plan_purpose "
                       "ORDER BY plan_id, position"_s,
                       "list purposes");
    if (auto s = purposes.exec(); !s)
        return s;
    while (purposes.next()) {
        if (Plan* p = byId.value(purposes.integer(0)))
            p->purposes << Purpose{purposes.text(1), purposes.integer(2) != 0, purposes.text(3)};
    }
    return success();
}

Status PlanRepository::setElectionCalendar(PlanId plan, QDate day, ElectionRegime regime)
{
    Statement update(connectionOf(m_database),
                     u"UPDATE plan SET election_day = :day, election_regime = :regime "
                     "WHERE id = :id"_s,
                     "set election calendar");
    update.bind(u":day"_s, day).bind(u":regime"_s, toCode(regime)).bind(u":id"_s, plan);
    if (auto s = update.exec(); !s)
        return s;
    if (update.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"set election calendar: plan %1"_s.arg(plan.raw())};
    return success();
}

} // namespace ed::storage
