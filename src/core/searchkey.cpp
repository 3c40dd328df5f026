#include "core/searchkey.h"

#include <array>

namespace ed {

namespace {

/// The key of one character as the general path computes it, whitespace simplification aside:
/// its canonical decomposition without the non-spacing marks, case folded, đ as d.
QString characterKey(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch == u'đ' || ch == u'Đ')
            folded += u'd';
        else
            folded += ch.toCaseFolded();
    }
    return folded;
}

constexpr char16_t kTableEnd = 0x2000; // Latin, Vietnamese (U+1EA0–U+1EF9), combining marks
constexpr char16_t kDropped = 0;       // a mark: no key
constexpr char16_t kComplex = 0xFFFF;  // more than one character: the general path

/// characterKey() of every character below kTableEnd that keys to at most one character,
/// worked out once: a national import folds 100,000 names, and decomposing each costs more
/// than a table lookup per letter.
const std::array<char16_t, kTableEnd>& keyTable()
{
    static const std::array<char16_t, kTableEnd> table = [] {
        std::array<char16_t, kTableEnd> keys{};
        for (char16_t c = 0; c < kTableEnd; ++c) {
            if (QChar(c).isSurrogate()) {
                keys[c] = kComplex;
                continue;
            }
            const QString key = characterKey(QString(QChar(c)));
            keys[c] = key.isEmpty() ? kDropped : key.size() == 1 ? key[0].unicode() : kComplex;
        }
        return keys;
    }();
    return table;
}

} // namespace

QString searchKey(const QString& text)
{
    // Decomposition, mark removal and case folding all work character by character, so the
    // table gives the general path's answer; anything outside it takes that path.
    const auto& table = keyTable();
    QString folded;
    folded.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const char16_t key = c < kTableEnd ? table[c] : kComplex;
        if (key == kComplex)
            return characterKey(text).simplified();
        if (key != kDropped)
            folded += QChar(key);
    }
    return folded.simplified();
}

QString normalizedText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

} // namespace ed
