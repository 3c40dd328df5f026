#include "support/electiongen.h"

#include "core/codes.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace ed::test {

namespace {

/// Raw engine output only: std::*_distribution differs between standard libraries.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    /// 0 ≤ n < bound (bound > 0).
    qint64 below(qint64 bound) { return qint64(m_engine() % quint64(bound)); }
    /// lo ≤ n ≤ hi.
    qint64 between(qint64 lo, qint64 hi) { return lo + below(hi - lo + 1); }
    /// true with probability percent / 100.
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, qsizetype(below(i + 1)));
    }

private:
    std::mt19937_64 m_engine;
};

const std::array kPlaceNames = {
        u"Điện Biên"_s, u"Mường Nhé"_s, u"Tủa Chùa"_s,    u"Tuần Giáo"_s,  u"Mường Ảng"_s,
        u"Nậm Pồ"_s,    u"Him Lam"_s,   u"Thanh Xương"_s, u"Noong Bua"_s,  u"Mường Thanh"_s,
        u"Nà Tấu"_s,    u"Pú Nhi"_s,    u"Chà Cang"_s,    u"Sín Thầu"_s,   u"Quảng Lâm"_s,
        u"Lộc Ninh"_s,  u"Đồng Xoài"_s, u"Bù Đăng"_s,     u"Chơn Thành"_s, u"Phú Riềng"_s,
};

QString placeName(Rng& rng, int index)
{
    return kPlaceNames[size_t(rng.below(qint64(kPlaceNames.size())))] + u' '
           + QString::number(index + 1);
}

/// How many children each of `parents` gets: at least one each, the rest by random weights.
QList<int> spread(int children, int parents, Rng& rng)
{
    QList<int> counts(parents, 1);
    const int rest = children - parents;
    if (rest <= 0)
        return counts;
    QList<qint64> weights;
    qint64 total = 0;
    for (int i = 0; i < parents; ++i) {
        weights << rng.between(8, 16);
        total += weights.last();
    }
    int given = 0;
    for (int i = 0; i < parents; ++i) {
        const int share = int(qint64(rest) * weights[i] / total);
        counts[i] += share;
        given += share;
    }
    for (int i = int(rng.below(parents)); given < rest; i = (i + 1) % parents, ++given)
        ++counts[i];
    return counts;
}

QString padded(int n, int width)
{
    return QString::number(n).rightJustified(width, u'0');
}

VoterFigures areaFigures(Rng& rng, qint64 maxRegistered, bool& revote)
{
    VoterFigures f;
    const qint64 kind = rng.below(100);
    if (kind < 6) {
        // On the turnout line 999/1000, or one voter below it.
        f.registered = rng.chance(50) ? 1000 : 2000;
        f.voted = f.registered * 999 / 1000 - (kind < 3 ? 0 : 1);
    } else {
        f.registered = rng.between(300, maxRegistered);
        if (kind < 45)
            f.voted = f.registered;
        else if (kind == 99 && rng.chance(40)) {
            f.voted = f.registered / 2; // turnout ≤ 50 %: bầu cử lại
            revote = true;
        } else
            f.voted = f.registered - rng.below(4);
    }
    const qint64 study = rng.below(100);
    const qint64 minimal = (f.registered * 19 + 19) / 20; // the least that reaches 19/20
    if (study < 3)
        f.lawStudy = minimal;
    else if (study < 5)
        f.lawStudy = minimal - 1;
    else
        f.lawStudy = f.registered - rng.below(f.registered / 25 + 1);
    return f;
}

