#include "storage/nominationrepository.h"

#include "core/codes.h"
#include "core/searchkey.h"
#include "storage/rows.h"
#include "storage/rowversion.h"
#include "storage/statement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ed::storage {

namespace {

const QString kColumns =
        u"n.id, n.nominee_kind, n.nominee_name, n.position, n.workplace, n.unit_id, "
        "n.nominating_agency_id, n.award_form_id, f.campaign_id, n.higher_state_award, "
        "n.achievement, n.received_on, n.restarted_on, n.status, n.decision_number, "
        "n.decision_date, n.decision_signer, n.certificate_issued_on, n.row_version, "
        "n.changed_by, n.changed_at"_s;

const QString kEventColumns =
        u"id, nomination_id, at, by_user, action, from_status, to_status, note, override, "
        "on_date, reverts_event_id, decision_number, decision_date, decision_signer"_s;

QVariant textOrNull(const QString& text, bool present)
{
    return present ? QVariant(text) : QVariant();
}

void bindDetails(Statement& statement, const Nomination& n)
{
    const QString name = normalizedText(n.name);
    const QString workplace = normalizedText(n.workplace);
    statement.bind(u":kind"_s, toCode(n.kind))
            .bind(u":name"_s, name)
            .bind(u":name_search"_s, searchKey(name))
            .bind(u":position"_s, normalizedText(n.position))
            .bind(u":workplace"_s, workplace)
            .bind(u":workplace_search"_s, searchKey(workplace))
            .bind(u":unit"_s, n.unit)
            .bind(u":agency"_s, n.nominatingAgency)
            .bind(u":form"_s, n.awardForm)
            .bind(u":higher"_s, n.higherStateAward ? 1 : 0)
            .bind(u":achievement"_s, normalizedText(n.achievement))
            .bind(u":received"_s, n.receivedOn);
}

void bindWorkflow(Statement& statement, const Nomination& n)
{
    const bool decided = n.decision.has_value();
    statement.bind(u":status"_s, toCode(n.status))
            .bind(u":restarted"_s, n.restartedOn)
            .bind(u":number"_s,
                  textOrNull(decided ? normalizedText(n.decision->number) : QString(), decided))
            .bind(u":decided_on"_s, decided ? n.decision->date : QDate())
            .bind(u":signer"_s,
                  textOrNull(decided ? normalizedText(n.decision->signer) : QString(), decided))
            .bind(u":certificate"_s, n.certificateIssuedOn);
}

Nomination readNomination(const Statement& row)
{
    Nomination n;
    n.id = row.id<NominationId>(0);
    n.kind = fromCode<NomineeKind>(row.text(1)).value_or(NomineeKind::Collective);
    n.name = row.text(2);
    n.position = row.text(3);
    n.workplace = row.text(4);
    n.unit = row.id<UnitId>(5);
    n.nominatingAgency = row.id<AgencyId>(6);
    n.awardForm = row.id<AwardFormId>(7);
    n.campaign = row.id<CampaignId>(8);
    n.higherStateAward = row.integer(9) != 0;
    n.achievement = row.text(10);
    n.receivedOn = row.date(11);
    n.restartedOn = row.date(12);
    n.status = fromCode<NominationStatus>(row.text(13)).value_or(NominationStatus::Received);
    if (!row.isNull(14))
        n.decision = AwardDecision{row.text(14), row.date(15), row.text(16)};
    n.certificateIssuedOn = row.date(17);
    n.stamp = readRowStamp(row, 18);
    return n;
}

NominationEvent readEvent(const Statement& row)
{
    NominationEvent e;
    e.id = row.id<NominationEventId>(0);
    e.nomination = row.id<NominationId>(1);
    e.at = QDateTime::fromString(row.text(2), Qt::ISODate);
    e.by = row.text(3);
    e.action = fromCode<NominationAction>(row.text(4)).value_or(NominationAction::Receive);
    if (!row.isNull(5))
        e.from = fromCode<NominationStatus>(row.text(5));
    e.to = fromCode<NominationStatus>(row.text(6)).value_or(NominationStatus::Received);
    e.note = row.text(7);
    e.override = row.integer(8) != 0;
    e.on = row.date(9);
    e.reverts = row.id<NominationEventId>(10);
    if (!row.isNull(11))
        e.decision = AwardDecision{row.text(11), row.date(12), row.text(13)};
    return e;
}

} // namespace

