<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccessControl</name>
    <message>
        <source>the user %1 is deactivated</source>
        <translation>người dùng %1 đã bị ngừng kích hoạt</translation>
    </message>
    <message>
        <source>roles are on: log in to %1</source>
        <translation>đã bật vai trò: hãy đăng nhập để %1</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>không có người dùng %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Đã xóa %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 file, %2 reason</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <extracomment>%n people, %1 the file written</extracomment>
        <translation>
            <numerusform>Đã ghi %n người vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the user name, %2 their role (&quot;lan — HR officer&quot;)</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ArchivePreview</name>
    <message>
        <source>The archive is refused: %1. Nothing can be imported from it.</source>
        <translation>Tệp lưu trữ bị từ chối: %1. Không thể nhập dữ liệu nào từ tệp này.</translation>
    </message>
    <message>
        <source>Archive of %1 (%2), closed: %3; written by CongVu %4 on %5%6.</source>
        <translation>Tệp lưu trữ năm %1 (%2), đã khóa sổ: %3; được tạo bởi CongVu %4 ngày %5%6.</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>đơn vị %1</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>tất cả đơn vị</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> từ %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Bổ sung</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Closed by the import: %1.</source>
        <translation>Được khóa sổ khi nhập: %1.</translation>
    </message>
    <message>
        <source>Left open here because of conflicts: %1.</source>
        <translation>Chưa khóa sổ tại đây do có xung đột: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): the value here is kept, the archive&apos;s is not imported.</source>
        <extracomment>%n is the number of conflicting values</extracomment>
        <translation>
            <numerusform>%n xung đột: giữ giá trị hiện có, không nhập giá trị trong tệp lưu trữ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 · %3: here “%4”, in the archive “%5”</source>
        <translation>%1 %2 · %3: hiện có “%4”, trong tệp lưu trữ “%5”</translation>
    </message>
    <message numerus="yes">
        <source>Accept and import (%n record(s))</source>
        <extracomment>%n records would be written</extracomment>
        <translation>
            <numerusform>Chấp nhận và nhập (%n bản ghi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <source>cannot read this database: %1</source>
        <translation>không đọc được cơ sở dữ liệu này: %1</translation>
    </message>
    <message>
        <source>open, with conflicts in the year</source>
        <translation>chưa khóa sổ, có xung đột trong năm</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã khóa sổ</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>không bắt đầu được giao dịch ghi dữ liệu</translation>
    </message>
    <message>
        <source>the database changed since the preview: preview the archive again (nothing written)</source>
        <translation>cơ sở dữ liệu đã thay đổi sau khi xem trước: hãy xem trước lại tệp lưu trữ (chưa ghi gì)</translation>
    </message>
    <message>
        <source>the archive was not imported (nothing written): %1</source>
        <translation>chưa nhập tệp lưu trữ (không ghi gì): %1</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>units</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>kết quả đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>evaluation forms</source>
        <translation>phiếu đánh giá</translation>
    </message>
    <message>
        <source>ND 335 period scores</source>
        <translation>điểm theo kỳ (NĐ 335)</translation>
    </message>
    <message>
        <source>discipline decisions</source>
        <translation>quyết định kỷ luật</translation>
    </message>
    <message>
        <source>review decisions</source>
        <translation>quyết định bình xét thi đua</translation>
    </message>
    <message>
        <source>review meetings</source>
        <translation>cuộc họp bình xét thi đua</translation>
    </message>
    <message>
        <source>cap exceptions</source>
        <translation>ngoại lệ giới hạn tỷ lệ xuất sắc</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>cài đặt</translation>
    </message>
    <message>
        <source>closed years</source>
        <translation>năm đã khóa sổ</translation>
    </message>
    <message>
        <source>year: give at least one year to archive</source>
        <translation>năm: cần ít nhất một năm để lưu trữ</translation>
    </message>
    <message>
        <source>year: %1 is not a year from 2000 to 2100</source>
        <translation>năm: %1 không phải là năm từ 2000 đến 2100</translation>
    </message>
    <message>
        <source>cannot read the records: %1</source>
        <translation>không đọc được dữ liệu: %1</translation>
    </message>
    <message>
        <source>unit: no unit has the code %1</source>
        <translation>đơn vị: không có đơn vị nào có mã %1</translation>
    </message>
    <message>
        <source>cannot read the settings: %1</source>
        <translation>không đọc được cài đặt: %1</translation>
    </message>
</context>
<context>
    <name>AuditController</name>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 không phải là ngày</translation>
    </message>
    <message>
        <source>Correct the filter before exporting: %1</source>
        <translation>Hãy sửa bộ lọc trước khi xuất: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <extracomment>%n is the number of rows, %1 a file path</extracomment>
        <translation>
            <numerusform>Đã ghi %n thay đổi vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <extracomment>%n is the number of audit rows that match the filter</extracomment>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditHeader</name>
    <message>
        <source>When</source>
        <comment>@title:column audit</comment>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <comment>@title:column audit</comment>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>@title:column audit</comment>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>What</source>
        <comment>@title:column audit</comment>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>@title:column audit</comment>
        <translation>Mã</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Added</source>
        <comment>@item:audit action</comment>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <comment>@item:audit action</comment>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>@item:audit action</comment>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Imported</source>
        <comment>@item:audit action</comment>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>Demo data</source>
        <comment>@item:audit action</comment>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>@item:audit action</comment>
        <translation>Khóa sổ</translation>
    </message>
    <message>
        <source>Reopened</source>
        <comment>@item:audit action</comment>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation>Phiếu đánh giá</translation>
    </message>
    <message>
        <source>Evaluation period</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <source>Discipline decision</source>
        <translation>Quyết định kỷ luật</translation>
    </message>
    <message>
        <source>Culture checklist item</source>
        <translation>Tiêu chí văn hóa công vụ</translation>
    </message>
    <message>
        <source>Culture inspection</source>
        <translation>Đợt kiểm tra văn hóa công vụ</translation>
    </message>
    <message>
        <source>Culture violation</source>
        <translation>Vi phạm văn hóa công vụ</translation>
    </message>
    <message>
        <source>Training course</source>
        <translation>Khóa đào tạo, bồi dưỡng</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Kế hoạch đào tạo, bồi dưỡng</translation>
    </message>
    <message>
        <source>Training enrolment</source>
        <translation>Lượt cử học</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Quyết định bình xét thi đua</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Cuộc họp bình xét thi đua</translation>
    </message>
    <message>
        <source>Year closure</source>
        <translation>Khóa sổ năm</translation>
    </message>
    <message>
        <source>Excellent-cap exception</source>
        <translation>Ngoại lệ giới hạn tỷ lệ xuất sắc</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Tệp lưu trữ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <extracomment>the page of the change log (Vietnamese: &quot;Nhật ký thay đổi&quot;)</extracomment>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Who changed what and when. Read only (ND 13/2023).</source>
        <translation>Ai đã thay đổi gì và khi nào. Chỉ xem (NĐ 13/2023).</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Xuất ra CSV</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tất cả người dùng</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tất cả loại dữ liệu</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Search name, code, value</source>
        <translation>Tìm theo tên, mã, giá trị</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <extracomment>%n is the number of changes that match the filter</extracomment>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>No change matches the filter.</source>
        <translation>Không có thay đổi nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>Every change made in CongVu appears here.</source>
        <translation>Mọi thay đổi thực hiện trong CongVu đều hiển thị ở đây.</translation>
    </message>
    <message>
        <source>Select a change to see the record before and after.</source>
        <translation>Chọn một thay đổi để xem dữ liệu trước và sau.</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4, by %5</source>
        <extracomment>%1 action, %2 kind of record, %3 its key, %4 when, %5 who, e.g. &quot;Changed: Person SG-0026, 27/11/2026 10:11, by app:lan&quot;</extracomment>
        <translation>%1: %2 %3, %4, do %5 thực hiện</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>the end date %1 is before the start date %2</source>
        <translation>ngày kết thúc %1 trước ngày bắt đầu %2</translation>
    </message>
    <message>
        <source>cannot read the audit trail: %1</source>
        <translation>không đọc được nhật ký thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the option %1 needs a value</source>
        <translation>tùy chọn %1 cần có giá trị</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected vi or en)</source>
        <translation>không hỗ trợ ngôn ngữ &quot;%1&quot; (dùng vi hoặc en)</translation>
    </message>
    <message>
        <source>Try &apos;congvu --help&apos;.</source>
        <translation>Xem hướng dẫn: &apos;congvu --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>không có lệnh &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] init
Creates the database, or upgrades it to this program&apos;s schema.
</source>
        <translation>Cách dùng: congvu [--db FILE] init
Tạo cơ sở dữ liệu, hoặc nâng cấp cơ sở dữ liệu lên phiên bản lược đồ của chương trình này.
</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>lệnh init không nhận tham số</translation>
    </message>
    <message>
        <source>Database %1 is at schema version %2.</source>
        <translation>Cơ sở dữ liệu %1 đang ở phiên bản lược đồ %2.</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] demo [--staff N] [--seed S]
Fills an empty database with the demo office of thị xã Phước Long (same seed, same data).
</source>
        <translation>Cách dùng: congvu [--db FILE] demo [--staff N] [--seed S]
Nạp dữ liệu mẫu của thị xã Phước Long vào cơ sở dữ liệu trống (cùng --seed thì cùng dữ liệu).
</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>tham số thừa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--staff must be a number from 1 to 2000000</source>
        <translation>--staff phải là số từ 1 đến 2000000</translation>
    </message>
    <message>
        <source>--seed must be a non-negative number</source>
        <translation>--seed phải là số không âm</translation>
    </message>
    <message>
        <source>the database %1 is not empty: demo data goes only into an empty database</source>
        <translation>cơ sở dữ liệu %1 đã có dữ liệu: chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống</translation>
    </message>
    <message numerus="yes">
        <source>Demo office written to %1: %n people.</source>
        <translation>
            <numerusform>Đã ghi dữ liệu mẫu vào %1: %n người.</numerusform>
        </translation>
    </message>
    <message>
        <source>import needs what to import (units or staff) and a FILE</source>
        <translation>lệnh import cần loại dữ liệu (units hoặc staff) và một FILE</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>không có tùy chọn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import %1 needs exactly one FILE</source>
        <translation>import %1 cần đúng một FILE</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2 (nothing was written)</source>
        <translation>không ghi được %1: %2 (không có dữ liệu nào được ghi)</translation>
    </message>
    <message>
        <source>The file was refused: nothing was written.</source>
        <translation>Tệp bị từ chối: không ghi được gì.</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected. Nothing was written (--dry-run).</source>
        <translation>Đã kiểm tra %1 dòng: %2 mới, %3 thay đổi, %4 không đổi, %5 bị loại. Chưa ghi gì (--dry-run).</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation>Đã nhập %1 dòng: %2 mới, %3 thay đổi, %4 không đổi, %5 bị loại.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was written.</source>
        <translation>
            <numerusform>%n dòng bị loại: không ghi được gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 đã được ghi vào %2.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected json, csv, pdf or table)</source>
        <translation>không hỗ trợ định dạng &quot;%1&quot; (dùng json, csv, pdf hoặc table)</translation>
    </message>
    <message>
        <source>a PDF is not shown on a terminal: give -o FILE</source>
        <translation>không thể hiển thị PDF trên terminal: hãy dùng -o FILE</translation>
    </message>
    <message>
        <source>--as-of must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of phải là ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>the unit %1 does not exist on %2 and has no successor then: no unit is in the report</source>
        <translation>đơn vị %1 không tồn tại vào ngày %2 và khi đó không có đơn vị kế thừa: báo cáo không có đơn vị nào</translation>
    </message>
    <message>
        <source>The qualification report</source>
        <translation>Báo cáo tỷ lệ cán bộ, công chức cấp xã đạt chuẩn</translation>
    </message>
    <message>
        <source>cannot make the PDF: %1</source>
        <translation>không tạo được tệp PDF: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report culture --year Y [--quarter 1-4] [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
Compliance with the public-service culture checklist (QĐ 1847/QĐ-TTg) in the year Y or
one of its quarters: per unit inspected, per person, by item, and the violations log.
Civil servants get the culture part of the ND 335 general-criteria points from 2026.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation>Cách dùng: congvu [--db FILE] report culture --year Y [--quarter 1-4] [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
Tình hình chấp hành bộ tiêu chí văn hóa công vụ (QĐ 1847/QĐ-TTg) trong năm Y hoặc
một quý của năm: theo từng đơn vị được kiểm tra, từng người, từng tiêu chí, kèm sổ theo dõi vi phạm.
Từ năm 2026, công chức được tính điểm văn hóa công vụ trong phần tiêu chí chung theo NĐ 335.
--format mặc định theo đuôi tệp FILE; nếu không có: table khi in ra terminal, còn lại là json.
</translation>
    </message>
    <message>
        <source>report culture needs --year Y</source>
        <translation>lệnh report culture cần có --year Y</translation>
    </message>
    <message>
        <source>--year must be a year from 2000 to 2100, not &quot;%1&quot;</source>
        <translation>--year phải là năm từ 2000 đến 2100, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--quarter must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation>--quarter phải là 1, 2, 3 hoặc 4, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The culture report</source>
        <translation>Báo cáo văn hóa công vụ</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report discipline --year Y [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
The discipline decisions taking effect in the year Y (2015-2100): per unit the number by
form and whether nobody received a reprimand or heavier (the reform target); per person
each decision with the date its bars on promotion, appointment, planning and training lift.
People of merged units count in their successor on 31/12 of Y.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation>Cách dùng: congvu [--db FILE] report discipline --year Y [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
Các quyết định kỷ luật có hiệu lực trong năm Y (2015-2100): theo từng đơn vị, số quyết định theo
hình thức và việc đạt chỉ tiêu (không có ai bị kỷ luật từ khiển trách trở lên); theo từng người,
mỗi quyết định kèm ngày hết thời hạn hạn chế nâng ngạch, bổ nhiệm, quy hoạch và đào tạo.
Cán bộ của đơn vị đã sáp nhập được tính vào đơn vị kế thừa tại ngày 31/12 của năm Y.
--format mặc định theo đuôi tệp FILE; nếu không có: table khi in ra terminal, còn lại là json.
</translation>
    </message>
    <message>
        <source>report discipline needs --year Y</source>
        <translation>lệnh report discipline cần có --year Y</translation>
    </message>
    <message>
        <source>--year must be a year from 2015 to 2100, not &quot;%1&quot;</source>
        <translation>--year phải là năm từ 2015 đến 2100, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The discipline report</source>
        <translation>Báo cáo kỷ luật</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report evaluations --year Y [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
       congvu [--db FILE] report evaluations --year Y --staff CODE --format pdf -o FILE
The evaluation levels of the year Y (2015-2100) per unit and task group, with the cap on
&quot;excellent&quot; (20% of &quot;good&quot;, 25% for a unit with a recorded exception), and per person
whether they are rated, the highest level the rules allow, the level of the score and the
flags (short_service, absence_cap, disciplined, above_max_level, score_mismatch,
second_consecutive_khong_hoan_thanh). People of merged units count in their successor on
31/12 of Y.
The PDF is the summary of the units as a report to file; with --staff CODE it is that
person&apos;s evaluation form of Y (Decree 90/2020 forms 01/02/03, with the score for civil
servants from 2026), blank where nothing is recorded.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation>Cách dùng: congvu [--db FILE] report evaluations --year Y [--unit CODE]
                                 [--format json|csv|pdf|table] [-o FILE]
           congvu [--db FILE] report evaluations --year Y --staff CODE --format pdf -o FILE
Mức xếp loại chất lượng năm Y (2015-2100) theo đơn vị và nhóm nhiệm vụ, kèm giới hạn tỷ lệ
&quot;xuất sắc&quot; (20% số &quot;hoàn thành tốt&quot;, 25% đối với đơn vị có ghi nhận ngoại lệ), và với từng người:
có được xếp loại hay không, mức cao nhất theo quy định, mức tương ứng với điểm và các lưu ý
(short_service, absence_cap, disciplined, above_max_level, score_mismatch,
second_consecutive_khong_hoan_thanh). Cán bộ của đơn vị đã sáp nhập được tính vào đơn vị kế thừa
tại ngày 31/12 của năm Y.
Tệp PDF là báo cáo tổng hợp của các đơn vị; với --staff CODE là phiếu đánh giá năm Y của
người đó (Mẫu 01/02/03 Nghị định 90/2020, kèm điểm đối với công chức từ năm 2026), để trống
những mục chưa có dữ liệu.
--format mặc định theo đuôi tệp FILE; nếu không có: table khi in ra terminal, còn lại là json.
</translation>
    </message>
    <message>
        <source>report evaluations needs --year Y</source>
        <translation>lệnh report evaluations cần --year Y</translation>
    </message>
    <message>
        <source>--staff prints the person&apos;s evaluation form, which is a PDF: give --format pdf</source>
        <translation>--staff cho ra phiếu đánh giá của người đó dưới dạng tệp PDF: hãy dùng --format pdf</translation>
    </message>
    <message>
        <source>--staff and --unit cannot be used together</source>
        <translation>không dùng đồng thời --staff và --unit</translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation>không tìm thấy mã cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The evaluation form</source>
        <translation>Phiếu đánh giá</translation>
    </message>
    <message>
        <source>The evaluations report</source>
        <translation>Báo cáo kết quả đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] evaluation-cap --year Y [--format json|table]
       congvu [--db FILE] evaluation-cap --year Y --rate R
       congvu [--db FILE] evaluation-cap --year Y --unit CODE --exception DECISION_NO
                                         [--reason TEXT]
       congvu [--db FILE] evaluation-cap --year Y --unit CODE --remove-exception
The cap on &quot;excellent&quot; in the evaluations of the year Y (2015-2100): at most the rate
times the number of &quot;good&quot; in each unit and task group (report evaluations).
Without --rate or --unit, shows the year&apos;s rate and the units with a recorded exception
(--format defaults to a table on a terminal and json otherwise).
--rate R sets the year&apos;s rate: a share from 0 to 1 (0.2, or 0,2) or a percentage
(20%), rounded to 0.1%; the default is 0.2.
--unit CODE --exception DECISION_NO records that the unit was recognised as outstanding
by the decision DECISION_NO, so that it may go up to 25% in Y; recording it again
replaces the decision and reason. --remove-exception removes it.
One change per run; every change is in the audit trail.
Exit codes: 0 done, 2 invalid value (nothing written), 3 database error, 64 usage error.
</source>
        <translation>Cách dùng: congvu [--db FILE] evaluation-cap --year Y [--format json|table]
           congvu [--db FILE] evaluation-cap --year Y --rate R
           congvu [--db FILE] evaluation-cap --year Y --unit CODE --exception DECISION_NO
                                             [--reason TEXT]
           congvu [--db FILE] evaluation-cap --year Y --unit CODE --remove-exception
Giới hạn tỷ lệ &quot;xuất sắc&quot; trong đánh giá, xếp loại năm Y (2015-2100): tối đa bằng tỷ lệ
nhân với số &quot;hoàn thành tốt&quot; trong mỗi đơn vị và nhóm nhiệm vụ (xem report evaluations).
Không có --rate hoặc --unit: hiển thị tỷ lệ của năm và các đơn vị đã ghi nhận ngoại lệ
(--format mặc định: table khi in ra terminal, còn lại là json).
--rate R đặt tỷ lệ của năm: số từ 0 đến 1 (0.2 hoặc 0,2) hoặc tỷ lệ phần trăm
(20%), làm tròn đến 0,1%; mặc định là 0.2.
--unit CODE --exception DECISION_NO ghi nhận đơn vị được đánh giá nổi trội theo
quyết định số DECISION_NO, nên được xếp loại &quot;xuất sắc&quot; tới 25% trong năm Y; ghi nhận lại
sẽ thay thế quyết định và lý do đã có. --remove-exception để xóa ghi nhận này.
Mỗi lần chạy chỉ thực hiện một thay đổi; mọi thay đổi đều được lưu vào nhật ký thay đổi.
Mã thoát: 0 hoàn tất, 2 giá trị không hợp lệ (không ghi gì), 3 lỗi cơ sở dữ liệu, 64 sai cú pháp lệnh.
</translation>
    </message>
    <message>
        <source>evaluation-cap needs --year Y</source>
        <translation>lệnh evaluation-cap cần --year Y</translation>
    </message>
    <message>
        <source>--rate cannot be combined with --exception or --remove-exception: make one change per run</source>
        <translation>không dùng --rate cùng với --exception hoặc --remove-exception: mỗi lần chạy chỉ thực hiện một thay đổi</translation>
    </message>
    <message>
        <source>--exception and --remove-exception cannot be used together</source>
        <translation>không dùng đồng thời --exception và --remove-exception</translation>
    </message>
    <message>
        <source>--exception needs --unit CODE, the unit recognised as outstanding</source>
        <translation>--exception cần --unit CODE là đơn vị được đánh giá nổi trội</translation>
    </message>
    <message>
        <source>--remove-exception needs --unit CODE</source>
        <translation>--remove-exception cần --unit CODE</translation>
    </message>
    <message>
        <source>--unit needs --exception DECISION_NO or --remove-exception</source>
        <translation>--unit cần --exception DECISION_NO hoặc --remove-exception</translation>
    </message>
    <message>
        <source>--reason goes with --exception</source>
        <translation>--reason chỉ dùng cùng với --exception</translation>
    </message>
    <message>
        <source>--format applies to showing the cap, not to a change</source>
        <translation>--format chỉ dùng khi hiển thị giới hạn, không dùng khi thay đổi</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected json or table)</source>
        <translation>không hỗ trợ định dạng &quot;%1&quot; (dùng json hoặc table)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate: give a share from 0 to 1 such as 0.2, or a percentage such as 20%</source>
        <translation>&quot;%1&quot; không phải là tỷ lệ: hãy nhập số từ 0 đến 1, ví dụ 0.2, hoặc tỷ lệ phần trăm, ví dụ 20%</translation>
    </message>
    <message>
        <source>Cap on &quot;excellent&quot; in %1: %2 of &quot;good&quot; per unit and task group (default %3).</source>
        <extracomment>%1 year, %2 rate such as 20%, %3 default rate</extracomment>
        <translation>Giới hạn tỷ lệ &quot;xuất sắc&quot; năm %1: %2 số &quot;hoàn thành tốt&quot; trong mỗi đơn vị và nhóm nhiệm vụ (mặc định %3).</translation>
    </message>
    <message>
        <source>No unit has an exception (%1) recorded for %2.</source>
        <translation>Chưa có đơn vị nào được ghi nhận ngoại lệ (%1) trong năm %2.</translation>
    </message>
    <message>
        <source>Units recognised as outstanding (up to %1):</source>
        <translation>Các đơn vị được đánh giá nổi trội (tối đa %1):</translation>
    </message>
    <message>
        <source>decision %1</source>
        <translation>quyết định %1</translation>
    </message>
    <message>
        <source>no exception is recorded for %1 in %2: nothing to remove</source>
        <translation>chưa ghi nhận ngoại lệ của %1 năm %2: không có gì để xóa</translation>
    </message>
    <message>
        <source>The cap on &quot;excellent&quot; in %1 is now %2 of &quot;good&quot;.</source>
        <extracomment>%1 year, %2 rate such as 20%</extracomment>
        <translation>Giới hạn tỷ lệ &quot;xuất sắc&quot; năm %1 đã được đặt là %2 số &quot;hoàn thành tốt&quot;.</translation>
    </message>
    <message>
        <source>Recorded: %1 may rate up to %4 of &quot;good&quot; as &quot;excellent&quot; in %2 (decision %3).</source>
        <extracomment>%1 unit code, %2 year, %3 decision number, %4 rate such as 25%</extracomment>
        <translation>Đã ghi nhận: %1 được xếp loại &quot;xuất sắc&quot; tối đa %4 số &quot;hoàn thành tốt&quot; trong năm %2 (quyết định %3).</translation>
    </message>
    <message>
        <source>Removed the exception of %1 for %2.</source>
        <extracomment>%1 unit code, %2 year</extracomment>
        <translation>Đã xóa ngoại lệ của %1 năm %2.</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] import units|staff|evaluations|discipline|culture|training FILE [--dry-run] [--skip-invalid]
Imports a CSV or XLSX file (staff also JSON from export staff). Nothing is written when a row
is invalid, unless --skip-invalid is given; every problem is printed as
FILE:LINE: COLUMN: reason.
</source>
        <translation>Cách dùng: congvu [--db FILE] import units|staff|evaluations|discipline|culture|training FILE [--dry-run] [--skip-invalid]
Nhập tệp CSV hoặc XLSX (riêng staff nhận cả tệp JSON do export staff tạo ra). Nếu có dòng
không hợp lệ thì không ghi gì, trừ khi dùng --skip-invalid; mỗi lỗi được in ra theo dạng
FILE:LINE: COLUMN: lý do.
</translation>
    </message>
    <message>
        <source>unknown import &quot;%1&quot; (expected units, staff, evaluations, discipline, culture or training)</source>
        <translation>không có loại dữ liệu nhập &quot;%1&quot; (dùng units, staff, evaluations, discipline, culture hoặc training)</translation>
    </message>
    <message>
        <source>report needs what to report (qualification, evaluations, discipline, culture or training)</source>
        <translation>lệnh report cần loại báo cáo (qualification, evaluations, discipline, culture hoặc training)</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot; (expected qualification, evaluations, discipline, culture or training)</source>
        <translation>không có báo cáo &quot;%1&quot; (dùng qualification, evaluations, discipline, culture hoặc training)</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report qualification [--as-of DATE] [--unit CODE] [--projected]
                             [--format json|csv|pdf|table] [-o FILE]
The rate of commune-level cadres and civil servants (cb_xa, cc_xa) meeting the standards
of their title on DATE (YYYY-MM-DD, default today), for every commune-level unit or for
the units under CODE. People of merged units count in their successor.
--projected counts the planned, enrolled and attending training enrolments that end by
DATE as completed (the training plan&apos;s projection).
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation>Cách dùng: congvu [--db FILE] report qualification [--as-of DATE] [--unit CODE] [--projected]
                                 [--format json|csv|pdf|table] [-o FILE]
Tỷ lệ cán bộ, công chức cấp xã (cb_xa, cc_xa) đạt tiêu chuẩn của chức danh đang giữ
tính đến ngày DATE (YYYY-MM-DD, mặc định là hôm nay), của mọi đơn vị cấp xã hoặc của
các đơn vị trực thuộc CODE. Cán bộ của đơn vị đã sáp nhập được tính vào đơn vị kế thừa.
--projected coi các lượt cử học ở trạng thái dự kiến, đã đăng ký hoặc đang học kết thúc đến ngày
DATE là đã hoàn thành (số liệu dự kiến theo kế hoạch đào tạo, bồi dưỡng).
--format mặc định theo đuôi tệp FILE; nếu không có: table khi in ra terminal, còn lại là json.
</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] report training --year Y [--unit CODE]
                             [--format json|csv|pdf|table] [-o FILE]
The training of the year Y (2015-2100): the year&apos;s plans, the enrolments in them and those
outside any plan starting in Y, and per unit the budget against the cost planned (every
enrolment not dropped) and spent (enrolled, attending or completed), in VND. The PDF is the
plan to hand to the People&apos;s Committee. People of merged units count in their successor on
31/12 of Y.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation>Cách dùng: congvu [--db FILE] report training --year Y [--unit CODE]
                                 [--format json|csv|pdf|table] [-o FILE]
Tình hình đào tạo, bồi dưỡng năm Y (2015-2100): các kế hoạch của năm, các lượt cử học thuộc kế hoạch
và các lượt cử học ngoài kế hoạch bắt đầu trong năm Y; theo từng đơn vị: kinh phí so với chi phí dự kiến
(mọi lượt cử học trừ thôi học) và đã chi (đã đăng ký, đang học hoặc hoàn thành), tính bằng đồng. Tệp PDF
là kế hoạch để trình Ủy ban nhân dân. Cán bộ của đơn vị đã sáp nhập được tính vào đơn vị kế thừa tại ngày
31/12 của năm Y.
--format mặc định theo đuôi tệp FILE; nếu không có: table khi in ra terminal, còn lại là json.
</translation>
    </message>
    <message>
        <source>report training needs --year Y</source>
        <translation>lệnh report training cần có --year Y</translation>
    </message>
    <message>
        <source>The training report</source>
        <translation>Báo cáo đào tạo, bồi dưỡng</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>không có bản ghi nào</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] archive export --year Y [--year Y2 ...] [--unit CODE] -o FILE
       congvu archive verify FILE
       congvu [--db FILE] archive import FILE [--dry-run]
A closed-year archive (.cvarchive) holds the records of years: units, staff, evaluations
(with forms and ND 335 period scores), discipline decisions, the review&apos;s decisions and
meetings, closed years and the settings that change results. It is self-contained and
carries a SHA-256 of its content: verify refuses any altered byte.
export: every unit, or --unit CODE and its sub-units (a commune sends its records to
the office); -o - writes to standard output. A year that is not closed is exported
with a warning.
import: adds what this database lacks and completes what it holds without
contradicting it; a record with a different value here is a conflict: reported, never
overwritten. The archive&apos;s closed years are closed here when nothing in them
conflicts. Importing the same archive again changes nothing. --dry-run writes nothing.
Exit codes: 0 done (also with conflicts), 2 file refused or invalid value (nothing
written), 3 database error, 64 usage error.
</source>
        <translation>Cách dùng: congvu [--db FILE] archive export --year Y [--year Y2 ...] [--unit CODE] -o FILE
           congvu archive verify FILE
           congvu [--db FILE] archive import FILE [--dry-run]
Tệp lưu trữ năm đã khóa sổ (.cvarchive) chứa dữ liệu của các năm: đơn vị, cán bộ, kết quả đánh giá
(kèm phiếu đánh giá và điểm theo kỳ NĐ 335), quyết định kỷ luật, các quyết định và cuộc họp
bình xét thi đua, các năm đã khóa sổ và các cài đặt làm thay đổi kết quả. Tệp có đủ dữ liệu, không
phụ thuộc nguồn khác và mang mã kiểm tra SHA-256 của nội dung: verify từ chối tệp bị sửa dù chỉ một byte.
export: mọi đơn vị, hoặc --unit CODE và các đơn vị trực thuộc (xã gửi hồ sơ của mình lên
cơ quan cấp trên); -o - ghi ra đầu ra chuẩn. Năm chưa khóa sổ vẫn được xuất nhưng kèm
cảnh báo.
import: thêm mới những gì cơ sở dữ liệu này chưa có và bổ sung những gì đã có mà không
mâu thuẫn; bản ghi có giá trị khác với dữ liệu hiện có là xung đột: được báo cáo, không bao giờ
bị ghi đè. Các năm đã khóa sổ trong tệp lưu trữ được khóa sổ tại đây nếu không có xung đột.
Nhập lại cùng một tệp lưu trữ không làm thay đổi gì. --dry-run không ghi gì.
Mã thoát: 0 hoàn tất (kể cả khi có xung đột), 2 tệp bị từ chối hoặc giá trị không hợp lệ (không
ghi gì), 3 lỗi cơ sở dữ liệu, 64 sai cú pháp lệnh.
</translation>
    </message>
    <message>
        <source>archive verify needs one FILE</source>
        <translation>lệnh archive verify cần một FILE</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: bị từ chối: %2</translation>
    </message>
    <message>
        <source>%1: a CongVu archive, format %2</source>
        <translation>%1: tệp lưu trữ CongVu, định dạng %2</translation>
    </message>
    <message>
        <source>checksum: OK (SHA-256 %1)</source>
        <translation>mã kiểm tra: hợp lệ (SHA-256 %1)</translation>
    </message>
    <message>
        <source>years: %1 (closed: %2)</source>
        <translation>năm: %1 (đã khóa sổ: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>đơn vị: %1</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>tất cả đơn vị</translation>
    </message>
    <message>
        <source>written by CongVu %1 on %2%3</source>
        <translation>được tạo bởi CongVu %1 ngày %2%3</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> từ %1</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>số bản ghi: %1</translation>
    </message>
    <message>
        <source>archive export needs --year Y</source>
        <translation>lệnh archive export cần --year Y</translation>
    </message>
    <message>
        <source>archive export needs -o FILE (- for standard output)</source>
        <translation>lệnh archive export cần -o FILE (- để ghi ra đầu ra chuẩn)</translation>
    </message>
    <message>
        <source>warning: year %1 is not closed: its records may still change</source>
        <translation>cảnh báo: năm %1 chưa khóa sổ: dữ liệu của năm vẫn có thể thay đổi</translation>
    </message>
    <message>
        <source>The archive</source>
        <translation>Tệp lưu trữ</translation>
    </message>
    <message>
        <source>archive import needs a FILE</source>
        <translation>lệnh archive import cần một FILE</translation>
    </message>
    <message>
        <source>%1: years %2, %3</source>
        <translation>%1: năm %2, %3</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>đơn vị %1</translation>
    </message>
    <message>
        <source>  %1: %2 added, %3 changed, %4 unchanged, %5 conflicts</source>
        <translation>  %1: %2 thêm mới, %3 bổ sung, %4 không đổi, %5 xung đột</translation>
    </message>
    <message>
        <source>conflict: %1 %2: %3: here &quot;%4&quot;, in the archive &quot;%5&quot; (kept as here)</source>
        <translation>xung đột: %1 %2: %3: hiện có &quot;%4&quot;, trong tệp lưu trữ &quot;%5&quot; (giữ giá trị hiện có)</translation>
    </message>
    <message>
        <source>the year %1 is closed by the import</source>
        <translation>năm %1 được khóa sổ khi nhập</translation>
    </message>
    <message>
        <source>the year %1 stays open here: it has conflicts</source>
        <translation>năm %1 chưa được khóa sổ tại đây: có xung đột</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing written (%n record(s) would be written).</source>
        <translation>
            <numerusform>Chạy thử: không ghi gì (sẽ ghi %n bản ghi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to write: this database already holds the archive.</source>
        <translation>Không có gì để ghi: cơ sở dữ liệu này đã có đầy đủ dữ liệu của tệp lưu trữ.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written.</source>
        <translation>
            <numerusform>Đã ghi %n bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown archive command %1 (export, verify or import)</source>
        <translation>không có lệnh archive %1 (dùng export, verify hoặc import)</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
Writes the evaluations of the year Y (2015-2100), of the unit CODE and its sub-units (people
of merged units count in their successor on 31/12 of Y) or of everyone, in the columns
import evaluations reads: importing the file back changes nothing. xlsx is an Excel
workbook with the same columns on its first sheet; it needs -o FILE on a terminal.
--format defaults to xlsx for a FILE ending in .xlsx, else csv.
</source>
        <translation>Cách dùng: congvu [--db FILE] export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
Xuất kết quả đánh giá, xếp loại năm Y (2015-2100) của đơn vị CODE và các đơn vị trực thuộc (cán bộ
của đơn vị đã sáp nhập được tính vào đơn vị kế thừa tại ngày 31/12 của năm Y) hoặc của tất cả mọi người,
theo các cột mà lệnh import evaluations đọc: nhập lại tệp này không làm thay đổi gì. xlsx là bảng tính
Excel có cùng các cột ở trang tính đầu tiên; khi in ra terminal cần dùng -o FILE.
--format mặc định là xlsx nếu FILE có đuôi .xlsx, còn lại là csv.
</translation>
    </message>
    <message>
        <source>export evaluations needs --year Y</source>
        <translation>lệnh export evaluations cần --year Y</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv or xlsx)</source>
        <translation>không hỗ trợ định dạng &quot;%1&quot; (dùng csv hoặc xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s)</source>
        <translation>
            <numerusform>%n kết quả đánh giá</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs what to export (staff or evaluations)</source>
        <translation>lệnh export cần loại dữ liệu xuất (staff hoặc evaluations)</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] export staff [--format csv|json|xlsx] [-o FILE]
       congvu [--db FILE] export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
Writes every person (or the evaluations of a year) in the format import reads back unchanged.
xlsx is an Excel workbook with the CSV&apos;s columns on its first sheet; it needs -o FILE on a
terminal. --format defaults to xlsx for a FILE ending in .xlsx, else csv.
</source>
        <translation>Cách dùng: congvu [--db FILE] export staff [--format csv|json|xlsx] [-o FILE]
           congvu [--db FILE] export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
Xuất toàn bộ danh sách cán bộ (hoặc kết quả đánh giá của một năm) theo định dạng mà lệnh import đọc lại
không thay đổi. xlsx là bảng tính Excel có các cột như tệp CSV ở trang tính đầu tiên; khi in ra terminal
cần dùng -o FILE. --format mặc định là xlsx nếu FILE có đuôi .xlsx, còn lại là csv.
</translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot; (expected staff or evaluations)</source>
        <translation>không có loại dữ liệu xuất &quot;%1&quot; (dùng staff hoặc evaluations)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv, json or xlsx)</source>
        <translation>không hỗ trợ định dạng &quot;%1&quot; (dùng csv, json hoặc xlsx)</translation>
    </message>
    <message>
        <source>an Excel workbook is not shown on a terminal: give -o FILE</source>
        <translation>không thể hiển thị bảng tính Excel trên terminal: hãy dùng -o FILE</translation>
    </message>
    <message>
        <source>review close needs --year Y</source>
        <translation>lệnh review close cần --year Y</translation>
    </message>
    <message>
        <source>review reopen needs --year Y</source>
        <translation>lệnh review reopen cần --year Y</translation>
    </message>
    <message>
        <source>review reopen needs --reason TEXT: reopening a closed year is audited with its reason</source>
        <translation>lệnh review reopen cần --reason TEXT: việc mở lại năm đã khóa sổ được ghi vào nhật ký thay đổi kèm lý do</translation>
    </message>
    <message>
        <source>the year %1 is already closed</source>
        <translation>năm %1 đã được khóa sổ</translation>
    </message>
    <message>
        <source>the year %1 is not closed</source>
        <translation>năm %1 chưa khóa sổ</translation>
    </message>
    <message>
        <source>The year %1 is closed: its evaluations, discipline decisions and review decisions are locked.</source>
        <translation>Đã khóa sổ năm %1: kết quả đánh giá, quyết định kỷ luật và quyết định bình xét thi đua của năm đã bị khóa.</translation>
    </message>
    <message>
        <source>The year %1 is reopened.</source>
        <translation>Đã mở lại năm %1.</translation>
    </message>
    <message>
        <source>review decide needs --year Y</source>
        <translation>lệnh review decide cần --year Y</translation>
    </message>
    <message>
        <source>review decide needs --unit CODE, the unit whose council decides</source>
        <translation>lệnh review decide cần --unit CODE là đơn vị có Hội đồng quyết định</translation>
    </message>
    <message>
        <source>review decide needs --award A</source>
        <translation>lệnh review decide cần --award A</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FOR/AGAINST/ABSTAIN: give three whole numbers such as 7/0/1 (empty = not recorded)</source>
        <translation>&quot;%1&quot; không đúng dạng FOR/AGAINST/ABSTAIN (đồng ý/không đồng ý/không biểu quyết): hãy nhập ba số nguyên, ví dụ 7/0/1 (để trống = không ghi nhận)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation>&quot;%1&quot; không phải ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Recorded: %1 for %2: %3 (%4).</source>
        <extracomment>%1 award, %2 person or unit, %3 outcome, %4 year</extracomment>
        <translation>Đã ghi nhận: %1 cho %2: %3 (năm %4).</translation>
    </message>
    <message>
        <source>review needs --year Y</source>
        <translation>lệnh review cần --year Y</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected json, pdf or table)</source>
        <translation>không hỗ trợ định dạng &quot;%1&quot; (dùng json, pdf hoặc table)</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>Kết quả bình xét thi đua</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] review --year Y [--unit CODE] [--format json|pdf|table] [-o FILE]
                  [--document eligibility|minutes|decisions]
       congvu [--db FILE] review close --year Y [--note TEXT]
       congvu [--db FILE] review reopen --year Y --reason TEXT
       congvu [--db FILE] review decide --year Y --unit CODE [--staff CODE] --award A
                  [--outcome proposed|approved|rejected] [--votes FOR/AGAINST/ABSTAIN]
                  [--decision-no N] [--decision-date YYYY-MM-DD] [--note TEXT]
