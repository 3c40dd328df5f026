#include "i18n/schedulewording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ed::i18n {

QString milestoneTitle(const QString& code)
{
    struct Entry
    {
        const char* code;
        const char* title;
    };
    static constexpr Entry kTitles[] = {
            {"election_day_announced", QT_TRANSLATE_NOOP("Milestones", "Election day announced")},
            {"election_committees_set_up",
             QT_TRANSLATE_NOOP("Milestones", "Election committees (UBBC) set up")},
            {"hiep_thuong_1", QT_TRANSLATE_NOOP("Milestones", "1st consultative conference")},
            {"constituency_drafts_sent",
             QT_TRANSLATE_NOOP("Milestones", "Draft constituency lists sent to the HĐBCQG")},
            {"constituencies_published",
             QT_TRANSLATE_NOOP("Milestones", "Constituencies and seats published")},
            {"election_boards_set_up",
             QT_TRANSLATE_NOOP("Milestones", "Election boards set up; candidate dossiers due")},
            {"hiep_thuong_2", QT_TRANSLATE_NOOP("Milestones", "2nd consultative conference")},
            {"election_teams_set_up",
             QT_TRANSLATE_NOOP("Milestones", "Polling teams (Tổ bầu cử) set up")},
            {"voter_lists_posted", QT_TRANSLATE_NOOP("Milestones", "Voter lists posted")},
            {"hiep_thuong_3", QT_TRANSLATE_NOOP("Milestones", "3rd consultative conference")},
            {"hiep_thuong_3_minutes_sent",
             QT_TRANSLATE_NOOP("Milestones", "3rd-round minutes and lists sent")},
            {"na_candidates_published",
             QT_TRANSLATE_NOOP("Milestones", "National Assembly candidate list published")},
            {"council_candidates_published",
             QT_TRANSLATE_NOOP("Milestones", "People's Council candidate lists published")},
            {"early_voting", QT_TRANSLATE_NOOP("Milestones", "Early voting in remote areas")},
            {"election_day", QT_TRANSLATE_NOOP("Milestones", "Election day")},
            {"council_results_published",
             QT_TRANSLATE_NOOP("Milestones", "People's Council results published")},
            {"additional_vote_deadline",
             QT_TRANSLATE_NOOP("Milestones", "Last day for additional or repeat elections")},
            {"na_results_published",
             QT_TRANSLATE_NOOP("Milestones", "National Assembly results published")},
            {"wrap_up", QT_TRANSLATE_NOOP("Milestones", "Local election wrap-up")},
    };
    for (const Entry& e : kTitles) {
        if (code == QLatin1StringView(e.code))
            return QCoreApplication::translate("Milestones", e.title);
    }
    return code;
}

QString regimeName(ElectionRegime regime)
{
    switch (regime) {
    case ElectionRegime::Law2015:
        return QCoreApplication::translate("Milestones", "Law 85/2015/QH13 (as applied in 2021)");
    case ElectionRegime::Law2025:
        return QCoreApplication::translate("Milestones",
                                           "Law 85/2015 as amended by Law 83/2025/QH15");
    }
    return {};
}

QString problemMessage(Problem problem)
{
    switch (problem) {
    case Problem::Required:
        return QCoreApplication::translate("Problems", "Required: enter a value.");
    case Problem::InvalidDate:
        return QCoreApplication::translate("Problems", "Not a date: write dd/MM/yyyy.");
    case Problem::EndBeforeStart:
        return QCoreApplication::translate(
                "Problems", "The end comes before the start: choose a later end date.");
    case Problem::OutOfRange: return QCoreApplication::translate("Problems", "Out of range.");
    case Problem::HeldDateMissing:
        return QCoreApplication::translate("Problems", "A held meeting needs the day it was held.");
    case Problem::HeldDateInFuture:
        return QCoreApplication::translate(
                "Problems", "The day held is after today: choose today or an earlier day.");
    case Problem::DateInFuture:
        return QCoreApplication::translate(
                "Problems", "The date is after today: choose today or an earlier day.");
    case Problem::HeldDateNotHeld:
        return QCoreApplication::translate(
                "Problems",
                "Only a held meeting has a day held: set the status to held or clear the day.");
    case Problem::UnknownMilestone:
        return QCoreApplication::translate("Problems", "Unknown milestone of the legal calendar.");
    case Problem::DuplicateEntry:
        return QCoreApplication::translate("Problems", "Listed twice: remove the repeat.");
    case Problem::OwnParent:
        return QCoreApplication::translate(
                "Problems", "An agency cannot be placed under itself: choose another parent.");
    case Problem::NotSunday:
        return QCoreApplication::translate("Problems", "Election day must be a Sunday.");
    }
    return {};
}

QString problemLocation(const ImportProblem& p)
{
    QString where;
    if (p.line > 0 && p.column > 0 && !p.columnName.isEmpty())
        where = QCoreApplication::translate("Problems", "Line %1, column %2 (%3)")
                        .arg(p.line)
                        .arg(p.column)
                        .arg(p.columnName);
    else if (p.line > 0 && p.column > 0)
        where = QCoreApplication::translate("Problems", "Line %1, column %2")
                        .arg(p.line)
                        .arg(p.column);
    else if (p.line > 0)
        where = QCoreApplication::translate("Problems", "Line %1").arg(p.line);
    else
        where = QCoreApplication::translate("Problems", "File");
    return where;
}

