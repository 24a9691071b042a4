// Any byte string must scan without crashing, and every signal must lie inside the text
// (UTF-16 offsets, start <= end <= length).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "security/threat_scanner.h"

namespace {

std::size_t Utf16Length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) n += (c >= 0xF0 && c < 0xF8) ? 2 : 1;
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  copilot::Result<copilot::security::ThreatReport> report = copilot::security::ScanThreats(text);
  if (!report.ok()) __builtin_trap();
  // Invalid UTF-8 is decoded byte by byte, so the byte count bounds the UTF-16 length.
  const std::size_t limit = Utf16Length(text) + size;
  for (const copilot::security::ThreatSignal& s : report.value().signals) {
    if (s.start > s.end || s.end > limit || s.weight <= 0 || s.weight > 1) __builtin_trap();
  }
  if (report.value().score < 0 || report.value().score > 1) __builtin_trap();
  return 0;
}
