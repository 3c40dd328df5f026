<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgenciesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or abbreviation; accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an agency to the directory (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected agency (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected agency (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update agencies from a CSV file with the columns name, abbreviation, level, kind and parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name, as the plans print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Ban Tổ chức TU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency this one belongs to. Type part of a name or abbreviation; accents optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the parent agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWording</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come after the %1 (%2) but it was held on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come after the %1 (%2) but its last allowed day is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come before the %1 (%2) but it was held on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come before the %1 (%2) but its last allowed day is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come by the outside deadline “%1” (%2) but it was held on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come by the outside deadline “%1” (%2) but its last allowed day is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied to the %1, a step that %2 does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Creates the database, or upgrades it to this program&apos;s schema after writing a dated copy beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the integrity check and shows the schema version. Exits with 1 when the database is damaged or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the live database into a new file, also while other programs use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a date; write it as YYYY-MM-DD, e.g. 2021-05-23.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with the two seed plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds data; the demo data is loaded only into an empty one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded: plans 01-KH/BCĐ and 508/KH-UBND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file to write; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; name a new file. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: electiondesk-cli [--db PATH] [--today YYYY-MM-DD] COMMAND [ARGS]

Global options (before or after the command):
  --db PATH            database file (default: %1)
  --today YYYY-MM-DD   the date to take as today (default: the system date)
  -h, --help           this help; COMMAND --help shows a command&apos;s help
  --version            the program&apos;s version

Commands:
%2
Exit status: 0 success, 1 refused (nothing was changed), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every plan&apos;s meetings with their deadline, last allowed day, status and whether they are overdue on --today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every plan&apos;s standing tasks with their agencies, deadline, status and whether they are overdue on --today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports agencies from a CSV file (name,abbreviation,level,kind,parent), adding new ones and updating those with the same name; a file with any problem is refused whole. Or lists the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes meetings, task deadlines and the legal milestones as an iCalendar file that Thunderbird and Outlook import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv, json or table (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; write csv, json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file, or list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For import: the CSV file, UTF-8, a header line, columns name, abbreviation, level, kind, parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write; an older one is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElectionDesk schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change election day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionDayDialog</name>
    <message>
        <source>Election day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal calendar counts its milestones from election day, which must be a Sunday. The regime says which law’s calendar the plan follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Election day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan does not set an election day &amp;yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the election day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The item was not found; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input was refused and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is still referred to by other records and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with data already stored; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy in another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ElectionDesk database. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ElectionDesk. Install that version to open it; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety copy of %1 could not be written before upgrading it, so it was not upgraded. Check the free space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be upgraded; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error; nothing was changed. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ElectionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ElectionDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On re&amp;quest (no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed, e.g. “Cuộc họp lần thứ hai”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the plan sets it, e.g. II.2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For meetings on request: who asks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the day held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts with the legal calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting concluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the steering office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg&amp;al calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>Election day announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election committees (UBBC) set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st consultative conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft constituency lists sent to the HĐBCQG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constituencies and seats published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election boards set up; candidate dossiers due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd consultative conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling teams (Tổ bầu cử) set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter lists posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd consultative conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd-round minutes and lists sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Assembly candidate list published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s Council candidate lists published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early voting in remote areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s Council results published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day for additional or repeat elections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Assembly results published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local election wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law 85/2015/QH13 (as applied in 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law 85/2015 as amended by Law 83/2025/QH15</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <source>The review of award nominations arrives with a later update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award forms the campaigns offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue meetings and tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and tasks due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a meeting or a task, or press Enter on it, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last allowed date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference deadlines of other bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as worded: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last allowed date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year inferred from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected by the team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect themselves and report to the team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when this event happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conflicts with the legal calendar (%n):</source>
        <translation>
            <numerusform>Conflicts with the legal calendar (%n):</numerusform>
            <numerusform>Conflicts with the legal calendar (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>not in this plan&apos;s regime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the legal calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emulation campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the plan&apos;s election day and the law its calendar follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label or content; accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal calendar and the plan&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Required: enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write dd/MM/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end comes before the start: choose a later end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held meeting needs the day it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day held is after today: choose today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a held meeting has a day held: set the status to held or clear the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown milestone of the legal calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed twice: remove the repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agency cannot be placed under itself: choose another parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day must be a Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing; the header must name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required; write one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; write one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency is named or abbreviated &quot;%1&quot;; write the name or abbreviation of a known agency or of one on an earlier line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several agencies are named or abbreviated &quot;%1&quot;; write the parent&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several agencies in the directory are named &quot;%1&quot;; rename them in the Agencies area first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears on an earlier line too; keep one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; would place the agency under itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed; add the closing &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the field in quotes and double the quote (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after a closing quote; put a comma after the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line has a different number of fields than the header; look for a missing or extra comma, or quote a field that contains one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column name appears twice in the header; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for an import (at most 512 MiB, 65,536 characters a line and 256 fields); split it or remove what does not belong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Printed reports arrive with a later update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Importing the counting results arrives with a later update.</source>
        <extracomment>Vietnamese: Nhập kết quả bầu cử sẽ có trong bản cập nhật sau.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results will be checked against these measurable award criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable award criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time ElectionDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due soon means within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and tasks whose last allowed date is this close are listed as due soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Election steering office workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &lt;date&gt; (YYYY-MM-DD) as today&apos;s date, for demonstrations and checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today expects a date written YYYY-MM-DD, such as 2021-02-10; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElectionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is empty. Fill it with the demo data of the two sample plans, %1 and %2, with their meetings, tasks and agencies?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. III.4; unique within the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the plan prints it, e.g. 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has been done, what is pending, who was reminded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, section, content, agency or deadline; accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a standing task to a plan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected task, its status or its progress note (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected task (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tasks that name this agency, in any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-ordinating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fatherland Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collectives and individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::AgenciesPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n agency</numerusform>
            <numerusform>%n agencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while these refer to it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans it issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies under it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection programmes that visit it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give those to another agency or delete them first; then the agency can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the agency “%1”?

Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the agencies of “%1”?

Each line adds an agency, or updates the one with the same name. The file is checked first: if any line has a problem, nothing is written and every problem is listed.

An import cannot be undone with Edit ▸ Undo, and the edits made before it can no longer be undone either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agencies of “%1” are imported: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::AgencyDialog</name>
    <message>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a top-level agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name; empty for a top-level agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency is called that: choose one from the list, or leave the field empty for a top-level agency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::AssignmentEditor</name>
    <message>
        <source>&amp;Add agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::AwardFormModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::CriterionModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::DeadlineEditor</name>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strictly before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (from … to …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from election day (E ± n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative: before election day; positive: after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days from E:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the plan words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the fields until you type your own wording; clear it to have it filled in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;worded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week of %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 of %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from election day, which the plan does not set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 (last allowed day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last allowed day: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::EntryListPanel</name>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::ExportActions</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar (iCalendar .ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meetings (CSV for Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks (CSV for Excel)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElectionDesk schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file “%1” has %n problem(s). Correct the file and import it again. You can select and copy the list below.</source>
        <translation>
            <numerusform>Nothing was imported: the file “%1” has %n problem. Correct the file and import it again. You can select and copy the list below.</numerusform>
            <numerusform>Nothing was imported: the file “%1” has %n problems. Correct the file and import it again. You can select and copy the list below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::LegalCalendarModel</name>
    <message>
        <source>Unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal source confirmed this offset yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans &amp; meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time ElectionDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ElectionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ElectionDesk %1&lt;/h3&gt;&lt;p&gt;A workbench for the election steering office: plans, meetings, tasks and agencies now; election results, award nominations and printed reports in later updates.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::MeetingDialog</name>
    <message>
        <source>Edit meeting — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (not held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving; the fields and tabs concerned are marked.</source>
        <translation>
            <numerusform>%n problem to fix before saving; the fields and tabs concerned are marked.</numerusform>
            <numerusform>%n problems to fix before saving; the fields and tabs concerned are marked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this meeting have not been saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::MeetingItemsEditor</name>
    <message>
        <source>&amp;Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting agrees, hears or decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent of the item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies by role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no content yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has a problem: choose it to see what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::MeetingTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline as worded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last allowed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the legal calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::MilestoneTiesEditor</name>
    <message>
        <source>Legal calendar milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones of %1, dated from election day %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones of %1. The plan does not set its election day yet, so they have no dates and the meeting is not checked against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this regime</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::OverviewPage</name>
    <message>
        <source>Today is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n meeting(s) or task(s)</source>
        <translation>
            <numerusform>Overdue: %n meeting or task</numerusform>
            <numerusform>Overdue: %n meetings or tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %1 days: %n meeting(s) or task(s)</source>
        <translation>
            <numerusform>Due within %1 days: %n meeting or task</numerusform>
            <numerusform>Due within %1 days: %n meetings or tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::gui::PlanSummaryModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s): %1</source>
        <translation>
            <numerusform>%n meeting: %1</numerusform>
            <numerusform>%n meetings: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s): %1</source>
        <translation>
            <numerusform>%n task: %1</numerusform>
            <numerusform>%n tasks: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with materials submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks by status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::PlansPage</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no plans in this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan schedules no meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting to see its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan sets no inspection programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan launches no emulation campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan does not set its election day yet: use “Change…” above to set it, and the legal calendar is dated from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election day: %1. Calendar of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the meeting “%1” with its %n content item(s)?

Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Delete the meeting “%1” with its %n content item?

Edit ▸ Undo brings it back.</numerusform>
            <numerusform>Delete the meeting “%1” with its %n content items?

Edit ▸ Undo brings it back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change election day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::ReferenceDeadlinesEditor</name>
    <message>
        <source>&amp;Add deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the other body asks for, as the plan quotes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal counterpart, e.g. “the law says no later than E−80”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deadline has a problem: choose it to see what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::ScheduleEntryModel</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last allowed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::TaskTableModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline as worded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last allowed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::TasksPage</name>
    <message>
        <source>Select a task to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last allowed date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1 of %n task</numerusform>
            <numerusform>%1 of %n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task %1?

%2

Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
