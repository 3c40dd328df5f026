#include "services/demodatareader.h"

#include "core/codes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ed::services {

namespace {

/// Thrown inside this file only and turned into an Error at its two entry points.
struct FormatError
{
    QString message;
};

/// A JSON object with the path that leads to it, so that every error can say where it is.
class Node
{
public:
    Node(QJsonObject object, QString path) : m_object(std::move(object)), m_path(std::move(path)) {}

    [[nodiscard]] QString text(const char* key, bool required = true) const
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isString())
            return v.toString();
        if ((v.isNull() || v.isUndefined()) && !required)
            return {};
        fail(key, u"expected text"_s);
    }
    [[nodiscard]] QDate date(const char* key, bool required = true) const
    {
        const QString value = text(key, required);
        if (value.isEmpty())
            return {};
        const QDate d = QDate::fromString(value, Qt::ISODate);
        if (!d.isValid())
            fail(key, u"'%1' is not a date; write YYYY-MM-DD"_s.arg(value));
        return d;
    }
    [[nodiscard]] std::optional<qint64> integer(const char* key, bool required = true) const
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger()))
            return v.toInteger();
        if ((v.isNull() || v.isUndefined()) && !required)
            return std::nullopt;
        fail(key, u"expected a whole number"_s);
    }
    [[nodiscard]] bool flag(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(key, u"expected true or false"_s);
        return v.toBool();
    }
    template <typename E>
    [[nodiscard]] E code(const char* key) const
    {
        const QString value = text(key);
        if (const auto e = fromCode<E>(value))
            return *e;
        fail(key, u"'%1' is not one of: %2"_s.arg(value, codeList<E>()));
    }
    [[nodiscard]] bool has(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        return !v.isUndefined() && !v.isNull();
    }
    [[nodiscard]] Node object(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (!v.isObject())
            fail(key, u"expected an object"_s);
        return Node(v.toObject(), child(key));
    }
    [[nodiscard]] QList<Node> array(const char* key) const
    {
        const QJsonValue v = m_object.value(QLatin1StringView(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(key, u"expected a list"_s);
        QList<Node> nodes;
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = u"%1[%2]"_s.arg(child(key)).arg(i);
            if (!items[i].isObject())
                throw FormatError{path + u": expected an object"_s};
            nodes.append(Node(items[i].toObject(), path));
        }
        return nodes;
    }
    [[nodiscard]] QStringList strings(const char* key) const
    {
        QStringList list;
        for (const QJsonValue& v : m_object.value(QLatin1StringView(key)).toArray()) {
            if (!v.isString())
                fail(key, u"expected a list of text"_s);
            list << v.toString();
        }
        return list;
    }
    [[noreturn]] void fail(const char* key, const QString& what) const
    {
        throw FormatError{child(key) + u": "_s + what};
    }

private:
    [[nodiscard]] QString child(const char* key) const
    {
        return m_path.isEmpty() ? QString::fromUtf8(key) : m_path + u'.' + QString::fromUtf8(key);
    }

    QJsonObject m_object;
    QString m_path;
};

Node parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw FormatError{u"%1: not valid JSON at byte %2: %3"_s.arg(fileName)
                                  .arg(error.offset)
                                  .arg(error.errorString())};
    if (!document.isObject())
        throw FormatError{fileName + u": expected an object at the top"_s};
    return Node(document.object(), QString());
}

class PlanReader
{
public:
    explicit PlanReader(const QHash<QString, AgencyId>& agencies) : m_agencies(agencies) {}

    DemoPlan read(const Node& root) const
    {
        DemoPlan demo;
        demo.plan = plan(root);
        for (const Node& m : root.array("meetings"))
            demo.meetings << meeting(m);
        for (const Node& t : root.array("tasks"))
            demo.tasks << task(t);
        if (root.has("inspection"))
            demo.inspection = inspection(root.object("inspection"));
        if (root.has("campaign"))
            demo.campaign = campaign(root.object("campaign"));
        return demo;
    }

private:
    AgencyId agency(const Node& node, const char* key) const
    {
        const QString code = node.text(key);
        const auto it = m_agencies.constFind(code);
        if (it == m_agencies.constEnd())
            node.fail(key, u"unknown agency code '%1'; add it to agencies.json"_s.arg(code));
        return it.value();
    }

