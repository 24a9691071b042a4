// Cue words near a candidate value, in many languages and scripts: what raises a loose format
// ("123 456 782") to a finding when the text names it ("TFN", "Steuer-ID", "電話") and what
// lowers it when the text names something else ("order", "invoice"). Internal to src/pii/.
#ifndef COPILOT_PII_CUES_H_
#define COPILOT_PII_CUES_H_

#include <cstddef>
#include <string_view>

namespace copilot::pii {

// A list of cue words: a constexpr array, e.g. `constexpr std::string_view kTaxCues[] = {...};`.
struct Cues {
  const std::string_view* words;
  std::size_t count;
  template <std::size_t N>
  constexpr Cues(const std::string_view (&list)[N]) : words(list), count(N) {}  // NOLINT(google-explicit-constructor)
  const std::string_view* begin() const { return words; }
  const std::string_view* end() const { return words + count; }
};

// True when one of `cues` (lower case; UTF-8 for other scripts) starts within the `window`
// bytes before `begin`. ASCII letters compare case-insensitively; a cue starting with a letter
// must start a word, and cues of five letters or fewer must also end one ("call" is not
// "caller", "sin" not "since"; a plural 's' may follow); longer ones may start a compound.
bool CueBefore(std::string_view s, std::size_t begin, std::size_t window, Cues cues);

// True when a word naming another kind of number ("order", "invoice", "tracking", "Rechnung",
// "#" ...) ends shortly before `begin`: a loose digit run there is that number, not personal data.
bool OtherNumberCueBefore(std::string_view s, std::size_t begin);

// The same, for a cue starting within `window` bytes after `end` ("DNI" written after the number).
bool CueAfter(std::string_view s, std::size_t end, std::size_t window, Cues cues);

}  // namespace copilot::pii

#endif  // COPILOT_PII_CUES_H_
