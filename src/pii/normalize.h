// Normalising text before the recognizers read it, so that evasion does not hide a value,
// while remembering where every normalised byte came from.
#ifndef COPILOT_PII_NORMALIZE_H_
#define COPILOT_PII_NORMALIZE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copilot::pii {

// The text the recognizers scan. For pure-ASCII input nothing changes and `text` views the
// input itself (no copy). Otherwise Unicode decimal digits (fullwidth, Arabic-Indic,
// Devanagari, ...) and fullwidth ASCII become ASCII, zero-width characters and soft hyphens
// disappear, Unicode spaces become ' ' and Unicode dashes '-'.
class NormalizedText {
 public:
  explicit NormalizedText(std::string_view original);

  std::string_view text() const { return text_; }
  // Byte range in the original text covered by normalised bytes [begin, end).
  std::size_t OriginalBegin(std::size_t begin) const;
  std::size_t OriginalEnd(std::size_t end) const;

 private:
  std::string_view original_;
  std::string storage_;
  std::string_view text_;
  // Where the byte mapping shifts: from normalised offset `normalized` on, byte p of the
  // normalised text is byte original + (p - normalized) of the input (until the next anchor).
  struct Anchor {
    std::uint32_t normalized;
    std::uint32_t original;
  };
  std::vector<Anchor> anchors_;
  // How many anchors the last OriginalBegin lookup was at or after (lookups mostly ascend).
  mutable std::size_t cursor_ = 0;
};

// Converts ascending UTF-8 byte offsets of valid UTF-8 `text` into UTF-16 code unit offsets,
// in place, in one pass.
void ToUtf16Offsets(std::string_view text, std::vector<std::size_t>& ascending_offsets);

}  // namespace copilot::pii

#endif  // COPILOT_PII_NORMALIZE_H_