The year-end emulation review of the year Y (2015-2100): per person, whether the rules make
them eligible for &quot;Lao dong tien tien&quot; and &quot;Chien si thi dua co so&quot; and why; per unit, the
members&apos; condition of the collective title, the cap if one is set, the council&apos;s decisions
and the discipline of the year to note. The PDF is the eligibility list for the council;
with --document minutes or decisions and --unit, that unit&apos;s minutes (bien ban) of the
council&apos;s meeting or the list of its approved awards.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
close locks the year&apos;s evaluations, discipline decisions and review decisions; reopen
unlocks it and needs a reason; both are in the audit trail.
decide records the council&apos;s decision on an award (lao_dong_tien_tien,
chien_si_thi_dua_co_so, giay_khen, bang_khen for a person given by --staff;
tap_the_lao_dong_tien_tien for the unit itself). Approving what the rules refuse needs --note.
Exit codes: 0 done, 2 invalid value or closed year (nothing written), 3 database error,
64 usage error.
</source>
        <translation>Cách dùng: congvu [--db FILE] review --year Y [--unit CODE] [--format json|pdf|table] [-o FILE]
                      [--document eligibility|minutes|decisions]
           congvu [--db FILE] review close --year Y [--note TEXT]
           congvu [--db FILE] review reopen --year Y --reason TEXT
           congvu [--db FILE] review decide --year Y --unit CODE [--staff CODE] --award A
                      [--outcome proposed|approved|rejected] [--votes FOR/AGAINST/ABSTAIN]
                      [--decision-no N] [--decision-date YYYY-MM-DD] [--note TEXT]
Bình xét thi đua cuối năm Y (2015-2100): với từng người, theo quy định có đủ điều kiện
&quot;Lao động tiên tiến&quot; và &quot;Chiến sĩ thi đua cơ sở&quot; hay không và lý do; với từng đơn vị, điều kiện
về thành viên của danh hiệu tập thể, giới hạn tỷ lệ nếu có, các quyết định của Hội đồng
và các trường hợp kỷ luật trong năm cần lưu ý. Tệp PDF là danh sách xét điều kiện trình Hội đồng;
với --document minutes hoặc decisions và --unit: biên bản họp Hội đồng của đơn vị đó hoặc
danh sách khen thưởng đã được thông qua.
--format mặc định theo đuôi tệp FILE; nếu không có: table khi in ra terminal, còn lại là json.
close khóa sổ kết quả đánh giá, quyết định kỷ luật và quyết định bình xét thi đua của năm; reopen
mở lại năm và cần có lý do; cả hai đều được lưu vào nhật ký thay đổi.
decide ghi quyết định của Hội đồng về một danh hiệu, hình thức khen thưởng (lao_dong_tien_tien,
chien_si_thi_dua_co_so, giay_khen, bang_khen cho cá nhân chỉ định bằng --staff;
tap_the_lao_dong_tien_tien cho chính đơn vị). Thông qua trường hợp quy định không cho phép cần có --note.
Mã thoát: 0 hoàn tất, 2 giá trị không hợp lệ hoặc năm đã khóa sổ (không ghi gì), 3 lỗi cơ sở dữ liệu,
64 sai cú pháp lệnh.
</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (expected eligibility, minutes or decisions)</source>
        <translation>không có văn bản &quot;%1&quot; (dùng eligibility, minutes hoặc decisions)</translation>
    </message>
    <message>
        <source>--document %1 is a PDF of one unit: it needs --format pdf and --unit CODE</source>
        <translation>--document %1 là tệp PDF của một đơn vị: cần --format pdf và --unit CODE</translation>
    </message>
    <message>
        <source>nobody of unit %1 is evaluated in %2: there is nothing for its council</source>
        <translation>đơn vị %1 không có ai được đánh giá trong năm %2: Hội đồng không có gì để xét</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] audit [--staff CODE] [--unit CODE] [--user NAME] [--entity KIND]
                   [--from DATE] [--to DATE] [--text WORDS] [--format csv|json|table] [-o FILE]
The audit trail: who changed what and when, with the record before and after, newest first.
--staff: changes of the person and their records; --unit: of the unit and its people;
--user: the actor (cli:NAME, app:NAME or NAME); --entity: staff, org_unit, evaluation, ...;
--from/--to: days YYYY-MM-DD, both included; --text: words matched without diacritics.
The trail cannot be edited or deleted. The output holds personal data (ND 13/2023/ND-CP):
a file is written readable by its owner only.
--format defaults to the extension of FILE, else a table on a terminal and json otherwise.
</source>
        <translation>Cách dùng: congvu [--db FILE] audit [--staff CODE] [--unit CODE] [--user NAME] [--entity KIND]
                       [--from DATE] [--to DATE] [--text WORDS] [--format csv|json|table] [-o FILE]
Nhật ký thay đổi: ai đã thay đổi gì và khi nào, kèm dữ liệu trước và sau, mới nhất trước.
--staff: các thay đổi của cán bộ và dữ liệu của người đó; --unit: của đơn vị và cán bộ của đơn vị;
--user: người thực hiện (cli:NAME, app:NAME hoặc NAME); --entity: staff, org_unit, evaluation, ...;
--from/--to: ngày YYYY-MM-DD, tính cả hai ngày; --text: từ cần tìm, không phân biệt dấu.
Không thể sửa hoặc xóa nhật ký thay đổi. Kết quả chứa dữ liệu cá nhân (NĐ 13/2023/NĐ-CP):
tệp được ghi ra chỉ chủ sở hữu tệp mới đọc được.
--format mặc định theo phần mở rộng của FILE, nếu không thì là bảng khi in ra terminal, ngược lại là json.
</translation>
    </message>
    <message>
        <source>--from must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--from phải là ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--to phải là ngày dạng YYYY-MM-DD, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv, json or table)</source>
        <translation>định dạng &quot;%1&quot; không hợp lệ (cần csv, json hoặc table)</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <source>unknown user command &quot;%1&quot; (expected add, passwd, role, deactivate, list or roles)</source>
        <translation>lệnh user &quot;%1&quot; không hợp lệ (cần add, passwd, role, deactivate, list hoặc roles)</translation>
    </message>
    <message>
        <source>user %1 needs the user NAME</source>
        <translation>user %1 cần tên người dùng NAME</translation>
    </message>
    <message>
        <source>user %1 needs --role ROLE (%2)</source>
        <translation>user %1 cần --role ROLE (%2)</translation>
    </message>
    <message>
        <source>--role and --unit go with user add and user role</source>
        <translation>--role và --unit chỉ dùng với user add và user role</translation>
    </message>
    <message>
        <source>--full-name goes with user add</source>
        <translation>--full-name chỉ dùng với user add</translation>
    </message>
    <message>
        <source>--format goes with user list</source>
        <translation>--format chỉ dùng với user list</translation>
    </message>
    <message>
        <source>user roles needs --enable or --disable</source>
        <translation>user roles cần --enable hoặc --disable</translation>
    </message>
    <message>
        <source>--enable and --disable go with user roles</source>
        <translation>--enable và --disable chỉ dùng với user roles</translation>
    </message>
    <message>
        <source>Roles are on.</source>
        <translation>Đã bật vai trò.</translation>
    </message>
    <message>
        <source>Roles are off (everyone may do everything).</source>
        <translation>Đã tắt vai trò (mọi người đều được làm mọi việc).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>No users yet: congvu user add NAME --role administrator</source>
        <translation>Chưa có người dùng: congvu user add NAME --role administrator</translation>
    </message>
    <message>
        <source>--as %1 needs that user&apos;s password in the environment variable %2</source>
        <translation>--as %1 cần mật khẩu của người dùng đó trong biến môi trường %2</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Đã thêm người dùng %1.</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>không có người dùng %1</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>Đã đổi mật khẩu của %1.</translation>
    </message>
    <message>
        <source>User %1 is now %2.</source>
        <translation>Người dùng %1 hiện là %2.</translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation>Đã ngừng kích hoạt người dùng %1.</translation>
    </message>
    <message>
        <source>Roles are on: every change is checked against the user&apos;s role.</source>
        <translation>Đã bật vai trò: mọi thay đổi đều được kiểm tra theo vai trò của người dùng.</translation>
    </message>
    <message>
        <source>Roles are off: everyone may do everything.</source>
        <translation>Đã tắt vai trò: mọi người đều được làm mọi việc.</translation>
    </message>
    <message>
        <source>Roles are on: act as an administrator with --as USER and CONGVU_AS_PASSWORD.</source>
        <translation>Đã bật vai trò: hãy thao tác với tư cách quản trị viên bằng --as USER và CONGVU_AS_PASSWORD.</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE|URL] [--lang vi|en] [COMMAND ...]

Without a command, opens the CongVu window on the database.

Commands:
  init                          create or upgrade the database
  demo [--staff N] [--seed S]   fill an empty database with the demo office
  import units FILE             import org units (CSV, XLSX)
  import staff FILE             import staff (CSV, XLSX, JSON)
  import evaluations FILE       import annual evaluations (CSV, XLSX)
  import discipline FILE        import discipline decisions (CSV, XLSX)
  import culture FILE           import public-service culture inspections (CSV, XLSX)
  import training FILE          import training plans and enrolments (CSV, XLSX)
        [--dry-run] [--skip-invalid]
  export staff [--format csv|json|xlsx] [-o FILE]
  export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
                                what import reads back unchanged; xlsx: an Excel workbook
  report qualification [--as-of DATE] [--projected] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                commune-level qualification rate; --projected counts the planned
                                training ending by DATE as completed
  report evaluations --year Y [--unit CODE | --staff CODE] [--format json|csv|pdf|table] [-o FILE]
                                levels per unit and task group, the cap and per-person flags;
                                with --staff, the person&apos;s evaluation form (PDF)
  evaluation-cap --year Y [--rate R | --unit CODE --exception DECISION_NO [--reason TEXT]
                 | --unit CODE --remove-exception] [--format json|table]
                                show or set the year&apos;s cap on excellent (default 0.2) and the
                                units&apos; 25% exceptions
  report discipline --year Y [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                decisions, bars and the per-unit target of the year
  report culture --year Y [--quarter Q] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                public-service culture compliance
  report training --year Y [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                the year&apos;s training plans, enrolments and budget per unit
  review --year Y [--unit CODE] [--format json|pdf|table] [-o FILE]
                                emulation-title eligibility with reasons; also review close,
                                review reopen and review decide (congvu review --help)
  archive export --year Y [--year Y2 ...] [--unit CODE] -o FILE
  archive verify FILE
  archive import FILE [--dry-run]
                                closed-year archives (.cvarchive): export, check, import with
                                conflicts reported (congvu archive --help)
  audit [--staff CODE] [--unit CODE] [--user NAME] [--from DATE] [--to DATE]
        [--format csv|json|table] [-o FILE]
                                the audit trail: who changed what and when, before and after
                                (read only; congvu audit --help)
  user add|passwd|role|deactivate|list|roles ...
                                users and roles of a shared office; passwords from standard
                                input or CONGVU_PASSWORD (congvu user --help)
  migrate --to URL              copy this office into an empty PostgreSQL database (verified)

Options:
  --db FILE|URL        the database (default: congvu.sqlite in the application data folder;
                       also the CONGVU_DB environment variable); a shared office&apos;s server:
                       postgresql://user@host:port/dbname (password from PGPASSWORD or
                       ~/.pgpass, never in the URL)
  --lang vi|en         language of messages (default: vi)
  --screenshot FILE    open the window, save it as PNG to FILE and exit
  --page NAME          with --screenshot: dashboard, staff, units, evaluations,
                       discipline, culture, training, review, import, settings,
                       audit
  --help, --version

FILE may be - for standard input or output.
Exit codes: 0 done, 2 invalid input (nothing written), 3 database error, 64 usage error.
</source>
        <translation>Cách dùng: congvu [--db FILE|URL] [--lang vi|en] [COMMAND ...]

Không có lệnh: mở cửa sổ CongVu với cơ sở dữ liệu.

Các lệnh:
  init                          tạo hoặc nâng cấp cơ sở dữ liệu
  demo [--staff N] [--seed S]   nạp dữ liệu mẫu vào cơ sở dữ liệu trống
  import units FILE             nhập danh sách đơn vị (CSV, XLSX)
  import staff FILE             nhập danh sách cán bộ (CSV, XLSX, JSON)
  import evaluations FILE       nhập kết quả đánh giá, xếp loại hằng năm (CSV, XLSX)
  import discipline FILE        nhập quyết định kỷ luật (CSV, XLSX)
  import culture FILE           nhập các đợt kiểm tra văn hóa công vụ (CSV, XLSX)
  import training FILE          nhập kế hoạch đào tạo, bồi dưỡng và các lượt cử học (CSV, XLSX)
        [--dry-run] [--skip-invalid]
  export staff [--format csv|json|xlsx] [-o FILE]
  export evaluations --year Y [--unit CODE] [--format csv|xlsx] [-o FILE]
                                định dạng mà lệnh import đọc lại không thay đổi; xlsx: bảng tính Excel
  report qualification [--as-of DATE] [--projected] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                tỷ lệ cán bộ, công chức cấp xã đạt chuẩn; --projected tính các khóa học
                                trong kế hoạch kết thúc trước DATE là đã hoàn thành
  report evaluations --year Y [--unit CODE | --staff CODE] [--format json|csv|pdf|table] [-o FILE]
                                mức xếp loại theo đơn vị và nhóm nhiệm vụ, giới hạn tỷ lệ và lưu ý
                                đối với từng người; với --staff: phiếu đánh giá của người đó (PDF)
  evaluation-cap --year Y [--rate R | --unit CODE --exception DECISION_NO [--reason TEXT]
                 | --unit CODE --remove-exception] [--format json|table]
                                xem hoặc đặt giới hạn tỷ lệ xuất sắc của năm (mặc định 0.2) và
                                các ngoại lệ 25% của đơn vị
  report discipline --year Y [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                quyết định kỷ luật, thời gian hạn chế và chỉ tiêu của từng đơn vị trong năm
  report culture --year Y [--quarter Q] [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                tình hình chấp hành văn hóa công vụ
  report training --year Y [--unit CODE] [--format json|csv|pdf|table] [-o FILE]
                                kế hoạch đào tạo, bồi dưỡng, lượt cử học và kinh phí của từng đơn vị trong năm
  review --year Y [--unit CODE] [--format json|pdf|table] [-o FILE]
                                xét điều kiện danh hiệu thi đua kèm lý do; ngoài ra có review close,
                                review reopen và review decide (congvu review --help)
  archive export --year Y [--year Y2 ...] [--unit CODE] -o FILE
  archive verify FILE
  archive import FILE [--dry-run]
                                tệp lưu trữ năm đã khóa sổ (.cvarchive): xuất, kiểm tra, nhập kèm báo cáo
                                xung đột (congvu archive --help)
  audit [--staff CODE] [--unit CODE] [--user NAME] [--from DATE] [--to DATE]
        [--format csv|json|table] [-o FILE]
                                nhật ký thay đổi: ai đã thay đổi gì và khi nào, trước và sau
                                (chỉ xem; congvu audit --help)
  user add|passwd|role|deactivate|list|roles ...
                                người dùng và vai trò của cơ quan dùng chung; mật khẩu lấy từ đầu vào
                                chuẩn hoặc CONGVU_PASSWORD (congvu user --help)
  migrate --to URL              sao chép dữ liệu của cơ quan sang một cơ sở dữ liệu PostgreSQL trống (có kiểm tra)

Tùy chọn:
  --db FILE|URL        cơ sở dữ liệu (mặc định: congvu.sqlite trong thư mục dữ liệu của chương trình;
                       hoặc biến môi trường CONGVU_DB); máy chủ của cơ quan dùng chung:
                       postgresql://user@host:port/dbname (mật khẩu lấy từ PGPASSWORD hoặc
                       ~/.pgpass, không bao giờ ghi trong URL)
  --lang vi|en         ngôn ngữ thông báo (mặc định: vi)
  --screenshot FILE    mở cửa sổ, lưu ảnh PNG vào FILE rồi thoát
  --page NAME          dùng với --screenshot: dashboard, staff, units, evaluations,
                       discipline, culture, training, review, import, settings,
                       audit
  --help, --version

FILE có thể là - để dùng đầu vào hoặc đầu ra chuẩn.
Mã thoát: 0 hoàn tất, 2 dữ liệu vào không hợp lệ (không ghi gì), 3 lỗi cơ sở dữ liệu, 64 sai cú pháp lệnh.
</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE|URL] migrate --to URL [--format table|json]
Copies the office from its database (--db) into an empty one, typically from the SQLite file
to a PostgreSQL server: --to postgresql://user@host:port/dbname (password from PGPASSWORD
or ~/.pgpass). --to may also be a SQLite file that does not exist yet or is empty.
Every table is copied with its ids in one transaction, then read back and compared with
the source (row count and SHA-256 checksum); any difference writes nothing.
A target that already holds data is refused, and left as it was.
--format defaults to a table on a terminal and json otherwise.
Exit codes: 0 copied and verified; 2 target not empty, verification failed, or the target
is the source; 3 a database cannot be opened or written; 64 usage error.
</source>
        <translation>Cách dùng: congvu [--db FILE|URL] migrate --to URL [--format table|json]
Sao chép dữ liệu của cơ quan từ cơ sở dữ liệu hiện dùng (--db) sang một cơ sở dữ liệu trống, thường là
từ tệp SQLite sang máy chủ PostgreSQL: --to postgresql://user@host:port/dbname (mật khẩu lấy từ
PGPASSWORD hoặc ~/.pgpass). --to cũng có thể là một tệp SQLite chưa tồn tại hoặc còn trống.
Mọi bảng được sao chép nguyên mã (id) trong một giao dịch ghi dữ liệu, sau đó được đọc lại và đối chiếu
với cơ sở dữ liệu nguồn (số dòng và mã kiểm tra SHA-256); nếu có bất kỳ sai khác nào thì không ghi gì.
Cơ sở dữ liệu đích đã có dữ liệu sẽ bị từ chối và được giữ nguyên như cũ.
--format mặc định: table khi in ra terminal, còn lại là json.
Mã thoát: 0 đã sao chép và kiểm tra xong; 2 cơ sở dữ liệu đích không trống, kiểm tra không đạt, hoặc
cơ sở dữ liệu đích chính là cơ sở dữ liệu nguồn; 3 không mở hoặc không ghi được cơ sở dữ liệu; 64 sai cú pháp lệnh.
</translation>
    </message>
    <message>
        <source>migrate needs --to URL: the empty database to copy the office into, e.g. postgresql://user@host:5432/dbname</source>
        <translation>lệnh migrate cần --to URL: cơ sở dữ liệu trống để sao chép dữ liệu của cơ quan vào, ví dụ postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>Copying %1 into %2</source>
        <translation>Đang sao chép %1 sang %2</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 dòng</translation>
    </message>
    <message>
        <source>checksum %1</source>
        <translation>mã kiểm tra %1</translation>
    </message>
    <message>
        <source>Verified: the %1 rows of the %2 tables read back from %3 with the same counts and checksums as in %4.</source>
        <translation>Đã kiểm tra: %1 dòng của %2 bảng đọc lại từ %3 có số dòng và mã kiểm tra khớp với %4.</translation>
    </message>
    <message>
        <source>The office now works on: congvu --db %1</source>
        <translation>Từ nay cơ quan làm việc trên: congvu --db %1</translation>
    </message>
    <message>
        <source>The migration report</source>
        <translation>Báo cáo chuyển dữ liệu</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] user add NAME --role ROLE [--unit CODE] [--full-name TEXT] [--as USER]
       congvu [--db FILE] user passwd NAME [--as USER]
       congvu [--db FILE] user role NAME --role ROLE [--unit CODE] [--as USER]
       congvu [--db FILE] user deactivate NAME [--as USER]
       congvu [--db FILE] user list [--format json|table]
       congvu [--db FILE] user roles --enable|--disable [--as USER]
The users of a shared office and their roles (docs/users-and-roles.md).
ROLE: administrator, hr_officer, unit_manager (needs --unit: their unit and its sub-units),
council_member, viewer.
The new password (at least 10 characters) is read from the environment variable
CONGVU_PASSWORD, else from the first line of standard input; never from an argument.
Users are never deleted (the audit trail names them): deactivate them instead.
Roles are off on a new office; --enable needs an active administrator. Once roles are on,
only an administrator manages users: give --as USER, with that user&apos;s password in
CONGVU_AS_PASSWORD (a user may change their own password with --as themselves).
Exit codes: 0 done, 2 invalid (nothing written), 3 database error, 64 usage error,
77 refused by the role of the --as user (or the log-in failed).
</source>
        <translation>Cách dùng: congvu [--db FILE] user add NAME --role ROLE [--unit CODE] [--full-name TEXT] [--as USER]
           congvu [--db FILE] user passwd NAME [--as USER]
           congvu [--db FILE] user role NAME --role ROLE [--unit CODE] [--as USER]
           congvu [--db FILE] user deactivate NAME [--as USER]
           congvu [--db FILE] user list [--format json|table]
           congvu [--db FILE] user roles --enable|--disable [--as USER]
Người dùng của cơ quan dùng chung và vai trò của họ (docs/users-and-roles.md).
ROLE: administrator, hr_officer, unit_manager (cần --unit: đơn vị của họ và các đơn vị trực thuộc),
council_member, viewer.
Mật khẩu mới (ít nhất 10 ký tự) được đọc từ biến môi trường CONGVU_PASSWORD,
nếu không thì từ dòng đầu tiên của đầu vào chuẩn; không bao giờ lấy từ tham số dòng lệnh.
Người dùng không bao giờ bị xóa (nhật ký thay đổi ghi tên họ): hãy ngừng kích hoạt thay vì xóa.
Vai trò bị tắt khi cơ quan mới bắt đầu; --enable cần một quản trị viên đang hoạt động. Khi đã bật vai trò,
chỉ quản trị viên mới quản lý người dùng: dùng --as USER, với mật khẩu của người dùng đó trong
CONGVU_AS_PASSWORD (người dùng có thể tự đổi mật khẩu của mình với --as chính mình).
Mã thoát: 0 hoàn tất, 2 không hợp lệ (không ghi gì), 3 lỗi cơ sở dữ liệu, 64 sai cú pháp lệnh,
77 bị từ chối do vai trò của người dùng --as (hoặc đăng nhập không thành công).
</translation>
    </message>
    <message>
        <source>there is no office database at %1 to log in to</source>
        <translation>không có cơ sở dữ liệu của cơ quan tại %1 để đăng nhập</translation>
    </message>
    <message>
        <source>Roles are on: act as a user with --as USER and CONGVU_AS_PASSWORD.</source>
        <translation>Đã bật vai trò: hãy thao tác với tư cách một người dùng bằng --as USER và CONGVU_AS_PASSWORD.</translation>
    </message>
</context>
<context>
    <name>CodeTable</name>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Tiểu học</translation>
    </message>
    <message>
        <source>Lower secondary (9/12)</source>
        <translation>Trung học cơ sở (9/12)</translation>
    </message>
    <message>
        <source>Upper secondary (12/12)</source>
        <translation>Trung học phổ thông (12/12)</translation>
    </message>
    <message>
        <source>Untrained</source>
        <translation>Chưa qua đào tạo</translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Cao đẳng</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Đại học</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Thạc sĩ</translation>
    </message>
    <message>
        <source>Doctorate</source>
        <translation>Tiến sĩ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Elementary political theory</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <source>Intermediate political theory</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <source>Advanced political theory</source>
        <translation>Cao cấp</translation>
    </message>
    <message>
        <source>Bachelor of political theory</source>
        <translation>Cử nhân</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Chuyên viên</translation>
    </message>
    <message>
        <source>Principal specialist</source>
        <translation>Chuyên viên chính</translation>
    </message>
    <message>
        <source>Senior specialist</source>
        <translation>Chuyên viên cao cấp</translation>
    </message>
    <message>
        <source>Cadre</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Civil servant</source>
        <translation>Công chức</translation>
    </message>
    <message>
        <source>Public employee</source>
        <translation>Viên chức</translation>
    </message>
    <message>
        <source>Commune cadre</source>
        <translation>Cán bộ cấp xã</translation>
    </message>
    <message>
        <source>Commune civil servant</source>
        <translation>Công chức cấp xã</translation>
    </message>
    <message>
        <source>Part-time commune worker</source>
        <translation>Không chuyên trách</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District / town</source>
        <translation>Huyện/thị xã</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Public service unit</source>
        <translation>Đơn vị sự nghiệp</translation>
    </message>
    <message>
        <source>Party Committee Secretary</source>
        <translation>Bí thư Đảng ủy</translation>
    </message>
    <message>
        <source>Deputy Party Committee Secretary</source>
        <translation>Phó Bí thư Đảng ủy</translation>
    </message>
    <message>
        <source>Chair of the People&apos;s Council</source>
        <translation>Chủ tịch HĐND</translation>
    </message>
    <message>
        <source>Vice-chair of the People&apos;s Council</source>
        <translation>Phó Chủ tịch HĐND</translation>
    </message>
    <message>
        <source>Chair of the People&apos;s Committee</source>
        <translation>Chủ tịch UBND</translation>
    </message>
    <message>
        <source>Vice-chair of the People&apos;s Committee</source>
        <translation>Phó Chủ tịch UBND</translation>
    </message>
    <message>
        <source>Chair of the Fatherland Front</source>
        <translation>Chủ tịch Ủy ban MTTQ</translation>
    </message>
    <message>
        <source>Secretary of the Youth Union</source>
        <translation>Bí thư Đoàn TNCS Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Chair of the Women&apos;s Union</source>
        <translation>Chủ tịch Hội Liên hiệp Phụ nữ</translation>
    </message>
    <message>
        <source>Chair of the Farmers&apos; Union</source>
        <translation>Chủ tịch Hội Nông dân</translation>
    </message>
    <message>
        <source>Chair of the Veterans&apos; Association</source>
        <translation>Chủ tịch Hội Cựu chiến binh</translation>
    </message>
    <message>
        <source>Military Command Chief</source>
        <translation>Chỉ huy trưởng Ban Chỉ huy Quân sự</translation>
    </message>
    <message>
        <source>Office and statistics</source>
        <translation>Văn phòng - thống kê</translation>
    </message>
    <message>
        <source>Land administration, construction and environment</source>
        <translation>Địa chính - xây dựng - đô thị và môi trường</translation>
    </message>
    <message>
        <source>Finance and accounting</source>
        <translation>Tài chính - kế toán</translation>
    </message>
    <message>
        <source>Justice and civil status</source>
        <translation>Tư pháp - hộ tịch</translation>
    </message>
    <message>
        <source>Culture and social affairs</source>
        <translation>Văn hóa - xã hội</translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation>Khiển trách</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <source>Salary step demotion</source>
        <translation>Hạ bậc lương</translation>
    </message>
    <message>
        <source>Demotion in post</source>
        <translation>Giáng chức</translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation>Cách chức</translation>
    </message>
    <message>
        <source>Forced dismissal</source>
        <translation>Buộc thôi việc</translation>
    </message>
    <message>
        <source>Removal by the electing body</source>
        <translation>Bãi nhiệm</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Spirit and attitude at work</source>
        <translation>Tinh thần, thái độ làm việc</translation>
    </message>
    <message>
        <source>Communication and conduct</source>
        <translation>Giao tiếp, ứng xử</translation>
    </message>
    <message>
        <source>Ethics and lifestyle</source>
        <translation>Đạo đức, lối sống</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Trang phục</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Đã ghi nhận</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Đã bác bỏ</translation>
    </message>
    <message>
        <source>Excellent completion of tasks</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>Good completion of tasks</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Tasks not completed</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>State management</source>
        <translation>Quản lý nhà nước</translation>
    </message>
    <message>
        <source>Leadership and management</source>
        <translation>Lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>Job position</source>
        <translation>Vị trí việc làm</translation>
    </message>
    <message>
        <source>National defence and security</source>
        <translation>Quốc phòng và an ninh</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>Công nghệ thông tin</translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation>Ngoại ngữ</translation>
    </message>
    <message>
        <source>Degree programme</source>
        <translation>Đào tạo trình độ</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>months</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Thôi học</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>unknown column &quot;%1&quot;; expected: %2</source>
        <translation>không có cột &quot;%1&quot;; các cột hợp lệ: %2</translation>
    </message>
    <message>
        <source>the column %1 appears twice</source>
        <translation>cột %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>the required column %1 (%2) is missing</source>
        <translation>thiếu cột bắt buộc %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CommuneRateChart</name>
    <message>
        <source>Qualified</source>
        <translation>Đạt chuẩn</translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <source>Delete person</source>
        <translation>Xóa cán bộ</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? This cannot be undone.</source>
        <extracomment>%1 is the person&apos;s full name, %2 their staff code</extracomment>
        <translation>Xóa %1 (%2)? Thao tác này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is UTF-16 text; save it as CSV UTF-8</source>
        <translation>tệp được mã hóa UTF-16; hãy lưu lại dưới dạng CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>the file is not a text (CSV) file</source>
        <translation>tệp không phải tệp văn bản (CSV)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1)</source>
        <extracomment>%1 is the hexadecimal value of the first byte that is not UTF-8, e.g. E9</extracomment>
        <translation>tệp không phải văn bản UTF-8 hợp lệ (byte 0x%1)</translation>
    </message>
    <message>
        <source>a quoted field starting on this line has no closing quote (&quot;)</source>
        <translation>ô mở dấu ngoặc kép ở dòng này không có dấu ngoặc kép đóng (&quot;)</translation>
    </message>
</context>
<context>
    <name>CultureChecklist</name>
    <message>
        <source>The items come from QĐ 1847/QĐ-TTg, QĐ 129/2007/QĐ-TTg, Chỉ thị 26/CT-TTg and the codes of conduct of the Ministry of Home Affairs. A retired item is no longer offered but stays in the inspections that used it.</source>
        <translation>Các tiêu chí được xây dựng theo QĐ 1847/QĐ-TTg, QĐ 129/2007/QĐ-TTg, Chỉ thị 26/CT-TTg và các quy tắc ứng xử của Bộ Nội vụ. Tiêu chí đã ngừng sử dụng không còn được đưa vào đợt kiểm tra mới nhưng vẫn được giữ trong các đợt kiểm tra đã dùng.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm tiêu chí</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>Leaders only</source>
        <translation>Chỉ áp dụng với lãnh đạo</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <extracomment>%1 is the item&apos;s text</extracomment>
        <translation>%1 (ngừng sử dụng)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The checklist is empty.</source>
        <translation>Bộ tiêu chí chưa có tiêu chí nào.</translation>
    </message>
    <message>
        <source>Add the items an inspector checks for each person.</source>
        <translation>Thêm các tiêu chí mà người kiểm tra đánh giá đối với từng người.</translation>
    </message>
</context>
<context>
    <name>CultureCompliance</name>
    <message>
        <source>Compliance, %1</source>
        <extracomment>%1 is the period (year 2026, quarter 1/2026)</extracomment>
        <translation>Tình hình chấp hành, %1</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Lượt đánh giá</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Lượt vi phạm</translation>
    </message>
    <message>
        <source>Violations in the log</source>
        <translation>Vi phạm trong sổ theo dõi</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Tỷ lệ chấp hành</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <source>People with breach</source>
        <translation>Số người vi phạm</translation>
    </message>
    <message>
        <source>Breaches by item</source>
        <translation>Vi phạm theo tiêu chí</translation>
    </message>
    <message>
        <source>No inspection in %1.</source>
        <extracomment>%1 is the period (year 2026, quarter 1/2026)</extracomment>
        <translation>Không có đợt kiểm tra nào trong %1.</translation>
    </message>
    <message>
        <source>Compliance is the share of checks passed in the inspections of the period.</source>
        <translation>Tỷ lệ chấp hành là tỷ lệ lượt đánh giá đạt trên tổng số lượt đánh giá trong các đợt kiểm tra của kỳ.</translation>
    </message>
    <message>
        <source>ND 335/2025: culture points of civil servants (from 2026)</source>
        <translation>NĐ 335/2025: điểm văn hóa công vụ của công chức (từ năm 2026)</translation>
    </message>
    <message>
        <source>Public-service culture is scored within the 30 general-criteria points of ND 335/2025. The law does not fix how many of the 30 points culture gets: this is an office setting, to be checked against the office&apos;s own evaluation rules (UNSURE). Points = setting × checks passed ÷ checks in the year.</source>
        <translation>Văn hóa công vụ được chấm trong 30 điểm tiêu chí chung theo NĐ 335/2025. Pháp luật không quy định văn hóa công vụ chiếm bao nhiêu trong 30 điểm: đây là cài đặt của cơ quan, cần đối chiếu với quy chế đánh giá của cơ quan (CHƯA XÁC MINH). Điểm = mức cài đặt × số lượt đạt ÷ số lượt đánh giá trong năm.</translation>
    </message>
    <message>
        <source>Culture counts for</source>
        <translation>Văn hóa công vụ chiếm</translation>
    </message>
    <message>
        <source>of the 30 general-criteria points</source>
        <translation>trong 30 điểm tiêu chí chung</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Items breached</source>
        <translation>Tiêu chí vi phạm</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Nobody was inspected in this period.</source>
        <translation>Không có ai được kiểm tra trong kỳ này.</translation>
    </message>
</context>
<context>
    <name>CultureConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>Xóa đợt kiểm tra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CultureController</name>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 is a decision number, %2 the discipline form</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>decision #%1</source>
        <extracomment>%1 is the id of a discipline decision</extracomment>
        <translation>quyết định #%1</translation>
    </message>
    <message>
        <source>year %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>quarter %1/%2</source>
        <extracomment>%1 is the quarter (1–4), %2 the year</extracomment>
        <translation>quý %1/%2</translation>
    </message>
    <message>
        <source>This inspection no longer exists.</source>
        <translation>Đợt kiểm tra này không còn tồn tại.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>“%1” không phải là ngày.</translation>
    </message>
    <message>
        <source>Choose the unit inspected.</source>
        <translation>Hãy chọn đơn vị được kiểm tra.</translation>
    </message>
    <message>
        <source>Type the name of the inspector.</source>
        <translation>Hãy nhập họ tên người kiểm tra.</translation>
    </message>
    <message>
        <source>The inspection was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Chưa lưu được đợt kiểm tra: %1</translation>
    </message>
    <message numerus="yes">
        <source>Inspection of %1 saved: %n breach(es) recorded.</source>
        <extracomment>%1 is the date of the inspection, %n the number of breaches recorded</extracomment>
        <translation>
            <numerusform>Đã lưu đợt kiểm tra ngày %1: ghi nhận %n lượt vi phạm.</numerusform>
        </translation>
    </message>
    <message>
        <source>The inspection was not deleted: %1</source>
        <translation>Chưa xóa được đợt kiểm tra: %1</translation>
    </message>
    <message>
        <source>Inspection deleted.</source>
        <translation>Đã xóa đợt kiểm tra.</translation>
    </message>
    <message>
        <source>The violation was not changed: %1</source>
        <translation>Chưa thay đổi được vi phạm: %1</translation>
    </message>
    <message>
        <source>Violation confirmed.</source>
        <translation>Đã xác nhận vi phạm.</translation>
    </message>
    <message>
        <source>Violation dismissed.</source>
        <translation>Đã bác bỏ vi phạm.</translation>
    </message>
    <message>
        <source>A discipline case can only start from a confirmed violation.</source>
        <translation>Chỉ được xem xét kỷ luật từ một vi phạm đã được xác nhận.</translation>
    </message>
    <message>
        <source>The decision was saved but not linked to the violation: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Đã lưu quyết định nhưng chưa liên kết được với vi phạm: %1</translation>
    </message>
    <message>
        <source>The culture points were not changed: %1</source>
        <translation>Chưa thay đổi được điểm văn hóa công vụ: %1</translation>
    </message>
    <message>
        <source>Culture counts for %1 of the 30 general-criteria points.</source>
        <extracomment>%1 is a number of points</extracomment>
        <translation>Văn hóa công vụ chiếm %1 trong 30 điểm tiêu chí chung.</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Không lập được báo cáo: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The culture report was written to %1.</source>
        <extracomment>%1 is the path of the PDF file written</extracomment>
        <translation>Đã ghi báo cáo văn hóa công vụ vào %1.</translation>
    </message>
    <message>
        <source>The checklist item was not saved: %1</source>
        <translation>Chưa lưu được tiêu chí: %1</translation>
    </message>
    <message>
        <source>Checklist item saved.</source>
        <translation>Đã lưu tiêu chí.</translation>
    </message>
</context>
<context>
    <name>CultureGridModel</name>
    <message>
        <source>does not apply</source>
        <translation>không áp dụng</translation>
    </message>
</context>
<context>
    <name>CultureGridRow</name>
    <message>
        <source>N/A</source>
        <comment>not applicable, short</comment>
        <translation>KAD</translation>
    </message>
