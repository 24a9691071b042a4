// UTF-8 checks for text js/ writes into the core as bytes (TextEncoder / encodeInto), where
// JavaScript knows lengths in UTF-16 code units and the core needs bytes.
#ifndef COPILOT_SECURITY_UTF8_H_
#define COPILOT_SECURITY_UTF8_H_

#include <cstddef>
#include <string_view>

namespace copilot::security {

// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF).
bool IsUtf8(std::string_view text);

// The bytes of `text` from `at` that hold `units` UTF-16 code units (a four-byte character is
// two units), or npos when the text ends first or the count splits a four-byte character.
// Reads lead bytes only: check IsUtf8 where the bytes are not known to be UTF-8.
std::size_t Utf8BytesForUnits(std::string_view text, std::size_t at, std::size_t units);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_UTF8_H_
