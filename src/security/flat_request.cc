#include "security/flat_request.h"

#include <cmath>
#include <string>

#include "security/utf8.h"

namespace copilot::security {
namespace {

Status Bad(std::size_t slot, const std::string& what) {
  return Status(StatusCode::kInvalidArgument, "request slot " + std::to_string(slot) + ": " + what);
}

}  // namespace

Status FlatRequest::Decode(const double* numbers, std::size_t count, std::string_view text, const JsonLimits& limits) {
  if (count % kFlatNumbersPerSlot != 0) return Status(StatusCode::kInvalidArgument, "request: malformed slot numbers");
  const std::size_t slots = count / kFlatNumbersPerSlot;
  values_.resize(slots);
  pointers_.assign(slots, nullptr);
  std::size_t at = 0;
  for (std::size_t i = 0; i < slots; ++i) {
    const double tag = numbers[i * kFlatNumbersPerSlot];
    const double a = numbers[i * kFlatNumbersPerSlot + 1];
    nlohmann::json& value = values_[i];
    if (tag == 0) continue;
    if (tag == 1) {
      value = nullptr;
    } else if (tag == 2 || tag == 3) {
      value = tag == 3;
    } else if (tag == 4) {
      if (!std::isfinite(a)) return Bad(i, "numbers are finite");
      value = a;
    } else if (tag == 5 || tag == 6) {
      if (!(a >= 0) || a != std::floor(a) || a > static_cast<double>(text.size() - at)) {
        return Bad(i, "text length does not fit the text");
      }
      const std::string_view piece = text.substr(at, static_cast<std::size_t>(a));
      at += piece.size();
      if (tag == 5) {
        if (!IsUtf8(piece)) return Bad(i, "strings are UTF-8");
        if (value.is_string()) {
          value.get_ref<std::string&>().assign(piece.data(), piece.size());  // keeps the buffer
        } else {
          value = std::string(piece);
        }
      } else {
        Result<nlohmann::json> doc = ParseJsonDocument(piece, limits);
        if (!doc.ok()) {
          const bool too_large = doc.status().code() == StatusCode::kTooLarge ||
                                 doc.status().message().find("nested deeper") != std::string::npos;
          return Status(too_large ? StatusCode::kTooLarge : StatusCode::kInvalidArgument,
                        "request slot " + std::to_string(i) + ": " + doc.status().message());
        }
        value = std::move(doc).value();
      }
    } else {
      return Bad(i, "unknown tag");
    }
    pointers_[i] = &value;
  }
  if (at != text.size()) return Status(StatusCode::kInvalidArgument, "request: text left over after the last slot");
  return Status::Ok();
}

}  // namespace copilot::security