</context>
<context>
    <name>CultureInspectionEditor</name>
    <message>
        <source>Edit inspection</source>
        <translation>Sửa đợt kiểm tra</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Đợt kiểm tra mới</translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es)</source>
        <extracomment>%n is the number of cells marked as a breach so far</extracomment>
        <translation>
            <numerusform>%n lượt vi phạm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <extracomment>%n is the number of people in the grid</extracomment>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translation>Chọn đơn vị…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Người kiểm tra</translation>
    </message>
    <message>
        <source>Full name of the inspector</source>
        <translation>Họ và tên người kiểm tra</translation>
    </message>
    <message>
        <source>Note on the inspection (optional)</source>
        <translation>Ghi chú về đợt kiểm tra (không bắt buộc)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the item&apos;s number, %2 its text</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Inspection grid</source>
        <translation>Bảng kiểm tra</translation>
    </message>
    <message>
        <source>Choose the unit inspected</source>
        <translation>Hãy chọn đơn vị được kiểm tra</translation>
    </message>
    <message>
        <source>Nobody of this unit is in service on this date.</source>
        <translation>Đơn vị này không có ai đang công tác vào ngày này.</translation>
    </message>
    <message>
        <source>The grid lists the unit&apos;s people in service on the inspection date.</source>
        <translation>Bảng liệt kê những người của đơn vị đang công tác vào ngày kiểm tra.</translation>
    </message>
    <message>
        <source>Check the unit and the date of the inspection.</source>
        <translation>Hãy kiểm tra lại đơn vị và ngày kiểm tra.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>%1 is a person, %2 a checklist item, %3 the result (đạt, vi phạm, …)</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>What was the breach? (Enter to go back to the grid)</source>
        <translation>Nội dung vi phạm là gì? (Enter để quay lại bảng)</translation>
    </message>
    <message>
        <source>Note for this cell (optional)</source>
        <translation>Ghi chú cho ô này (không bắt buộc)</translation>
    </message>
    <message>
        <source>Arrows move · Space: passed ↔ breach · N: not applicable · Enter: note · Ctrl+S: save · Esc: cancel. ★ leaders only (— for others).</source>
        <translation>Phím mũi tên: di chuyển · Space: đạt ↔ vi phạm · N: không áp dụng · Enter: ghi chú · Ctrl+S: lưu · Esc: hủy. ★ chỉ áp dụng với lãnh đạo (— với người khác).</translation>
    </message>
    <message>
        <source>Discard the inspection</source>
        <translation>Bỏ đợt kiểm tra</translation>
    </message>
    <message>
        <source>The marks entered in the grid are not saved. Discard them?</source>
        <translation>Các kết quả đã nhập trong bảng chưa được lưu. Bỏ các kết quả này?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>CultureInspectionList</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Người kiểm tra</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Lượt vi phạm</translation>
    </message>
    <message>
        <source>Delete the inspection of %1 at %2? Violations it found stay in the log.</source>
        <extracomment>%1 is the date, %2 the unit of the inspection</extracomment>
        <translation>Xóa đợt kiểm tra ngày %1 tại %2? Các vi phạm đã phát hiện vẫn được giữ trong sổ theo dõi.</translation>
    </message>
    <message>
        <source>No inspection recorded in %1 yet.</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Chưa có đợt kiểm tra nào trong năm %1.</translation>
    </message>
    <message>
        <source>Record what the inspector saw for each person and checklist item (QĐ 1847/QĐ-TTg).</source>
        <translation>Ghi nhận kết quả người kiểm tra đánh giá đối với từng người theo từng tiêu chí (QĐ 1847/QĐ-TTg).</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Đợt kiểm tra mới</translation>
    </message>
