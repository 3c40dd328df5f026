#include "reports/reporttext.h"

#include "core/vnformat.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ed::reports {

AgencyNames agencyNames(const QList<Agency>& agencies)
{
    AgencyNames names;
    for (const Agency& agency : agencies)
        names.insert(agency.id, agency.name);
    return names;
}

QString romanNumeral(int number)
{
    static constexpr std::array kNumerals{
            std::pair{1000, "M"}, std::pair{900, "CM"}, std::pair{500, "D"}, std::pair{400, "CD"},
            std::pair{100, "C"},  std::pair{90, "XC"},  std::pair{50, "L"},  std::pair{40, "XL"},
            std::pair{10, "X"},   std::pair{9, "IX"},   std::pair{5, "V"},   std::pair{4, "IV"},
            std::pair{1, "I"}};
    if (number <= 0)
        return QString::number(number);
    QString text;
    for (const auto& [value, letters] : kNumerals) {
        while (number >= value) {
            text += QLatin1String(letters);
            number -= value;
        }
    }
    return text;
}

QString sentenceCase(const QString& text)
{
    const QString lower = text.trimmed().toLower();
    return lower.isEmpty() ? lower : lower.left(1).toUpper() + lower.mid(1);
}

QString issuingBodyInText(const Letterhead& letterhead, const QList<Agency>& agencies)
{
    const QString wanted = letterhead.issuingBody.trimmed().toUpper();
    if (wanted.isEmpty())
        return {};
    for (const Agency& agency : agencies) {
        const QString upper = agency.name.toUpper();
        // Only where capitals keep the length (Vietnamese letters in NFC do), so that the
        // prefix cut from the name is the same words.
        if (upper.size() != agency.name.size() || !upper.startsWith(wanted))
            continue;
        if (upper.size() == wanted.size() || upper.at(wanted.size()).isSpace())
            return agency.name.left(wanted.size());
    }
    return sentenceCase(letterhead.issuingBody);
}

QList<Block> appendixHeader(const Letterhead& letterhead,
                            const QList<Agency>& agencies,
                            int number,
                            const QString& title)
{
    QList<Block> blocks;
    if (number > 0)
        blocks << Paragraph{
                QCoreApplication::translate("Reports", "APPENDIX %1").arg(romanNumeral(number)),
                Paragraph::Style::Centered};
    blocks << Paragraph{title.toUpper(), Paragraph::Style::Centered};
    const QString date =
            letterhead.date && letterhead.date->isValid() ? formatDate(*letterhead.date) : u"…"_s;
    blocks << Paragraph{QCoreApplication::translate("Reports", "(Attached to %1 No. %2 dated %3 "
                                                               "of %4)")
                                .arg(sentenceCase(letterhead.typeName), documentSymbol(letterhead),
                                     date, issuingBodyInText(letterhead, agencies)),
                        Paragraph::Style::Subtitle};
    return blocks;
}

TableColumn numberColumn()
{
    return {QCoreApplication::translate("Reports", "No."), 1, Qt::AlignHCenter};
}

TableColumn textColumn(const QString& title, int weight)
{
    return {title, weight, Qt::AlignLeft};
}

TableColumn figureColumn(const QString& title, int weight)
{
    return {title, weight, Qt::AlignRight};
}

TableColumn centredColumn(const QString& title, int weight)
{
    return {title, weight, Qt::AlignHCenter};
}

TableRow groupRow(int index, const QString& title, int columns)
{
    return row({u"%1. %2"_s.arg(romanNumeral(index), title)}, columns, TableRow::Kind::Group);
}

TableRow row(QStringList cells, int columns, TableRow::Kind kind)
{
    while (cells.size() < columns)
        cells << QString();
    return {cells, kind};
}

QString stateWord(ScheduleState state, ScheduleSubject subject)
{
    const bool meeting = subject == ScheduleSubject::Meeting;
    switch (state) {
    case ScheduleState::NoDate: return QCoreApplication::translate("Reports", "No date yet");
    case ScheduleState::Upcoming: return QCoreApplication::translate("Reports", "Upcoming");
    case ScheduleState::DueSoon: return QCoreApplication::translate("Reports", "Due soon");
    case ScheduleState::Overdue: return QCoreApplication::translate("Reports", "Overdue");
    case ScheduleState::OnTime:
        return meeting ? QCoreApplication::translate("Reports", "Held on time")
                       : QCoreApplication::translate("Reports", "Done");
    case ScheduleState::Late: return QCoreApplication::translate("Reports", "Held late");
    case ScheduleState::Cancelled: return QCoreApplication::translate("Reports", "Cancelled");
    }
    return {};
}