    QList<AgencyAssignment> assignments(const Node& owner) const
    {
        QList<AgencyAssignment> list;
        for (const Node& a : owner.array("agencies"))
            list << AgencyAssignment{agency(a, "agency"), a.code<AgencyRole>("role")};
        return list;
    }

    static Deadline deadline(const Node& n)
    {
        Deadline d;
        d.kind = n.code<DeadlineKind>("kind");
        d.wording = n.text("wording");
        d.date = n.date("date", false);
        d.endDate = n.date("endDate", false);
        d.year = static_cast<int>(n.integer("year", false).value_or(0));
        d.month = static_cast<int>(n.integer("month", false).value_or(0));
        d.week = static_cast<int>(n.integer("week", false).value_or(0));
        d.offsetDays = static_cast<int>(n.integer("offsetDays", false).value_or(0));
        d.yearInferred = n.flag("yearInferred");
        if (!d.isComplete())
            n.fail("kind", u"the fields this deadline kind needs are missing or inconsistent"_s);
        return d;
    }

    Plan plan(const Node& n) const
    {
        Plan p;
        p.code = n.text("code");
        p.symbol = n.text("symbol");
        p.symbolAsPrinted = n.text("symbolAsPrinted");
        p.documentType = n.text("documentType");
        p.title = n.text("title");
        p.documentKind = n.code<DocumentKind>("documentKind");
        p.issuer = agency(n, "issuer");
        p.issuerAsPrinted = n.text("issuerAsPrinted", false);
        p.province = n.text("province");
        p.place = n.text("place", false);
        p.issuedOn = n.date("issuedOn", false);
        p.electionDay = n.date("electionDay", false);
        if (n.has("electionRegime"))
            p.electionRegime = n.code<ElectionRegime>("electionRegime");
        const Node signer = n.object("signer");
        p.signerName = signer.text("name");
        p.signingFormula = signer.code<SigningFormula>("formula");
        p.signerTitleLines = signer.strings("titleLines");
        p.filingLine = n.text("filingLine", false);
        for (const Node& b : n.array("legalBases"))
            p.legalBases << LegalBasis{b.text("symbol"),        b.text("symbolAsPrinted"),
                                       b.text("kind", false),   b.date("issuedOn", false),
                                       b.text("issuer", false), b.text("leadIn", false),
                                       b.text("citedAt", false)};
        for (const Node& r : n.array("recipients"))
            p.recipients << Recipient{r.text("name"), r.text("note", false)};
        for (const Node& u : n.array("purposes"))
            p.purposes << Purpose{u.text("code"), u.text("kind") == u"requirement"_s,
                                  u.text("text")};
        return p;
    }

    Meeting meeting(const Node& n) const
    {
        Meeting m;
        if (const auto number = n.integer("number", false))
            m.number = static_cast<int>(*number);
        m.label = n.text("label");
        m.section = n.text("section", false);
        m.deadline = deadline(n.object("deadline"));
        m.requestedBy = n.text("requestedBy", false);
        for (const Node& i : n.array("items"))
            m.items << MeetingItem{MeetingItemId(), i.text("content"), assignments(i)};
        for (const Node& r : n.array("referenceDeadlines"))
            m.referenceDeadlines << ReferenceDeadline{agency(r, "issuer"), r.text("description"),
                                                      deadline(r.object("deadline")),
                                                      r.text("legalNote", false)};
        for (const Node& d : n.array("milestones")) {
            const QString code = d.text("milestone");
            if (!isKnownMilestone(code))
                d.fail("milestone", u"'%1' is not a milestone of the legal calendar"_s.arg(code));
            m.milestones << MilestoneDependency{code, d.code<MilestoneRelation>("relation")};
        }
        return m;
    }

