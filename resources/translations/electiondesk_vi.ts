<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgenciesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>Name or abbreviation; accents optional</source>
        <translation>Tên hoặc tên viết tắt; có thể gõ không dấu</translation>
    </message>
    <message>
        <source>Agency directory</source>
        <translation>Danh mục cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Add an agency to the directory (Ctrl+N)</source>
        <translation>Thêm cơ quan, đơn vị vào danh mục (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New agency…</source>
        <translation>Thê&amp;m cơ quan, đơn vị…</translation>
    </message>
    <message>
        <source>Change the selected agency (Enter or double-click)</source>
        <translation>Sửa cơ quan, đơn vị đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Chỉ&amp;nh sửa…</translation>
    </message>
    <message>
        <source>Delete the selected agency (Del)</source>
        <translation>Xóa cơ quan, đơn vị đang chọn (Del)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Add or update agencies from a CSV file with the columns name, abbreviation, level, kind and parent</source>
        <translation>Thêm hoặc cập nhật cơ quan, đơn vị từ tệp CSV có các cột name, abbreviation, level, kind và parent</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>N&amp;hập…</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Full name, as the plans print it</source>
        <translation>Tên đầy đủ, như ghi trong kế hoạch</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Vấn đề ở tên</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Optional, e.g. Ban Tổ chức TU</source>
        <translation>Không bắt buộc, ví dụ Ban Tổ chức TU</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>Trực th&amp;uộc:</translation>
    </message>
    <message>
        <source>The agency this one belongs to. Type part of a name or abbreviation; accents optional.</source>
        <translation>Cơ quan cấp trên của cơ quan, đơn vị này. Gõ một phần tên hoặc tên viết tắt; có thể gõ không dấu.</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Problem with the parent agency</source>
        <translation>Vấn đề ở cơ quan cấp trên</translation>
    </message>
</context>
<context>
    <name>AwardSettingsDialog</name>
    <message>
        <source>Award settings</source>
        <translation>Thiết lập khen thưởng</translation>
    </message>
    <message>
        <source>Public &amp;holidays</source>
        <translation>Ngày nghỉ &amp;lễ, Tết</translation>
    </message>
    <message>
        <source>Days off by law or decision: Tết, national holidays and swapped days. The appraisal limits count working days without them.</source>
        <translation>Ngày nghỉ theo quy định của pháp luật hoặc theo quyết định: Tết, ngày lễ và ngày nghỉ hoán đổi. Thời hạn thẩm định được tính theo ngày làm việc, không kể các ngày này.</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Ngày nghỉ lễ, Tết</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>Thêm &amp;ngày nghỉ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Problems with the holidays</source>
        <translation>Vấn đề ở ngày nghỉ lễ, Tết</translation>
    </message>
    <message>
        <source>Appraisal &amp;limits</source>
        <translation>Thời &amp;hạn thẩm định</translation>
    </message>
    <message>
        <source>Working days Sở Nội vụ has to appraise a complete dossier, counted from the day after it arrived.</source>
        <translation>Số ngày làm việc Sở Nội vụ có để thẩm định một hồ sơ đầy đủ, tính từ ngày tiếp theo ngày nhận hồ sơ.</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> ngày làm việc</translation>
    </message>
    <message>
        <source>Award &amp;money</source>
        <translation>&amp;Tiền thưởng</translation>
    </message>
    <message>
        <source>An award pays its coefficient × the base salary in force on the decision date, rounded up to the next 10,000 đ.</source>
        <translation>Tiền thưởng bằng hệ số × mức lương cơ sở có hiệu lực vào ngày ký quyết định, làm tròn lên đến bội số 10.000 đ gần nhất.</translation>
    </message>
    <message>
        <source>Base salaries</source>
        <translation>Mức lương cơ sở</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <source>Base salary (đồng)</source>
        <translation>Lương cơ sở (đồng)</translation>
    </message>
    <message>
        <source>Add &amp;base salary</source>
        <translation>Thêm mức lương &amp;cơ sở</translation>
    </message>
    <message>
        <source>Problems with the base salaries</source>
        <translation>Vấn đề ở mức lương cơ sở</translation>
    </message>
    <message>
        <source>Award coefficients</source>
        <translation>Hệ số tiền thưởng</translation>
    </message>
    <message>
        <source>Award level</source>
        <translation>Cấp khen thưởng</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Coefficient (× base)</source>
        <translation>Hệ số (× lương cơ sở)</translation>
    </message>
    <message>
        <source>Add &amp;coefficient</source>
        <translation>Thêm hệ &amp;số</translation>
    </message>
    <message>
        <source>Problems with the coefficients</source>
        <translation>Vấn đề ở hệ số</translation>
    </message>
</context>
<context>
    <name>CalendarWording</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no later than %1</source>
        <translation>chậm nhất %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>trước ngày %1</translation>
    </message>
    <message>
        <source>Comes after</source>
        <translation>Diễn ra sau</translation>
    </message>
    <message>
        <source>Comes before</source>
        <translation>Diễn ra trước</translation>
    </message>
    <message>
        <source>Must come after the %1 (%2) but it was held on %3</source>
        <translation>Phải diễn ra sau mốc “%1” (%2) nhưng đã họp ngày %3</translation>
    </message>
    <message>
        <source>Must come after the %1 (%2) but its last allowed day is %3</source>
        <translation>Phải diễn ra sau mốc “%1” (%2) nhưng hạn cuối là %3</translation>
    </message>
    <message>
        <source>Must come before the %1 (%2) but it was held on %3</source>
        <translation>Phải diễn ra trước mốc “%1” (%2) nhưng đã họp ngày %3</translation>
    </message>
    <message>
        <source>Must come before the %1 (%2) but its last allowed day is %3</source>
        <translation>Phải diễn ra trước mốc “%1” (%2) nhưng hạn cuối là %3</translation>
    </message>
    <message>
        <source>Must come by the outside deadline “%1” (%2) but it was held on %3</source>
        <translation>Phải kịp thời hạn của cơ quan khác “%1” (%2) nhưng đã họp ngày %3</translation>
    </message>
    <message>
        <source>Must come by the outside deadline “%1” (%2) but its last allowed day is %3</source>
        <translation>Phải kịp thời hạn của cơ quan khác “%1” (%2) nhưng hạn cuối là %3</translation>
    </message>
    <message>
        <source>Tied to the %1, a step that %2 does not list</source>
        <translation>Gắn với mốc “%1”, là bước mà %2 không quy định</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n điểm không phù hợp</numerusform>
        </translation>
    </message>
    <message>
        <source>Too early</source>
        <translation>Quá sớm</translation>
    </message>
    <message>
        <source>Too late</source>
        <translation>Quá muộn</translation>
    </message>
    <message>
        <source>Not in the regime</source>
        <translation>Không có trong luật áp dụng</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>chưa xác định</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Creates the database, or upgrades it to this program&apos;s schema after writing a dated copy beside it.</source>
        <translation>Tạo cơ sở dữ liệu, hoặc nâng cấp cơ sở dữ liệu lên lược đồ của chương trình này sau khi ghi một bản sao có ghi ngày vào cùng thư mục.</translation>
    </message>
    <message>
        <source>Runs the integrity check and shows the schema version. Exits with 1 when the database is damaged or refused.</source>
        <translation>Kiểm tra tính toàn vẹn và hiển thị phiên bản lược đồ. Kết thúc với mã 1 khi cơ sở dữ liệu bị hỏng hoặc bị từ chối.</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the live database into a new file, also while other programs use it.</source>
        <translation>Ghi một bản sao nhất quán của cơ sở dữ liệu đang dùng vào một tệp mới, kể cả khi chương trình khác đang sử dụng cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 cần có giá trị.</translation>
    </message>
    <message>
        <source>--today: &apos;%1&apos; is not a date; write it as YYYY-MM-DD, e.g. 2021-05-23.</source>
        <translation>--today: &apos;%1&apos; không phải là ngày; hãy ghi theo dạng YYYY-MM-DD, ví dụ 2021-05-23.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Không có lệnh &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Hiển thị trợ giúp này.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>Fill an empty database with the two seed plans.</source>
        <translation>Nạp hai kế hoạch mẫu vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The database already holds data; the demo data is loaded only into an empty one. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu đã có dữ liệu; dữ liệu mẫu chỉ được nạp vào cơ sở dữ liệu trống. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Demo data loaded: plans 01-KH/BCĐ and 508/KH-UBND.</source>
        <translation>Đã nạp dữ liệu mẫu: các kế hoạch 01-KH/BCĐ và 508/KH-UBND.</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Phiên bản lược đồ: %1 (chương trình này: %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Tính toàn vẹn: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>HỎNG</translation>
    </message>
    <message>
        <source>Foreign keys: %1</source>
        <translation>Khóa ngoại: %1</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>LỖI</translation>
    </message>
    <message>
        <source>First problem: %1</source>
        <translation>Vấn đề đầu tiên: %1</translation>
    </message>
    <message>
        <source>The new file to write; it must not exist.</source>
        <translation>Tệp mới cần ghi; tệp này phải chưa tồn tại.</translation>
    </message>
    <message>
        <source>%1 already exists; name a new file. Nothing was written.</source>
        <translation>%1 đã tồn tại; hãy chỉ định một tệp mới. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>Không ghi được bản sao lưu vào %1: %2</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Đã ghi bản sao lưu: %1</translation>
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
        <translation>Cách dùng: electiondesk-cli [--db PATH] [--today YYYY-MM-DD] COMMAND [ARGS]

Tùy chọn chung (đặt trước hoặc sau lệnh):
  --db PATH            tệp cơ sở dữ liệu (mặc định: %1)
  --today YYYY-MM-DD   ngày được lấy làm ngày hôm nay (mặc định: ngày của hệ thống)
  -h, --help           trợ giúp này; COMMAND --help hiển thị trợ giúp của một lệnh
  --version            phiên bản của chương trình

Các lệnh:
%2
Mã kết thúc: 0 thành công, 1 bị từ chối (không có gì thay đổi), 2 dùng sai cú pháp.
</translation>
    </message>
    <message>
        <source>Lists every plan&apos;s meetings with their deadline, last allowed day, status and whether they are overdue on --today.</source>
        <translation>Liệt kê các cuộc họp của mọi kế hoạch kèm thời hạn, hạn cuối, trạng thái và cho biết cuộc họp có quá hạn vào ngày --today hay không.</translation>
    </message>
    <message>
        <source>Lists every plan&apos;s standing tasks with their agencies, deadline, status and whether they are overdue on --today.</source>
        <translation>Liệt kê các nhiệm vụ của mọi kế hoạch kèm cơ quan, đơn vị, thời hạn, trạng thái và cho biết nhiệm vụ có quá hạn vào ngày --today hay không.</translation>
    </message>
    <message>
        <source>Imports agencies from a CSV file (name,abbreviation,level,kind,parent), adding new ones and updating those with the same name; a file with any problem is refused whole. Or lists the directory.</source>
        <translation>Nhập cơ quan, đơn vị từ tệp CSV (name,abbreviation,level,kind,parent): thêm cơ quan, đơn vị mới và cập nhật cơ quan, đơn vị trùng tên; tệp có bất kỳ vấn đề nào sẽ bị từ chối toàn bộ. Hoặc liệt kê danh mục.</translation>
    </message>
    <message>
        <source>Writes meetings, task deadlines and the legal milestones as an iCalendar file that Thunderbird and Outlook import.</source>
        <translation>Ghi các cuộc họp, thời hạn nhiệm vụ và các mốc theo luật ra tệp iCalendar để nhập vào Thunderbird hoặc Outlook.</translation>
    </message>
    <message>
        <source>Output format: csv, json or table (default).</source>
        <translation>Định dạng đầu ra: csv, json hoặc table (mặc định).</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; write csv, json or table.</source>
        <translation>Không có định dạng &quot;%1&quot;; hãy ghi csv, json hoặc table.</translation>
    </message>
    <message>
        <source>List them.</source>
        <translation>Liệt kê danh sách.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was written.</source>
        <translation>Không đọc được %1: %2. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Agencies imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Đã nhập cơ quan, đơn vị: thêm mới %1, cập nhật %2, giữ nguyên %3.</translation>
    </message>
    <message>
        <source>Import a file, or list them.</source>
        <translation>Nhập từ tệp, hoặc liệt kê danh mục.</translation>
    </message>
    <message>
        <source>For import: the CSV file, UTF-8, a header line, columns name, abbreviation, level, kind, parent.</source>
        <translation>Khi nhập: tệp CSV, mã UTF-8, có dòng tiêu đề, các cột name, abbreviation, level, kind, parent.</translation>
    </message>
    <message>
        <source>Export the calendar.</source>
        <translation>Xuất lịch.</translation>
    </message>
    <message>
        <source>The .ics file to write; an older one is replaced.</source>
        <translation>Tệp .ics cần ghi; tệp cũ cùng tên sẽ bị thay thế.</translation>
    </message>
    <message>
        <source>ElectionDesk schedule</source>
        <translation>Lịch công tác ElectionDesk</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Legal milestone</source>
        <translation>Mốc theo luật</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Calendar written: %1</source>
        <translation>Đã ghi lịch: %1</translation>
    </message>
    <message>
        <source>Lists the numbered checks on units and counting results (E… errors refuse a file, W… warnings ask for an explanation) with what to do about each.</source>
        <translation>Liệt kê các quy tắc kiểm tra được đánh số đối với đơn vị và kết quả kiểm phiếu (lỗi E… làm tệp bị từ chối, cảnh báo W… yêu cầu giải trình) kèm cách xử lý từng trường hợp.</translation>
    </message>
    <message>
        <source>Imports the election units (province, districts, communes, polling areas) with their voter figures from a CSV file, adding new ones and updating those with the same code; a file with any error is refused whole.</source>
        <translation>Nhập các đơn vị (tỉnh, huyện, xã, khu vực bỏ phiếu) cùng số liệu cử tri từ tệp CSV: thêm đơn vị mới và cập nhật đơn vị trùng mã; tệp có bất kỳ lỗi nào sẽ bị từ chối toàn bộ.</translation>
    </message>
    <message>
        <source>Imports the counting results per unit and ballot (a file with any error is refused whole), decides every unit against the campaign&apos;s criteria, or shows, sets or lifts the official lock that refuses imports and edits.</source>
        <translation>Nhập kết quả kiểm phiếu theo từng đơn vị và từng cuộc bầu cử (tệp có bất kỳ lỗi nào sẽ bị từ chối toàn bộ), đánh giá mọi đơn vị theo các tiêu chí của phong trào thi đua, hoặc xem, đặt hay gỡ khóa xác nhận chính thức (khóa không cho phép nhập và chỉnh sửa).</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>người dùng không xác định</translation>
    </message>
    <message>
        <source>Marked official on %1 by %2.</source>
        <translation>Được %2 xác nhận chính thức vào %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Nothing was imported.</source>
        <translation>Không đọc được %1: %2. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Chưa nhập gì.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… và %n vấn đề khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Units imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>Đã nhập đơn vị: thêm mới %1, cập nhật %2, giữ nguyên %3.</translation>
    </message>
    <message>
        <source>Results imported (one per unit and ballot): %1 added, %2 updated, %3 unchanged.</source>
        <translation>Đã nhập kết quả (mỗi đơn vị và cuộc bầu cử một bản ghi): thêm mới %1, cập nhật %2, giữ nguyên %3.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>… và %n cảnh báo khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>No plan is numbered &quot;%1&quot;: the database holds no plan. &quot;electiondesk-cli init --demo&quot; loads the seed plans into an empty database.</source>
        <translation>Không có kế hoạch số &quot;%1&quot;: cơ sở dữ liệu chưa có kế hoạch nào. Lệnh &quot;electiondesk-cli init --demo&quot; nạp các kế hoạch mẫu vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>No plan is numbered &quot;%1&quot;; the plans are: %2.</source>
        <translation>Không có kế hoạch số &quot;%1&quot;; các kế hoạch hiện có: %2.</translation>
    </message>
    <message>
        <source>Plan %1 has no campaign with measurable criteria (turnout, law study, invalid ballots, no re-vote) to decide the units against. Plans that have: %2.</source>
        <translation>Kế hoạch %1 không có phong trào thi đua nào có tiêu chí định lượng (tỷ lệ cử tri đi bầu, tham gia học tập Luật Bầu cử, phiếu không hợp lệ, không phải bầu cử thêm hoặc bầu cử lại) để đánh giá các đơn vị. Các kế hoạch có tiêu chí định lượng: %2.</translation>
    </message>
    <message>
        <source>No campaign with measurable criteria (turnout, law study, invalid ballots, no re-vote) is in the database, so there is nothing to decide the units against. Load the plan that sets them, such as 508/KH-UBND: &quot;electiondesk-cli init --demo&quot; loads it into an empty database.</source>
        <translation>Cơ sở dữ liệu chưa có phong trào thi đua nào có tiêu chí định lượng (tỷ lệ cử tri đi bầu, tham gia học tập Luật Bầu cử, phiếu không hợp lệ, không phải bầu cử thêm hoặc bầu cử lại) nên không có căn cứ để đánh giá các đơn vị. Hãy nạp kế hoạch quy định các tiêu chí này, chẳng hạn 508/KH-UBND: lệnh &quot;electiondesk-cli init --demo&quot; nạp kế hoạch này vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The results are official: imports and edits are refused until &quot;results unlock --reason TEXT&quot;.</source>
        <translation>Kết quả đã được xác nhận chính thức: không cho phép nhập và chỉnh sửa cho đến khi chạy &quot;results unlock --reason TEXT&quot;.</translation>
    </message>
    <message>
        <source>The results are not official: imports and edits are open.</source>
        <translation>Kết quả chưa được xác nhận chính thức: được phép nhập và chỉnh sửa.</translation>
    </message>
    <message>
        <source>They have never been marked official.</source>
        <translation>Kết quả chưa từng được xác nhận chính thức.</translation>
    </message>
    <message>
        <source>Lock history, oldest first:</source>
        <translation>Lịch sử khóa kết quả, từ cũ đến mới:</translation>
    </message>
    <message>
        <source>%1  marked official by %2</source>
        <translation>%1  được %2 xác nhận chính thức</translation>
    </message>
    <message>
        <source>%1  marked official by %2: %3</source>
        <translation>%1  được %2 xác nhận chính thức: %3</translation>
    </message>
    <message>
        <source>%1  unlocked by %2</source>
        <translation>%1  được %2 mở khóa</translation>
    </message>
    <message>
        <source>%1  unlocked by %2: %3</source>
        <translation>%1  được %2 mở khóa: %3</translation>
    </message>
    <message>
        <source>The results are already official; nothing was changed.</source>
        <translation>Kết quả đã được xác nhận chính thức từ trước; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The results are now official: imports and edits are refused until &quot;results unlock --reason TEXT&quot;.</source>
        <translation>Kết quả đã được xác nhận chính thức: không cho phép nhập và chỉnh sửa cho đến khi chạy &quot;results unlock --reason TEXT&quot;.</translation>
    </message>
    <message>
        <source>The results are not official, so there is nothing to unlock; nothing was changed.</source>
        <translation>Kết quả chưa được xác nhận chính thức nên không có gì để mở khóa; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The results are reopened for imports and edits. Reason recorded: %1</source>
        <translation>Kết quả đã được mở khóa để nhập và chỉnh sửa. Lý do đã ghi nhận: %1</translation>
    </message>
    <message>
        <source>Import a units file.</source>
        <translation>Nhập tệp đơn vị.</translation>
    </message>
    <message>
        <source>The CSV file, UTF-8, a header line, columns code, name, parent_code, level, registered_voters, voters_voted, law_study_participants, reported_at.</source>
        <translation>Tệp CSV, mã UTF-8, có dòng tiêu đề, các cột code, name, parent_code, level, registered_voters, voters_voted, law_study_participants, reported_at.</translation>
    </message>
    <message>
        <source>For evaluate: the plan whose campaign criteria decide, by its number (508/KH-UBND); by default the first plan that has measurable criteria.</source>
        <translation>Khi đánh giá (evaluate): kế hoạch có tiêu chí thi đua dùng để đánh giá, ghi theo số hiệu (508/KH-UBND); mặc định là kế hoạch đầu tiên có tiêu chí định lượng.</translation>
    </message>
    <message>
        <source>For lock: a note recorded with the lock.</source>
        <translation>Khi khóa (lock): ghi chú được lưu kèm lần khóa.</translation>
    </message>
    <message>
        <source>For unlock, required: why the official results are reopened; it is recorded.</source>
        <translation>Khi mở khóa (unlock), bắt buộc: lý do mở lại kết quả chính thức; lý do được ghi lại.</translation>
    </message>
    <message>
        <source>import (a results file), evaluate (every unit against the criteria), status (whether the results are official, and the lock&apos;s history), lock (mark them official) or unlock (reopen them).</source>
        <translation>import (nhập tệp kết quả), evaluate (đánh giá mọi đơn vị theo các tiêu chí), status (kết quả đã được xác nhận chính thức hay chưa, và lịch sử khóa), lock (xác nhận chính thức) hoặc unlock (mở khóa).</translation>
    </message>
    <message>
        <source>For import: the CSV file, UTF-8, a header line, columns unit_code, ballot, ballots_issued, ballots_received, valid_ballots, invalid_ballots, revote, additional_vote.</source>
        <translation>Khi nhập: tệp CSV, mã UTF-8, có dòng tiêu đề, các cột unit_code, ballot, ballots_issued, ballots_received, valid_ballots, invalid_ballots, revote, additional_vote.</translation>
    </message>
    <message>
        <source>--%1 belongs to &quot;results %2&quot; only.</source>
        <translation>--%1 chỉ dùng với &quot;results %2&quot;.</translation>
    </message>
    <message>
        <source>Unlocking official results needs a reason: write --reason &quot;…&quot;; it is recorded.</source>
        <translation>Mở khóa kết quả chính thức cần có lý do: hãy ghi --reason &quot;…&quot;; lý do sẽ được ghi lại.</translation>
    </message>
    <message>
        <source>Imports award nominations from a nominating agency&apos;s CSV file (a file with any problem is refused whole), lists them with their eligibility, duplicates and working-day appraisal deadline, takes a workflow step (approve, reject, return, appraise, propose, resubmit), or lists the award decisions with their money.</source>
        <translation>Nhập hồ sơ đề nghị khen thưởng từ tệp CSV của cơ quan đề nghị (tệp có bất kỳ vấn đề nào sẽ bị từ chối toàn bộ), liệt kê hồ sơ kèm tình trạng đủ điều kiện, hồ sơ trùng và hạn thẩm định tính theo ngày làm việc, thực hiện một bước xử lý (approve, reject, return, appraise, propose, resubmit), hoặc liệt kê các quyết định khen thưởng kèm tiền thưởng.</translation>
    </message>
    <message>
        <source>Imports a nominating agency&apos;s list from a CSV file, UTF-8, with the columns nominee_kind (collective or individual), nominee_name, position, unit_code (empty, or a unit&apos;s code), nominating_agency (its name or abbreviation), award_form (nha_nuoc, bang_khen_tinh or giay_khen), achievement, received_on (YYYY-MM-DD) and optionally workplace. Each row is stored as received and recorded in the trail; a row repeating a stored nomination is counted unchanged. A file with any problem is refused whole and every problem is listed.</source>
        <translation>Nhập danh sách của cơ quan đề nghị từ tệp CSV, mã UTF-8, có các cột nominee_kind (collective hoặc individual), nominee_name, position, unit_code (để trống, hoặc mã của một đơn vị), nominating_agency (tên hoặc tên viết tắt của cơ quan), award_form (nha_nuoc, bang_khen_tinh hoặc giay_khen), achievement, received_on (YYYY-MM-DD) và cột không bắt buộc workplace. Mỗi dòng được lưu đúng như khi tiếp nhận và được ghi vào lịch sử xử lý; dòng trùng với hồ sơ đã lưu được tính là giữ nguyên. Tệp có bất kỳ vấn đề nào sẽ bị từ chối toàn bộ và mọi vấn đề đều được liệt kê.</translation>
    </message>
    <message>
        <source>Import a file.</source>
        <translation>Nhập từ tệp.</translation>
    </message>
    <message>
        <source>Lists every nomination with its status, its eligibility from the election results and the criteria it fails, whether the nominee is proposed more than once, the appraisal due date in working days and whether it is overdue on --today.</source>
        <translation>Liệt kê mọi hồ sơ đề nghị khen thưởng kèm trạng thái, tình trạng đủ điều kiện theo kết quả bầu cử và các tiêu chí không đạt, cho biết đối tượng có được đề nghị nhiều lần hay không, hạn thẩm định tính theo ngày làm việc và hồ sơ có quá hạn vào ngày --today hay không.</translation>
    </message>
    <message>
        <source>Takes one workflow step for the nomination with this id and records it in the trail. STEP is approve, reject or return (for a supplement), or appraise, propose or resubmit. Reject and return need --note with the reason; so does proposing a nominee that fails a criterion. A step the workflow does not allow is refused with the steps open now.</source>
        <translation>Thực hiện một bước xử lý đối với hồ sơ có mã số này và ghi vào lịch sử xử lý. STEP là approve, reject hoặc return (trả lại để bổ sung), hoặc appraise, propose hoặc resubmit. Bước reject và return cần có --note ghi lý do; việc trình đối tượng không đạt một tiêu chí cũng vậy. Bước mà quy trình không cho phép sẽ bị từ chối, kèm theo các bước thực hiện được lúc đó.</translation>
    </message>
    <message>
        <source>Take a step.</source>
        <translation>Thực hiện một bước xử lý.</translation>
    </message>
    <message>
        <source>Lists the award decisions recorded so far: number, date, signer, how many nominations each covers and their award money in đồng.</source>
        <translation>Liệt kê các quyết định khen thưởng đã ghi nhận: số quyết định, ngày, người ký, số hồ sơ trong mỗi quyết định và tiền thưởng tính bằng đồng.</translation>
    </message>
    <message>
        <source>List the decisions.</source>
        <translation>Liệt kê các quyết định.</translation>
    </message>
    <message>
        <source>Nominations imported: %1 added, %2 unchanged.</source>
        <translation>Đã nhập hồ sơ đề nghị khen thưởng: thêm mới %1, giữ nguyên %2.</translation>
    </message>
    <message>
        <source>Nomination %1 is %2; no step of this command is open for it.</source>
        <translation>Hồ sơ %1 đang ở trạng thái “%2”; lệnh này không có bước nào thực hiện được đối với hồ sơ.</translation>
    </message>
    <message>
        <source>Nomination %1 is %2; the steps open now: %3.</source>
        <translation>Hồ sơ %1 đang ở trạng thái “%2”; các bước thực hiện được lúc này: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a nomination id; write the number that &quot;nominations list&quot; shows.</source>
        <translation>&quot;%1&quot; không phải là mã số hồ sơ; hãy ghi số mà lệnh &quot;nominations list&quot; hiển thị.</translation>
    </message>
    <message>
        <source>Unknown step &quot;%1&quot;; write one of: %2.</source>
        <translation>Không có bước &quot;%1&quot;; hãy ghi một trong các bước: %2.</translation>
    </message>
    <message>
        <source>To %1 a nomination, give the reason: write --note &quot;…&quot;; it is recorded in the trail.</source>
        <translation>Để thực hiện bước %1 đối với hồ sơ, hãy nêu lý do: ghi --note &quot;…&quot;; lý do được ghi vào lịch sử xử lý.</translation>
    </message>
    <message>
        <source>--on takes the day a supplement arrived, with resubmit only, written YYYY-MM-DD.</source>
        <translation>--on là ngày nhận hồ sơ bổ sung, chỉ dùng với resubmit, ghi theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No nomination has the id %1; &quot;nominations list&quot; shows them. Nothing was changed.</source>
        <translation>Không có hồ sơ nào có mã số %1; lệnh &quot;nominations list&quot; hiển thị danh sách hồ sơ. Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Nomination %1 (%2): %3 → %4.</source>
        <translation>Hồ sơ %1 (%2): %3 → %4.</translation>
    </message>
    <message>
        <source>import (a nominating agency&apos;s CSV file), list (every nomination), decide (one workflow step) or decisions (the award decisions). &quot;nominations SUBCOMMAND --help&quot; tells more.</source>
        <translation>import (nhập tệp CSV của cơ quan đề nghị), list (liệt kê mọi hồ sơ), decide (thực hiện một bước xử lý) hoặc decisions (các quyết định khen thưởng). Lệnh &quot;nominations SUBCOMMAND --help&quot; cho biết thêm chi tiết.</translation>
    </message>
    <message>
        <source>The reason, recorded in the trail: required to reject or return, and to propose a nominee that fails a criterion.</source>
        <translation>Lý do, được ghi vào lịch sử xử lý: bắt buộc khi từ chối hoặc trả lại, và khi trình đối tượng không đạt một tiêu chí.</translation>
    </message>
    <message>
        <source>Who takes the step, as the trail records it; by default the login name.</source>
        <translation>Người thực hiện bước, như được ghi trong lịch sử xử lý; mặc định là tên đăng nhập.</translation>
    </message>
    <message>
        <source>For resubmit: the day the supplement arrived (default: --today); the appraisal clock restarts from it.</source>
        <translation>Khi resubmit: ngày nhận hồ sơ bổ sung (mặc định: --today); thời hạn thẩm định được tính lại từ ngày này.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Tệp CSV cần nhập.</translation>
    </message>
    <message>
        <source>The nomination&apos;s id, as the list shows it.</source>
        <translation>Mã số của hồ sơ, như hiển thị trong danh sách.</translation>
    </message>
    <message>
        <source>approve, reject, return, appraise, propose or resubmit.</source>
        <translation>approve, reject, return, appraise, propose hoặc resubmit.</translation>
    </message>
    <message>
        <source>Writes a printed report under its official letterhead, dated --today: the meeting schedule, the standing tasks, the nominations list or the campaign results. A PDF by default; --format html writes HTML, to standard output when --out is left out.</source>
        <translation>Ghi báo cáo để in kèm thông tin văn bản chính thức, ghi ngày theo --today: lịch họp, nhiệm vụ, danh sách đề nghị khen thưởng hoặc kết quả phong trào thi đua. Mặc định ghi ra tệp PDF; --format html ghi ra HTML, ghi ra đầu ra chuẩn khi không có --out.</translation>
    </message>
    <message>
        <source>meetings, tasks, nominations or results.</source>
        <translation>meetings (lịch họp), tasks (nhiệm vụ), nominations (danh sách đề nghị khen thưởng) hoặc results (kết quả phong trào thi đua).</translation>
    </message>
    <message>
        <source>The file to write; an HTML report without it goes to standard output.</source>
        <translation>Tệp cần ghi; nếu không có, báo cáo HTML được ghi ra đầu ra chuẩn.</translation>
    </message>
    <message>
        <source>Output format: pdf (default) or html.</source>
        <translation>Định dạng đầu ra: pdf (mặc định) hoặc html.</translation>
    </message>
    <message>
        <source>Unknown report &quot;%1&quot;; write meetings, tasks, nominations or results.</source>
        <translation>Không có báo cáo &quot;%1&quot;; hãy ghi meetings, tasks, nominations hoặc results.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; write pdf or html.</source>
        <translation>Không có định dạng &quot;%1&quot;; hãy ghi pdf hoặc html.</translation>
    </message>
    <message>
        <source>A PDF needs a file: give --out FILE.</source>
        <translation>Xuất PDF cần có tệp: hãy ghi --out FILE.</translation>
    </message>
    <message>
        <source>This program cannot write a PDF in this mode. Nothing was written.</source>
        <translation>Chương trình không thể ghi PDF ở chế độ này. Chưa ghi gì.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the file was refused whole and nothing was imported.</source>
        <translation>
            <numerusform>%n lỗi; toàn bộ tệp bị từ chối, không nhập dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the figures were imported; check them against the minutes and explain them in the report.</source>
        <translation>
            <numerusform>%n cảnh báo: số liệu đã được nhập; hãy đối chiếu với biên bản và giải trình trong báo cáo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the file was refused whole and nothing was written.</source>
        <translation>
            <numerusform>%n lỗi; toàn bộ tệp bị từ chối, không ghi dữ liệu nào.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file to restore from.</source>
        <translation>Tệp sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <source>Replace the current data; without it nothing is changed.</source>
        <translation>Thay thế dữ liệu hiện tại; không có tùy chọn này thì không thay đổi gì.</translation>
    </message>
    <message>
        <source>Backup: %1, taken %2, schema version %3 (this program: %4)</source>
        <translation>Bản sao lưu: %1, tạo lúc %2, phiên bản lược đồ %3 (chương trình này: %4)</translation>
    </message>
    <message>
        <source>A restore replaces all the data in %1. Run the command again with --yes to restore; the current data is saved into %2 first. Nothing was changed.</source>
        <translation>Khôi phục sẽ thay thế toàn bộ dữ liệu trong %1. Hãy chạy lại lệnh với --yes để khôi phục; dữ liệu hiện tại sẽ được lưu trước vào %2. Chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>Current data saved first to: %1</source>
        <translation>Dữ liệu hiện tại đã được lưu trước vào: %1</translation>
    </message>
    <message>
        <source>Restored from: %1</source>
        <translation>Đã khôi phục từ: %1</translation>
    </message>
    <message>
        <source>The backup was upgraded from schema version %1 to %2.</source>
        <translation>Bản sao lưu đã được nâng cấp từ phiên bản lược đồ %1 lên %2.</translation>
    </message>
    <message>
        <source>Replaces all the data with a backup file, after checking it (ours, not newer, not damaged; an older one is upgraded) and saving the current data into the backups folder beside the database. Without --yes it only checks the file and exits with 2.</source>
        <translation>Thay thế toàn bộ dữ liệu bằng một tệp sao lưu, sau khi kiểm tra tệp (đúng của ElectionDesk, không mới hơn, không bị hỏng; bản cũ hơn sẽ được nâng cấp) và lưu dữ liệu hiện tại vào thư mục backups cạnh cơ sở dữ liệu. Không có --yes thì chỉ kiểm tra tệp và kết thúc với mã 2.</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add meeting</source>
        <translation>thêm cuộc họp</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>sửa cuộc họp</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>xóa cuộc họp</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>Add agency</source>
        <translation>thêm cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Edit agency</source>
        <translation>sửa cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation>xóa cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Change election day</source>
        <translation>thay đổi ngày bầu cử</translation>
    </message>
</context>
<context>
    <name>ElectionDayDialog</name>
    <message>
        <source>Election day</source>
        <translation>Ngày bầu cử</translation>
    </message>
    <message>
        <source>The legal calendar counts its milestones from election day, which must be a Sunday. The regime says which law’s calendar the plan follows.</source>
        <translation>Lịch trình theo luật tính các mốc từ ngày bầu cử; ngày bầu cử phải là ngày Chủ nhật. Luật áp dụng cho biết kế hoạch theo lịch trình của luật nào.</translation>
    </message>
    <message>
        <source>&amp;Election day:</source>
        <translation>&amp;Ngày bầu cử:</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>The plan does not set an election day &amp;yet</source>
        <translation>Kế hoạch &amp;chưa xác định ngày bầu cử</translation>
    </message>
    <message>
        <source>Problem with the election day</source>
        <translation>Vấn đề ở ngày bầu cử</translation>
    </message>
    <message>
        <source>&amp;Regime:</source>
        <translation>&amp;Luật áp dụng:</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Luật áp dụng</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The item was not found; it may have been deleted.</source>
        <translation>Không tìm thấy mục này; có thể mục đã bị xóa.</translation>
    </message>
    <message>
        <source>The input was refused and nothing was changed: %1</source>
        <translation>Dữ liệu nhập bị từ chối, không có gì thay đổi: %1</translation>
    </message>
    <message>
        <source>The item is still referred to by other records and cannot be deleted.</source>
        <translation>Mục này vẫn đang được các bản ghi khác tham chiếu nên không thể xóa.</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored; nothing was changed.</source>
        <translation>Thay đổi mâu thuẫn với dữ liệu đã lưu; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy; chưa lưu được gì. Vui lòng giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 is not an ElectionDesk database. It was left unchanged.</source>
        <translation>%1 không phải là cơ sở dữ liệu của ElectionDesk. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ElectionDesk. Install that version to open it; the file was left unchanged.</source>
        <translation>%1 được ghi bằng phiên bản ElectionDesk mới hơn. Vui lòng cài đặt phiên bản đó để mở; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>A safety copy of %1 could not be written before upgrading it, so it was not upgraded. Check the free space and the folder&apos;s permissions.</source>
        <translation>Không ghi được bản sao dự phòng của %1 trước khi nâng cấp nên cơ sở dữ liệu chưa được nâng cấp. Vui lòng kiểm tra dung lượng trống và quyền truy cập thư mục.</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was changed. The log has the details.</source>
        <translation>Cơ sở dữ liệu báo lỗi; không có gì thay đổi. Xem chi tiết trong nhật ký.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Lỗi không xác định.</translation>
    </message>
    <message>
        <source>The results are marked official and locked; nothing was changed. Unlock them first, giving a reason.</source>
        <translation>Kết quả đã được xác nhận chính thức và đã khóa; không có gì thay đổi. Hãy mở khóa trước và nêu lý do.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; chưa ghi gì.</translation>
    </message>
    <message>
        <source>The file %1 could not be written. Check that the folder exists, that you may write to it and that the file is not open in another program.</source>
        <translation>Không ghi được tệp %1. Vui lòng kiểm tra thư mục có tồn tại, bạn có quyền ghi vào thư mục đó và tệp không bị mở trong chương trình khác.</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it, so your change was not saved and theirs was kept. Reload it to see their version.</source>
        <translation>Người khác đã thay đổi bản ghi này sau khi bạn mở nó, nên thay đổi của bạn chưa được lưu và thay đổi của họ được giữ nguyên. Hãy tải lại để xem phiên bản của họ.</translation>
    </message>
    <message>
        <source>The database%1 is locked by another program that is writing to it or holds it open exclusively; nothing was changed. Wait a moment and try again, or close the file in that program.</source>
        <translation>Cơ sở dữ liệu%1 đang bị một chương trình khác khóa (đang ghi hoặc đang mở độc quyền); chưa thay đổi gì. Hãy đợi một lát rồi thử lại, hoặc đóng tệp trong chương trình đó.</translation>
    </message>
    <message>
        <source>The database%1 is read-only; changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu%1 chỉ được phép đọc; không thể lưu thay đổi.</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older version of ElectionDesk. It must be upgraded before this version can show it, and a read-only file cannot be. Copy it to a folder where you may write, then open the copy.</source>
        <translation>%1 chỉ được phép đọc và được ghi bởi phiên bản ElectionDesk cũ hơn. Phải nâng cấp tệp thì phiên bản này mới hiển thị được, nhưng tệp chỉ đọc thì không nâng cấp được. Hãy sao chép tệp vào thư mục bạn có quyền ghi rồi mở bản sao.</translation>
    </message>
    <message>
        <source>The database%1 is damaged. Restore it from a backup copy.</source>
        <translation>Cơ sở dữ liệu%1 bị hỏng. Hãy khôi phục từ một bản sao lưu.</translation>
    </message>
    <message>
        <source>The database%1 could not be upgraded; it was left as it was.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu%1; tệp được giữ nguyên như cũ.</translation>
    </message>
    <message>
        <source>The database%1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>Không mở được cơ sở dữ liệu%1. Hãy kiểm tra thư mục có tồn tại và bạn có quyền ghi vào thư mục đó.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>thời điểm không rõ</translation>
    </message>
    <message>
        <source>%1 changed this record at %2, after you opened it. Your change was not saved, and nothing of theirs was overwritten.</source>
        <translation>%1 đã thay đổi bản ghi này lúc %2, sau khi bạn mở nó. Thay đổi của bạn chưa được lưu, và không có gì của họ bị ghi đè.</translation>
    </message>
    <message>
        <source>%1 does not exist. Nothing was restored or changed.</source>
        <translation>%1 không tồn tại. Chưa khôi phục hay thay đổi gì.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (its integrity check failed), so it was not restored. The current data was not changed; try an older backup.</source>
        <translation>Bản sao lưu %1 bị hỏng (không qua được kiểm tra toàn vẹn), nên không được khôi phục. Dữ liệu hiện tại không thay đổi; hãy thử một bản sao lưu cũ hơn.</translation>
    </message>
    <message>
        <source>The current data could not be saved to %1 first, so nothing was restored. Check the free space and the folder&apos;s permissions.</source>
        <translation>Không lưu trước được dữ liệu hiện tại vào %1, nên chưa khôi phục gì. Hãy kiểm tra dung lượng trống và quyền của thư mục.</translation>
    </message>
    <message>
        <source>The backup %1 could not be upgraded to this program&apos;s schema, so it was not restored. The current data was not changed.</source>
        <translation>Không nâng cấp được bản sao lưu %1 lên lược đồ của chương trình này, nên không được khôi phục. Dữ liệu hiện tại không thay đổi.</translation>
    </message>
    <message>
        <source>The current data was not changed.</source>
        <translation>Dữ liệu hiện tại không thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was restored; the current data was not changed.</source>
        <translation>Chưa khôi phục gì; dữ liệu hiện tại không thay đổi.</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Letterhead</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Issuer, number and date</source>
        <translation>Cơ quan ban hành, số và ngày văn bản</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Mẫu trình bày:</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mẫu trình bày</translation>
    </message>
    <message>
        <source>State bodies print under Decree 30/2020/NĐ-CP, Party bodies under Guidance 36-HD/VPTW. Choosing an issuer sets it; you can still change it.</source>
        <translation>Cơ quan nhà nước trình bày theo Nghị định 30/2020/NĐ-CP, cơ quan của Đảng trình bày theo Hướng dẫn 36-HD/VPTW. Mẫu trình bày được đặt theo cơ quan ban hành đã chọn; bạn vẫn có thể thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>The body that issues the report, in capitals as printed. Choose an agency (type part of its name, accents optional) or write it.</source>
        <translation>Cơ quan ban hành báo cáo, viết chữ in hoa như khi in. Chọn một cơ quan, đơn vị (gõ một phần tên, có thể gõ không dấu) hoặc tự ghi tên.</translation>
    </message>
    <message>
        <source>Problem with the issuing body</source>
        <translation>Vấn đề ở cơ quan ban hành</translation>
    </message>
    <message>
        <source>Pa&amp;rent body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>Parent body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Optional, e.g. UBND TỈNH ĐIỆN BIÊN</source>
        <translation>Không bắt buộc, ví dụ UBND TỈNH ĐIỆN BIÊN</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Digits only. Leave it blank to keep the space for the pen.</source>
        <translation>Chỉ gồm chữ số. Để trống để chừa chỗ ghi số bằng tay.</translation>
    </message>
    <message>
        <source>Blank: the clerk writes it in by hand</source>
        <translation>Để trống: văn thư ghi số bằng tay</translation>
    </message>
    <message>
        <source>Problem with the number</source>
        <translation>Vấn đề ở số văn bản</translation>
    </message>
    <message>
        <source>&amp;Type code:</source>
        <translation>Ký hiệu l&amp;oại văn bản:</translation>
    </message>
    <message>
        <source>Type code</source>
        <translation>Ký hiệu loại văn bản</translation>
    </message>
    <message>
        <source>e.g. BC</source>
        <translation>ví dụ BC</translation>
    </message>
    <message>
        <source>Problem with the type code</source>
        <translation>Vấn đề ở ký hiệu loại văn bản</translation>
    </message>
    <message>
        <source>Issuer &amp;code:</source>
        <translation>Ký &amp;hiệu cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation>Ký hiệu cơ quan ban hành</translation>
    </message>
    <message>
        <source>e.g. SNV, BCĐ</source>
        <translation>ví dụ SNV, BCĐ</translation>
    </message>
    <message>
        <source>Problem with the issuer code</source>
        <translation>Vấn đề ở ký hiệu cơ quan ban hành</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>e.g. Điện Biên</source>
        <translation>ví dụ Điện Biên</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Print “ngày … tháng … năm” with blanks to fill in when the report is signed</source>
        <translation>In “ngày … tháng … năm” để trống, điền khi ký báo cáo</translation>
    </message>
    <message>
        <source>Leave the date &amp;blank</source>
        <translation>Để trống &amp;ngày</translation>
    </message>
    <message>
        <source>Problem with the date</source>
        <translation>Vấn đề ở ngày</translation>
    </message>
    <message>
        <source>As printed</source>
        <translation>Khi in ra</translation>
    </message>
    <message>
        <source>Number and date lines as printed</source>
        <translation>Dòng số, ký hiệu và dòng địa danh, ngày tháng khi in ra</translation>
    </message>
    <message>
        <source>Title, signature and recipients</source>
        <translation>Trích yếu, chữ ký và nơi nhận</translation>
    </message>
    <message>
        <source>Type na&amp;me:</source>
        <translation>Tên loại &amp;văn bản:</translation>
    </message>
    <message>
        <source>Type name</source>
        <translation>Tên loại văn bản</translation>
    </message>
    <message>
        <source>e.g. BÁO CÁO</source>
        <translation>ví dụ BÁO CÁO</translation>
    </message>
    <message>
        <source>Problem with the type name</source>
        <translation>Vấn đề ở tên loại văn bản</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>What the report is about, printed under the type name</source>
        <translation>Nội dung chính của báo cáo, in dưới tên loại văn bản</translation>
    </message>
    <message>
        <source>Signing &amp;formula:</source>
        <translation>Thể thức &amp;ký:</translation>
    </message>
    <message>
        <source>Signing formula</source>
        <translation>Thể thức ký</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>Thẩm &amp;quyền ký:</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Printed after the formula: the body signed for, or the head’s title when a deputy signs</source>
        <translation>In sau thể thức ký: tên cơ quan, tổ chức được thay mặt, hoặc chức vụ của cấp trưởng khi cấp phó ký thay</translation>
    </message>
    <message>
        <source>e.g. ỦY BAN NHÂN DÂN, or the head’s title after KT.</source>
        <translation>ví dụ ỦY BAN NHÂN DÂN, hoặc chức vụ của cấp trưởng sau KT.</translation>
    </message>
    <message>
        <source>Problem with the authority</source>
        <translation>Vấn đề ở thẩm quyền ký</translation>
    </message>
    <message>
        <source>Si&amp;gner title:</source>
        <translation>Chức vụ n&amp;gười ký:</translation>
    </message>
    <message>
        <source>Signer title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC</source>
        <translation>ví dụ PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Problem with the signer title</source>
        <translation>Vấn đề ở chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer nam&amp;e:</source>
        <translation>Họ và t&amp;ên người ký:</translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation>Họ và tên người ký</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Recipient&amp;s:</source>
        <translation>Nơ&amp;i nhận:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>One recipient per line, e.g. “Như trên” or “UBND tỉnh (b/c)”; the dashes and semicolons are added when printing</source>
        <translation>Mỗi nơi nhận một dòng, ví dụ “Như trên” hoặc “UBND tỉnh (b/c)”; dấu gạch đầu dòng và dấu chấm phẩy được tự động thêm khi in</translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation>&amp;Lưu:</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Printed as “- Lưu: VT, NV(An).”</source>
        <translation>In thành “- Lưu: VT, NV(An).”</translation>
    </message>
    <message>
        <source>e.g. VT, NV(An)</source>
        <translation>ví dụ VT, NV(An)</translation>
    </message>
</context>
<context>
    <name>Letterheads</name>
    <message>
        <source>Report on the meeting schedule of the election steering committee</source>
        <translation>Tình hình thực hiện lịch họp của Ban Chỉ đạo bầu cử</translation>
    </message>
    <message>
        <source>Report on the standing tasks of the election steering committee</source>
        <translation>Tình hình thực hiện nhiệm vụ của Ban Chỉ đạo bầu cử</translation>
    </message>
    <message>
        <source>Nominations for awards in the special emulation campaign for the election</source>
        <translation>Tập thể, cá nhân đề nghị khen thưởng trong đợt thi đua đặc biệt thực hiện thắng lợi cuộc bầu cử</translation>
    </message>
    <message>
        <source>Results of the special emulation campaign for the election</source>
        <translation>Kết quả đợt thi đua đặc biệt thực hiện thắng lợi cuộc bầu cử</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ElectionDesk</source>
        <translation>ElectionDesk</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Phân hệ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About ElectionDesk</source>
        <translation>&amp;Giới thiệu ElectionDesk</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Thông tin &amp;chung</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số thứ tự:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <source>On re&amp;quest (no number)</source>
        <translation>Th&amp;eo đề nghị (không có số thứ tự)</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Tên gọi:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Tên gọi</translation>
    </message>
    <message>
        <source>As printed, e.g. “Cuộc họp lần thứ hai”</source>
        <translation>Như ghi trong kế hoạch, ví dụ “Cuộc họp lần thứ hai”</translation>
    </message>
    <message>
        <source>Problem with the label</source>
        <translation>Vấn đề ở tên gọi</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Mục:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Where the plan sets it, e.g. II.2.1</source>
        <translation>Mục của kế hoạch có cuộc họp này, ví dụ II.2.1</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Requested &amp;by:</source>
        <translation>The&amp;o đề nghị của:</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Theo đề nghị của</translation>
    </message>
    <message>
        <source>For meetings on request: who asks for it</source>
        <translation>Với cuộc họp theo đề nghị: cơ quan hoặc người đề nghị họp</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>Ngày họ&amp;p:</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Problem with the day held</source>
        <translation>Vấn đề ở ngày họp</translation>
    </message>
    <message>
        <source>Conflicts with the legal calendar</source>
        <translation>Không phù hợp với lịch trình theo luật</translation>
    </message>
    <message>
        <source>&amp;Conclusions:</source>
        <translation>&amp;Kết luận:</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>What the meeting concluded</source>
        <translation>Những nội dung cuộc họp đã kết luận</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Notes of the steering office</source>
        <translation>Ghi chú của Ban Chỉ đạo</translation>
    </message>
    <message>
        <source>Content &amp;items</source>
        <translation>&amp;Nội dung</translation>
    </message>
    <message>
        <source>&amp;Reference deadlines</source>
        <translation>Thời hạn th&amp;am chiếu</translation>
    </message>
    <message>
        <source>Leg&amp;al calendar</source>
        <translation>Lịc&amp;h trình theo luật</translation>
    </message>
    <message>
        <source>Problems of the form</source>
        <translation>Các vấn đề của biểu mẫu</translation>
    </message>
</context>
<context>
    <name>Milestones</name>
    <message>
        <source>Election day announced</source>
        <translation>Công bố ngày bầu cử</translation>
    </message>
    <message>
        <source>Election committees (UBBC) set up</source>
        <translation>Thành lập Ủy ban bầu cử</translation>
    </message>
    <message>
        <source>1st consultative conference</source>
        <translation>Hội nghị hiệp thương lần thứ nhất</translation>
    </message>
    <message>
        <source>Draft constituency lists sent to the HĐBCQG</source>
        <translation>Gửi dự kiến danh sách đơn vị bầu cử lên HĐBCQG</translation>
    </message>
    <message>
        <source>Constituencies and seats published</source>
        <translation>Công bố đơn vị bầu cử và số đại biểu được bầu</translation>
    </message>
    <message>
        <source>Election boards set up; candidate dossiers due</source>
        <translation>Thành lập Ban bầu cử; hạn nộp hồ sơ ứng cử</translation>
    </message>
    <message>
        <source>2nd consultative conference</source>
        <translation>Hội nghị hiệp thương lần thứ hai</translation>
    </message>
    <message>
        <source>Polling teams (Tổ bầu cử) set up</source>
        <translation>Thành lập Tổ bầu cử</translation>
    </message>
    <message>
        <source>Voter lists posted</source>
        <translation>Niêm yết danh sách cử tri</translation>
    </message>
    <message>
        <source>3rd consultative conference</source>
        <translation>Hội nghị hiệp thương lần thứ ba</translation>
    </message>
    <message>
        <source>3rd-round minutes and lists sent</source>
        <translation>Gửi biên bản và danh sách hiệp thương lần thứ ba</translation>
    </message>
    <message>
        <source>National Assembly candidate list published</source>
        <translation>Công bố danh sách người ứng cử đại biểu Quốc hội</translation>
    </message>
    <message>
        <source>People&apos;s Council candidate lists published</source>
        <translation>Công bố danh sách người ứng cử đại biểu Hội đồng nhân dân</translation>
    </message>
    <message>
        <source>Early voting in remote areas</source>
        <translation>Bỏ phiếu sớm ở vùng sâu, vùng xa</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>Ngày bầu cử</translation>
    </message>
    <message>
        <source>People&apos;s Council results published</source>
        <translation>Công bố kết quả bầu cử đại biểu Hội đồng nhân dân</translation>
    </message>
    <message>
        <source>Last day for additional or repeat elections</source>
        <translation>Hạn cuối bầu cử thêm hoặc bầu cử lại</translation>
    </message>
    <message>
        <source>National Assembly results published</source>
        <translation>Công bố kết quả bầu cử đại biểu Quốc hội</translation>
    </message>
    <message>
        <source>Local election wrap-up</source>
        <translation>Tổng kết công tác bầu cử ở địa phương</translation>
    </message>
    <message>
        <source>Law 85/2015/QH13 (as applied in 2021)</source>
        <translation>Luật 85/2015/QH13 (áp dụng năm 2021)</translation>
    </message>
    <message>
        <source>Law 85/2015 as amended by Law 83/2025/QH15</source>
        <translation>Luật 85/2015 được sửa đổi bởi Luật 83/2025/QH15</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <source>Counting minutes</source>
        <translation>Biên bản kết quả kiểm phiếu</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Cử tri</translation>
    </message>
    <message>
        <source>&amp;Registered voters:</source>
        <translation>&amp;Tổng số cử tri:</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Tổng số cử tri</translation>
    </message>
    <message>
        <source>&amp;Voters who voted:</source>
        <translation>Số cử tri đã &amp;bỏ phiếu:</translation>
    </message>
    <message>
        <source>Voters who voted</source>
        <translation>Cử tri đã bỏ phiếu</translation>
    </message>
    <message>
        <source>&amp;Law-study participants:</source>
        <translation>Số cử tri tham gia &amp;học tập Luật Bầu cử:</translation>
    </message>
    <message>
        <source>Voters who took part in studying the election law</source>
        <translation>Cử tri tham gia học tập Luật Bầu cử</translation>
    </message>
    <message>
        <source>Law-study participants</source>
        <translation>Cử tri tham gia học tập Luật Bầu cử</translation>
    </message>
    <message>
        <source>Re&amp;ported at:</source>
        <translation>Thời điểm báo &amp;cáo:</translation>
    </message>
    <message>
        <source>When the area reported; leave unticked when the minutes give no time</source>
        <translation>Thời điểm khu vực bỏ phiếu báo cáo; bỏ đánh dấu nếu biên bản không ghi thời gian</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>Thời điểm báo cáo</translation>
    </message>
    <message>
        <source>Ballots (one row per ballot held)</source>
        <translation>Phiếu bầu (mỗi cuộc bầu cử được tổ chức một dòng)</translation>
    </message>
    <message>
        <source>Errors in the minutes</source>
        <translation>Lỗi trong biên bản</translation>
    </message>
    <message>
        <source>Warnings on the minutes</source>
        <translation>Cảnh báo về biên bản</translation>
    </message>
</context>
<context>
    <name>NominationDialog</name>
    <message>
        <source>Nomination</source>
        <translation>Hồ sơ đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation>Đối tượn&amp;g:</translation>
    </message>
    <message>
        <source>Nominee kind</source>
        <translation>Loại đối tượng</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Nominee name</source>
        <translation>Tên đối tượng</translation>
    </message>
    <message>
        <source>Collective or person, as the proposal writes it</source>
        <translation>Tên tập thể hoặc cá nhân, như ghi trong tờ trình</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Vấn đề ở tên</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Individuals only, e.g. Chuyên viên</source>
        <translation>Chỉ với cá nhân, ví dụ Chuyên viên</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>&amp;Nơi công tác:</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Individuals only: agency or unit where the person works</source>
        <translation>Chỉ với cá nhân: cơ quan, đơn vị nơi cá nhân công tác</translation>
    </message>
    <message>
        <source>Election &amp;unit:</source>
        <translation>Đơn vị &amp;bầu cử:</translation>
    </message>
    <message>
        <source>Election unit</source>
        <translation>Đơn vị bầu cử</translation>
    </message>
    <message>
        <source>Problem with the election unit</source>
        <translation>Vấn đề ở đơn vị bầu cử</translation>
    </message>
    <message>
        <source>Nominating a&amp;gency:</source>
        <translation>Cơ &amp;quan đề nghị:</translation>
    </message>
    <message>
        <source>Nominating agency</source>
        <translation>Cơ quan đề nghị</translation>
    </message>
    <message>
        <source>Problem with the nominating agency</source>
        <translation>Vấn đề ở cơ quan đề nghị</translation>
    </message>
    <message>
        <source>Award &amp;form:</source>
        <translation>&amp;Hình thức khen thưởng:</translation>
    </message>
    <message>
        <source>Award form</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Problem with the award form</source>
        <translation>Vấn đề ở hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Higher state award</source>
        <translation>Khen thưởng cấp Nhà nước bậc cao</translation>
    </message>
    <message>
        <source>Huân chương Độc lập or higher, State title, CSTĐ toàn quốc (30 working days)</source>
        <translation>Huân chương Độc lập trở lên, danh hiệu vinh dự Nhà nước, CSTĐ toàn quốc (30 ngày làm việc)</translation>
    </message>
    <message>
        <source>A&amp;chievement:</source>
        <translation>Tó&amp;m tắt thành tích:</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>The achievement the proposal gives, in short</source>
        <translation>Tóm tắt thành tích nêu trong tờ trình</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Ngày nhận hồ &amp;sơ:</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận hồ sơ</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Problem with the received date</source>
        <translation>Vấn đề ở ngày nhận hồ sơ</translation>
    </message>
</context>
<context>
    <name>NominationText</name>
    <message>
        <source>Not tied to a unit</source>
        <translation>Không gắn với đơn vị</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Đầy đủ</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>Thiếu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>clock stopped until the supplement arrives</source>
        <translation>tạm dừng tính hạn cho đến khi nhận hồ sơ bổ sung</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n working day(s)</source>
        <translation>
            <numerusform>quá hạn %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>còn %n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (estimate)</source>
        <translation>%1 (ước tính)</translation>
    </message>
    <message>
        <source>The award money tables have no rate for this award form and nominee kind (Award settings…).</source>
        <translation>Bảng tiền thưởng chưa có mức cho hình thức khen thưởng và loại đối tượng này (Thiết lập khen thưởng…).</translation>
    </message>
    <message>
        <source>Estimate at today&apos;s rates: the amount is fixed by the decision date.</source>
        <translation>Ước tính theo mức hiện hành: số tiền được xác định theo ngày ký quyết định.</translation>
    </message>
    <message>
        <source>At the rates in force on the decision date.</source>
        <translation>Theo mức có hiệu lực vào ngày ký quyết định.</translation>
    </message>
</context>
<context>
    <name>Nominations</name>
    <message>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <source>Under appraisal</source>
        <translation>Đang thẩm định</translation>
    </message>
    <message>
        <source>Returned for supplement</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>Proposed to the council</source>
        <translation>Đã trình Hội đồng</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Start appraisal</source>
        <translation>Bắt đầu thẩm định</translation>
    </message>
    <message>
        <source>Return for supplement</source>
        <translation>Trả lại để bổ sung</translation>
    </message>
    <message>
        <source>Receive supplement</source>
        <translation>Nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <source>Propose to the council</source>
        <translation>Trình Hội đồng</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Ghi nhận quyết định</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Đã trao bằng/giấy khen</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Hoàn tác bước</translation>
    </message>
    <message>
        <source>Dossier received</source>
        <translation>Đã tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Appraisal started</source>
        <translation>Đã bắt đầu thẩm định</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Đã nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <source>Decision recorded</source>
        <translation>Đã ghi nhận quyết định</translation>
    </message>
    <message>
        <source>Step taken back</source>
        <translation>Đã hoàn tác bước</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Province decides (Bằng khen)</source>
        <translation>Cấp tỉnh quyết định (Bằng khen)</translation>
    </message>
    <message>
        <source>Forwarded to the Prime Minister (BK TTg, Cờ thi đua CP, Huân chương Lao động)</source>
        <translation>Trình Thủ tướng Chính phủ (BK TTg, Cờ thi đua CP, Huân chương Lao động)</translation>
    </message>
    <message>
        <source>Forwarded: Huân chương Độc lập or higher, State titles, CSTĐ toàn quốc</source>
        <translation>Trình cấp trên: Huân chương Độc lập trở lên, danh hiệu vinh dự Nhà nước, CSTĐ toàn quốc</translation>
    </message>
    <message>
        <source>Agency or district decides (Giấy khen)</source>
        <translation>Cơ quan hoặc cấp huyện quyết định (Giấy khen)</translation>
    </message>
    <message>
        <source>Tờ trình with the list of nominees</source>
        <translation>Tờ trình kèm danh sách đối tượng đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Báo cáo thành tích certified by the nominating level</source>
        <translation>Báo cáo thành tích có xác nhận của cấp trình khen</translation>
    </message>
    <message>
        <source>Minutes of the nominating level&apos;s Emulation &amp; Reward Council</source>
        <translation>Biên bản họp Hội đồng Thi đua - Khen thưởng của cấp trình khen</translation>
    </message>
    <message>
        <source>Secret-ballot result of the council (≥ 80 % in favour)</source>
        <translation>Kết quả bỏ phiếu kín của Hội đồng (≥ 80 % đồng ý)</translation>
    </message>
    <message>
        <source>Electronic copy of the dossier</source>
        <translation>Bản điện tử của hồ sơ</translation>
    </message>
    <message>
        <source>Public comment: 10 working days</source>
        <translation>Lấy ý kiến công khai: 10 ngày làm việc</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Not computable</source>
        <translation>Không tính được</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>%1 đ</source>
        <translation>%1 đ</translation>
    </message>
    <message>
        <source>turnout</source>
        <translation>tỷ lệ cử tri đi bầu</translation>
    </message>
    <message>
        <source>law study</source>
        <translation>học tập Luật Bầu cử</translation>
    </message>
    <message>
        <source>invalid ballots</source>
        <translation>phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>no bầu cử thêm or lại</source>
        <translation>không bầu cử thêm hoặc lại</translation>
    </message>
    <message>
        <source>%1 of %2 polling areas of the unit have reported; it is eligible only when all have.</source>
        <translation>%1/%2 khu vực bỏ phiếu của đơn vị đã báo cáo; đơn vị chỉ đủ điều kiện khi tất cả khu vực bỏ phiếu đã báo cáo.</translation>
    </message>
    <message>
        <source>The unit has no results yet.</source>
        <translation>Đơn vị chưa có kết quả kiểm phiếu.</translation>
    </message>
    <message>
        <source>Judged not met: %1%2</source>
        <translation>Đánh giá không đạt: %1%2</translation>
    </message>
    <message>
        <source>Not judged yet: %1</source>
        <translation>Chưa đánh giá: %1</translation>
    </message>
    <message>
        <source>Not tied to an election unit: the measurable criteria do not apply.</source>
        <translation>Không gắn với đơn vị bầu cử: không áp dụng các tiêu chí định lượng.</translation>
    </message>
    <message>
        <source>Not tied to a unit</source>
        <translation>Không gắn với đơn vị</translation>
    </message>
    <message>
        <source>Unit not fully reported</source>
        <translation>Đơn vị chưa báo cáo đủ</translation>
    </message>
    <message>
        <source>No measurable criterion applies</source>
        <translation>Không áp dụng tiêu chí định lượng</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Fails: %1</source>
        <translation>Không đạt: %1</translation>
    </message>
</context>
<context>
    <name>NominationsPage</name>
    <message>
        <source>Award forms the campaigns offer:</source>
        <translation>Các hình thức khen thưởng của các phong trào thi đua:</translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Search nominations</source>
        <translation>Tìm hồ sơ</translation>
    </message>
    <message>
        <source>Search (accents optional)</source>
        <translation>Tìm kiếm (có thể gõ không dấu)</translation>
    </message>
    <message>
        <source>Finds nominations by nominee name, unit, nominating agency, position or workplace; &quot;xa muong&quot; finds &quot;Xã Mường&quot;</source>
        <translation>Tìm hồ sơ theo tên đối tượng, đơn vị, cơ quan đề nghị, chức vụ hoặc nơi công tác; gõ &quot;xa muong&quot; sẽ tìm thấy &quot;Xã Mường&quot;</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Only the nominations in this status</source>
        <translation>Chỉ các hồ sơ ở trạng thái này</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>&amp;Nominated by:</source>
        <translation>Cơ quan đề n&amp;ghị:</translation>
    </message>
    <message>
        <source>Only the nominations from this agency</source>
        <translation>Chỉ các hồ sơ do cơ quan này đề nghị</translation>
    </message>
    <message>
        <source>Filter by nominating agency</source>
        <translation>Lọc theo cơ quan đề nghị</translation>
    </message>
    <message>
        <source>&amp;Award form:</source>
        <translation>Hình thức khen &amp;thưởng:</translation>
    </message>
    <message>
        <source>Only the nominations for this award form</source>
        <translation>Chỉ các hồ sơ đề nghị hình thức khen thưởng này</translation>
    </message>
    <message>
        <source>Filter by award form</source>
        <translation>Lọc theo hình thức khen thưởng</translation>
    </message>
    <message>
        <source>E&amp;ligibility:</source>
        <translation>Đủ điều &amp;kiện:</translation>
    </message>
    <message>
        <source>Only the eligible, the failing, those not tied to a unit or the duplicates</source>
        <translation>Chỉ các hồ sơ đủ điều kiện, không đạt tiêu chí, không gắn với đơn vị hoặc bị trùng</translation>
    </message>
    <message>
        <source>Filter by eligibility</source>
        <translation>Lọc theo điều kiện khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Chỉ hồ sơ q&amp;uá hạn</translation>
    </message>
    <message>
        <source>Only the undecided nominations past their appraisal deadline</source>
        <translation>Chỉ các hồ sơ chưa có kết quả đã quá hạn thẩm định</translation>
    </message>
    <message>
        <source>&amp;Review queue</source>
        <translation>Hồ sơ cần &amp;xử lý</translation>
    </message>
    <message>
        <source>Nominations to review</source>
        <translation>Hồ sơ cần xử lý</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <source>Award decisions recorded so far, with the money they award:</source>
        <translation>Các quyết định khen thưởng đã ghi nhận, kèm tiền thưởng:</translation>
    </message>
    <message>
        <source>Award decisions with their money</source>
        <translation>Quyết định khen thưởng kèm tiền thưởng</translation>
    </message>
    <message>
        <source>A&amp;ward forms</source>
        <translation>&amp;Hình thức khen thưởng</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Overdue meetings and tasks</source>
        <translation>Cuộc họp và nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Meetings and tasks due soon</source>
        <translation>Cuộc họp và nhiệm vụ sắp đến hạn</translation>
    </message>
    <message>
        <source>Double-click a meeting or a task, or press Enter on it, to open it.</source>
        <translation>Nhấp đúp vào một cuộc họp hoặc nhiệm vụ, hoặc chọn rồi nhấn Enter, để mở.</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Last allowed date:</source>
        <translation>Hạn cuối:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Tình trạng thời hạn:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Theo đề nghị của:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Ngày họp:</translation>
    </message>
    <message>
        <source>Conclusions:</source>
        <translation>Kết luận:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Reference deadlines of other bodies</source>
        <translation>Thời hạn của các cơ quan khác để tham chiếu</translation>
    </message>
    <message>
        <source>as worded: “%1”</source>
        <translation>theo văn bản: “%1”</translation>
    </message>
    <message>
        <source>last allowed date %1</source>
        <translation>hạn cuối %1</translation>
    </message>
    <message>
        <source>year inferred from the plan</source>
        <translation>năm được suy ra từ kế hoạch</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Trong khuôn khổ:</translation>
    </message>
    <message>
        <source>Team lead:</source>
        <translation>Trưởng đoàn:</translation>
    </message>
    <message>
        <source>Inspected by the team:</source>
        <translation>Đơn vị được Đoàn kiểm tra:</translation>
    </message>
    <message>
        <source>Inspect themselves and report to the team:</source>
        <translation>Đơn vị tự kiểm tra và báo cáo Đoàn kiểm tra:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Lưu ý:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Chủ đề:</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>Ngày bắt đầu:</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Ngày kết thúc:</translation>
    </message>
    <message>
        <source>when this event happens</source>
        <translation>khi diễn ra sự kiện kết thúc</translation>
    </message>
    <message>
        <source>End event:</source>
        <translation>Sự kiện kết thúc:</translation>
    </message>
    <message>
        <source>Participants (%1):</source>
        <translation>Đối tượng tham gia (%1):</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>không ghi ngày</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1 tại %2</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts with the legal calendar (%n):</source>
        <translation>
            <numerusform>Không phù hợp với lịch trình theo luật (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>not in this plan&apos;s regime</source>
        <translation>không có trong luật áp dụng của kế hoạch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Place in the legal calendar</source>
        <translation>Vị trí trong lịch trình theo luật</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Danh sách cuộc họp</translation>
    </message>
    <message>
        <source>Selected meeting</source>
        <translation>Cuộc họp đang chọn</translation>
    </message>
    <message>
        <source>&amp;Inspection</source>
        <translation>K&amp;iểm tra</translation>
    </message>
    <message>
        <source>Inspection programme</source>
        <translation>Chương trình kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>Phong trào t&amp;hi đua</translation>
    </message>
    <message>
        <source>Emulation campaign</source>
        <translation>Phong trào thi đua</translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Award criteria</source>
        <translation>Tiêu chí khen thưởng</translation>
    </message>
    <message>
        <source>Election day:</source>
        <translation>Ngày bầu cử:</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Tha&amp;y đổi…</translation>
    </message>
    <message>
        <source>Change the plan&apos;s election day and the law its calendar follows</source>
        <translation>Thay đổi ngày bầu cử của kế hoạch và luật áp dụng cho lịch trình</translation>
    </message>
    <message>
        <source>Regime:</source>
        <translation>Luật áp dụng:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Thêm cuộc họ&amp;p…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Chỉ&amp;nh sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm kiế&amp;m:</translation>
    </message>
    <message>
        <source>Search meetings</source>
        <translation>Tìm cuộc họp</translation>
    </message>
    <message>
        <source>Label or content; accents optional</source>
        <translation>Tên gọi hoặc nội dung; có thể gõ không dấu</translation>
    </message>
    <message>
        <source>&amp;Legal calendar</source>
        <translation>&amp;Lịch trình theo luật</translation>
    </message>
    <message>
        <source>Legal calendar and the plan&apos;s meetings</source>
        <translation>Lịch trình theo luật và các cuộc họp của kế hoạch</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Required: enter a value.</source>
        <translation>Bắt buộc: hãy nhập giá trị.</translation>
    </message>
    <message>
        <source>Not a date: write dd/MM/yyyy.</source>
        <translation>Không phải là ngày: hãy ghi theo dạng dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>The end comes before the start: choose a later end date.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu: hãy chọn ngày kết thúc muộn hơn.</translation>
    </message>
    <message>
        <source>Out of range.</source>
        <translation>Giá trị nằm ngoài phạm vi cho phép.</translation>
    </message>
    <message>
        <source>A held meeting needs the day it was held.</source>
        <translation>Cuộc họp đã họp cần có ngày họp.</translation>
    </message>
    <message>
        <source>The day held is after today: choose today or an earlier day.</source>
        <translation>Ngày họp sau ngày hôm nay: hãy chọn hôm nay hoặc một ngày trước đó.</translation>
    </message>
    <message>
        <source>Only a held meeting has a day held: set the status to held or clear the day.</source>
        <translation>Chỉ cuộc họp đã họp mới có ngày họp: hãy đặt trạng thái là Đã họp hoặc xóa ngày họp.</translation>
    </message>
    <message>
        <source>Unknown milestone of the legal calendar.</source>
        <translation>Mốc này không có trong lịch trình theo luật.</translation>
    </message>
    <message>
        <source>Listed twice: remove the repeat.</source>
        <translation>Bị trùng: hãy bỏ mục lặp lại.</translation>
    </message>
    <message>
        <source>An agency cannot be placed under itself: choose another parent.</source>
        <translation>Cơ quan, đơn vị không thể trực thuộc chính nó: hãy chọn cơ quan cấp trên khác.</translation>
    </message>
    <message>
        <source>Election day must be a Sunday.</source>
        <translation>Ngày bầu cử phải là ngày Chủ nhật.</translation>
    </message>
    <message>
        <source>Line %1, column %2 (%3)</source>
        <translation>Dòng %1, cột %2 (%3)</translation>
    </message>
    <message>
        <source>Line %1, column %2</source>
        <translation>Dòng %1, cột %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing; the header must name: %2</source>
        <translation>thiếu cột &quot;%1&quot;; dòng tiêu đề phải có các cột: %2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>bắt buộc phải có giá trị</translation>
    </message>
    <message>
        <source>a value is required; write one of: %1</source>
        <translation>bắt buộc phải có giá trị; hãy ghi một trong các giá trị: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed; write one of: %2</source>
        <translation>không chấp nhận &quot;%1&quot;; hãy ghi một trong các giá trị: %2</translation>
    </message>
    <message>
        <source>no agency is named or abbreviated &quot;%1&quot;; write the name or abbreviation of a known agency or of one on an earlier line</source>
        <translation>không có cơ quan, đơn vị nào có tên hoặc tên viết tắt là &quot;%1&quot;; hãy ghi tên hoặc tên viết tắt của một cơ quan, đơn vị đã có trong danh mục hoặc ở một dòng phía trên</translation>
    </message>
    <message>
        <source>several agencies are named or abbreviated &quot;%1&quot;; write the parent&apos;s full name</source>
        <translation>có nhiều cơ quan, đơn vị có tên hoặc tên viết tắt là &quot;%1&quot;; hãy ghi tên đầy đủ của cơ quan cấp trên</translation>
    </message>
    <message>
        <source>several agencies in the directory are named &quot;%1&quot;; rename them in the Agencies area first</source>
        <translation>trong danh mục có nhiều cơ quan, đơn vị cùng tên &quot;%1&quot;; hãy đổi tên các cơ quan, đơn vị này trong phân hệ Cơ quan, đơn vị trước</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears on an earlier line too; keep one line</source>
        <translation>&quot;%1&quot; đã có ở một dòng phía trên; hãy chỉ giữ một dòng</translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; would place the agency under itself</source>
        <translation>cơ quan cấp trên &quot;%1&quot; sẽ làm cơ quan, đơn vị trực thuộc chính nó</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;</source>
        <translation>tệp không phải là văn bản UTF-8; hãy lưu tệp theo định dạng &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>a quoted field is never closed; add the closing &quot;</source>
        <translation>có trường mở dấu ngoặc kép nhưng không đóng; hãy thêm dấu &quot; đóng</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the field in quotes and double the quote (&quot;&quot;)</source>
        <translation>có dấu ngoặc kép trong trường không đặt trong ngoặc kép; hãy đặt trường trong ngoặc kép và viết dấu ngoặc kép bên trong thành hai dấu (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text after a closing quote; put a comma after the quote</source>
        <translation>có chữ sau dấu ngoặc kép đóng; hãy đặt dấu phẩy ngay sau dấu ngoặc kép</translation>
    </message>
    <message>
        <source>the file is empty; it needs a header line</source>
        <translation>tệp trống; tệp cần có dòng tiêu đề</translation>
    </message>
    <message>
        <source>the line has a different number of fields than the header; look for a missing or extra comma, or quote a field that contains one</source>
        <translation>số trường của dòng khác với dòng tiêu đề; hãy tìm dấu phẩy bị thiếu hoặc thừa, hoặc đặt trong ngoặc kép trường có chứa dấu phẩy</translation>
    </message>
    <message>
        <source>a column name appears twice in the header; keep one</source>
        <translation>dòng tiêu đề có tên cột bị lặp lại; hãy chỉ giữ một</translation>
    </message>
    <message>
        <source>a column of the header has no name</source>
        <translation>dòng tiêu đề có cột không có tên</translation>
    </message>
    <message>
        <source>The date is after today: choose today or an earlier day.</source>
        <translation>Ngày này sau ngày hôm nay: hãy chọn hôm nay hoặc một ngày trước đó.</translation>
    </message>
    <message>
        <source>no election unit has the code &quot;%1&quot;; import the units first or correct the code</source>
        <translation>không có đơn vị bầu cử nào có mã &quot;%1&quot;; hãy nhập các đơn vị trước hoặc sửa lại mã</translation>
    </message>
    <message>
        <source>no election unit has the code &quot;%1&quot;; did you mean %2?</source>
        <translation>không có đơn vị bầu cử nào có mã &quot;%1&quot;; có phải là %2?</translation>
    </message>
    <message>
        <source>no agency is named or abbreviated &quot;%1&quot;; add it in the Agencies area or correct the name</source>
        <translation>không có cơ quan, đơn vị nào có tên hoặc tên viết tắt là &quot;%1&quot;; hãy thêm cơ quan này trong phân hệ Cơ quan, đơn vị hoặc sửa lại tên</translation>
    </message>
    <message>
        <source>no agency is named or abbreviated &quot;%1&quot;; the closest known: %2</source>
        <translation>không có cơ quan, đơn vị nào có tên hoặc tên viết tắt là &quot;%1&quot;; tên gần giống nhất: %2</translation>
    </message>
    <message>
        <source>no campaign offers the award form &quot;%1&quot;; load the campaign&apos;s plan first</source>
        <translation>không có phong trào thi đua nào có hình thức khen thưởng &quot;%1&quot;; hãy nạp kế hoạch của phong trào thi đua trước</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, for example 2021-06-01</source>
        <translation>&quot;%1&quot; không phải là ngày; hãy ghi theo dạng YYYY-MM-DD, ví dụ 2021-06-01</translation>
    </message>
    <message>
        <source>%1 is after today; write the day the dossier arrived</source>
        <translation>%1 là ngày sau ngày hôm nay; hãy ghi ngày nhận hồ sơ</translation>
    </message>
    <message>
        <source>the file has more than %1 rows; split it into smaller files</source>
        <translation>tệp có hơn %1 dòng; hãy chia nhỏ tệp</translation>
    </message>
    <message>
        <source>several agencies are named or abbreviated &quot;%1&quot;: %2; write the full name of one</source>
        <translation>có nhiều cơ quan, đơn vị có tên hoặc tên viết tắt là &quot;%1&quot;: %2; hãy ghi tên đầy đủ của một cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>&quot;%1&quot; repeats line %2; keep one line</source>
        <translation>&quot;%1&quot; lặp lại dòng %2; hãy chỉ giữ một dòng</translation>
    </message>
    <message>
        <source>the file is too large for one import; split it into smaller files</source>
        <translation>tệp quá lớn để nhập một lần; hãy chia nhỏ tệp</translation>
    </message>
    <message>
        <source>the line is too long for an import (at most 65,536 characters and 256 fields); remove what does not belong</source>
        <translation>dòng quá dài để nhập (tối đa 65.536 ký tự và 256 trường); hãy xóa phần không liên quan</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>Meeting schedule status</source>
        <translation>Tình hình thực hiện lịch họp</translation>
    </message>
    <message>
        <source>Tasks status by agency</source>
        <translation>Tình hình thực hiện nhiệm vụ theo cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Nomination list (attachment to a submission)</source>
        <translation>Danh sách đề nghị khen thưởng (kèm theo tờ trình)</translation>
    </message>
    <message>
        <source>Campaign results by district</source>
        <translation>Kết quả phong trào thi đua theo cấp huyện</translation>
    </message>
    <message>
        <source>Every meeting of the steering plans as of today: its deadline as the plan words it, whether it was held, is late or overdue, the agencies responsible for it by role, and its conclusions. Usually issued by the steering committee.</source>
        <translation>Toàn bộ cuộc họp theo các kế hoạch chỉ đạo tính đến ngày hôm nay: thời hạn theo cách ghi của kế hoạch, tình trạng đã họp, trễ hạn hay quá hạn, các cơ quan, đơn vị thực hiện theo vai trò và kết luận của cuộc họp. Thường do Ban Chỉ đạo ban hành.</translation>
    </message>
    <message>
        <source>The standing tasks of the plans grouped by the agency that leads them, with their due dates and where each stands as of today: for the steering committee&apos;s review of who is behind.</source>
        <translation>Các nhiệm vụ của kế hoạch được nhóm theo cơ quan chủ trì, kèm thời hạn và tình hình thực hiện từng nhiệm vụ tính đến ngày hôm nay: phục vụ Ban Chỉ đạo rà soát các cơ quan, đơn vị chậm tiến độ.</translation>
    </message>
    <message>
        <source>The nominations to attach to a submission (tờ trình) for awards: grouped by award form, with each nominee&apos;s eligibility from the election results, the criteria not met, the totals and the award money.</source>
        <translation>Danh sách hồ sơ đề nghị khen thưởng gửi kèm tờ trình: nhóm theo hình thức khen thưởng, kèm tình trạng đủ điều kiện của từng đối tượng theo kết quả bầu cử, các tiêu chí chưa đạt, số tổng hợp và tiền thưởng.</translation>
    </message>
    <message>
        <source>The campaign&apos;s results for each district and the province: turnout, invalid ballots, law study and eligibility for an award, with a chart of turnout against the 99.90 % threshold.</source>
        <translation>Kết quả phong trào thi đua của từng huyện và của tỉnh: tỷ lệ cử tri đi bầu, phiếu không hợp lệ, học tập Luật Bầu cử và việc đủ điều kiện khen thưởng, kèm biểu đồ tỷ lệ cử tri đi bầu so với chỉ tiêu 99,90 %.</translation>
    </message>
    <message>
        <source>Party body (Guidance 36-HD/VPTW)</source>
        <translation>Cơ quan của Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>State body (Decree 30/2020/NĐ-CP)</source>
        <translation>Cơ quan nhà nước (Nghị định 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>None: the title lines only</source>
        <translation>Không có: chỉ ghi chức vụ người ký</translation>
    </message>
    <message>
        <source>%1 on behalf of a collective body</source>
        <translation>%1 thay mặt tập thể lãnh đạo</translation>
    </message>
    <message>
        <source>%1 a deputy signing for the head</source>
        <translation>%1 cấp phó ký thay cấp trưởng</translation>
    </message>
    <message>
        <source>%1 by order of the head</source>
        <translation>%1 thừa lệnh người đứng đầu</translation>
    </message>
    <message>
        <source>%1 by authorisation</source>
        <translation>%1 thừa ủy quyền người đứng đầu</translation>
    </message>
    <message>
        <source>%1 acting head</source>
        <translation>%1 quyền cấp trưởng</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>meets the target</source>
        <translation>đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>below the target (hatched)</source>
        <translation>chưa đạt chỉ tiêu (gạch chéo)</translation>
    </message>
    <message>
        <source>%1 (%2, last allowed day %3)</source>
        <translation>%1 (%2, hạn cuối %3)</translation>
    </message>
    <message>
        <source>Overdue, not yet held: %1.</source>
        <translation>Quá hạn, chưa họp: %1.</translation>
    </message>
    <message>
        <source>Held after the deadline: %1.</source>
        <translation>Đã họp sau thời hạn: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s): %1.</source>
        <translation>
            <numerusform>Sắp đến hạn trong %n ngày tới: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting is overdue or was held late.</source>
        <translation>Không có cuộc họp nào quá hạn hoặc họp trễ hạn.</translation>
    </message>
    <message>
        <source>Requested by: %1</source>
        <translation>Theo đề nghị của: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Responsible agencies</source>
        <translation>Cơ quan, đơn vị thực hiện</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>%1, the plans hold no meetings, so there is no schedule to report on.</source>
        <translation>%1, các kế hoạch không đề ra cuộc họp nào nên không có lịch họp để báo cáo.</translation>
    </message>
    <message numerus="yes">
        <source>%1, the plans hold %n meeting(s). The table below counts them by status; Appendix I lists each meeting with its deadline as the plan words it, its last allowed day, the responsible agencies and its conclusions.</source>
        <translation>
            <numerusform>%1, các kế hoạch đề ra %n cuộc họp. Bảng dưới đây tổng hợp số cuộc họp theo trạng thái; Phụ lục I liệt kê từng cuộc họp kèm thời hạn theo cách ghi của kế hoạch, hạn cuối, cơ quan, đơn vị thực hiện và kết luận của cuộc họp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Số cuộc họp</translation>
    </message>
    <message>
        <source>II. MEETINGS NEEDING ATTENTION</source>
        <translation>II. CÁC CUỘC HỌP CẦN LƯU Ý</translation>
    </message>
    <message>
        <source>Status of the meeting schedule</source>
        <translation>Tình hình thực hiện lịch họp</translation>
    </message>
    <message numerus="yes">
        <source>%n qualitative condition(s) not judged yet</source>
        <translation>
            <numerusform>%n tiêu chí định tính chưa được đánh giá</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision %1 of %2</source>
        <translation>Quyết định số %1 ngày %2</translation>
    </message>
    <message>
        <source>Certificate issued on %1</source>
        <translation>Đã trao bằng/giấy khen ngày %1</translation>
    </message>
    <message>
        <source>Appraisal overdue since %1</source>
        <translation>Quá hạn thẩm định (hạn cuối %1)</translation>
    </message>
    <message>
        <source>Nominated more than once</source>
        <translation>Được đề nghị nhiều lần</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Tên tập thể, cá nhân</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit or workplace</source>
        <translation>Đơn vị hoặc nơi công tác</translation>
    </message>
    <message>
        <source>Nominating agency</source>
        <translation>Cơ quan đề nghị</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Điều kiện khen thưởng</translation>
    </message>
    <message>
        <source>Award money (đồng)</source>
        <translation>Tiền thưởng (đồng)</translation>
    </message>
    <message>
        <source>Total %1: %2</source>
        <translation>Cộng %1: %2</translation>
    </message>
    <message>
        <source>Grand total: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <source>Award form</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message numerus="yes">
        <source>%1, the list holds %n nomination(s) (collectives: %2, individuals: %3), grouped by award form in the appendix.</source>
        <translation>
            <numerusform>%1, danh sách có %n hồ sơ đề nghị khen thưởng (tập thể: %2, cá nhân: %3), được sắp xếp theo hình thức khen thưởng tại phụ lục.</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the measurable criteria of the campaign: %1 eligible, %2 not eligible, %3 not measured (not tied to an election unit, or no criterion applies).</source>
        <translation>Đối chiếu với các tiêu chí định lượng của phong trào thi đua: %1 hồ sơ đủ điều kiện, %2 hồ sơ không đủ điều kiện, %3 hồ sơ không đánh giá theo tiêu chí định lượng (không gắn với đơn vị bầu cử hoặc không áp dụng tiêu chí nào).</translation>
    </message>
    <message>
        <source>Award money: %1 đồng in total.</source>
        <translation>Tổng số tiền thưởng: %1 đồng.</translation>
    </message>
    <message>
        <source>Of this, %1 đồng (marked *) is estimated at today&apos;s rates for nominations not yet decided.</source>
        <translation>Trong đó, %1 đồng (đánh dấu *) là số tiền ước tính theo mức hiện hành đối với các hồ sơ chưa có quyết định.</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s) (marked —) have no rate in the award settings: a state award is paid by the level that decides it.</source>
        <translation>
            <numerusform>%n hồ sơ (đánh dấu —) chưa có mức thưởng trong thiết lập khen thưởng: khen thưởng cấp Nhà nước do cấp quyết định khen thưởng chi trả.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected nomination(s) are not listed.</source>
        <translation>
            <numerusform>%n hồ sơ đã bị từ chối không có trong danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no nomination is waiting to be proposed for an award, so there is no list to attach.</source>
        <translation>%1, không có hồ sơ nào chờ trình khen thưởng nên không có danh sách để gửi kèm.</translation>
    </message>
    <message>
        <source>List of collectives and individuals proposed for awards</source>
        <translation>Danh sách tập thể, cá nhân đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>* estimated at today&apos;s rates: no decision yet. — no rate in the award settings. Percentages are floored to two decimals.</source>
        <translation>* ước tính theo mức hiện hành: chưa có quyết định. — chưa có mức thưởng trong thiết lập khen thưởng. Tỷ lệ phần trăm được làm tròn xuống đến hai chữ số thập phân.</translation>
    </message>
    <message>
        <source>APPENDIX %1</source>
        <translation>PHỤ LỤC %1</translation>
    </message>
    <message>
        <source>(Attached to %1 No. %2 dated %3 of %4)</source>
        <translation>(Kèm theo %1 số %2 ngày %3 của %4)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Chưa xác định ngày</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Held on time</source>
        <translation>Đã họp đúng hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Held late</source>
        <translation>Đã họp trễ hạn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message numerus="yes">
        <source>held %n day(s) late</source>
        <translation>
            <numerusform>họp trễ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Last allowed day: %1</source>
        <translation>Hạn cuối: %1</translation>
    </message>
    <message>
        <source>On request: no date</source>
        <translation>Theo đề nghị: không ấn định ngày</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Tham mưu</translation>
    </message>
    <message>
        <source>Co-ordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>I. GENERAL SITUATION</source>
        <translation>I. TÌNH HÌNH CHUNG</translation>
    </message>
    <message numerus="yes">
        <source>Status as of %1. &quot;Due soon&quot; means that the last allowed day falls within %n day(s).</source>
        <translation>
            <numerusform>Tình trạng tính đến ngày %1. &quot;Sắp đến hạn&quot; nghĩa là hạn cuối nằm trong vòng %n ngày tới.</numerusform>
        </translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến ngày %1</translation>
    </message>
    <message>
        <source>Not fully reported: %1 of %2 polling areas</source>
        <translation>Chưa báo cáo đủ: %1/%2 khu vực bỏ phiếu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>not fully reported</source>
        <translation>chưa báo cáo đủ</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Không: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Tổng số cử tri</translation>
    </message>
    <message>
        <source>Voters who voted</source>
        <translation>Số cử tri đã bỏ phiếu</translation>
    </message>
    <message>
        <source>Turnout (%)</source>
        <translation>Tỷ lệ cử tri đi bầu (%)</translation>
    </message>
    <message>
        <source>Highest invalid ballot share (%)</source>
        <translation>Tỷ lệ phiếu không hợp lệ cao nhất (%)</translation>
    </message>
    <message>
        <source>Studied the election law (%)</source>
        <translation>Tham gia học tập Luật Bầu cử (%)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Tổng cộng: %1</translation>
    </message>
    <message>
        <source>Turnout by unit (%, floored to two decimals)</source>
        <translation>Tỷ lệ cử tri đi bầu theo đơn vị (%, làm tròn xuống đến hai chữ số thập phân)</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>%1, %2 of %3 polling areas have reported their results.</source>
        <translation>%1, đã có %2/%3 khu vực bỏ phiếu báo cáo kết quả.</translation>
    </message>
    <message>
        <source>No campaign sets measurable criteria, so no unit is judged eligible or not.</source>
        <translation>Chưa có phong trào thi đua nào quy định tiêu chí định lượng nên chưa đánh giá đơn vị nào đủ hay không đủ điều kiện.</translation>
    </message>
    <message>
        <source>A unit is eligible when all its polling areas have reported and it meets every criterion of the campaign: %1.</source>
        <translation>Đơn vị đủ điều kiện khi tất cả khu vực bỏ phiếu của đơn vị đã báo cáo và đơn vị đạt mọi tiêu chí của phong trào thi đua: %1.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 registered voters voted (turnout %4).</source>
        <translation>%1: có %2/%3 cử tri đã bỏ phiếu (tỷ lệ cử tri đi bầu %4).</translation>
    </message>
    <message>
        <source>%1 of %2 units below it are eligible.</source>
        <translation>Có %1/%2 đơn vị trực thuộc đủ điều kiện.</translation>
    </message>
    <message>
        <source>%1, no election units and results have been imported, so there are no results to report.</source>
        <translation>%1, chưa nhập đơn vị bầu cử và kết quả bầu cử nên chưa có kết quả để báo cáo.</translation>
    </message>
    <message>
        <source>Percentages are floored to two decimals, never rounded, so that a shown figure never contradicts its decision. Units without registered voters are not shown.</source>
        <translation>Tỷ lệ phần trăm được làm tròn xuống đến hai chữ số thập phân, không làm tròn lên, để số liệu thể hiện không mâu thuẫn với kết quả đánh giá. Không thể hiện các đơn vị có tổng số cử tri bằng 0.</translation>
    </message>
    <message>
        <source>Election results by unit</source>
        <translation>Kết quả bầu cử theo đơn vị</translation>
    </message>
    <message>
        <source>Figures are sums over the polling areas that have reported. Percentages are floored to two decimals; &quot;—&quot; means not computable.</source>
        <translation>Số liệu là tổng hợp từ các khu vực bỏ phiếu đã báo cáo. Tỷ lệ phần trăm được làm tròn xuống đến hai chữ số thập phân; &quot;—&quot; là không tính được.</translation>
    </message>
    <message>
        <source>No lead agency named</source>
        <translation>Chưa xác định cơ quan chủ trì</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang thực hiện</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Co-ordinating agencies</source>
        <translation>Cơ quan, đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Days left or overdue</source>
        <translation>Số ngày còn lại hoặc quá hạn</translation>
    </message>
    <message>
        <source>No deadline set</source>
        <translation>Không quy định thời hạn</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <source>%1, the plans give no standing tasks to any agency, so there is nothing to report.</source>
        <translation>%1, các kế hoạch không giao nhiệm vụ cho cơ quan, đơn vị nào nên không có nội dung để báo cáo.</translation>
    </message>
    <message numerus="yes">
        <source>%1, the plans give %n standing task(s) to their lead agencies. The tables below count them by status and by lead agency; Appendix I lists each task with its co-ordinating agencies, deadline and status.</source>
        <translation>
            <numerusform>%1, các kế hoạch giao %n nhiệm vụ cho các cơ quan chủ trì. Các bảng dưới đây tổng hợp số nhiệm vụ theo trạng thái và theo cơ quan chủ trì; Phụ lục I liệt kê từng nhiệm vụ kèm cơ quan, đơn vị phối hợp, thời hạn và trạng thái.</numerusform>
        </translation>
    </message>
    <message>
        <source>II. TASKS BY LEAD AGENCY</source>
        <translation>II. NHIỆM VỤ THEO CƠ QUAN CHỦ TRÌ</translation>
    </message>
    <message>
        <source>Tasks without a date are standing duties that the plans give no deadline.</source>
        <translation>Nhiệm vụ chưa xác định ngày là nhiệm vụ thường xuyên mà kế hoạch không quy định thời hạn.</translation>
    </message>
    <message>
        <source>Standing tasks by lead agency</source>
        <translation>Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Reports:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>Choose a report; Enter shows its preview.</source>
        <translation>Chọn một báo cáo; nhấn Enter để xem trước.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Danh sách báo cáo</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số, ký hiệu:</translation>
    </message>
    <message>
        <source>Place and date:</source>
        <translation>Địa danh, ngày tháng:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Mẫu trình bày:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Issuer, number, date, title, signature and recipients of this report</source>
        <translation>Cơ quan ban hành, số, ngày, trích yếu, chữ ký và nơi nhận của báo cáo này</translation>
    </message>
    <message>
        <source>&amp;Letterhead…</source>
        <translation>Thông tin &amp;văn bản…</translation>
    </message>
    <message>
        <source>Show the pages as they will print</source>
        <translation>Hiển thị các trang như khi in</translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation>Xem trướ&amp;c…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file, the document of record</source>
        <translation>Lưu báo cáo thành tệp PDF, là bản lưu chính thức</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report as one web page, for a quick look in a browser</source>
        <translation>Lưu báo cáo thành một trang web để xem nhanh bằng trình duyệt</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>Xuất &amp;HTML…</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Tiến độ tạo báo cáo</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Hủ&amp;y</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message numerus="yes">
        <source>passes with %n voter(s) to spare</source>
        <translation>
            <numerusform>đạt, dư %n cử tri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s) short</source>
        <translation>
            <numerusform>thiếu %n cử tri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passes; %n more invalid ballot(s) would still pass</source>
        <translation>
            <numerusform>đạt; thêm %n phiếu không hợp lệ nữa vẫn đạt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid ballot(s) too many</source>
        <translation>
            <numerusform>thừa %n phiếu không hợp lệ</numerusform>
        </translation>
    </message>
    <message>
        <source>Turnout cannot be computed: no registered voters.</source>
        <translation>Không tính được tỷ lệ cử tri đi bầu: tổng số cử tri bằng 0.</translation>
    </message>
    <message>
        <source>Turnout %1; the campaign sets no limit.</source>
        <translation>Tỷ lệ cử tri đi bầu %1; phong trào thi đua không đặt ngưỡng.</translation>
    </message>
    <message>
        <source>Turnout %1, needs %2: %3.</source>
        <translation>Tỷ lệ cử tri đi bầu %1, cần %2: %3.</translation>
    </message>
    <message>
        <source>The share who studied the election law cannot be computed: no registered voters.</source>
        <translation>Không tính được tỷ lệ cử tri tham gia học tập Luật Bầu cử: tổng số cử tri bằng 0.</translation>
    </message>
    <message>
        <source>Studied the election law %1; the campaign sets no limit.</source>
        <translation>Tham gia học tập Luật Bầu cử %1; phong trào thi đua không đặt ngưỡng.</translation>
    </message>
    <message>
        <source>Studied the election law %1, needs %2: %3.</source>
        <translation>Tham gia học tập Luật Bầu cử %1, cần %2: %3.</translation>
    </message>
    <message>
        <source>The invalid share cannot be computed: a ballot has no counting result or received no ballots.</source>
        <translation>Không tính được tỷ lệ phiếu không hợp lệ: có cuộc bầu cử chưa có kết quả kiểm phiếu hoặc không có phiếu thu vào.</translation>
    </message>
    <message>
        <source>Highest invalid share %1 (%2); the campaign sets no limit.</source>
        <translation>Tỷ lệ phiếu không hợp lệ cao nhất %1 (%2); phong trào thi đua không đặt ngưỡng.</translation>
    </message>
    <message>
        <source>Highest invalid share %1 (%2), needs %3: %4.</source>
        <translation>Tỷ lệ phiếu không hợp lệ cao nhất %1 (%2), cần %3: %4.</translation>
    </message>
    <message>
        <source>No counting results yet.</source>
        <translation>Chưa có kết quả kiểm phiếu.</translation>
    </message>
    <message>
        <source>No ballot needed bầu cử thêm or bầu cử lại.</source>
        <translation>Không có cuộc bầu cử nào phải bầu cử thêm hoặc bầu cử lại.</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s) needed bầu cử thêm or bầu cử lại%1.</source>
        <translation>
            <numerusform>%n cuộc bầu cử phải bầu cử thêm hoặc bầu cử lại%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>: fails</source>
        <translation>: không đạt</translation>
    </message>
    <message>
        <source>Eligible for the award.</source>
        <translation>Đủ điều kiện khen thưởng.</translation>
    </message>
    <message>
        <source>Not eligible:</source>
        <translation>Không đủ điều kiện khen thưởng:</translation>
    </message>
    <message>
        <source>%1 of %2 polling areas have reported; a unit is eligible only when all have.</source>
        <translation>%1/%2 khu vực bỏ phiếu đã báo cáo; đơn vị chỉ đủ điều kiện khi tất cả khu vực bỏ phiếu đã báo cáo.</translation>
    </message>
    <message numerus="yes">
        <source>Turnout is only %n voter(s) above the line.</source>
        <translation>
            <numerusform>Tỷ lệ cử tri đi bầu chỉ vượt ngưỡng %n cử tri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share who studied the law is only %n voter(s) above the line.</source>
        <translation>
            <numerusform>Tỷ lệ cử tri tham gia học tập Luật Bầu cử chỉ vượt ngưỡng %n cử tri.</numerusform>
        </translation>
    </message>
    <message>
        <source>National Assembly</source>
        <translation>Quốc hội</translation>
    </message>
    <message>
        <source>Provincial council</source>
        <translation>HĐND tỉnh</translation>
    </message>
    <message>
        <source>District council</source>
        <translation>HĐND huyện</translation>
    </message>
    <message>
        <source>Commune council</source>
        <translation>HĐND xã</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Polling area</source>
        <translation>Khu vực bỏ phiếu</translation>
    </message>
    <message>
        <source>Registered voters</source>
        <translation>Tổng số cử tri</translation>
    </message>
    <message>
        <source>Voters who voted</source>
        <translation>Cử tri đã bỏ phiếu</translation>
    </message>
    <message>
        <source>Voters who studied the election law</source>
        <translation>Cử tri tham gia học tập Luật Bầu cử</translation>
    </message>
    <message>
        <source>Ballots issued</source>
        <translation>Số phiếu phát ra</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Số phiếu thu vào</translation>
    </message>
    <message>
        <source>Valid ballots</source>
        <translation>Phiếu hợp lệ</translation>
    </message>
    <message>
        <source>Invalid ballots</source>
        <translation>Phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>Re-run (bầu cử lại)</source>
        <translation>Bầu cử lại</translation>
    </message>
    <message>
        <source>Additional election (bầu cử thêm)</source>
        <translation>Bầu cử thêm</translation>
    </message>
    <message numerus="yes">
        <source>The invalid share is only %n ballot(s) below the line.</source>
        <translation>
            <numerusform>Tỷ lệ phiếu không hợp lệ chỉ thấp hơn ngưỡng %n phiếu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Measurable award criteria</source>
        <translation>Tiêu chí khen thưởng định lượng</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>Search code or name (accents optional)</source>
        <translation>Tìm theo mã hoặc tên (có thể gõ không dấu)</translation>
    </message>
    <message>
        <source>&amp;Units and decisions</source>
        <translation>Đơn vị và kết &amp;quả đánh giá</translation>
    </message>
    <message>
        <source>Units with their figures and decisions</source>
        <translation>Các đơn vị kèm số liệu và kết quả đánh giá</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>&amp;Tiêu chí</translation>
    </message>
    <message>
        <source>The results are checked against these measurable award criteria:</source>
        <translation>Kết quả được đối chiếu với các tiêu chí khen thưởng định lượng sau:</translation>
    </message>
    <message>
        <source>&amp;Official lock history</source>
        <translation>&amp;Lịch sử khóa kết quả</translation>
    </message>
    <message>
        <source>When the results were marked official or unlocked, by whom and why</source>
        <translation>Thời điểm kết quả được xác nhận chính thức hoặc được mở khóa, người thực hiện và lý do</translation>
    </message>
</context>
<context>
    <name>ResultsText</name>
    <message>
        <source>Turnout</source>
        <translation>Tỷ lệ cử tri đi bầu</translation>
    </message>
    <message>
        <source>Highest invalid share</source>
        <translation>Tỷ lệ phiếu không hợp lệ cao nhất</translation>
    </message>
    <message>
        <source>Law study</source>
        <translation>Học tập Luật Bầu cử</translation>
    </message>
    <message>
        <source>No bầu cử thêm or bầu cử lại</source>
        <translation>Không phải bầu cử thêm hoặc bầu cử lại</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n cuộc bầu cử</numerusform>
        </translation>
    </message>
    <message>
        <source>Not computable: no polling area below has reported its ballots.</source>
        <translation>Không tính được: chưa có khu vực bỏ phiếu trực thuộc nào báo cáo số liệu phiếu bầu.</translation>
    </message>
    <message>
        <source>Not computable: the figures are missing or the denominator is zero. A unit that cannot be computed is not eligible.</source>
        <translation>Không tính được: thiếu số liệu hoặc mẫu số bằng 0. Đơn vị không tính được thì không đủ điều kiện khen thưởng.</translation>
    </message>
    <message>
        <source>Ballots of the polling areas below that needed bầu cử thêm or bầu cử lại: %1 of %2.</source>
        <translation>Số cuộc bầu cử tại các khu vực bỏ phiếu trực thuộc phải bầu cử thêm hoặc bầu cử lại: %1/%2.</translation>
    </message>
    <message>
        <source>Ballot with the highest share: %1</source>
        <translation>Cuộc bầu cử có tỷ lệ cao nhất: %1</translation>
    </message>
    <message>
        <source>Exact: %1 = %2</source>
        <translation>Giá trị chính xác: %1 = %2</translation>
    </message>
    <message>
        <source>Percentages are floored to two decimals, never rounded up, so the figure shown always agrees with the decision.</source>
        <translation>Tỷ lệ phần trăm được làm tròn xuống đến hai chữ số thập phân, không bao giờ làm tròn lên, để số liệu hiển thị luôn khớp với kết quả đánh giá.</translation>
    </message>
    <message>
        <source>The campaign does not require this criterion.</source>
        <translation>Phong trào thi đua không yêu cầu tiêu chí này.</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Yêu cầu: %1</translation>
    </message>
    <message>
        <source>✓ Passes</source>
        <translation>✓ Đạt</translation>
    </message>
    <message>
        <source>✗ Fails</source>
        <translation>✗ Không đạt</translation>
    </message>
    <message>
        <source>– no criteria</source>
        <translation>– không có tiêu chí</translation>
    </message>
    <message>
        <source>… not reported</source>
        <translation>… chưa báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>… %n area(s) left</source>
        <translation>
            <numerusform>… còn %n khu vực bỏ phiếu</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện</translation>
    </message>
    <message>
        <source>No report order yet: the unit has not reported completely.</source>
        <translation>Chưa có thứ tự báo cáo: đơn vị chưa báo cáo đầy đủ.</translation>
    </message>
    <message numerus="yes">
        <source>Reported first of the %n sibling unit(s) that have reported.</source>
        <translation>
            <numerusform>Báo cáo đầu tiên trong số %n đơn vị cùng cấp đã báo cáo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reported in place %1 of the %n sibling unit(s) that have reported.</source>
        <translation>
            <numerusform>Báo cáo thứ %1 trong số %n đơn vị cùng cấp đã báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete at %1.</source>
        <translation>Hoàn thành lúc %1.</translation>
    </message>
    <message>
        <source>The polling area has reported.</source>
        <translation>Khu vực bỏ phiếu đã báo cáo.</translation>
    </message>
    <message>
        <source>The polling area has not reported yet.</source>
        <translation>Khu vực bỏ phiếu chưa báo cáo.</translation>
    </message>
    <message numerus="yes">
        <source>All %n polling area(s) have reported.</source>
        <translation>
            <numerusform>Tất cả %n khu vực bỏ phiếu đã báo cáo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n polling area(s) have not reported yet.</source>
        <translation>
            <numerusform>%1/%n khu vực bỏ phiếu chưa báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>người dùng không xác định</translation>
    </message>
    <message>
        <source>Marked official by %1 on %2.</source>
        <translation>Được %1 xác nhận chính thức vào %2.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Unlocked by %1 on %2. Reason: %3</source>
        <translation>Được %1 mở khóa vào %2. Lý do: %3</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>Typed in by hand</source>
        <translation>Nhập thủ công</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>&quot;%1&quot; is not a whole number in digits only; write %2</source>
        <translation>&quot;%1&quot; không phải là số nguyên chỉ gồm chữ số; hãy ghi %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; write digits only, without signs, separators or spaces (for example 12345)</source>
        <translation>&quot;%1&quot; không phải là số nguyên; hãy chỉ ghi chữ số, không có dấu, dấu phân cách hay khoảng trắng (ví dụ 12345)</translation>
    </message>
    <message>
        <source>%1 is larger than any count can be (at most 999999999); check it</source>
        <translation>%1 lớn hơn mọi số đếm có thể có (tối đa 999999999); hãy kiểm tra lại</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date and time; write ISO 8601, for example 2021-05-23T19:30</source>
        <translation>&quot;%1&quot; không phải là ngày giờ có thật; hãy ghi theo ISO 8601, ví dụ 2021-05-23T19:30</translation>
    </message>
    <message>
        <source>no unit has the code &quot;%1&quot;; write the code of a unit in this file or already imported, or leave it empty for a top-level unit</source>
        <translation>không có đơn vị nào có mã &quot;%1&quot;; hãy ghi mã của một đơn vị có trong tệp này hoặc đã được nhập, hoặc để trống nếu là đơn vị cấp cao nhất</translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; would place the unit under itself; correct the parent codes</source>
        <translation>đơn vị cấp trên &quot;%1&quot; sẽ làm đơn vị trực thuộc chính nó; hãy sửa lại các mã đơn vị cấp trên</translation>
    </message>
    <message>
        <source>the unit &quot;%2&quot; stands under this unit, so its level cannot be &quot;%1&quot;; a parent stands higher than its children</source>
        <translation>đơn vị &quot;%2&quot; trực thuộc đơn vị này nên cấp của đơn vị này không thể là &quot;%1&quot;; đơn vị cấp trên phải ở cấp cao hơn đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; is at level &quot;%2&quot;, not above this unit; the order is province, district, commune, area</source>
        <translation>đơn vị cấp trên &quot;%1&quot; ở cấp &quot;%2&quot;, không cao hơn đơn vị này; thứ tự các cấp là province, district, commune, area</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has voter figures, so it cannot have units under it; import it without figures first</source>
        <translation>đơn vị &quot;%1&quot; đã có số liệu cử tri nên không thể có đơn vị trực thuộc; hãy nhập đơn vị đó không kèm số liệu trước</translation>
    </message>
    <message>
        <source>other units name this unit as their parent, so its figures must be empty: figures belong to the polling areas and are summed upwards</source>
        <translation>có đơn vị khác ghi đơn vị này là đơn vị cấp trên nên số liệu của đơn vị này phải để trống: số liệu thuộc về các khu vực bỏ phiếu và được cộng dồn lên cấp trên</translation>
    </message>
    <message>
        <source>registered_voters, voters_voted and law_study_participants are given together, or all left empty while the unit has not reported; fill this one in</source>
        <translation>registered_voters, voters_voted và law_study_participants phải được ghi cùng nhau, hoặc để trống cả ba khi đơn vị chưa báo cáo; hãy điền giá trị này</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; already has counting results, so it cannot have units under it</source>
        <translation>đơn vị &quot;%1&quot; đã có kết quả kiểm phiếu nên không thể có đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>%1 voters voted but only %2 are registered; check the minutes</source>
        <translation>%1 cử tri đã bỏ phiếu nhưng tổng số cử tri chỉ là %2; hãy kiểm tra biên bản</translation>
    </message>
    <message>
        <source>%1 voters studied the election law but only %2 are registered; check the figure</source>
        <translation>%1 cử tri tham gia học tập Luật Bầu cử nhưng tổng số cử tri chỉ là %2; hãy kiểm tra số liệu</translation>
    </message>
    <message>
        <source>no unit has the code &quot;%1&quot;; import the units file first or correct the code</source>
        <translation>không có đơn vị nào có mã &quot;%1&quot;; hãy nhập tệp đơn vị trước hoặc sửa lại mã</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has units under it; counting results belong to polling areas, whose sums make the totals above them</source>
        <translation>đơn vị &quot;%1&quot; có đơn vị trực thuộc; kết quả kiểm phiếu thuộc về các khu vực bỏ phiếu, số liệu các cấp trên được tổng hợp từ các khu vực bỏ phiếu</translation>
    </message>
    <message>
        <source>the unit &quot;%1&quot; has no voter figures yet; import its registered_voters, voters_voted and law_study_participants with the units file first</source>
        <translation>đơn vị &quot;%1&quot; chưa có số liệu cử tri; hãy nhập registered_voters, voters_voted và law_study_participants của đơn vị bằng tệp đơn vị trước</translation>
    </message>
    <message>
        <source>%1 ballots issued but only %2 voters are registered; a voter gets one ballot of each kind</source>
        <translation>số phiếu phát ra là %1 nhưng tổng số cử tri chỉ là %2; mỗi cử tri chỉ nhận một phiếu cho mỗi cuộc bầu cử</translation>
    </message>
    <message>
        <source>the unit has counting results, so its voter figures cannot be left empty; give all three</source>
        <translation>đơn vị đã có kết quả kiểm phiếu nên không được để trống số liệu cử tri; hãy ghi đủ cả ba</translation>
    </message>
    <message>
        <source>%1 ballots received but only %2 issued; the box cannot hold more than was issued</source>
        <translation>số phiếu thu vào là %1 nhưng số phiếu phát ra chỉ là %2; hòm phiếu không thể có nhiều phiếu hơn số phiếu đã phát ra</translation>
    </message>
    <message>
        <source>valid and invalid ballots add up to %2 but %1 were received; every ballot taken out is either valid or invalid</source>
        <translation>phiếu hợp lệ và phiếu không hợp lệ cộng lại là %2 nhưng số phiếu thu vào là %1; mỗi phiếu lấy ra khỏi hòm phiếu đều phải là phiếu hợp lệ hoặc phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>only %1 of %2 registered voters voted (50 % or less) and bầu cử lại is not marked; the law requires a re-run (Art. 80): mark revote or check the figures</source>
        <translation>chỉ %1 trên %2 cử tri đã bỏ phiếu (từ 50 % trở xuống) nhưng chưa đánh dấu bầu cử lại; luật quy định phải bầu cử lại (Điều 80): hãy đánh dấu bầu cử lại (revote) hoặc kiểm tra số liệu</translation>
    </message>
    <message>
        <source>%1 of %2 ballots received are invalid (more than 5 %); check the count</source>
        <translation>%1 trên %2 phiếu thu vào là phiếu không hợp lệ (hơn 5 %); hãy kiểm tra lại việc kiểm phiếu</translation>
    </message>
    <message>
        <source>%1 ballots received but %2 voters voted (more than 2 % apart); explain the difference</source>
        <translation>số phiếu thu vào là %1 nhưng số cử tri đã bỏ phiếu là %2 (chênh lệch hơn 2 %); hãy giải trình sự chênh lệch</translation>
    </message>
    <message>
        <source>%1 ballots issued but %2 voters voted; the team must compare them and explain the difference</source>
        <translation>số phiếu phát ra là %1 nhưng số cử tri đã bỏ phiếu là %2; Tổ bầu cử phải đối chiếu và giải trình sự chênh lệch</translation>
    </message>
    <message>
        <source>%1 ballots received of %2 issued; a ballot was not put in the box</source>
        <translation>số phiếu thu vào là %1 trên %2 phiếu phát ra; có phiếu không được bỏ vào hòm phiếu</translation>
    </message>
    <message>
        <source>nobody voted although %1 voters are registered</source>
        <translation>không có cử tri nào bỏ phiếu dù tổng số cử tri là %1</translation>
    </message>
    <message>
        <source>no registered voters: percentages cannot be computed and the unit can never pass a criterion</source>
        <translation>tổng số cử tri bằng 0: không tính được tỷ lệ phần trăm và đơn vị không thể đạt bất kỳ tiêu chí nào</translation>
    </message>
    <message>
        <source>The file cannot be read as text</source>
        <translation>Không đọc được tệp dưới dạng văn bản</translation>
    </message>
    <message>
        <source>Malformed CSV</source>
        <translation>CSV sai định dạng</translation>
    </message>
    <message>
        <source>Missing column</source>
        <translation>Thiếu cột</translation>
    </message>
    <message>
        <source>Wrong number of fields on a line</source>
        <translation>Số trường của dòng không đúng</translation>
    </message>
    <message>
        <source>Required value missing</source>
        <translation>Thiếu giá trị bắt buộc</translation>
    </message>
    <message>
        <source>Not a whole number</source>
        <translation>Không phải số nguyên</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Số quá lớn</translation>
    </message>
    <message>
        <source>Unknown level, ballot or flag</source>
        <translation>Cấp, cuộc bầu cử hoặc giá trị đánh dấu không hợp lệ</translation>
    </message>
    <message>
        <source>Impossible date or time</source>
        <translation>Ngày hoặc giờ không có thật</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Dòng bị trùng</translation>
    </message>
    <message>
        <source>Unknown parent unit</source>
        <translation>Đơn vị cấp trên không tồn tại</translation>
    </message>
    <message>
        <source>Units under themselves</source>
        <translation>Đơn vị trực thuộc chính nó</translation>
    </message>
    <message>
        <source>Parent not above its child</source>
        <translation>Đơn vị cấp trên không ở cấp cao hơn</translation>
    </message>
    <message>
        <source>Figures on a unit with children</source>
        <translation>Số liệu ở đơn vị có đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Some voter figures missing</source>
        <translation>Thiếu một số số liệu cử tri</translation>
    </message>
    <message>
        <source>Results on a unit that gets children</source>
        <translation>Kết quả ở đơn vị sắp có đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>More voters voted than registered</source>
        <translation>Số cử tri đã bỏ phiếu lớn hơn tổng số cử tri</translation>
    </message>
    <message>
        <source>More studied the law than registered</source>
        <translation>Số cử tri học tập Luật Bầu cử lớn hơn tổng số cử tri</translation>
    </message>
    <message>
        <source>Unknown unit</source>
        <translation>Đơn vị không tồn tại</translation>
    </message>
    <message>
        <source>Results for a unit with children</source>
        <translation>Kết quả cho đơn vị có đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>Results before voter figures</source>
        <translation>Có kết quả trước khi có số liệu cử tri</translation>
    </message>
    <message>
        <source>More ballots issued than voters registered</source>
        <translation>Số phiếu phát ra lớn hơn tổng số cử tri</translation>
    </message>
    <message>
        <source>More ballots received than issued</source>
        <translation>Số phiếu thu vào lớn hơn số phiếu phát ra</translation>
    </message>
    <message>
        <source>Valid + invalid ≠ received</source>
        <translation>Hợp lệ + không hợp lệ ≠ thu vào</translation>
    </message>
    <message>
        <source>Figures removed from a unit with results</source>
        <translation>Xóa số liệu của đơn vị đã có kết quả</translation>
    </message>
    <message>
        <source>Turnout of 50 % or less without bầu cử lại</source>
        <translation>Tỷ lệ cử tri đi bầu từ 50 % trở xuống mà không bầu cử lại</translation>
    </message>
    <message>
        <source>Unusually many invalid ballots</source>
        <translation>Phiếu không hợp lệ nhiều bất thường</translation>
    </message>
    <message>
        <source>Ballots received far from voters who voted</source>
        <translation>Số phiếu thu vào chênh lệch lớn với số cử tri đã bỏ phiếu</translation>
    </message>
    <message>
        <source>Ballots issued differ from voters who voted</source>
        <translation>Số phiếu phát ra khác số cử tri đã bỏ phiếu</translation>
    </message>
    <message>
        <source>Fewer ballots received than issued</source>
        <translation>Số phiếu thu vào ít hơn số phiếu phát ra</translation>
    </message>
    <message>
        <source>Nobody voted</source>
        <translation>Không có cử tri nào bỏ phiếu</translation>
    </message>
    <message>
        <source>No registered voters</source>
        <translation>Tổng số cử tri bằng 0</translation>
    </message>
    <message>
        <source>Save the sheet as &quot;CSV UTF-8&quot; with a header line and try again.</source>
        <translation>Hãy lưu bảng tính theo định dạng &quot;CSV UTF-8&quot; có dòng tiêu đề rồi thử lại.</translation>
    </message>
    <message>
        <source>Put a field that contains a comma or a quote in quotes, and double the quotes inside it.</source>
        <translation>Hãy đặt trong ngoặc kép trường có chứa dấu phẩy hoặc dấu ngoặc kép, và viết dấu ngoặc kép bên trong thành hai dấu.</translation>
    </message>
    <message>
        <source>Write what the message names; the columns are listed in docs/rules.md.</source>
        <translation>Hãy ghi giá trị mà thông báo nêu; danh sách các cột có trong docs/rules.md.</translation>
    </message>
    <message>
        <source>Format the column as plain numbers without thousands separators.</source>
        <translation>Hãy định dạng cột là số thông thường, không có dấu phân cách hàng nghìn.</translation>
    </message>
    <message>
        <source>Write the time the unit reported as 2021-05-23T19:30, or leave it empty.</source>
        <translation>Hãy ghi thời điểm đơn vị báo cáo theo dạng 2021-05-23T19:30, hoặc để trống.</translation>
    </message>
    <message>
        <source>Keep one line for each code or each (unit, ballot).</source>
        <translation>Hãy chỉ giữ một dòng cho mỗi mã hoặc mỗi cặp (đơn vị, cuộc bầu cử).</translation>
    </message>
    <message>
        <source>Check parent_code: a district names its province, a commune its district (or province), a polling area its commune.</source>
        <translation>Hãy kiểm tra parent_code: huyện ghi mã của tỉnh, xã ghi mã của huyện (hoặc tỉnh), khu vực bỏ phiếu ghi mã của xã.</translation>
    </message>
    <message>
        <source>Give figures only for the polling areas; the totals above are sums.</source>
        <translation>Chỉ ghi số liệu cho các khu vực bỏ phiếu; số liệu các cấp trên là số tổng hợp.</translation>
    </message>
    <message>
        <source>Compare the figures with the signed counting minutes and correct the one that was keyed wrongly.</source>
        <translation>Hãy đối chiếu số liệu với biên bản kết quả kiểm phiếu đã ký và sửa số liệu bị nhập sai.</translation>
    </message>
    <message>
        <source>Import the units file first, then the results of its polling areas.</source>
        <translation>Hãy nhập tệp đơn vị trước, sau đó nhập kết quả của các khu vực bỏ phiếu.</translation>
    </message>
    <message>
        <source>Ask the election committee whether a re-run was decided and mark it.</source>
        <translation>Hãy hỏi Ủy ban bầu cử xem đã quyết định bầu cử lại hay chưa và đánh dấu cho phù hợp.</translation>
    </message>
    <message>
        <source>The figures are legal; confirm them with the polling team and note the explanation in the minutes.</source>
        <translation>Số liệu không trái quy định; hãy xác nhận với Tổ bầu cử và ghi nội dung giải trình vào biên bản.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>The new language applies the next time ElectionDesk starts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động ElectionDesk tiếp theo.</translation>
    </message>
    <message>
        <source>&amp;Due soon means within:</source>
        <translation>&amp;Sắp đến hạn khi còn trong vòng:</translation>
    </message>
    <message>
        <source>Meetings and tasks whose last allowed date is this close are listed as due soon.</source>
        <translation>Cuộc họp và nhiệm vụ có hạn cuối nằm trong khoảng thời gian này được xếp vào nhóm sắp đến hạn.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Daily &amp;backups kept:</source>
        <translation>Số &amp;bản sao lưu hằng ngày được giữ:</translation>
    </message>
    <message>
        <source>On the first start of each day a backup of the database is written into the folder &quot;backups&quot; beside it; this many of the newest are kept.</source>
        <translation>Lần khởi động đầu tiên mỗi ngày, một bản sao lưu cơ sở dữ liệu được ghi vào thư mục &quot;backups&quot; cạnh tệp; giữ lại số bản mới nhất này.</translation>
    </message>
</context>
<context>
    <name>StaleRefusal</name>
    <message>
        <source>Reload it now? Your edits in this window will be dropped. Choose No to keep the window open and copy what you need first.</source>
        <translation>Tải lại ngay? Các chỉnh sửa của bạn trong cửa sổ này sẽ bị bỏ. Chọn Không để giữ cửa sổ mở và sao chép trước những gì bạn cần.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Election steering office workbench.</source>
        <translation>Phần mềm hỗ trợ công tác của Ban Chỉ đạo bầu cử.</translation>
    </message>
    <message>
        <source>Open the database file &lt;path&gt;.</source>
        <translation>Mở tệp cơ sở dữ liệu &lt;tệp&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Take &lt;date&gt; (YYYY-MM-DD) as today&apos;s date, for demonstrations and checks.</source>
        <translation>Lấy &lt;ngày&gt; (YYYY-MM-DD) làm ngày hôm nay, dùng để trình diễn và kiểm tra.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>--today expects a date written YYYY-MM-DD, such as 2021-02-10; &quot;%1&quot; is not one.</source>
        <translation>--today cần một ngày ghi theo dạng YYYY-MM-DD, ví dụ 2021-02-10; &quot;%1&quot; không phải là ngày hợp lệ.</translation>
    </message>
    <message>
        <source>ElectionDesk</source>
        <translation>ElectionDesk</translation>
    </message>
    <message>
        <source>The database is empty. Fill it with the demo data of the two sample plans, %1 and %2, with their meetings, tasks and agencies?</source>
        <translation>Cơ sở dữ liệu đang trống. Nạp dữ liệu mẫu của hai kế hoạch mẫu %1 và %2, cùng các cuộc họp, nhiệm vụ và cơ quan, đơn vị liên quan?</translation>
    </message>
    <message>
        <source>Measure the start-up: print &quot;first_paint_ms &lt;milliseconds&gt;&quot; (from the start of the program to the first paint of the main window) and quit. The offer of demo data for an empty database is skipped.</source>
        <translation>Đo thời gian khởi động: in &quot;first_paint_ms &lt;mili giây&gt;&quot; (từ lúc chương trình bắt đầu đến lần vẽ đầu tiên của cửa sổ chính) rồi thoát. Không hỏi nạp dữ liệu mẫu khi cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Open the database for viewing only: nothing can be changed or saved. A file you may not write is opened so anyway.</source>
        <translation>Mở cơ sở dữ liệu chỉ để xem: không thể thay đổi hay lưu gì. Tệp bạn không có quyền ghi luôn được mở theo cách này.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>Không ghi được bản sao lưu hôm nay: %1</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Kế hoạch:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Mục:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>e.g. III.4; unique within the plan</source>
        <translation>ví dụ III.4; không trùng trong cùng kế hoạch</translation>
    </message>
    <message>
        <source>Problem with the section</source>
        <translation>Vấn đề ở mục</translation>
    </message>
    <message>
        <source>Printed &amp;number:</source>
        <translation>&amp;Số thứ tự:</translation>
    </message>
    <message>
        <source>Printed number</source>
        <translation>Số thứ tự trong kế hoạch</translation>
    </message>
    <message>
        <source>As the plan prints it, e.g. 4</source>
        <translation>Như ghi trong kế hoạch, ví dụ 4</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Problem with the content</source>
        <translation>Vấn đề ở nội dung</translation>
    </message>
    <message>
        <source>&amp;Agencies:</source>
        <translation>&amp;Cơ quan, đơn vị:</translation>
    </message>
    <message>
        <source>Agencies and their roles</source>
        <translation>Cơ quan, đơn vị và vai trò</translation>
    </message>
    <message>
        <source>Problem with the agencies</source>
        <translation>Vấn đề ở cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Thời hạn:</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>P&amp;rogress:</source>
        <translation>T&amp;iến độ:</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Ghi chú tiến độ</translation>
    </message>
    <message>
        <source>What has been done, what is pending, who was reminded</source>
        <translation>Đã làm được gì, còn gì chưa xong, đã nhắc nhở ai</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>Plan, section, content, agency or deadline; accents optional</source>
        <translation>Kế hoạch, mục, nội dung, cơ quan hoặc thời hạn; có thể gõ không dấu</translation>
    </message>
    <message>
        <source>Standing tasks</source>
        <translation>Danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>Selected task</source>
        <translation>Nhiệm vụ đang chọn</translation>
    </message>
    <message>
        <source>Add a standing task to a plan (Ctrl+N)</source>
        <translation>Thêm nhiệm vụ vào kế hoạch (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>Thê&amp;m nhiệm vụ…</translation>
    </message>
    <message>
        <source>Change the selected task, its status or its progress note (Enter or double-click)</source>
        <translation>Sửa nhiệm vụ đang chọn, trạng thái hoặc ghi chú tiến độ của nhiệm vụ (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Chỉ&amp;nh sửa…</translation>
    </message>
    <message>
        <source>Delete the selected task (Del)</source>
        <translation>Xóa nhiệm vụ đang chọn (Del)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan, đơn vị:</translation>
    </message>
    <message>
        <source>Only the tasks that name this agency, in any role</source>
        <translation>Chỉ các nhiệm vụ có cơ quan, đơn vị này, với bất kỳ vai trò nào</translation>
    </message>
    <message>
        <source>Filter by agency</source>
        <translation>Lọc theo cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Lọc theo tình trạng thời hạn</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>No date</source>
        <translation>Chưa xác định ngày</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Sắp tới</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành trễ hạn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Materials submitted</source>
        <translation>Đã nộp tài liệu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã họp</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Đã hoãn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Tham mưu</translation>
    </message>
    <message>
        <source>Co-ordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Đảng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>Fatherland Front</source>
        <translation>Mặt trận Tổ quốc</translation>
    </message>
    <message>
        <source>Election body</source>
        <translation>Cơ quan bầu cử</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>State document</source>
        <translation>Văn bản của cơ quan nhà nước</translation>
    </message>
    <message>
        <source>Party document</source>
        <translation>Văn bản của Đảng</translation>
    </message>
    <message>
        <source>District or agency</source>
        <translation>Huyện hoặc cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Collectives and individuals</source>
        <translation>Tập thể và cá nhân</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>invalid threshold</source>
        <translation>ngưỡng không hợp lệ</translation>
    </message>
    <message>
        <source>none allowed</source>
        <translation>không được phép có</translation>
    </message>
    <message>
        <source>reviewer&apos;s judgement</source>
        <translation>đánh giá của người thẩm định</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <source>on request</source>
        <translation>theo đề nghị</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ed::gui::AgenciesPage</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n cơ quan, đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả phù hợp</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be deleted while these refer to it:</source>
        <translation>Không thể xóa “%1” vì các mục sau vẫn tham chiếu đến cơ quan, đơn vị này:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Cuộc họp:</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Nhiệm vụ:</translation>
    </message>
    <message>
        <source>Plans it issued:</source>
        <translation>Kế hoạch do cơ quan, đơn vị này ban hành:</translation>
    </message>
    <message>
        <source>Agencies under it:</source>
        <translation>Cơ quan, đơn vị trực thuộc:</translation>
    </message>
    <message>
        <source>Inspection programmes that visit it:</source>
        <translation>Chương trình kiểm tra có kiểm tra cơ quan, đơn vị này:</translation>
    </message>
    <message>
        <source>Give those to another agency or delete them first; then the agency can be deleted.</source>
        <translation>Hãy chuyển các mục này cho cơ quan, đơn vị khác hoặc xóa chúng trước; sau đó mới xóa được cơ quan, đơn vị này.</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Thêm cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Delete agency</source>
        <translation>Xóa cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Delete the agency “%1”?

Edit ▸ Undo brings it back.</source>
        <translation>Xóa cơ quan, đơn vị “%1”?

Có thể khôi phục bằng Sửa ▸ Hoàn tác.</translation>
    </message>
    <message>
        <source>Import agencies</source>
        <translation>Nhập cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tệp văn bản (*.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import the agencies of “%1”?

Each line adds an agency, or updates the one with the same name. The file is checked first: if any line has a problem, nothing is written and every problem is listed.

An import cannot be undone with Edit ▸ Undo, and the edits made before it can no longer be undone either.</source>
        <translation>Nhập cơ quan, đơn vị từ “%1”?

Mỗi dòng sẽ thêm một cơ quan, đơn vị hoặc cập nhật cơ quan, đơn vị cùng tên. Tệp được kiểm tra trước: nếu có dòng nào có vấn đề thì sẽ không ghi gì và mọi vấn đề đều được liệt kê.

Không thể hoàn tác việc nhập bằng Sửa ▸ Hoàn tác, và các thay đổi đã thực hiện trước khi nhập cũng không thể hoàn tác được nữa.</translation>
    </message>
    <message>
        <source>The agencies of “%1” are imported: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Đã nhập cơ quan, đơn vị từ “%1”: thêm mới %2, cập nhật %3, giữ nguyên %4.</translation>
    </message>
</context>
<context>
    <name>ed::gui::AgencyDialog</name>
    <message>
        <source>Edit agency</source>
        <translation>Sửa cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Thêm cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>(none: a top-level agency)</source>
        <translation>(không có: cơ quan, đơn vị cấp cao nhất)</translation>
    </message>
    <message>
        <source>Type part of a name; empty for a top-level agency</source>
        <translation>Gõ một phần tên; để trống nếu là cơ quan, đơn vị cấp cao nhất</translation>
    </message>
    <message>
        <source>No agency is called that: choose one from the list, or leave the field empty for a top-level agency.</source>
        <translation>Không có cơ quan, đơn vị nào có tên này: hãy chọn trong danh sách, hoặc để trống nếu là cơ quan, đơn vị cấp cao nhất.</translation>
    </message>
</context>
<context>
    <name>ed::gui::AssignmentEditor</name>
    <message>
        <source>&amp;Add agency</source>
        <translation>Thêm cơ &amp;quan, đơn vị</translation>
    </message>
    <message>
        <source>Remo&amp;ve agency</source>
        <translation>Bỏ cơ quan, đơn &amp;vị</translation>
    </message>
    <message>
        <source>Agencies by role</source>
        <translation>Cơ quan, đơn vị theo vai trò</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Gõ một phần tên</translation>
    </message>
</context>
<context>
    <name>ed::gui::AwardFormModel</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Tên theo văn bản</translation>
    </message>
    <message>
        <source>Usual name</source>
        <translation>Tên thường dùng</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Thẩm quyền quyết định</translation>
    </message>
</context>
<context>
    <name>ed::gui::AwardSettingsDialog</name>
    <message>
        <source>Type the amount in đồng, greater than 0, e.g. %1.</source>
        <translation>Hãy nhập số tiền bằng đồng, lớn hơn 0, ví dụ %1.</translation>
    </message>
    <message>
        <source>Type a number above 0 with at most three decimals, e.g. %1 or %2.</source>
        <translation>Hãy nhập một số lớn hơn 0, tối đa ba chữ số thập phân, ví dụ %1 hoặc %2.</translation>
    </message>
    <message>
        <source>Pays %1 from %2</source>
        <translation>Mức thưởng %1 từ ngày %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Dòng %1, %2: %3</translation>
    </message>
    <message>
        <source>Correct the marked rows first.</source>
        <translation>Hãy sửa các dòng được đánh dấu trước.</translation>
    </message>
</context>
<context>
    <name>ed::gui::BackupActions</name>
    <message>
        <source>ElectionDesk backups (*.bak *.sqlite);;All files (*)</source>
        <translation>Bản sao lưu ElectionDesk (*.bak *.sqlite);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Back &amp;up now…</source>
        <translation>Sao &amp;lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 đã tồn tại; hãy chọn tên tệp mới.</translation>
    </message>
    <message>
        <source>The backup was not written. %1</source>
        <translation>Chưa ghi được bản sao lưu. %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Đã ghi bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Replace all the current data with the backup %1?

The backup was taken on %2 and has schema version %3 (this program: %4).</source>
        <translation>Thay thế toàn bộ dữ liệu hiện tại bằng bản sao lưu %1?

Bản sao lưu được tạo ngày %2, phiên bản lược đồ %3 (chương trình này: %4).</translation>
    </message>
    <message>
        <source>It will be upgraded to this program&apos;s schema.</source>
        <translation>Bản sao lưu sẽ được nâng cấp lên lược đồ của chương trình này.</translation>
    </message>
    <message>
        <source>The current data is first saved to:
%1</source>
        <translation>Dữ liệu hiện tại sẽ được lưu trước vào:
%1</translation>
    </message>
    <message>
        <source>The data was restored from %1. The data it replaced was saved to %2.</source>
        <translation>Đã khôi phục dữ liệu từ %1. Dữ liệu bị thay thế đã được lưu vào %2.</translation>
    </message>
</context>
<context>
    <name>ed::gui::CriterionModel</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Định lượng</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Áp dụng cho</translation>
    </message>
</context>
<context>
    <name>ed::gui::DeadlineEditor</name>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>On date</source>
        <translation>Vào ngày</translation>
    </message>
    <message>
        <source>No later than</source>
        <translation>Chậm nhất</translation>
    </message>
    <message>
        <source>Strictly before</source>
        <translation>Trước ngày</translation>
    </message>
    <message>
        <source>Window (from … to …)</source>
        <translation>Khoảng thời gian (từ … đến …)</translation>
    </message>
    <message>
        <source>Week of a month</source>
        <translation>Tuần trong tháng</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>Theo đề nghị</translation>
    </message>
    <message>
        <source>Days from election day (E ± n)</source>
        <translation>Số ngày so với ngày bầu cử (E ± n)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đến n&amp;gày:</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Tuần %1</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Tuần cuối</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>of month</source>
        <translation>của tháng</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>T&amp;uần:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Negative: before election day; positive: after it.</source>
        <translation>Số âm: trước ngày bầu cử; số dương: sau ngày bầu cử.</translation>
    </message>
    <message>
        <source>&amp;Days from E:</source>
        <translation>Số ngày so &amp;với E:</translation>
    </message>
    <message>
        <source>As the plan words it</source>
        <translation>Như cách ghi trong kế hoạch</translation>
    </message>
    <message>
        <source>Filled in from the fields until you type your own wording; clear it to have it filled in again.</source>
        <translation>Được điền tự động theo các trường trên cho đến khi bạn tự gõ cách ghi; xóa trống để được điền tự động lại.</translation>
    </message>
    <message>
        <source>As &amp;worded:</source>
        <translation>Theo văn &amp;bản:</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Ngày %1</translation>
    </message>
    <message>
        <source>No later than %1</source>
        <translation>Chậm nhất %1</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Trước ngày %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>Last week of %1/%2</source>
        <translation>Tuần cuối tháng %1/%2</translation>
    </message>
    <message>
        <source>Week %1 of %2/%3</source>
        <translation>Tuần %1 tháng %2/%3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Counted from election day, which the plan does not set yet.</source>
        <translation>Tính từ ngày bầu cử, nhưng kế hoạch chưa xác định ngày bầu cử.</translation>
    </message>
    <message>
        <source>From %1 to %2 (last allowed day)</source>
        <translation>Từ %1 đến %2 (hạn cuối)</translation>
    </message>
    <message>
        <source>Last allowed day: %1</source>
        <translation>Hạn cuối: %1</translation>
    </message>
</context>
<context>
    <name>ed::gui::EntryListPanel</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Lên t&amp;rên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Xuống &amp;dưới</translation>
    </message>
</context>
<context>
    <name>ed::gui::ExportActions</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Calendar (iCalendar .ics)…</source>
        <translation>&amp;Lịch (iCalendar .ics)…</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Xuất lịch</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>&amp;Meetings (CSV for Excel)…</source>
        <translation>&amp;Cuộc họp (CSV cho Excel)…</translation>
    </message>
    <message>
        <source>Export meetings</source>
        <translation>Xuất danh sách cuộc họp</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Tasks (CSV for Excel)…</source>
        <translation>&amp;Nhiệm vụ (CSV cho Excel)…</translation>
    </message>
    <message>
        <source>Export tasks</source>
        <translation>Xuất danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>ElectionDesk schedule</source>
        <translation>Lịch công tác ElectionDesk</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Legal milestone</source>
        <translation>Mốc theo luật</translation>
    </message>
</context>
<context>
    <name>ed::gui::ImportProblemsDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Không nhập được tệp</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file “%1” has %n problem(s). Correct the file and import it again. You can select and copy the list below.</source>
        <translation>
            <numerusform>Chưa nhập gì: tệp “%1” có %n vấn đề. Hãy sửa tệp rồi nhập lại. Bạn có thể chọn và sao chép danh sách bên dưới.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems of the file</source>
        <translation>Các vấn đề của tệp</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Sao chép danh sách</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings of the file</source>
        <translation>Các cảnh báo của tệp</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Xem trước khi nhập</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported: the file “%1” has %n problem(s), and a file with any problem is refused whole. Correct the file and import it again. You can select and copy the list below.</source>
        <translation>
            <numerusform>Không thể nhập: tệp “%1” có %n vấn đề, mà tệp có bất kỳ vấn đề nào đều bị từ chối toàn bộ. Hãy sửa tệp rồi nhập lại. Bạn có thể chọn và sao chép danh sách bên dưới.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file “%1” has no problem. Importing it changes: %2.</source>
        <translation>Tệp “%1” không có vấn đề nào. Khi nhập sẽ thay đổi: %2.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n warning(s): the figures are possible but must be explained. Import only if you have checked them.</source>
        <translation>
            <numerusform>Tệp có %n cảnh báo: số liệu có thể xảy ra nhưng phải được giải trình. Chỉ nhập khi đã kiểm tra các số liệu này.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit ▸ Undo, and the edits made before it can no longer be undone either.</source>
        <translation>Không thể hoàn tác việc nhập bằng Sửa ▸ Hoàn tác, và các thay đổi đã thực hiện trước khi nhập cũng không thể hoàn tác được nữa.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Problems (%1):</source>
        <translation>Các vấn đề (%1):</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Các cảnh báo (%1):</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Không đọc được tệp “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ed::gui::LegalCalendarModel</name>
    <message>
        <source>Unconfirmed</source>
        <translation>Chưa xác nhận</translation>
    </message>
    <message>
        <source>No legal source confirmed this offset yet.</source>
        <translation>Chưa có căn cứ pháp lý nào xác nhận số ngày này.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>đã họp</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>From E</source>
        <translation>So với E</translation>
    </message>
    <message>
        <source>Legal milestone</source>
        <translation>Mốc theo luật</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Plan meeting</source>
        <translation>Cuộc họp trong kế hoạch</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>ed::gui::LetterheadDialog</name>
    <message>
        <source>Letterhead: %1</source>
        <translation>Thông tin văn bản: %1</translation>
    </message>
    <message>
        <source>Restore pr&amp;oposed</source>
        <translation>Khôi phục đề &amp;xuất</translation>
    </message>
    <message>
        <source>Fill the form with the letterhead proposed from the plans and agencies</source>
        <translation>Điền lại biểu mẫu bằng thông tin văn bản được đề xuất từ kế hoạch và danh mục cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Choose an agency or write the name in capitals</source>
        <translation>Chọn cơ quan, đơn vị hoặc ghi tên bằng chữ in hoa</translation>
    </message>
    <message>
        <source>Digits only, as 15; or leave it blank for the clerk&apos;s pen.</source>
        <translation>Chỉ gồm chữ số, ví dụ 15; hoặc để trống để văn thư ghi bằng tay.</translation>
    </message>
    <message>
        <source>Save letterhead</source>
        <translation>Lưu thông tin văn bản</translation>
    </message>
    <message>
        <source>Restore proposed</source>
        <translation>Khôi phục đề xuất</translation>
    </message>
</context>
<context>
    <name>ed::gui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Plans &amp; meetings</source>
        <translation>Kế hoạch &amp; cuộc họp</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Election results</source>
        <translation>Kết quả bầu cử</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The new language applies the next time ElectionDesk starts.</source>
        <translation>Ngôn ngữ mới sẽ được áp dụng từ lần khởi động ElectionDesk tiếp theo.</translation>
    </message>
    <message>
        <source>About ElectionDesk</source>
        <translation>Giới thiệu ElectionDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ElectionDesk %1&lt;/h3&gt;&lt;p&gt;A workbench for the election steering office: plans, meetings, tasks, agencies, election results, the review of award nominations and printed reports in the official document formats.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ElectionDesk %1&lt;/h3&gt;&lt;p&gt;Công cụ làm việc của Ban Chỉ đạo bầu cử: kế hoạch, cuộc họp, nhiệm vụ, cơ quan, kết quả bầu cử, thẩm định hồ sơ đề nghị khen thưởng và in báo cáo theo thể thức văn bản hành chính.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; This database is open for viewing only: you may not write to the file, or it was opened with --read-only. Changes are refused and nothing is saved. To work on it, copy it to a folder where you may write and open the copy.</source>
        <translation>&lt;b&gt;Chỉ đọc.&lt;/b&gt; Cơ sở dữ liệu này chỉ được mở để xem: bạn không có quyền ghi vào tệp, hoặc tệp được mở với --read-only. Mọi thay đổi đều bị từ chối và không có gì được lưu. Để làm việc với dữ liệu, hãy sao chép tệp vào thư mục bạn có quyền ghi rồi mở bản sao.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Cơ sở dữ liệu chỉ đọc</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (chỉ đọc)</translation>
    </message>
</context>
<context>
    <name>ed::gui::MeetingDialog</name>
    <message>
        <source>Edit meeting — %1</source>
        <translation>Sửa cuộc họp — %1</translation>
    </message>
    <message>
        <source>New meeting — %1</source>
        <translation>Thêm cuộc họp — %1</translation>
    </message>
    <message>
        <source>— (not held)</source>
        <translation>— (chưa họp)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving; the fields and tabs concerned are marked.</source>
        <translation>
            <numerusform>Cần sửa %n vấn đề trước khi lưu; các trường và thẻ liên quan đã được đánh dấu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something on this tab needs fixing.</source>
        <translation>Có mục cần sửa trong thẻ này.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>The changes to this meeting have not been saved. Discard them?</source>
        <translation>Các thay đổi của cuộc họp này chưa được lưu. Bỏ các thay đổi này?</translation>
    </message>
</context>
<context>
    <name>ed::gui::MeetingItemsEditor</name>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Thêm nội dung</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Xóa nội dung</translation>
    </message>
    <message>
        <source>Content items</source>
        <translation>Các nội dung</translation>
    </message>
    <message>
        <source>Item content</source>
        <translation>Nội dung chi tiết</translation>
    </message>
    <message>
        <source>What the meeting agrees, hears or decides</source>
        <translation>Việc cuộc họp thống nhất, nghe báo cáo hoặc quyết định</translation>
    </message>
    <message>
        <source>C&amp;ontent of the item:</source>
        <translation>Nội dung ch&amp;i tiết:</translation>
    </message>
    <message>
        <source>Agencies by role:</source>
        <translation>Cơ quan, đơn vị theo vai trò:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(no content yet)</source>
        <translation>(chưa có nội dung)</translation>
    </message>
    <message>
        <source>This item has a problem: choose it to see what to fix.</source>
        <translation>Nội dung này có vấn đề: hãy chọn để xem cần sửa gì.</translation>
    </message>
</context>
<context>
    <name>ed::gui::MeetingTableModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Deadline as worded</source>
        <translation>Thời hạn theo văn bản</translation>
    </message>
    <message>
        <source>Last allowed date</source>
        <translation>Hạn cuối</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng thời hạn</translation>
    </message>
    <message>
        <source>Fits the legal calendar</source>
        <translation>Phù hợp với lịch trình theo luật</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch trình</translation>
    </message>
</context>
<context>
    <name>ed::gui::MilestoneTiesEditor</name>
    <message>
        <source>Legal calendar milestones</source>
        <translation>Các mốc của lịch trình theo luật</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Mốc</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>So với E</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Comes after</source>
        <translation>Diễn ra sau</translation>
    </message>
    <message>
        <source>Comes before</source>
        <translation>Diễn ra trước</translation>
    </message>
    <message>
        <source>Milestones of %1, dated from election day %2.</source>
        <translation>Các mốc theo %1, tính từ ngày bầu cử %2.</translation>
    </message>
    <message>
        <source>Milestones of %1. The plan does not set its election day yet, so they have no dates and the meeting is not checked against them.</source>
        <translation>Các mốc theo %1. Kế hoạch chưa xác định ngày bầu cử nên các mốc chưa có ngày và cuộc họp chưa được đối chiếu với các mốc.</translation>
    </message>
    <message>
        <source>Comes after %1</source>
        <translation>Diễn ra sau mốc “%1”</translation>
    </message>
    <message>
        <source>Comes before %1</source>
        <translation>Diễn ra trước mốc “%1”</translation>
    </message>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (chưa xác nhận)</translation>
    </message>
    <message>
        <source>not in this regime</source>
        <translation>không có trong luật áp dụng này</translation>
    </message>
</context>
<context>
    <name>ed::gui::MinutesDialog</name>
    <message>
        <source>Counting minutes of %1</source>
        <translation>Biên bản kết quả kiểm phiếu của %1</translation>
    </message>
    <message>
        <source>%1 – %2 (%3). Type the figures as the counting minutes give them; the checks run as you type.</source>
        <translation>%1 – %2 (%3). Nhập số liệu đúng như biên bản kết quả kiểm phiếu; việc kiểm tra được thực hiện ngay trong khi nhập.</translation>
    </message>
    <message>
        <source>Ballot held</source>
        <translation>Cuộc bầu cử được tổ chức</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Phát ra</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thu vào</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>Bầu cử lại</source>
        <translation>Bầu cử lại</translation>
    </message>
    <message>
        <source>Bầu cử thêm</source>
        <translation>Bầu cử thêm</translation>
    </message>
    <message>
        <source>Untick for a ballot this area did not hold</source>
        <translation>Bỏ đánh dấu nếu khu vực bỏ phiếu này không tổ chức cuộc bầu cử đó</translation>
    </message>
    <message>
        <source>ballots issued</source>
        <translation>số phiếu phát ra</translation>
    </message>
    <message>
        <source>ballots received</source>
        <translation>số phiếu thu vào</translation>
    </message>
    <message>
        <source>valid ballots</source>
        <translation>số phiếu hợp lệ</translation>
    </message>
    <message>
        <source>invalid ballots</source>
        <translation>số phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>%1: bầu cử lại needed</source>
        <translation>%1: phải bầu cử lại</translation>
    </message>
    <message>
        <source>%1: bầu cử thêm needed</source>
        <translation>%1: phải bầu cử thêm</translation>
    </message>
    <message>
        <source>Correct the errors listed first.</source>
        <translation>Hãy sửa các lỗi đã liệt kê trước.</translation>
    </message>
    <message>
        <source>Tick at least one ballot the area held.</source>
        <translation>Hãy đánh dấu ít nhất một cuộc bầu cử mà khu vực bỏ phiếu đã tổ chức.</translation>
    </message>
    <message numerus="yes">
        <source>The minutes are possible but have %n warning(s):</source>
        <translation>
            <numerusform>Số liệu biên bản có thể chấp nhận nhưng có %n cảnh báo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them anyway? Say yes only after checking the paper minutes.</source>
        <translation>Vẫn lưu biên bản? Chỉ chọn Có sau khi đã đối chiếu với biên bản giấy.</translation>
    </message>
</context>
<context>
    <name>ed::gui::NominationDetailPanel</name>
    <message>
        <source>&amp;Eligibility</source>
        <translation>Đủ đ&amp;iều kiện</translation>
    </message>
    <message>
        <source>D&amp;ossier</source>
        <translation>Thành phần hồ &amp;sơ</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Lị&amp;ch sử xử lý</translation>
    </message>
    <message>
        <source>Decision &amp;&amp; &amp;money</source>
        <translation>Qu&amp;yết định &amp;&amp; tiền thưởng</translation>
    </message>
    <message>
        <source>D&amp;uplicates</source>
        <translation>Hồ sơ trù&amp;ng</translation>
    </message>
    <message>
        <source>Every criterion in words</source>
        <translation>Diễn giải từng tiêu chí</translation>
    </message>
    <message>
        <source>What fails or is left to judge</source>
        <translation>Tiêu chí không đạt hoặc chưa đánh giá</translation>
    </message>
    <message>
        <source>The clerk&apos;s judgements on the qualitative criteria</source>
        <translation>Đánh giá của chuyên viên đối với các tiêu chí định tính</translation>
    </message>
    <message>
        <source>Qualitative criterion</source>
        <translation>Tiêu chí định tính</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <source>The documents the dossier must hold</source>
        <translation>Các thành phần hồ sơ phải có</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Select a nomination to see its eligibility, dossier and trail.</source>
        <translation>Chọn một hồ sơ để xem điều kiện khen thưởng, thành phần hồ sơ và lịch sử xử lý.</translation>
    </message>
    <message>
        <source>⚠ Flagged: %1</source>
        <translation>⚠ Cần lưu ý: %1</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message>
        <source>Not tied to an election unit: the measurable criteria (turnout, law study, invalid ballots, no re-vote) cannot be checked.</source>
        <translation>Không gắn với đơn vị bầu cử: không thể kiểm tra các tiêu chí định lượng (tỷ lệ cử tri đi bầu, tham gia học tập Luật Bầu cử, phiếu không hợp lệ, không phải bầu cử thêm hoặc bầu cử lại).</translation>
    </message>
    <message>
        <source>Unit %1: no results have been imported or entered for it yet.</source>
        <translation>Đơn vị %1: chưa có kết quả được nhập từ tệp hoặc nhập thủ công.</translation>
    </message>
    <message>
        <source>Unit %1 (%2): %3 registered voters, %4 voted, %5 studied the election law; polling areas reported: %6 of %7.</source>
        <translation>Đơn vị %1 (%2): tổng số cử tri %3, đã bỏ phiếu %4, tham gia học tập Luật Bầu cử %5; khu vực bỏ phiếu đã báo cáo: %6/%7.</translation>
    </message>
    <message>
        <source>Judgement on %1</source>
        <translation>Đánh giá tiêu chí %1</translation>
    </message>
    <message>
        <source>Yes, met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>No, not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Ghi chú về %1</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Lý do (không bắt buộc)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>The dossier is filed in %n original(s).</source>
        <translation>
            <numerusform>Hồ sơ được lập thành %n bản chính.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every document is present.</source>
        <translation>Có đủ các thành phần hồ sơ.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) missing.</source>
        <translation>
            <numerusform>Thiếu %n thành phần hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is present</source>
        <translation>Có %1</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Decision %1 of %2, signed by %3</source>
        <translation>Quyết định số %1 ngày %2, người ký: %3</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Ngày %1</translation>
    </message>
    <message>
        <source>The nomination&apos;s trail, newest first</source>
        <translation>Lịch sử xử lý hồ sơ, từ mới đến cũ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Lý do hoặc ghi chú</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ngoại lệ</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>Ngày quyết định:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Certificate handed over:</source>
        <translation>Đã trao bằng/giấy khen:</translation>
    </message>
    <message>
        <source>Award money:</source>
        <translation>Tiền thưởng:</translation>
    </message>
    <message>
        <source>Appraisal:</source>
        <translation>Thẩm định:</translation>
    </message>
    <message>
        <source>Other nominations of the same nominee</source>
        <translation>Các hồ sơ khác của cùng đối tượng</translation>
    </message>
    <message>
        <source>&amp;Go to the nomination</source>
        <translation>Chuyển đến &amp;hồ sơ</translation>
    </message>
    <message>
        <source>Select this nomination in the queue (or double-click it)</source>
        <translation>Chọn hồ sơ này trong danh sách hồ sơ cần xử lý (hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>The same nominee (same kind and name, and the same unit or workplace) is nominated more than once in the campaign. Keep one nomination and reject the others with a reason.</source>
        <translation>Cùng một đối tượng (cùng loại, cùng tên và cùng đơn vị hoặc nơi công tác) được đề nghị nhiều lần trong phong trào thi đua. Hãy giữ lại một hồ sơ và từ chối các hồ sơ còn lại kèm lý do.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Proposed although a criterion fails</source>
        <translation>Đã trình dù có tiêu chí không đạt</translation>
    </message>
    <message>
        <source>Approved; the decision is still to be recorded</source>
        <translation>Đã phê duyệt; chưa ghi nhận quyết định</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Chưa có quyết định</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>%1, an estimate at today&apos;s rates (the decision date fixes the amount)</source>
        <translation>%1, ước tính theo mức hiện hành (số tiền được xác định theo ngày ký quyết định)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n working day(s) from %2, due %3</source>
        <translation>
            <numerusform>%1: %n ngày làm việc kể từ %2, hạn %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · nominated by %3 for %4 · %5</source>
        <translation>%1 · %2 · %3 đề nghị %4 · %5</translation>
    </message>
    <message>
        <source>D&amp;uplicates (%1)</source>
        <translation>Hồ sơ trù&amp;ng (%1)</translation>
    </message>
</context>
<context>
    <name>ed::gui::NominationDialog</name>
    <message>
        <source>No election unit is called that: choose one from the list, or leave the field empty.</source>
        <translation>Không có đơn vị bầu cử nào có tên này: hãy chọn trong danh sách hoặc để trống.</translation>
    </message>
    <message>
        <source>No agency is called that: choose one from the list.</source>
        <translation>Không có cơ quan, đơn vị nào có tên này: hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Hãy sửa các trường được đánh dấu trước.</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <source>Type part of a code or name; empty for none</source>
        <translation>Gõ một phần mã hoặc tên; để trống nếu không có</translation>
    </message>
    <message>
        <source>The election unit the nominee stands for: its results decide the measurable criteria.</source>
        <translation>Đơn vị bầu cử gắn với đối tượng: kết quả bầu cử của đơn vị này được dùng để đánh giá các tiêu chí định lượng.</translation>
    </message>
    <message>
        <source>Type part of the agency&apos;s name</source>
        <translation>Gõ một phần tên cơ quan</translation>
    </message>
    <message>
        <source>Choose the award form</source>
        <translation>Chọn hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Only for a state award: these are forwarded with 30 working days to appraise instead of 15.</source>
        <translation>Chỉ dành cho khen thưởng cấp Nhà nước: các hồ sơ này được trình cấp trên, với thời hạn thẩm định 30 ngày làm việc thay vì 15 ngày.</translation>
    </message>
    <message>
        <source>The day the dossier arrived; never after today.</source>
        <translation>Ngày nhận hồ sơ; không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <source>Edit nomination — %1</source>
        <translation>Sửa hồ sơ — %1</translation>
    </message>
    <message>
        <source>New nomination</source>
        <translation>Thêm hồ sơ đề nghị khen thưởng</translation>
    </message>
</context>
<context>
    <name>ed::gui::NominationTableModel</name>
    <message>
        <source>Position: %1</source>
        <translation>Chức vụ: %1</translation>
    </message>
    <message>
        <source>Workplace: %1</source>
        <translation>Nơi công tác: %1</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Trùng: %1</translation>
    </message>
    <message>
        <source>Same nominee as %1</source>
        <translation>Trùng đối tượng với %1</translation>
    </message>
    <message>
        <source>Every document of the dossier is present</source>
        <translation>Có đủ các thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Thiếu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) from %2)</source>
        <translation>
            <numerusform>%1 (%n ngày làm việc kể từ %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The last day of the appraisal in working days (weekends and public holidays do not count)</source>
        <translation>Ngày cuối cùng của thời hạn thẩm định tính theo ngày làm việc (không kể thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>Cơ quan đề nghị</translation>
    </message>
    <message>
        <source>Award form</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Appraisal due</source>
        <translation>Hạn thẩm định</translation>
    </message>
    <message>
        <source>Award money</source>
        <translation>Tiền thưởng</translation>
    </message>
</context>
<context>
    <name>ed::gui::NominationsPage</name>
    <message>
        <source>Appraise…</source>
        <translation>Thẩm định…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <source>Supplement in…</source>
        <translation>Nhận bổ sung…</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Trình…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Phê duyệt…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Từ chối…</translation>
    </message>
    <message>
        <source>Decision…</source>
        <translation>Quyết định…</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Trao bằng…</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Số hồ sơ</translation>
    </message>
    <message>
        <source>Award money</source>
        <translation>Tiền thưởng</translation>
    </message>
    <message>
        <source>&amp;New nomination…</source>
        <translation>Thê&amp;m hồ sơ…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Chỉ&amp;nh sửa…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>N&amp;hập…</translation>
    </message>
    <message>
        <source>Award &amp;settings…</source>
        <translation>Thiết &amp;lập khen thưởng…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Enter a nomination received on paper</source>
        <translation>Nhập hồ sơ đề nghị khen thưởng tiếp nhận bằng bản giấy</translation>
    </message>
    <message>
        <source>Import a nominating agency&apos;s list (CSV) after a preview of every problem</source>
        <translation>Nhập danh sách của cơ quan đề nghị (CSV) sau khi xem trước mọi vấn đề</translation>
    </message>
    <message>
        <source>Public holidays, appraisal limits in working days and the award money tables</source>
        <translation>Ngày nghỉ lễ, Tết, thời hạn thẩm định tính theo ngày làm việc và bảng tiền thưởng</translation>
    </message>
    <message>
        <source>%1: select one or more nominations first</source>
        <translation>%1: hãy chọn một hoặc nhiều hồ sơ trước</translation>
    </message>
    <message>
        <source>%1 is not allowed for %2 in the status they are in</source>
        <translation>Không thể thực hiện “%1” đối với %2 ở trạng thái hiện tại</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected nomination(s)</source>
        <translation>
            <numerusform>%1 cho %n hồ sơ đang chọn</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the current nomination&apos;s details (Enter or double-click)</source>
        <translation>Sửa thông tin của hồ sơ đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>Select a nomination first</source>
        <translation>Hãy chọn một hồ sơ trước</translation>
    </message>
    <message numerus="yes">
        <source>%1 to add, %2 already stored (%n row(s) read)</source>
        <translation>
            <numerusform>thêm mới %1, đã có %2 (đã đọc %n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit nomination</source>
        <translation>Sửa hồ sơ</translation>
    </message>
    <message>
        <source>New nomination</source>
        <translation>Thêm hồ sơ đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>Nomination %1 is received and recorded in its trail. A nomination is never deleted, so Undo does not take this back: reject it with a reason if it was entered by mistake.</source>
        <translation>Đã tiếp nhận hồ sơ %1 và ghi vào lịch sử xử lý. Hồ sơ không bao giờ bị xóa nên không thể hoàn tác thao tác này: nếu nhập nhầm, hãy từ chối hồ sơ kèm lý do.</translation>
    </message>
    <message>
        <source>Edit nomination %1</source>
        <translation>sửa hồ sơ %1</translation>
    </message>
    <message>
        <source>Import nominations</source>
        <translation>Nhập hồ sơ đề nghị khen thưởng</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tệp văn bản (*.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is imported: %n nomination(s) received, %2 already stored. Each is recorded in its trail.</source>
        <translation>
            <numerusform>Đã nhập “%1”: tiếp nhận %n hồ sơ, %2 hồ sơ đã có từ trước. Mỗi hồ sơ đều được ghi vào lịch sử xử lý.</numerusform>
        </translation>
    </message>
    <message>
        <source>Award settings</source>
        <translation>Thiết lập khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n nominations)</source>
        <translation>
            <numerusform>%1 (%n hồ sơ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: done for %n nomination(s). Edit ▸ Undo takes it back (the trail keeps both).</source>
        <translation>
            <numerusform>%1: đã thực hiện cho %n hồ sơ. Có thể hoàn tác bằng Sửa ▸ Hoàn tác (lịch sử xử lý vẫn ghi lại cả hai).</numerusform>
        </translation>
    </message>
    <message>
        <source>Judgement on %1</source>
        <translation>Đánh giá hồ sơ %1</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Thành phần hồ sơ %1</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Failing a criterion</source>
        <translation>Không đạt tiêu chí</translation>
    </message>
    <message>
        <source>Not tied to a unit</source>
        <translation>Không gắn với đơn vị</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Hồ sơ trùng</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>All award forms</source>
        <translation>Tất cả hình thức khen thưởng</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n đã tiếp nhận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n under appraisal</source>
        <translation>
            <numerusform>%n đang thẩm định</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned for supplement</source>
        <translation>
            <numerusform>%n trả lại để bổ sung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n đã trình Hội đồng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n đã phê duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n đã từ chối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flagged</source>
        <translation>
            <numerusform>%n cần lưu ý</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the overdue nominations</source>
        <translation>Chỉ hiển thị các hồ sơ quá hạn</translation>
    </message>
    <message>
        <source>Show only the nominations failing a criterion</source>
        <translation>Chỉ hiển thị các hồ sơ không đạt tiêu chí</translation>
    </message>
    <message>
        <source>Show only the nominations with this status</source>
        <translation>Chỉ hiển thị các hồ sơ ở trạng thái này</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n without a rate)</source>
        <translation>
            <numerusform>%1 (%n hồ sơ chưa có mức thưởng)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s), %1 of award money in total.</source>
        <translation>
            <numerusform>%n quyết định, tổng tiền thưởng %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n nomination(s)</source>
        <translation>
            <numerusform>%1/%n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — updating eligibility, duplicates and deadlines…</source>
        <translation>%1 — đang cập nhật điều kiện khen thưởng, hồ sơ trùng và thời hạn…</translation>
    </message>
</context>
<context>
    <name>ed::gui::OverviewPage</name>
    <message>
        <source>Today is %1.</source>
        <translation>Hôm nay là ngày %1.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n meeting(s) or task(s)</source>
        <translation>
            <numerusform>Quá hạn: %n cuộc họp hoặc nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %1 days: %n meeting(s) or task(s)</source>
        <translation>
            <numerusform>Sắp đến hạn trong %1 ngày tới: %n cuộc họp hoặc nhiệm vụ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ed::gui::PlanSummaryModel</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Election day</source>
        <translation>Ngày bầu cử</translation>
    </message>
    <message>
        <source>When</source>
        <translation>So với hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s): %1</source>
        <translation>
            <numerusform>%n cuộc họp: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s): %1</source>
        <translation>
            <numerusform>%n nhiệm vụ: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 dự kiến</translation>
    </message>
    <message>
        <source>%1 with materials submitted</source>
        <translation>%1 đã nộp tài liệu</translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation>%1 đã họp</translation>
    </message>
    <message>
        <source>%1 postponed</source>
        <translation>%1 đã hoãn</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 đã hủy</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 chưa thực hiện</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 đang thực hiện</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 đã hoàn thành</translation>
    </message>
    <message>
        <source>Meetings by status</source>
        <translation>Cuộc họp theo trạng thái</translation>
    </message>
    <message>
        <source>Tasks by status</source>
        <translation>Nhiệm vụ theo trạng thái</translation>
    </message>
</context>
<context>
    <name>ed::gui::PlansPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>There are no plans in this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <source>This plan schedules no meetings.</source>
        <translation>Kế hoạch này không đề ra cuộc họp nào.</translation>
    </message>
    <message>
        <source>Select a meeting to see its content.</source>
        <translation>Chọn một cuộc họp để xem nội dung.</translation>
    </message>
    <message>
        <source>This plan sets no inspection programme.</source>
        <translation>Kế hoạch này không đề ra chương trình kiểm tra.</translation>
    </message>
    <message>
        <source>This plan launches no emulation campaign.</source>
        <translation>Kế hoạch này không phát động phong trào thi đua nào.</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Thêm cuộc họp…</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Sửa cuộc họp…</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>&amp;Xóa cuộc họp</translation>
    </message>
    <message>
        <source>Enter or double-click</source>
        <translation>Enter hoặc nhấp đúp</translation>
    </message>
    <message>
        <source>No meeting matches the search.</source>
        <translation>Không có cuộc họp nào phù hợp với nội dung tìm kiếm.</translation>
    </message>
    <message>
        <source>This plan does not set its election day yet: use “Change…” above to set it, and the legal calendar is dated from it.</source>
        <translation>Kế hoạch này chưa xác định ngày bầu cử: hãy bấm “Thay đổi…” ở trên để đặt ngày bầu cử, lịch trình theo luật sẽ được tính từ ngày đó.</translation>
    </message>
    <message>
        <source>Election day: %1. Calendar of %2.</source>
        <translation>Ngày bầu cử: %1. Lịch trình theo %2.</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (số %2)</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Thêm cuộc họp</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Sửa cuộc họp</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Xóa cuộc họp</translation>
    </message>
    <message numerus="yes">
        <source>Delete the meeting “%1” with its %n content item(s)?

Edit ▸ Undo brings it back.</source>
        <translation>
            <numerusform>Xóa cuộc họp “%1” cùng %n nội dung của cuộc họp?

Có thể khôi phục bằng Sửa ▸ Hoàn tác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change election day</source>
        <translation>Thay đổi ngày bầu cử</translation>
    </message>
</context>
<context>
    <name>ed::gui::ReferenceDeadlinesEditor</name>
    <message>
        <source>&amp;Add deadline</source>
        <translation>&amp;Thêm thời hạn</translation>
    </message>
    <message>
        <source>&amp;Remove deadline</source>
        <translation>&amp;Xóa thời hạn</translation>
    </message>
    <message>
        <source>Reference deadlines</source>
        <translation>Thời hạn tham chiếu</translation>
    </message>
    <message>
        <source>What the other body asks for, as the plan quotes it</source>
        <translation>Yêu cầu của cơ quan khác, như kế hoạch trích dẫn</translation>
    </message>
    <message>
        <source>The legal counterpart, e.g. “the law says no later than E−80”</source>
        <translation>Quy định tương ứng của luật, ví dụ “luật quy định chậm nhất E−80”</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Cơ &amp;quan ban hành:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Thờ&amp;i hạn:</translation>
    </message>
    <message>
        <source>Legal &amp;note:</source>
        <translation>Ghi chú &amp;pháp lý:</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(không nêu)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no description yet)</source>
        <translation>(chưa có mô tả)</translation>
    </message>
    <message>
        <source>This deadline has a problem: choose it to see what to fix.</source>
        <translation>Thời hạn này có vấn đề: hãy chọn để xem cần sửa gì.</translation>
    </message>
</context>
<context>
    <name>ed::gui::ReportOutput</name>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Xuất HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Trang web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <source>Printing page %1 of %2</source>
        <translation>Đang in trang %1/%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Đã ghi %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer %1.</source>
        <translation>
            <numerusform>Đã gửi %n trang đến máy in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the report to the printer %1.</source>
        <translation>Đã gửi báo cáo đến máy in %1.</translation>
    </message>
</context>
<context>
    <name>ed::gui::ReportPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Xuất &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Hủ&amp;y</translation>
    </message>
    <message>
        <source>Laying out page %1…</source>
        <translation>Đang dàn trang %1…</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Phóng &amp;to</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Vừa chiều rộng</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>Tr&amp;ang:</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ed::gui::ReportsPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>In báo cáo (%1)</translation>
    </message>
    <message>
        <source>(no signature block)</source>
        <translation>(không có phần chữ ký)</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Thông tin văn bản</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Xuất HTML</translation>
    </message>
</context>
<context>
    <name>ed::gui::ResultsPage</name>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Lý do hoặc ghi chú</translation>
    </message>
    <message>
        <source>No campaign defines measurable criteria (turnout, law study, invalid ballots, no bầu cử thêm or bầu cử lại), so no unit can be decided eligible. The figures are shown as they are.</source>
        <translation>Chưa có phong trào thi đua nào quy định tiêu chí định lượng (tỷ lệ cử tri đi bầu, tham gia học tập Luật Bầu cử, phiếu không hợp lệ, không phải bầu cử thêm hoặc bầu cử lại) nên không thể xác định đơn vị nào đủ điều kiện khen thưởng. Số liệu được hiển thị nguyên trạng.</translation>
    </message>
    <message>
        <source>Import &amp;units…</source>
        <translation>Nhập đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Import &amp;results…</source>
        <translation>Nhập &amp;kết quả…</translation>
    </message>
    <message>
        <source>Enter &amp;minutes…</source>
        <translation>Nhập &amp;biên bản…</translation>
    </message>
    <message>
        <source>Mark as &amp;official…</source>
        <translation>&amp;Xác nhận chính thức…</translation>
    </message>
    <message>
        <source>Un&amp;lock…</source>
        <translation>&amp;Mở khóa…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>The results are official: imports and manual entry are refused until they are unlocked (Unlock…).</source>
        <translation>Kết quả đã được xác nhận chính thức: không cho phép nhập từ tệp và nhập thủ công cho đến khi được mở khóa (Mở khóa…).</translation>
    </message>
    <message>
        <source>Import the units file (code, name, parent_code, level, figures) after a preview of every problem</source>
        <translation>Nhập tệp đơn vị (code, name, parent_code, level, các số liệu) sau khi xem trước mọi vấn đề</translation>
    </message>
    <message>
        <source>Import the counting results file (one row per unit and ballot) after a preview of every problem</source>
        <translation>Nhập tệp kết quả kiểm phiếu (mỗi đơn vị và cuộc bầu cử một dòng) sau khi xem trước mọi vấn đề</translation>
    </message>
    <message>
        <source>Select a polling area first</source>
        <translation>Hãy chọn một khu vực bỏ phiếu trước</translation>
    </message>
    <message>
        <source>Minutes are typed in for a polling area (a unit without units under it); the figures above are sums</source>
        <translation>Biên bản được nhập cho khu vực bỏ phiếu (đơn vị không có đơn vị trực thuộc); số liệu các cấp trên là số tổng hợp</translation>
    </message>
    <message>
        <source>Type in the counting minutes of the selected polling area (Enter)</source>
        <translation>Nhập biên bản kết quả kiểm phiếu của khu vực bỏ phiếu đang chọn (Enter)</translation>
    </message>
    <message>
        <source>The results are already official</source>
        <translation>Kết quả đã được xác nhận chính thức</translation>
    </message>
    <message>
        <source>Mark the results official: imports and edits are refused until an unlock with a reason</source>
        <translation>Xác nhận chính thức kết quả: không cho phép nhập và chỉnh sửa cho đến khi mở khóa kèm lý do</translation>
    </message>
    <message>
        <source>Reopen the official results; the reason is required and recorded</source>
        <translation>Mở khóa kết quả chính thức; bắt buộc nêu lý do và lý do sẽ được ghi lại</translation>
    </message>
    <message>
        <source>The results are not official: nothing to unlock</source>
        <translation>Kết quả chưa được xác nhận chính thức: không có gì để mở khóa</translation>
    </message>
    <message>
        <source>Marked official</source>
        <translation>Xác nhận chính thức</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Official results. %1 Imports and manual entry are refused until someone unlocks them with a reason.</source>
        <translation>Kết quả chính thức. %1 Không cho phép nhập từ tệp và nhập thủ công cho đến khi có người mở khóa kèm lý do.</translation>
    </message>
    <message>
        <source>The results are not official any more. %1</source>
        <translation>Kết quả không còn là kết quả chính thức. %1</translation>
    </message>
    <message>
        <source>The whole history is on the “Official lock history” tab.</source>
        <translation>Toàn bộ lịch sử có trong thẻ “Lịch sử khóa kết quả”.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n kết quả phù hợp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged (%n row(s) read)</source>
        <translation>
            <numerusform>thêm mới %1, cập nhật %2, giữ nguyên %3 (đã đọc %n dòng)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Tệp văn bản (*.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import units</source>
        <translation>Nhập đơn vị</translation>
    </message>
    <message>
        <source>Import counting results</source>
        <translation>Nhập kết quả kiểm phiếu</translation>
    </message>
    <message>
        <source>“%1” is imported: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Đã nhập “%1”: thêm mới %2, cập nhật %3, giữ nguyên %4.</translation>
    </message>
    <message>
        <source>Counting minutes of %1</source>
        <translation>Biên bản kết quả kiểm phiếu của %1</translation>
    </message>
    <message>
        <source>Minutes of %1</source>
        <translation>Biên bản của %1</translation>
    </message>
    <message>
        <source>Mark the results as official</source>
        <translation>Xác nhận chính thức kết quả</translation>
    </message>
    <message>
        <source>Mark the election results as official?

Imports and manual entry are then refused until someone unlocks the results, giving a reason. Your name and the time are recorded.</source>
        <translation>Xác nhận chính thức kết quả bầu cử?

Sau đó, việc nhập từ tệp và nhập thủ công sẽ bị từ chối cho đến khi có người mở khóa kết quả kèm lý do. Tên của bạn và thời điểm xác nhận sẽ được ghi lại.</translation>
    </message>
    <message>
        <source>The results are official, so imports and manual entry are refused. Unlock them first (Unlock…), giving the reason; nothing was changed.</source>
        <translation>Kết quả đã được xác nhận chính thức nên không cho phép nhập từ tệp và nhập thủ công. Hãy mở khóa trước (Mở khóa…) và nêu lý do; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Evaluating the results</source>
        <translation>Đang đánh giá kết quả</translation>
    </message>
    <message>
        <source>Evaluating the results of every unit…</source>
        <translation>Đang đánh giá kết quả của mọi đơn vị…</translation>
    </message>
</context>
<context>
    <name>ed::gui::ResultsTreeModel</name>
    <message>
        <source>✎ These figures were typed in by hand, not imported.</source>
        <translation>✎ Các số liệu này được nhập thủ công, không phải nhập từ tệp.</translation>
    </message>
    <message numerus="yes">
        <source>✎ %n polling area(s) below have figures typed in by hand.</source>
        <translation>
            <numerusform>✎ %n khu vực bỏ phiếu trực thuộc có số liệu nhập thủ công.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported yet. Press Enter to type in the minutes.</source>
        <translation>Chưa báo cáo. Nhấn Enter để nhập biên bản.</translation>
    </message>
    <message>
        <source>Sum over the polling areas that have reported.</source>
        <translation>Tổng hợp từ các khu vực bỏ phiếu đã báo cáo.</translation>
    </message>
    <message>
        <source>No campaign defines measurable criteria: nothing to decide.</source>
        <translation>Chưa có phong trào thi đua nào quy định tiêu chí định lượng: không có gì để đánh giá.</translation>
    </message>
    <message>
        <source>Floored to two decimals (never rounded up); hover a cell for the exact fraction.</source>
        <translation>Làm tròn xuống đến hai chữ số thập phân (không bao giờ làm tròn lên); di chuột lên ô để xem phân số chính xác.</translation>
    </message>
    <message>
        <source>Polling areas that have reported / polling areas below</source>
        <translation>Số khu vực bỏ phiếu đã báo cáo / số khu vực bỏ phiếu trực thuộc</translation>
    </message>
    <message>
        <source>Place in which the unit completed its report among its siblings / siblings that have completed</source>
        <translation>Thứ tự hoàn thành báo cáo của đơn vị so với các đơn vị cùng cấp / số đơn vị cùng cấp đã hoàn thành báo cáo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Tổng số cử tri</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Đã bỏ phiếu</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation>Tỷ lệ cử tri đi bầu</translation>
    </message>
    <message>
        <source>Max invalid</source>
        <translation>Tỷ lệ không hợp lệ cao nhất</translation>
    </message>
    <message>
        <source>Law study</source>
        <translation>Học tập Luật Bầu cử</translation>
    </message>
    <message>
        <source>No thêm/lại</source>
        <translation>Không bầu thêm/lại</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Đã báo cáo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
</context>
<context>
    <name>ed::gui::ScheduleEntryModel</name>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Last allowed date</source>
        <translation>Hạn cuối</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng thời hạn</translation>
    </message>
</context>
<context>
    <name>ed::gui::StepDialog</name>
    <message>
        <source>Fill in the marked fields first.</source>
        <translation>Hãy điền các trường được đánh dấu trước.</translation>
    </message>
    <message numerus="yes">
        <source>Start appraising %n nomination(s).</source>
        <translation>
            <numerusform>Bắt đầu thẩm định %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n nomination(s) for supplement.</source>
        <translation>
            <numerusform>Trả lại %n hồ sơ để bổ sung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the supplement of %n nomination(s): their appraisal clock restarts on the day it arrived.</source>
        <translation>
            <numerusform>Ghi nhận hồ sơ bổ sung của %n hồ sơ: thời hạn thẩm định được tính lại từ ngày nhận hồ sơ bổ sung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Propose %n nomination(s) to the Emulation and Reward Council.</source>
        <translation>
            <numerusform>Trình Hội đồng Thi đua - Khen thưởng %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n nomination(s).</source>
        <translation>
            <numerusform>Phê duyệt %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n nomination(s).</source>
        <translation>
            <numerusform>Từ chối %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the award decision of %n nomination(s).</source>
        <translation>
            <numerusform>Ghi nhận quyết định khen thưởng của %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record that the certificates of %n nomination(s) were handed over.</source>
        <translation>
            <numerusform>Ghi nhận đã trao bằng/giấy khen cho %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n nomination(s).</source>
        <translation>
            <numerusform>%1: %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>e.g. 1234/QĐ-UBND</source>
        <translation>ví dụ 1234/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>— (type the date)</source>
        <translation>— (nhập ngày)</translation>
    </message>
    <message>
        <source>Decision &amp;date:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND tỉnh Nguyễn Văn A</source>
        <translation>ví dụ Chủ tịch UBND tỉnh Nguyễn Văn A</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Supplement received on</source>
        <translation>Ngày nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Ngày trao</translation>
    </message>
    <message>
        <source>Supplement &amp;received on:</source>
        <translation>Ngày nhận hồ sơ &amp;bổ sung:</translation>
    </message>
    <message>
        <source>&amp;Handed over on:</source>
        <translation>Ngày &amp;trao:</translation>
    </message>
    <message>
        <source>These nominees fail a criterion; give the &amp;reason to propose them anyway (required):</source>
        <translation>Các đối tượng này không đạt tiêu chí; hãy nêu &amp;lý do vẫn trình (bắt buộc):</translation>
    </message>
    <message>
        <source>Reason to propose anyway</source>
        <translation>Lý do vẫn trình</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Ghi chú (không bắt buộc):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ed::gui::TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>Sửa nhiệm vụ %1</translation>
    </message>
</context>
<context>
    <name>ed::gui::TaskTableModel</name>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Deadline as worded</source>
        <translation>Thời hạn theo văn bản</translation>
    </message>
    <message>
        <source>Last allowed date</source>
        <translation>Hạn cuối</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng thời hạn</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
</context>
<context>
    <name>ed::gui::TasksPage</name>
    <message>
        <source>Select a task to read it in full.</source>
        <translation>Chọn một nhiệm vụ để xem toàn văn.</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Thời hạn: %1</translation>
    </message>
    <message>
        <source>Last allowed date: %1</source>
        <translation>Hạn cuối: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Tình trạng thời hạn: %1</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Tiến độ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s)</source>
        <translation>
            <numerusform>%1/%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Tất cả nhiệm vụ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Chưa hoàn thành</translation>
    </message>
    <message>
        <source>Open or in progress</source>
        <translation>Chưa thực hiện hoặc đang thực hiện</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Delete the task %1?

%2

Edit ▸ Undo brings it back.</source>
        <translation>Xóa nhiệm vụ %1?

%2

Có thể khôi phục bằng Sửa ▸ Hoàn tác.</translation>
    </message>
</context>
<context>
    <name>ed::gui::UnitDetailPanel</name>
    <message numerus="yes">
        <source>%1 of %n area(s)</source>
        <translation>
            <numerusform>%1/%n khu vực bỏ phiếu</numerusform>
        </translation>
    </message>
    <message>
        <source>Near misses</source>
        <translation>Sát ngưỡng</translation>
    </message>
    <message>
        <source>Why the unit passes or fails</source>
        <translation>Lý do đơn vị đạt hoặc không đạt</translation>
    </message>
    <message>
        <source>Figures per ballot</source>
        <translation>Số liệu theo từng cuộc bầu cử</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Cuộc bầu cử</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Phát ra</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thu vào</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid %</source>
        <translation>% không hợp lệ</translation>
    </message>
    <message>
        <source>Bầu cử thêm</source>
        <translation>Bầu cử thêm</translation>
    </message>
    <message>
        <source>Bầu cử lại</source>
        <translation>Bầu cử lại</translation>
    </message>
    <message>
        <source>Floored to two decimals; hover a cell for the exact fraction.</source>
        <translation>Làm tròn xuống đến hai chữ số thập phân; di chuột lên ô để xem phân số chính xác.</translation>
    </message>
    <message>
        <source>Select a unit to see why it passes or fails.</source>
        <translation>Chọn một đơn vị để xem lý do đơn vị đạt hoặc không đạt.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện</translation>
    </message>
    <message>
        <source>No campaign defines measurable criteria, so nothing is decided.</source>
        <translation>Chưa có phong trào thi đua nào quy định tiêu chí định lượng nên chưa đánh giá.</translation>
    </message>
    <message>
        <source>The polling area has not reported: press Enter (or Enter minutes…) to type in its counting minutes.</source>
        <translation>Khu vực bỏ phiếu chưa báo cáo: nhấn Enter (hoặc Nhập biên bản…) để nhập biên bản kết quả kiểm phiếu.</translation>
    </message>
    <message>
        <source>Report order among its siblings: %1 of %2 (1 = first); complete at %3.</source>
        <translation>Thứ tự báo cáo so với các đơn vị cùng cấp: %1/%2 (1 = đầu tiên); hoàn thành lúc %3.</translation>
    </message>
    <message>
        <source>no time given</source>
        <translation>không ghi thời gian</translation>
    </message>
    <message>
        <source>Report order among its siblings: none yet (not every polling area below has reported).</source>
        <translation>Thứ tự báo cáo so với các đơn vị cùng cấp: chưa có (chưa phải tất cả khu vực bỏ phiếu trực thuộc đều đã báo cáo).</translation>
    </message>
    <message>
        <source>Polling areas reported: %1 of %2; not yet reported: %3.</source>
        <translation>Khu vực bỏ phiếu đã báo cáo: %1/%2; chưa báo cáo: %3.</translation>
    </message>
    <message>
        <source>✎ The voter figures were typed in by hand, not imported.</source>
        <translation>✎ Số liệu cử tri được nhập thủ công, không phải nhập từ tệp.</translation>
    </message>
    <message numerus="yes">
        <source>Sum over the %n polling area(s) that held this ballot.</source>
        <translation>
            <numerusform>Tổng hợp từ %n khu vực bỏ phiếu có tổ chức cuộc bầu cử này.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 invalid of %2 received, floored to two decimals</source>
        <translation>%1 phiếu không hợp lệ trên %2 phiếu thu vào, làm tròn xuống đến hai chữ số thập phân</translation>
    </message>
    <message>
        <source>No ballot received: not computable</source>
        <translation>Không có phiếu thu vào: không tính được</translation>
    </message>
</context>
<context>
    <name>ed::gui::UnlockDialog</name>
    <message>
        <source>Unlock the official results</source>
        <translation>Mở khóa kết quả chính thức</translation>
    </message>
    <message>
        <source>The results are official. Unlocking them allows imports and manual entry again; the reason is recorded with your name and the time, and shown in the lock history.</source>
        <translation>Kết quả đã được xác nhận chính thức. Mở khóa sẽ cho phép nhập từ tệp và nhập thủ công trở lại; lý do được ghi lại kèm tên của bạn và thời điểm mở khóa, và hiển thị trong lịch sử khóa kết quả.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Lý do (bắt buộc):</translation>
    </message>
    <message>
        <source>Reason for unlocking</source>
        <translation>Lý do mở khóa</translation>
    </message>
    <message>
        <source>e.g. Correction of area 07&apos;s minutes after a recount, decided by the Ủy ban bầu cử on …</source>
        <translation>ví dụ: Điều chỉnh biên bản của khu vực bỏ phiếu số 07 sau khi kiểm phiếu lại, theo quyết định của Ủy ban bầu cử ngày …</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Type the reason first.</source>
        <translation>Hãy nhập lý do trước.</translation>
    </message>
</context>
</TS>
