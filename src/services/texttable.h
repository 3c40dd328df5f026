#pragma once

#include <QList>
#include <QStringList>

namespace ed::services {

/// A table of text cells: what the CSV exports write and the CLI prints.
struct TextTable
{
    QStringList header;
    QList<QStringList> rows;
};

} // namespace ed::services