QString
daysWord(ScheduleState state, std::optional<qint64> daysLeft, std::optional<qint64> daysLate)
{
    if (state == ScheduleState::Late && daysLate && *daysLate > 0)
        return QCoreApplication::translate("Reports", "held %n day(s) late", "", int(*daysLate));
    const bool open = state == ScheduleState::Upcoming || state == ScheduleState::DueSoon
                      || state == ScheduleState::Overdue;
    if (!open || !daysLeft)
        return {};
    if (*daysLeft == 0)
        return QCoreApplication::translate("Reports", "due today");
    if (*daysLeft < 0)
        return QCoreApplication::translate("Reports", "%n day(s) overdue", "", int(-*daysLeft));
    return QCoreApplication::translate("Reports", "%n day(s) left", "", int(*daysLeft));
}

QString deadlineCell(const Deadline& deadline, const std::optional<QDate>& lastAllowed)
{
    QStringList lines;
    if (!deadline.wording.trimmed().isEmpty())
        lines << deadline.wording.trimmed();
    if (lastAllowed)
        lines << QCoreApplication::translate("Reports", "Last allowed day: %1")
                         .arg(formatDate(*lastAllowed));
    else if (deadline.kind == DeadlineKind::OnRequest)
        lines << QCoreApplication::translate("Reports", "On request: no date");
    else
        lines << QCoreApplication::translate("Reports", "No date yet");
    return lines.join(u'\n');
}

QString roleWord(AgencyRole role)
{
    switch (role) {
    case AgencyRole::Lead: return QCoreApplication::translate("Reports", "Lead");
    case AgencyRole::Staff: return QCoreApplication::translate("Reports", "Staff");
    case AgencyRole::Coordinating: return QCoreApplication::translate("Reports", "Co-ordinating");
    case AgencyRole::Reporting: return QCoreApplication::translate("Reports", "Reporting");
    }
    return {};
}

QStringList agenciesByRole(const QList<AgencyAssignment>& assignments, const AgencyNames& names)
{
    QStringList lines;
    for (const AgencyRole role :
         {AgencyRole::Lead, AgencyRole::Staff, AgencyRole::Coordinating, AgencyRole::Reporting}) {
        const QStringList list = agencyNamesInRole(role, assignments, names);
        if (!list.isEmpty())
            lines << QCoreApplication::translate("Reports", "%1: %2")
                             .arg(roleWord(role), list.join(u"; "_s));
    }
    return lines;
}

Table stateCountTable(const QList<ScheduleState>& states,
                      ScheduleSubject subject,
                      const QString& countTitle)
{
    Table table;
    table.columns = {numberColumn(),
                     textColumn(QCoreApplication::translate("Reports", "Status"), 6),
                     figureColumn(countTitle, 2)};
    int index = 0;
    for (const ScheduleState state :
         {ScheduleState::Overdue, ScheduleState::DueSoon, ScheduleState::Upcoming,
          ScheduleState::NoDate, ScheduleState::Late, ScheduleState::OnTime,
          ScheduleState::Cancelled}) {
        const auto count = states.count(state);
        if (count > 0)
            table.rows << row(
                    {QString::number(++index), stateWord(state, subject), formatCount(count)}, 3);
    }
    table.rows << row({QString(), QCoreApplication::translate("Reports", "Total"),
                       formatCount(states.size())},
                      3, TableRow::Kind::Total);
    return table;
}

Paragraph situationHeading()
{
    return {QCoreApplication::translate("Reports", "I. GENERAL SITUATION"),
            Paragraph::Style::Heading};
}

Paragraph statusNote(QDate today)
{
    return {QCoreApplication::translate("Reports",
                                        "Status as of %1. \"Due soon\" means that the "
                                        "last allowed day falls within %n day(s).",
                                        "", kSoonDays)
                    .arg(formatDate(today)),
            Paragraph::Style::Note};
}

QString asOf(QDate today)
{
    return QCoreApplication::translate("Reports", "As of %1").arg(formatDate(today));
}

} // namespace ed::reports
