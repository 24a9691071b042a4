// Any byte string must parse or fail with a status: never crash, hang or overflow the stack.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "config/json_document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  copilot::JsonLimits limits;
  limits.max_depth = 8;
  copilot::Result<nlohmann::json> doc = copilot::ParseJsonDocument(text, limits);
  if (doc.ok()) {
    // What parsed must serialise and parse back to the same value.
    std::string again = doc.value().dump();
    copilot::Result<nlohmann::json> reparsed = copilot::ParseJsonDocument(again, limits);
    if (!reparsed.ok() || reparsed.value() != doc.value()) __builtin_trap();
  } else if (doc.status().message().empty()) {
    __builtin_trap();
  }
  return 0;
}
