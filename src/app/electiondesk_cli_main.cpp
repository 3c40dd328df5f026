#include "cli/cli.h"
#include "i18n/translations.h"
#include "logging/log.h"
#include "services/workspace.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ed::services::Workspace::identifyApplication();
    ed::log::init(ed::services::Workspace::logDirectory(), false);
    ed::i18n::install(ed::i18n::savedLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = ed::cli::run(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
