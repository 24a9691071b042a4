// The compact request form js/ sends to PolicySet::EvaluateSlots instead of a request's JSON.
//
// js/ reads, from the request object, only the fields the policy set's field table names
// (PolicySet::FieldSlots()) and describes each slot with three numbers:
//
//   tag  a                  meaning
//   0    -                  absent
//   1    -                  null
//   2/3  -                  false / true
//   4    the value          a number
//   5    length in bytes    a string: the next `a` bytes of `text`, UTF-8
//   6    length in bytes    an array or object, as JSON text: the next `a` bytes of `text`
//
// (the third number is reserved, 0). `text` is the slots' strings and JSON texts, UTF-8,
// concatenated in slot order.
//
// FlatRequest::Decode fails with kInvalidArgument when the numbers and text do not fit
// together (a bad tag, a length past the end, text that is not UTF-8, text left over, JSON
// that does not parse) and kTooLarge when a JSON text breaks `limits`.
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

// A decoded request. One object serves many requests: each Decode reuses the storage of the
// last (a string slot keeps its buffer), so the per-request path allocates nothing in the
// steady state.
class FlatRequest {
 public:
  Status Decode(const double* numbers, std::size_t count, std::string_view text, const JsonLimits& limits);

  // One pointer per slot (nullptr for an absent slot), for PolicySet::EvaluateSlots; valid
  // until the next Decode.
  const std::vector<const nlohmann::json*>& values() const { return pointers_; }

 private:
  std::vector<nlohmann::json> values_;
  std::vector<const nlohmann::json*> pointers_;
};

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_FLAT_REQUEST_H_
