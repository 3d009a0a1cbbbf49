<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <source>import %1 is not available in this version</source>
        <translation>phiên bản này chưa hỗ trợ import %1</translation>
    </message>
    <message>
        <source>unknown import &quot;%1&quot; (expected units or staff)</source>
        <translation>không nhập được loại dữ liệu &quot;%1&quot; (dùng units hoặc staff)</translation>
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
        <source>export needs what to export (staff)</source>
        <translation>lệnh export cần loại dữ liệu (staff)</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] export staff [--format csv|json] [-o FILE]
Writes every person in the format import staff reads back unchanged.
</source>
        <translation>Cách dùng: congvu [--db FILE] export staff [--format csv|json] [-o FILE]
Xuất toàn bộ cán bộ theo định dạng mà import staff đọc lại được nguyên vẹn.
</translation>
    </message>
    <message>
        <source>unknown export &quot;%1&quot; (expected staff)</source>
        <translation>không xuất được loại dữ liệu &quot;%1&quot; (dùng staff)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected csv or json)</source>
        <translation>không hỗ trợ định dạng &quot;%1&quot; (dùng csv hoặc json)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n people written to %1.</source>
        <translation>
            <numerusform>Đã ghi %n người vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] [--lang vi|en] [COMMAND ...]

Without a command, opens the CongVu window on the database.

Commands:
  init                          create or upgrade the database
  demo [--staff N] [--seed S]   fill an empty database with the demo office
  import units FILE             import org units (CSV, XLSX)
  import staff FILE             import staff (CSV, XLSX, JSON)
        [--dry-run] [--skip-invalid]
  export staff [--format csv|json] [-o FILE]

Options:
  --db FILE            the database (default: congvu.sqlite in the application data folder;
                       also the CONGVU_DB environment variable)
  --lang vi|en         language of messages (default: vi)
  --screenshot FILE    open the window, save it as PNG to FILE and exit
  --page NAME          with --screenshot: dashboard, staff, units, import, settings
  --help, --version

FILE may be - for standard input or output.
Exit codes: 0 done, 2 invalid input (nothing written), 3 database error, 64 usage error.
</source>
        <translation>Cách dùng: congvu [--db FILE] [--lang vi|en] [COMMAND ...]

Không có lệnh: mở cửa sổ CongVu trên cơ sở dữ liệu.

Các lệnh:
  init                          tạo mới hoặc nâng cấp cơ sở dữ liệu
  demo [--staff N] [--seed S]   nạp dữ liệu mẫu vào cơ sở dữ liệu trống
  import units FILE             nhập danh sách đơn vị (CSV, XLSX)
  import staff FILE             nhập danh sách cán bộ (CSV, XLSX, JSON)
        [--dry-run] [--skip-invalid]
  export staff [--format csv|json] [-o FILE]

Tùy chọn:
  --db FILE            tệp cơ sở dữ liệu (mặc định: congvu.sqlite trong thư mục dữ liệu ứng dụng;
                       hoặc theo biến môi trường CONGVU_DB)
  --lang vi|en         ngôn ngữ của thông báo (mặc định: vi)
  --screenshot FILE    mở cửa sổ, lưu ảnh PNG vào FILE rồi thoát
  --page NAME          dùng với --screenshot: dashboard, staff, units, import, settings
  --help, --version

FILE có thể là - để đọc từ đầu vào chuẩn hoặc ghi ra đầu ra chuẩn.
Mã thoát: 0 hoàn tất, 2 dữ liệu không hợp lệ (không ghi gì), 3 lỗi cơ sở dữ liệu, 64 sai cú pháp lệnh.
</translation>
    </message>
    <message>
        <source>Usage: congvu [--db FILE] import units|staff FILE [--dry-run] [--skip-invalid]
Imports a CSV or XLSX file (staff also JSON from export staff). Nothing is written when a row
is invalid, unless --skip-invalid is given; every problem is printed as
FILE:LINE: COLUMN: reason.
</source>
        <translation>Cách dùng: congvu [--db FILE] import units|staff FILE [--dry-run] [--skip-invalid]
Nhập một tệp CSV hoặc XLSX (danh sách cán bộ còn nhận tệp JSON của export staff). Có dòng
không hợp lệ thì không ghi gì, trừ khi dùng --skip-invalid; mỗi lỗi được in theo dạng
FILE:LINE: COLUMN: reason.
</translation>
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
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <source>column %1 has an empty header</source>
        <translation>cột %1 không có tiêu đề</translation>
    </message>
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
    <name>QObject</name>
    <message>
        <source>CongVu cannot open the database</source>
        <translation>CongVu không mở được cơ sở dữ liệu</translation>
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
</TS>
