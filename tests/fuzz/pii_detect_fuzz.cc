// Any byte string (valid UTF-8 or not) must scan without crashing, and every entity must be a
// non-empty, in-bounds span, sorted and non-overlapping, with a score in (0, 1], whose UTF-16
// offsets are ascending too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "pii/engine.h"
#include "pii/pii.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const copilot::Result<copilot::pii::Detector> detector = [] {
    copilot::pii::DetectorOptions options;
    options.custom_patterns.push_back({"EMPLOYEE_ID", "EMP\\d{6}", 0.9});
    options.custom_patterns.push_back({"EMPTY_OK", "x*", 0.5});
    return copilot::pii::Detector::Create(options);
  }();
  if (!detector.ok()) __builtin_trap();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  copilot::pii::ScanOptions options;
  options.min_score = 0;
  std::size_t previous_end = 0;
  for (const copilot::pii::Entity& e : detector.value().Detect(text, options)) {
    if (e.begin < previous_end || e.end <= e.begin || e.end > text.size()) __builtin_trap();
    if (!(e.score > 0 && e.score <= 1)) __builtin_trap();
    previous_end = e.end;
  }
  return 0;
}
