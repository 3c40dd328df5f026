// `rules list`: the catalogue, the same as docs/rules.md lists.
#include "clirun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using ed::test::cli;

QStringList listedIds(const QString& csv)
{
    QStringList ids;
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        ids << lines[i].section(u',', 0, 0);
    return ids;
}

TEST(RulesCommandTest, ListsEveryRuleWithItsSeverityInCatalogueOrder)
{
    const auto outcome = cli({u"rules"_s, u"list"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(outcome.status, 0) << outcome.err.toStdString();
    const QStringList lines = outcome.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.first(), u"id,severity,key,title,advice"_s);
    const QStringList ids = listedIds(outcome.out);
    ASSERT_EQ(ids.size(), 32);
    EXPECT_EQ(ids.first(), u"E01"_s);
    EXPECT_EQ(ids[24], u"E25"_s);
    EXPECT_EQ(ids.last(), u"W07"_s);
    EXPECT_TRUE(outcome.out.contains(
            u"E17,error,voted_above_registered,More voters voted than registered,"_s));
    EXPECT_TRUE(outcome.out.contains(u"W01,warning,low_turnout_without_revote,"_s));
}

TEST(RulesCommandTest, RefusesAnotherSubcommand)
{
    EXPECT_EQ(cli({u"rules"_s, u"show"_s}).status, 2);
}

TEST(RulesCommandTest, DocsListEveryRuleOfTheCatalogue)
{
    QFile docs(QStringLiteral(ED_SOURCE_DIR "/docs/rules.md"));
    ASSERT_TRUE(docs.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(docs.readAll());
    QSet<QString> documented;
    const QRegularExpression row(u"^\\| (E\\d\\d|W\\d\\d) \\|"_s,
                                 QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(text); it.hasNext();)
        documented.insert(it.next().captured(1));
    const QStringList ids = listedIds(cli({u"rules"_s, u"list"_s, u"--format"_s, u"csv"_s}).out);
    EXPECT_EQ(documented, QSet<QString>(ids.begin(), ids.end()));
}

} // namespace