BallotRow ballotRow(Rng& rng, const QString& unit, Ballot ballot, qint64 voted, bool revote)
{
    BallotRow b;
    b.unitCode = unit;
    b.ballot = ballot;
    b.issued = voted - (voted > 0 && rng.chance(3) ? 1 : 0);
    b.received = b.issued - (b.issued > 0 && rng.chance(3) ? 1 : 0);
    const qint64 kind = rng.below(100);
    if (kind < 3)
        b.invalid = (b.received + 499) / 500; // the least that fails "below 1/500"
    else if (kind < 6)
        b.invalid = b.received > 0 ? (b.received - 1) / 500 : 0; // the most that passes
    else if (kind < 65)
        b.invalid = 0;
    else
        b.invalid = std::min<qint64>(b.received, kind < 95 ? 1 : 2);
    b.valid = b.received - b.invalid;
    b.revote = revote;
    b.additionalVote = (ballot == Ballot::Commune || ballot == Ballot::District) && rng.chance(1);
    return b;
}

struct Level
{
    UnitLevel level;
    int count;
};

} // namespace

ElectionData generate(const Shape& shape)
{
    Rng rng(shape.seed);
    ElectionData data;
    data.seed = shape.seed;

    // The levels present (a 2026 tree has no districts), each at least as many as above.
    QList<Level> levels;
    for (const Level& l :
         {Level{UnitLevel::Province, shape.provinces}, Level{UnitLevel::District, shape.districts},
          Level{UnitLevel::Commune, shape.communes},
          Level{UnitLevel::Area, std::max(1, shape.areas)}}) {
        if (l.count > 0)
            levels << Level{l.level, std::max(l.count, levels.isEmpty() ? 1 : levels.last().count)};
    }

    // Parents first, level by level. A unit's index in `rows` of its level keeps the tree.
    QList<qsizetype> above; // indexes into data.units of the previous level
    QList<bool> urbanAbove; // per unit of the previous level: a city, or a ward
    for (const Level& level : levels) {
        QList<qsizetype> current;
        QList<bool> urbanCurrent;
        const QList<int> counts = above.isEmpty() ? QList<int>{level.count}
                                                  : spread(level.count, int(above.size()), rng);
        for (qsizetype p = 0; p < counts.size(); ++p) {
            const UnitRow* parent = above.isEmpty() ? nullptr : &data.units[above[p]];
            const QString parentCode = parent ? parent->code : QString();
            const QString parentName = parent ? parent->name : QString();
            const bool parentUrban = parent && urbanAbove[p];
            for (int i = 0; i < counts[p]; ++i) {
                UnitRow row;
                row.level = level.level;
                row.parentCode = parentCode;
                bool urban = false;
                switch (level.level) {
                case UnitLevel::Province:
                    row.code = u"T"_s + padded(i + 1, 2);
                    row.name = u"Tỉnh "_s + placeName(rng, i);
                    break;
                case UnitLevel::District:
                    urban = i == 0; // the provincial city
                    row.code = parentCode + u"-H"_s + padded(i + 1, 3);
                    row.name = (urban ? u"Thành phố "_s : u"Huyện "_s) + placeName(rng, i);
                    break;
                case UnitLevel::Commune:
                    urban = parentUrban && i % 2 == 0; // wards: no district or ward council
                    row.code = (parentCode.isEmpty() ? QString() : parentCode + u"-"_s) + u"X"_s
                               + padded(i + 1, 3);
                    row.name = (urban ? u"Phường "_s : u"Xã "_s) + placeName(rng, i);
                    break;
                case UnitLevel::Area:
                    urban = parentUrban;
                    row.code = (parentCode.isEmpty() ? QString() : parentCode + u"-"_s) + u"K"_s
                               + padded(i + 1, 3);
                    // A comma inside a name: the writer must quote it.
                    row.name = u"Khu vực bỏ phiếu số "_s + QString::number(i + 1) + u", "_s
                               + parentName;
                    break;
                }
                current << data.units.size();
                urbanCurrent << urban;
                data.units << row;
            }
        }
        above = current;
        urbanAbove = urbanCurrent;
    }

    // The areas: figures, a unique report time each, and their ballots.
    const QList<qsizetype> areas = above;
    QList<qsizetype> order; // a random order of the areas: the first ones have not reported
    for (qsizetype a = 0; a < areas.size(); ++a)
        order << a;
    QList<qsizetype> reportSlot = order; // a permutation, so that report times never tie
    rng.shuffle(order);
    rng.shuffle(reportSlot);
    QList<qsizetype> rankOf(areas.size());
    for (qsizetype k = 0; k < order.size(); ++k)
        rankOf[order[k]] = k;
    const QDateTime evening(QDate(2021, 5, 23), QTime(19, 0));
    for (qsizetype a = 0; a < areas.size(); ++a) {
        UnitRow& row = data.units[areas[a]];
        const qsizetype rank = rankOf[a];
        if (rank < shape.unreportedAreas)
            continue;
        bool revote = false;
        row.figures = areaFigures(rng, shape.maxRegistered, revote);
        row.reportedAt = evening.addSecs(reportSlot[a] * 3 + rng.below(3));
        if (rank < shape.unreportedAreas + shape.figuresOnlyAreas)
            continue;
        QList<Ballot> held = {Ballot::NationalAssembly, Ballot::Province};
        if (!urbanAbove[a])
            held << Ballot::District << Ballot::Commune;
        for (Ballot ballot : held)
            data.ballots << ballotRow(rng, row.code, ballot, row.figures->voted, revote);
    }
    return data;
}

