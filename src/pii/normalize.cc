#include "pii/normalize.h"

#include <algorithm>
#include <cstring>

namespace copilot::pii {
namespace {

// Code points whose block holds the digits 0-9 at [zero, zero + 9].
constexpr std::uint32_t kDigitZeros[] = {
    0x0660, 0x06F0, 0x07C0,  0x0966,  0x09E6,  0x0A66,  0x0AE6,  0x0B66,  0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50,  0x0ED0,  0x0F20,  0x1040,  0x1090,  0x17E0,  0x1810, 0x1946, 0x19D0,
    0x1A80, 0x1A90, 0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,  0xA8D0,  0xA900, 0xA9D0, 0xA9F0,
    0xAA50, 0xABF0, 0x104A0, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
};

// Decodes one code point at `s[i]`; returns its length (1 for an invalid byte, with cp = -1).
std::size_t Decode(std::string_view s, std::size_t i, std::int32_t& cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1;
  if (b0 < 0x80 || b0 > 0xF4 || len == 1 || i + len > s.size()) {
    cp = b0 < 0x80 ? b0 : -1;
    return 1;
  }
  std::int32_t value = b0 & (0x7F >> len);
  for (std::size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      cp = -1;
      return 1;
    }
    value = (value << 6) | (b & 0x3F);
  }
  cp = value;
  return len;
}

// The ASCII character a code point stands for, 0 to drop it, -1 to keep it as it is.
int Fold(std::int32_t cp) {
  if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD || cp == 0x180E)
    return 0;
  if (cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F || cp == 0x3000)
    return ' ';
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 || cp == 0xFE63) return '-';
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
  for (std::uint32_t zero : kDigitZeros) {
    const auto u = static_cast<std::uint32_t>(cp);
    if (u >= zero && u <= zero + 9) return '0' + static_cast<int>(u - zero);
  }
  return -1;
}

// The end of the run of ASCII bytes from `i`, eight bytes at a time.
std::size_t AsciiRunEnd(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  while (i + 8 <= s.size()) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, sizeof word);
    if ((word & kHighBits) != 0) break;
    i += 8;
  }
  while (i < s.size() && (s[i] & 0x80) == 0) ++i;
  return i;
}

}  // namespace

NormalizedText::NormalizedText(std::string_view original) : original_(original), text_(original) {
  // Most text, ASCII or not, has nothing to fold: then the scanner reads the input itself.
  std::size_t first = original.size();
  for (std::size_t i = AsciiRunEnd(original, 0); i < original.size(); i = AsciiRunEnd(original, i)) {
    std::int32_t cp = 0;
    const std::size_t len = Decode(original, i, cp);
    if (cp >= 0x80 && Fold(cp) >= 0) {
      first = i;
      break;
    }
    i += len;
  }
  if (first == original.size()) return;
  // Folding never lengthens the text: write into a buffer of the original's size, then trim.
  storage_.resize(original.size());
  char* out = storage_.data();
  std::memcpy(out, original.data(), first);
  std::size_t w = first;
  for (std::size_t i = first; i < original.size();) {
    if ((original[i] & 0x80) == 0) {  // runs of ASCII map one to one
      const std::size_t j = AsciiRunEnd(original, i);
      std::memcpy(out + w, original.data() + i, j - i);
      w += j - i;
      i = j;
      continue;
    }
    std::int32_t cp = 0;
    const std::size_t len = Decode(original, i, cp);
    const int folded = Fold(cp);
    if (folded > 0) out[w++] = static_cast<char>(folded);
    if (folded < 0) {
      std::memcpy(out + w, original.data() + i, len);
      w += len;
    } else {
      anchors_.push_back({static_cast<std::uint32_t>(w), static_cast<std::uint32_t>(i + len)});
    }
    i += len;
  }
  storage_.resize(w);
  text_ = storage_;
}

std::size_t NormalizedText::OriginalBegin(std::size_t begin) const {
  if (begin >= text_.size()) return original_.size();
  if (anchors_.empty()) return begin;
  // The last anchor at or before `begin`; between anchors bytes map one to one. Lookups come
  // in ascending order (entities left to right): walk on from the previous lookup's anchor,
  // and search only when a lookup goes back.
  std::size_t after = cursor_;
  if (after > 0 && anchors_[after - 1].normalized > begin) {
    after = static_cast<std::size_t>(std::upper_bound(anchors_.begin(), anchors_.end(), begin,
                                                      [](std::size_t p, const Anchor& a) { return p < a.normalized; }) -
                                     anchors_.begin());
  } else {
    while (after < anchors_.size() && anchors_[after].normalized <= begin) ++after;
  }
  cursor_ = after;
  if (after == 0) return begin;
  const Anchor& a = anchors_[after - 1];
  return a.original + (begin - a.normalized);
}

std::size_t NormalizedText::OriginalEnd(std::size_t end) const {
  if (end == 0) return 0;
  if (anchors_.empty()) return end;
  const std::size_t last = OriginalBegin(end - 1);
  std::int32_t cp = 0;
  return last + Decode(original_, last, cp);
}

void ToUtf16Offsets(std::string_view text, std::vector<std::size_t>& offsets) {
  std::size_t byte = 0;
  std::size_t unit = 0;
  for (std::size_t& offset : offsets) {
    const std::size_t limit = std::min(offset, text.size());
    while (byte < limit) {
      const std::size_t run = AsciiRunEnd(text.substr(0, limit), byte);  // one unit per ASCII byte
      unit += run - byte;
      byte = run;
      if (byte < limit) {
        const auto b = static_cast<unsigned char>(text[byte++]);
        if ((b & 0xC0) != 0x80) unit += b >= 0xF0 ? 2 : 1;
      }
    }
    offset = unit;
  }
}

}  // namespace copilot::pii