    StandingTask task(const Node& n) const
    {
        StandingTask t;
        t.section = n.text("section");
        t.printedNumber = n.text("printedNumber", false);
        t.content = n.text("content");
        t.agencies = assignments(n);
        if (n.has("deadline"))
            t.deadline = deadline(n.object("deadline"));
        return t;
    }

    Inspection inspection(const Node& n) const
    {
        Inspection i;
        i.framework = n.text("framework", false);
        i.teamLead = n.text("teamLead", false);
        i.teamLeadTitle = n.text("teamLeadTitle", false);
        i.selfInspectionNote = n.text("selfInspectionNote", false);
        for (const Node& t : n.array("targets"))
            i.targets << InspectionTarget{agency(t, "agency"), t.code<InspectionMode>("mode")};
        return i;
    }

    static Campaign campaign(const Node& n)
    {
        Campaign c;
        c.theme = n.text("theme");
        c.startsOn = n.date("startsOn", false);
        c.endsOn = n.date("endsOn", false);
        c.endEvent = n.text("endEvent", false);
        for (const Node& k : n.array("participantKinds"))
            c.participantKinds << ParticipantKind{k.code<NomineeKind>("nomineeKind"),
                                                  k.text("label")};
        for (const Node& g : n.array("goalAreas"))
            c.goalAreas << GoalArea{g.text("code"), g.text("title"), g.text("goals", false)};
        for (const Node& x : n.array("contents"))
            c.contents << CampaignContent{x.text("code"), x.text("text")};
        for (const Node& f : n.array("awardForms"))
            c.awardForms << AwardForm{AwardFormId(),
                                      f.text("code"),
                                      f.text("printedNumber", false),
                                      f.text("nameAsWritten"),
                                      f.text("usualName", false),
                                      f.code<AwardLevel>("level"),
                                      f.text("decidedBy", false),
                                      f.text("note", false)};
        for (const Node& k : n.array("criteria"))
            c.criteria << criterion(k);
        return c;
    }

    static Criterion criterion(const Node& n)
    {
        Criterion k;
        k.code = n.text("code");
        k.label = n.text("label");
        k.measurable = n.flag("measurable");
        k.comparison = n.code<Comparison>("comparison");
        k.threshold = Ratio{n.integer("thresholdNum", false).value_or(0),
                            n.integer("thresholdDen", false).value_or(1)};
        k.appliesTo = n.code<Applicability>("appliesTo");
        if (!k.threshold.isValid())
            n.fail("thresholdDen", u"a threshold needs a positive denominator"_s);
        return k;
    }

    const QHash<QString, AgencyId>& m_agencies;
};

} // namespace

Result<QList<DemoAgency>> readDemoAgencies(const QByteArray& json, const QString& fileName)
{
    try {
        QList<DemoAgency> agencies;
        for (const Node& a : parse(json, fileName).array("agencies")) {
            Agency agency;
            agency.code = a.text("code");
            agency.name = a.text("name");
            agency.abbreviation = a.text("abbreviation", false);
            agency.level = a.code<AgencyLevel>("level");
            agency.kind = a.code<AgencyKind>("kind");
            agencies << DemoAgency{agency, a.text("parent", false)};
        }
        return agencies;
    } catch (const FormatError& e) {
        return Error{ErrorCode::InvalidInput, fileName + u": "_s + e.message};
    }
}

Result<DemoPlan> readDemoPlan(const QByteArray& json,
                              const QString& fileName,
                              const QHash<QString, AgencyId>& agencies)
{
    try {
        return PlanReader(agencies).read(parse(json, fileName));
    } catch (const FormatError& e) {
        return Error{ErrorCode::InvalidInput, fileName + u": "_s + e.message};
    }
}

} // namespace ed::services
