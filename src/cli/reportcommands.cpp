#include "cli/reportcommands.h"

#include "cli/cli.h"
#include "cli/commands.h"
#include "core/letterhead.h"
#include "i18n/errormessages.h"
#include "logging/log.h"
#include "reports/htmlreport.h"
#include "reports/pagedreport.h"
#include "reports/reportbuilder.h"
#include "services/letterheadservice.h"
#include "services/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ed::cli {

namespace {

int usageError(const QString& message, const CommandContext& context)
{
    context.err << message << u'\n'
                << QCoreApplication::translate("Cli", "Usage: %1")
                           .arg(u"electiondesk-cli "_s
                                + QString::fromUtf8(findCommand(u"report"_s)->synopsis))
                << u'\n';
    return kUsage;
}

Status writeHtml(const QString& html, const QString& path)
{
    // QSaveFile renames into place on commit: a failed write leaves no half file behind.
    QSaveFile file(path);
    const QByteArray bytes = html.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::CannotWrite, u"write html report: "_s + file.errorString()};
    return success();
}

} // namespace

int reportCommand(const QStringList& arguments, const CommandContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
            u"REPORT"_s,
            QCoreApplication::translate("Cli", "meetings, tasks, nominations or results."));
    const QCommandLineOption outOption(
            u"out"_s,
            QCoreApplication::translate(
                    "Cli", "The file to write; an HTML report without it goes to standard output."),
            u"FILE"_s);
    const QCommandLineOption formatOption(
            u"format"_s,
            QCoreApplication::translate("Cli", "Output format: pdf (default) or html."),
            u"FORMAT"_s, u"pdf"_s);
    parser.addOption(outOption);
    parser.addOption(formatOption);
    if (const auto stop = parse(parser, *findCommand(u"report"_s), arguments, 1, context))
        return *stop;

    const QString word = parser.positionalArguments().constFirst();
    const auto kind = reportKindFromCode(word);
    if (!kind)
        return usageError(QCoreApplication::translate(
                                  "Cli",
                                  "Unknown report \"%1\"; write meetings, tasks, nominations or "
                                  "results.")
                                  .arg(word),
                          context);
    const QString format = parser.value(formatOption);
    if (format != u"pdf"_s && format != u"html"_s)
        return usageError(
                QCoreApplication::translate("Cli", "Unknown format \"%1\"; write pdf or html.")
                        .arg(format),
                context);
    const bool pdf = format == u"pdf"_s;
    const QString path = parser.value(outOption);
    if (pdf && path.isEmpty())
        return usageError(
                QCoreApplication::translate("Cli", "A PDF needs a file: give --out FILE."),
                context);
    if (pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        // A programming error in the caller: laying out text without one aborts the process.
        log::cli()->error("report: PDF requested without a QGuiApplication");
        context.err << QCoreApplication::translate(
                "Cli", "This program cannot write a PDF in this mode. Nothing was "
                       "written.")
                    << u'\n';
        return kRefused;
    }

    const auto workspace = context.openWorkspace();
    if (!workspace)
        return kRefused;
    const auto letterhead = services::LetterheadService(*workspace).letterhead(*kind);
    if (!letterhead) {
        context.err << i18n::errorMessage(letterhead.error(), context.databasePath) << u'\n';
        return kRefused;
    }
    const auto document = reports::buildReport(*kind, *workspace, letterhead.value());
    if (!document) {
        context.err << i18n::errorMessage(document.error(), context.databasePath) << u'\n';
        return kRefused;
    }

    if (!pdf && path.isEmpty()) {
        context.out << reports::toHtml(document.value());
        return kSuccess;
    }
    int pages = 0;
    reports::RenderControl control;
    // The last total reported is the painted page count.
    control.progress = [&pages](int, int total) { pages = total; };
    const Status written = pdf ? reports::writePdf(document.value(), path, control)
                               : writeHtml(reports::toHtml(document.value()), path);
    if (!written) {
        log::cli()->warn("report {} not written: error {}", word,
                         static_cast<int>(written.error().code));
        context.err << i18n::errorMessage(written.error(), path) << u'\n';
        return kRefused;
    }
    if (pdf && pages > 0)
        context.out << QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, pages)
                               .arg(path)
                    << u'\n';
    else
        context.out << QCoreApplication::translate("Cli", "Wrote %1.").arg(path) << u'\n';
    return kSuccess;
}

} // namespace ed::cli