</context>
<context>
    <name>CultureInspectionRow</name>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>CultureItemDialog</name>
    <message>
        <source>New checklist item</source>
        <translation>Tiêu chí mới</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Sửa tiêu chí</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>Chọn nhóm…</translation>
    </message>
    <message>
        <source>Item (Vietnamese)</source>
        <translation>Tiêu chí (tiếng Việt)</translation>
    </message>
    <message>
        <source>Item (English)</source>
        <translation>Tiêu chí (tiếng Anh)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>e.g. QĐ 129/2007/QĐ-TTg</source>
        <translation>VD: QĐ 129/2007/QĐ-TTg</translation>
    </message>
    <message>
        <source>Applies to leaders only</source>
        <translation>Chỉ áp dụng với lãnh đạo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CulturePage</name>
    <message>
        <source>Public-service culture</source>
        <translation>Văn hóa công vụ</translation>
    </message>
    <message>
        <source>QĐ 1847/QĐ-TTg</source>
        <translation>QĐ 1847/QĐ-TTg</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Đợt kiểm tra mới</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message numerus="yes">
        <source>Violations log (%n)</source>
        <extracomment>%n is the number of violations in the log</extracomment>
        <translation>
            <numerusform>Sổ theo dõi vi phạm (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Tình hình chấp hành</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation>Quý 1</translation>
    </message>
    <message>
        <source>Quarter 2</source>
        <translation>Quý 2</translation>
    </message>
    <message>
        <source>Quarter 3</source>
        <translation>Quý 3</translation>
    </message>
    <message>
        <source>Quarter 4</source>
        <translation>Quý 4</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Print (PDF)</source>
        <translation>In báo cáo (PDF)</translation>
    </message>
    <message>
        <source>Save the culture report</source>
        <translation>Lưu báo cáo văn hóa công vụ</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CulturePdf</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation>ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <source>No.: ……/BC</source>
        <translation>Số: ……/BC</translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>quarter %1 of %2</source>
        <translation>quý %1 năm %2</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>năm %1</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>ON THE PUBLIC-SERVICE CULTURE OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES</source>
        <translation>Tình hình thực hiện văn hóa công vụ của cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>(%1: from %2 to %3)</source>
        <translation>(%1: từ ngày %2 đến ngày %3)</translation>
    </message>
    <message>
        <source>Basis: Decision 1847/QĐ-TTg of 27/12/2018 on the public-service culture project; Decision 129/2007/QĐ-TTg; Directive 26/CT-TTg.</source>
        <translation>Căn cứ: Quyết định 1847/QĐ-TTg ngày 27/12/2018 phê duyệt Đề án văn hóa công vụ; Quyết định 129/2007/QĐ-TTg; Chỉ thị 26/CT-TTg.</translation>
    </message>
    <message>
        <source>I. Overall</source>
        <translation>I. Tình hình chung</translation>
    </message>
    <message>
        <source>Inspections: &lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; unit(s); people inspected: &lt;b&gt;%3&lt;/b&gt;; checks: &lt;b&gt;%4&lt;/b&gt;, passed: &lt;b&gt;%5&lt;/b&gt;, breaches: &lt;b&gt;%6&lt;/b&gt;; compliance rate: &lt;b&gt;%7&lt;/b&gt;; confirmed violations: &lt;b&gt;%8&lt;/b&gt;.</source>
        <translation>Số đợt kiểm tra: &lt;b&gt;%1&lt;/b&gt; tại &lt;b&gt;%2&lt;/b&gt; đơn vị; số người được kiểm tra: &lt;b&gt;%3&lt;/b&gt;; số lượt đánh giá: &lt;b&gt;%4&lt;/b&gt;, đạt: &lt;b&gt;%5&lt;/b&gt;, vi phạm: &lt;b&gt;%6&lt;/b&gt;; tỷ lệ chấp hành: &lt;b&gt;%7&lt;/b&gt;; số vi phạm đã xác nhận: &lt;b&gt;%8&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>For civil servants, the public-service culture counts for %1 of the 30 general-criteria points (Decree 335/2025/NĐ-CP, from 2026; the split of the 30 points is a local setting).</source>
        <translation>Đối với công chức, văn hóa công vụ chiếm %1 trong 30 điểm tiêu chí chung (Nghị định 335/2025/NĐ-CP, từ năm 2026; việc phân bổ 30 điểm do địa phương cài đặt).</translation>
    </message>
    <message>
        <source>II. Compliance by unit</source>
        <translation>II. Tình hình chấp hành theo đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No inspection in this period.</source>
        <translation>Không có đợt kiểm tra nào trong kỳ này.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Số đợt kiểm tra</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Lượt đánh giá</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Lượt vi phạm</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>III. Breaches by checklist item</source>
        <translation>III. Vi phạm theo tiêu chí</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>* leaders only</source>
        <translation>* chỉ áp dụng với lãnh đạo</translation>
    </message>
    <message>
        <source>IV. Violations log</source>
        <translation>IV. Sổ theo dõi vi phạm</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Breach</source>
        <translation>Vi phạm</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation>chỉ tạo được tệp PDF khi đã nạp thư viện đồ họa (QGuiApplication)</translation>
    </message>
    <message>
        <source>Public-service culture, %1 to %2</source>
        <translation>Văn hóa công vụ, từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>không khởi tạo được tệp PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>không ghi được tệp PDF</translation>
    </message>
</context>
<context>
    <name>CultureService</name>
    <message>
        <source>the unit is required</source>
        <translation>thiếu đơn vị</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the inspection date is required</source>
        <translation>thiếu ngày kiểm tra</translation>
    </message>
    <message>
        <source>the inspector is required</source>
        <translation>thiếu người kiểm tra</translation>
    </message>
    <message>
        <source>the staff code is required</source>
        <translation>thiếu mã cán bộ</translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation>không tìm thấy mã cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the checklist item is required</source>
        <translation>thiếu tiêu chí</translation>
    </message>
    <message>
        <source>unknown checklist item &quot;%1&quot;; expected one of: %2</source>
        <translation>không có tiêu chí &quot;%1&quot;; phải là một trong: %2</translation>
    </message>
    <message>
        <source>the result is required</source>
        <translation>thiếu kết quả</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>giá trị &quot;%1&quot; không hợp lệ; phải là một trong: %2</translation>
    </message>
    <message>
        <source>the same person and item are already on line %1 for this inspection</source>
        <translation>người và tiêu chí này đã có ở dòng %1 của cùng đợt kiểm tra</translation>
    </message>
    <message>
        <source>the transaction could not be started</source>
        <translation>không bắt đầu được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>cannot read the culture records: %1</source>
        <translation>không đọc được dữ liệu văn hóa công vụ: %1</translation>
    </message>
    <message>
        <source>the item code must be 1 to 64 lower-case letters, digits or _</source>
        <translation>mã tiêu chí phải gồm 1 đến 64 ký tự là chữ thường, chữ số hoặc _</translation>
    </message>
    <message>
        <source>the Vietnamese wording is required</source>
        <translation>thiếu nội dung tiếng Việt</translation>
    </message>
    <message>
        <source>cannot save the checklist item: %1</source>
        <translation>không lưu được tiêu chí: %1</translation>
    </message>
    <message>
        <source>unknown checklist item &quot;%1&quot;</source>
        <translation>không có tiêu chí &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is recorded twice for %2</source>
        <translation>%1 được ghi hai lần cho %2</translation>
    </message>
    <message>
        <source>this unit already has an inspection by %1 on %2</source>
        <translation>đơn vị này đã có đợt kiểm tra của %1 vào ngày %2</translation>
    </message>
    <message>
        <source>the inspection %1 does not exist</source>
        <translation>không tìm thấy đợt kiểm tra %1</translation>
    </message>
    <message>
        <source>cannot save the inspection: %1</source>
        <translation>không lưu được đợt kiểm tra: %1</translation>
    </message>
    <message>
        <source>cannot delete the inspection: %1</source>
        <translation>không xóa được đợt kiểm tra: %1</translation>
    </message>
    <message>
        <source>the culture points must be between 0 and 30</source>
        <translation>điểm văn hóa công vụ phải từ 0 đến 30</translation>
    </message>
    <message>
        <source>cannot save the setting: %1</source>
        <translation>không lưu được cài đặt: %1</translation>
    </message>
    <message>
        <source>the date of the violation is required</source>
        <translation>thiếu ngày vi phạm</translation>
    </message>
    <message>
        <source>the violation %1 does not exist</source>
        <translation>không tìm thấy vi phạm %1</translation>
    </message>
    <message>
        <source>cannot save the violation: %1</source>
        <translation>không lưu được vi phạm: %1</translation>
    </message>
    <message>
        <source>a discipline case was started from this violation: its status can no longer change</source>
        <translation>vi phạm này đã được đưa ra xem xét kỷ luật: không thể thay đổi tình trạng</translation>
    </message>
    <message>
        <source>only a confirmed violation can lead to a discipline case</source>
        <translation>chỉ vi phạm đã được xác nhận mới được đưa ra xem xét kỷ luật</translation>
    </message>
</context>
<context>
    <name>CultureText</name>
    <message>
        <source>Public-service culture (QĐ 1847/QĐ-TTg), %1 to %2</source>
        <translation>Văn hóa công vụ (QĐ 1847/QĐ-TTg), từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Đợt kiểm tra</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Lượt đánh giá</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Lượt vi phạm</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No inspection in this period.</source>
        <translation>Không có đợt kiểm tra nào trong kỳ này.</translation>
    </message>
    <message>
        <source>Violations log:</source>
        <translation>Sổ theo dõi vi phạm:</translation>
    </message>
</context>
<context>
    <name>CultureViolationLog</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Item and description</source>
        <translation>Tiêu chí và nội dung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>No violation recorded in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Chưa có vi phạm nào được ghi nhận trong năm %1.</translation>
    </message>
    <message>
        <source>Breaches marked in an inspection appear here, to be confirmed or dismissed.</source>
        <translation>Các vi phạm đánh dấu trong đợt kiểm tra sẽ hiện ở đây để xác nhận hoặc bác bỏ.</translation>
    </message>
</context>
<context>
    <name>CultureViolationRow</name>
    <message>
        <source>Decision: %1</source>
        <extracomment>%1 is the discipline decision started from the violation</extracomment>
        <translation>Quyết định: %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bác bỏ</translation>
    </message>
    <message>
        <source>Start discipline case</source>
        <translation>Xem xét kỷ luật</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>In service on</source>
        <translation>Tính đến ngày</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Staff in service</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <source>every category, every unit</source>
        <translation>mọi đối tượng, mọi đơn vị</translation>
    </message>
    <message>
        <source>Commune-level staff</source>
        <translation>Nhân sự cấp xã</translation>
    </message>
    <message>
        <source>in communes, wards and towns</source>
        <translation>ở xã, phường, thị trấn</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>valid on this date</source>
        <translation>còn hiệu lực vào ngày này</translation>
    </message>
    <message>
        <source>Or choose another date: no one was in service on this one.</source>
        <translation>Hoặc chọn ngày khác: không có ai đang công tác vào ngày này.</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>Đến trang Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Staff by unit</source>
        <translation>Cán bộ theo đơn vị</translation>
    </message>
    <message>
        <source>Click a unit to see its people.</source>
        <translation>Nhấn vào một đơn vị để xem danh sách cán bộ.</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Theo đối tượng</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No staff yet — import a staff file on the Import page</source>
        <translation>Chưa có cán bộ — hãy nhập tệp danh sách cán bộ ở trang Nhập dữ liệu</translation>
    </message>
    <message>
        <source>%1 of %2 people meet the standard of their title on %3.</source>
        <extracomment>%1 qualified people, %2 counted people, %3 the date (DD/MM/YYYY)</extracomment>
        <translation>%1/%2 người đạt tiêu chuẩn chức danh tính đến ngày %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people still to qualify</source>
        <translation>
            <numerusform>%Ln người chưa đạt chuẩn</numerusform>
        </translation>
    </message>
    <message>
        <source>Each must meet the standard of their title before %1 (ND 33/2023 deadline).</source>
        <extracomment>%1 is the legal deadline, DD/MM/YYYY</extracomment>
        <translation>Mỗi người phải đạt tiêu chuẩn chức danh trước ngày %1 (thời hạn theo Nghị định 33/2023/NĐ-CP).</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <extracomment>%1 is a requirement, e.g. &quot;Political theory&quot;</extracomment>
        <translation>Chưa đạt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people do not meet this requirement on %1.</source>
        <extracomment>%1 is the date, DD/MM/YYYY</extracomment>
        <translation>
            <numerusform>%Ln người chưa đạt yêu cầu này tính đến ngày %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open the database %1: it is a folder</source>
        <translation>không mở được cơ sở dữ liệu %1: đây là một thư mục</translation>
    </message>
    <message>
        <source>cannot open the database %1: cannot create the folder %2</source>
        <translation>không mở được cơ sở dữ liệu %1: không tạo được thư mục %2</translation>
    </message>
    <message>
        <source>cannot create the database %1: %2</source>
        <translation>không tạo được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>không đọc được phiên bản lược đồ của %1</translation>
    </message>
    <message>
        <source>%1 is not a CongVu database (it has tables but no schema version)</source>
        <translation>%1 không phải cơ sở dữ liệu CongVu (có bảng nhưng không có phiên bản lược đồ)</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this program supports (%3): install a newer CongVu to open it</source>
        <translation>cơ sở dữ liệu %1 có phiên bản lược đồ %2, mới hơn phiên bản chương trình này hỗ trợ (%3): hãy cài CongVu mới hơn để mở</translation>
    </message>
    <message>
        <source>cannot read the migration %1</source>
        <translation>không đọc được bản nâng cấp lược đồ %1</translation>
    </message>
    <message>
        <source>cannot write the database %1: %2</source>
        <translation>không ghi được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>migration %1 failed on %2: %3</source>
        <translation>nâng cấp lược đồ %1 không thành công trên %2: %3</translation>
    </message>
    <message>
        <source>cannot read the shipped title standards: %1</source>
        <translation>không đọc được bộ tiêu chuẩn chức danh kèm theo chương trình: %1</translation>
    </message>
    <message>
        <source>cannot store the shipped title standards: %1</source>
        <translation>không lưu được bộ tiêu chuẩn chức danh kèm theo chương trình: %1</translation>
    </message>
    <message>
        <source>cannot read the shipped culture checklist: %1</source>
        <translation>không đọc được bộ tiêu chí văn hóa công vụ kèm theo chương trình: %1</translation>
    </message>
    <message>
        <source>cannot store the shipped culture checklist: %1</source>
        <translation>không lưu được bộ tiêu chí văn hóa công vụ kèm theo chương trình: %1</translation>
    </message>
    <message>
        <source>cannot store the shipped training catalogue: %1</source>
        <translation>không lưu được danh mục khóa đào tạo, bồi dưỡng kèm theo chương trình: %1</translation>
    </message>
    <message>
        <source>cannot open the database %1: not a valid server address (expected postgresql://user@host:port/dbname)</source>
        <translation>không mở được cơ sở dữ liệu %1: địa chỉ máy chủ không hợp lệ (cần dạng postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>cannot open the database %1: do not put the password in the address; set PGPASSWORD or use ~/.pgpass</source>
        <translation>không mở được cơ sở dữ liệu %1: không ghi mật khẩu trong địa chỉ; hãy đặt PGPASSWORD hoặc dùng ~/.pgpass</translation>
    </message>
    <message>
        <source>cannot open the database %1: the PostgreSQL driver of Qt (QPSQL) is not installed (Debian: libqt6sql6-psql)</source>
        <translation>không mở được cơ sở dữ liệu %1: chưa cài trình điều khiển PostgreSQL của Qt (QPSQL) (Debian: libqt6sql6-psql)</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>the foreign keys of the tables form a cycle</source>
        <translation>các khóa ngoại giữa các bảng tạo thành vòng lặp</translation>
    </message>
    <message>
        <source>the target %1 is not empty: it has the table %2 and is not a CongVu database; migrate into an empty database</source>
        <translation>cơ sở dữ liệu đích %1 không trống: có bảng %2 và không phải cơ sở dữ liệu CongVu; hãy chuyển sang một cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>the target %1 is not empty: it holds a CongVu database of schema version %2 (this program writes version %3); migrate into an empty database</source>
        <translation>cơ sở dữ liệu đích %1 không trống: đã chứa cơ sở dữ liệu CongVu phiên bản lược đồ %2 (chương trình này ghi phiên bản %3); hãy chuyển sang một cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>cannot read the target %1: %2</source>
        <translation>không đọc được cơ sở dữ liệu đích %1: %2</translation>
    </message>
    <message>
        <source>cannot read the table %1 of the target %2: %3</source>
        <translation>không đọc được bảng %1 của cơ sở dữ liệu đích %2: %3</translation>
    </message>
    <message>
        <source>the target %1 is not empty: the table %2 holds %3 row(s) of an office; migrate into an empty database</source>
        <translation>cơ sở dữ liệu đích %1 không trống: bảng %2 đang có %3 dòng dữ liệu của một cơ quan; hãy chuyển sang một cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>the source %1 is not open at schema version %2</source>
        <translation>cơ sở dữ liệu nguồn %1 không được mở ở phiên bản lược đồ %2</translation>
    </message>
    <message>
        <source>the target %1 is the database being copied; name another one</source>
        <translation>cơ sở dữ liệu đích %1 chính là cơ sở dữ liệu đang được sao chép; hãy chỉ định một cơ sở dữ liệu khác</translation>
    </message>
    <message>
        <source>cannot read the source %1: %2</source>
        <translation>không đọc được cơ sở dữ liệu nguồn %1: %2</translation>
    </message>
    <message>
        <source>the table %1 of the source is not in the target</source>
        <translation>bảng %1 của cơ sở dữ liệu nguồn không có trong cơ sở dữ liệu đích</translation>
    </message>
    <message>
        <source>the table %1 has other columns in the source than in the target</source>
        <translation>các cột của bảng %1 ở cơ sở dữ liệu nguồn khác với ở cơ sở dữ liệu đích</translation>
    </message>
    <message>
        <source>cannot read the table %1 of the source: %2</source>
        <translation>không đọc được bảng %1 của cơ sở dữ liệu nguồn: %2</translation>
    </message>
    <message>
        <source>cannot write the target %1: %2</source>
        <translation>không ghi được vào cơ sở dữ liệu đích %1: %2</translation>
    </message>
    <message>
        <source>cannot empty the table %1 of the target: %2</source>
        <translation>không xóa trống được bảng %1 của cơ sở dữ liệu đích: %2</translation>
    </message>
    <message>
        <source>cannot copy the table %1: %2</source>
        <translation>không sao chép được bảng %1: %2</translation>
    </message>
    <message>
        <source>cannot set the next id of the table %1: %2</source>
        <translation>không đặt được mã (id) tiếp theo của bảng %1: %2</translation>
    </message>
    <message>
        <source>cannot read back the table %1: %2</source>
        <translation>không đọc lại được bảng %1: %2</translation>
    </message>
    <message>
        <source>verification failed: the table %1 has %2 row(s) in the source and %3 in the target; nothing was written</source>
        <translation>kiểm tra không đạt: bảng %1 có %2 dòng ở cơ sở dữ liệu nguồn nhưng %3 dòng ở cơ sở dữ liệu đích; không ghi gì</translation>
    </message>
    <message>
        <source>verification failed: the rows of the table %1 differ between the source and the target (checksum %2 against %3); nothing was written</source>
        <translation>kiểm tra không đạt: dữ liệu của bảng %1 ở cơ sở dữ liệu nguồn và cơ sở dữ liệu đích khác nhau (mã kiểm tra %2 so với %3); không ghi gì</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type a date as YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>Nhập ngày theo dạng YYYY-MM-DD hoặc DD/MM/YYYY</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>DemoService</name>
    <message>
        <source>the database %1 is not empty: demo data goes only into an empty database</source>
        <translation>cơ sở dữ liệu %1 đã có dữ liệu: chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>cannot write the database %1</source>
        <translation>không ghi được cơ sở dữ liệu %1</translation>
    </message>
    <message>
        <source>cannot write the unit %1: %2</source>
        <translation>không ghi được đơn vị %1: %2</translation>
    </message>
    <message>
        <source>cannot write the person %1: %2</source>
        <translation>không ghi được cán bộ %1: %2</translation>
    </message>
    <message>
        <source>cannot write the database %1: %2</source>
        <translation>không ghi được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>cannot write the discipline decision %1/%2: %3</source>
        <translation>không ghi được quyết định kỷ luật %1/%2: %3</translation>
    </message>
    <message>
        <source>cannot write the culture inspections: %1</source>
        <translation>không ghi được các đợt kiểm tra văn hóa công vụ: %1</translation>
    </message>
    <message>
        <source>cannot write the evaluations: %1</source>
        <translation>không ghi được kết quả đánh giá: %1</translation>
    </message>
    <message>
        <source>cannot write the training plans: %1</source>
        <translation>không ghi được các kế hoạch đào tạo, bồi dưỡng: %1</translation>
    </message>
    <message>
        <source>cannot write the review decisions: %1</source>
        <translation>không ghi được các quyết định bình xét thi đua: %1</translation>
    </message>
</context>
<context>
    <name>DisciplineController</name>
    <message>
        <source>The decision no longer exists.</source>
        <translation>Quyết định này không còn tồn tại.</translation>
    </message>
    <message>
        <source>leader or manager</source>
        <translation>lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>&quot;%1&quot; không phải ngày hợp lệ</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (không được áp dụng)</translation>
    </message>
    <message>
        <source>Saved decision %1 for %2.</source>
        <extracomment>%1 decision number, %2 staff code</extracomment>
        <translation>Đã lưu quyết định %1 của %2.</translation>
    </message>
    <message>
        <source>The decision could not be deleted.</source>
        <translation>Không xóa được quyết định.</translation>
    </message>
    <message>
        <source>Deleted decision %1 of %2.</source>
        <extracomment>%1 decision number, %2 staff code</extracomment>
        <translation>Đã xóa quyết định %1 của %2.</translation>
    </message>
    <message>
        <source>No discipline in force</source>
        <translation>Không có kỷ luật đang có hiệu lực</translation>
    </message>
    <message>
        <source>Service ended by %1</source>
        <extracomment>%1 is a discipline form (forced dismissal, removal by the electing body)</extracomment>
        <translation>Đã thôi công tác do %1</translation>
    </message>
    <message>
        <source>In force: %1 (decision %2), bars until %3</source>
        <extracomment>%1 form, %2 decision number, %3 date the bars lift (DD/MM/YYYY)</extracomment>
        <translation>Đang có hiệu lực: %1 (quyết định %2), hạn chế đến %3</translation>
    </message>
    <message>
        <source>Bars until %1</source>
        <extracomment>%1 date the bars lift (DD/MM/YYYY)</extracomment>
        <translation>Hạn chế đến %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 file, %2 reason</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <extracomment>%1 is the PDF file written</extracomment>
        <translation>Đã ghi báo cáo vào %1.</translation>
    </message>
</context>
<context>
    <name>DisciplineEditor</name>
    <message>
        <source>Check before saving (not blocking)</source>
        <translation>Kiểm tra trước khi lưu (không bắt buộc)</translation>
    </message>
    <message>
        <source>Use %1</source>
        <extracomment>%1 is the heavier discipline form suggested</extracomment>
        <translation>Áp dụng %1</translation>
    </message>
    <message>
        <source>New discipline decision</source>
        <translation>Quyết định kỷ luật mới</translation>
    </message>
    <message>
        <source>Edit discipline decision</source>
        <translation>Sửa quyết định kỷ luật</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Form</source>
        <comment>discipline form</comment>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Forms allowed under %1</source>
        <extracomment>%1 is the legal instrument that sets the forms, e.g. &quot;Điều 7 Nghị định 172/2025/NĐ-CP&quot;</extracomment>
        <translation>Các hình thức được áp dụng theo %1</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>e.g. 12/QĐ-UBND</source>
        <translation>VD: 12/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>= decision date</source>
        <translation>= ngày quyết định</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <source>Violation date</source>
        <translation>Ngày vi phạm</translation>
    </message>
    <message>
        <source>Detected on</source>
        <translation>Phát hiện ngày</translation>
    </message>
    <message>
        <source>Detection date</source>
        <translation>Ngày phát hiện</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>What the violation was</source>
        <translation>Nội dung vi phạm</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Enter hoặc Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
</context>
<context>
    <name>DisciplineHeader</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Form</source>
        <comment>discipline form</comment>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày QĐ</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <source>Bars until</source>
        <translation>Hạn chế đến</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Hiệu lực</translation>
    </message>
</context>
<context>
    <name>DisciplineMissedUnits</name>
    <message>
        <source>Discipline: units that missed the target in %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Kỷ luật: các đơn vị không đạt chỉ tiêu năm %1</translation>
    </message>
    <message>
        <source>Year of the discipline indicator</source>
        <translation>Năm tính chỉ tiêu kỷ luật</translation>
    </message>
    <message>
        <source>%1 of %2 units missed the target.</source>
        <extracomment>%1 units that missed, %2 units counted</extracomment>
        <translation>%1/%2 đơn vị không đạt chỉ tiêu.</translation>
    </message>
    <message>
        <source>Target: nobody disciplined at reprimand (khiển trách) or heavier during the year.</source>
        <translation>Chỉ tiêu: trong năm không có ai bị kỷ luật từ hình thức khiển trách trở lên.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n decision(s)</source>
        <extracomment>%1 unit name, %n decisions taking effect in the year</extracomment>
        <translation>
            <numerusform>%1: %n quyết định</numerusform>
        </translation>
    </message>
    <message>
        <source>No unit missed the target in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Không có đơn vị nào không đạt chỉ tiêu năm %1.</translation>
    </message>
</context>
<context>
    <name>DisciplinePage</name>
    <message>
        <source>decision %1</source>
        <extracomment>%1 is a decision number, e.g. 12/QĐ-UBND</extracomment>
        <translation>quyết định %1</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Print year report (PDF)</source>
        <translation>In báo cáo năm (PDF)</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Quyết định mới</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Search name, code, decision, reason</source>
        <translation>Tìm theo tên, mã, số quyết định, lý do</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Units that missed the target in %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Các đơn vị không đạt chỉ tiêu năm %1</translation>
    </message>
    <message>
        <source>No discipline decision takes effect in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Không có quyết định kỷ luật nào có hiệu lực trong năm %1.</translation>
    </message>
    <message>
        <source>No decision matches “%1”.</source>
        <extracomment>%1 is the text searched for</extracomment>
        <translation>Không có quyết định nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Record one with New decision (Ctrl+N), or import a discipline file.</source>
        <translation>Thêm bằng nút Quyết định mới (Ctrl+N), hoặc nhập tệp dữ liệu kỷ luật.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Xóa nội dung tìm kiếm</translation>
    </message>
    <message>
        <source>Delete decision</source>
        <translation>Xóa quyết định</translation>
    </message>
    <message>
        <source>Save the year report</source>
        <translation>Lưu báo cáo năm</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>ND 112/2020, ND 172/2025, ND 234/2026</source>
        <translation>NĐ 112/2020, NĐ 172/2025, NĐ 234/2026</translation>
    </message>
</context>
<context>
    <name>DisciplinePdf</name>
    <message>
        <source>No.: ……/BC</source>
        <translation>Số: ……/BC</translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>ON THE DISCIPLINE OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES</source>
        <translation>Tình hình kỷ luật cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>(decisions taking effect in %1)</source>
        <translation>(các quyết định có hiệu lực trong năm %1)</translation>
    </message>
    <message>
        <source>Basis: Decree 112/2020/NĐ-CP (amended by Decree 71/2023/NĐ-CP); Decree 172/2025/NĐ-CP from 01/07/2025; Decree 234/2026/NĐ-CP for public employees from 01/07/2026; Law 52/2019/QH14 on the periods during which promotion, appointment, planning and training are barred.</source>
        <translation>Căn cứ: Nghị định 112/2020/NĐ-CP (được sửa đổi bởi Nghị định 71/2023/NĐ-CP); Nghị định 172/2025/NĐ-CP từ ngày 01/07/2025; Nghị định 234/2026/NĐ-CP đối với viên chức từ ngày 01/07/2026; Luật 52/2019/QH14 về thời gian không thực hiện nâng ngạch, bổ nhiệm, quy hoạch, đào tạo.</translation>
    </message>
    <message>
        <source>I. Overall</source>
        <translation>I. Tình hình chung</translation>
    </message>
    <message>
        <source>Decisions taking effect in the year: &lt;b&gt;%1&lt;/b&gt;. Units: &lt;b&gt;%2&lt;/b&gt;, of which &lt;b&gt;%3&lt;/b&gt; missed the target that no member receives a reprimand or heavier.</source>
        <translation>Số quyết định có hiệu lực trong năm: &lt;b&gt;%1&lt;/b&gt;. Số đơn vị: &lt;b&gt;%2&lt;/b&gt;, trong đó &lt;b&gt;%3&lt;/b&gt; đơn vị không đạt chỉ tiêu (không có ai bị kỷ luật từ khiển trách trở lên).</translation>
    </message>
    <message>
        <source>II. Decisions by unit and form</source>
        <translation>II. Quyết định theo đơn vị và hình thức</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>No unit.</source>
        <translation>Không có đơn vị nào.</translation>
    </message>
    <message>
        <source>Target: no member of the unit received a reprimand or a heavier form in the year.</source>
        <translation>Chỉ tiêu: trong năm không có ai của đơn vị bị kỷ luật từ hình thức khiển trách trở lên.</translation>
    </message>
    <message>
        <source>service ended</source>
        <translation>đã thôi công tác</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <source>Bars until</source>
        <translation>Hạn chế đến</translation>
    </message>
    <message>
        <source>III. Decisions taking effect in the year</source>
        <translation>III. Các quyết định có hiệu lực trong năm</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Until the date in &quot;Bars until&quot; the person is not promoted in rank, appointed to a higher post, planned or sent to training (12 months after a reprimand, warning or salary-step demotion; 24 months after a demotion or removal from post).</source>
        <translation>Đến ngày ghi ở cột &quot;Hạn chế đến&quot;, người bị kỷ luật không được nâng ngạch, bổ nhiệm vào chức vụ cao hơn, quy hoạch hoặc cử đi đào tạo (12 tháng đối với khiển trách, cảnh cáo hoặc hạ bậc lương; 24 tháng đối với giáng chức hoặc cách chức).</translation>
    </message>
    <message>
        <source>IV. Earlier decisions still running in the year</source>
        <translation>IV. Các quyết định từ năm trước vẫn còn thời hạn trong năm</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation>chỉ tạo được tệp PDF khi đã nạp thư viện đồ họa (QGuiApplication)</translation>
    </message>
    <message>
        <source>Discipline decisions, %1</source>
        <translation>Quyết định kỷ luật, năm %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>không khởi tạo được tệp PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>không ghi được tệp PDF</translation>
    </message>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation>ỦY BAN NHÂN DÂN</translation>
    </message>
</context>
<context>
    <name>DisciplinePersonPicker</name>
    <message>
        <source>Staff code or name</source>
        <translation>Mã hoặc tên cán bộ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>DisciplineRow</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>DisciplineRules</name>
    <message>
        <source>only to a person holding a leadership or management post</source>
        <translation>chỉ áp dụng với người giữ chức vụ lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>only to a person without a leadership or management post</source>
        <translation>chỉ áp dụng với người không giữ chức vụ lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a discipline form</source>
        <translation>&quot;%1&quot; không phải là hình thức kỷ luật</translation>
    </message>
    <message>
        <source>the decision has no decision or effective date</source>
        <translation>quyết định chưa có ngày quyết định hoặc ngày hiệu lực</translation>
    </message>
    <message>
        <source>Party member whose violation warrants expulsion</source>
        <translation>Đảng viên có hành vi vi phạm đến mức phải khai trừ</translation>
    </message>
    <message>
        <source>Violation of internal political protection</source>
        <translation>Vi phạm quy định về công tác bảo vệ chính trị nội bộ</translation>
    </message>
    <message>
        <source>Harm to the national interest in defence, security or foreign affairs</source>
        <translation>Xâm hại đến lợi ích quốc gia trong lĩnh vực quốc phòng, an ninh, đối ngoại</translation>
    </message>
    <message>
        <source>Use of fake or unlawful diplomas or certificates</source>
        <translation>Sử dụng văn bằng, chứng chỉ, chứng nhận, xác nhận giả hoặc không hợp pháp</translation>
    </message>
    <message numerus="yes">
        <source>The violation of %1 is past the statute of limitations of %n month(s), which ended on %2 (%3)</source>
        <extracomment>%1 violation date, %2 months, %3 end date, %4 article and instrument</extracomment>
        <translation>
            <numerusform>Hành vi vi phạm ngày %1 đã hết thời hiệu xử lý kỷ luật %n tháng, kết thúc ngày %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days from detection to decision: more than the extended limit of %2 days (%3)</source>
        <extracomment>%1 days, %2 limit days, %3 article and instrument</extracomment>
        <translation>%1 ngày từ khi phát hiện đến khi ra quyết định: quá thời hạn tối đa khi đã kéo dài là %2 ngày (%3)</translation>
    </message>
    <message>
        <source>%1 days from detection to decision: more than %2 days, allowed only when extended up to %3 days for a complex case (%4)</source>
        <extracomment>%1 days, %2 limit days, %3 extended limit, %4 article and instrument</extracomment>
        <translation>%1 ngày từ khi phát hiện đến khi ra quyết định: quá %2 ngày, chỉ được kéo dài đến %3 ngày với vụ việc phức tạp (%4)</translation>
    </message>
    <message>
        <source>%1 was still in force on %2; a new violation calls for a heavier form, and none is heavier for this person (%3)</source>
        <extracomment>%1 running form and decision number, %2 violation date, %3 article and instrument</extracomment>
        <translation>%1 vẫn còn hiệu lực vào ngày %2; vi phạm mới phải xử lý nặng hơn một mức, nhưng không còn hình thức nặng hơn cho người này (%3)</translation>
    </message>
    <message>
        <source>%1 was still in force on %2; a new violation calls for one form heavier: %3 (%4)</source>
        <extracomment>%1 running form and decision number, %2 violation date, %3 suggested form, %4 article and instrument</extracomment>
        <translation>%1 vẫn còn hiệu lực vào ngày %2; vi phạm mới phải xử lý nặng hơn một mức: %3 (%4)</translation>
    </message>
    <message>
        <source>No discipline rule set is known for %1: the form is not checked</source>
        <extracomment>%1 staff category</extracomment>
        <translation>Chưa có quy định kỷ luật cho %1: hình thức kỷ luật chưa được kiểm tra</translation>
    </message>
    <message>
        <source>%1 is a discipline form for cán bộ only, not for %2 (Luật Cán bộ, công chức)</source>
        <extracomment>%1 the form &quot;bãi nhiệm&quot;, %2 staff category</extracomment>
        <translation>%1 là hình thức kỷ luật chỉ áp dụng đối với cán bộ, không áp dụng đối với %2 (Luật Cán bộ, công chức)</translation>
    </message>
    <message>
        <source>%1 applies %2 (%3, the rules in force for a decision effective on %4)</source>
        <extracomment>%1 form, %2 &quot;only to a person holding …&quot;, %3 article and instrument, %4 the decision&apos;s effective date</extracomment>
        <translation>%1 %2 (%3, quy định áp dụng đối với quyết định có hiệu lực ngày %4)</translation>
    </message>
    <message>
        <source>%1 is not a discipline form for %2 under %3 (the rules in force for a decision effective on %4)</source>
        <extracomment>%1 form, %2 staff category, %3 article and instrument, %4 the decision&apos;s effective date</extracomment>
        <translation>%1 không phải là hình thức kỷ luật áp dụng cho %2 theo %3 (quy định áp dụng đối với quyết định có hiệu lực ngày %4)</translation>
    </message>
</context>
<context>
    <name>DisciplineService</name>
    <message>
        <source>decision &quot;%1&quot; of %2 is already on line %3</source>
        <extracomment>%1 decision number, %2 staff code, %3 line</extracomment>
        <translation>quyết định &quot;%1&quot; của %2 đã có ở dòng %3</translation>
    </message>
    <message>
        <source>the transaction could not be started</source>
        <translation>không bắt đầu được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>the decision could not be written</source>
        <translation>không ghi được quyết định</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>cannot read the discipline records: %1</source>
        <translation>không đọc được dữ liệu kỷ luật: %1</translation>
    </message>
    <message>
        <source>the staff code is required</source>
        <translation>thiếu mã cán bộ</translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation>không tìm thấy mã cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the discipline form is required</source>
        <translation>thiếu hình thức kỷ luật</translation>
    </message>
    <message>
        <source>unknown discipline form &quot;%1&quot;; expected one of: %2</source>
        <translation>hình thức kỷ luật &quot;%1&quot; không hợp lệ; phải là một trong: %2</translation>
    </message>
    <message>
        <source>the decision number is required</source>
        <translation>thiếu số quyết định</translation>
    </message>
    <message>
        <source>the decision date is required</source>
        <translation>thiếu ngày quyết định</translation>
    </message>
    <message>
        <source>the violation date %1 is after the decision date %2</source>
        <extracomment>%1 violation date, %2 decision date</extracomment>
        <translation>ngày vi phạm %1 sau ngày quyết định %2</translation>
    </message>
    <message>
        <source>the decision no longer exists</source>
        <translation>quyết định không còn tồn tại</translation>
    </message>
    <message>
        <source>decision &quot;%1&quot; is already recorded for %2</source>
        <translation>quyết định &quot;%1&quot; đã được ghi nhận cho %2</translation>
    </message>
    <message>
        <source>cannot save the decision: %1</source>
        <translation>không lưu được quyết định: %1</translation>
    </message>
    <message>
        <source>cannot delete the decision: %1</source>
        <translation>không xóa được quyết định: %1</translation>
    </message>
    <message>
        <source>Violation (decided in %1)</source>
        <extracomment>%1 decision number</extracomment>
        <translation>Hành vi vi phạm (xử lý tại quyết định %1)</translation>
    </message>
    <message>
        <source>%1 decided (%2)</source>
        <extracomment>%1 form, %2 decision number</extracomment>
        <translation>Quyết định kỷ luật %1 (%2)</translation>
    </message>
    <message>
        <source>%1 takes effect (%2)</source>
        <translation>%1 có hiệu lực (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The %n-month delay of the regular salary step ends (%1)</source>
        <extracomment>%n months, %1 decision number</extracomment>
        <translation>
            <numerusform>Hết thời gian kéo dài %n tháng nâng bậc lương thường xuyên (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Promotion, appointment, planning and training are open again (%1)</source>
        <translation>Hết thời gian hạn chế nâng ngạch, bổ nhiệm, quy hoạch và đào tạo (%1)</translation>
    </message>
</context>
<context>
    <name>DisciplineText</name>
    <message>
        <source>Discipline decisions taking effect in %1</source>
        <translation>Các quyết định kỷ luật có hiệu lực trong năm %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>không đạt</translation>
    </message>
    <message>
        <source>%1 decision(s); %2 of %3 unit(s) missed the target (nobody disciplined)</source>
        <extracomment>%1 decisions, %2 units that missed the target, %3 units</extracomment>
        <translation>%1 quyết định; %2/%3 đơn vị không đạt chỉ tiêu (chỉ tiêu: không có ai bị kỷ luật)</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Quyết định:</translation>
    </message>
    <message>
        <source>bars until %1</source>
        <translation>hạn chế đến %1</translation>
    </message>
    <message>
        <source>service ended</source>
        <translation>đã thôi công tác</translation>
    </message>
    <message>
        <source>Earlier decisions still running in %1:</source>
        <translation>Các quyết định từ năm trước vẫn còn thời hạn trong năm %1:</translation>
    </message>
</context>
<context>
    <name>DisciplineTimeline</name>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <extracomment>%1 is the person&apos;s discipline standing today</extracomment>
        <translation>Hôm nay: %1</translation>
    </message>
    <message>
        <source>No discipline recorded</source>
        <translation>Chưa có quyết định kỷ luật nào</translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <source>Staff code</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Leader or manager</source>
        <translation>Lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>In this position since</source>
        <translation>Giữ chức danh từ ngày</translation>
    </message>
    <message>
        <source>Left this position on</source>
        <translation>Thôi giữ chức danh ngày</translation>
    </message>
    <message>
        <source>General education</source>
        <translation>Giáo dục phổ thông</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Chuyên ngành</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>State management</source>
        <translation>Quản lý nhà nước</translation>
    </message>
    <message>
        <source>IT skills</source>
        <translation>Tin học</translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation>Ngoại ngữ</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Months worked</source>
        <translation>Tháng công tác</translation>
    </message>
    <message>
        <source>Months of leave</source>
        <translation>Tháng nghỉ</translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation>Nghỉ thai sản</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Self level</source>
        <translation>Tự xếp loại</translation>
    </message>
    <message>
        <source>Proposed level</source>
        <translation>Mức đề xuất</translation>
    </message>
    <message>
        <source>Final level</source>
        <translation>Kết quả xếp loại</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>Bước quy trình</translation>
    </message>
    <message>
        <source>Reason for the level above the maximum</source>
        <translation>Lý do xếp loại vượt mức tối đa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Written form</source>
        <translation>Nội dung phiếu đánh giá</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2</source>
        <translation>Kết quả đánh giá của %1 năm %2</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 while you were editing it.</source>
        <extracomment>%1 record (a person or an evaluation), %2 user name, %3 date and time</extracomment>
        <translation>%1 đã được %2 thay đổi lúc %3 trong khi bạn đang sửa.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else while you were editing it.</source>
        <extracomment>%1 record (a person or an evaluation)</extracomment>
        <translation>%1 đã được người khác thay đổi trong khi bạn đang sửa.</translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <extracomment>%1 the labels of the fields, e.g. &quot;Birth date, Unit&quot;</extracomment>
        <translation>Các mục đã thay đổi: %1.</translation>
    </message>
    <message>
        <source>Your changes were not saved. Choose Reload to see the stored record, then enter your changes again.</source>
        <translation>Các thay đổi của bạn chưa được lưu. Hãy chọn Tải lại để xem bản ghi đã lưu, rồi nhập lại các thay đổi.</translation>
    </message>
</context>
<context>
    <name>EditConflictBanner</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Người khác đã thay đổi bản ghi</translation>
    </message>
    <message>
        <source>Reload</source>
        <comment>@action:button discard my input and read the stored record</comment>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Discards your unsaved input and shows the record as stored now</source>
        <translation>Bỏ các nội dung chưa lưu và hiển thị bản ghi như đang được lưu hiện nay</translation>
    </message>
</context>
<context>
    <name>EvaluationCapBar</name>
    <message>
        <source>Cap on excellent:</source>
        <translation>Giới hạn HTXSNV:</translation>
    </message>
    <message>
        <source>no level entered yet</source>
        <translation>chưa nhập mức xếp loại nào</translation>
    </message>
    <message>
        <source>%1: Excellent %2 / at most %3%4</source>
        <extracomment>%1 task group, %2 number of HTXSNV, %3 the most allowed, %4 &quot; — over&quot; when over the cap</extracomment>
        <translation>%1: HTXSNV %2 / tối đa %3%4</translation>
    </message>
    <message>
        <source> — over</source>
        <translation> — vượt</translation>
    </message>
    <message>
        <source>%1 HTTNV × %2% (%3)</source>
        <extracomment>%1 HTTNV count, %2 rate in percent, %3 legal basis</extracomment>
        <translation>%1 HTTNV × %2% (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 groups over</source>
        <extracomment>%1 task groups over the cap, %2 task groups in all</extracomment>
        <translation>%1/%2 nhóm vượt</translation>
    </message>
    <message>
        <source>25% exception recorded: %1 — %2</source>
        <extracomment>%1 decision number, %2 reason</extracomment>
        <translation>Đã ghi nhận ngoại lệ 25%: %1 — %2</translation>
    </message>
    <message>
        <source>No 25% exception for this unit and year</source>
        <translation>Đơn vị không có ngoại lệ 25% trong năm này</translation>
    </message>
    <message>
        <source>Remove exception</source>
        <translation>Bỏ ngoại lệ</translation>
    </message>
    <message>
        <source>Record 25% exception…</source>
        <translation>Ghi nhận ngoại lệ 25%…</translation>
    </message>
    <message>
        <source>Viên chức on ND 90/2020 criteria (ND 233/2026 Art 20)</source>
        <translation>Viên chức đánh giá theo tiêu chí NĐ 90/2020 (Điều 20 NĐ 233/2026)</translation>
    </message>
</context>
<context>
    <name>EvaluationController</name>
    <message>
        <source>Not rated this year</source>
        <translation>Không xếp loại năm này</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <extracomment>%1 the change undone (staff code: field)</extracomment>
        <translation>Đã hoàn tác: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Task groups of %1 copied for %n person(s).</source>
        <extracomment>%n people whose task group was copied, %1 the year copied from</extracomment>
        <translation>
            <numerusform>Đã sao chép nhóm nhiệm vụ năm %1 cho %n người.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a person first</source>
        <translation>Hãy chọn một người trước</translation>
    </message>
    <message>
        <source>%1: %2 decided.</source>
        <extracomment>%1 person, %2 level</extracomment>
        <translation>%1: đã quyết định xếp loại %2.</translation>
    </message>
    <message>
        <source>self level</source>
        <translation>mức tự xếp loại</translation>
    </message>
    <message>
        <source>Form of %1 saved.</source>
        <extracomment>%1 staff code</extracomment>
        <translation>Đã lưu phiếu đánh giá của %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 file, %2 reason</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Form written to %1.</source>
        <extracomment>%1 is the PDF file written</extracomment>
        <translation>Đã ghi phiếu đánh giá vào %1.</translation>
    </message>
    <message>
        <source>Summary written to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation>Đã ghi báo cáo tổng hợp vào %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) written to %1.</source>
        <extracomment>%n evaluations, %1 the file written</extracomment>
        <translation>
            <numerusform>Đã ghi %n kết quả đánh giá vào %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationDashboardPanel</name>
    <message>
        <source>Evaluation levels by unit in %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Kết quả xếp loại theo đơn vị năm %1</translation>
    </message>
    <message>
        <source>Year of the evaluation levels</source>
        <translation>Năm đánh giá, xếp loại</translation>
    </message>
    <message>
        <source>%1 of %2 units over the cap on &quot;excellent&quot;.</source>
        <extracomment>%1 units over the cap, %2 units with evaluations</extracomment>
        <translation>%1/%2 đơn vị vượt giới hạn tỷ lệ &quot;hoàn thành xuất sắc&quot;.</translation>
    </message>
    <message>
        <source>Cap: &quot;excellent&quot; at most 20% of &quot;good&quot; in each task group (25% with a recorded exception).</source>
        <translation>Giới hạn: số &quot;hoàn thành xuất sắc&quot; không quá 20% số &quot;hoàn thành tốt&quot; trong mỗi nhóm nhiệm vụ (25% nếu có ghi nhận ngoại lệ).</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Không xếp loại</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Chưa có kết quả</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>vượt</translation>
    </message>
    <message>
        <source>ok (25%)</source>
        <translation>đạt (25%)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No evaluation recorded for %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Chưa có kết quả đánh giá nào năm %1.</translation>
    </message>
</context>
<context>
    <name>EvaluationDecideDialog</name>
    <message>
        <source>Decide the level of %1</source>
        <extracomment>%1 full name of the person</extracomment>
        <translation>Quyết định mức xếp loại của %1</translation>
    </message>
    <message>
        <source>Highest level the rules allow: %1</source>
        <extracomment>%1 the highest level the rules allow</extracomment>
        <translation>Mức cao nhất theo quy định: %1</translation>
    </message>
    <message>
        <source>Final level</source>
        <translation>Kết quả xếp loại</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>VD: 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Lý do vượt mức</translation>
    </message>
    <message>
        <source>Why the level above the rules&apos; maximum is decided</source>
        <translation>Lý do quyết định mức cao hơn mức tối đa theo quy định</translation>
    </message>
    <message>
        <source>Decide with override</source>
        <translation>Quyết định vượt mức</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EvaluationExceptionDialog</name>
    <message>
        <source>25% exception: %1, %2</source>
        <extracomment>%1 unit name, %2 year</extracomment>
        <translation>Ngoại lệ 25%: %1, năm %2</translation>
    </message>
    <message>
        <source>A unit recognised as outstanding may rate up to 25% of its HTTNV as excellent instead of 20%.</source>
        <translation>Đơn vị được đánh giá nổi trội được xếp loại HTXSNV tối đa 25% số HTTNV thay vì 20%.</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Reason (the unit&apos;s recognition)</source>
        <translation>Lý do (căn cứ công nhận đơn vị)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EvaluationFormDialog</name>
    <message>
        <source>1. Political ideology</source>
        <translation>1. Chính trị tư tưởng</translation>
    </message>
    <message>
        <source>2. Ethics and lifestyle</source>
        <translation>2. Đạo đức, lối sống</translation>
    </message>
    <message>
        <source>3. Working style and manner</source>
        <translation>3. Tác phong, lề lối làm việc</translation>
    </message>
    <message>
        <source>4. Sense of organisation and discipline</source>
        <translation>4. Ý thức tổ chức kỷ luật</translation>
    </message>
    <message>
        <source>5. Results of the duties assigned</source>
        <translation>5. Kết quả thực hiện chức trách, nhiệm vụ được giao</translation>
    </message>
    <message>
        <source>Results of the unit led or managed</source>
        <translation>Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>Leadership and management capacity</source>
        <translation>Năng lực lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>Capacity to gather and unite people</source>
        <translation>Năng lực tập hợp, đoàn kết</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Ưu điểm</translation>
    </message>
    <message>
        <source>Weaknesses and shortcomings</source>
        <translation>Hạn chế, khuyết điểm</translation>
    </message>
    <message>
        <source>Comments of the unit&apos;s collective</source>
        <translation>Ý kiến của tập thể đơn vị</translation>
    </message>
    <message>
        <source>Comments of the direct manager</source>
        <translation>Nhận xét của người quản lý trực tiếp</translation>
    </message>
    <message>
        <source>Evaluation form of %1, %2</source>
        <extracomment>%1 full name, %2 year</extracomment>
        <translation>Phiếu đánh giá của %1, năm %2</translation>
    </message>
    <message>
        <source>Self level</source>
        <translation>Tự xếp loại</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>EvaluationFormPdf</name>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation>không tìm thấy mã cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, day …… month …… year ……</source>
        <extracomment>The date line of a form still to be signed: place, then dots for day, month and year (Vietnamese: &quot;%1, ngày …… tháng …… năm ……&quot;)</extracomment>
        <translation>%1, ngày …… tháng …… năm ……</translation>
    </message>
    <message>
        <source>Form No. 01</source>
        <extracomment>The number of the official form (Vietnamese: &quot;Mẫu số 01&quot;)</extracomment>
        <translation>Mẫu số 01</translation>
    </message>
    <message>
        <source>Form No. 03</source>
        <extracomment>The number of the official form (Vietnamese: &quot;Mẫu số 03&quot;)</extracomment>
        <translation>Mẫu số 03</translation>
    </message>
    <message>
        <source>Form No. 02</source>
        <extracomment>The number of the official form (Vietnamese: &quot;Mẫu số 02&quot;)</extracomment>
        <translation>Mẫu số 02</translation>
    </message>
    <message>
        <source>QUALITY EVALUATION AND RATING FORM OF A CADRE</source>
        <extracomment>Official heading (Vietnamese: &quot;PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ&quot;)</extracomment>
        <translation>PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ</translation>
    </message>
    <message>
        <source>IV. EVALUATION AND RATING OF THE CADRE</source>
        <extracomment>Official heading (Vietnamese: &quot;ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ&quot;)</extracomment>
        <translation>IV. ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ</translation>
    </message>
    <message>
        <source>FOR CADRES IN LEADING AND MANAGING POSITIONS</source>
        <extracomment>Official heading (Vietnamese: &quot;PHẦN DÀNH RIÊNG CHO CÁN BỘ LÃNH ĐẠO, QUẢN LÝ&quot;)</extracomment>
        <translation>PHẦN DÀNH RIÊNG CHO CÁN BỘ LÃNH ĐẠO, QUẢN LÝ</translation>
    </message>
    <message>
        <source>QUALITY EVALUATION AND RATING FORM OF A PUBLIC EMPLOYEE</source>
        <extracomment>Official heading (Vietnamese: &quot;PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC&quot;)</extracomment>
        <translation>PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC</translation>
    </message>
    <message>
        <source>IV. EVALUATION AND RATING OF THE PUBLIC EMPLOYEE</source>
        <extracomment>Official heading (Vietnamese: &quot;KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC&quot;)</extracomment>
        <translation>IV. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC</translation>
    </message>
    <message>
        <source>FOR PUBLIC EMPLOYEES IN MANAGING POSITIONS</source>
        <extracomment>Official heading (Vietnamese: &quot;PHẦN DÀNH RIÊNG CHO VIÊN CHỨC QUẢN LÝ&quot;)</extracomment>
        <translation>PHẦN DÀNH RIÊNG CHO VIÊN CHỨC QUẢN LÝ</translation>
    </message>
    <message>
        <source>QUALITY EVALUATION AND RATING FORM OF A CIVIL SERVANT</source>
        <extracomment>Official heading (Vietnamese: &quot;PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC&quot;)</extracomment>
        <translation>PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC</translation>
    </message>
    <message>
        <source>IV. EVALUATION AND RATING OF THE CIVIL SERVANT</source>
        <extracomment>Official heading (Vietnamese: &quot;KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC&quot;)</extracomment>
        <translation>IV. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC</translation>
    </message>
    <message>
        <source>FOR CIVIL SERVANTS IN LEADING AND MANAGING POSITIONS</source>
        <extracomment>Official heading (Vietnamese: &quot;PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ&quot;)</extracomment>
        <translation>PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ</translation>
    </message>
    <message>
        <source>Year %1</source>
        <extracomment>Below the form&apos;s title (Vietnamese: &quot;Năm %1&quot;)</extracomment>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Full name:</source>
        <extracomment>Vietnamese: &quot;Họ và tên:&quot;</extracomment>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Position, title:</source>
        <extracomment>Vietnamese: &quot;Chức vụ, chức danh:&quot;</extracomment>
        <translation>Chức vụ, chức danh:</translation>
    </message>
    <message>
        <source>Agency, organisation, unit:</source>
        <extracomment>Vietnamese: &quot;Cơ quan, tổ chức, đơn vị công tác:&quot;</extracomment>
        <translation>Cơ quan, tổ chức, đơn vị công tác:</translation>
    </message>
    <message>
        <source>I. SELF-ASSESSMENT</source>
        <extracomment>Official heading (Vietnamese: &quot;I. KẾT QUẢ TỰ ĐÁNH GIÁ&quot;)</extracomment>
        <translation>I. KẾT QUẢ TỰ ĐÁNH GIÁ</translation>
    </message>
    <message>
        <source>1. Political ideology:</source>
        <extracomment>Vietnamese: &quot;1. Chính trị tư tưởng:&quot;</extracomment>
        <translation>1. Chính trị tư tưởng:</translation>
    </message>
    <message>
        <source>2. Ethics and way of life:</source>
        <extracomment>Vietnamese: &quot;2. Đạo đức, lối sống:&quot;</extracomment>
        <translation>2. Đạo đức, lối sống:</translation>
    </message>
    <message>
        <source>3. Working style and manner:</source>
        <extracomment>Vietnamese: &quot;3. Tác phong, lề lối làm việc:&quot;</extracomment>
        <translation>3. Tác phong, lề lối làm việc:</translation>
    </message>
    <message>
        <source>4. Sense of organisation and discipline:</source>
        <extracomment>Vietnamese: &quot;4. Ý thức tổ chức kỷ luật:&quot;</extracomment>
        <translation>4. Ý thức tổ chức kỷ luật:</translation>
    </message>
    <message>
        <source>5. Results of the duties and tasks assigned:</source>
        <extracomment>Vietnamese: &quot;5. Kết quả thực hiện chức trách, nhiệm vụ được giao:&quot;</extracomment>
        <translation>5. Kết quả thực hiện chức trách, nhiệm vụ được giao:</translation>
    </message>
    <message>
        <source>6. Results of the agency, organisation or unit led or managed:</source>
        <extracomment>Vietnamese: &quot;6. Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý:&quot;</extracomment>
        <translation>6. Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý:</translation>
    </message>
    <message>
        <source>7. Capacity to lead and manage:</source>
        <extracomment>Vietnamese: &quot;7. Năng lực lãnh đạo, quản lý:&quot;</extracomment>
        <translation>7. Năng lực lãnh đạo, quản lý:</translation>
    </message>
    <message>
        <source>8. Capacity to gather and unite:</source>
        <extracomment>Vietnamese: &quot;8. Năng lực tập hợp, đoàn kết:&quot;</extracomment>
        <translation>8. Năng lực tập hợp, đoàn kết:</translation>
    </message>
    <message>
        <source>II. SELF-COMMENT AND SELF-RATING</source>
        <extracomment>Official heading (Vietnamese: &quot;II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG&quot;)</extracomment>
        <translation>II. TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG</translation>
    </message>
    <message>
        <source>1. Strengths:</source>
        <extracomment>Vietnamese: &quot;1. Ưu điểm:&quot;</extracomment>
        <translation>1. Ưu điểm:</translation>
    </message>
    <message>
        <source>2. Weaknesses and shortcomings:</source>
        <extracomment>Vietnamese: &quot;2. Hạn chế, khuyết điểm:&quot;</extracomment>
        <translation>2. Hạn chế, khuyết điểm:</translation>
    </message>
    <message>
        <source>3. Self-rating:</source>
        <extracomment>Vietnamese: &quot;3. Tự xếp loại chất lượng:&quot;</extracomment>
        <translation>3. Tự xếp loại chất lượng:</translation>
    </message>
    <message>
        <source>THE PERSON ASSESSED</source>
        <extracomment>Vietnamese: &quot;NGƯỜI TỰ ĐÁNH GIÁ&quot;</extracomment>
        <translation>NGƯỜI TỰ ĐÁNH GIÁ</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <extracomment>Vietnamese: &quot;(Ký, ghi rõ họ tên)&quot;</extracomment>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>III. OPINION OF THE COLLECTIVE AND COMMENTS OF THE DIRECT MANAGER</source>
        <extracomment>Official heading (Vietnamese: &quot;III. Ý KIẾN CỦA TẬP THỂ ĐƠN VỊ VÀ NHẬN XÉT CỦA NGƯỜI QUẢN LÝ TRỰC TIẾP&quot;)</extracomment>
        <translation>III. Ý KIẾN CỦA TẬP THỂ ĐƠN VỊ VÀ NHẬN XÉT CỦA NGƯỜI QUẢN LÝ TRỰC TIẾP</translation>
    </message>
    <message>
        <source>1. Opinion of the collective of the unit:</source>
        <extracomment>Vietnamese: &quot;1. Ý kiến của tập thể đơn vị nơi công tác:&quot;</extracomment>
        <translation>1. Ý kiến của tập thể đơn vị nơi công tác:</translation>
    </message>
    <message>
        <source>2. Comments and evaluation of the direct manager:</source>
        <extracomment>Vietnamese: &quot;2. Nhận xét, đánh giá của người quản lý trực tiếp:&quot;</extracomment>
        <translation>2. Nhận xét, đánh giá của người quản lý trực tiếp:</translation>
    </message>
    <message>
        <source>Proposed level:</source>
        <extracomment>Vietnamese: &quot;Đề xuất mức xếp loại chất lượng:&quot;</extracomment>
        <translation>Đề xuất mức xếp loại chất lượng:</translation>
    </message>
    <message>
        <source>THE DIRECT MANAGER</source>
        <extracomment>Vietnamese: &quot;NGƯỜI NHẬN XÉT&quot;</extracomment>
        <translation>NGƯỜI NHẬN XÉT</translation>
    </message>
    <message>
        <source>(for the competent authority)</source>
        <extracomment>Vietnamese: &quot;(Phần dành cho cấp có thẩm quyền đánh giá)&quot;</extracomment>
        <translation>(Phần dành cho cấp có thẩm quyền đánh giá)</translation>
    </message>
    <message>
        <source>Score: %1/100 points (Decree 335/2025/NĐ-CP)</source>
        <extracomment>%1 is the score (e.g. 87,5); Vietnamese: &quot;Điểm đánh giá: %1/100 điểm (Nghị định 335/2025/NĐ-CP)&quot;</extracomment>
        <translation>Điểm đánh giá: %1/100 điểm (Nghị định 335/2025/NĐ-CP)</translation>
    </message>
    <message>
        <source>level of the score: %1</source>
        <extracomment>%1 is the level the score gives</extracomment>
        <translation>mức xếp loại theo điểm: %1</translation>
    </message>
    <message>
        <source>Final level:</source>
        <extracomment>Vietnamese: &quot;Kết quả đánh giá, xếp loại chất lượng:&quot;</extracomment>
        <translation>Kết quả đánh giá, xếp loại chất lượng:</translation>
    </message>
    <message>
        <source>(Decision or notice No. %1 of %2)</source>
        <extracomment>%1 decision number, %2 its date; Vietnamese: &quot;(Quyết định/Thông báo số %1 ngày %2)&quot;</extracomment>
        <translation>(Quyết định/Thông báo số %1 ngày %2)</translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>THE COMPETENT AUTHORITY</source>
        <extracomment>Vietnamese: &quot;NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ&quot; / &quot;(Ký, ghi rõ họ tên)&quot;</extracomment>
        <translation>NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>Printed on %1 by CongVu</source>
        <extracomment>%1 is the date the form was printed</extracomment>
        <translation>In ngày %1 bằng phần mềm CongVu</translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation>chỉ tạo được tệp PDF khi đã nạp thư viện đồ họa (QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>không khởi tạo được tệp PDF</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>không ghi được tệp PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Evaluation form of %1, %2</source>
        <extracomment>The PDF&apos;s title: %1 full name, %2 year</extracomment>
        <translation>Phiếu đánh giá của %1, năm %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 file path, %2 the system&apos;s reason</extracomment>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>not rated this year</source>
        <translation>Không xếp loại chất lượng</translation>
    </message>
</context>
<context>
    <name>EvaluationFormPreview</name>
    <message>
        <source>Evaluation form of %1, %2</source>
        <extracomment>%1 full name, %2 year</extracomment>
        <translation>Phiếu đánh giá của %1, năm %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>%1 the page shown, %2 how many pages</extracomment>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>No page to show</source>
        <translation>Không có trang nào để hiển thị</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Thu nhỏ (Ctrl+dấu trừ)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>%1 the zoom in percent</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Phóng to (Ctrl+dấu cộng)</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the saved PDF</source>
        <translation>Mở tệp PDF đã lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Pages of the form</source>
        <translation>Các trang của phiếu</translation>
    </message>
    <message>
        <source>Up/Down scroll · PageUp/PageDown: page before/after · Ctrl+plus/minus zoom, Ctrl+0 100 % · Ctrl+S save the PDF · Esc closes</source>
        <translation>Lên/Xuống: cuộn · PageUp/PageDown: trang trước/sau · Ctrl+cộng/trừ: phóng to/thu nhỏ, Ctrl+0: 100 % · Ctrl+S: lưu PDF · Esc: đóng</translation>
    </message>
</context>
<context>
    <name>EvaluationGrid</name>
    <message>
        <source>Evaluation grid</source>
        <translation>Bảng đánh giá</translation>
    </message>
    <message>
        <source>Edit cell</source>
        <translation>Sửa ô</translation>
    </message>
    <message>
        <source>Choose the unit to evaluate</source>
        <translation>Chọn đơn vị cần đánh giá</translation>
    </message>
    <message>
        <source>Nobody to evaluate in this unit for this year</source>
        <translation>Đơn vị không có ai cần đánh giá trong năm này</translation>
    </message>
    <message>
        <source>Nobody matches the search</source>
        <translation>Không có ai khớp với từ khóa tìm kiếm</translation>
    </message>
    <message>
        <source>Choose another unit or year: the grid lists the people in service during the year.</source>
        <translation>Hãy chọn đơn vị hoặc năm khác: bảng liệt kê những người đang công tác trong năm.</translation>
    </message>
    <message>
        <source>Clear the search to see the whole unit.</source>
        <translation>Xóa từ khóa tìm kiếm để xem toàn bộ đơn vị.</translation>
    </message>
</context>
<context>
    <name>EvaluationGridModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Months worked</source>
        <translation>Tháng công tác</translation>
    </message>
    <message>
        <source>Months absent</source>
        <translation>Tháng nghỉ</translation>
    </message>
    <message>
        <source>Maternity</source>
        <translation>Thai sản</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Tự xếp loại</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Max level</source>
        <translation>Mức tối đa</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the level&apos;s name, %2 its abbreviation (HTXSNV, HTTNV, HTNV, KHTNV)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <source>leave cap</source>
        <translation>giới hạn do nghỉ</translation>
    </message>
    <message>
        <source>disciplined</source>
        <translation>bị kỷ luật</translation>
    </message>
    <message>
        <source>above maximum</source>
        <translation>vượt mức tối đa</translation>
    </message>
    <message>
        <source>score differs</source>
        <translation>lệch với điểm</translation>
    </message>
    <message>
        <source>2nd KHTNV in a row</source>
        <translation>KHTNV năm thứ 2 liên tiếp</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>self-assessed</source>
        <translation>đã tự đánh giá</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>đã đề xuất</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>đã quyết định</translation>
    </message>
    <message>
        <source>Not rated this year: no level can be decided</source>
        <translation>Không xếp loại năm này: không thể quyết định mức xếp loại</translation>
    </message>
    <message>
        <source>Above the highest level the rules allow, %1</source>
        <extracomment>%1 the highest level allowed</extracomment>
        <translation>Cao hơn mức cao nhất theo quy định, %1</translation>
    </message>
    <message>
        <source>Decided: reopen the evaluation to change it</source>
        <translation>Đã quyết định: mở lại kết quả đánh giá để sửa</translation>
    </message>
    <message>
        <source>task group</source>
        <translation>nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Enter a whole number of months from 0 to 12</source>
        <translation>Nhập số tháng là số nguyên từ 0 đến 12</translation>
    </message>
    <message>
        <source>months worked</source>
        <translation>số tháng công tác</translation>
    </message>
    <message>
        <source>months absent</source>
        <translation>số tháng nghỉ</translation>
    </message>
    <message>
        <source>Enter 1 (maternity leave) or 0</source>
        <translation>Nhập 1 (nghỉ thai sản) hoặc 0</translation>
    </message>
    <message>
        <source>maternity leave</source>
        <translation>nghỉ thai sản</translation>
    </message>
    <message>
        <source>score</source>
        <translation>điểm</translation>
    </message>
    <message>
        <source>Enter a score from 0 to 100 with at most one decimal</source>
        <translation>Nhập điểm từ 0 đến 100, tối đa một chữ số thập phân</translation>
    </message>
    <message>
        <source>Type X/1 (HTXSNV), T/2 (HTTNV), H/3 (HTNV) or K/4 (KHTNV); Delete clears</source>
        <translation>Gõ X/1 (HTXSNV), T/2 (HTTNV), H/3 (HTNV) hoặc K/4 (KHTNV); Delete để xóa</translation>
    </message>
    <message>
        <source>self level</source>
        <translation>mức tự xếp loại</translation>
    </message>
    <message>
        <source>proposed level</source>
        <translation>mức đề xuất</translation>
    </message>
    <message>
        <source>The change cannot be undone</source>
        <translation>Không thể hoàn tác thay đổi này</translation>
    </message>
    <message>
        <source>Cannot undo %1: %2</source>
        <extracomment>%1 the change, %2 why it cannot be undone</extracomment>
        <translation>Không hoàn tác được %1: %2</translation>
    </message>
</context>
<context>
    <name>EvaluationLockIcon</name>
    <message>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
</context>
<context>
    <name>EvaluationPersonPanel</name>
    <message>
        <source>Choose a person in the grid</source>
        <translation>Chọn một người trong bảng</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <extracomment>%1 staff code, %2 category, %3 unit code, %4 task group</extracomment>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>%1 workflow status</extracomment>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <source>Highest level allowed: %1</source>
        <extracomment>%1 the highest level the rules allow</extracomment>
        <translation>Mức cao nhất được xếp: %1</translation>
    </message>
    <message>
        <source>Decided: %1 — %2 of %3</source>
        <extracomment>%1 level, %2 decision number, %3 date YYYY-MM-DD</extracomment>
        <translation>Đã quyết định: %1 — số %2 ngày %3</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <extracomment>%1 why a level above the rules&apos; maximum was decided</extracomment>
        <translation>Vượt mức: %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Quy định</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Quy trình</translation>
    </message>
    <message>
        <source>→ %1</source>
        <extracomment>%1 the workflow status to move to</extracomment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Quyết định…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <source>Form…</source>
        <translation>Phiếu đánh giá…</translation>
    </message>
    <message>
        <source>Period scores</source>
        <translation>Điểm theo kỳ</translation>
    </message>
    <message>
        <source>View form</source>
        <translation>Xem phiếu</translation>
    </message>
    <message>
        <source>Ctrl+P: the form as printed, to save as PDF</source>
        <translation>Ctrl+P: xem phiếu như khi in, để lưu thành PDF</translation>
    </message>
</context>
<context>
    <name>EvaluationReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EvaluationRecordExport</name>
    <message>
        <source>Evaluations %1</source>
        <extracomment>the name of the sheet of the evaluations workbook (at most 31 characters); %1 is the year</extracomment>
        <translation>Đánh giá %1</translation>
    </message>
</context>
<context>
    <name>EvaluationRules</name>
    <message numerus="yes">
        <source>Worked %n month(s) in the year, under 6 and not on maternity leave: not rated (%1)</source>
        <extracomment>%n months worked, %1 article and instrument</extracomment>
        <translation>
            <numerusform>Công tác %n tháng trong năm, dưới 6 tháng và không nghỉ thai sản: không xếp loại (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) of lawful leave (3 to under 6): at most %1 (%2)</source>
        <extracomment>%n months of leave, %1 level, %2 article and instrument</extracomment>
        <translation>
            <numerusform>Nghỉ theo quy định %n tháng (từ 3 đến dưới 6 tháng): tối đa %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>A discipline decision takes effect in the year: %1 (%2)</source>
        <extracomment>%1 level, %2 article and instrument</extracomment>
        <translation>Có quyết định kỷ luật có hiệu lực trong năm: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is higher than the highest level the rules allow, %2</source>
        <extracomment>%1 decided level, %2 highest level allowed</extracomment>
        <translation>%1 cao hơn mức cao nhất theo quy định, %2</translation>
    </message>
    <message>
        <source>%1 differs from the level of the score %2, %3 (%4)</source>
        <extracomment>%1 decided level, %2 score, %3 level of the score, %4 article and instrument</extracomment>
        <translation>%1 khác với mức xếp loại theo điểm %2 là %3 (%4)</translation>
    </message>
    <message>
        <source>Second consecutive year not completed: dismissal from post or removal from duty (miễn nhiệm, cho thôi làm nhiệm vụ) (%1)</source>
        <extracomment>%1 article and instrument</extracomment>
        <translation>Hai năm liên tiếp không hoàn thành nhiệm vụ: miễn nhiệm, cho thôi làm nhiệm vụ (%1)</translation>
    </message>
    <message>
        <source>UNSURE: the article under Luật Cán bộ, công chức 80/2025/QH15 is not confirmed</source>
        <translation>CHƯA XÁC MINH: chưa xác định được điều khoản tương ứng của Luật Cán bộ, công chức 80/2025/QH15</translation>
    </message>
    <message>
        <source>Second consecutive year not completed: the agency dismisses the civil servant (cho thôi việc), not while under discipline review or prosecution, nor a woman pregnant or raising a child under 36 months unless she asks (%1)</source>
        <extracomment>%1 article and instrument</extracomment>
        <translation>Hai năm liên tiếp không hoàn thành nhiệm vụ: cơ quan cho thôi việc đối với công chức, trừ khi đang trong thời gian xem xét kỷ luật hoặc bị truy cứu trách nhiệm hình sự, hoặc là lao động nữ đang mang thai, nuôi con dưới 36 tháng tuổi mà không tự nguyện xin thôi việc (%1)</translation>
    </message>
    <message>
        <source>Second consecutive year not completed: the unit may end the working contract unilaterally, with 45 days&apos; notice (indefinite term) or 30 days&apos; notice (fixed term) (%1)</source>
        <extracomment>%1 article and instrument</extracomment>
        <translation>Hai năm liên tiếp không hoàn thành nhiệm vụ: đơn vị được đơn phương chấm dứt hợp đồng làm việc, báo trước 45 ngày (hợp đồng không xác định thời hạn) hoặc 30 ngày (hợp đồng xác định thời hạn) (%1)</translation>
    </message>
    <message>
        <source>UNSURE: the article under Luật Viên chức 129/2025/QH15 is not confirmed</source>
        <translation>CHƯA XÁC MINH: chưa xác định được điều khoản tương ứng của Luật Viên chức 129/2025/QH15</translation>
    </message>
    <message>
        <source>Second consecutive year not completed: no legal consequence is known for %1 (UNSURE)</source>
        <extracomment>%1 staff category</extracomment>
        <translation>Hai năm liên tiếp không hoàn thành nhiệm vụ: chưa xác định được hệ quả pháp lý đối với %1 (CHƯA XÁC MINH)</translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>the staff code is required</source>
        <translation>thiếu mã cán bộ</translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation>không tìm thấy mã cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 is already on line %3</source>
        <extracomment>%1 staff code, %2 year, %3 line</extracomment>
        <translation>kết quả đánh giá năm %2 của %1 đã có ở dòng %3</translation>
    </message>
    <message>
        <source>the transaction could not be started</source>
        <translation>không bắt đầu được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>the evaluation could not be written</source>
        <translation>không ghi được kết quả đánh giá</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>cannot read the evaluations: %1</source>
        <translation>không đọc được kết quả đánh giá: %1</translation>
    </message>
    <message>
        <source>the year must be from 2015 to 2100</source>
        <translation>năm phải từ 2015 đến 2100</translation>
    </message>
    <message>
        <source>the rate must be a share from 0 to 1, such as 0.2</source>
        <translation>tỷ lệ phải là số từ 0 đến 1, ví dụ 0.2</translation>
    </message>
    <message>
        <source>cannot save the rate: %1</source>
        <translation>không lưu được tỷ lệ: %1</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the decision recognising the unit as outstanding is required</source>
        <translation>thiếu quyết định công nhận đơn vị nổi trội</translation>
    </message>
    <message>
        <source>cannot record the exception: %1</source>
        <translation>không ghi nhận được ngoại lệ: %1</translation>
    </message>
    <message>
        <source>the unit %1 does not exist on 31/12/%2</source>
        <translation>đơn vị %1 không tồn tại vào ngày 31/12/%2</translation>
    </message>
    <message>
        <source>the unit %1 does not exist on 31/12/%2: its people belong to %3</source>
        <translation>đơn vị %1 không tồn tại vào ngày 31/12/%2: người của đơn vị này thuộc %3</translation>
    </message>
    <message>
        <source>only the %1 rating may use the ND 90/2020 criteria (khoản 1 Điều 20 Nghị định 233/2026/NĐ-CP)</source>
        <extracomment>%1 year</extracomment>
        <translation>chỉ kỳ đánh giá năm %1 được áp dụng tiêu chí của NĐ 90/2020 (khoản 1 Điều 20 Nghị định 233/2026/NĐ-CP)</translation>
    </message>
    <message>
        <source>cannot save the setting: %1</source>
        <extracomment>%1 the storage error</extracomment>
        <translation>không lưu được cài đặt: %1</translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 was decided on %3 by decision %4: reopen it first</source>
        <extracomment>%1 staff code, %2 year, %3 decision date, %4 decision number</extracomment>
        <translation>kết quả đánh giá năm %2 của %1 đã được quyết định ngày %3 theo quyết định %4: hãy mở lại trước</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>ngày không xác định</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(không số)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 what could not be done, %2 the reason</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the year must be from %1 to %2</source>
        <extracomment>%1 first year, %2 last year</extracomment>
        <translation>năm phải từ %1 đến %2</translation>
    </message>
    <message>
        <source>the months worked must be from 0 to 12</source>
        <translation>số tháng công tác phải từ 0 đến 12</translation>
    </message>
    <message>
        <source>the months of leave must be from 0 to 12</source>
        <translation>số tháng nghỉ phải từ 0 đến 12</translation>
    </message>
    <message>
        <source>the months of leave (%1) cannot exceed the months worked (%2)</source>
        <extracomment>%1 months of leave, %2 months worked</extracomment>
        <translation>số tháng nghỉ (%1) không được vượt quá số tháng công tác (%2)</translation>
    </message>
    <message>
        <source>the score must be from 0 to 100, with at most one decimal</source>
        <translation>điểm phải từ 0 đến 100, tối đa một chữ số thập phân</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;</source>
        <translation>không có mức xếp loại &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the evaluation</source>
        <translation>không đọc được kết quả đánh giá</translation>
    </message>
    <message>
        <source>the evaluation is self-assessed: move it back to draft before clearing the level</source>
        <translation>kết quả đánh giá đang ở bước đã tự đánh giá: hãy chuyển về nháp trước khi xóa mức xếp loại</translation>
    </message>
    <message>
        <source>the evaluation is proposed: move it back to draft before clearing the level</source>
        <translation>kết quả đánh giá đang ở bước đã đề xuất: hãy chuyển về nháp trước khi xóa mức xếp loại</translation>
    </message>
    <message>
        <source>cannot save the evaluation</source>
        <translation>không lưu được kết quả đánh giá</translation>
    </message>
    <message>
        <source>there is no evaluation of %1 for %2</source>
        <extracomment>%1 staff code, %2 year</extracomment>
        <translation>chưa có kết quả đánh giá năm %2 của %1</translation>
    </message>
    <message>
        <source>cannot remove the evaluation</source>
        <translation>không xóa được kết quả đánh giá</translation>
    </message>
    <message>
        <source>cannot save the form</source>
        <translation>không lưu được phiếu đánh giá</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>không có tình trạng &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an evaluation is decided by recording the decision (level, number and date)</source>
        <translation>kết quả đánh giá chỉ được quyết định bằng cách ghi quyết định (mức xếp loại, số và ngày)</translation>
    </message>
    <message>
        <source>there is no evaluation of %1 for %2: save it first</source>
        <extracomment>%1 staff code, %2 year</extracomment>
        <translation>chưa có kết quả đánh giá năm %2 của %1: hãy lưu trước</translation>
    </message>
    <message>
        <source>the person assesses themselves before a level is proposed</source>
        <translation>người được đánh giá phải tự đánh giá trước khi đề xuất mức xếp loại</translation>
    </message>
    <message>
        <source>the workflow moves forward one step at a time</source>
        <translation>quy trình chỉ chuyển tiếp từng bước một</translation>
    </message>
    <message>
        <source>an evaluation can only be moved back to draft</source>
        <translation>kết quả đánh giá chỉ được chuyển lùi về nháp</translation>
    </message>
    <message>
        <source>the self-assessed level is required</source>
        <translation>thiếu mức tự xếp loại</translation>
    </message>
    <message>
        <source>the proposed level is required</source>
        <translation>thiếu mức đề xuất</translation>
    </message>
    <message>
        <source>a level must be proposed before the decision</source>
        <translation>phải có mức đề xuất trước khi quyết định</translation>
    </message>
    <message>
        <source>the final level is required</source>
        <translation>thiếu kết quả xếp loại</translation>
    </message>
    <message>
        <source>the number of the decision or notice is required</source>
        <translation>thiếu số quyết định hoặc thông báo</translation>
    </message>
    <message>
        <source>the date of the decision is required</source>
        <translation>thiếu ngày quyết định</translation>
    </message>
    <message>
        <source>the decision cannot be dated before the year it rates, %1</source>
        <extracomment>%1 the year rated</extracomment>
        <translation>ngày quyết định không được trước năm được đánh giá, %1</translation>
    </message>
    <message>
        <source>the decision cannot be dated in the future</source>
        <translation>ngày quyết định không được sau ngày hiện tại</translation>
    </message>
    <message>
        <source>%1; to decide it anyway, give the reason for the override</source>
        <extracomment>%1 the rules with their articles</extracomment>
        <translation>%1; nếu vẫn quyết định, hãy nêu lý do vượt mức</translation>
    </message>
    <message>
        <source>cannot record the decision</source>
        <translation>không ghi được quyết định</translation>
    </message>
    <message>
        <source>the reason for reopening a decided evaluation is required</source>
        <translation>thiếu lý do mở lại kết quả đánh giá đã quyết định</translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 is not decided</source>
        <extracomment>%1 staff code, %2 year</extracomment>
        <translation>kết quả đánh giá năm %2 của %1 chưa được quyết định</translation>
    </message>
    <message>
        <source>cannot reopen the evaluation</source>
        <translation>không mở lại được kết quả đánh giá</translation>
    </message>
    <message>
        <source>cannot save the score</source>
        <translation>không lưu được điểm</translation>
    </message>
    <message>
        <source>cannot read the evaluations</source>
        <translation>không đọc được kết quả đánh giá</translation>
    </message>
    <message>
        <source>cannot copy the task groups</source>
        <translation>không sao chép được nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>cannot read the exception</source>
        <translation>không đọc được ngoại lệ</translation>
    </message>
    <message>
        <source>no exception is recorded for %1 in %2</source>
        <extracomment>%1 unit code, %2 year</extracomment>
        <translation>chưa ghi nhận ngoại lệ của %1 năm %2</translation>
    </message>
    <message>
        <source>cannot remove the exception</source>
        <translation>không xóa được ngoại lệ</translation>
    </message>
</context>
<context>
    <name>EvaluationSummaryPdf</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation>ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <source>No.: ……/BC</source>
        <translation>Số: ……/BC</translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>ON THE QUALITY EVALUATION AND RATING OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES</source>
        <extracomment>Vietnamese: &quot;KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC&quot;</extracomment>
        <translation>Kết quả đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>(year %1)</source>
        <translation>(năm %1)</translation>
    </message>
    <message>
        <source>(%1, year %2)</source>
        <translation>(%1, năm %2)</translation>
    </message>
    <message>
        <source>Basis: Decree 90/2020/NĐ-CP (amended by Decree 48/2023/NĐ-CP); Decree 335/2025/NĐ-CP for civil servants and Decree 233/2026/NĐ-CP for public employees from the 2026 rating; Regulation 366-QĐ/TW on the share of &quot;excellent&quot;.</source>
        <translation>Căn cứ: Nghị định 90/2020/NĐ-CP (được sửa đổi bởi Nghị định 48/2023/NĐ-CP); Nghị định 335/2025/NĐ-CP đối với công chức và Nghị định 233/2026/NĐ-CP đối với viên chức từ kỳ đánh giá năm 2026; Quy định 366-QĐ/TW về tỷ lệ &quot;hoàn thành xuất sắc nhiệm vụ&quot;.</translation>
    </message>
    <message>
        <source>I. Overall</source>
        <translation>I. Tình hình chung</translation>
    </message>
    <message>
        <source>People with an evaluation: &lt;b&gt;%1&lt;/b&gt;; rated: &lt;b&gt;%2&lt;/b&gt;; not rated (under 6 months of work): &lt;b&gt;%3&lt;/b&gt;; not decided yet: &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>Số người được đánh giá: &lt;b&gt;%1&lt;/b&gt;; được xếp loại: &lt;b&gt;%2&lt;/b&gt;; không xếp loại (công tác dưới 6 tháng): &lt;b&gt;%3&lt;/b&gt;; chưa có kết quả: &lt;b&gt;%4&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Total decided</source>
        <translation>Tổng số đã có kết quả</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức xếp loại</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>II. Levels by unit and task group, and the cap on &quot;excellent&quot;</source>
        <translation>II. Kết quả xếp loại theo đơn vị, nhóm nhiệm vụ và giới hạn tỷ lệ &quot;hoàn thành xuất sắc&quot;</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>vượt</translation>
    </message>
    <message>
        <source>within</source>
        <translation>không vượt</translation>
    </message>
    <message>
        <source>25%, decision %1</source>
        <extracomment>the unit may rate up to 25% excellent; %1 the decision recognising it</extracomment>
        <translation>25%, quyết định %1</translation>
    </message>
    <message>
        <source>25% exception</source>
        <translation>Ngoại lệ 25%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Số tối đa</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>No decided evaluation.</source>
        <translation>Chưa có kết quả đánh giá nào được quyết định.</translation>
    </message>
    <message>
        <source>Limit: the largest number of &quot;excellent&quot; allowed, %1 of the number rated &quot;good&quot; in the unit and task group, rounded down; a unit recognised as outstanding may go up to 25%. Groups over the cap are shaded.</source>
        <translation>Số tối đa: số &quot;hoàn thành xuất sắc&quot; lớn nhất được phép, bằng %1 số được xếp loại &quot;hoàn thành tốt&quot; trong đơn vị và nhóm nhiệm vụ, làm tròn xuống; đơn vị được đánh giá nổi trội được tới 25%. Các nhóm vượt giới hạn được tô nền.</translation>
    </message>
    <message>
        <source>III. People whose evaluation needs attention</source>
        <translation>III. Những trường hợp cần lưu ý</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>chưa có kết quả</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Highest allowed</source>
        <translation>Mức tối đa</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation>chỉ tạo được tệp PDF khi đã nạp thư viện đồ họa (QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>không khởi tạo được tệp PDF</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>không ghi được tệp PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Evaluations, %1</source>
        <translation>Kết quả đánh giá, xếp loại năm %1</translation>
    </message>
</context>
<context>
    <name>EvaluationText</name>
    <message>
        <source>Evaluations of %1</source>
        <translation>Kết quả đánh giá, xếp loại năm %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Task group</source>
        <translation>Nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Số tối đa</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Giới hạn</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>vượt</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>People with flags:</source>
        <translation>Những người cần lưu ý:</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>chưa có kết quả</translation>
    </message>
    <message>
        <source>%1 people evaluated; %2 of %3 group(s) over the cap on excellent</source>
        <extracomment>%1 people, %2 groups over the cap, %3 groups</extracomment>
        <translation>%1 người được đánh giá; %2/%3 nhóm vượt giới hạn HTXSNV</translation>
    </message>
</context>
<context>
    <name>EvaluationsPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>ND 90/2020, ND 335/2025, ND 233/2026</source>
        <translation>NĐ 90/2020, NĐ 335/2025, NĐ 233/2026</translation>
    </message>
    <message>
        <source>%1 / %2 decided</source>
        <extracomment>%1 people decided, %2 people in the grid</extracomment>
        <translation>Đã quyết định %1/%2</translation>
    </message>
    <message>
        <source>Summary (PDF)</source>
        <translation>Tổng hợp (PDF)</translation>
    </message>
    <message>
        <source>Summary (CSV)</source>
        <translation>Tổng hợp (CSV)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translation>Chọn đơn vị…</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Search name, code, task group</source>
        <translation>Tìm theo tên, mã, nhóm nhiệm vụ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Copy task groups of %1</source>
        <extracomment>%1 the previous year</extracomment>
        <translation>Sao chép nhóm nhiệm vụ năm %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Ctrl+Z: %1</source>
        <extracomment>%1 the change undone (staff code: field)</extracomment>
        <translation>Ctrl+Z: %1</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Lưu ý:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 flag, %2 how many people</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Arrows move · Tab/Enter: next cell/row · levels: X/1 HTXSNV, T/2 HTTNV, H/3 HTNV, K/4 KHTNV · Delete clears · type or F2 to edit, Esc cancels · Space: maternity · Ctrl+Z undo · Ctrl+F search</source>
        <translation>Phím mũi tên: di chuyển · Tab/Enter: ô/dòng tiếp theo · mức xếp loại: X/1 HTXSNV, T/2 HTTNV, H/3 HTNV, K/4 KHTNV · Delete: xóa · gõ hoặc F2 để sửa, Esc để hủy · Space: thai sản · Ctrl+Z: hoàn tác · Ctrl+F: tìm kiếm</translation>
    </message>
    <message>
        <source>Reopen the evaluation</source>
        <translation>Mở lại kết quả đánh giá</translation>
    </message>
    <message>
        <source>The decided level is unlocked for correction. Why? (kept in the audit trail)</source>
        <translation>Mức xếp loại đã quyết định sẽ được mở khóa để sửa. Lý do? (được lưu vào nhật ký thay đổi)</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Lý do mở lại</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Save the evaluation form</source>
        <translation>Lưu phiếu đánh giá</translation>
    </message>
    <message>
        <source>Save the evaluation summary</source>
        <translation>Lưu báo cáo tổng hợp kết quả đánh giá</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>The unit&apos;s evaluations of the year, in the columns the evaluations import reads (.xlsx)</source>
        <translation>Kết quả đánh giá của đơn vị trong năm, theo các cột của tệp nhập kết quả đánh giá (.xlsx)</translation>
    </message>
    <message>
        <source>Export the evaluations to Excel</source>
        <translation>Xuất kết quả đánh giá ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The file was refused. Nothing was written.</source>
        <translation>Tệp bị từ chối. Không ghi được gì.</translation>
    </message>
    <message>
        <source>The database could not be written: %1. Nothing was written.</source>
        <translation>Lỗi ghi cơ sở dữ liệu: %1. Không ghi được gì.</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 rejected. Nothing was written.</source>
        <translation>Đã kiểm tra %1 dòng: %2 dòng bị loại. Chưa ghi gì.</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 new, %3 changed, %4 unchanged. The file can be imported.</source>
        <translation>Đã kiểm tra %1 dòng: %2 mới, %3 thay đổi, %4 không đổi. Có thể nhập tệp này.</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 changed, %4 unchanged, %5 rejected.</source>
        <translation>Đã nhập %1 dòng: %2 mới, %3 thay đổi, %4 không đổi, %5 bị loại.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected. Nothing was written.</source>
        <translation>
            <numerusform>%n dòng bị loại. Không ghi được gì.</numerusform>
        </translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>chưa chọn tệp</translation>
    </message>
    <message>
        <source>The archive was not imported: %1</source>
        <translation>Chưa nhập được tệp lưu trữ: %1</translation>
    </message>
    <message>
        <source>Nothing to write: this database already holds the archive.</source>
        <translation>Không có gì để ghi: cơ sở dữ liệu này đã có đầy đủ dữ liệu của tệp lưu trữ.</translation>
    </message>
    <message numerus="yes">
        <source>Archive imported: %n record(s) added or completed.</source>
        <translation>
            <numerusform>Đã nhập tệp lưu trữ: thêm mới hoặc bổ sung %n bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed: %1. Nothing was written.</source>
        <translation>Không được phép: %1. Chưa ghi gì.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Read a units or staff list kept in a spreadsheet (CSV or XLSX). Every row is checked first: a file with a bad row writes nothing, and every bad row is listed below.</source>
        <translation>Nhập danh sách đơn vị hoặc cán bộ đang lưu trong bảng tính (CSV hoặc XLSX). Mọi dòng đều được kiểm tra trước: tệp có dòng sai thì không ghi gì, và mọi dòng sai đều được liệt kê bên dưới.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation>Đường dẫn tệp .csv hoặc .xlsx</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Read and check every row without writing anything</source>
        <translation>Đọc và kiểm tra mọi dòng, không ghi gì</translation>
    </message>
    <message>
        <source>Nothing was written: fix the file and import again, or import only the valid rows.</source>
        <translation>Không ghi được gì: hãy sửa tệp rồi nhập lại, hoặc chỉ nhập các dòng hợp lệ.</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>Chỉ nhập các dòng hợp lệ</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <extracomment>%n is the number of problems found in the file</extracomment>
        <translation>
            <numerusform>Phát hiện %n lỗi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Chọn tệp để nhập</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Bảng tính (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Read a records archive (.cvarchive) sent by a commune or kept from a closed year. Preview it first: what it would add or complete, and every conflict with this database (never overwritten). Nothing is written until you accept.</source>
        <translation>Nhập tệp lưu trữ hồ sơ (.cvarchive) do xã gửi lên hoặc được lưu từ năm đã khóa sổ. Hãy xem trước: những gì sẽ được thêm mới hoặc bổ sung, và mọi xung đột với cơ sở dữ liệu này (không bao giờ bị ghi đè). Chưa ghi gì cho đến khi bạn chấp nhận.</translation>
    </message>
    <message>
        <source>Records archive (.cvarchive)</source>
        <translation>Tệp lưu trữ hồ sơ (.cvarchive)</translation>
    </message>
    <message>
        <source>Path of a .cvarchive file</source>
        <translation>Đường dẫn tệp .cvarchive</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Read the archive and show what it would add, change or leave, and every conflict, without writing anything</source>
        <translation>Đọc tệp lưu trữ và cho biết những gì sẽ được thêm mới, bổ sung hoặc giữ nguyên, cùng mọi xung đột, không ghi gì</translation>
    </message>
    <message>
        <source>Records archives (*.cvarchive)</source>
        <translation>Tệp lưu trữ hồ sơ (*.cvarchive)</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>duplicate code &quot;%1&quot; (already on line %2)</source>
        <translation>trùng mã &quot;%1&quot; (đã có ở dòng %2)</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>IssueRow</name>
    <message>
        <source>Line %1</source>
        <extracomment>%1 is a line number of the imported file</extracomment>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>CongVu — log in</source>
        <translation>CongVu — đăng nhập</translation>
    </message>
    <message>
        <source>This office&apos;s records are personal data: log in to open them.</source>
        <translation>Hồ sơ của cơ quan là dữ liệu cá nhân: hãy đăng nhập để mở.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên người dùng</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Database: %1</source>
        <extracomment>%1 is the path of the database file</extracomment>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Version %1</source>
        <extracomment>%1 is the program&apos;s version number</extracomment>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>Registry of cadres, civil servants and public employees</source>
        <translation>Quản lý cán bộ, công chức, viên chức</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Văn hóa</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Đào tạo</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>the year-end emulation review (Vietnamese: &quot;Bình xét thi đua&quot;)</extracomment>
        <translation>Bình xét thi đua</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <comment>navigation entry, short</comment>
        <extracomment>the change log (Vietnamese: &quot;Nhật ký thay đổi&quot;)</extracomment>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>User: %1</source>
        <extracomment>%1 is who is logged in and their role</extracomment>
        <translation>Người dùng: %1</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>PeriodScore</name>
    <message>
        <source>the year must be from 2000 to 2100</source>
        <translation>năm phải từ 2000 đến 2100</translation>
    </message>
    <message>
        <source>the period must be a month or a quarter</source>
        <translation>kỳ phải là tháng hoặc quý</translation>
    </message>
    <message>
        <source>the month must be from 1 to 12</source>
        <translation>tháng phải từ 1 đến 12</translation>
    </message>
    <message>
        <source>the quarter must be from 1 to 4</source>
        <translation>quý phải từ 1 đến 4</translation>
    </message>
    <message>
        <source>the general criteria are worth 0 to 30 points (ND 335/2025)</source>
        <translation>điểm tiêu chí chung phải từ 0 đến 30 (NĐ 335/2025)</translation>
    </message>
    <message>
        <source>task %1: the product or task needs a title</source>
        <translation>nhiệm vụ %1: thiếu tên sản phẩm, nhiệm vụ</translation>
    </message>
    <message>
        <source>task %1: the number assigned must be from 1 to %2</source>
        <translation>nhiệm vụ %1: số lượng được giao phải từ 1 đến %2</translation>
    </message>
    <message>
        <source>task %1: the number completed must be from 0 to the number assigned</source>
        <translation>nhiệm vụ %1: số lượng hoàn thành phải từ 0 đến số lượng được giao</translation>
    </message>
    <message>
        <source>task %1: quality errors are counted per completed product (0 to the number completed)</source>
        <translation>nhiệm vụ %1: lỗi chất lượng được tính theo từng sản phẩm đã hoàn thành (từ 0 đến số lượng hoàn thành)</translation>
    </message>
    <message>
        <source>task %1: delays are counted per completed product (0 to the number completed)</source>
        <translation>nhiệm vụ %1: chậm tiến độ được tính theo từng sản phẩm đã hoàn thành (từ 0 đến số lượng hoàn thành)</translation>
    </message>
    <message>
        <source>task %1: the excused failures (objective causes) cannot exceed the quality errors and delays</source>
        <translation>nhiệm vụ %1: số trường hợp không bị trừ điểm (do nguyên nhân khách quan) không được vượt quá tổng số lỗi chất lượng và chậm tiến độ</translation>
    </message>
    <message>
        <source>task %1: the weight must be from 1 to %2</source>
        <translation>nhiệm vụ %1: trọng số phải từ 1 đến %2</translation>
    </message>
    <message>
        <source>%1 overlaps %2, already recorded for this year</source>
        <translation>%1 trùng với %2 đã ghi nhận trong năm này</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
</context>
<context>
    <name>PeriodScoresDialog</name>
    <message>
        <source>Monthly and quarterly scores of %1, %2 (ND 335/2025)</source>
        <extracomment>%1 is a person&apos;s name, %2 the year</extracomment>
        <translation>Điểm theo tháng, quý của %1, năm %2 (NĐ 335/2025)</translation>
    </message>
    <message>
        <source>Monthly and quarterly scores, %1 (ND 335/2025)</source>
        <translation>Điểm theo tháng, quý năm %1 (NĐ 335/2025)</translation>
    </message>
    <message>
        <source>The evaluation of this year is decided: reopen it on the Evaluations page to change its periods.</source>
        <translation>Kết quả đánh giá năm này đã được quyết định: hãy mở lại ở trang Đánh giá để sửa các kỳ.</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Yearly score: %1 — %2</source>
        <extracomment>%1 is the yearly score, %2 its level</extracomment>
        <translation>Điểm cả năm: %1 — %2</translation>
    </message>
    <message>
        <source>Yearly score: none yet (no period with tasks)</source>
        <translation>Điểm cả năm: chưa có (chưa có kỳ nào có nhiệm vụ)</translation>
    </message>
    <message>
        <source>Score on the evaluation: %1</source>
        <translation>Điểm trong kết quả đánh giá: %1</translation>
    </message>
    <message>
        <source>No score on the evaluation yet</source>
        <translation>Kết quả đánh giá chưa có điểm</translation>
    </message>
    <message>
        <source>Write to the evaluation</source>
        <translation>Ghi vào kết quả đánh giá</translation>
    </message>
    <message>
        <source>Weighting of the periods</source>
        <translation>Trọng số của các kỳ</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Các kỳ</translation>
    </message>
    <message>
        <source>New month</source>
        <translation>Thêm tháng</translation>
    </message>
    <message>
        <source>New quarter</source>
        <translation>Thêm quý</translation>
    </message>
    <message>
        <source>Public-service culture from the inspections of the year: %1 points (part of the 30 general points)</source>
        <translation>Văn hóa công vụ theo các đợt kiểm tra trong năm: %1 điểm (thuộc 30 điểm tiêu chí chung)</translation>
    </message>
    <message>
        <source>No period recorded for this year.</source>
        <translation>Chưa ghi nhận kỳ nào trong năm này.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Tiêu chí chung</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>không có nhiệm vụ</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>New period: %1</source>
        <translation>Kỳ mới: %1</translation>
    </message>
    <message>
        <source>Month or quarter</source>
        <translation>Tháng hoặc quý</translation>
    </message>
    <message>
        <source>Number of the month or quarter</source>
        <translation>Số thứ tự của tháng hoặc quý</translation>
    </message>
    <message>
        <source>General criteria (0–30)</source>
        <translation>Tiêu chí chung (0–30)</translation>
    </message>
    <message>
        <source>General criteria points</source>
        <translation>Điểm tiêu chí chung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tasks (70 points, shared by weight): each major quality error or delay takes 25% of one product&apos;s points; failures with an objective cause confirmed by the competent authority are excused.</source>
        <translation>Nhiệm vụ (70 điểm, chia theo trọng số): mỗi lỗi lớn về chất lượng hoặc mỗi lần chậm tiến độ bị trừ 25% số điểm của một sản phẩm; trường hợp do nguyên nhân khách quan được cấp có thẩm quyền xác nhận thì không bị trừ điểm.</translation>
    </message>
    <message>
        <source>Product or task</source>
        <translation>Sản phẩm, nhiệm vụ</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Được giao</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Quality errors</source>
        <translation>Lỗi chất lượng</translation>
    </message>
    <message>
        <source>Delays</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Không trừ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Title of the product or task</source>
        <translation>Tên sản phẩm, nhiệm vụ</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Excused (objective causes)</source>
        <translation>Không trừ (nguyên nhân khách quan)</translation>
    </message>
    <message>
        <source>Remove task %1</source>
        <translation>Bỏ nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>General %1 + tasks %2 = %3 — %4</source>
        <extracomment>%1 general points, %2 task points, %3 total, %4 the level</extracomment>
        <translation>Tiêu chí chung %1 + nhiệm vụ %2 = %3 — %4</translation>
    </message>
    <message>
        <source>No score until a task is recorded</source>
        <translation>Chưa có điểm cho đến khi ghi nhận nhiệm vụ</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>Lưu kỳ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>an administrator</source>
        <translation>quản trị viên</translation>
    </message>
    <message>
        <source>HR officer</source>
        <translation>cán bộ tổ chức</translation>
    </message>
    <message>
        <source>an HR officer</source>
        <translation>cán bộ tổ chức</translation>
    </message>
    <message>
        <source>unit manager</source>
        <translation>lãnh đạo đơn vị</translation>
    </message>
    <message>
        <source>a unit manager</source>
        <translation>lãnh đạo đơn vị</translation>
    </message>
    <message>
        <source>council member</source>
        <translation>thành viên Hội đồng</translation>
    </message>
    <message>
        <source>a council member</source>
        <translation>thành viên Hội đồng</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>người xem</translation>
    </message>
    <message>
        <source>a viewer</source>
        <translation>người xem</translation>
    </message>
    <message>
        <source>read staff records</source>
        <translation>xem hồ sơ cán bộ</translation>
    </message>
    <message>
        <source>change staff records</source>
        <translation>sửa hồ sơ cán bộ</translation>
    </message>
    <message>
        <source>change the units</source>
        <translation>sửa danh sách đơn vị</translation>
    </message>
    <message>
        <source>change the title standards and reference data</source>
        <translation>sửa tiêu chuẩn chức danh và dữ liệu danh mục</translation>
    </message>
    <message>
        <source>enter evaluations</source>
        <translation>nhập kết quả đánh giá</translation>
    </message>
    <message>
        <source>decide evaluation results</source>
        <translation>quyết định kết quả đánh giá</translation>
    </message>
    <message>
        <source>record discipline decisions</source>
        <translation>ghi nhận quyết định kỷ luật</translation>
    </message>
    <message>
        <source>record public-service culture checks</source>
        <translation>ghi nhận kết quả kiểm tra văn hóa công vụ</translation>
    </message>
    <message>
        <source>change training plans and enrolments</source>
        <translation>sửa kế hoạch đào tạo, bồi dưỡng và các lượt cử học</translation>
    </message>
    <message>
        <source>record review decisions</source>
        <translation>ghi nhận quyết định bình xét thi đua</translation>
    </message>
    <message>
        <source>close or reopen a year</source>
        <translation>khóa sổ hoặc mở lại một năm</translation>
    </message>
    <message>
        <source>import files</source>
        <translation>nhập dữ liệu từ tệp</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>xuất dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>xem nhật ký thay đổi</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>quản lý người dùng</translation>
    </message>
    <message>
        <source>change the office settings</source>
        <translation>thay đổi cài đặt của cơ quan</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>thao tác &quot;%1&quot; không hợp lệ</translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <extracomment>%1 is a role with its article (&quot;a viewer&quot;), %2 an action (&quot;change staff records&quot;)</extracomment>
        <translation>%1 không được %2</translation>
    </message>
    <message>
        <source>%1 may %2 only in their own unit and its sub-units</source>
        <extracomment>%1 is a role with its article (&quot;a unit manager&quot;), %2 an action (&quot;enter evaluations&quot;)</extracomment>
        <translation>%1 chỉ được %2 trong đơn vị của mình và các đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>%1 may %2 only in their own unit and its sub-units, and %3 is not one of them</source>
        <extracomment>%1 is a role with its article, %2 an action, %3 a unit code</extracomment>
        <translation>%1 chỉ được %2 trong đơn vị của mình và các đơn vị trực thuộc, mà %3 không thuộc các đơn vị này</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>The person %1 no longer exists.</source>
        <translation>Cán bộ mã %1 không còn tồn tại.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (DD/MM/YYYY)</source>
        <translation>&quot;%1&quot; không phải ngày hợp lệ (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>&quot;%1&quot; không phải Có hoặc Không</translation>
    </message>
    <message>
        <source>the staff code cannot be changed</source>
        <translation>không được đổi mã cán bộ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
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
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>← Back to list</source>
        <translation>← Quay lại danh sách</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Cán bộ mới</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Chưa lưu thay đổi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Mã cán bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ethnic minority</source>
        <translation>Dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Leader or manager</source>
        <translation>Lãnh đạo, quản lý</translation>
    </message>
    <message>
        <source>In this position since</source>
        <translation>Giữ chức danh từ ngày</translation>
    </message>
    <message>
        <source>Left this position on</source>
        <translation>Thôi giữ chức danh ngày</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Trình độ</translation>
    </message>
    <message>
        <source>General education</source>
        <translation>Giáo dục phổ thông</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Chuyên ngành</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>State management</source>
        <translation>Quản lý nhà nước</translation>
    </message>
    <message>
        <source>IT skills</source>
        <translation>Tin học</translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation>Ngoại ngữ</translation>
    </message>
    <message>
        <source>Work</source>
        <comment>person page section</comment>
        <translation>Công tác</translation>
    </message>
</context>
<context>
    <name>PersonalDataNoticeDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Dữ liệu cá nhân</translation>
    </message>
    <message>
        <source>The file you are about to write holds personal data protected by Decree 13/2023/NĐ-CP on personal data protection. Keep it inside the office: save it only where unauthorised people cannot read it, do not send it over unprotected e-mail or chat, and delete it when it is no longer needed.</source>
        <translation>Tệp sắp ghi chứa dữ liệu cá nhân được bảo vệ theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân. Hãy giữ tệp trong nội bộ cơ quan: chỉ lưu ở nơi người không có thẩm quyền không đọc được, không gửi qua thư điện tử hoặc ứng dụng trò chuyện không được bảo vệ, và xóa tệp khi không còn cần đến.</translation>
    </message>
    <message>
        <source>You will not be asked again until CongVu is restarted.</source>
        <translation>Thông báo này sẽ không hiện lại cho đến khi khởi động lại CongVu.</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>@action:button personal data notice</comment>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>CongVu cannot open the database</source>
        <translation>CongVu không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>QualificationModel</name>
    <message>
        <source>Meets the standard on %1, after %2</source>
        <extracomment>%1 a date, %2 the names of the planned courses</extracomment>
        <translation>Đạt chuẩn vào ngày %1, sau khi hoàn thành %2</translation>
    </message>
    <message>
        <source>after the deadline of %1</source>
        <translation>sau thời hạn ngày %1</translation>
    </message>
    <message>
        <source>No planned course closes: %1</source>
        <translation>Chưa có khóa học nào trong kế hoạch đáp ứng: %1</translation>
    </message>
    <message>
        <source>Still missing %1 after %2</source>
        <extracomment>%1 the requirements still missing, %2 the names of the planned courses</extracomment>
        <translation>Vẫn chưa đạt %1 sau khi hoàn thành %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Everyone counted meets the standard of their title today.</source>
        <translation>Tất cả những người được tính đều đã đạt tiêu chuẩn chức danh tính đến hôm nay.</translation>
    </message>
    <message>
        <source>That is after the deadline of %1.</source>
        <translation>Thời điểm này đã quá thời hạn ngày %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still have no planned course closing their gaps</source>
        <translation>
            <numerusform>Còn %n người chưa có khóa học nào trong kế hoạch đáp ứng các yêu cầu còn thiếu</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan reaches 100% on %1.</source>
        <translation>Kế hoạch đạt 100% vào ngày %1.</translation>
    </message>
</context>
<context>
    <name>QualificationPanel</name>
    <message>
        <source>Commune-level cadres and civil servants meeting their title standards</source>
        <translation>Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn</translation>
    </message>
    <message>
        <source>Counted: commune-level cadres and civil servants in service whose title has a standard in force on this date.</source>
        <translation>Phạm vi tính: cán bộ, công chức cấp xã đang công tác, giữ chức danh có tiêu chuẩn áp dụng vào ngày này.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more hold a title with no standard in force and are not counted.</source>
        <extracomment>%n people of commune titles without a standard in force on the date</extracomment>
        <translation>
            <numerusform>Ngoài ra có %Ln người giữ chức danh chưa có tiêu chuẩn áp dụng, không được tính.</numerusform>
        </translation>
    </message>
    <message>
        <source>No commune-level cadre or civil servant is counted on this date.</source>
        <translation>Không có cán bộ, công chức cấp xã nào được tính vào ngày này.</translation>
    </message>
    <message>
        <source>qualified · target %1</source>
        <extracomment>%1 is the target rate, &quot;100 %&quot;</extracomment>
        <translation>đạt chuẩn · mục tiêu %1</translation>
    </message>
    <message>
        <source>%1 of %2 people meet the standard of their title</source>
        <extracomment>%1 people qualified out of %2 counted</extracomment>
        <translation>%1/%2 người đạt tiêu chuẩn chức danh</translation>
    </message>
    <message numerus="yes">
        <source>people still to qualify</source>
        <extracomment>the number before it is how many; plural by %n</extracomment>
        <translation>
            <numerusform>người chưa đạt chuẩn</numerusform>
        </translation>
    </message>
    <message>
        <source>before %1 (ND 33/2023 deadline)</source>
        <extracomment>%1 is the legal deadline, DD/MM/YYYY</extracomment>
        <translation>trước ngày %1 (theo NĐ&#xa0;33/2023)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left on this date</source>
        <extracomment>days from the date shown to the deadline</extracomment>
        <translation>
            <numerusform>còn %Ln ngày, tính từ ngày đang xem</numerusform>
        </translation>
    </message>
    <message>
        <source>the deadline has passed</source>
        <translation>đã quá thời hạn</translation>
    </message>
    <message>
        <source>See who →</source>
        <translation>Xem danh sách →</translation>
    </message>
    <message>
        <source>Most missed requirement</source>
        <translation>Yêu cầu chưa đạt nhiều nhất</translation>
    </message>
    <message>
        <source>None: everyone counted meets every requirement</source>
        <translation>Không có: tất cả đều đạt mọi yêu cầu</translation>
    </message>
    <message numerus="yes">
        <source>missed by %Ln people</source>
        <extracomment>how many counted people miss the requirement</extracomment>
        <translation>
            <numerusform>%Ln người chưa đạt</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate by commune: the %1 lowest of %2</source>
        <extracomment>%1 is how many communes are shown, %2 how many there are</extracomment>
        <translation>Tỷ lệ theo đơn vị cấp xã: %1 đơn vị thấp nhất/%2</translation>
    </message>
    <message>
        <source>Rate by commune</source>
        <translation>Tỷ lệ theo đơn vị cấp xã</translation>
    </message>
    <message>
        <source>Click a bar to see the commune&apos;s people.</source>
        <translation>Nhấn vào một thanh để xem danh sách cán bộ của đơn vị.</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>Yêu cầu chưa đạt</translation>
    </message>
    <message>
        <source>people missing each one (a person can miss several)</source>
        <translation>số người chưa đạt từng yêu cầu (một người có thể chưa đạt nhiều yêu cầu)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Click a requirement to see who misses it.</source>
        <translation>Nhấn vào một yêu cầu để xem ai chưa đạt.</translation>
    </message>
    <message>
        <source>Trend: 31 December of each year, today, and the plan</source>
        <translation>Diễn biến: ngày 31/12 hằng năm, hôm nay và theo kế hoạch</translation>
    </message>
    <message>
        <source>Person by person…</source>
        <translation>Chi tiết từng người…</translation>
    </message>
</context>
<context>
    <name>QualificationPdf</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE OF %1</source>
        <translation>ỦY BAN NHÂN DÂN %1</translation>
    </message>
    <message>
        <source>DEPARTMENT OF HOME AFFAIRS</source>
        <translation>SỞ NỘI VỤ</translation>
    </message>
    <message>
        <source>HOME AFFAIRS OFFICE</source>
        <translation>PHÒNG NỘI VỤ</translation>
    </message>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation>ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <source>No.: ……/BC</source>
        <translation>Số: ……/BC</translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>BÁO CÁO</translation>
    </message>
    <message>
        <source>ON THE RATE OF COMMUNE-LEVEL CADRES AND CIVIL SERVANTS MEETING THE STANDARDS</source>
        <translation>Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo quy định</translation>
    </message>
    <message>
        <source>(as of %1)</source>
        <translation>(Tính đến ngày %1)</translation>
    </message>
    <message>
        <source>I. Overall</source>
        <translation>I. Tình hình chung</translation>
    </message>
    <message>
        <source>Commune-level cadres and civil servants whose title has a standard in force: &lt;b&gt;%1&lt;/b&gt;; meeting the standards of their title: &lt;b&gt;%2&lt;/b&gt;; rate: &lt;b&gt;%3&lt;/b&gt; (target: 100%).</source>
        <translation>Số cán bộ, công chức cấp xã giữ chức danh có tiêu chuẩn áp dụng: &lt;b&gt;%1&lt;/b&gt; người; số đạt tiêu chuẩn chức danh: &lt;b&gt;%2&lt;/b&gt; người; tỷ lệ: &lt;b&gt;%3&lt;/b&gt; (mục tiêu: 100%).</translation>
    </message>
    <message numerus="yes">
        <source>Still to qualify: &lt;b&gt;%n person(s)&lt;/b&gt;, before the deadline of %1.</source>
        <translation>
            <numerusform>Còn &lt;b&gt;%n người&lt;/b&gt; chưa đạt chuẩn, phải đạt chuẩn trước ngày %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not meeting the standards in force on that date: &lt;b&gt;%n person(s)&lt;/b&gt;.</source>
        <translation>
            <numerusform>Số chưa đạt tiêu chuẩn áp dụng tại thời điểm báo cáo: &lt;b&gt;%n người&lt;/b&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requirements missed (people): %1.</source>
        <translation>Các yêu cầu chưa đạt (số người): %1.</translation>
    </message>
    <message>
        <source>Every person counted meets the standards of their title.</source>
        <translation>Toàn bộ cán bộ, công chức được tính đều đạt tiêu chuẩn chức danh.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) hold a title that has no standard in force on that date: they are not counted.</source>
        <translation>
            <numerusform>Có %n người giữ chức danh chưa có tiêu chuẩn áp dụng tại thời điểm báo cáo: không tính vào tỷ lệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>In difficult areas the lower professional level applies (province setting).</source>
        <translation>Đối với đơn vị thuộc vùng khó khăn, áp dụng mức trình độ chuyên môn thấp hơn (theo quy định của tỉnh).</translation>
    </message>
    <message>
        <source>The lower level for difficult areas is not applied (province setting).</source>
        <translation>Không áp dụng mức trình độ chuyên môn thấp hơn đối với vùng khó khăn (theo quy định của tỉnh).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not meeting</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>II. By unit</source>
        <translation>II. Theo đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>* difficult area</source>
        <translation>* Đơn vị thuộc vùng khó khăn</translation>
    </message>
    <message>
        <source>III. By title</source>
        <translation>III. Theo chức danh</translation>
    </message>
    <message>
        <source>Commune-level cadres</source>
        <translation>Cán bộ cấp xã</translation>
    </message>
    <message>
        <source>Commune-level civil servants</source>
        <translation>Công chức cấp xã</translation>
    </message>
    <message>
        <source>Other titles</source>
        <translation>Chức danh khác</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>IV. By unit and title</source>
        <translation>IV. Theo đơn vị và chức danh</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Unit / title</source>
        <translation>Đơn vị / chức danh</translation>
    </message>
    <message>
        <source>V. People not meeting the standards of their title</source>
        <translation>V. Danh sách cán bộ, công chức chưa đạt tiêu chuẩn chức danh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Yêu cầu chưa đạt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation>chỉ tạo được tệp PDF khi đã nạp thư viện đồ họa (QGuiApplication)</translation>
    </message>
    <message>
        <source>Commune-level qualification rate on %1</source>
        <translation>Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn tính đến ngày %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>không khởi tạo được tệp PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>(projected as of %1)</source>
        <translation>(Dự kiến đến ngày %1)</translation>
    </message>
    <message numerus="yes">
        <source>Projected: the planned training ending by %1 is counted as completed (%n person(s)).</source>
        <translation>
            <numerusform>Số liệu dự kiến: các khóa đào tạo, bồi dưỡng trong kế hoạch kết thúc đến ngày %1 được tính là đã hoàn thành (%n người).</numerusform>
        </translation>
    </message>
    <message>
        <source>Projected commune-level qualification rate on %1</source>
        <translation>Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn dự kiến đến ngày %1</translation>
    </message>
</context>
<context>
    <name>QualificationPeopleDialog</name>
    <message>
        <source>No one.</source>
        <translation>Không có ai.</translation>
    </message>
    <message>
        <source>Click a person to open their page.</source>
        <translation>Nhấn vào một người để xem hồ sơ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>QualificationPersonRow</name>
    <message>
        <source>Meets the standard</source>
        <translation>Đạt chuẩn</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <extracomment>%1 lists the requirements not met, e.g. &quot;Political theory, Professional level&quot;</extracomment>
        <translation>Chưa đạt: %1</translation>
    </message>
    <message>
        <source>to meet by %1</source>
        <extracomment>%1 is a date, DD/MM/YYYY</extracomment>
        <translation>phải đạt chuẩn trước ngày %1</translation>
    </message>
</context>
<context>
    <name>QualificationProjectionDialog</name>
    <message>
        <source>The training plan, person by person</source>
        <translation>Kế hoạch đào tạo, bồi dưỡng đối với từng người</translation>
    </message>
    <message>
        <source>not planned</source>
        <extracomment>shown instead of a date when the plan closes none or not all of the person&apos;s gaps</extracomment>
        <translation>chưa có kế hoạch</translation>
    </message>
    <message>
        <source>No one.</source>
        <translation>Không có ai.</translation>
    </message>
    <message>
        <source>Assumes the people in service today stay and today&apos;s standards stay in force. Click a person to open their page.</source>
        <translation>Giả định những người đang công tác hôm nay tiếp tục công tác và tiêu chuẩn hiện hành vẫn được áp dụng. Nhấn vào một người để mở trang của người đó.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>QualificationRule</name>
    <message>
        <source>not known</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <translation>%1 trở lên</translation>
    </message>
    <message>
        <source>a field of %1</source>
        <translation>Chuyên ngành %1</translation>
    </message>
    <message>
        <source>on record</source>
        <translation>Có trong hồ sơ</translation>
    </message>
</context>
<context>
    <name>QualificationService</name>
    <message>
        <source>cannot read the units and standards: %1</source>
        <translation>không đọc được danh sách đơn vị và tiêu chuẩn chức danh: %1</translation>
    </message>
    <message>
        <source>cannot read the staff: %1</source>
        <translation>không đọc được danh sách cán bộ: %1</translation>
    </message>
    <message>
        <source>cannot read the staff and the planned training: %1</source>
        <translation>không đọc được danh sách cán bộ và kế hoạch đào tạo, bồi dưỡng: %1</translation>
    </message>
    <message>
        <source>cannot read the planned training: %1</source>
        <translation>không đọc được kế hoạch đào tạo, bồi dưỡng: %1</translation>
    </message>
</context>
<context>
    <name>QualificationText</name>
    <message>
        <source>Commune-level cadres and civil servants meeting the standards of their title, on %1</source>
        <translation>Cán bộ, công chức cấp xã đạt tiêu chuẩn chức danh, tính đến ngày %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Đạt chuẩn</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Target: 100%.</source>
        <translation>Mục tiêu: 100%.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still to qualify before %1.</source>
        <translation>
            <numerusform>Còn %n người chưa đạt chuẩn, phải đạt trước ngày %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) do not meet the standards.</source>
        <translation>
            <numerusform>Còn %n người chưa đạt chuẩn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) listed but not counted: no standard in force for their title.</source>
        <translation>
            <numerusform>Có %n người trong danh sách nhưng không được tính: chức danh chưa có tiêu chuẩn áp dụng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not meeting the standards:</source>
        <translation>Chưa đạt chuẩn:</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>trước ngày %1</translation>
    </message>
    <message>
        <source>Commune-level cadres and civil servants meeting the standards of their title, projected on %1 (planned training ending by then counted as completed)</source>
        <translation>Cán bộ, công chức cấp xã đạt tiêu chuẩn chức danh, dự kiến đến ngày %1 (các khóa học trong kế hoạch kết thúc đến ngày đó được tính là đã hoàn thành)</translation>
    </message>
    <message>
        <source>Planned courses counted as completed:</source>
        <translation>Các khóa học trong kế hoạch được tính là đã hoàn thành:</translation>
    </message>
    <message>
        <source>No planned course ends by that date.</source>
        <translation>Không có khóa học nào trong kế hoạch kết thúc đến ngày đó.</translation>
    </message>
</context>
<context>
    <name>QualificationTrendChart</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Target: 100 %</source>
        <translation>Mục tiêu: 100 %</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Tỷ lệ đạt chuẩn</translation>
    </message>
    <message>
        <source>With the plan</source>
        <translation>Theo kế hoạch</translation>
    </message>
</context>
<context>
    <name>RecordArchive</name>
    <message>
        <source>not a CongVu archive: the first line is not &quot;%1&quot;</source>
        <translation>không phải tệp lưu trữ CongVu: dòng đầu tiên không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>damaged archive header: the second line must be &quot;format: &lt;number&gt;&quot;</source>
        <translation>phần đầu tệp lưu trữ bị hỏng: dòng thứ hai phải là &quot;format: &lt;number&gt;&quot;</translation>
    </message>
    <message>
        <source>unknown newer archive format %1: this program reads up to format %2; use a newer CongVu</source>
        <translation>định dạng tệp lưu trữ %1 mới hơn, chưa được hỗ trợ: chương trình này chỉ đọc đến định dạng %2; hãy dùng phiên bản CongVu mới hơn</translation>
    </message>
    <message>
        <source>damaged archive header: the third line must be &quot;sha256: &lt;64 lower-case hex digits&gt;&quot;</source>
        <translation>phần đầu tệp lưu trữ bị hỏng: dòng thứ ba phải là &quot;sha256: &lt;64 chữ số thập lục phân viết thường&gt;&quot;</translation>
    </message>
    <message>
        <source>damaged archive header: a blank line must end it</source>
        <translation>phần đầu tệp lưu trữ bị hỏng: phải kết thúc bằng một dòng trống</translation>
    </message>
    <message>
        <source>checksum mismatch: the archive was altered or damaged after it was written (SHA-256 of the content differs from the header)</source>
        <translation>mã kiểm tra không khớp: tệp lưu trữ đã bị sửa đổi hoặc bị hỏng sau khi được tạo (mã SHA-256 của nội dung khác với phần đầu tệp)</translation>
    </message>
    <message>
        <source>written by a newer CongVu (%1): this program cannot read all of it; use a newer CongVu</source>
        <translation>được tạo bởi phiên bản CongVu mới hơn (%1): chương trình này không đọc được toàn bộ; hãy dùng phiên bản CongVu mới hơn</translation>
    </message>
    <message>
        <source>unreadable archive content: %1</source>
        <translation>không đọc được nội dung tệp lưu trữ: %1</translation>
    </message>
</context>
<context>
    <name>RecordReaders</name>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>&quot;%1&quot; không phải ngày hợp lệ (dùng dạng YYYY-MM-DD hoặc DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>giá trị &quot;%1&quot; không hợp lệ; phải là một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes/no value (expected 1/0, x, có/không, yes/no, true/false)</source>
        <translation>&quot;%1&quot; không phải giá trị có/không (dùng 1/0, x, có/không, yes/no, true/false)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON không hợp lệ: %1</translation>
    </message>
    <message>
        <source>the JSON holds no &quot;staff&quot; or &quot;units&quot; list</source>
        <translation>tệp JSON không có danh sách &quot;staff&quot; hoặc &quot;units&quot;</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <translation>dòng có %1 ô nhưng dòng tiêu đề có %2 cột</translation>
    </message>
    <message>
        <source>column %1 has a value but no header</source>
        <translation>cột %1 có giá trị nhưng không có tiêu đề</translation>
    </message>
    <message>
        <source>the year is required</source>
        <translation>thiếu năm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year from 2015 to 2100</source>
        <translation>&quot;%1&quot; không phải là năm từ 2015 đến 2100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of months from 0 to 12</source>
        <translation>&quot;%1&quot; không phải là số tháng từ 0 đến 12</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score from 0 to 100 with at most one decimal</source>
        <translation>&quot;%1&quot; không phải là điểm từ 0 đến 100 với tối đa một chữ số thập phân</translation>
    </message>
    <message>
        <source>the plan&apos;s year is required</source>
        <translation>thiếu năm của kế hoạch</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year from 2000 to 2100</source>
        <translation>&quot;%1&quot; không phải là năm từ 2000 đến 2100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of VND (whole digits, e.g. 1500000 or 1.500.000)</source>
        <translation>&quot;%1&quot; không phải là số tiền hợp lệ (số nguyên, đơn vị đồng, ví dụ 1500000 hoặc 1.500.000)</translation>
    </message>
</context>
<context>
    <name>RegistryService</name>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the staff code &quot;%1&quot; is already used</source>
        <translation>mã cán bộ &quot;%1&quot; đã tồn tại</translation>
    </message>
    <message>
        <source>the person %1 no longer exists</source>
        <translation>cán bộ mã %1 không còn tồn tại</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>không lưu được %1: %2</translation>
    </message>
    <message>
        <source>the person %1 does not exist</source>
        <translation>không tìm thấy cán bộ mã %1</translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation>không xóa được %1: %2</translation>
    </message>
    <message>
        <source>cannot save the unit %1: %2</source>
        <translation>không lưu được đơn vị %1: %2</translation>
    </message>
    <message>
        <source>the unit %1 does not exist</source>
        <translation>không tìm thấy đơn vị %1</translation>
    </message>
    <message numerus="yes">
        <source>the unit %1 still has %n people: move them first</source>
        <translation>
            <numerusform>đơn vị %1 vẫn còn %n người: hãy điều chuyển họ sang đơn vị khác trước</numerusform>
        </translation>
    </message>
    <message>
        <source>the unit %1 is the parent or successor of %2</source>
        <translation>đơn vị %1 là đơn vị cấp trên hoặc đơn vị kế thừa của %2</translation>
    </message>
    <message>
        <source>cannot delete the unit %1: %2</source>
        <translation>không xóa được đơn vị %1: %2</translation>
    </message>
</context>
<context>
    <name>RequirementLabels</name>
    <message>
        <source>General education</source>
        <translation>Trình độ giáo dục phổ thông</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Chuyên ngành</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>State management</source>
        <translation>Quản lý nhà nước</translation>
    </message>
    <message>
        <source>IT skills</source>
        <translation>Tin học</translation>
    </message>
    <message>
        <source>Foreign language</source>
        <translation>Ngoại ngữ</translation>
    </message>
</context>
<context>
    <name>RequirementRow</name>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>a number of votes is a whole number</source>
        <translation>số phiếu phải là số nguyên</translation>
    </message>
    <message>
        <source>the date must be YYYY-MM-DD</source>
        <translation>ngày phải có dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The year %1 was closed on %2 by %3.</source>
        <extracomment>%1 year, %2 date, %3 who closed it</extracomment>
        <translation>Năm %1 đã được %3 khóa sổ ngày %2.</translation>
    </message>
    <message>
        <source>The year %1 was closed on %2 by %3: %4.</source>
        <extracomment>%1 year, %2 date, %3 who closed it, %4 their note</extracomment>
        <translation>Năm %1 đã được %3 khóa sổ ngày %2: %4.</translation>
    </message>
    <message>
        <source>Cap on emulation fighters: %1 place(s); %2 candidate(s) beyond it.</source>
        <extracomment>%1 places under the cap, %2 candidates beyond it</extracomment>
        <translation>Giới hạn tỷ lệ Chiến sĩ thi đua cơ sở: %1 suất; %2 người vượt giới hạn.</translation>
    </message>
    <message>
        <source>%1 of %2 rated are advanced workers; more than %3 is needed.</source>
        <extracomment>%1 advanced workers, %2 people rated, %3 the threshold share</extracomment>
        <translation>%1/%2 người được xếp loại đạt Lao động tiên tiến; cần trên %3.</translation>
    </message>
    <message>
        <source>a number of members is a whole number</source>
        <translation>số thành viên phải là số nguyên</translation>
    </message>
    <message>
        <source>The meeting was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Chưa lưu được cuộc họp: %1</translation>
    </message>
    <message>
        <source>The council&apos;s meeting was saved.</source>
        <translation>Đã lưu cuộc họp của Hội đồng.</translation>
    </message>
    <message>
        <source>The decision was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Chưa lưu được quyết định: %1</translation>
    </message>
    <message>
        <source>The decision was saved.</source>
        <translation>Đã lưu quyết định.</translation>
    </message>
    <message>
        <source>The decision was not removed: %1</source>
        <translation>Chưa xóa được quyết định: %1</translation>
    </message>
    <message>
        <source>The decision was removed.</source>
        <translation>Đã xóa quyết định.</translation>
    </message>
    <message>
        <source>The year was not closed: %1</source>
        <translation>Chưa khóa sổ được năm: %1</translation>
    </message>
    <message>
        <source>The year %1 is closed.</source>
        <translation>Đã khóa sổ năm %1.</translation>
    </message>
    <message>
        <source>The year was not reopened: %1</source>
        <translation>Chưa mở lại được năm: %1</translation>
    </message>
    <message>
        <source>The year %1 is open again.</source>
        <translation>Đã mở lại năm %1.</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Không tạo được văn bản: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The document was written to %1.</source>
        <extracomment>%1 is the path of the PDF file written</extracomment>
        <translation>Đã ghi văn bản vào %1.</translation>
    </message>
</context>
<context>
    <name>ReviewDecision</name>
    <message>
        <source>Advanced worker</source>
        <translation>Lao động tiên tiến</translation>
    </message>
    <message>
        <source>Grassroots emulation fighter</source>
        <translation>Chiến sĩ thi đua cơ sở</translation>
    </message>
    <message>
        <source>Certificate of merit (Giấy khen)</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <source>Certificate of merit (Bằng khen), proposed</source>
        <translation>Bằng khen (đề nghị cấp trên)</translation>
    </message>
    <message>
        <source>Advanced collective</source>
        <translation>Tập thể lao động tiên tiến</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Không thông qua</translation>
    </message>
</context>
<context>
    <name>ReviewDecisionForm</name>
    <message>
        <source>Award</source>
        <translation>Danh hiệu, khen thưởng</translation>
    </message>
    <message>
        <source>Votes for</source>
        <translation>Số phiếu đồng ý</translation>
    </message>
    <message>
        <source>against</source>
        <translation>không đồng ý</translation>
    </message>
    <message>
        <source>abstaining</source>
        <translation>không biểu quyết</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>e.g. 125/QĐ-UBND</source>
        <translation>VD: 125/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The council&apos;s reason, when it departs from the rules</source>
        <translation>Lý do của Hội đồng khi quyết định khác với quy định</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Lưu quyết định</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>ReviewDocuments</name>
    <message>
        <source>EMULATION AND REWARD COUNCIL</source>
        <extracomment>the council&apos;s document number (Vietnamese: &quot;Số: ……/BB-HĐTĐKT&quot;)</extracomment>
        <translation>HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG</translation>
    </message>
    <message>
        <source>No.: ……/DS-HĐTĐKT</source>
        <translation>Số: ……/DS-HĐTĐKT</translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>LIST OF THE EMULATION REVIEW OF %1</source>
        <translation>DANH SÁCH BÌNH XÉT THI ĐUA NĂM %1</translation>
    </message>
    <message>
        <source>ELIGIBILITY FOR &quot;LAO ĐỘNG TIÊN TIẾN&quot; AND &quot;CHIẾN SĨ THI ĐUA CƠ SỞ&quot;</source>
        <translation>XÉT ĐIỀU KIỆN DANH HIỆU &quot;LAO ĐỘNG TIÊN TIẾN&quot; VÀ &quot;CHIẾN SĨ THI ĐUA CƠ SỞ&quot;</translation>
    </message>
    <message>
        <source>(the year is closed)</source>
        <translation>(năm đã khóa sổ)</translation>
    </message>
    <message>
        <source>Basis: Law on Emulation and Commendation 2022 (Articles 23, 24, 27); Circular 01/2024/TT-BNV; Decree 152/2025/NĐ-CP. Lao động tiên tiến (LĐTT): rated &quot;completes tasks well&quot; or better, at least 6 months of service by 31/12, no discipline taking effect in the year. Chiến sĩ thi đua cơ sở (CSTĐCS): LĐTT and rated &quot;completes tasks excellently&quot; or an initiative recognised in the year. The collective title needs more than %1 of the unit&apos;s rated people to be LĐTT and no member disciplined at warning or heavier in the year.</source>
        <extracomment>%1 share such as 50%</extracomment>
        <translation>Căn cứ: Luật Thi đua, khen thưởng năm 2022 (Điều 23, 24, 27); Thông tư 01/2024/TT-BNV; Nghị định 152/2025/NĐ-CP. Lao động tiên tiến (LĐTT): xếp loại &quot;hoàn thành tốt nhiệm vụ&quot; trở lên, có đủ 6 tháng công tác tính đến 31/12, không bị kỷ luật có hiệu lực trong năm. Chiến sĩ thi đua cơ sở (CSTĐCS): đạt LĐTT và xếp loại &quot;hoàn thành xuất sắc nhiệm vụ&quot; hoặc có sáng kiến được công nhận trong năm. Danh hiệu tập thể yêu cầu trên %1 số người được xếp loại của đơn vị đạt LĐTT và không có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm.</translation>
    </message>
    <message>
        <source>Cap set on CSTĐCS: %1 of the unit&apos;s LĐTT.</source>
        <translation>Giới hạn tỷ lệ CSTĐCS: %1 số LĐTT của đơn vị.</translation>
    </message>
    <message>
        <source>Nobody is evaluated in the year.</source>
        <translation>Không có ai được đánh giá trong năm.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <extracomment>%1 number, %2 unit name, %3 unit code</extracomment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Rated: &lt;b&gt;%1&lt;/b&gt;; eligible for LĐTT: &lt;b&gt;%2&lt;/b&gt;; eligible for CSTĐCS: &lt;b&gt;%3&lt;/b&gt;.</source>
        <extracomment>%1 rated people, %2 eligible LĐTT, %3 eligible CSTĐCS</extracomment>
        <translation>Được xếp loại: &lt;b&gt;%1&lt;/b&gt;; đủ điều kiện LĐTT: &lt;b&gt;%2&lt;/b&gt;; đủ điều kiện CSTĐCS: &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>LĐTT</source>
        <translation>LĐTT</translation>
    </message>
    <message>
        <source>CSTĐCS</source>
        <translation>CSTĐCS</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Collective title &quot;Tập thể lao động tiên tiến&quot;: the members&apos; condition is &lt;b&gt;met&lt;/b&gt;.</source>
        <translation>Danh hiệu tập thể &quot;Tập thể lao động tiên tiến&quot;: điều kiện về thành viên &lt;b&gt;đạt&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Collective title &quot;Tập thể lao động tiên tiến&quot;: the members&apos; condition is &lt;b&gt;not met&lt;/b&gt;.</source>
        <translation>Danh hiệu tập thể &quot;Tập thể lao động tiên tiến&quot;: điều kiện về thành viên &lt;b&gt;chưa đạt&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Places for CSTĐCS under the cap: %1; candidates over the cap: %2 (the council chooses).</source>
        <extracomment>%1 places, %2 candidates over the cap</extracomment>
        <translation>Số suất CSTĐCS trong giới hạn tỷ lệ: %1; số người vượt giới hạn: %2 (Hội đồng lựa chọn).</translation>
    </message>
    <message>
        <source>Discipline taking effect in the year: none.</source>
        <translation>Kỷ luật có hiệu lực trong năm: không có.</translation>
    </message>
    <message>
        <source>Discipline taking effect in the year, for the council to note:</source>
        <translation>Kỷ luật có hiệu lực trong năm, để Hội đồng lưu ý:</translation>
    </message>
    <message>
        <source>%1 (%2): %3, decision %4, in effect from %5</source>
        <extracomment>%1 name, %2 code, %3 form, %4 decision number, %5 effective date</extracomment>
        <translation>%1 (%2): %3, quyết định %4, có hiệu lực từ %5</translation>
    </message>
    <message>
        <source>✓ eligible; ✗ not eligible; ⚠ a warning for the council, not a refusal.</source>
        <translation>✓ đủ điều kiện; ✗ không đủ điều kiện; ⚠ lưu ý cho Hội đồng, không phải căn cứ loại.</translation>
    </message>
    <message>
        <source>SECRETARY OF THE COUNCIL</source>
        <translation>THƯ KÝ HỘI ĐỒNG</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>CHAIR OF THE COUNCIL</source>
        <translation>CHỦ TỊCH HỘI ĐỒNG</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation>chỉ tạo được tệp PDF khi đã nạp thư viện đồ họa (QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>không khởi tạo được tệp PDF</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>không ghi được tệp PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Emulation review, %1</source>
        <translation>Bình xét thi đua năm %1</translation>
    </message>
    <message>
        <source>No.: ……/BB-HĐTĐKT</source>
        <translation>Số: ……/BB-HĐTĐKT</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>BIÊN BẢN</translation>
    </message>
    <message>
        <source>OF THE MEETING OF THE EMULATION AND REWARD COUNCIL, YEAR %1</source>
        <translation>HỌP HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG NĂM %1</translation>
    </message>
    <message>
        <source>I. Time and place</source>
        <translation>I. Thời gian, địa điểm</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Thời gian: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Địa điểm: %1</translation>
    </message>
    <message>
        <source>II. Attendance</source>
        <translation>II. Thành phần tham dự</translation>
    </message>
    <message>
        <source>Chair: %1</source>
        <translation>Chủ trì: %1</translation>
    </message>
    <message>
        <source>Secretary: %1</source>
        <translation>Thư ký: %1</translation>
    </message>
    <message>
        <source>Members present: %1 of %2.</source>
        <translation>Thành viên có mặt: %1/%2.</translation>
    </message>
    <message>
        <source>III. Content</source>
        <translation>III. Nội dung</translation>
    </message>
    <message>
        <source>Nobody of the unit is evaluated in %1.</source>
        <translation>Đơn vị không có ai được đánh giá trong năm %1.</translation>
    </message>
    <message>
        <source>The council reviewed the emulation results of %1: &lt;b&gt;%2&lt;/b&gt; people rated; eligible for Advanced worker: &lt;b&gt;%3&lt;/b&gt;; eligible for Grassroots emulation fighter: &lt;b&gt;%4&lt;/b&gt;.</source>
        <translation>Hội đồng đã xem xét kết quả thi đua năm %1: &lt;b&gt;%2&lt;/b&gt; người được xếp loại; đủ điều kiện Lao động tiên tiến: &lt;b&gt;%3&lt;/b&gt;; đủ điều kiện Chiến sĩ thi đua cơ sở: &lt;b&gt;%4&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Places for Grassroots emulation fighter under the cap: %1; candidates beyond it: %2.</source>
        <translation>Số suất Chiến sĩ thi đua cơ sở trong giới hạn tỷ lệ: %1; số người vượt giới hạn: %2.</translation>
    </message>
    <message>
        <source>1. Individual titles</source>
        <translation>1. Danh hiệu cá nhân</translation>
    </message>
    <message>
        <source>Advanced worker: %1</source>
        <translation>Lao động tiên tiến: %1</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>đủ điều kiện</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>không đủ điều kiện</translation>
    </message>
    <message>
        <source>Emulation fighter: %1</source>
        <translation>Chiến sĩ thi đua cơ sở: %1</translation>
    </message>
    <message>
        <source>Nobody is eligible and no proposal was put to the council.</source>
        <translation>Không có ai đủ điều kiện và không có đề xuất nào được trình Hội đồng.</translation>
    </message>
    <message>
        <source>Full name, position</source>
        <translation>Họ và tên, chức danh</translation>
    </message>
    <message>
        <source>The rules&apos; verdict</source>
        <translation>Kết quả xét theo quy định</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Danh hiệu, khen thưởng</translation>
    </message>
    <message>
        <source>Votes (for / against / abstaining)</source>
        <extracomment>the votes of the council on a proposal (Vietnamese: &quot;Biểu quyết (tán thành / không tán thành / ý kiến khác)&quot;)</extracomment>
        <translation>Biểu quyết (đồng ý / không đồng ý / không biểu quyết)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>2. Collective title</source>
        <translation>2. Danh hiệu tập thể</translation>
    </message>
    <message>
        <source>Advanced workers: %1 of %2 rated (%3); the condition is more than %4: %5.</source>
        <translation>Lao động tiên tiến: %1/%2 người được xếp loại (%3); điều kiện là trên %4: %5.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>%1: for %2, against %3, abstaining %4 — %5.</source>
        <translation>%1: đồng ý %2, không đồng ý %3, không biểu quyết %4 — %5.</translation>
    </message>
    <message>
        <source>No collective award was put to the vote.</source>
        <translation>Không có danh hiệu tập thể nào được đưa ra biểu quyết.</translation>
    </message>
    <message>
        <source>3. Discipline decisions of the year (noted)</source>
        <translation>3. Quyết định kỷ luật trong năm (để lưu ý)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Decision No.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>IV. Conclusion</source>
        <translation>IV. Kết luận</translation>
    </message>
    <message>
        <source>The council approved %1 proposal(s), rejected %2; %3 not voted yet.</source>
        <translation>Hội đồng đã thông qua %1 đề xuất, không thông qua %2 đề xuất; %3 đề xuất chưa biểu quyết.</translation>
    </message>
    <message>
        <source>The meeting ended at …… on the same day. The minutes were read to the members present, who agreed with them.</source>
        <translation>Cuộc họp kết thúc vào lúc …… cùng ngày. Biên bản đã được đọc lại cho các thành viên có mặt nghe và được nhất trí thông qua.</translation>
    </message>
    <message>
        <source>SECRETARY</source>
        <translation>THƯ KÝ</translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation>CHỦ TRÌ</translation>
    </message>
    <message>
        <source>LIST OF AWARDS</source>
        <translation>DANH SÁCH KHEN THƯỞNG</translation>
    </message>
    <message>
        <source>EMULATION TITLES AND AWARDS OF %1</source>
        <translation>DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG NĂM %1</translation>
    </message>
    <message>
        <source>(Attached to Decision No. %1 dated %2 of %3)</source>
        <extracomment>%1 decision number, %2 its date, %3 the unit</extracomment>
        <translation>(Kèm theo Quyết định số %1 ngày %2 của %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n trường hợp khen thưởng</numerusform>
        </translation>
    </message>
    <message>
        <source>No award is approved.</source>
        <translation>Không có trường hợp khen thưởng nào được thông qua.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message numerus="yes">
        <source>In all: %n award(s).</source>
        <translation>
            <numerusform>Tổng cộng: %n trường hợp khen thưởng.</numerusform>
        </translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>nobody of the unit &quot;%1&quot; is evaluated in %2</source>
        <translation>đơn vị &quot;%1&quot; không có ai được đánh giá trong năm %2</translation>
    </message>
    <message>
        <source>Council minutes, %1</source>
        <translation>Biên bản họp Hội đồng năm %1</translation>
    </message>
    <message>
        <source>List of awards, %1</source>
        <translation>Danh sách khen thưởng năm %1</translation>
    </message>
</context>
<context>
    <name>ReviewMeetingForm</name>
    <message>
        <source>Meeting date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>present of</source>
        <extracomment>members present &quot;of&quot; members of the council</extracomment>
        <translation>có mặt trên tổng số</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Lưu cuộc họp</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Bình xét thi đua</translation>
    </message>
    <message>
        <source>The year-end emulation review and the council&apos;s decisions</source>
        <translation>Bình xét thi đua cuối năm và các quyết định của Hội đồng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>Biên bản (PDF)</translation>
    </message>
    <message>
        <source>Decision list (PDF)</source>
        <translation>Danh sách khen thưởng (PDF)</translation>
    </message>
    <message>
        <source>Close year %1</source>
        <extracomment>close the year&apos;s books (Vietnamese: &quot;Khóa sổ năm %1&quot;)</extracomment>
        <translation>Khóa sổ năm %1</translation>
    </message>
    <message>
        <source>Reopen year %1</source>
        <translation>Mở lại năm %1</translation>
    </message>
    <message>
        <source>Nothing of the year can be changed until it is reopened.</source>
        <translation>Không thể thay đổi dữ liệu của năm cho đến khi năm được mở lại.</translation>
    </message>
    <message>
        <source>The review could not be read</source>
        <translation>Không đọc được dữ liệu bình xét thi đua</translation>
    </message>
    <message>
        <source>Nobody is evaluated in %1</source>
        <translation>Không có ai được đánh giá trong năm %1</translation>
    </message>
    <message>
        <source>The review starts from the year&apos;s final evaluations: record them on the Evaluations page, or pick another year.</source>
        <translation>Bình xét thi đua dựa trên kết quả đánh giá, xếp loại chính thức của năm: hãy ghi nhận kết quả ở trang Đánh giá, hoặc chọn năm khác.</translation>
    </message>
    <message>
        <source>%1 — rated: &lt;b&gt;%2&lt;/b&gt; · advanced workers: &lt;b&gt;%3&lt;/b&gt; · grassroots emulation fighters: &lt;b&gt;%4&lt;/b&gt;</source>
        <extracomment>%1 unit, %2 rated, %3 advanced workers, %4 emulation fighters</extracomment>
        <translation>%1 — được xếp loại: &lt;b&gt;%2&lt;/b&gt; · Lao động tiên tiến: &lt;b&gt;%3&lt;/b&gt; · Chiến sĩ thi đua cơ sở: &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Collective advanced worker title (members&apos; condition): %1</source>
        <translation>Danh hiệu Tập thể lao động tiên tiến (điều kiện về thành viên): %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Level · council&apos;s decision</source>
        <translation>Xếp loại · quyết định của Hội đồng</translation>
    </message>
    <message>
        <source>LĐTT</source>
        <translation>LĐTT</translation>
    </message>
    <message>
        <source>CSTĐCS</source>
        <translation>CSTĐCS</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>chưa có quyết định</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Discipline (%1)</source>
        <extracomment>the discipline decisions of the year, for the council to note</extracomment>
        <translation>Kỷ luật (%1)</translation>
    </message>
    <message>
        <source>Pick a person in the list</source>
        <translation>Chọn một người trong danh sách</translation>
    </message>
    <message>
        <source>Council&apos;s decision</source>
        <translation>Quyết định của Hội đồng</translation>
    </message>
    <message>
        <source>No discipline decision takes effect in the year.</source>
        <translation>Không có quyết định kỷ luật nào có hiệu lực trong năm.</translation>
    </message>
    <message>
        <source>Save the council&apos;s minutes</source>
        <translation>Lưu biên bản họp Hội đồng</translation>
    </message>
    <message>
        <source>Save the list of awards</source>
        <translation>Lưu danh sách khen thưởng</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close the year %1?</source>
        <translation>Khóa sổ năm %1?</translation>
    </message>
    <message>
        <source>The year&apos;s evaluations, discipline decisions and review decisions will be locked. Reopening needs a reason.</source>
        <translation>Kết quả đánh giá, quyết định kỷ luật và quyết định bình xét thi đua của năm sẽ bị khóa. Muốn mở lại phải nêu lý do.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>Reopen the year %1</source>
        <translation>Mở lại năm %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Why is the year reopened? The reason is kept in the audit log.</source>
        <translation>Vì sao mở lại năm này? Lý do được lưu vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>Not rated in %1</source>
        <translation>Không được đánh giá, xếp loại năm %1</translation>
    </message>
    <message>
        <source>Rated %1: completes tasks well or better</source>
        <extracomment>%1 the level&apos;s label</extracomment>
        <translation>Xếp loại %1: hoàn thành tốt nhiệm vụ trở lên</translation>
    </message>
    <message>
        <source>Rated %1: needs &quot;completes tasks well&quot; or better</source>
        <extracomment>%1 the level&apos;s label</extracomment>
        <translation>Xếp loại %1: cần đạt &quot;hoàn thành tốt nhiệm vụ&quot; trở lên</translation>
    </message>
    <message>
        <source>Start date of service not recorded: check 6 months of service by 31/12/%1</source>
        <translation>Chưa ghi ngày bắt đầu công tác: cần kiểm tra đủ 6 tháng công tác tính đến 31/12/%1</translation>
    </message>
    <message>
        <source>Started on %1: at least 6 months of service by 31/12/%2</source>
        <extracomment>%1 start date, %2 year</extracomment>
        <translation>Bắt đầu công tác ngày %1: đủ 6 tháng công tác tính đến 31/12/%2</translation>
    </message>
    <message>
        <source>Started on %1: under 6 months of service by 31/12/%2</source>
        <extracomment>%1 start date, %2 year</extracomment>
        <translation>Bắt đầu công tác ngày %1: chưa đủ 6 tháng công tác tính đến 31/12/%2</translation>
    </message>
    <message>
        <source>No discipline taking effect in %1</source>
        <translation>Không bị kỷ luật có hiệu lực trong năm %1</translation>
    </message>
    <message>
        <source>Disciplined in the year: %1, in effect from %2</source>
        <extracomment>%1 form and decision number, %2 effective date</extracomment>
        <translation>Bị kỷ luật trong năm: %1, có hiệu lực từ %2</translation>
    </message>
    <message>
        <source>%1 (in effect from %2) runs into the year: achievements count again from %3</source>
        <extracomment>%1 form and decision number, %2 effective date, %3 the first day achievements count again</extracomment>
        <translation>%1 (có hiệu lực từ %2) còn thời hạn trong năm: thành tích được tính lại từ ngày %3</translation>
    </message>
    <message>
        <source>%1 (in effect from %2) ended the service and has no end date</source>
        <extracomment>%1 form and decision number, %2 effective date</extracomment>
        <translation>%1 (có hiệu lực từ %2) đã chấm dứt công tác, không có ngày kết thúc</translation>
    </message>
    <message>
        <source>Eligible for Lao động tiên tiến</source>
        <translation>Đủ điều kiện Lao động tiên tiến</translation>
    </message>
    <message>
        <source>Not eligible for Lao động tiên tiến</source>
        <translation>Không đủ điều kiện Lao động tiên tiến</translation>
    </message>
    <message>
        <source>Rated completes tasks excellently</source>
        <translation>Xếp loại hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>An initiative recognised in the year</source>
        <translation>Có sáng kiến được công nhận trong năm</translation>
    </message>
    <message>
        <source>Needs &quot;completes tasks excellently&quot; or an initiative recognised in the year</source>
        <translation>Cần xếp loại &quot;hoàn thành xuất sắc nhiệm vụ&quot; hoặc có sáng kiến được công nhận trong năm</translation>
    </message>
    <message>
        <source>%1 of %2 rated people are Lao động tiên tiến; more than %3% needed</source>
        <extracomment>%1 LĐTT count, %2 rated count, %3 threshold in percent</extracomment>
        <translation>%1/%2 người được xếp loại đạt Lao động tiên tiến; cần trên %3%</translation>
    </message>
    <message>
        <source>No member disciplined at warning (cảnh cáo) or heavier in %1</source>
        <translation>Không có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm %1</translation>
    </message>
    <message>
        <source>Members disciplined at warning (cảnh cáo) or heavier in %1: %2</source>
        <extracomment>%1 year, %2 list of &quot;staff code: form decision number&quot;</extracomment>
        <translation>Có thành viên bị kỷ luật từ cảnh cáo trở lên trong năm %1: %2</translation>
    </message>
    <message>
        <source>Over the cap: %1 candidates for %2 places (%3% of %4 Lao động tiên tiến); the council decides</source>
        <extracomment>%1 candidates, %2 places, %3 cap in percent, %4 LĐTT count</extracomment>
        <translation>Vượt tỷ lệ: %1 người đủ điều kiện cho %2 suất (%3% của %4 Lao động tiên tiến); Hội đồng quyết định</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>the year %1 is closed: reopen it (with a reason) before changing its records</source>
        <translation>năm %1 đã khóa sổ: hãy mở lại (kèm lý do) trước khi thay đổi dữ liệu của năm</translation>
    </message>
    <message>
        <source>cannot read the review: %1</source>
        <translation>không đọc được dữ liệu bình xét thi đua: %1</translation>
    </message>
    <message>
        <source>the share of advanced workers must be from 0.1% to 100%</source>
        <translation>tỷ lệ Lao động tiên tiến phải từ 0,1% đến 100%</translation>
    </message>
    <message>
        <source>the cap must be from 0.1% to 100%, or none</source>
        <translation>giới hạn tỷ lệ phải từ 0,1% đến 100%, hoặc không đặt giới hạn</translation>
    </message>
    <message>
        <source>cannot save the review settings: %1</source>
        <translation>không lưu được cài đặt bình xét thi đua: %1</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>the year must be from 2015 to 2100</source>
        <translation>năm phải từ 2015 đến 2100</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown award &quot;%1&quot;</source>
        <translation>không có danh hiệu, khen thưởng &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a collective award is given to the unit, not to a person</source>
        <translation>danh hiệu tập thể được trao cho đơn vị, không trao cho cá nhân</translation>
    </message>
    <message>
        <source>the person is required</source>
        <translation>cần chọn cán bộ</translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation>không tìm thấy mã cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot;</source>
        <translation>không có kết quả &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a number of votes cannot be negative</source>
        <translation>số phiếu không được là số âm</translation>
    </message>
    <message>
        <source>%1 votes cast but only %2 members present</source>
        <translation>có %1 phiếu biểu quyết nhưng chỉ có %2 thành viên có mặt</translation>
    </message>
    <message>
        <source>the decision cannot be dated before the year it rewards</source>
        <translation>ngày quyết định không được trước năm được khen thưởng</translation>
    </message>
    <message>
        <source>the rules do not make this award eligible: approving it needs the council&apos;s reason</source>
        <translation>theo quy định, trường hợp này không đủ điều kiện: muốn thông qua cần có lý do của Hội đồng</translation>
    </message>
    <message>
        <source>the decision no longer exists</source>
        <translation>quyết định không còn tồn tại</translation>
    </message>
    <message>
        <source>cannot save the decision: %1</source>
        <translation>không lưu được quyết định: %1</translation>
    </message>
    <message>
        <source>cannot remove the decision: %1</source>
        <translation>không xóa được quyết định: %1</translation>
    </message>
    <message>
        <source>a number of members cannot be negative</source>
        <translation>số thành viên không được là số âm</translation>
    </message>
    <message>
        <source>more members present than the council has</source>
        <translation>số thành viên có mặt nhiều hơn số thành viên của Hội đồng</translation>
    </message>
    <message>
        <source>the meeting cannot be held before the year it reviews</source>
        <translation>ngày họp không được trước năm được bình xét</translation>
    </message>
    <message>
        <source>cannot save the meeting: %1</source>
        <translation>không lưu được cuộc họp: %1</translation>
    </message>
    <message>
        <source>the year %1 is already closed</source>
        <translation>năm %1 đã được khóa sổ</translation>
    </message>
    <message>
        <source>cannot close the year: %1</source>
        <translation>không khóa sổ được năm: %1</translation>
    </message>
    <message>
        <source>the year %1 is not closed</source>
        <translation>năm %1 chưa khóa sổ</translation>
    </message>
    <message>
        <source>reopening a closed year needs a reason</source>
        <translation>mở lại năm đã khóa sổ cần có lý do</translation>
    </message>
    <message>
        <source>cannot reopen the year: %1</source>
        <translation>không mở lại được năm: %1</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Year-end emulation review %1</source>
        <translation>Bình xét thi đua cuối năm %1</translation>
    </message>
    <message>
        <source>Year-end emulation review %1, unit %2</source>
        <extracomment>%1 year, %2 unit code</extracomment>
        <translation>Bình xét thi đua cuối năm %1, đơn vị %2</translation>
    </message>
    <message>
        <source>The year is closed (on %1 by %2).</source>
        <extracomment>%1 date, %2 who closed it</extracomment>
        <translation>Năm đã khóa sổ (ngày %1, người thực hiện: %2).</translation>
    </message>
    <message>
        <source>Collective title: more than %1 of the rated people must be advanced workers; cap on grassroots emulation fighters: %2.</source>
        <translation>Danh hiệu tập thể: trên %1 số người được xếp loại phải đạt Lao động tiên tiến; giới hạn tỷ lệ Chiến sĩ thi đua cơ sở: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không đặt</translation>
    </message>
    <message>
        <source>Nobody is evaluated in the year.</source>
        <translation>Không có ai được đánh giá trong năm.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Số XL</translation>
    </message>
    <message>
        <source>LĐTT</source>
        <translation>LĐTT</translation>
    </message>
    <message>
        <source>CSTĐCS</source>
        <translation>CSTĐCS</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Cap on grassroots emulation fighters: %1 place(s); %2 candidate(s) over it.</source>
        <extracomment>%1 places under the cap, %2 candidates beyond it</extracomment>
        <translation>Giới hạn tỷ lệ Chiến sĩ thi đua cơ sở: %1 suất; %2 người vượt giới hạn.</translation>
    </message>
    <message>
        <source>Discipline to note: %1 %2, %3, decision %4 effective %5</source>
        <extracomment>%1 code, %2 name, %3 form, %4 decision number, %5 effective date</extracomment>
        <translation>Kỷ luật cần lưu ý: %1 %2, %3, quyết định %4 có hiệu lực từ %5</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>không xếp loại</translation>
    </message>
    <message>
        <source>no title</source>
        <translation>không có danh hiệu</translation>
    </message>
    <message>
        <source>x: refuses a title; !: a warning for the council.</source>
        <translation>x: không đủ điều kiện danh hiệu; !: lưu ý cho Hội đồng.</translation>
    </message>
</context>
<context>
    <name>ScoringController</name>
    <message>
        <source>Choose a person.</source>
        <translation>Hãy chọn một người.</translation>
    </message>
    <message>
        <source>Each period counts the same</source>
        <translation>Các kỳ có trọng số như nhau</translation>
    </message>
    <message>
        <source>By months covered (a quarter counts 3)</source>
        <translation>Theo số tháng (một quý tính 3 tháng)</translation>
    </message>
    <message>
        <source>ND 335/2025 makes the yearly score the average (điểm trung bình) of the monthly or quarterly scores but does not say how months and quarters weigh (UNSURE). The weighting is an office setting.</source>
        <translation>NĐ 335/2025 quy định điểm cả năm là điểm trung bình của các điểm theo tháng hoặc theo quý nhưng không quy định trọng số giữa tháng và quý (CHƯA XÁC MINH). Cách tính trọng số là cài đặt của cơ quan.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>This period no longer exists.</source>
        <translation>Kỳ này không còn tồn tại.</translation>
    </message>
    <message>
        <source>The period was not saved: %1</source>
        <translation>Chưa lưu được kỳ: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <extracomment>%1 is a period such as &quot;Month 3&quot;</extracomment>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>The period was not deleted: %1</source>
        <translation>Chưa xóa được kỳ: %1</translation>
    </message>
    <message>
        <source>Period deleted.</source>
        <translation>Đã xóa kỳ.</translation>
    </message>
    <message>
        <source>Unknown weighting &quot;%1&quot;.</source>
        <translation>Không có cách tính trọng số &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The weighting was not saved: %1</source>
        <translation>Chưa lưu được cách tính trọng số: %1</translation>
    </message>
    <message>
        <source>The yearly score was not applied: %1</source>
        <translation>Chưa ghi được điểm cả năm: %1</translation>
    </message>
    <message>
        <source>Yearly score %1 written to the evaluation.</source>
        <extracomment>%1 is the score, e.g. 82.5</extracomment>
        <translation>Đã ghi điểm cả năm %1 vào kết quả đánh giá.</translation>
    </message>
</context>
<context>
    <name>ScoringService</name>
    <message>
        <source>the transaction could not be committed</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>unknown person &quot;%1&quot;</source>
        <translation>không tìm thấy người &quot;%1&quot;</translation>
    </message>
    <message>
        <source>monthly and quarterly scoring under ND 335/2025 applies to civil servants (công chức) only</source>
        <translation>việc chấm điểm theo tháng, quý theo NĐ 335/2025 chỉ áp dụng đối với công chức</translation>
    </message>
    <message>
        <source>monthly and quarterly scoring under ND 335/2025 applies from the 2026 evaluation year; %1 is evaluated under the earlier rules</source>
        <translation>việc chấm điểm theo tháng, quý theo NĐ 335/2025 áp dụng từ năm đánh giá 2026; năm %1 được đánh giá theo quy định trước đó</translation>
    </message>
    <message>
        <source>this period no longer exists</source>
        <translation>kỳ này không còn tồn tại</translation>
    </message>
    <message>
        <source>a period cannot be moved to another person or year</source>
        <translation>không thể chuyển kỳ sang người hoặc năm khác</translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 is decided: reopen it before changing its periods</source>
        <translation>kết quả đánh giá năm %2 của %1 đã được quyết định: hãy mở lại trước khi sửa các kỳ</translation>
    </message>
    <message>
        <source>cannot save the period: %1</source>
        <translation>không lưu được kỳ: %1</translation>
    </message>
    <message>
        <source>cannot delete the period: %1</source>
        <translation>không xóa được kỳ: %1</translation>
    </message>
    <message>
        <source>cannot save the weighting: %1</source>
        <translation>không lưu được cách tính trọng số: %1</translation>
    </message>
    <message>
        <source>the evaluation of %1 for %2 is decided: reopen it before changing its score</source>
        <translation>kết quả đánh giá năm %2 của %1 đã được quyết định: hãy mở lại trước khi sửa điểm</translation>
    </message>
    <message>
        <source>no period of %1 has a score yet: record the tasks of at least one month or quarter</source>
        <translation>chưa có kỳ nào của năm %1 có điểm: hãy ghi nhận nhiệm vụ của ít nhất một tháng hoặc một quý</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The window changes at once; the choice is kept for the next start.</source>
        <translation>Giao diện đổi ngay; lựa chọn được giữ cho lần mở sau.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Phiên bản chương trình</translation>
    </message>
</context>
<context>
    <name>SpreadsheetWriter</name>
    <message>
        <source>cannot write the spreadsheet (%1): %2</source>
        <extracomment>%1 is where (a cell such as B7, or &quot;the workbook&quot;), %2 libxlsxwriter&apos;s reason (English)</extracomment>
        <translation>không ghi được bảng tính (%1): %2</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: the libxlsxwriter library cannot be loaded (%1)</source>
        <extracomment>%1 the system&apos;s reason (English)</extracomment>
        <translation>không ghi được bảng tính: không nạp được thư viện libxlsxwriter (%1)</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: it needs 1 to %1 columns</source>
        <extracomment>%1 the largest number of columns</extracomment>
        <translation>không ghi được bảng tính: cần có từ 1 đến %1 cột</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: an Excel sheet holds at most %1 rows</source>
        <extracomment>%1 the largest number of rows of an Excel sheet</extracomment>
        <translation>không ghi được bảng tính: mỗi trang tính Excel chỉ chứa tối đa %1 dòng</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: no temporary folder (%1)</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>không ghi được bảng tính: không có thư mục tạm (%1)</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: libxlsxwriter could not start a workbook</source>
        <translation>không ghi được bảng tính: libxlsxwriter không khởi tạo được bảng tính</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: libxlsxwriter could not add the sheet &quot;%1&quot;</source>
        <translation>không ghi được bảng tính: libxlsxwriter không thêm được trang tính &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>bảng tính</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: row %1 has %2 cells for %3 columns</source>
        <extracomment>%1 a row number of the sheet, %2 and %3 numbers of columns</extracomment>
        <translation>không ghi được bảng tính: dòng %1 có %2 ô trong khi có %3 cột</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet: the text of %1 is longer than Excel&apos;s %2 characters</source>
        <extracomment>%1 a cell such as B7, %2 the largest number of characters</extracomment>
        <translation>không ghi được bảng tính: nội dung ô %1 dài hơn giới hạn %2 ký tự của Excel</translation>
    </message>
    <message>
        <source>the filter</source>
        <translation>bộ lọc</translation>
    </message>
    <message>
        <source>cannot read the spreadsheet back from the temporary folder: %1</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>không đọc lại được bảng tính từ thư mục tạm: %1</translation>
    </message>
    <message>
        <source>cannot read the spreadsheet back from the temporary folder: the file is empty</source>
        <translation>không đọc lại được bảng tính từ thư mục tạm: tệp trống</translation>
    </message>
</context>
<context>
    <name>StaffExport</name>
    <message>
        <source>Staff</source>
        <extracomment>the name of the sheet of the staff workbook (at most 31 characters)</extracomment>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>StaffHeader</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Chuyên môn</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận CT</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Cán bộ, công chức</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <extracomment>%n is the number of people the filters select</extracomment>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Search by name or code — accents optional</source>
        <translation>Tìm theo tên hoặc mã, không cần dấu</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tất cả đối tượng</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>Tất cả chức danh</translation>
    </message>
    <message>
        <source>In service on</source>
        <translation>Đang công tác ngày</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Empty: everyone in the registry, in service or not</source>
        <translation>Để trống: mọi người trong danh sách, kể cả đã thôi công tác</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>Nhập ngày theo dạng YYYY-MM-DD hoặc DD/MM/YYYY</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>No one matches “%1” with these filters.</source>
        <extracomment>%1 is the text searched for</extracomment>
        <translation>Không tìm thấy ai khớp với “%1” theo các bộ lọc này.</translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>Không tìm thấy ai khớp với các bộ lọc này.</translation>
    </message>
    <message>
        <source>Check the spelling, or clear the filters to see everyone.</source>
        <translation>Hãy kiểm tra lại chính tả, hoặc xóa bộ lọc để xem tất cả.</translation>
    </message>
    <message>
        <source>No staff yet — import a staff file on the Import page</source>
        <translation>Chưa có cán bộ — hãy nhập tệp danh sách cán bộ ở trang Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Everyone in the registry, in the columns the staff import reads (.xlsx)</source>
        <translation>Mọi người trong danh sách cán bộ, theo các cột của tệp nhập danh sách cán bộ (.xlsx)</translation>
    </message>
    <message>
        <source>Export the staff to Excel</source>
        <translation>Xuất danh sách cán bộ ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>StaffValidator</name>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>giá trị &quot;%1&quot; không hợp lệ; phải là một trong: %2</translation>
    </message>
    <message>
        <source>the staff code is required</source>
        <translation>thiếu mã cán bộ</translation>
    </message>
    <message>
        <source>the staff code is longer than 64 characters</source>
        <translation>mã cán bộ dài quá 64 ký tự</translation>
    </message>
    <message>
        <source>the full name is required</source>
        <translation>thiếu họ và tên</translation>
    </message>
    <message>
        <source>the birth date is required</source>
        <translation>thiếu ngày sinh</translation>
    </message>
    <message>
        <source>the unit is required</source>
        <translation>thiếu đơn vị</translation>
    </message>
    <message>
        <source>the category is required</source>
        <translation>thiếu đối tượng</translation>
    </message>
    <message>
        <source>the position is required</source>
        <translation>thiếu chức danh</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title of a commune cadre (cb_xa); expected one of: %2</source>
        <translation>&quot;%1&quot; không phải chức danh của cán bộ cấp xã (cb_xa); phải là một trong: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a title of a commune civil servant (cc_xa); expected one of: %2</source>
        <translation>&quot;%1&quot; không phải chức danh của công chức cấp xã (cc_xa); phải là một trong: %2</translation>
    </message>
    <message>
        <source>the birth date %1 is before 1900</source>
        <translation>ngày sinh %1 trước năm 1900</translation>
    </message>
    <message>
        <source>the start date %1 is less than 15 years after the birth date</source>
        <translation>ngày bắt đầu %1 cách ngày sinh chưa đủ 15 năm</translation>
    </message>
    <message>
        <source>the end date must be after the start date</source>
        <translation>ngày kết thúc phải sau ngày bắt đầu</translation>
    </message>
</context>
<context>
    <name>StandardChangeDialog</name>
    <message>
        <source>Change a title standard</source>
        <translation>Sửa tiêu chuẩn chức danh</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Áp dụng từ ngày</translation>
    </message>
    <message>
        <source>Change the standard</source>
        <translation>Sửa tiêu chuẩn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>StandardRequirementRow</name>
    <message>
        <source>To verify</source>
        <translation>Cần xác minh</translation>
    </message>
    <message>
        <source>The legal text for this requirement was not confirmed: it is a suggestion until you enforce it.</source>
        <translation>Căn cứ pháp lý của yêu cầu này chưa được xác minh: yêu cầu chỉ là gợi ý cho đến khi bạn áp dụng.</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mức tối thiểu</translation>
    </message>
    <message>
        <source>Enforced</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message>
        <source>Not enforced</source>
        <translation>Không áp dụng</translation>
    </message>
</context>
<context>
    <name>StandardValidator</name>
    <message>
        <source>unknown requirement &quot;%1&quot;</source>
        <translation>không có yêu cầu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no levels: it cannot have a minimum level</source>
        <translation>&quot;%1&quot; không chia theo mức: không thể đặt mức tối thiểu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of %2</source>
        <extracomment>%1 is the code typed, %2 the staff field (e.g. professional_level)</extracomment>
        <translation>&quot;%1&quot; không phải là một mức của %2</translation>
    </message>
    <message>
        <source>the level required in difficult areas (%1) would be above the level required elsewhere (%2)</source>
        <translation>mức yêu cầu ở vùng khó khăn (%1) sẽ cao hơn mức yêu cầu ở nơi khác (%2)</translation>
    </message>
    <message>
        <source>a field requirement needs at least one keyword</source>
        <translation>yêu cầu về chuyên ngành cần có ít nhất một từ khóa</translation>
    </message>
    <message>
        <source>a keyword cannot contain &quot;|&quot;</source>
        <translation>từ khóa không được chứa ký tự &quot;|&quot;</translation>
    </message>
</context>
<context>
    <name>StandardsController</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>a period of a title standard: first day – last day (DD/MM/YYYY)</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ ngày %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến ngày %1</translation>
    </message>
    <message>
        <source>always</source>
        <translation>không giới hạn thời gian</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a legal instrument and article, %2 its period</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 or higher</source>
        <extracomment>%1 is a level, e.g. &quot;University&quot;</extracomment>
        <translation>%1 trở lên</translation>
    </message>
    <message>
        <source>%1; %2 or higher in a difficult area</source>
        <extracomment>%1 is the level required elsewhere (already &quot;… or higher&quot;), %2 the lower level</extracomment>
        <translation>%1; vùng khó khăn: %2 trở lên</translation>
    </message>
    <message>
        <source>a field containing “%1”</source>
        <extracomment>%1 is a list of words, e.g. &quot;luật&quot;</extracomment>
        <translation>Chuyên ngành có chứa “%1”</translation>
    </message>
    <message>
        <source>on record</source>
        <translation>Có trong hồ sơ</translation>
    </message>
    <message>
        <source>This title standard no longer exists: reopen Settings.</source>
        <translation>Tiêu chuẩn chức danh này không còn tồn tại: hãy mở lại trang Cài đặt.</translation>
    </message>
    <message>
        <source>The standard of %1 was not changed: “%2” is not a date (type DD/MM/YYYY).</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>Chưa sửa tiêu chuẩn chức danh %1: “%2” không phải là ngày (nhập theo dạng DD/MM/YYYY).</translation>
    </message>
    <message>
        <source>The standard of %1 was not changed: it has no such requirement.</source>
        <translation>Chưa sửa tiêu chuẩn chức danh %1: tiêu chuẩn không có yêu cầu này.</translation>
    </message>
    <message>
        <source>The standard of %1 was not changed: %2.</source>
        <extracomment>%1 is a commune title, %2 the reasons</extracomment>
        <translation>Chưa sửa tiêu chuẩn chức danh %1: %2.</translation>
    </message>
    <message>
        <source>The standard of %1 changes from %2.</source>
        <translation>Đã sửa tiêu chuẩn chức danh %1, áp dụng từ ngày %2.</translation>
    </message>
    <message>
        <source>The standard of %1 was changed for its whole period.</source>
        <translation>Đã sửa tiêu chuẩn chức danh %1 cho toàn bộ thời gian áp dụng.</translation>
    </message>
    <message>
        <source>The lower level now applies in difficult areas.</source>
        <translation>Đã áp dụng mức trình độ thấp hơn ở vùng khó khăn.</translation>
    </message>
    <message>
        <source>The lower level no longer applies in difficult areas.</source>
        <translation>Đã thôi áp dụng mức trình độ thấp hơn ở vùng khó khăn.</translation>
    </message>
    <message>
        <source>The standard of %1 applies until %2: choose an earlier date.</source>
        <extracomment>%1 is a commune title, %2 the last day of its standard</extracomment>
        <translation>Tiêu chuẩn chức danh %1 chỉ áp dụng đến ngày %2: hãy chọn ngày sớm hơn.</translation>
    </message>
    <message>
        <source>From %1 until %2 the standard of %3 changes; reports for other dates keep their standard.</source>
        <extracomment>%1 and %2 are dates (DD/MM/YYYY), %3 a commune title</extracomment>
        <translation>Từ ngày %1 đến ngày %2, tiêu chuẩn chức danh %3 thay đổi; báo cáo tại các ngày khác giữ nguyên tiêu chuẩn của ngày đó.</translation>
    </message>
    <message>
        <source>From %1 the standard of %2 changes; reports for earlier dates keep the old one.</source>
        <extracomment>%1 is a date (DD/MM/YYYY), %2 a commune title</extracomment>
        <translation>Từ ngày %1, tiêu chuẩn chức danh %2 thay đổi; báo cáo tại các ngày trước đó giữ tiêu chuẩn cũ.</translation>
    </message>
    <message>
        <source>The standard of %1 changes for its whole period (%2); reports for dates before it are not affected.</source>
        <extracomment>%1 is a commune title, %2 the period of its standard</extracomment>
        <translation>Tiêu chuẩn chức danh %1 thay đổi cho toàn bộ thời gian áp dụng (%2); báo cáo tại các ngày trước thời gian này không bị ảnh hưởng.</translation>
    </message>
</context>
<context>
    <name>StandardsJson</name>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON không hợp lệ tại vị trí %1: %2</translation>
    </message>
    <message>
        <source>no &quot;standards&quot; list</source>
        <translation>không có danh sách &quot;standards&quot;</translation>
    </message>
    <message>
        <source>standard %1: valid_from, valid_to and deadline must be dates written YYYY-MM-DD</source>
        <translation>tiêu chuẩn %1: valid_from, valid_to và deadline phải là ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>standard %1: valid_to must be after valid_from</source>
        <translation>tiêu chuẩn %1: valid_to phải sau valid_from</translation>
    </message>
    <message>
        <source>standard %1: no instrument</source>
        <translation>tiêu chuẩn %1: thiếu văn bản quy định (instrument)</translation>
    </message>
    <message>
        <source>standard %1: a requirement has no key or an unknown kind</source>
        <translation>tiêu chuẩn %1: có yêu cầu thiếu key hoặc có kind không hợp lệ</translation>
    </message>
    <message>
        <source>standard %1, requirement %2: %3</source>
        <translation>tiêu chuẩn %1, yêu cầu %2: %3</translation>
    </message>
    <message>
        <source>standard %1: no positions</source>
        <translation>tiêu chuẩn %1: không có chức danh nào (positions)</translation>
    </message>
    <message>
        <source>standard %1: unknown title &quot;%2&quot;</source>
        <translation>tiêu chuẩn %1: không có chức danh &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>StandardsSection</name>
    <message>
        <source>Enforce “%1” for %2.</source>
        <extracomment>%1 is a requirement (e.g. &quot;Political theory&quot;), %2 a commune title</extracomment>
        <translation>Áp dụng yêu cầu “%1” cho chức danh %2.</translation>
    </message>
    <message>
        <source>Stop enforcing “%1” for %2.</source>
        <extracomment>%1 is a requirement (e.g. &quot;Political theory&quot;), %2 a commune title</extracomment>
        <translation>Thôi áp dụng yêu cầu “%1” cho chức danh %2.</translation>
    </message>
    <message>
        <source>“%1” for %2: %3 or higher instead of %4 or higher.</source>
        <extracomment>%1 is a requirement, %2 a commune title, %3 and %4 levels (e.g. &quot;University&quot;)</extracomment>
        <translation>“%1” của chức danh %2: %3 trở lên thay cho %4 trở lên.</translation>
    </message>
    <message>
        <source>Title standards</source>
        <translation>Tiêu chuẩn chức danh</translation>
    </message>
    <message>
        <source>The standard of each commune title in force on %1, with its legal basis. A change takes effect from the date you choose; reports for earlier dates keep the standard of their date.</source>
        <extracomment>%1 is today&apos;s date, DD/MM/YYYY</extracomment>
        <translation>Tiêu chuẩn của từng chức danh cấp xã đang áp dụng tại ngày %1, kèm căn cứ pháp lý. Thay đổi có hiệu lực từ ngày bạn chọn; báo cáo tại các ngày trước đó vẫn dùng tiêu chuẩn của ngày đó.</translation>
    </message>
    <message>
        <source>Lower professional level in difficult areas</source>
        <translation>Trình độ chuyên môn thấp hơn ở vùng khó khăn</translation>
    </message>
    <message>
        <source>Province setting: in units marked as difficult areas, the lower level a standard names is enough. It has no date: reports on every date use it.</source>
        <translation>Cài đặt của tỉnh: ở đơn vị thuộc vùng khó khăn, chỉ cần đạt mức thấp hơn mà tiêu chuẩn quy định. Cài đặt này không gắn với ngày: báo cáo tại mọi ngày đều dùng.</translation>
    </message>
    <message>
        <source>No standard in force</source>
        <translation>Chưa có tiêu chuẩn áp dụng</translation>
    </message>
    <message>
        <source>Nothing enforced: not counted</source>
        <translation>Không áp dụng yêu cầu nào: không tính</translation>
    </message>
    <message>
        <source>No standard in force today.</source>
        <translation>Hôm nay chưa có tiêu chuẩn áp dụng.</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <extracomment>%1 is a period, e.g. &quot;from 01/08/2023&quot; or &quot;25/12/2019 – 31/07/2023&quot;</extracomment>
        <translation>Thời gian áp dụng: %1</translation>
    </message>
    <message>
        <source>Staff must meet it by %1</source>
        <extracomment>%1 is a date, DD/MM/YYYY</extracomment>
        <translation>Cán bộ, công chức phải đạt chuẩn trước ngày %1</translation>
    </message>
    <message>
        <source>No requirement is enforced: people with this title are listed in reports, not counted.</source>
        <translation>Không có yêu cầu nào được áp dụng: người giữ chức danh này có trong báo cáo nhưng không được tính vào tỷ lệ.</translation>
    </message>
    <message>
        <source>Every period of this title</source>
        <translation>Tiêu chuẩn của chức danh qua từng thời kỳ</translation>
    </message>
</context>
<context>
    <name>StandardsService</name>
    <message>
        <source>the title standard %1 does not exist</source>
        <translation>không tìm thấy tiêu chuẩn chức danh %1</translation>
    </message>
    <message>
        <source>cannot read the title standards: %1</source>
        <translation>không đọc được tiêu chuẩn chức danh: %1</translation>
    </message>
    <message>
        <source>the standard of %1 has no requirement number %2</source>
        <extracomment>%1 is a commune title, %2 a number</extracomment>
        <translation>tiêu chuẩn chức danh %1 không có yêu cầu số %2</translation>
    </message>
    <message>
        <source>the date the change takes effect is missing</source>
        <translation>thiếu ngày áp dụng thay đổi</translation>
    </message>
    <message>
        <source>this standard applies until %1: a change from %2 would apply to no date</source>
        <extracomment>%1 is the last day of the standard, %2 the date typed (DD/MM/YYYY)</extracomment>
        <translation>tiêu chuẩn này chỉ áp dụng đến ngày %1: thay đổi từ ngày %2 sẽ không áp dụng cho ngày nào</translation>
    </message>
    <message>
        <source>cannot change the standard of %1: %2</source>
        <extracomment>%1 is a commune title, %2 the storage error</extracomment>
        <translation>không sửa được tiêu chuẩn chức danh %1: %2</translation>
    </message>
    <message>
        <source>cannot read the settings: %1</source>
        <translation>không đọc được cài đặt: %1</translation>
    </message>
    <message>
        <source>cannot save the difficult-area rule: %1</source>
        <translation>không lưu được cài đặt vùng khó khăn: %1</translation>
    </message>
</context>
<context>
    <name>TitleStandardCard</name>
    <message>
        <source>Title standard</source>
        <translation>Tiêu chuẩn chức danh</translation>
    </message>
    <message>
        <source>No standard in force for this title</source>
        <translation>Chức danh này chưa có tiêu chuẩn áp dụng</translation>
    </message>
    <message>
        <source>Meets the standard of the title</source>
        <translation>Đạt tiêu chuẩn chức danh</translation>
    </message>
    <message numerus="yes">
        <source>Does not meet the standard: %n gaps</source>
        <translation>
            <numerusform>Chưa đạt chuẩn: thiếu %n yêu cầu</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <extracomment>%1 is today&apos;s date, DD/MM/YYYY</extracomment>
        <translation>tính đến ngày %1</translation>
    </message>
    <message>
        <source>in force since %1</source>
        <extracomment>%1 is a date, DD/MM/YYYY</extracomment>
        <translation>áp dụng từ ngày %1</translation>
    </message>
    <message>
        <source>to be met by %1</source>
        <extracomment>%1 is a date, DD/MM/YYYY</extracomment>
        <translation>phải đạt chuẩn trước ngày %1</translation>
    </message>
    <message>
        <source>The unit is in a difficult area: the lower professional level applies where the standard allows it.</source>
        <translation>Đơn vị thuộc vùng khó khăn: áp dụng mức trình độ chuyên môn thấp hơn nếu tiêu chuẩn cho phép.</translation>
    </message>
    <message>
        <source>Not counted in the commune-level rate on this date (not in service, or not in a commune, ward or town).</source>
        <translation>Không được tính vào tỷ lệ đạt chuẩn cấp xã tại ngày này (không trong thời gian công tác, hoặc không công tác ở xã, phường, thị trấn).</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Mức yêu cầu</translation>
    </message>
    <message>
        <source>On record</source>
        <translation>Theo hồ sơ</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ pháp lý</translation>
    </message>
    <message>
        <source>To verify (not enforced, shown for information)</source>
        <translation>Cần xác minh (chưa áp dụng, chỉ để tham khảo)</translation>
    </message>
    <message>
        <source>Gaps: %1</source>
        <extracomment>%1 lists the requirements not met, e.g. &quot;Political theory, Professional level&quot;</extracomment>
        <translation>Chưa đạt: %1</translation>
    </message>
    <message>
        <source>No gaps.</source>
        <translation>Đạt tất cả các yêu cầu.</translation>
    </message>
</context>
<context>
    <name>TrainingBudget</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến chi</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Đã chi</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>No training budget in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Chưa có kinh phí đào tạo, bồi dưỡng năm %1.</translation>
    </message>
    <message>
        <source>A budget comes with a saved plan of the year.</source>
        <translation>Kinh phí được ghi cùng với kế hoạch đã lưu của năm.</translation>
    </message>
    <message>
        <source>Go to the plan</source>
        <translation>Đến thẻ Kế hoạch</translation>
    </message>
    <message>
        <source>Planned: enrolments not dropped. Spent: enrolled, attending or completed. A unit without a plan of its own draws on the whole office&apos;s budget (—).</source>
        <translation>Dự kiến chi: các lượt cử học trừ lượt thôi học. Đã chi: các lượt đã đăng ký, đang học hoặc hoàn thành. Đơn vị không có kế hoạch riêng sử dụng kinh phí chung của toàn cơ quan (—).</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>TrainingCatalogue</name>
    <message>
        <source>Providers and costs are examples: edit them to the office&apos;s prices. A retired course is no longer proposed but stays in the enrolments that used it.</source>
        <translation>Cơ sở đào tạo và kinh phí chỉ là ví dụ: hãy sửa theo mức giá thực tế của cơ quan. Khóa học đã ngừng sử dụng không được đề xuất nữa nhưng vẫn được giữ trong các lượt cử học đã dùng khóa đó.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Cơ sở đào tạo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Trình độ đạt được</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <extracomment>%1 is the course&apos;s name</extracomment>
        <translation>%1 (ngừng sử dụng)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ngừng sử dụng</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>The course catalogue is empty.</source>
        <translation>Danh mục khóa học đang trống.</translation>
    </message>
    <message>
        <source>The catalogue is shipped with the program and filled in when the database is created.</source>
        <translation>Danh mục khóa học được cài sẵn cùng chương trình và được nạp khi tạo cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>TrainingCatalogueJson</name>
    <message>
        <source>not JSON at offset %1: %2</source>
        <translation>không phải JSON tại vị trí %1: %2</translation>
    </message>
    <message>
        <source>not a training catalogue (&quot;format&quot; must be &quot;congvu-training-catalogue&quot;)</source>
        <translation>không phải danh mục khóa đào tạo (&quot;format&quot; phải là &quot;congvu-training-catalogue&quot;)</translation>
    </message>
    <message>
        <source>course %1: the code is used twice</source>
        <translation>khóa %1: mã bị dùng hai lần</translation>
    </message>
    <message>
        <source>course %1 (entry %2): %3: %4</source>
        <translation>khóa %1 (mục %2): %3: %4</translation>
    </message>
    <message>
        <source>the catalogue has no course</source>
        <translation>danh mục không có khóa nào</translation>
    </message>
</context>
<context>
    <name>TrainingConfirmDialog</name>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete enrolment</source>
        <translation>Xóa lượt cử học</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <source>type the start date as DD/MM/YYYY</source>
        <translation>nhập ngày bắt đầu theo dạng DD/MM/YYYY</translation>
    </message>
    <message>
        <source>%1 of %2 VND</source>
        <extracomment>%1 is the cost of the enrolments, %2 the budget (VND)</extracomment>
        <translation>%1/%2 đồng</translation>
    </message>
    <message>
        <source>%1 (%2 VND)</source>
        <extracomment>%1 is the course&apos;s name, %2 its cost in VND</extracomment>
        <translation>%1 (%2 đồng)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a staff field (e.g. Political theory), %2 the value a course gives it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is a number, %2 a unit of time (days, months)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: needs %2 (has %3)</source>
        <extracomment>%1 is a requirement (e.g. Political theory), %2 what the standard asks, %3 what is on record</extracomment>
        <translation>%1: cần %2 (hiện có %3)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>%1 is a line about a need, %2 the course that closes it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → no course closes it</source>
        <extracomment>%1 is a line about a need no course of the catalogue closes</extracomment>
        <translation>%1 → không có khóa học đáp ứng</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toàn cơ quan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>no course has the code %1</source>
        <translation>không có khóa học nào mang mã %1</translation>
    </message>
    <message>
        <source>The course was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Chưa lưu được khóa học: %1</translation>
    </message>
    <message>
        <source>type the cost in VND as a whole number</source>
        <translation>nhập kinh phí là số nguyên (đồng)</translation>
    </message>
    <message>
        <source>Course saved: %1.</source>
        <extracomment>%1 is the course&apos;s name</extracomment>
        <translation>Đã lưu khóa học: %1.</translation>
    </message>
    <message>
        <source>the start date is required</source>
        <translation>cần nhập ngày bắt đầu</translation>
    </message>
    <message>
        <source>Type the start date of the plan.</source>
        <translation>Hãy nhập ngày bắt đầu của kế hoạch.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s) proposed; %1 need(s) left out.</source>
        <extracomment>%n is the number of enrolments proposed, %1 the needs left out</extracomment>
        <translation>
            <numerusform>Đã đề xuất %n lượt cử học; còn %1 nhu cầu chưa được đưa vào kế hoạch.</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a person</source>
        <translation>hãy chọn một người</translation>
    </message>
    <message>
        <source>no person has the code %1</source>
        <translation>không có người nào mang mã %1</translation>
    </message>
    <message>
        <source>%1 is not in service on %2</source>
        <translation>%1 không đang công tác vào ngày %2</translation>
    </message>
    <message>
        <source>choose a course</source>
        <translation>hãy chọn khóa học</translation>
    </message>
    <message>
        <source>the course %1 is retired and no longer offered</source>
        <translation>khóa %1 đã ngừng và không còn được mở</translation>
    </message>
    <message>
        <source>%1 is already planned in %2</source>
        <extracomment>%1 is a person&apos;s name, %2 a course</extracomment>
        <translation>%1 đã được dự kiến cử học khóa %2</translation>
    </message>
    <message>
        <source>no need on record</source>
        <translation>không có nhu cầu được ghi nhận</translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Kế hoạch đào tạo, bồi dưỡng năm %1</translation>
    </message>
    <message>
        <source>the plan has no enrolment</source>
        <translation>kế hoạch chưa có lượt cử học nào</translation>
    </message>
    <message>
        <source>The plan was not saved: it has no enrolment.</source>
        <translation>Chưa lưu được kế hoạch: kế hoạch chưa có lượt cử học nào.</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Chưa lưu được kế hoạch: %1</translation>
    </message>
    <message numerus="yes">
        <source>Plan saved: %1, %n enrolment(s).</source>
        <extracomment>%1 is the plan&apos;s title, %n the number of enrolments</extracomment>
        <translation>
            <numerusform>Đã lưu kế hoạch: %1, %n lượt cử học.</numerusform>
        </translation>
    </message>
    <message>
        <source>The enrolment was not changed: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Chưa thay đổi được lượt cử học: %1</translation>
    </message>
    <message>
        <source>Enrolment now %1.</source>
        <extracomment>%1 is a status of an enrolment (enrolled, attending, completed, dropped)</extracomment>
        <translation>Lượt cử học đã chuyển sang trạng thái %1.</translation>
    </message>
    <message>
        <source>type the certificate date as DD/MM/YYYY</source>
        <translation>nhập ngày cấp chứng chỉ theo dạng DD/MM/YYYY</translation>
    </message>
    <message>
        <source>The enrolment was not deleted: %1</source>
        <translation>Chưa xóa được lượt cử học: %1</translation>
    </message>
    <message>
        <source>Enrolment deleted.</source>
        <translation>Đã xóa lượt cử học.</translation>
    </message>
    <message>
        <source>The plan could not be printed: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>Không in được kế hoạch: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>The training plan was written to %1.</source>
        <extracomment>%1 is the path of the PDF file written</extracomment>
        <translation>Đã ghi kế hoạch đào tạo, bồi dưỡng vào %1.</translation>
    </message>
</context>
<context>
    <name>TrainingCourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Sửa khóa học</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Cơ sở đào tạo</translation>
    </message>
    <message>
        <source>Cost per person (VND)</source>
        <translation>Kinh phí mỗi người (đồng)</translation>
    </message>
    <message>
        <source>Offered (a retired course is not proposed)</source>
        <translation>Đang mở (khóa học đã ngừng sử dụng không được đề xuất)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TrainingCourseValidator</name>
    <message>
        <source>the course code must be 1 to 64 lower-case letters, digits or _</source>
        <translation>mã khóa phải gồm 1 đến 64 chữ thường, chữ số hoặc dấu _</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>giá trị &quot;%1&quot; không hợp lệ; phải là một trong: %2</translation>
    </message>
    <message>
        <source>the Vietnamese name is required</source>
        <translation>cần có tên tiếng Việt</translation>
    </message>
    <message>
        <source>the duration must be a whole number above 0</source>
        <translation>thời lượng phải là số nguyên lớn hơn 0</translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation>kinh phí không được âm</translation>
    </message>
    <message>
        <source>unknown requirement &quot;%1&quot;; expected one of: %2</source>
        <translation>yêu cầu &quot;%1&quot; không hợp lệ; phải là một trong: %2</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 được nêu hai lần</translation>
    </message>
    <message>
        <source>%1: unknown level &quot;%2&quot;; expected one of: %3</source>
        <translation>%1: trình độ &quot;%2&quot; không hợp lệ; phải là một trong: %3</translation>
    </message>
    <message>
        <source>%1: the value recorded on completion is required</source>
        <translation>%1: cần có giá trị được ghi nhận khi hoàn thành</translation>
    </message>
    <message>
        <source>a title code cannot be empty or start or end with a space</source>
        <translation>mã chức danh không được để trống hoặc bắt đầu, kết thúc bằng dấu cách</translation>
    </message>
</context>
<context>
    <name>TrainingEnrolments</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is a person&apos;s name, %2 a course</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Delete the planned enrolment %1?</source>
        <extracomment>%1 is a person and a course</extracomment>
        <translation>Xóa lượt cử học dự kiến %1?</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Enter: next step · Delete: delete a planned enrolment or drop one under way</source>
        <translation>Enter: bước tiếp theo · Delete: xóa lượt cử học dự kiến hoặc ghi thôi học đối với lượt đang thực hiện</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Khóa học</translation>
    </message>
    <message>
        <source>Start – end · cost (VND)</source>
        <translation>Bắt đầu – kết thúc · kinh phí (đồng)</translation>
    </message>
    <message>
        <source>Certificate %1 of %2</source>
        <extracomment>%1 is a certificate number, %2 its date</extracomment>
        <translation>Chứng chỉ số %1 ngày %2</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Đang học</translation>
    </message>
    <message>
        <source>Complete…</source>
        <translation>Hoàn thành…</translation>
    </message>
    <message>
        <source>Drop…</source>
        <translation>Thôi học…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>No enrolment in %1.</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Không có lượt cử học nào trong năm %1.</translation>
    </message>
    <message>
        <source>Enrolments come from a saved plan: propose one on the Plan tab, edit it and save it.</source>
        <translation>Lượt cử học được tạo từ kế hoạch đã lưu: hãy đề xuất kế hoạch ở thẻ Kế hoạch, chỉnh sửa rồi lưu lại.</translation>
    </message>
    <message>
        <source>Go to the plan</source>
        <translation>Đến thẻ Kế hoạch</translation>
    </message>
</context>
<context>
    <name>TrainingNeeds</name>
    <message>
        <source>Search name or code (diacritics optional)</source>
        <translation>Tìm theo tên hoặc mã, không cần dấu</translation>
    </message>
    <message>
        <source>All titles</source>
        <translation>Tất cả chức danh</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả loại hình</translation>
    </message>
    <message>
        <source>%1 needs of %2 people · %3 no course closes</source>
        <extracomment>%1 is a number of needs, %2 a number of people, %3 the needs no course closes</extracomment>
        <translation>%1 nhu cầu của %2 người · %3 nhu cầu không có khóa học đáp ứng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit · title</source>
        <translation>Đơn vị · chức danh</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Needs → course that closes it</source>
        <translation>Nhu cầu → khóa học đáp ứng</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>Không tìm thấy ai khớp với các bộ lọc này.</translation>
    </message>
    <message>
        <source>No training need.</source>
        <translation>Không có nhu cầu đào tạo, bồi dưỡng.</translation>
    </message>
    <message>
        <source>Needs come from the gaps to the title standards of commune cadres and civil servants (ND 33/2023): everyone in scope meets their standard, or nobody of the commune level is recorded yet.</source>
        <translation>Nhu cầu được xác định từ các yêu cầu còn thiếu so với tiêu chuẩn chức danh của cán bộ, công chức cấp xã (NĐ 33/2023): mọi người trong phạm vi đều đã đạt chuẩn, hoặc chưa có cán bộ, công chức cấp xã nào trong dữ liệu.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <translation>Đào tạo, bồi dưỡng</translation>
    </message>
    <message>
        <source>Plans that close the gaps to the title standards before the deadline</source>
        <translation>Kế hoạch để cán bộ, công chức đạt tiêu chuẩn chức danh trước thời hạn</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toàn cơ quan</translation>
    </message>
    <message>
        <source>Print plan (PDF)</source>
        <translation>In kế hoạch (PDF)</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Danh mục</translation>
    </message>
    <message numerus="yes">
        <source>Needs (%n)</source>
        <extracomment>%n is the number of people with training needs</extracomment>
        <translation>
            <numerusform>Nhu cầu (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message numerus="yes">
        <source>Enrolments (%n)</source>
        <extracomment>%n is the number of enrolments of the year</extracomment>
        <translation>
            <numerusform>Lượt cử học (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Save the training plan</source>
        <translation>Lưu kế hoạch đào tạo, bồi dưỡng</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>TrainingPersonPicker</name>
    <message>
        <source>Staff code or name</source>
        <translation>Mã hoặc tên cán bộ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>TrainingPlanEditor</name>
    <message numerus="yes">
        <source>Save the plan with %n enrolment(s) costing %1 VND of a budget of %2 VND? The enrolments are recorded as planned.</source>
        <extracomment>%n is the number of enrolments, %1 their cost, %2 the budget</extracomment>
        <translation>
            <numerusform>Lưu kế hoạch gồm %n lượt cử học với tổng kinh phí %1 đồng trên mức kinh phí %2 đồng? Các lượt cử học được ghi ở trạng thái dự kiến.</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <extracomment>%1 is a year</extracomment>
        <translation>Kế hoạch đào tạo, bồi dưỡng năm %1</translation>
    </message>
    <message>
        <source>Propose</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Fill the plan with the enrolments that close the most gaps before the deadline within the budget</source>
        <translation>Lập kế hoạch gồm các lượt cử học đáp ứng được nhiều yêu cầu còn thiếu nhất trước thời hạn, trong phạm vi kinh phí</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Choose a course…</source>
        <translation>Chọn khóa học…</translation>
    </message>
    <message>
        <source>Add to plan</source>
        <translation>Thêm vào kế hoạch</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Course · closes</source>
        <translation>Khóa học · đáp ứng</translation>
    </message>
    <message>
        <source>Start – end · deadline</source>
        <translation>Bắt đầu – kết thúc · thời hạn</translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <source>%1 · added by hand</source>
        <extracomment>%1 is a staff code; shown when the row was added by hand</extracomment>
        <translation>%1 · thêm thủ công</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <extracomment>%1 is the date by which the person must meet the standard</extracomment>
        <translation>thời hạn %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>The plan has no enrolment left.</source>
        <translation>Kế hoạch không còn lượt cử học nào.</translation>
    </message>
    <message>
        <source>No plan being edited.</source>
        <translation>Chưa có kế hoạch nào đang lập.</translation>
    </message>
    <message>
        <source>Type the budget and the start date, then Propose: the enrolments that close the most gaps before the deadline come first. Add or remove rows before saving.</source>
        <translation>Nhập kinh phí và ngày bắt đầu, rồi nhấn Đề xuất: các lượt cử học đáp ứng được nhiều yêu cầu còn thiếu nhất trước thời hạn được xếp trước. Có thể thêm hoặc bỏ dòng trước khi lưu.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <extracomment>%1 is the cost of the plan against its budget</extracomment>
        <translation>Tổng: %1</translation>
    </message>
    <message>
        <source>Over the budget by %1 VND</source>
        <extracomment>%1 is an amount of money in VND</extracomment>
        <translation>Vượt kinh phí %1 đồng</translation>
    </message>
    <message>
        <source>Remaining: %1 VND</source>
        <extracomment>%1 is an amount of money in VND</extracomment>
        <translation>Còn lại: %1 đồng</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Lưu kế hoạch</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) not planned, and why</source>
        <extracomment>%n is the number of needs the proposal left out</extracomment>
        <translation>
            <numerusform>%n nhu cầu chưa được đưa vào kế hoạch và lý do</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Lưu kế hoạch</translation>
    </message>
</context>
<context>
    <name>TrainingPlanPdf</name>
    <message>
        <source>PEOPLE&apos;S COMMITTEE</source>
        <translation>ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <source>No.: ……/KH</source>
        <translation>Số: ……/KH</translation>
    </message>
    <message>
        <source>%1, %2/%3/%4</source>
        <comment>place, day, month, year of signature</comment>
        <translation>%1, ngày %2 tháng %3 năm %4</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>KẾ HOẠCH</translation>
    </message>
    <message>
        <source>TRAINING AND DEVELOPMENT OF CADRES, CIVIL SERVANTS AND PUBLIC EMPLOYEES IN %1</source>
        <translation>Đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm %1</translation>
    </message>
    <message>
        <source>I. The year in figures</source>
        <translation>I. Số liệu chung của năm</translation>
    </message>
    <message>
        <source>Plans: &lt;b&gt;%1&lt;/b&gt;. Enrolments: &lt;b&gt;%2&lt;/b&gt; in &lt;b&gt;%3&lt;/b&gt; course(s). Budget: &lt;b&gt;%4&lt;/b&gt; VND; planned cost: &lt;b&gt;%5&lt;/b&gt; VND; committed (enrolled, attending or completed): &lt;b&gt;%6&lt;/b&gt; VND.</source>
        <translation>Số kế hoạch: &lt;b&gt;%1&lt;/b&gt;. Số lượt cử học: &lt;b&gt;%2&lt;/b&gt;, thuộc &lt;b&gt;%3&lt;/b&gt; khóa học. Kinh phí: &lt;b&gt;%4&lt;/b&gt; đồng; chi phí dự kiến: &lt;b&gt;%5&lt;/b&gt; đồng; đã chi (đã đăng ký, đang học hoặc hoàn thành): &lt;b&gt;%6&lt;/b&gt; đồng.</translation>
    </message>
    <message>
        <source>Completed: &lt;b&gt;%1&lt;/b&gt;; dropped: &lt;b&gt;%2&lt;/b&gt; (not listed below).</source>
        <translation>Hoàn thành: &lt;b&gt;%1&lt;/b&gt;; thôi học: &lt;b&gt;%2&lt;/b&gt; (không liệt kê dưới đây).</translation>
    </message>
    <message>
        <source>The planned cost exceeds the budget by %1 VND.</source>
        <translation>Chi phí dự kiến vượt kinh phí %1 đồng.</translation>
    </message>
    <message>
        <source>II. People to train, by course</source>
        <translation>II. Danh sách cử đi đào tạo, bồi dưỡng theo khóa học</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <extracomment>%1 number of the course, %2 its name, %3 its kind, %4 number of people, %5 cost (VND)</extracomment>
        <translation>
            <numerusform>%n người</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is enrolled.</source>
        <translation>Chưa có ai được cử đi học.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Cost (VND)</source>
        <translation>Kinh phí (đồng)</translation>
    </message>
    <message>
        <source>III. Budget by unit (VND)</source>
        <translation>III. Kinh phí theo đơn vị (đồng)</translation>
    </message>
    <message>
        <source>No plan and no enrolment in the year.</source>
        <translation>Không có kế hoạch và lượt cử học nào trong năm.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến chi</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Đã chi</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>People</source>
        <comment>@title:column enrolments not dropped</comment>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>@title:column completed</comment>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Thôi học</translation>
    </message>
    <message>
        <source>Planned: the cost of every enrolment not dropped; spent: the cost of those enrolled, attending or completed; remaining: budget less planned. The enrolments of a unit&apos;s plan count on that unit; those of an office-wide plan or of no plan count on the person&apos;s unit, while the office-wide budget stands on its own line (&quot;–&quot;: no plan of the unit&apos;s own).</source>
        <translation>Dự kiến chi: kinh phí của mọi lượt cử học trừ thôi học; đã chi: kinh phí của các lượt đã đăng ký, đang học hoặc hoàn thành; còn lại: kinh phí trừ dự kiến chi. Lượt cử học thuộc kế hoạch của đơn vị được tính cho đơn vị đó; lượt thuộc kế hoạch chung của toàn cơ quan hoặc ngoài kế hoạch được tính cho đơn vị của người học, còn kinh phí chung của toàn cơ quan được ghi ở dòng riêng (&quot;–&quot;: đơn vị không có kế hoạch riêng).</translation>
    </message>
    <message>
        <source>PREPARED BY</source>
        <translation>NGƯỜI LẬP BIỂU</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(Ký, ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>HEAD OF THE UNIT</source>
        <translation>THỦ TRƯỞNG ĐƠN VỊ</translation>
    </message>
    <message>
        <source>(signature, full name and seal)</source>
        <translation>(Ký, ghi rõ họ tên, đóng dấu)</translation>
    </message>
    <message>
        <source>a PDF can only be made with the graphical libraries loaded (QGuiApplication)</source>
        <translation>chỉ tạo được tệp PDF khi đã nạp thư viện đồ họa (QGuiApplication)</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>không khởi tạo được tệp PDF</translation>
    </message>
    <message>
        <source>cannot write the PDF</source>
        <translation>không ghi được tệp PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Training plan, %1</source>
        <translation>Kế hoạch đào tạo, bồi dưỡng năm %1</translation>
    </message>
    <message>
        <source>Basis: Decree 101/2017/NĐ-CP on the training and development of cadres, civil servants and public employees (amended by Decree 89/2021/NĐ-CP); Decree 171/2025/NĐ-CP; Decree 33/2023/NĐ-CP on commune-level cadres, civil servants and part-time workers; the training needs of the staff against the standards of their titles.</source>
        <translation>Căn cứ: Nghị định 101/2017/NĐ-CP về đào tạo, bồi dưỡng cán bộ, công chức, viên chức (được sửa đổi bởi Nghị định 89/2021/NĐ-CP); Nghị định 171/2025/NĐ-CP; Nghị định 33/2023/NĐ-CP về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã; nhu cầu đào tạo, bồi dưỡng của cán bộ, công chức so với tiêu chuẩn chức danh.</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toàn cơ quan</translation>
    </message>
</context>
<context>
    <name>TrainingPlanner</name>
    <message>
        <source>no course of the catalogue closes this gap (title standard, ND 33/2023)</source>
        <translation>không có khóa nào trong danh mục đáp ứng được thiếu hụt này (tiêu chuẩn chức danh, NĐ 33/2023)</translation>
    </message>
    <message>
        <source>no course that closes this gap ends by the deadline %1 (ND 33/2023)</source>
        <translation>không có khóa nào đáp ứng thiếu hụt này kết thúc trước thời hạn %1 (NĐ 33/2023)</translation>
    </message>
    <message>
        <source>barred from training by a discipline decision until %1 (Luật 52/2019/QH14 Art. 1 cl. 17: Luật Cán bộ, công chức Art. 82)</source>
        <translation>chưa được cử đi đào tạo, bồi dưỡng do quyết định kỷ luật, đến ngày %1 (khoản 17 Điều 1 Luật 52/2019/QH14: Điều 82 Luật Cán bộ, công chức)</translation>
    </message>
    <message>
        <source>%1: postgraduate training needs at least 3 years of service (ND 171/2025)</source>
        <translation>%1: đào tạo sau đại học cần ít nhất 3 năm công tác (NĐ 171/2025)</translation>
    </message>
    <message>
        <source>%1: postgraduate training needs the 2 consecutive years before rated HTTNV or better (ND 171/2025)</source>
        <translation>%1: đào tạo sau đại học cần 2 năm liên tục liền kề được xếp loại HTTNV trở lên (NĐ 171/2025)</translation>
    </message>
    <message>
        <source>%1: postgraduate training needs an age of 45 or under at enrolment (ND 171/2025)</source>
        <translation>%1: đào tạo sau đại học cần không quá 45 tuổi khi được cử đi học (NĐ 171/2025)</translation>
    </message>
    <message>
        <source>%1: no seat left in the plan</source>
        <translation>%1: kế hoạch đã hết chỉ tiêu</translation>
    </message>
    <message>
        <source>%1: the plan&apos;s budget is exhausted</source>
        <translation>%1: kế hoạch đã hết kinh phí</translation>
    </message>
    <message>
        <source>commitment to serve 3 times the training time to be signed (ND 171/2025)</source>
        <translation>cần ký cam kết phục vụ gấp 3 lần thời gian đào tạo (NĐ 171/2025)</translation>
    </message>
</context>
<context>
    <name>TrainingService</name>
    <message>
        <source>cannot save the course: %1</source>
        <translation>không lưu được khóa đào tạo: %1</translation>
    </message>
    <message>
        <source>cannot read the staff and the course catalogue: %1</source>
        <translation>không đọc được danh sách cán bộ và danh mục khóa đào tạo: %1</translation>
    </message>
    <message>
        <source>a new enrolment is planned; it moves on through its lifecycle</source>
        <translation>lượt cử học mới được ghi ở trạng thái dự kiến, sau đó chuyển dần qua các bước</translation>
    </message>
    <message>
        <source>the enrolment is already stored (id %1)</source>
        <translation>lượt cử học đã được lưu (mã %1)</translation>
    </message>
    <message>
        <source>the person is required</source>
        <translation>cần chọn người</translation>
    </message>
    <message>
        <source>no person has the code %1</source>
        <translation>không có người nào mang mã %1</translation>
    </message>
    <message>
        <source>%1 is not in service on %2</source>
        <translation>%1 không đang công tác vào ngày %2</translation>
    </message>
    <message>
        <source>the course is required</source>
        <translation>cần chọn khóa học</translation>
    </message>
    <message>
        <source>no course has the code %1</source>
        <translation>không có khóa học nào mang mã %1</translation>
    </message>
    <message>
        <source>the course %1 is retired and no longer offered</source>
        <translation>khóa %1 đã ngừng và không còn được mở</translation>
    </message>
    <message>
        <source>there is no plan %1</source>
        <translation>không có kế hoạch %1</translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation>ngày kết thúc (%1) trước ngày bắt đầu (%2)</translation>
    </message>
    <message>
        <source>the cost cannot be negative</source>
        <translation>kinh phí không được âm</translation>
    </message>
    <message>
        <source>a certificate is recorded on completion, not when planning</source>
        <translation>chứng chỉ được ghi khi hoàn thành, không ghi lúc lập kế hoạch</translation>
    </message>
    <message>
        <source>%1 is already %2 in this course (enrolment %3)</source>
        <translation>%1 đã ở trạng thái %2 trong khóa này (lượt cử học %3)</translation>
    </message>
    <message>
        <source>cannot plan the enrolment: %1</source>
        <translation>không lập được lượt cử học: %1</translation>
    </message>
    <message>
        <source>there is no enrolment %1</source>
        <translation>không có lượt cử học %1</translation>
    </message>
    <message>
        <source>cannot read the enrolment: %1</source>
        <translation>không đọc được lượt cử học: %1</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>trạng thái %1 không hợp lệ</translation>
    </message>
    <message>
        <source>the enrolment is %1: it is locked</source>
        <translation>lượt cử học đã %1: không sửa được nữa</translation>
    </message>
    <message>
        <source>an enrolment cannot go from %1 to %2</source>
        <translation>lượt cử học không chuyển được từ %1 sang %2</translation>
    </message>
    <message>
        <source>the start (%1) is in the future</source>
        <translation>ngày bắt đầu (%1) ở tương lai</translation>
    </message>
    <message>
        <source>the certificate number is required to complete the course</source>
        <translation>cần số chứng chỉ để ghi nhận hoàn thành khóa học</translation>
    </message>
    <message>
        <source>the certificate date is required to complete the course</source>
        <translation>cần ngày cấp chứng chỉ để ghi nhận hoàn thành khóa học</translation>
    </message>
    <message>
        <source>the certificate date (%1) is in the future</source>
        <translation>ngày cấp chứng chỉ (%1) ở tương lai</translation>
    </message>
    <message>
        <source>the certificate date (%1) is before the start (%2)</source>
        <translation>ngày cấp chứng chỉ (%1) trước ngày bắt đầu (%2)</translation>
    </message>
    <message>
        <source>the reason for dropping the course is required</source>
        <translation>cần nêu lý do thôi học</translation>
    </message>
    <message>
        <source>the course or the person no longer exists</source>
        <translation>khóa học hoặc người học không còn tồn tại</translation>
    </message>
    <message>
        <source>cannot update the enrolment: %1</source>
        <translation>không cập nhật được lượt cử học: %1</translation>
    </message>
    <message>
        <source>only a planned enrolment can be deleted; this one is %1 (drop it instead)</source>
        <translation>chỉ xóa được lượt cử học còn dự kiến; lượt này đã %1 (hãy ghi thôi học)</translation>
    </message>
    <message>
        <source>cannot delete the enrolment: %1</source>
        <translation>không xóa được lượt cử học: %1</translation>
    </message>
    <message>
        <source>cannot read the facts of the proposal: %1</source>
        <translation>không đọc được dữ liệu để đề xuất: %1</translation>
    </message>
    <message>
        <source>the plan is already stored (id %1)</source>
        <translation>kế hoạch đã được lưu (mã %1)</translation>
    </message>
    <message>
        <source>the plan&apos;s year must be between 2000 and 2100</source>
        <translation>năm của kế hoạch phải từ 2000 đến 2100</translation>
    </message>
    <message>
        <source>the budget cannot be negative</source>
        <translation>kinh phí không được âm</translation>
    </message>
    <message>
        <source>every enrolment needs a person and a course</source>
        <translation>mỗi lượt cử học cần có người học và khóa học</translation>
    </message>
    <message>
        <source>%1 in %2: the end cannot be before the start</source>
        <translation>%1 trong khóa %2: ngày kết thúc không được trước ngày bắt đầu</translation>
    </message>
    <message>
        <source>the enrolments cost %L1 VND, more than the budget of %L2 VND</source>
        <translation>các lượt cử học tốn %L1 đồng, vượt kinh phí %L2 đồng</translation>
    </message>
    <message>
        <source>cannot save the plan: %1</source>
        <translation>không lưu được kế hoạch: %1</translation>
    </message>
    <message>
        <source>cannot read the training records: %1</source>
        <translation>không đọc được dữ liệu đào tạo, bồi dưỡng: %1</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 plans of %2 for %3 are stored (ids %4): the file cannot tell which one it means</source>
        <translation>có %1 kế hoạch năm %2 của %3 đã được lưu (mã %4): tệp không cho biết là kế hoạch nào</translation>
    </message>
    <message>
        <source>the whole office</source>
        <translation>toàn cơ quan</translation>
    </message>
    <message>
        <source>the plan&apos;s title differs from line %1 (&quot;%2&quot;)</source>
        <translation>tên kế hoạch khác với dòng %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>the plan&apos;s budget differs from line %1 (%L2 VND)</source>
        <translation>kinh phí của kế hoạch khác với dòng %1 (%L2 đồng)</translation>
    </message>
    <message>
        <source>the staff code is required</source>
        <translation>thiếu mã cán bộ</translation>
    </message>
    <message>
        <source>unknown staff code &quot;%1&quot;</source>
        <translation>không tìm thấy mã cán bộ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown course &quot;%1&quot;: expected a course code or name of the catalogue</source>
        <translation>không có khóa học &quot;%1&quot;: cần mã hoặc tên của một khóa học trong danh mục</translation>
    </message>
    <message>
        <source>the status is required</source>
        <translation>thiếu trạng thái</translation>
    </message>
    <message>
        <source>the start date is required</source>
        <translation>thiếu ngày bắt đầu</translation>
    </message>
    <message>
        <source>the start (%1) is not in the plan&apos;s year %2</source>
        <translation>ngày bắt đầu (%1) không thuộc năm %2 của kế hoạch</translation>
    </message>
    <message>
        <source>%1 belongs to unit %2, not under the plan&apos;s unit %3</source>
        <translation>%1 thuộc đơn vị %2, không trực thuộc đơn vị %3 của kế hoạch</translation>
    </message>
    <message>
        <source>the same person, course and start are already on line %1</source>
        <translation>cùng người, khóa học và ngày bắt đầu đã có ở dòng %1</translation>
    </message>
    <message>
        <source>the enrolment %1 belongs to another plan (id %2)</source>
        <translation>lượt cử học %1 thuộc kế hoạch khác (mã %2)</translation>
    </message>
    <message>
        <source>the enrolment is %1: it is locked and the row must stay as stored</source>
        <translation>lượt cử học đã ở trạng thái %1: không sửa được nữa, dòng này phải giữ nguyên như dữ liệu đã lưu</translation>
    </message>
    <message>
        <source>an enrolment cannot go back from %1 to %2</source>
        <translation>lượt cử học không chuyển ngược được từ %1 về %2</translation>
    </message>
    <message>
        <source>the certificate number is required on a completed row</source>
        <translation>dòng hoàn thành phải có số chứng chỉ</translation>
    </message>
    <message>
        <source>the certificate date is required on a completed row</source>
        <translation>dòng hoàn thành phải có ngày cấp chứng chỉ</translation>
    </message>
    <message>
        <source>a certificate is recorded on a completed row only, not on a %1 one</source>
        <translation>chỉ ghi chứng chỉ ở dòng hoàn thành, không ghi ở dòng có trạng thái %1</translation>
    </message>
    <message>
        <source>the start (%1) is in the future: a course not begun yet is planned or enrolled</source>
        <translation>ngày bắt đầu (%1) ở tương lai: khóa học chưa bắt đầu thì ở trạng thái dự kiến hoặc đã đăng ký</translation>
    </message>
    <message>
        <source>the reason for dropping the course is required (in the note)</source>
        <translation>cần nêu lý do thôi học (trong ghi chú)</translation>
    </message>
    <message>
        <source>%1 is already in this course on line %2</source>
        <translation>%1 đã có trong khóa học này ở dòng %2</translation>
    </message>
    <message>
        <source>Training plan %1</source>
        <translation>Kế hoạch đào tạo, bồi dưỡng năm %1</translation>
    </message>
    <message>
        <source>the transaction could not be started</source>
        <translation>không bắt đầu được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a person&apos;s name, %2 why they may not take the course</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot check the eligibility: %1</source>
        <translation>không kiểm tra được điều kiện cử đi học: %1</translation>
    </message>
    <message>
        <source>%1: the course %2 is meant for other titles</source>
        <extracomment>%1 is a person&apos;s name, %2 a course</extracomment>
        <translation>%1: khóa học %2 dành cho chức danh khác</translation>
    </message>
    <message>
        <source>%1: the course %2 asks first for %3, not on record</source>
        <extracomment>%1 is a person&apos;s name, %2 a course, %3 what it asks for</extracomment>
        <translation>%1: khóa học %2 yêu cầu trước hết %3, hồ sơ chưa có</translation>
    </message>
</context>
<context>
    <name>TrainingStepDialog</name>
    <message>
        <source>Complete the course</source>
        <translation>Ghi nhận hoàn thành khóa học</translation>
    </message>
    <message>
        <source>Drop the course</source>
        <translation>Ghi nhận thôi học</translation>
    </message>
    <message>
        <source>Certificate no.</source>
        <translation>Số chứng chỉ</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Ngày cấp chứng chỉ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Why the course is not continued</source>
        <translation>Lý do không tiếp tục khóa học</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Thôi học</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>TrainingText</name>
    <message>
        <source>Training in %1 (VND)</source>
        <translation>Đào tạo, bồi dưỡng năm %1 (đồng)</translation>
    </message>
    <message>
        <source>Training in %1, unit %2 (VND)</source>
        <extracomment>%1 year, %2 unit code</extracomment>
        <translation>Đào tạo, bồi dưỡng năm %1, đơn vị %2 (đồng)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Dự kiến chi</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Đã chi</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Thôi học</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>Toàn cơ quan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>%1 plan(s), %2 enrolment(s) not dropped.</source>
        <extracomment>%1 plans, %2 enrolments (not dropped)</extracomment>
        <translation>%1 kế hoạch, %2 lượt cử học (không tính thôi học).</translation>
    </message>
    <message>
        <source>Planned: the cost of every enrolment not dropped; spent: enrolled, attending or completed; remaining: budget - planned (&quot;-&quot;: paid by a whole-office plan or none).</source>
        <translation>Dự kiến chi: kinh phí của mọi lượt cử học trừ thôi học; đã chi: đã đăng ký, đang học hoặc hoàn thành; còn lại: kinh phí - dự kiến chi (&quot;-&quot;: do kế hoạch chung của toàn cơ quan chi trả hoặc không có kế hoạch).</translation>
    </message>
    <message>
        <source>Enrolments:</source>
        <translation>Các lượt cử học:</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Số lượt</translation>
    </message>
</context>
<context>
    <name>UnitHeader</name>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
</context>
<context>
    <name>UnitRow</name>
    <message>
        <source>merged → %1</source>
        <extracomment>%1 is the unit it was merged into, &quot;Name (code)&quot;</extracomment>
        <translation>nhập vào %1</translation>
    </message>
    <message>
        <source>no longer valid</source>
        <translation>hết hiệu lực</translation>
    </message>
    <message>
        <source>Difficult area</source>
        <translation>Vùng khó khăn</translation>
    </message>
</context>
<context>
    <name>UnitValidator</name>
    <message>
        <source>the unit code is required</source>
        <translation>thiếu mã đơn vị</translation>
    </message>
    <message>
        <source>the unit name is required</source>
        <translation>thiếu tên đơn vị</translation>
    </message>
    <message>
        <source>the unit kind is required</source>
        <translation>thiếu loại hình đơn vị</translation>
    </message>
    <message>
        <source>unknown unit kind &quot;%1&quot;; expected one of: %2</source>
        <translation>loại hình đơn vị &quot;%1&quot; không hợp lệ; phải là một trong: %2</translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>đơn vị không thể là đơn vị cấp trên của chính nó</translation>
    </message>
    <message>
        <source>unknown parent unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị cấp trên &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; makes a cycle in the unit tree</source>
        <translation>đơn vị cấp trên &quot;%1&quot; tạo thành vòng lặp trong cây đơn vị</translation>
    </message>
    <message>
        <source>valid_to must be after valid_from</source>
        <translation>valid_to phải sau valid_from</translation>
    </message>
    <message>
        <source>a unit cannot be its own successor</source>
        <translation>đơn vị không thể là đơn vị kế thừa của chính nó</translation>
    </message>
    <message>
        <source>unknown successor unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị kế thừa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the successor &quot;%1&quot; makes a cycle of merges</source>
        <translation>đơn vị kế thừa &quot;%1&quot; tạo thành vòng lặp sáp nhập</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <extracomment>%n is the number of units, valid or not</extracomment>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>Grey: no longer valid today. Staff: people in service today recorded in the unit.</source>
        <translation>Màu xám: đơn vị đã hết hiệu lực. Cột Cán bộ: số người đang công tác tại đơn vị hôm nay.</translation>
    </message>
    <message>
        <source>Show the people of %1</source>
        <translation>Xem danh sách cán bộ của %1</translation>
    </message>
    <message>
        <source>Go to Import</source>
        <translation>Đến trang Nhập dữ liệu</translation>
    </message>
    <message>
        <source>No units yet — import a units file on the Import page</source>
        <translation>Chưa có đơn vị — hãy nhập tệp danh sách đơn vị ở trang Nhập dữ liệu</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>unknown role &quot;%1&quot; (expected one of %2)</source>
        <translation>vai trò &quot;%1&quot; không hợp lệ (cần một trong các vai trò %2)</translation>
    </message>
    <message>
        <source>a unit manager needs the unit they manage</source>
        <translation>lãnh đạo đơn vị cần có đơn vị mà họ quản lý</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot;</source>
        <translation>không tìm thấy đơn vị &quot;%1&quot;</translation>
    </message>
    <message>
        <source>only a unit manager is limited to a unit; a %1 sees the whole office</source>
        <translation>chỉ lãnh đạo đơn vị mới bị giới hạn trong một đơn vị; %1 được xem toàn bộ cơ quan</translation>
    </message>
    <message numerus="yes">
        <source>the password must have at least %n characters</source>
        <translation>
            <numerusform>mật khẩu phải có ít nhất %n ký tự</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the password must have at most %n characters</source>
        <translation>
            <numerusform>mật khẩu chỉ được có tối đa %n ký tự</numerusform>
        </translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>mật khẩu không được trùng với tên người dùng</translation>
    </message>
    <message>
        <source>roles are on: log in as an administrator to manage users</source>
        <translation>đã bật vai trò: hãy đăng nhập với tư cách quản trị viên để quản lý người dùng</translation>
    </message>
    <message>
        <source>the user %1 is deactivated</source>
        <translation>người dùng %1 đã bị ngừng kích hoạt</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: with roles on, nobody could manage users after this; make another administrator first, or turn roles off</source>
        <translation>%1 là quản trị viên cuối cùng đang hoạt động: khi đã bật vai trò, sau thao tác này sẽ không còn ai quản lý được người dùng; hãy tạo một quản trị viên khác trước, hoặc tắt vai trò</translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <extracomment>%1 is what was being done (&quot;add the user anh.nv&quot;), %2 the database&apos;s error</extracomment>
        <translation>không thể %1: %2</translation>
    </message>
    <message>
        <source>the transaction could not be committed</source>
        <translation>không hoàn tất được việc ghi dữ liệu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name: 2 to 32 lowercase letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>&quot;%1&quot; không phải là tên người dùng hợp lệ: từ 2 đến 32 ký tự gồm chữ thường a-z, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, bắt đầu bằng một chữ cái</translation>
    </message>
    <message>
        <source>the user %1 already exists</source>
        <translation>người dùng %1 đã tồn tại</translation>
    </message>
    <message>
        <source>the full name must have at most 200 characters</source>
        <translation>họ và tên chỉ được có tối đa 200 ký tự</translation>
    </message>
    <message>
        <source>add the user %1</source>
        <translation>thêm người dùng %1</translation>
    </message>
    <message>
        <source>there is no user %1</source>
        <translation>không có người dùng %1</translation>
    </message>
    <message>
        <source>change the role of %1</source>
        <translation>đổi vai trò của %1</translation>
    </message>
    <message>
        <source>set the password of %1</source>
        <translation>đặt mật khẩu của %1</translation>
    </message>
    <message>
        <source>deactivate the user %1</source>
        <translation>ngừng kích hoạt người dùng %1</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>sai tên người dùng hoặc mật khẩu</translation>
    </message>
    <message>
        <source>roles cannot be turned on without an active administrator: add one first (congvu user add NAME --role administrator)</source>
        <translation>không thể bật vai trò khi chưa có quản trị viên đang hoạt động: hãy thêm một quản trị viên trước (congvu user add NAME --role administrator)</translation>
    </message>
    <message>
        <source>roles are on: log in as an administrator to turn them off</source>
        <translation>đã bật vai trò: hãy đăng nhập với tư cách quản trị viên để tắt vai trò</translation>
    </message>
    <message>
        <source>cannot turn roles %1: %2</source>
        <translation>không thể %1 vai trò: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>bật</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>on a shared server roles are always on: every session logs in</source>
        <translation>trên máy chủ dùng chung, vai trò luôn được bật: mọi phiên làm việc đều phải đăng nhập</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the file is not a readable .xlsx workbook (damaged zip archive)</source>
        <translation>tệp không phải bảng tính .xlsx đọc được (tệp nén zip bị hỏng)</translation>
    </message>
    <message>
        <source>the file is not an Excel .xlsx workbook (%1 is missing)</source>
        <extracomment>%1 is a file name inside the workbook, e.g. xl/workbook.xml</extracomment>
        <translation>tệp không phải bảng tính Excel .xlsx (thiếu %1)</translation>
    </message>
    <message>
        <source>the workbook is too large (%1 is over %2 MB)</source>
        <extracomment>%1 is a file name inside the workbook, %2 a size in MB</extracomment>
        <translation>bảng tính quá lớn (%1 vượt quá %2 MB)</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 cannot be unpacked)</source>
        <extracomment>%1 is a file name inside the workbook</extracomment>
        <translation>bảng tính bị hỏng (không giải nén được %1)</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1: %2)</source>
        <extracomment>%1 is a file name inside the workbook, %2 the XML parser&apos;s message</extracomment>
        <translation>bảng tính bị hỏng (%1: %2)</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>bảng tính không có trang tính nào</translation>
    </message>
    <message>
        <source>the first worksheet is empty</source>
        <translation>trang tính đầu tiên trống</translation>
    </message>
</context>
<context>
    <name>YearLock</name>
    <message>
        <source>cannot check whether the year %1 is closed: %2</source>
        <translation>không kiểm tra được năm %1 đã khóa sổ hay chưa: %2</translation>
    </message>
</context>
</TS>
