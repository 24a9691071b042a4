// Internal to the threat scanner: the normalised "views" of a prompt that the rules run on,
// each byte mapped back to the UTF-16 span of the original text it came from, plus what the
// normalisation itself revealed (invisible characters, mixed scripts, spaced-out letters,
// text smuggled in Unicode tag characters).
//
//   clean  invisible characters removed, case kept          (secrets, encoded payloads)
//   norm   clean + homoglyphs and full-width forms mapped to ASCII, lower case, accents
//          folded, spaced-out letters joined ("i g n o r e" -> "ignore"), runs of blanks
//          collapsed                                        (every other rule)
//   leet   norm with leetspeak digits and symbols read as letters, when that changes anything
//          (same length as norm, byte for byte, so it uses norm's map)
//
// Plain ASCII text without spaced-out letters (most prompts) takes a short path: clean is
// the text itself and norm is made in one pass over the bytes, with the same result as the
// general path.
#ifndef COPILOT_SECURITY_TEXT_VIEWS_H_
#define COPILOT_SECURITY_TEXT_VIEWS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace copilot::security {

struct MappedText {
  std::string text;                  // UTF-8
  std::vector<std::uint32_t> begin;  // per byte: UTF-16 offset in the original where its character starts
  std::vector<std::uint32_t> end;    // per byte: UTF-16 offset where it ends
  // ASCII text: begin/end stay empty; byte i is UTF-16 unit i + the bytes dropped before it,
  // `skips` listing (first byte after a drop, bytes dropped so far) in order.
  bool identity = false;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> skips;

  // The original UTF-16 span of bytes [b, e) of `text` (e > b).
  std::uint32_t SpanBegin(std::size_t b) const;
  std::uint32_t SpanEnd(std::size_t e) const;
};

struct ViewFinding {
  const char* rule;  // zero_width, bidi_control, unicode_tags, homoglyphs, letter_spacing
  double weight;
  std::uint32_t start;  // UTF-16, in the original
  std::uint32_t end;
};

struct TextViews {
  MappedText clean;
  MappedText norm;
  std::string leet;      // empty when leetspeak changes nothing
  std::string smuggled;  // ASCII hidden in Unicode tag characters, if any
  std::uint32_t smuggled_start = 0;
  std::uint32_t smuggled_end = 0;
  std::vector<ViewFinding> findings;
};

TextViews BuildTextViews(std::string_view utf8);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_TEXT_VIEWS_H_
