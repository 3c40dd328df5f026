#include "support/tempdatabase.h"

#include <QFile>

namespace ed::test {

TempDir::TempDir()
{
    EXPECT_TRUE(m_dir.isValid());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace ed::test

QT_BEGIN_NAMESPACE
void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

void PrintTo(const QDate& date, std::ostream* os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}
QT_END_NAMESPACE
