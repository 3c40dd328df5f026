#include "core/collationkey.h"

#include <QStringView>

using namespace Qt::StringLiterals;

namespace ed {

namespace {

/// The Vietnamese alphabet with f, j, w and z where Latin puts them: the primary order.
constexpr std::u16string_view kAlphabet = u"aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
/// One primary weight per letter of kAlphabet, increasing, all above the digit weights.
constexpr std::u16string_view kLetterWeights = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij";

constexpr char16_t kLevelSeparator = u' ';    // below every weight: a shorter text sorts first
constexpr char16_t kSpaceWeight = u'!';       // a run of white space
constexpr char16_t kSymbolWeight = u'#';      // punctuation and symbols
constexpr char16_t kNumberWeight = u'0';      // then the digit count, then the digits
constexpr char16_t kOtherLetterWeight = u'k'; // then four hex digits of the code unit

/// The tone of a combining mark, 1–5 in Vietnamese order; 0 when it is not a tone mark.
int toneOf(char16_t mark)
{
    switch (mark) {
    case 0x0300: return 1; // huyền
    case 0x0309: return 2; // hỏi
    case 0x0303: return 3; // ngã
    case 0x0301: return 4; // sắc
    case 0x0323: return 5; // nặng
    default: return 0;
    }
}

/// The letter that `base` with the vowel mark `mark` (breve, circumflex, horn) makes.
char16_t withVowelMark(char16_t base, char16_t mark)
{
    if (mark == 0x0306 && base == u'a')
        return u'ă';
    if (mark == 0x0302) {
        switch (base) {
        case u'a': return u'â';
        case u'e': return u'ê';
        case u'o': return u'ô';
        default: return 0;
        }
    }
    if (mark == 0x031B) {
        switch (base) {
        case u'o': return u'ơ';
        case u'u': return u'ư';
        default: return 0;
        }
    }
    return 0;
}

bool isMark(QChar ch)
{
    const QChar::Category category = ch.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
           || category == QChar::Mark_Enclosing;
}

void appendNumber(QString& primary, QStringView digits)
{
    qsizetype first = 0;
    while (first + 1 < digits.size() && digits[first] == u'0')
        ++first; // "007" sorts as 7
    const QStringView significant = digits.mid(first);
    // The digit count first: a longer number is a larger one. Counts beyond 70 share a weight.
    const qsizetype count = std::min<qsizetype>(significant.size(), 70);
    primary += QChar(kNumberWeight);
    primary += QChar(static_cast<char16_t>(u'0' + count));
    primary += significant;
}

} // namespace

QString collationKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString primary;
    QString secondary;
    primary.reserve(decomposed.size() + 8);
    secondary.reserve(decomposed.size());
    qsizetype i = 0;
    const qsizetype n = decomposed.size();
    bool pendingSpace = false;
    while (i < n) {
        const QChar ch = decomposed[i];
        if (ch.isSpace()) {
            pendingSpace = !primary.isEmpty(); // leading white space is ignored
            ++i;
            continue;
        }
        if (isMark(ch)) { // a mark with no letter before it
            ++i;
            continue;
        }
        if (pendingSpace) {
            primary += QChar(kSpaceWeight); // a run of white space weighs as one
            pendingSpace = false;
        }
        if (ch.isDigit() && ch.unicode() < 0x80) {
            qsizetype end = i;
            while (end < n && decomposed[end].isDigit() && decomposed[end].unicode() < 0x80)
                ++end;
            appendNumber(primary, QStringView(decomposed).mid(i, end - i));
            i = end;
            continue;
        }
        if (!ch.isLetter()) {
            primary += QChar(kSymbolWeight);
            ++i;
            continue;
        }
        char16_t letter = ch.toCaseFolded().unicode();
        if (letter == u'Đ' || letter == u'đ')
            letter = u'đ';
        int tone = 0;
        bool otherMark = false;
        for (++i; i < n && isMark(decomposed[i]); ++i) {
            const char16_t mark = decomposed[i].unicode();
            if (const int t = toneOf(mark); t > 0)
                tone = t;
            else if (const char16_t modified = withVowelMark(letter, mark); modified != 0)
                letter = modified;
            else
                otherMark = true; // a diacritic Vietnamese does not use: after the tones
        }
        if (const auto at = kAlphabet.find(letter); at != std::u16string_view::npos) {
            primary += QChar(kLetterWeights[at]);
        } else {
            primary += QChar(kOtherLetterWeight);
            primary += u"%1"_s.arg(static_cast<uint>(letter), 4, 16, QChar(u'0'));
        }
        secondary += QChar(static_cast<char16_t>(u'0' + (otherMark && tone == 0 ? 6 : tone)));
    }
    // Trailing "no tone" weights change no comparison between keys of equal letters.
    while (secondary.endsWith(u'0'))
        secondary.chop(1);
    return primary + QChar(kLevelSeparator) + secondary;
}

} // namespace ed