QString importProblemMessage(const ImportProblem& p)
{
    const QString where = problemLocation(p);
    const QString value = p.value;
    const QString choices = p.expected.join(u", "_s);
    QString what;
    if (p.code == u"missing_column"_s)
        what = QCoreApplication::translate("Problems",
                                           "the column \"%1\" is missing; the header must name: %2")
                       .arg(p.columnName, choices);
    else if (p.code == u"required"_s)
        what = p.expected.isEmpty() ? QCoreApplication::translate("Problems", "a value is required")
                                    : QCoreApplication::translate(
                                              "Problems", "a value is required; write one of: %1")
                                              .arg(choices);
    else if (p.code == u"unknown_value"_s)
        what = QCoreApplication::translate("Problems", "\"%1\" is not allowed; write one of: %2")
                       .arg(value, choices);
    else if (p.code == u"unknown_unit"_s)
        what = p.expected.isEmpty()
                       ? QCoreApplication::translate("Problems",
                                                     "no election unit has the code \"%1\"; "
                                                     "import the units first or correct the code")
                                 .arg(value)
                       : QCoreApplication::translate("Problems",
                                                     "no election unit has the code \"%1\"; did "
                                                     "you mean %2?")
                                 .arg(value, choices);
    else if (p.code == u"unknown_agency"_s)
        what = p.expected.isEmpty()
                       ? QCoreApplication::translate("Problems",
                                                     "no agency is named or abbreviated \"%1\"; "
                                                     "add it in the Agencies area or correct "
                                                     "the name")
                                 .arg(value)
                       : QCoreApplication::translate("Problems",
                                                     "no agency is named or abbreviated \"%1\"; "
                                                     "the closest known: %2")
                                 .arg(value, p.expected.join(u"; "_s));
    else if (p.code == u"no_award_form"_s)
        what = QCoreApplication::translate("Problems",
                                           "no campaign offers the award form \"%1\"; load the "
                                           "campaign's plan first")
                       .arg(value);
    else if (p.code == u"invalid_date"_s)
        what = QCoreApplication::translate("Problems",
                                           "\"%1\" is not a date; write it as YYYY-MM-DD, for "
                                           "example 2021-06-01")
                       .arg(value);
    else if (p.code == u"date_in_future"_s)
        what = QCoreApplication::translate("Problems",
                                           "%1 is after today; write the day the dossier arrived")
                       .arg(value);
    else if (p.code == u"too_many_rows"_s)
        what = QCoreApplication::translate("Problems",
                                           "the file has more than %1 rows; split it into "
                                           "smaller files")
                       .arg(p.detail);
    else if (p.code == u"unknown_parent"_s)
        what = QCoreApplication::translate("Problems",
                                           "no agency is named or abbreviated \"%1\"; write the "
                                           "name or abbreviation of "
                                           "a known agency or of one on an earlier line")
                       .arg(value);
    else if (p.code == u"ambiguous_parent"_s)
        what = QCoreApplication::translate("Problems", "several agencies are named or abbreviated "
                                                       "\"%1\"; write the parent's full name")
                       .arg(value);
    else if (p.code == u"ambiguous_name"_s)
        what = p.expected.isEmpty()
                       ? QCoreApplication::translate("Problems",
                                                     "several agencies in the directory are named "
                                                     "\"%1\"; rename them in the Agencies area "
                                                     "first")
                                 .arg(value)
                       : QCoreApplication::translate("Problems",
                                                     "several agencies are named or abbreviated "
                                                     "\"%1\": %2; write the full name of one")
                                 .arg(value, p.expected.join(u"; "_s));
    else if (p.code == u"duplicate"_s && !p.detail.isEmpty())
        what = QCoreApplication::translate("Problems", "\"%1\" repeats line %2; keep one line")
                       .arg(value, p.detail);
    else if (p.code == u"duplicate"_s)
        what = QCoreApplication::translate("Problems",
                                           "\"%1\" appears on an earlier line too; keep one line")
                       .arg(value);
    else if (p.code == u"parent_cycle"_s)
        what = QCoreApplication::translate("Problems",
                                           "the parent \"%1\" would place the agency under itself")
                       .arg(value);
    else if (p.code == u"not_utf8"_s)
        what = QCoreApplication::translate("Problems",
                                           "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
    else if (p.code == u"unterminated_quote"_s)
        what = QCoreApplication::translate("Problems",
                                           "a quoted field is never closed; add the closing \"");
    else if (p.code == u"quote_in_unquoted_field"_s)
        what = QCoreApplication::translate(
                "Problems",
                "a quote inside an unquoted field; put the field in quotes and double the "
                "quote (\"\")");
    else if (p.code == u"text_after_closing_quote"_s)
        what = QCoreApplication::translate(
                "Problems", "text after a closing quote; put a comma after the quote");
    else if (p.code == u"empty_file"_s)
        what = QCoreApplication::translate("Problems", "the file is empty; it needs a header line");
    else if (p.code == u"field_count"_s)
        what = QCoreApplication::translate(
                "Problems", "the line has a different number of fields than the header; look for a "
                            "missing or extra comma, or quote a field that contains one");
    else if (p.code == u"duplicate_column"_s)
        what = QCoreApplication::translate("Problems",
                                           "a column name appears twice in the header; keep one");
    else if (p.code == u"empty_column_name"_s)
        what = QCoreApplication::translate("Problems", "a column of the header has no name");
    else if (p.code == u"file_too_large"_s)
        what = QCoreApplication::translate("Problems",
                                           "the file is too large for one import; split it into "
                                           "smaller files");
    else if (p.code == u"line_too_long"_s || p.code == u"too_many_fields"_s)
        what = QCoreApplication::translate(
                "Problems",
                "the line is too long for an import (at most 65,536 characters and 256 fields); "
                "remove what does not belong");
    else
        what = p.code;
    return where + u": "_s + what;
}

} // namespace ed::i18n