NominationRepository::NominationRepository(Database& database) : m_database(database)
{}
NominationRepository::~NominationRepository() = default;

Result<NominationId> NominationRepository::add(const Nomination& nomination)
{
    if (!m_insert)
        m_insert = std::make_unique<Statement>(
                connectionOf(m_database),
                u"INSERT INTO nomination (nominee_kind, nominee_name, name_search, position, "
                "workplace, workplace_search, unit_id, nominating_agency_id, award_form_id, "
                "higher_state_award, achievement, received_on, restarted_on, status, "
                "decision_number, decision_date, decision_signer, certificate_issued_on) VALUES "
                "(:kind, :name, :name_search, :position, :workplace, :workplace_search, :unit, "
                ":agency, :form, :higher, :achievement, :received, :restarted, :status, :number, "
                ":decided_on, :signer, :certificate) RETURNING id"_s,
                "insert nomination");
    bindDetails(*m_insert, nomination);
    bindWorkflow(*m_insert, nomination);
    if (auto s = m_insert->exec(); !s)
        return s.error();
    if (!m_insert->next())
        return m_insert->lastError();
    const auto id = m_insert->id<NominationId>(0);
    m_insert->finish(); // an unfinished INSERT ... RETURNING makes a later COMMIT fail
    return id;
}

Result<RowStamp> NominationRepository::claim(NominationId id, const RowStamp& change)
{
    return claimRow(m_database, u"nomination"_s, id.raw(), change);
}

Status NominationRepository::updateDetails(const Nomination& nomination)
{
    Statement update(connectionOf(m_database),
                     u"UPDATE nomination SET nominee_kind = :kind, nominee_name = :name, "
                     "name_search = :name_search, position = :position, workplace = :workplace, "
                     "workplace_search = :workplace_search, unit_id = :unit, "
                     "nominating_agency_id = :agency, award_form_id = :form, "
                     "higher_state_award = :higher, achievement = :achievement, "
                     "received_on = :received WHERE id = :id"_s,
                     "update nomination");
    bindDetails(update, nomination);
    update.bind(u":id"_s, nomination.id);
    if (auto s = update.exec(); !s)
        return s;
    if (update.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"nomination %1"_s.arg(nomination.id.raw())};
    return success();
}

Status NominationRepository::updateWorkflow(const Nomination& nomination)
{
    Statement update(connectionOf(m_database),
                     u"UPDATE nomination SET status = :status, restarted_on = :restarted, "
                     "decision_number = :number, decision_date = :decided_on, "
                     "decision_signer = :signer, certificate_issued_on = :certificate "
                     "WHERE id = :id"_s,
                     "update nomination workflow");
    bindWorkflow(update, nomination);
    update.bind(u":id"_s, nomination.id);
    if (auto s = update.exec(); !s)
        return s;
    if (update.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, u"nomination %1"_s.arg(nomination.id.raw())};
    return success();
}

namespace {

constexpr qsizetype kChunk = 400; // bound values per IN list

} // namespace

Result<QList<Nomination>> NominationRepository::select(const QString& where,
                                                       const QList<QVariant>& bindings,
                                                       bool details) const
{
    const QSqlDatabase db = connectionOf(m_database);
    const QString filter = where.isEmpty() ? QString() : u"WHERE "_s + where;
    Statement rows(db,
                   u"SELECT %1 FROM nomination n JOIN award_form f ON f.id = n.award_form_id "
                   "%2 ORDER BY n.id"_s.arg(kColumns, filter),
                   "select nominations");
    bindInList(rows, bindings);
    if (auto s = rows.exec(); !s)
        return s.error();
    QList<Nomination> nominations;
    QHash<NominationId, qsizetype> index;
    while (rows.next()) {
        nominations << readNomination(rows);
        index.insert(nominations.last().id, nominations.size() - 1);
    }
    rows.finish();
    if (!details || nominations.isEmpty())
        return nominations;
    // The checklists and judgements of the nominations read, by their ids.
    const auto restrict = [&filter](const QString& column) {
        return filter.isEmpty()
                       ? QString()
                       : u"WHERE %1 IN (SELECT n.id FROM nomination n %2)"_s.arg(column, filter);
    };
    Statement documents(db,
                        u"SELECT nomination_id, item, present, note FROM nomination_document "
                        "%1 ORDER BY nomination_id"_s.arg(restrict(u"nomination_id"_s)),
                        "select nomination documents");
    bindInList(documents, bindings);
    if (auto s = documents.exec(); !s)
        return s.error();
    while (documents.next()) {
        if (const auto it = index.constFind(documents.id<NominationId>(0)); it != index.cend())
            nominations[*it].dossier << DossierItemState{
                    documents.text(1), documents.integer(2) != 0, documents.text(3)};
    }
    documents.finish();
    Statement judgements(db,
                         u"SELECT j.nomination_id, j.criterion_id, j.met, j.note, j.judged_by, "
                         "j.judged_at FROM nomination_judgement j JOIN criterion c "
                         "ON c.id = j.criterion_id %1 ORDER BY j.nomination_id, c.position"_s.arg(
                                 restrict(u"j.nomination_id"_s)),
                         "select nomination judgements");
    bindInList(judgements, bindings);
    if (auto s = judgements.exec(); !s)
        return s.error();
    while (judgements.next()) {
        if (const auto it = index.constFind(judgements.id<NominationId>(0)); it != index.cend())
            nominations[*it].judgements << Judgement{
                    judgements.id<CriterionId>(1), judgements.integer(2) != 0, judgements.text(3),
                    judgements.text(4), QDateTime::fromString(judgements.text(5), Qt::ISODate)};
    }
    return nominations;
}

