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
        <source>Usage: electiondesk-cli [--db PATH] [--today YYYY-MM-DD] COMMAND [ARGS]

Global options (before or after the command):
  --db PATH            database file (default: %1)
  --today YYYY-MM-DD   the date to take as today (default: the system date)
  -h, --help           this help; COMMAND --help shows a command&apos;s help
  --version            the program&apos;s version

Commands:
  init [--demo]        create or upgrade the database; --demo fills an empty one
                       with the two seed plans
  check                integrity check and schema version
  backup FILE          online copy of the live database into a new FILE

Exit status: 0 success, 1 refused (nothing was changed), 2 usage error.
</source>
        <translation>Cách dùng: electiondesk-cli [--db PATH] [--today YYYY-MM-DD] COMMAND [ARGS]

Tùy chọn chung (đặt trước hoặc sau lệnh):
  --db PATH            tệp cơ sở dữ liệu (mặc định: %1)
  --today YYYY-MM-DD   ngày được coi là hôm nay (mặc định: ngày của hệ thống)
  -h, --help           trợ giúp này; COMMAND --help hiển thị trợ giúp của lệnh
  --version            phiên bản của chương trình

Lệnh:
  init [--demo]        tạo hoặc nâng cấp cơ sở dữ liệu; --demo nạp hai kế hoạch
                       mẫu vào cơ sở dữ liệu trống
  check                kiểm tra tính toàn vẹn và phiên bản lược đồ
  backup FILE          sao chép trực tuyến cơ sở dữ liệu đang dùng vào FILE mới

Mã thoát: 0 thành công, 1 bị từ chối (không có gì thay đổi), 2 sai cú pháp lệnh.
</translation>
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
        <source>The database %1 is busy in another program. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu %1 đang bị một chương trình khác chiếm dụng. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; changes cannot be saved.</source>
        <translation>Cơ sở dữ liệu %1 chỉ cho phép đọc; không thể lưu các thay đổi.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy; chưa lưu được gì. Vui lòng giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. Restore it from a backup copy.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng. Vui lòng khôi phục từ bản sao lưu.</translation>
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
        <source>The database %1 could not be upgraded; it was left as it was.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu %1; cơ sở dữ liệu được giữ nguyên như cũ.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened. Check that the folder exists and that you may write to it.</source>
        <translation>Không mở được cơ sở dữ liệu %1. Vui lòng kiểm tra thư mục có tồn tại và bạn có quyền ghi vào thư mục đó.</translation>
    </message>
    <message>
        <source>The database reported an error; nothing was changed. The log has the details.</source>
        <translation>Cơ sở dữ liệu báo lỗi; không có gì thay đổi. Xem chi tiết trong nhật ký.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Lỗi không xác định.</translation>
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
    <name>NominationsPage</name>
    <message>
        <source>The review of award nominations arrives with a later update.</source>
        <translation>Chức năng thẩm định đề nghị khen thưởng sẽ có trong bản cập nhật sau.</translation>
    </message>
    <message>
        <source>Award forms the campaigns offer:</source>
        <translation>Các hình thức khen thưởng của các đợt thi đua:</translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation>Hình thức khen thưởng</translation>
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
        <translation>Đợt t&amp;hi đua</translation>
    </message>
    <message>
        <source>Emulation campaign</source>
        <translation>Đợt thi đua</translation>
    </message>
    <message>
        <source>Award forms</source>
        <translation>Hình thức khen thưởng</translation>
    </message>
    <message>
        <source>Award criteria</source>
        <translation>Tiêu chí khen thưởng</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Printed reports arrive with a later update.</source>
        <translation>Chức năng in báo cáo sẽ có trong bản cập nhật sau.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Importing the counting results arrives with a later update.</source>
        <extracomment>Vietnamese: Nhập kết quả bầu cử sẽ có trong bản cập nhật sau.</extracomment>
        <translation>Nhập kết quả bầu cử sẽ có trong bản cập nhật sau.</translation>
    </message>
    <message>
        <source>The results will be checked against these measurable award criteria:</source>
        <translation>Kết quả sẽ được đối chiếu với các tiêu chí khen thưởng định lượng sau:</translation>
    </message>
    <message>
        <source>Measurable award criteria</source>
        <translation>Tiêu chí khen thưởng định lượng</translation>
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
        <source>&lt;h3&gt;ElectionDesk %1&lt;/h3&gt;&lt;p&gt;A workbench for the election steering office: plans, meetings, tasks and agencies now; election results, award nominations and printed reports in later updates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ElectionDesk %1&lt;/h3&gt;&lt;p&gt;Phần mềm hỗ trợ công tác của Ban Chỉ đạo bầu cử: hiện có kế hoạch, cuộc họp, nhiệm vụ và cơ quan, đơn vị; kết quả bầu cử, đề nghị khen thưởng và in báo cáo sẽ có trong các bản cập nhật sau.&lt;/p&gt;</translation>
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
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
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
    <message>
        <source>Meetings held</source>
        <translation>Cuộc họp đã tổ chức</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Nhiệm vụ đã hoàn thành</translation>
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
        <translation>Kế hoạch này không phát động đợt thi đua nào.</translation>
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
</context>
</TS>
