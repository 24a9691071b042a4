#include "security/utf8.h"

namespace copilot::security {
namespace {

bool Continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

}  // namespace

bool IsUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF) {
      if (i + 1 >= n || !Continuation(p[i + 1])) return false;
      i += 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (i + 2 >= n || !Continuation(p[i + 1]) || !Continuation(p[i + 2])) return false;
      if (c == 0xE0 && p[i + 1] < 0xA0) return false;   // overlong
      if (c == 0xED && p[i + 1] >= 0xA0) return false;  // a UTF-16 surrogate
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (i + 3 >= n || !Continuation(p[i + 1]) || !Continuation(p[i + 2]) || !Continuation(p[i + 3])) return false;
      if (c == 0xF0 && p[i + 1] < 0x90) return false;   // overlong
      if (c == 0xF4 && p[i + 1] >= 0x90) return false;  // past U+10FFFF
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

std::size_t Utf8BytesForUnits(std::string_view text, std::size_t at, std::size_t units) {
  std::size_t pos = at;
  while (units > 0) {
    if (pos >= text.size()) return std::string_view::npos;
    const auto lead = static_cast<unsigned char>(text[pos]);
    std::size_t bytes = 1;
    std::size_t width = 1;
    if (lead >= 0xF0) {
      bytes = 4;
      width = 2;
    } else if (lead >= 0xE0) {
      bytes = 3;
    } else if (lead >= 0xC0) {
      bytes = 2;
    }
    if (width > units || pos + bytes > text.size()) return std::string_view::npos;
    pos += bytes;
    units -= width;
  }
  return pos - at;
}

}  // namespace copilot::security