Result<QList<Nomination>> NominationRepository::all() const
{
    return select(QString(), {}, true);
}

Result<std::optional<Nomination>> NominationRepository::find(NominationId id) const
{
    auto found = select(u"n.id = "_s + inListPlaceholders(1), {QVariant(id.raw())}, true);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<Nomination>();
    return std::optional<Nomination>(found.value().first());
}

Result<QList<Nomination>> NominationRepository::findMany(const QList<NominationId>& ids) const
{
    QList<Nomination> nominations;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<QVariant> values = idValues(ids.mid(start, kChunk));
        auto chunk = select(u"n.id IN (%1)"_s.arg(inListPlaceholders(values.size())), values, true);
        if (!chunk)
            return chunk.error();
        nominations << chunk.value();
    }
    return nominations;
}

Result<QList<Nomination>> NominationRepository::withNames(const QStringList& nameKeys) const
{
    QList<Nomination> nominations;
    for (qsizetype start = 0; start < nameKeys.size(); start += kChunk) {
        QList<QVariant> values;
        for (const QString& key : nameKeys.mid(start, kChunk))
            values << QVariant(key);
        auto chunk = select(u"n.name_search IN (%1)"_s.arg(inListPlaceholders(values.size())),
                            values, false);
        if (!chunk)
            return chunk.error();
        nominations << chunk.value();
    }
    return nominations;
}

Result<QList<Nomination>> NominationRepository::decided() const
{
    return select(u"n.decision_number IS NOT NULL"_s, {}, false);
}

Status NominationRepository::setDossier(NominationId id, const QList<DossierItemState>& items)
{
    Statement remove(connectionOf(m_database),
                     u"DELETE FROM nomination_document WHERE nomination_id = :id"_s,
                     "clear nomination documents");
    remove.bind(u":id"_s, id);
    if (auto s = remove.exec(); !s)
        return s;
    Statement insert(connectionOf(m_database),
                     u"INSERT INTO nomination_document (nomination_id, item, present, note) "
                     "VALUES (:id, :item, :present, :note)"_s,
                     "insert nomination document");
    for (const DossierItemState& item : items) {
        insert.bind(u":id"_s, id)
                .bind(u":item"_s, item.item)
                .bind(u":present"_s, item.present ? 1 : 0)
                .bind(u":note"_s, normalizedText(item.note));
        if (auto s = insert.exec(); !s)
            return s;
    }
    return success();
}

Status NominationRepository::putJudgement(NominationId id, const Judgement& judgement)
{
    Statement put(connectionOf(m_database),
                  u"INSERT INTO nomination_judgement (nomination_id, criterion_id, met, note, "
                  "judged_by, judged_at) VALUES (:id, :criterion, :met, :note, :by, :at) "
                  "ON CONFLICT (nomination_id, criterion_id) DO UPDATE SET met = excluded.met, "
                  "note = excluded.note, judged_by = excluded.judged_by, "
                  "judged_at = excluded.judged_at"_s,
                  "put nomination judgement");
    put.bind(u":id"_s, id)
            .bind(u":criterion"_s, judgement.criterion)
            .bind(u":met"_s, judgement.met ? 1 : 0)
            .bind(u":note"_s, normalizedText(judgement.note))
            .bind(u":by"_s, judgement.by)
            .bind(u":at"_s, judgement.at.toString(Qt::ISODate));
    return put.exec();
}

