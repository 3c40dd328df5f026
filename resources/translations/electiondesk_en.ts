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
    <name>AwardSettingsDialog</name>
    <message>
        <source>Award settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off by law or decision: Tết, national holidays and swapped days. The appraisal limits count working days without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal &amp;limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days Sở Nội vụ has to appraise a complete dossier, counted from the day after it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award &amp;money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An award pays its coefficient × the base salary in force on the decision date, rounded up to the next 10,000 đ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base salaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base salary (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the base salaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award coefficients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient (× base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the coefficients</source>
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
    <message>
        <source>Lists the numbered checks on units and counting results (E… errors refuse a file, W… warnings ask for an explanation) with what to do about each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the election units (province, districts, communes, polling areas) with their voter figures from a CSV file, adding new ones and updating those with the same code; a file with any error is refused whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the counting results per unit and ballot (a file with any error is refused whole), decides every unit against the campaign&apos;s criteria, or shows, sets or lifts the official lock that refuses imports and edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked official on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Units imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results imported (one per unit and ballot): %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>… and %n more warning.</numerusform>
            <numerusform>… and %n more warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan is numbered &quot;%1&quot;: the database holds no plan. &quot;electiondesk-cli init --demo&quot; loads the seed plans into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan is numbered &quot;%1&quot;; the plans are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no campaign with measurable criteria (turnout, law study, invalid ballots, no re-vote) to decide the units against. Plans that have: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign with measurable criteria (turnout, law study, invalid ballots, no re-vote) is in the database, so there is nothing to decide the units against. Load the plan that sets them, such as 508/KH-UBND: &quot;electiondesk-cli init --demo&quot; loads it into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are official: imports and edits are refused until &quot;results unlock --reason TEXT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are not official: imports and edits are open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have never been marked official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock history, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  marked official by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  marked official by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  unlocked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  unlocked by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are already official; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are now official: imports and edits are refused until &quot;results unlock --reason TEXT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are not official, so there is nothing to unlock; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are reopened for imports and edits. Reason recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a units file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file, UTF-8, a header line, columns code, name, parent_code, level, registered_voters, voters_voted, law_study_participants, reported_at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For evaluate: the plan whose campaign criteria decide, by its number (508/KH-UBND); by default the first plan that has measurable criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For lock: a note recorded with the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For unlock, required: why the official results are reopened; it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import (a results file), evaluate (every unit against the criteria), status (whether the results are official, and the lock&apos;s history), lock (mark them official) or unlock (reopen them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For import: the CSV file, UTF-8, a header line, columns unit_code, ballot, ballots_issued, ballots_received, valid_ballots, invalid_ballots, revote, additional_vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;results %2&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking official results needs a reason: write --reason &quot;…&quot;; it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports award nominations from a nominating agency&apos;s CSV file (a file with any problem is refused whole), lists them with their eligibility, duplicates and working-day appraisal deadline, takes a workflow step (approve, reject, return, appraise, propose, resubmit), or lists the award decisions with their money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a nominating agency&apos;s list from a CSV file, UTF-8, with the columns nominee_kind (collective or individual), nominee_name, position, unit_code (empty, or a unit&apos;s code), nominating_agency (its name or abbreviation), award_form (nha_nuoc, bang_khen_tinh or giay_khen), achievement, received_on (YYYY-MM-DD) and optionally workplace. Each row is stored as received and recorded in the trail; a row repeating a stored nomination is counted unchanged. A file with any problem is refused whole and every problem is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every nomination with its status, its eligibility from the election results and the criteria it fails, whether the nominee is proposed more than once, the appraisal due date in working days and whether it is overdue on --today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes one workflow step for the nomination with this id and records it in the trail. STEP is approve, reject or return (for a supplement), or appraise, propose or resubmit. Reject and return need --note with the reason; so does proposing a nominee that fails a criterion. A step the workflow does not allow is refused with the steps open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the award decisions recorded so far: number, date, signer, how many nominations each covers and their award money in đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations imported: %1 added, %2 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination %1 is %2; no step of this command is open for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination %1 is %2; the steps open now: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nomination id; write the number that &quot;nominations list&quot; shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;; write one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 a nomination, give the reason: write --note &quot;…&quot;; it is recorded in the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on takes the day a supplement arrived, with resubmit only, written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nomination has the id %1; &quot;nominations list&quot; shows them. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination %1 (%2): %3 → %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import (a nominating agency&apos;s CSV file), list (every nomination), decide (one workflow step) or decisions (the award decisions). &quot;nominations SUBCOMMAND --help&quot; tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason, recorded in the trail: required to reject or return, and to propose a nominee that fails a criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the step, as the trail records it; by default the login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For resubmit: the day the supplement arrived (default: --today); the appraisal clock restarts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nomination&apos;s id, as the list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve, reject, return, appraise, propose or resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a printed report under its official letterhead, dated --today: the meeting schedule, the standing tasks, the nominations list or the campaign results. A PDF by default; --format html writes HTML, to standard output when --out is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings, tasks, nominations or results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; an HTML report without it goes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: pdf (default) or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;; write meetings, tasks, nominations or results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; write pdf or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF needs a file: give --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program cannot write a PDF in this mode. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the file was refused whole and nothing was imported.</source>
        <translation>
            <numerusform>%n problem; the file was refused whole and nothing was imported.</numerusform>
            <numerusform>%n problems; the file was refused whole and nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the figures were imported; check them against the minutes and explain them in the report.</source>
        <translation>
            <numerusform>%n warning: the figures were imported; check them against the minutes and explain them in the report.</numerusform>
            <numerusform>%n warnings: the figures were imported; check them against the minutes and explain them in the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the file was refused whole and nothing was written.</source>
        <translation>
            <numerusform>%n problem; the file was refused whole and nothing was written.</numerusform>
            <numerusform>%n problems; the file was refused whole and nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to restore from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current data; without it nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1, taken %2, schema version %3 (this program: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore replaces all the data in %1. Run the command again with --yes to restore; the current data is saved into %2 first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current data saved first to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was upgraded from schema version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces all the data with a backup file, after checking it (ours, not newer, not damaged; an older one is upgraded) and saving the current data into the backups folder beside the database. Without --yes it only checks the file and exits with 2.</source>
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
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
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
        <source>The database reported an error; nothing was changed. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are marked official and locked; nothing was changed. Unlock them first, giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the folder exists, that you may write to it and that the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it, so your change was not saved and theirs was kept. Reload it to see their version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database%1 is locked by another program that is writing to it or holds it open exclusively; nothing was changed. Wait a moment and try again, or close the file in that program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database%1 is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older version of ElectionDesk. It must be upgraded before this version can show it, and a read-only file cannot be. Copy it to a folder where you may write, then open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database%1 is damaged. Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database%1 could not be upgraded; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database%1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it. Your change was not saved, and nothing of theirs was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Nothing was restored or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its integrity check failed), so it was not restored. The current data was not changed; try an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current data could not be saved to %1 first, so nothing was restored. Check the free space and the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be upgraded to this program&apos;s schema, so it was not restored. The current data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored; the current data was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer, number and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State bodies print under Decree 30/2020/NĐ-CP, Party bodies under Guidance 36-HD/VPTW. Choosing an issuer sets it; you can still change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body that issues the report, in capitals as printed. Choose an agency (type part of its name, accents optional) or write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rent body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. UBND TỈNH ĐIỆN BIÊN</source>
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
        <source>Digits only. Leave it blank to keep the space for the pen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank: the clerk writes it in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SNV, BCĐ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the issuer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Điện Biên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “ngày … tháng … năm” with blanks to fill in when the report is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the date &amp;blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and date lines as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, signature and recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BÁO CÁO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the report is about, printed under the type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed after the formula: the body signed for, or the head’s title when a deputy signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ỦY BAN NHÂN DÂN, or the head’s title after KT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gner title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the signer title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer nam&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient per line, e.g. “Như trên” or “UBND tỉnh (b/c)”; the dashes and semicolons are added when printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed as “- Lưu: VT, NV(An).”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VT, NV(An)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letterheads</name>
    <message>
        <source>Report on the meeting schedule of the election steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the standing tasks of the election steering committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations for awards in the special emulation campaign for the election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of the special emulation campaign for the election</source>
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
    <name>MinutesDialog</name>
    <message>
        <source>Counting minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered voters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voters who voted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Law-study participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters who took part in studying the election law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law-study participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ported at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the area reported; leave unticked when the minutes give no time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots (one row per ballot held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors in the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings on the minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective or person, as the proposal writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals only, e.g. Chuyên viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals only: agency or unit where the person works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the election unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominating a&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award &amp;form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the award form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher state award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huân chương Độc lập or higher, State title, CSTĐ toàn quốc (30 working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;chievement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The achievement the proposal gives, in short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the received date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominationText</name>
    <message>
        <source>Not tied to a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message>
        <source>clock stopped until the supplement arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>overdue by %n working day</numerusform>
            <numerusform>overdue by %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award money tables have no rate for this award form and nominee kind (Award settings…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate at today&apos;s rates: the amount is fixed by the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the rates in force on the decision date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nominations</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start appraisal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return for supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose to the council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province decides (Bằng khen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to the Prime Minister (BK TTg, Cờ thi đua CP, Huân chương Lao động)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded: Huân chương Độc lập or higher, State titles, CSTĐ toàn quốc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency or district decides (Giấy khen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tờ trình with the list of nominees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Báo cáo thành tích certified by the nominating level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of the nominating level&apos;s Emulation &amp; Reward Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret-ballot result of the council (≥ 80 % in favour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic copy of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public comment: 10 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 đ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>law study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bầu cử thêm or lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 polling areas of the unit have reported; it is eligible only when all have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has no results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged not met: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to an election unit: the measurable criteria do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit not fully reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measurable criterion applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <source>Award forms the campaigns offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds nominations by nominee name, unit, nominating agency, position or workplace; &quot;xa muong&quot; finds &quot;Xã Mường&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the nominations in this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nominated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the nominations from this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the nominations for this award form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by award form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ligibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the eligible, the failing, those not tied to a unit or the duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the undecided nominations past their appraisal deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award decisions recorded so far, with the money they award:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award decisions with their money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ward forms</source>
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
        <source>The date is after today: choose today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no election unit has the code &quot;%1&quot;; import the units first or correct the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no election unit has the code &quot;%1&quot;; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency is named or abbreviated &quot;%1&quot;; add it in the Agencies area or correct the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency is named or abbreviated &quot;%1&quot;; the closest known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no campaign offers the award form &quot;%1&quot;; load the campaign&apos;s plan first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, for example 2021-06-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is after today; write the day the dossier arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 rows; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several agencies are named or abbreviated &quot;%1&quot;: %2; write the full name of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats line %2; keep one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large for one import; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is too long for an import (at most 65,536 characters and 256 fields); remove what does not belong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Meeting schedule status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks status by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination list (attachment to a submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign results by district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting of the steering plans as of today: its deadline as the plan words it, whether it was held, is late or overdue, the agencies responsible for it by role, and its conclusions. Usually issued by the steering committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standing tasks of the plans grouped by the agency that leads them, with their due dates and where each stands as of today: for the steering committee&apos;s review of who is behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nominations to attach to a submission (tờ trình) for awards: grouped by award form, with each nominee&apos;s eligibility from the election results, the criteria not met, the totals and the award money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s results for each district and the province: turnout, invalid ballots, law study and eligibility for an award, with a chart of turnout against the 99.90 % threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party body (Guidance 36-HD/VPTW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State body (Decree 30/2020/NĐ-CP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the title lines only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on behalf of a collective body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a deputy signing for the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by order of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 acting head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>meets the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the target (hatched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, last allowed day %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, not yet held: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held after the deadline: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s): %1.</source>
        <translation>
            <numerusform>Due within %n day: %1.</numerusform>
            <numerusform>Due within %n days: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting is overdue or was held late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the plans hold no meetings, so there is no schedule to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, the plans hold %n meeting(s). The table below counts them by status; Appendix I lists each meeting with its deadline as the plan words it, its last allowed day, the responsible agencies and its conclusions.</source>
        <translation>
            <numerusform>%1, the plans hold %n meeting. The table below counts it by status; Appendix I lists the meeting with its deadline as the plan words it, its last allowed day, the responsible agencies and its conclusions.</numerusform>
            <numerusform>%1, the plans hold %n meetings. The table below counts them by status; Appendix I lists each meeting with its deadline as the plan words it, its last allowed day, the responsible agencies and its conclusions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>II. MEETINGS NEEDING ATTENTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the meeting schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n qualitative condition(s) not judged yet</source>
        <translation>
            <numerusform>%n qualitative condition not judged yet</numerusform>
            <numerusform>%n qualitative conditions not judged yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or workplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominating agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award money (đồng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award form</source>
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
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, the list holds %n nomination(s) (collectives: %2, individuals: %3), grouped by award form in the appendix.</source>
        <translation>
            <numerusform>%1, the list holds %n nomination (collectives: %2, individuals: %3), grouped by award form in the appendix.</numerusform>
            <numerusform>%1, the list holds %n nominations (collectives: %2, individuals: %3), grouped by award form in the appendix.</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the measurable criteria of the campaign: %1 eligible, %2 not eligible, %3 not measured (not tied to an election unit, or no criterion applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award money: %1 đồng in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of this, %1 đồng (marked *) is estimated at today&apos;s rates for nominations not yet decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s) (marked —) have no rate in the award settings: a state award is paid by the level that decides it.</source>
        <translation>
            <numerusform>%n nomination (marked —) has no rate in the award settings: a state award is paid by the level that decides it.</numerusform>
            <numerusform>%n nominations (marked —) have no rate in the award settings: a state award is paid by the level that decides it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected nomination(s) are not listed.</source>
        <translation>
            <numerusform>%n rejected nomination is not listed.</numerusform>
            <numerusform>%n rejected nominations are not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no nomination is waiting to be proposed for an award, so there is no list to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of collectives and individuals proposed for awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* estimated at today&apos;s rates: no decision yet. — no rate in the award settings. Percentages are floored to two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPENDIX %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Attached to %1 No. %2 dated %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
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
        <source>Held on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>held %n day(s) late</source>
        <translation>
            <numerusform>held %n day late</numerusform>
            <numerusform>held %n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Last allowed day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On request: no date</source>
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I. GENERAL SITUATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status as of %1. &quot;Due soon&quot; means that the last allowed day falls within %n day(s).</source>
        <translation>
            <numerusform>Status as of %1. &quot;Due soon&quot; means that the last allowed day falls within %n day.</numerusform>
            <numerusform>Status as of %1. &quot;Due soon&quot; means that the last allowed day falls within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fully reported: %1 of %2 polling areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fully reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest invalid ballot share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied the election law (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout by unit (%, floored to two decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of %3 polling areas have reported their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign sets measurable criteria, so no unit is judged eligible or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit is eligible when all its polling areas have reported and it meets every criterion of the campaign: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 registered voters voted (turnout %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 units below it are eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no election units and results have been imported, so there are no results to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages are floored to two decimals, never rounded, so that a shown figure never contradicts its decision. Units without registered voters are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election results by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are sums over the polling areas that have reported. Percentages are floored to two decimals; &quot;—&quot; means not computable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead agency named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-ordinating agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left or overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the plans give no standing tasks to any agency, so there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, the plans give %n standing task(s) to their lead agencies. The tables below count them by status and by lead agency; Appendix I lists each task with its co-ordinating agencies, deadline and status.</source>
        <translation>
            <numerusform>%1, the plans give %n standing task to their lead agencies. The tables below count it by status and by lead agency; Appendix I lists the task with its co-ordinating agencies, deadline and status.</numerusform>
            <numerusform>%1, the plans give %n standing tasks to their lead agencies. The tables below count them by status and by lead agency; Appendix I lists each task with its co-ordinating agencies, deadline and status.</numerusform>
        </translation>
    </message>
    <message>
        <source>II. TASKS BY LEAD AGENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks without a date are standing duties that the plans give no deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing tasks by lead agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report; Enter shows its preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer, number, date, title, signature and recipients of this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Letterhead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pages as they will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a PDF file, the document of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as one web page, for a quick look in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message numerus="yes">
        <source>passes with %n voter(s) to spare</source>
        <translation>
            <numerusform>passes with %n voter to spare</numerusform>
            <numerusform>passes with %n voters to spare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) short</source>
        <translation>
            <numerusform>%n voter short</numerusform>
            <numerusform>%n voters short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passes; %n more invalid ballot(s) would still pass</source>
        <translation>
            <numerusform>passes; %n more invalid ballot would still pass</numerusform>
            <numerusform>passes; %n more invalid ballots would still pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ballot(s) too many</source>
        <translation>
            <numerusform>%n invalid ballot too many</numerusform>
            <numerusform>%n invalid ballots too many</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout cannot be computed: no registered voters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout %1; the campaign sets no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout %1, needs %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share who studied the election law cannot be computed: no registered voters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied the election law %1; the campaign sets no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studied the election law %1, needs %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invalid share cannot be computed: a ballot has no counting result or received no ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest invalid share %1 (%2); the campaign sets no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest invalid share %1 (%2), needs %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counting results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballot needed bầu cử thêm or bầu cử lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) needed bầu cử thêm or bầu cử lại%1.</source>
        <translation>
            <numerusform>%n ballot needed bầu cử thêm or bầu cử lại%1.</numerusform>
            <numerusform>%n ballots needed bầu cử thêm or bầu cử lại%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>: fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for the award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 polling areas have reported; a unit is eligible only when all have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Turnout is only %n voter(s) above the line.</source>
        <translation>
            <numerusform>Turnout is only %n voter above the line.</numerusform>
            <numerusform>Turnout is only %n voters above the line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share who studied the law is only %n voter(s) above the line.</source>
        <translation>
            <numerusform>The share who studied the law is only %n voter above the line.</numerusform>
            <numerusform>The share who studied the law is only %n voters above the line.</numerusform>
        </translation>
    </message>
    <message>
        <source>National Assembly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune council</source>
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
        <source>Polling area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters who studied the election law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run (bầu cử lại)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional election (bầu cử thêm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The invalid share is only %n ballot(s) below the line.</source>
        <translation>
            <numerusform>The invalid share is only %n ballot below the line.</numerusform>
            <numerusform>The invalid share is only %n ballots below the line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Measurable award criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code or name (accents optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units with their figures and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are checked against these measurable award criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Official lock history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the results were marked official or unlocked, by whom and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest invalid share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bầu cử thêm or bầu cử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n ballot</numerusform>
            <numerusform>%n ballots</numerusform>
        </translation>
    </message>
    <message>
        <source>Not computable: no polling area below has reported its ballots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computable: the figures are missing or the denominator is zero. A unit that cannot be computed is not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots of the polling areas below that needed bầu cử thêm or bầu cử lại: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot with the highest share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages are floored to two decimals, never rounded up, so the figure shown always agrees with the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign does not require this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– no criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n area(s) left</source>
        <translation>
            <numerusform>… %n area left</numerusform>
            <numerusform>… %n areas left</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report order yet: the unit has not reported completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reported first of the %n sibling unit(s) that have reported.</source>
        <translation>
            <numerusform>Reported first of the %n sibling unit that has reported.</numerusform>
            <numerusform>Reported first of the %n sibling units that have reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported in place %1 of the %n sibling unit(s) that have reported.</source>
        <translation>
            <numerusform>Reported in place %1 of the %n sibling unit that has reported.</numerusform>
            <numerusform>Reported in place %1 of the %n sibling units that have reported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling area has reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling area has not reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n polling area(s) have reported.</source>
        <translation>
            <numerusform>The %n polling area has reported.</numerusform>
            <numerusform>All %n polling areas have reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n polling area(s) have not reported yet.</source>
        <translation>
            <numerusform>%1 of %n polling area has not reported yet.</numerusform>
            <numerusform>%1 of %n polling areas have not reported yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked official by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked by %1 on %2. Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>&quot;%1&quot; is not a whole number in digits only; write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; write digits only, without signs, separators or spaces (for example 12345)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than any count can be (at most 999999999); check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date and time; write ISO 8601, for example 2021-05-23T19:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has the code &quot;%1&quot;; write the code of a unit in this file or already imported, or leave it empty for a top-level unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; would place the unit under itself; correct the parent codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit &quot;%2&quot; stands under this unit, so its level cannot be &quot;%1&quot;; a parent stands higher than its children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; is at level &quot;%2&quot;, not above this unit; the order is province, district, commune, area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has voter figures, so it cannot have units under it; import it without figures first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other units name this unit as their parent, so its figures must be empty: figures belong to the polling areas and are summed upwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered_voters, voters_voted and law_study_participants are given together, or all left empty while the unit has not reported; fill this one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; already has counting results, so it cannot have units under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voters voted but only %2 are registered; check the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voters studied the election law but only %2 are registered; check the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit has the code &quot;%1&quot;; import the units file first or correct the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has units under it; counting results belong to polling areas, whose sums make the totals above them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has no voter figures yet; import its registered_voters, voters_voted and law_study_participants with the units file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ballots issued but only %2 voters are registered; a voter gets one ballot of each kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit has counting results, so its voter figures cannot be left empty; give all three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ballots received but only %2 issued; the box cannot hold more than was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid and invalid ballots add up to %2 but %1 were received; every ballot taken out is either valid or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 of %2 registered voters voted (50 % or less) and bầu cử lại is not marked; the law requires a re-run (Art. 80): mark revote or check the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ballots received are invalid (more than 5 %); check the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ballots received but %2 voters voted (more than 2 % apart); explain the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ballots issued but %2 voters voted; the team must compare them and explain the difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ballots received of %2 issued; a ballot was not put in the box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody voted although %1 voters are registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registered voters: percentages cannot be computed and the unit can never pass a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of fields on a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown level, ballot or flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units under themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent not above its child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures on a unit with children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some voter figures missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results on a unit that gets children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More voters voted than registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More studied the law than registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for a unit with children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results before voter figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots issued than voters registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ballots received than issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid + invalid ≠ received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures removed from a unit with results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout of 50 % or less without bầu cử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually many invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots received far from voters who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots issued differ from voters who voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer ballots received than issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registered voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sheet as &quot;CSV UTF-8&quot; with a header line and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a field that contains a comma or a quote in quotes, and double the quotes inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the message names; the columns are listed in docs/rules.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format the column as plain numbers without thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time the unit reported as 2021-05-23T19:30, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one line for each code or each (unit, ballot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check parent_code: a district names its province, a commune its district (or province), a polling area its commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give figures only for the polling areas; the totals above are sums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the figures with the signed counting minutes and correct the one that was keyed wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the units file first, then the results of its polling areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the election committee whether a re-run was decided and mark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are legal; confirm them with the polling team and note the explanation in the minutes.</source>
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
    <message>
        <source>Daily &amp;backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the first start of each day a backup of the database is written into the folder &quot;backups&quot; beside it; this many of the newest are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleRefusal</name>
    <message>
        <source>Reload it now? Your edits in this window will be dropped. Choose No to keep the window open and copy what you need first.</source>
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
    <message>
        <source>Measure the start-up: print &quot;first_paint_ms &lt;milliseconds&gt;&quot; (from the start of the program to the first paint of the main window) and quit. The offer of demo data for an empty database is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database for viewing only: nothing can be changed or saved. A file you may not write is opened so anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
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
    <name>ed::gui::AwardSettingsDialog</name>
    <message>
        <source>Type the amount in đồng, greater than 0, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number above 0 with at most three decimals, e.g. %1 or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked rows first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::BackupActions</name>
    <message>
        <source>ElectionDesk backups (*.bak *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all the current data with the backup %1?

The backup was taken on %2 and has schema version %3 (this program: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be upgraded to this program&apos;s schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current data is first saved to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was restored from %1. The data it replaced was saved to %2.</source>
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
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: the file “%1” has %n problem(s), and a file with any problem is refused whole. Correct the file and import it again. You can select and copy the list below.</source>
        <translation>
            <numerusform>Nothing can be imported: the file “%1” has %n problem, and a file with any problem is refused whole. Correct the file and import it again. You can select and copy the list below.</numerusform>
            <numerusform>Nothing can be imported: the file “%1” has %n problems, and a file with any problem is refused whole. Correct the file and import it again. You can select and copy the list below.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file “%1” has no problem. Importing it changes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n warning(s): the figures are possible but must be explained. Import only if you have checked them.</source>
        <translation>
            <numerusform>It has %n warning: the figures are possible but must be explained. Import only if you have checked them.</numerusform>
            <numerusform>It has %n warnings: the figures are possible but must be explained. Import only if you have checked them.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit ▸ Undo, and the edits made before it can no longer be undone either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
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
    <name>ed::gui::LetterheadDialog</name>
    <message>
        <source>Letterhead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore pr&amp;oposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form with the letterhead proposed from the plans and agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an agency or write the name in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only, as 15; or leave it blank for the clerk&apos;s pen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore proposed</source>
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
    <message>
        <source>&lt;h3&gt;ElectionDesk %1&lt;/h3&gt;&lt;p&gt;A workbench for the election steering office: plans, meetings, tasks, agencies, election results, the review of award nominations and printed reports in the official document formats.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This database is open for viewing only: you may not write to the file, or it was opened with --read-only. Changes are refused and nothing is saved. To work on it, copy it to a folder where you may write and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
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
    <name>ed::gui::MinutesDialog</name>
    <message>
        <source>Counting minutes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 (%3). Type the figures as the counting minutes give them; the checks run as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bầu cử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bầu cử thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick for a ballot this area did not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ballots received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bầu cử lại needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bầu cử thêm needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the errors listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one ballot the area held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The minutes are possible but have %n warning(s):</source>
        <translation>
            <numerusform>The minutes are possible but have %n warning:</numerusform>
            <numerusform>The minutes are possible but have %n warnings:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them anyway? Say yes only after checking the paper minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::NominationDetailPanel</name>
    <message>
        <source>&amp;Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;&amp; &amp;money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fails or is left to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk&apos;s judgements on the qualitative criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents the dossier must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a nomination to see its eligibility, dossier and trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to an election unit: the measurable criteria (turnout, law study, invalid ballots, no re-vote) cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1: no results have been imported or entered for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 (%2): %3 registered voters, %4 voted, %5 studied the election law; polling areas reported: %6 of %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The dossier is filed in %n original(s).</source>
        <translation>
            <numerusform>The dossier is filed in %n original.</numerusform>
            <numerusform>The dossier is filed in %n originals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every document is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing.</source>
        <translation>
            <numerusform>%n document missing.</numerusform>
            <numerusform>%n documents missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1 of %2, signed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nomination&apos;s trail, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award money:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other nominations of the same nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select this nomination in the queue (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same nominee (same kind and name, and the same unit or workplace) is nominated more than once in the campaign. Keep one nomination and reject the others with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed although a criterion fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; the decision is still to be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an estimate at today&apos;s rates (the decision date fixes the amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) from %2, due %3</source>
        <translation>
            <numerusform>%1: %n working day from %2, due %3</numerusform>
            <numerusform>%1: %n working days from %2, due %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · nominated by %3 for %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::NominationDialog</name>
    <message>
        <source>No election unit is called that: choose one from the list, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency is called that: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a code or name; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The election unit the nominee stands for: its results decide the measurable criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the agency&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the award form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a state award: these are forwarded with 30 working days to appraise instead of 15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the dossier arrived; never after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit nomination — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New nomination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::NominationTableModel</name>
    <message>
        <source>Position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same nominee as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document of the dossier is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) from %2)</source>
        <translation>
            <numerusform>%1 (%n working day from %2)</numerusform>
            <numerusform>%1 (%n working days from %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day of the appraisal in working days (weekends and public holidays do not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appraisal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::NominationsPage</name>
    <message>
        <source>Appraise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New nomination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a nomination received on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a nominating agency&apos;s list (CSV) after a preview of every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays, appraisal limits in working days and the award money tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: select one or more nominations first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed for %2 in the status they are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected nomination(s)</source>
        <translation>
            <numerusform>%1 for the %n selected nomination</numerusform>
            <numerusform>%1 for the %n selected nominations</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the current nomination&apos;s details (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a nomination first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to add, %2 already stored (%n row(s) read)</source>
        <translation>
            <numerusform>%1 to add, %2 already stored (%n row read)</numerusform>
            <numerusform>%1 to add, %2 already stored (%n rows read)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination %1 is received and recorded in its trail. A nomination is never deleted, so Undo does not take this back: reject it with a reason if it was entered by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit nomination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported: %n nomination(s) received, %2 already stored. Each is recorded in its trail.</source>
        <translation>
            <numerusform>“%1” is imported: %n nomination received, %2 already stored. Each is recorded in its trail.</numerusform>
            <numerusform>“%1” is imported: %n nominations received, %2 already stored. Each is recorded in its trail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Award settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n nominations)</source>
        <translation>
            <numerusform>%1 (%n nomination)</numerusform>
            <numerusform>%1 (%n nominations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %n nomination(s). Edit ▸ Undo takes it back (the trail keeps both).</source>
        <translation>
            <numerusform>%1: done for %n nomination. Edit ▸ Undo takes it back (the trail keeps both).</numerusform>
            <numerusform>%1: done for %n nominations. Edit ▸ Undo takes it back (the trail keeps both).</numerusform>
        </translation>
    </message>
    <message>
        <source>Judgement on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All award forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under appraisal</source>
        <translation>
            <numerusform>%n under appraisal</numerusform>
            <numerusform>%n under appraisal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned for supplement</source>
        <translation>
            <numerusform>%n returned for supplement</numerusform>
            <numerusform>%n returned for supplement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n proposed</numerusform>
            <numerusform>%n proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n flagged</numerusform>
            <numerusform>%n flagged</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the overdue nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the nominations failing a criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the nominations with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n without a rate)</source>
        <translation>
            <numerusform>%1 (%n without a rate)</numerusform>
            <numerusform>%1 (%n without a rate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), %1 of award money in total.</source>
        <translation>
            <numerusform>%n decision, %1 of award money in total.</numerusform>
            <numerusform>%n decisions, %1 of award money in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n nomination(s)</source>
        <translation>
            <numerusform>%1 of %n nomination</numerusform>
            <numerusform>%1 of %n nominations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — updating eligibility, duplicates and deadlines…</source>
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
    <name>ed::gui::ReportOutput</name>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer %1.</source>
        <translation>
            <numerusform>Sent %n page to the printer %1.</numerusform>
            <numerusform>Sent %n pages to the printer %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the report to the printer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::ReportsPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no signature block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::ResultsPage</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign defines measurable criteria (turnout, law study, invalid ballots, no bầu cử thêm or bầu cử lại), so no unit can be decided eligible. The figures are shown as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;minutes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;official…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are official: imports and manual entry are refused until they are unlocked (Unlock…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the units file (code, name, parent_code, level, figures) after a preview of every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the counting results file (one row per unit and ballot) after a preview of every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a polling area first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes are typed in for a polling area (a unit without units under it); the figures above are sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the counting minutes of the selected polling area (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are already official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the results official: imports and edits are refused until an unlock with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the official results; the reason is required and recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are not official: nothing to unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official results. %1 Imports and manual entry are refused until someone unlocks them with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are not official any more. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole history is on the “Official lock history” tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged (%n row(s) read)</source>
        <translation>
            <numerusform>%1 added, %2 updated, %3 unchanged (%n row read)</numerusform>
            <numerusform>%1 added, %2 updated, %3 unchanged (%n rows read)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import counting results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is imported: %2 added, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting minutes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the results as official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the election results as official?

Imports and manual entry are then refused until someone unlocks the results, giving a reason. Your name and the time are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are official, so imports and manual entry are refused. Unlock them first (Unlock…), giving the reason; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the results of every unit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::ResultsTreeModel</name>
    <message>
        <source>✎ These figures were typed in by hand, not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✎ %n polling area(s) below have figures typed in by hand.</source>
        <translation>
            <numerusform>✎ %n polling area below has figures typed in by hand.</numerusform>
            <numerusform>✎ %n polling areas below have figures typed in by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported yet. Press Enter to type in the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum over the polling areas that have reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign defines measurable criteria: nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floored to two decimals (never rounded up); hover a cell for the exact fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling areas that have reported / polling areas below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in which the unit completed its report among its siblings / siblings that have completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thêm/lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
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
    <name>ed::gui::StepDialog</name>
    <message>
        <source>Fill in the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Start appraising %n nomination(s).</source>
        <translation>
            <numerusform>Start appraising %n nomination.</numerusform>
            <numerusform>Start appraising %n nominations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n nomination(s) for supplement.</source>
        <translation>
            <numerusform>Return %n nomination for supplement.</numerusform>
            <numerusform>Return %n nominations for supplement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the supplement of %n nomination(s): their appraisal clock restarts on the day it arrived.</source>
        <translation>
            <numerusform>Record the supplement of %n nomination: its appraisal clock restarts on the day it arrived.</numerusform>
            <numerusform>Record the supplement of %n nominations: their appraisal clock restarts on the day it arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Propose %n nomination(s) to the Emulation and Reward Council.</source>
        <translation>
            <numerusform>Propose %n nomination to the Emulation and Reward Council.</numerusform>
            <numerusform>Propose %n nominations to the Emulation and Reward Council.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n nomination(s).</source>
        <translation>
            <numerusform>Approve %n nomination.</numerusform>
            <numerusform>Approve %n nominations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n nomination(s).</source>
        <translation>
            <numerusform>Reject %n nomination.</numerusform>
            <numerusform>Reject %n nominations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the award decision of %n nomination(s).</source>
        <translation>
            <numerusform>Record the award decision of %n nomination.</numerusform>
            <numerusform>Record the award decision of %n nominations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record that the certificates of %n nomination(s) were handed over.</source>
        <translation>
            <numerusform>Record that the certificate of %n nomination was handed over.</numerusform>
            <numerusform>Record that the certificates of %n nominations were handed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n nomination(s).</source>
        <translation>
            <numerusform>%1: %n nomination.</numerusform>
            <numerusform>%1: %n nominations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1234/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (type the date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND tỉnh Nguyễn Văn A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement &amp;received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handed over on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These nominees fail a criterion; give the &amp;reason to propose them anyway (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to propose anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
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
<context>
    <name>ed::gui::UnitDetailPanel</name>
    <message numerus="yes">
        <source>%1 of %n area(s)</source>
        <translation>
            <numerusform>%1 of %n area</numerusform>
            <numerusform>%1 of %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Near misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the unit passes or fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures per ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bầu cử thêm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bầu cử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floored to two decimals; hover a cell for the exact fraction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a unit to see why it passes or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign defines measurable criteria, so nothing is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling area has not reported: press Enter (or Enter minutes…) to type in its counting minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report order among its siblings: %1 of %2 (1 = first); complete at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report order among its siblings: none yet (not every polling area below has reported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling areas reported: %1 of %2; not yet reported: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ The voter figures were typed in by hand, not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sum over the %n polling area(s) that held this ballot.</source>
        <translation>
            <numerusform>Sum over the %n polling area that held this ballot.</numerusform>
            <numerusform>Sum over the %n polling areas that held this ballot.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 invalid of %2 received, floored to two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ballot received: not computable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ed::gui::UnlockDialog</name>
    <message>
        <source>Unlock the official results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results are official. Unlocking them allows imports and manual entry again; the reason is recorded with your name and the time, and shown in the lock history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Correction of area 07&apos;s minutes after a recount, decided by the Ủy ban bầu cử on …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
