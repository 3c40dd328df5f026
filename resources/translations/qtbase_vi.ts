<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QPlatformTheme</name>
    <message><source>OK</source><translation>Đồng ý</translation></message>
    <message><source>Save</source><translation>Lưu</translation></message>
    <message><source>Save All</source><translation>Lưu tất cả</translation></message>
    <message><source>Open</source><translation>Mở</translation></message>
    <message><source>&amp;Yes</source><translation>&amp;Có</translation></message>
    <message><source>Yes to &amp;All</source><translation>Có với &amp;tất cả</translation></message>
    <message><source>&amp;No</source><translation>&amp;Không</translation></message>
    <message><source>N&amp;o to All</source><translation>K&amp;hông với tất cả</translation></message>
    <message><source>Abort</source><translation>Hủy bỏ</translation></message>
    <message><source>Retry</source><translation>Thử lại</translation></message>
    <message><source>Ignore</source><translation>Bỏ qua</translation></message>
    <message><source>Close</source><translation>Đóng</translation></message>
    <message><source>Cancel</source><translation>Hủy</translation></message>
    <message><source>Discard</source><translation>Không lưu</translation></message>
    <message><source>Help</source><translation>Trợ giúp</translation></message>
    <message><source>Apply</source><translation>Áp dụng</translation></message>
    <message><source>Reset</source><translation>Đặt lại</translation></message>
    <message><source>Restore Defaults</source><translation>Khôi phục mặc định</translation></message>
</context>
<context>
    <name>QLineEdit</name>
    <message><source>&amp;Undo</source><translation>&amp;Hoàn tác</translation></message>
    <message><source>&amp;Redo</source><translation>&amp;Làm lại</translation></message>
    <message><source>Cu&amp;t</source><translation>Cắ&amp;t</translation></message>
    <message><source>&amp;Copy</source><translation>&amp;Sao chép</translation></message>
    <message><source>&amp;Paste</source><translation>&amp;Dán</translation></message>
    <message><source>Delete</source><translation>Xóa</translation></message>
    <message><source>Select All</source><translation>Chọn tất cả</translation></message>
</context>
<context>
    <name>QMessageBox</name>
    <message><source>Show Details...</source><translation>Xem chi tiết...</translation></message>
    <message><source>Hide Details...</source><translation>Ẩn chi tiết...</translation></message>
</context>
<context>
    <name>QPrintDialog</name>
    <message><source>Print</source><translation>In</translation></message>
    <message><source>&amp;Print</source><translation>&amp;In</translation></message>
    <message><source>&amp;Options &gt;&gt;</source><translation>&amp;Tùy chọn &gt;&gt;</translation></message>
    <message><source>&amp;Options &lt;&lt;</source><translation>&amp;Tùy chọn &lt;&lt;</translation></message>
    <message><source>Print to File (PDF)</source><translation>In ra tệp (PDF)</translation></message>
    <message><source>Print To File ...</source><translation>In ra tệp...</translation></message>
    <message><source>Local file</source><translation>Tệp trên máy</translation></message>
    <message><source>Write PDF file</source><translation>Ghi tệp PDF</translation></message>
    <message><source>All Pages</source><translation>Mọi trang</translation></message>
    <message><source>Odd Pages</source><translation>Trang lẻ</translation></message>
    <message><source>Even Pages</source><translation>Trang chẵn</translation></message>
    <message><source>%1 already exists.
Do you want to overwrite it?</source><translation>%1 đã có.
Ghi đè lên tệp này?</translation></message>
    <message><source>%1 is a directory.
Please choose a different file name.</source><translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation></message>
    <message><source>File %1 is not writable.
