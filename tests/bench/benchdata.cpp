// Writes the benchmark's data set: units.csv, results.csv and nominations.csv of a generated
// election with a fixed seed, so that every run and every machine measures the same files.
//
//   ed_benchdata --areas 80000 --nominations 100000 --out DIR [--recount]

#include "core/csv.h"
#include "support/electiongen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

#include <array>

using namespace Qt::StringLiterals;

namespace {

/// The national shape of 2021 scaled to `areas`: 63 provinces, ~705 districts, ~10,600 communes.
ed::test::Shape nationalShape(int areas, quint64 seed)
{
    ed::test::Shape shape;
    shape.areas = areas;
    shape.provinces = std::max(1, 63 * areas / 80'000);
    shape.districts = std::max(shape.provinces, 705 * areas / 80'000);
    shape.communes = std::max(shape.districts, 10'600 * areas / 80'000);
    shape.maxRegistered = 1350; // about 69 million voters at 80,000 areas
    shape.seed = seed;
    return shape;
}

const std::array kFamilyNames = {u"Nguyễn"_s, u"Trần"_s, u"Lê"_s,  u"Phạm"_s, u"Hoàng"_s,
                                 u"Vũ"_s,     u"Đặng"_s, u"Bùi"_s, u"Đỗ"_s,   u"Lò"_s};
const std::array kGivenNames = {u"An"_s,    u"Bình"_s,  u"Cường"_s, u"Dũng"_s, u"Hà"_s,
                                u"Hương"_s, u"Khánh"_s, u"Linh"_s,  u"Minh"_s, u"Ngọc"_s};
// Agencies of the demo directory, by the name the import resolves.
const std::array kAgencies = {u"Ủy ban bầu cử tỉnh Điện Biên"_s,
                              u"Ủy ban nhân dân tỉnh Điện Biên"_s, u"Sở Nội vụ tỉnh Điện Biên"_s};
const std::array kForms = {u"giay_khen"_s, u"bang_khen_tinh"_s, u"giay_khen"_s, u"nha_nuoc"_s};

/// `count` nominations: the collectives of polling areas and communes, then people of those
/// units, each name unique so that none is a repeat of another.
QByteArray nominationsCsv(const ed::test::ElectionData& data, int count)
{
    QList<QStringList> rows;
    rows.reserve(count);
    qsizetype u = 0;
    for (int i = 0; i < count; ++i, ++u) {
        while (data.units[u % data.units.size()].level < ed::UnitLevel::Commune)
            ++u;
        const ed::test::UnitRow& unit = data.units[u % data.units.size()];
        const bool person = i % 3 == 2;
        const QString name =
                person ? u"%1 %2 %3"_s.arg(kFamilyNames[size_t(i % 10)],
                                           kGivenNames[size_t(i / 10 % 10)], QString::number(i))
                       : u"Tổ bầu cử %1 (%2)"_s.arg(unit.name, QString::number(i));
        rows << QStringList{person ? u"individual"_s : u"collective"_s,
                            name,
                            person ? u"Tổ trưởng"_s : QString(),
                            unit.code,
                            kAgencies[size_t(i % 3)],
                            kForms[size_t(i % 4)],
                            u"Hoàn thành xuất sắc nhiệm vụ bầu cử"_s,
                            u"2021-06-%1"_s.arg(1 + i % 10, 2, 10, QChar(u'0')),
                            person ? unit.name : QString()};
    }
    return ed::csv::write({u"nominee_kind"_s, u"nominee_name"_s, u"position"_s, u"unit_code"_s,
                           u"nominating_agency"_s, u"award_form"_s, u"achievement"_s,
                           u"received_on"_s, u"workplace"_s},
                          rows);
}

bool save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QTextStream(stderr) << "cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the benchmark's CSV files."_s);
    parser.addHelpOption();
    const QCommandLineOption areas(u"areas"_s, u"Polling areas."_s, u"N"_s, u"80000"_s);
    const QCommandLineOption nominations(u"nominations"_s, u"Nominations (0: none)."_s, u"N"_s,
                                         u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Generator seed."_s, u"N"_s, u"2021"_s);
    const QCommandLineOption out(u"out"_s, u"Folder for the files."_s, u"DIR"_s);
    const QCommandLineOption recount(
            u"recount"_s,
            u"Also recount.csv: the same rows, one valid ballot each counted invalid."_s);
    parser.addOptions({areas, nominations, seed, out, recount});
    parser.process(app);
    if (!parser.isSet(out))
        parser.showHelp(2);
    const QDir dir(parser.value(out));
    if (!QDir().mkpath(dir.path()))
        return 1;
    const ed::test::ElectionData data = ed::test::generate(
            nationalShape(parser.value(areas).toInt(), parser.value(seed).toULongLong()));
    if (!save(dir.filePath(u"units.csv"_s), ed::test::unitsCsv(data))
        || !save(dir.filePath(u"results.csv"_s), ed::test::resultsCsv(data)))
        return 1;
    if (parser.isSet(recount)
        && !save(dir.filePath(u"recount.csv"_s), ed::test::resultsCsv(ed::test::recounted(data))))
        return 1;
    const int count = parser.value(nominations).toInt();
    if (count > 0 && !save(dir.filePath(u"nominations.csv"_s), nominationsCsv(data, count)))
        return 1;
    qint64 voters = 0;
    for (const ed::test::UnitRow& u : data.units)
        voters += u.figures ? u.figures->registered : 0;
    QTextStream(stdout) << data.units.size() << " units, " << data.ballots.size()
                        << " result rows, " << voters << " registered voters, " << count
                        << " nominations\n";
    return 0;
}
