// Cue words near a candidate value, in many languages and scripts: what raises a loose format
// ("123 456 782") to a finding when the text names it ("TFN", "Steuer-ID", "電話") and what
// lowers it when the text names something else ("order", "invoice"). Internal to src/pii/.
#ifndef COPILOT_PII_CUES_H_
#define COPILOT_PII_CUES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace copilot::pii {

// A list of cue words with the set of their first bytes (both cases of a letter), computed
// when the list is defined: `constexpr Cues kTaxCues(kTaxCueWords);` for a constexpr array.
struct Cues {
  const std::string_view* words;
  std::size_t count;
  std::uint64_t first[4] = {0, 0, 0, 0};
  template <std::size_t N>
  explicit constexpr Cues(const std::string_view (&list)[N]) : words(list), count(N) {
    for (std::size_t k = 0; k < N; ++k) {
      const auto c = static_cast<unsigned char>(list[k][0]);
      const auto upper = static_cast<unsigned char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      first[c >> 6] |= std::uint64_t{1} << (c & 63);
      first[upper >> 6] |= std::uint64_t{1} << (upper & 63);
    }
  }
  bool MayStart(unsigned char b) const { return (first[b >> 6] >> (b & 63) & 1U) != 0; }
  const std::string_view* begin() const { return words; }
  const std::string_view* end() const { return words + count; }
};

// True when one of `cues` (lower case; UTF-8 for other scripts) starts within the `window`
// bytes before `begin`. ASCII letters compare case-insensitively; a cue starting with a letter
// must start a word, and cues of five letters or fewer must also end one ("call" is not
// "caller", "sin" not "since"; a plural 's' may follow); longer ones may start a compound.
bool CueBefore(std::string_view s, std::size_t begin, std::size_t window, const Cues& cues);

// True when a word naming another kind of number ("order", "invoice", "tracking", "Rechnung",
// "#" ...) ends shortly before `begin`: a loose digit run there is that number, not personal data.
bool OtherNumberCueBefore(std::string_view s, std::size_t begin);

// The same, for a cue starting within `window` bytes after `end` ("DNI" written after the number).
bool CueAfter(std::string_view s, std::size_t end, std::size_t window, const Cues& cues);

}  // namespace copilot::pii

#endif  // COPILOT_PII_CUES_H_