Please choose a different file name.</source><translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation></message>
</context>
<context>
    <name>QPrintWidget</name>
    <message><source>Printer</source><translation>Máy in</translation></message>
    <message><source>&amp;Name:</source><translation>&amp;Tên:</translation></message>
    <message><source>P&amp;roperties</source><translation>Thuộc tín&amp;h</translation></message>
    <message><source>Location:</source><translation>Vị trí:</translation></message>
    <message><source>Type:</source><translation>Loại:</translation></message>
    <message><source>Output &amp;file:</source><translation>Tệp &amp;xuất ra:</translation></message>
    <message><source>Preview</source><translation>Xem trước</translation></message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message><source>Options</source><translation>Tùy chọn</translation></message>
    <message><source>Copies</source><translation>Số bản</translation></message>
    <message><source>Copies:</source><translation>Số bản:</translation></message>
    <message><source>Collate</source><translation>In theo bộ</translation></message>
    <message><source>Reverse</source><translation>In ngược thứ tự</translation></message>
    <message><source>Color Mode</source><translation>Chế độ màu</translation></message>
    <message><source>Color</source><translation>Màu</translation></message>
    <message><source>Grayscale</source><translation>Thang xám</translation></message>
    <message><source>Double Sided Printing</source><translation>In hai mặt</translation></message>
    <message><source>Off</source><translation>Tắt</translation></message>
    <message><source>Long side binding</source><translation>Lật theo cạnh dài</translation></message>
    <message><source>Short side binding</source><translation>Lật theo cạnh ngắn</translation></message>
    <message><source>Page Set:</source><translation>Trang in:</translation></message>
    <message><source>Output Settings</source><translation>Thiết lập bản in</translation></message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message><source>Printer Properties</source><translation>Thuộc tính máy in</translation></message>
    <message><source>Job Options</source><translation>Tùy chọn lệnh in</translation></message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message><source>Paper</source><translation>Giấy</translation></message>
    <message><source>Page size:</source><translation>Khổ giấy:</translation></message>
    <message><source>Paper source:</source><translation>Khay giấy:</translation></message>
    <message><source>Orientation</source><translation>Hướng giấy</translation></message>
    <message><source>Portrait</source><translation>Dọc</translation></message>
    <message><source>Landscape</source><translation>Ngang</translation></message>
    <message><source>Reverse portrait</source><translation>Dọc, ngược</translation></message>
    <message><source>Reverse landscape</source><translation>Ngang, ngược</translation></message>
    <message><source>Margins</source><translation>Lề</translation></message>
    <message><source>Custom</source><translation>Tùy chỉnh</translation></message>
    <message><source>Width:</source><translation>Rộng:</translation></message>
    <message><source>Height:</source><translation>Cao:</translation></message>
    <message><source>Millimeters (mm)</source><translation>Milimét (mm)</translation></message>
    <message><source>Page Layout</source><translation>Bố cục trang</translation></message>
    <message><source>Pages per sheet:</source><translation>Số trang mỗi tờ:</translation></message>
    <message><source>Page order:</source><translation>Thứ tự trang:</translation></message>
</context>
<context>
    <name>QFileDialog</name>
    <message><source>Save As</source><translation>Lưu thành</translation></message>
    <message><source>&amp;Save</source><translation>&amp;Lưu</translation></message>
    <message><source>File &amp;name:</source><translation>&amp;Tên tệp:</translation></message>
    <message><source>Files of type:</source><translation>Loại tệp:</translation></message>
    <message><source>Look in:</source><translation>Thư mục:</translation></message>
    <message><source>%1 already exists.
Do you want to replace it?</source><translation>%1 đã có.
Thay thế tệp này?</translation></message>
    <message><source>All Files (*)</source><translation>Mọi tệp (*)</translation></message>
    <message><source>New Folder</source><translation>Thư mục mới</translation></message>
    <message><source>&amp;New Folder</source><translation>Thư mục &amp;mới</translation></message>
    <message><source>Create New Folder</source><translation>Tạo thư mục mới</translation></message>
    <message><source>Back</source><translation>Lùi lại</translation></message>
    <message><source>Forward</source><translation>Tiến tới</translation></message>
    <message><source>Parent Directory</source><translation>Thư mục cha</translation></message>
    <message><source>List View</source><translation>Dạng danh sách</translation></message>
    <message><source>Detail View</source><translation>Dạng chi tiết</translation></message>
    <message><source>Recent Places</source><translation>Nơi mở gần đây</translation></message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message><source>Name</source><translation>Tên</translation></message>
    <message><source>Size</source><translation>Kích thước</translation></message>
    <message><source>Type</source><translation>Loại</translation></message>
    <message><source>Kind</source><translation>Loại</translation></message>
    <message><source>Date Modified</source><translation>Ngày sửa</translation></message>
    <message><source>Computer</source><translation>Máy tính</translation></message>
    <message><source>My Computer</source><translation>Máy tính</translation></message>
</context>
</TS>
