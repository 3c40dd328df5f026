#pragma once

#include "reports/reportdocument.h"

namespace ed::test {

/// A state report with a body, a chart and an appendix table of `rows` rows whose cells are
/// "Row N" and a long wrapped text, wide enough to need a landscape page.
inline reports::ReportDocument sampleDocument(int rows,
                                              DocumentLayout layout = DocumentLayout::State)
{
    using namespace reports;
    Letterhead head;
    head.layout = layout;
    head.parentBody = QStringLiteral("UBND tỉnh Điện Biên");
    head.issuingBody = QStringLiteral("Sở Nội vụ");
    head.number = QStringLiteral("15");
    head.typeCode = QStringLiteral("BC");
    head.issuerCode = QStringLiteral("SNV");
    head.place = QStringLiteral("Điện Biên");
    head.date = QDate(2021, 6, 15);
    head.typeName = QStringLiteral("Báo cáo");
    head.title = QStringLiteral("Kết quả thực hiện phong trào thi đua đặc biệt");
    head.formula = SigningFormula::Deputy;
    head.authority = QStringLiteral("Giám đốc");
    head.signerTitle = QStringLiteral("Phó Giám đốc");
    head.signerName = QStringLiteral("Lò Văn Mến");
    head.recipients = {QStringLiteral("UBND tỉnh (b/c)"),
                       QStringLiteral("Ban Thi đua - Khen thưởng")};
    head.archive = QStringLiteral("VT, XDCQ");

    Section body;
    body.blocks.append(Paragraph{QStringLiteral("I. TÌNH HÌNH CHUNG"), Paragraph::Style::Heading});
    body.blocks.append(Paragraph{QStringLiteral("Thực hiện Kế hoạch số 508/KH-UBND ngày 02/02/2021 "
                                                "của Ủy ban nhân dân tỉnh, Sở Nội vụ báo cáo kết "
                                                "quả như sau.")});
    body.blocks.append(BarChart{QStringLiteral("Tỷ lệ cử tri đi bầu"),
                                {QStringLiteral("Huyện A"), QStringLiteral("Huyện B")},
                                {9995, 9979},
                                9990,
                                QStringLiteral("Chỉ tiêu 99,90 %")});
    Section appendix;
    appendix.orientation = Section::Orientation::Automatic;
    appendix.blocks.append(Paragraph{QStringLiteral("PHỤ LỤC"), Paragraph::Style::Centered});
    Table table;
    table.numberColumns = true;
    const QStringList titles = {
            QStringLiteral("STT"),          QStringLiteral("Đơn vị"),
            QStringLiteral("Cử tri"),       QStringLiteral("Đi bầu"),
            QStringLiteral("Tỷ lệ"),        QStringLiteral("Phiếu không hợp lệ"),
            QStringLiteral("Học tập luật"), QStringLiteral("Tiêu chí chưa đạt"),
            QStringLiteral("Ghi chú"),      QStringLiteral("Cơquanchủtrìthựchiện")};
    for (const QString& title : titles)
        table.columns.append({title, title == QStringLiteral("Tiêu chí chưa đạt") ? 4 : 1});
    for (int i = 1; i <= rows; ++i) {
        QStringList cells{QString::number(i), QStringLiteral("Row %1").arg(i)};
        for (qsizetype c = 2; c < titles.size(); ++c)
            cells.append(c == 7 ? QStringLiteral("Tỷ lệ cử tri đi bầu chưa đạt chỉ tiêu; số phiếu "
                                                 "không hợp lệ vượt mức cho phép")
                                : QStringLiteral("1.234"));
        table.rows.append({cells});
    }
    table.rows.append({{QString(), QStringLiteral("Tổng cộng")}, TableRow::Kind::Total});
    appendix.blocks.append(table);
    return ReportDocument{head, {body, appendix}};
}

} // namespace ed::test
