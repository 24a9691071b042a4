// The compact request form js/ sends to PolicySet::EvaluateSlots instead of a request's JSON.
//
// js/ reads, from the request object, only the fields the policy set's field table names
// (PolicySet::FieldSlots()) and describes each slot with three numbers:
//
//   tag  a                        meaning
//   0    -                        absent
//   1    -                        null
//   2/3  -                        false / true
//   4    the value                a number
//   5    length in UTF-16 units   a string, the next `a` units of `text`
//   6    length in UTF-16 units   an array or object, as JSON text, the next `a` units of `text`
//
// (the third number is reserved, 0). `text` is the slots' strings and JSON texts concatenated
// in slot order; lengths count UTF-16 code units because that is what js/ knows without
// encoding, and DecodeFlatRequest walks the UTF-8 to find the same boundaries.
//
// DecodeFlatRequest fails with kInvalidArgument when the numbers and text do not fit
// together (a bad tag, a length past the end, a length that splits a character, text left
// over, JSON that does not parse) and kTooLarge when a JSON text breaks `limits`.
#ifndef COPILOT_SECURITY_FLAT_REQUEST_H_
#define COPILOT_SECURITY_FLAT_REQUEST_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"
#include "config/json_document.h"

namespace copilot::security {

inline constexpr std::size_t kFlatNumbersPerSlot = 3;

struct FlatRequest {
  std::vector<nlohmann::json> values;  // one per slot
  std::vector<char> present;           // 0 for an absent slot

  // Pointers into `values` (nullptr for absent slots), for PolicySet::EvaluateSlots.
  std::vector<const nlohmann::json*> Pointers() const;
};

Result<FlatRequest> DecodeFlatRequest(const double* numbers, std::size_t count, std::string_view text,
                                      const JsonLimits& limits);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_FLAT_REQUEST_H_
