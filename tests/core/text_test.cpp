#include "core/documentsymbol.h"
#include "core/searchkey.h"
#include "core/vnformat.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(SearchKey, FoldsDiacriticsCaseAndDStroke)
{
    EXPECT_EQ(ed::searchKey(u"Hiệp thương"_s), u"hiep thuong"_s);
    EXPECT_EQ(ed::searchKey(u"ĐIỆN BIÊN"_s), u"dien bien"_s);
    EXPECT_EQ(ed::searchKey(u"  Phường   Bến Nghé "_s), u"phuong ben nghe"_s);
}

TEST(SearchKey, DecomposedInputFoldsLikePrecomposed)
{
    const QString decomposed = u"Vie\u0302\u0323t"_s; // e + circumflex + dot below
    EXPECT_EQ(ed::searchKey(decomposed), ed::searchKey(u"Việt"_s));
}

namespace {

/// The definition of the key, written out plainly: the whole text decomposed, marks dropped,
/// case folded, đ as d, white space simplified. searchKey() takes a faster path.
QString referenceKey(const QString& text)
{
    QString folded;
    for (const QChar ch : text.normalized(QString::NormalizationForm_D)) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        folded += (ch == u'đ' || ch == u'Đ') ? QChar(u'd') : ch.toCaseFolded();
    }
    return folded.simplified();
}

} // namespace

TEST(SearchKey, FastPathAgreesWithTheDefinitionForEveryCharacterItCovers)
{
    for (char16_t c = 1; c < 0x2400; ++c) {
        if (QChar(c).isSurrogate())
            continue;
        const QString text = u"Xã "_s + QChar(c) + u"b"_s;
        ASSERT_EQ(ed::searchKey(text), referenceKey(text)) << "U+" << std::hex << int(c);
    }
    for (const QString& text :
         {u"Nguyễn Thị Ánh Tuyết"_s, u"ỦY BAN BẦU CỬ Ở ĐỒNG XOÀI"_s, u"Khu vực 12, Xã Nà Tấu"_s,
          u"Ｆｕｌｌ ｗｉｄｔｈ 漢字 🗳 vote"_s, u"ﬁ ligature ß straße"_s,
          u"\t tab\nline "_s})
        EXPECT_EQ(ed::searchKey(text), referenceKey(text)) << text.toStdString();
}

TEST(NormalizedText, ComposesToNfcAndTrims)
{
    EXPECT_EQ(ed::normalizedText(u" Vie\u0302\u0323t "_s), u"Việt"_s);
}

TEST(DocumentSymbol, DropsTheLabelAndStraySpaces)
{
    EXPECT_EQ(ed::normalizedSymbol(u"Số: 508 /KH-UBND"_s), u"508/KH-UBND"_s);
    EXPECT_EQ(ed::normalizedSymbol(u"Số 01 -KH/BCĐ"_s), u"01-KH/BCĐ"_s);
    EXPECT_EQ(ed::normalizedSymbol(u"45-CT/TW"_s), u"45-CT/TW"_s);
}

TEST(VietnameseFormat, DatesAreDayMonthYear)
{
    EXPECT_EQ(ed::formatDate(QDate(2021, 2, 6)), u"06/02/2021"_s);
    EXPECT_EQ(ed::formatDate(QDate()), QString());
    EXPECT_EQ(ed::parseDate(u"6/2/2021"_s), QDate(2021, 2, 6));
    EXPECT_FALSE(ed::parseDate(u"30/02/2021"_s).isValid());
    EXPECT_FALSE(ed::parseDate(u"2021-02-06"_s).isValid());
}

TEST(VietnameseFormat, CountsGroupWithDots)
{
    EXPECT_EQ(ed::formatCount(1234567), u"1.234.567"_s);
    EXPECT_EQ(ed::formatCount(999), u"999"_s);
    EXPECT_EQ(ed::formatCount(-1000), u"-1.000"_s);
    EXPECT_EQ(ed::formatCount(69'000'000), u"69.000.000"_s);
}

TEST(VietnameseFormat, PercentagesUseTheDecimalComma)
{
    EXPECT_EQ(ed::formatBasisPoints(9990), u"99,90 %"_s);
    EXPECT_EQ(ed::formatBasisPoints(19), u"0,19 %"_s);
    EXPECT_EQ(ed::formatBasisPoints(10000), u"100,00 %"_s);
}
