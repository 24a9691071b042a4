// Internal to the threat scanner: a small learned scorer beside the hand-written rules, so
// that wording no rule names still counts as evidence.
//
// The model is logistic regression over hashed features of the normalised view of a prompt
// (text_views.h: lower case, accents folded, homoglyphs mapped, spaced-out letters joined):
//   - word unigrams and bigrams (a word is a run of ASCII letters/digits or non-ASCII bytes;
//     every digit reads as '0'),
//   - character 4-grams of the same text (digits as '0', blanks as one space; 4-grams alone
//     did as well in cross-validation as 3- to 5-grams, at a third of the cost),
// each hashed into kThreatModelBuckets buckets (words: FNV-1a, then a mixer; n-grams: their
// bytes packed into an integer, times a 64-bit constant). A window of words is
// scored as bias + sum(weight of each feature occurrence) / sqrt(occurrences): counts, not a
// set, so that every window's score comes from prefix sums over the words in linear time.
// Texts up to kThreatModelWindow words are one window; longer ones are scored in windows of
// that many words every kThreatModelStride words, and the strongest window counts (an
// injection hidden in a long document is not diluted by the document).
//
// The weights are trained offline by scripts/train-threat-model.mjs, which writes
// threat_model_weights.cc; nothing here learns at run time.
#ifndef COPILOT_SECURITY_THREAT_MODEL_H_
#define COPILOT_SECURITY_THREAT_MODEL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copilot::security {

inline constexpr std::size_t kThreatModelBuckets = std::size_t{1} << 16;
inline constexpr std::size_t kThreatModelWindow = 64;
inline constexpr std::size_t kThreatModelStride = 16;

struct LearnedScore {
  bool scored = false;     // false when the text has no word at all
  double logit = 0;        // bias + the strongest window's weighted sum
  double probability = 0;  // sigmoid(logit)
  std::size_t begin = 0;   // byte range of the strongest window in the normalised text
  std::size_t end = 0;
  // Up to three words or word pairs of that window that weighed most towards an attack,
  // filled when `probability` reaches ScoreThreatModel's `explain_from`.
  std::vector<std::string> evidence;
};

// Scores the normalised text `norm` (TextViews::norm.text).
LearnedScore ScoreThreatModel(std::string_view norm, double explain_from = 0.5);

// Every feature occurrence in the normalised view of `text` (raw UTF-8), in order, as
// bucket | kind << 24 (kind 1 word, 2 word pair, 3 character 4-gram): what the
// training script counts, so training and scanning see the same features.
std::vector<std::uint32_t> ThreatModelFeatures(std::string_view text);

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_THREAT_MODEL_H_
