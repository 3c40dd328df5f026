#include "core/collationkey.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using ed::collationKey;

namespace {

/// `texts` sorted by their keys, compared as plain strings (what SQL's binary order does).
QStringList sortedByKey(QStringList texts)
{
    std::ranges::stable_sort(texts, [](const QString& a, const QString& b) {
        return collationKey(a) < collationKey(b);
    });
    return texts;
}

} // namespace

TEST(CollationKey, VowelsWithBreveAndCircumflexAreLettersOfTheirOwn)
{
    // a < ă < â, e < ê, o < ô < ơ, u < ư: whatever the tone.
    EXPECT_EQ(sortedByKey({u"ân"_s, u"ăn"_s, u"an"_s}), (QStringList{u"an"_s, u"ăn"_s, u"ân"_s}));
    EXPECT_EQ(sortedByKey({u"ơi"_s, u"ôi"_s, u"ói"_s}), (QStringList{u"ói"_s, u"ôi"_s, u"ơi"_s}));
    EXPECT_EQ(sortedByKey({u"ưu"_s, u"ủy"_s}), (QStringList{u"ủy"_s, u"ưu"_s}));
    EXPECT_EQ(sortedByKey({u"ê"_s, u"ez"_s}), (QStringList{u"ez"_s, u"ê"_s}));
    // The accent is not a letter: "ăn" comes after every "a…" word, "ạnh" included.
    EXPECT_LT(collationKey(u"anh"_s), collationKey(u"ăn"_s));
    EXPECT_LT(collationKey(u"ạnh"_s), collationKey(u"ăn"_s));
}

TEST(CollationKey, DWithStrokeComesAfterEveryD)
{
    EXPECT_EQ(sortedByKey({u"Đặng"_s, u"Dương"_s, u"Đỗ"_s, u"Dũng"_s, u"Bùi"_s, u"Em"_s}),
              (QStringList{u"Bùi"_s, u"Dũng"_s, u"Dương"_s, u"Đặng"_s, u"Đỗ"_s, u"Em"_s}));
}

TEST(CollationKey, TonesDecideOnlyBetweenTheSameLetters)
{
    // ngang < huyền < hỏi < ngã < sắc < nặng.
    EXPECT_EQ(sortedByKey({u"mạ"_s, u"má"_s, u"mã"_s, u"mả"_s, u"mà"_s, u"ma"_s}),
              (QStringList{u"ma"_s, u"mà"_s, u"mả"_s, u"mã"_s, u"má"_s, u"mạ"_s}));
    // A tone never outweighs a letter: "mạ" < "mac", "Ánh" after "Anh" but before "Ao".
    EXPECT_LT(collationKey(u"mạ"_s), collationKey(u"mac"_s));
    EXPECT_EQ(sortedByKey({u"Ao"_s, u"Ánh"_s, u"Anh"_s}),
              (QStringList{u"Anh"_s, u"Ánh"_s, u"Ao"_s}));
    // The first tone that differs decides, as in a dictionary.
    EXPECT_LT(collationKey(u"Hà Nội"_s), collationKey(u"Hạ Nồi"_s));
}

TEST(CollationKey, NamesSortAsInAVietnameseList)
{
    // Code-point order would give An, Bùi, Dương, Ánh, Đặng, Ăn, Ân.
    EXPECT_EQ(sortedByKey({u"Ánh"_s, u"An"_s, u"Bùi"_s, u"Dương"_s, u"Đặng"_s, u"Ân"_s, u"Ăn"_s}),
              (QStringList{u"An"_s, u"Ánh"_s, u"Ăn"_s, u"Ân"_s, u"Bùi"_s, u"Dương"_s, u"Đặng"_s}));
    EXPECT_EQ(sortedByKey({u"Ủy ban bầu cử xã An Bình"_s, u"Nguyễn Văn An"_s,
                           u"Ủy ban bầu cử xã Phú Lợi"_s, u"Ủy ban bầu cử xã Mường Toong"_s}),
              (QStringList{u"Nguyễn Văn An"_s, u"Ủy ban bầu cử xã An Bình"_s,
                           u"Ủy ban bầu cử xã Mường Toong"_s, u"Ủy ban bầu cử xã Phú Lợi"_s}));
}

TEST(CollationKey, CaseIsIgnoredAndSpellingsOfTheSameTextShareAKey)
{
    EXPECT_EQ(collationKey(u"nguyễn văn an"_s), collationKey(u"NGUYỄN VĂN AN"_s));
    // Precomposed and decomposed "ễ", and white space around and between words.
    EXPECT_EQ(collationKey(u"Nguy\u1EC5n"_s), collationKey(u"Nguye\u0302\u0303n"_s));
    EXPECT_EQ(collationKey(u"  Lê   An "_s), collationKey(u"Lê An"_s));
}

TEST(CollationKey, NumbersCompareByValueAndWordsByWord)
{
    EXPECT_EQ(sortedByKey({u"Tổ bầu cử 10"_s, u"Tổ bầu cử 2"_s, u"Tổ bầu cử 1"_s}),
              (QStringList{u"Tổ bầu cử 1"_s, u"Tổ bầu cử 2"_s, u"Tổ bầu cử 10"_s}));
    EXPECT_EQ(collationKey(u"Khu vực 007"_s), collationKey(u"Khu vực 7"_s));
    // White space before letters: "An Bình" before "Anh"; numbers before letters.
    EXPECT_LT(collationKey(u"An Bình"_s), collationKey(u"Anh"_s));
    EXPECT_LT(collationKey(u"Xã 2"_s), collationKey(u"Xã A"_s));
    EXPECT_LT(collationKey(u"An"_s), collationKey(u"An Bình"_s));
}

TEST(CollationKey, IsPlainAsciiSoThatAnyBinaryCollationKeepsItsOrder)
{
    for (const QString& text :
         {u"Ủy ban bầu cử tỉnh Điện Biên"_s, u"Đỗ Ngọc 99998 (x)"_s, u"Müller 東京"_s}) {
        const QString key = collationKey(text);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_TRUE(std::ranges::all_of(key, [](QChar c) { return c.unicode() < 0x80; }))
                << key.toStdString();
    }
    // Letters of other scripts come after z, and differ from each other.
    EXPECT_LT(collationKey(u"z"_s), collationKey(u"東"_s));
    EXPECT_NE(collationKey(u"東"_s), collationKey(u"京"_s));
}
