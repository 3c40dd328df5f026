// A database the user may not write, through the real binary: reading commands work, writing
// ones are refused with a clear message, and the file stays as it was. Root may write any file,
// so a test run as root runs the binary as "nobody" (setpriv, from util-linux).

#include "clirun.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ed::test {
namespace {

constexpr auto kEveryoneReads =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr auto kEveryoneEnters = kEveryoneReads | QFileDevice::ExeOwner | QFileDevice::ExeGroup
                                 | QFileDevice::ExeOther | QFileDevice::WriteOwner;

class ReadOnlyFileTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir().mkpath(folder()));
        ASSERT_EQ(cli({u"--db"_s, database(), u"init"_s, u"--demo"_s}).status, 0);
        // The file and its folder: readable by all, writable by nobody but the owner's folder.
        ASSERT_TRUE(QFile::setPermissions(database(), kEveryoneReads));
        ASSERT_TRUE(QFile::setPermissions(folder(), kEveryoneEnters));
        ASSERT_TRUE(QFile::setPermissions(m_dir.path({}), kEveryoneEnters));
        const QString home = m_dir.path(u"home"_s);
        ASSERT_TRUE(QDir().mkpath(home));
        ASSERT_TRUE(QFile::setPermissions(home, QFileDevice::Permissions(0x7777)));
    }

    QString folder() const { return m_dir.path(u"office"_s); }
    QString database() const { return m_dir.path(u"office/desk.sqlite"_s); }

    /// Runs the binary as a user who may not write the file.
    [[nodiscard]] std::pair<int, QString> runUnprivileged(const QStringList& arguments) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_dir.path(u"home"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.path(u"home"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.path(u"home"_s));
        environment.insert(u"ELECTIONDESK_LANG"_s, u"en"_s);
        process.setProcessEnvironment(environment);
        const QStringList cliArguments = QStringList{u"--db"_s, database()} + arguments;
        if (geteuid() == 0) {
            process.setProgram(u"setpriv"_s);
            process.setArguments(QStringList{u"--reuid=65534"_s, u"--regid=65534"_s,
                                             u"--clear-groups"_s, QStringLiteral(ED_CLI_BINARY)}
                                 + cliArguments);
        } else {
            process.setProgram(QStringLiteral(ED_CLI_BINARY));
            process.setArguments(cliArguments);
        }
        process.start();
        EXPECT_TRUE(process.waitForFinished(60'000));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()
                                                      + process.readAllStandardError())};
    }

    TempDir m_dir;
};

TEST_F(ReadOnlyFileTest, ReadingWorksAndWritingIsRefusedWithTheFileLeftAsItWas)
{
    const QByteArray before = fileBytes(database());

    const auto [listed, meetings] = runUnprivileged({u"meetings"_s, u"list"_s});
    EXPECT_EQ(listed, 0) << meetings.toStdString();
    EXPECT_TRUE(meetings.contains(u"Cuộc họp thứ nhất"_s)) << meetings.toStdString();

    const auto [locked, refusal] = runUnprivileged({u"results"_s, u"lock"_s});
    EXPECT_EQ(locked, 1) << refusal.toStdString();
    EXPECT_TRUE(refusal.contains(u"read-only"_s)) << refusal.toStdString();
    EXPECT_FALSE(refusal.contains(u"attempt to write"_s)) << "a raw driver error";

    EXPECT_EQ(fileBytes(database()), before);
    EXPECT_FALSE(QFile::exists(database() + u"-wal"_s));
}

} // namespace
} // namespace ed::test
