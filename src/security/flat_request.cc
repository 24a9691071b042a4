#include "security/flat_request.h"

#include <cmath>
#include <string>

namespace copilot::security {
namespace {

// Bytes of `text` from `at` that hold `units` UTF-16 code units, or npos when the text ends
// first or the count splits a four-byte character (two units).
std::size_t BytesForUnits(std::string_view text, std::size_t at, std::size_t units) {
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

Status Bad(std::size_t slot, const std::string& what) {
  return Status(StatusCode::kInvalidArgument, "request slot " + std::to_string(slot) + ": " + what);
}

}  // namespace

std::vector<const nlohmann::json*> FlatRequest::Pointers() const {
  std::vector<const nlohmann::json*> out(values.size(), nullptr);
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (present[i] != 0) out[i] = &values[i];
  }
  return out;
}

Result<FlatRequest> DecodeFlatRequest(const double* numbers, std::size_t count, std::string_view text,
                                      const JsonLimits& limits) {
  if (count % kFlatNumbersPerSlot != 0) return Status(StatusCode::kInvalidArgument, "request: malformed slot numbers");
  const std::size_t slots = count / kFlatNumbersPerSlot;
  FlatRequest out;
  out.values.resize(slots);
  out.present.assign(slots, 1);
  std::size_t at = 0;
  for (std::size_t i = 0; i < slots; ++i) {
    const double tag = numbers[i * kFlatNumbersPerSlot];
    const double a = numbers[i * kFlatNumbersPerSlot + 1];
    if (tag == 0) {
      out.present[i] = 0;
    } else if (tag == 1) {
      out.values[i] = nullptr;
    } else if (tag == 2 || tag == 3) {
      out.values[i] = tag == 3;
    } else if (tag == 4) {
      if (!std::isfinite(a)) return Bad(i, "numbers are finite");
      out.values[i] = a;
    } else if (tag == 5 || tag == 6) {
      if (!(a >= 0) || a != std::floor(a) || a > static_cast<double>(text.size())) return Bad(i, "bad text length");
      const std::size_t bytes = BytesForUnits(text, at, static_cast<std::size_t>(a));
      if (bytes == std::string_view::npos) return Bad(i, "text length does not fit the text");
      const std::string_view piece = text.substr(at, bytes);
      at += bytes;
      if (tag == 5) {
        out.values[i] = std::string(piece);
      } else {
        Result<nlohmann::json> doc = ParseJsonDocument(piece, limits);
        if (!doc.ok()) {
          const bool too_large = doc.status().code() == StatusCode::kTooLarge ||
                                 doc.status().message().find("nested deeper") != std::string::npos;
          return Status(too_large ? StatusCode::kTooLarge : StatusCode::kInvalidArgument,
                        "request slot " + std::to_string(i) + ": " + doc.status().message());
        }
        out.values[i] = std::move(doc).value();
      }
    } else {
      return Bad(i, "unknown tag");
    }
  }
  if (at != text.size()) return Status(StatusCode::kInvalidArgument, "request: text left over after the last slot");
  return out;
}

}  // namespace copilot::security