Status NominationRepository::removeJudgement(NominationId id, CriterionId criterion)
{
    Statement remove(connectionOf(m_database),
                     u"DELETE FROM nomination_judgement WHERE nomination_id = :id "
                     "AND criterion_id = :criterion"_s,
                     "delete nomination judgement");
    remove.bind(u":id"_s, id).bind(u":criterion"_s, criterion);
    return remove.exec();
}

Result<NominationEventId> NominationRepository::appendEvent(const NominationEvent& e)
{
    if (!m_insertEvent)
        m_insertEvent = std::make_unique<Statement>(
                connectionOf(m_database),
                u"INSERT INTO nomination_event (nomination_id, at, by_user, action, from_status, "
                "to_status, note, override, on_date, reverts_event_id, decision_number, "
                "decision_date, decision_signer) VALUES (:nomination, :at, :by, :action, :from, "
                ":to, :note, :override, :on, :reverts, :number, :decided_on, :signer) "
                "RETURNING id"_s,
                "insert nomination event");
    const bool decided = e.decision.has_value();
    m_insertEvent->bind(u":nomination"_s, e.nomination)
            .bind(u":at"_s, e.at.toString(Qt::ISODateWithMs))
            .bind(u":by"_s, normalizedText(e.by))
            .bind(u":action"_s, toCode(e.action))
            .bind(u":from"_s, e.from ? QVariant(toCode(*e.from)) : QVariant())
            .bind(u":to"_s, toCode(e.to))
            .bind(u":note"_s, normalizedText(e.note))
            .bind(u":override"_s, e.override ? 1 : 0)
            .bind(u":on"_s, e.on)
            .bind(u":reverts"_s, e.reverts)
            .bind(u":number"_s, textOrNull(decided ? e.decision->number : QString(), decided))
            .bind(u":decided_on"_s, decided ? e.decision->date : QDate())
            .bind(u":signer"_s, textOrNull(decided ? e.decision->signer : QString(), decided));
    if (auto s = m_insertEvent->exec(); !s)
        return s.error();
    if (!m_insertEvent->next())
        return m_insertEvent->lastError();
    const auto id = m_insertEvent->id<NominationEventId>(0);
    m_insertEvent->finish();
    return id;
}

Result<QList<NominationEvent>> NominationRepository::events(NominationId id) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT %1 FROM nomination_event WHERE nomination_id = :id ORDER BY id"_s.arg(
                             kEventColumns),
                     "select nomination events");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    QList<NominationEvent> events;
    while (select.next())
        events << readEvent(select);
    return events;
}

Result<std::optional<NominationEvent>> NominationRepository::findEvent(NominationEventId id) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT %1 FROM nomination_event WHERE id = :id"_s.arg(kEventColumns),
                     "select nomination event");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return std::optional<NominationEvent>();
    return std::optional<NominationEvent>(readEvent(select));
}

Result<std::optional<NominationEvent>>
NominationRepository::lastEffectiveEvent(NominationId id) const
{
    Statement select(
            connectionOf(m_database),
            u"SELECT %1 FROM nomination_event e WHERE nomination_id = :id "
            "AND action <> 'revert' AND NOT EXISTS (SELECT 1 FROM nomination_event r "
            "WHERE r.reverts_event_id = e.id) ORDER BY id DESC LIMIT 1"_s.arg(kEventColumns),
            "select last nomination event");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    if (!select.next())
        return std::optional<NominationEvent>();
    return std::optional<NominationEvent>(readEvent(select));
}

Result<QDate> NominationRepository::lastResubmission(NominationId id) const
{
    Statement select(connectionOf(m_database),
                     u"SELECT on_date FROM nomination_event e WHERE nomination_id = :id "
                     "AND action = 'resubmit' AND NOT EXISTS (SELECT 1 FROM nomination_event r "
                     "WHERE r.reverts_event_id = e.id) ORDER BY id DESC LIMIT 1"_s,
                     "select last resubmission");
    select.bind(u":id"_s, id);
    if (auto s = select.exec(); !s)
        return s.error();
    return select.next() ? select.date(0) : QDate();
}

} // namespace ed::storage