ElectionData generateProvince(int areas, quint64 seed)
{
    Shape shape;
    shape.provinces = 1;
    shape.districts = 10;
    shape.communes = std::max(10, areas * 2 / 25); // about 12.5 areas per commune
    shape.areas = areas;
    shape.seed = seed;
    return generate(shape);
}

namespace {

QString number(qint64 n)
{
    return QString::number(n);
}

/// The flag words vary from row to row, as hand-made files do.
QString flag(bool value, qsizetype row)
{
    static const std::array<std::pair<QString, QString>, 4> words = {{
            {u"0"_s, u"1"_s},
            {u"false"_s, u"TRUE"_s},
            {u"không"_s, u"Có"_s},
            {u"No"_s, u"yes"_s},
    }};
    const auto& pair = words[size_t(row % qsizetype(words.size()))];
    return value ? pair.second : pair.first;
}

} // namespace

QByteArray unitsCsv(const ElectionData& data, const csv::WriteOptions& options)
{
    QList<QStringList> rows;
    for (const UnitRow& u : data.units) {
        QStringList row = {u.code, u.name, u.parentCode, toCode(u.level)};
        if (u.figures)
            row << number(u.figures->registered) << number(u.figures->voted)
                << number(u.figures->lawStudy);
        else
            row << QString() << QString() << QString();
        row << (u.reportedAt.isValid() ? u.reportedAt.toString(u"yyyy-MM-ddTHH:mm:ss"_s)
                                       : QString());
        rows << row;
    }
    Rng rng(data.seed ^ 0x756e697473ULL);
    rng.shuffle(rows);
    return csv::write({u"code"_s, u"name"_s, u"parent_code"_s, u"level"_s, u"registered_voters"_s,
                       u"voters_voted"_s, u"law_study_participants"_s, u"reported_at"_s},
                      rows, options);
}

ElectionData recounted(const ElectionData& data)
{
    ElectionData copy = data;
    for (BallotRow& row : copy.ballots) {
        if (row.valid > 0) {
            --row.valid;
            ++row.invalid;
        }
    }
    return copy;
}

QByteArray resultsCsv(const ElectionData& data, const csv::WriteOptions& options)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < data.ballots.size(); ++i) {
        const BallotRow& b = data.ballots[i];
        rows << QStringList{b.unitCode,        toCode(b.ballot),
                            number(b.issued),  number(b.received),
                            number(b.valid),   number(b.invalid),
                            flag(b.revote, i), flag(b.additionalVote, i + 1)};
    }
    Rng rng(data.seed ^ 0x62616c6c6f7473ULL);
    rng.shuffle(rows);
    return csv::write({u"unit_code"_s, u"ballot"_s, u"ballots_issued"_s, u"ballots_received"_s,
                       u"valid_ballots"_s, u"invalid_ballots"_s, u"revote"_s, u"additional_vote"_s},
                      rows, options);
}

} // namespace ed::test
