#include "security/threat_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "security/text_views.h"
#include "security/threat_model_weights.h"

namespace copilot::security {
namespace {

constexpr std::uint32_t kFnvOffset = 2166136261U;
constexpr std::uint32_t kFnvPrime = 16777619U;
constexpr std::size_t kGramBytes = 4;
constexpr int kTopByte = 8 * (kGramBytes - 1);
constexpr std::size_t kMaxEvidence = 3;
constexpr std::size_t kMinEvidenceWord = 3;

// Seeds that keep the kinds of feature apart.
constexpr unsigned char kUnigram = 1;
constexpr unsigned char kBigram = 2;
constexpr unsigned char kGram = 3;

std::uint32_t Step(std::uint32_t h, unsigned char c) {
  return (h ^ c) * kFnvPrime;
}

std::uint32_t Bucket(std::uint32_t h) {
  h ^= h >> 16;
  h *= 0x7FEB352DU;
  h ^= h >> 15;
  h *= 0x846CA68BU;
  h ^= h >> 16;
  return h & static_cast<std::uint32_t>(kThreatModelBuckets - 1);
}

// Per byte: bit 0x100 set for a word byte (ASCII lower-case letter or digit, or non-ASCII),
// low 8 bits the byte as the n-grams read it (digits as '0', blanks and controls as ' ').
struct ByteTable {
  std::array<std::uint16_t, 256> entry{};
  constexpr ByteTable() {
    for (int c = 0; c < 256; ++c) {
      const bool digit = c >= '0' && c <= '9';
      const bool word = (c >= 'a' && c <= 'z') || digit || c >= 0x80;
      const int folded = digit ? '0' : (c <= 0x20 ? ' ' : c);
      entry[static_cast<std::size_t>(c)] = static_cast<std::uint16_t>((word ? 0x100 : 0) | folded);
    }
  }
};
constexpr ByteTable kBytes;

bool IsWordByte(unsigned char c) {
  return (kBytes.entry[c] & 0x100) != 0;
}

unsigned char Fold(char ch) {
  return static_cast<unsigned char>(kBytes.entry[static_cast<unsigned char>(ch)] & 0xFF);
}

struct Token {
  std::size_t begin;
  std::size_t end;
};

std::vector<Token> Tokenize(std::string_view t) {
  std::vector<Token> out;
  out.reserve(t.size() / 4 + 1);
  for (std::size_t i = 0; i < t.size();) {
    if (!IsWordByte(static_cast<unsigned char>(t[i]))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < t.size() && IsWordByte(static_cast<unsigned char>(t[j]))) ++j;
    out.push_back({i, j});
    i = j;
  }
  return out;
}

std::uint32_t HashWord(std::uint32_t h, std::string_view t, Token w) {
  for (std::size_t i = w.begin; i < w.end; ++i) h = Step(h, Fold(t[i]));
  return h;
}

std::uint32_t UnigramBucket(std::string_view t, Token w) {
  return Bucket(Step(HashWord(kFnvOffset, t, w), kUnigram));
}

std::uint32_t BigramBucket(std::string_view t, Token a, Token b) {
  return Bucket(Step(HashWord(kFnvOffset, t, a) * kFnvPrime ^ HashWord(kFnvOffset, t, b), kBigram));
}

// The bucket of a character 4-gram: its folded bytes packed into an integer, times a 64-bit
// odd constant, top bits. One multiply per n-gram: most features are n-grams.
std::uint32_t GramBucket(std::uint64_t packed) {
  constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL;
  constexpr int kShift = 64 - 16;
  static_assert(kThreatModelBuckets == std::size_t{1} << 16, "kShift assumes 16-bit buckets");
  return static_cast<std::uint32_t>(((packed | (std::uint64_t{kGramBytes} << 56)) * kGolden) >> kShift);
}

// Calls emit(bucket, kind) for every feature occurrence of word k, then done(k): the word,
// the pair it ends, and the character n-grams starting between the previous word's end and
// its own end (the first word also takes what precedes it, the last what follows it). kind:
// kUnigram, kBigram or kGram.
template <typename Emit, typename Done>
void ForEachFeature(std::string_view t, const std::vector<Token>& tokens, Emit&& emit, Done&& done) {
  std::uint32_t previous = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token w = tokens[k];
    const std::uint32_t word = HashWord(kFnvOffset, t, w);
    emit(Bucket(Step(word, kUnigram)), kUnigram);
    if (k > 0) emit(Bucket(Step(previous * kFnvPrime ^ word, kBigram)), kBigram);
    previous = word;
    const std::size_t from = k == 0 ? 0 : tokens[k - 1].end;
    const std::size_t to = k + 1 == tokens.size() ? t.size() : w.end;
    if (from + kGramBytes <= t.size()) {
      // A register of the last kGramBytes folded bytes, shifted one byte per position.
      std::uint64_t gram = 0;
      for (std::size_t i = from; i + 1 < from + kGramBytes; ++i)
        gram = gram >> 8 | std::uint64_t{Fold(t[i])} << kTopByte;
      for (std::size_t p = from; p < to && p + kGramBytes <= t.size(); ++p) {
        gram = gram >> 8 | std::uint64_t{Fold(t[p + kGramBytes - 1])} << kTopByte;
        emit(GramBucket(gram), kGram);
      }
    }
    done(k);
  }
}

double Sigmoid(double z) {
  return 1.0 / (1.0 + std::exp(-z));
}

std::vector<std::string> Evidence(std::string_view t, const std::vector<Token>& tokens, std::size_t first,
                                  std::size_t last) {
  std::vector<std::pair<int, std::string>> scored;
  for (std::size_t k = first; k < last; ++k) {
    const Token w = tokens[k];
    // A letter or two says nothing to a reader; such words count only within pairs.
    if (w.end - w.begin >= kMinEvidenceWord) {
      scored.emplace_back(kThreatModelWeights[UnigramBucket(t, w)], std::string(t.substr(w.begin, w.end - w.begin)));
    }
    if (k > first) {
      const Token a = tokens[k - 1];
      scored.emplace_back(
          kThreatModelWeights[BigramBucket(t, a, w)],
          std::string(t.substr(a.begin, a.end - a.begin)) + " " + std::string(t.substr(w.begin, w.end - w.begin)));
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& [weight, text] : scored) {
    if (weight <= 0 || out.size() == kMaxEvidence) break;
    if (std::find(out.begin(), out.end(), text) == out.end()) out.push_back(std::move(text));
  }
  return out;
}

}  // namespace

LearnedScore ScoreThreatModel(std::string_view norm, double explain_from) {
  LearnedScore out;
  const std::vector<Token> tokens = Tokenize(norm);
  if (tokens.empty()) return out;
  // Integer prefix sums: a window's sum is exact, whatever the window.
  std::vector<std::int64_t> sum(tokens.size() + 1, 0);
  std::vector<std::int64_t> count(tokens.size() + 1, 0);
  // Accumulated in locals, stored once per word (the int8 table may alias any store).
  std::int64_t word_sum = 0;
  std::int64_t word_count = 0;
  ForEachFeature(
      norm, tokens,
      [&](std::uint32_t bucket, unsigned char /*kind*/) {
        word_sum += kThreatModelWeights[bucket];
        ++word_count;
      },
      [&](std::size_t k) {
        sum[k + 1] = word_sum;
        count[k + 1] = word_count;
        word_sum = word_count = 0;
      });
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    sum[k + 1] += sum[k];
    count[k + 1] += count[k];
  }
  const std::size_t n = tokens.size();
  std::size_t best_first = 0;
  std::size_t best_last = n;
  double best = -INFINITY;
  for (std::size_t first = 0;; first += kThreatModelStride) {
    const std::size_t last = std::min(first + kThreatModelWindow, n);
    const auto features = static_cast<double>(count[last] - count[first]);
    const double z =
        kThreatModelBias + kThreatModelScale * static_cast<double>(sum[last] - sum[first]) / std::sqrt(features);
    if (z > best) {
      best = z;
      best_first = first;
      best_last = last;
    }
    if (last == n) break;
  }
  out.scored = true;
  out.logit = best;
  out.probability = Sigmoid(best);
  out.begin = tokens[best_first].begin;
  out.end = tokens[best_last - 1].end;
  if (out.probability >= explain_from) out.evidence = Evidence(norm, tokens, best_first, best_last);
  return out;
}

std::vector<std::uint32_t> ThreatModelFeatures(std::string_view text) {
  const TextViews views = BuildTextViews(text);
  const std::string& norm = views.norm.text;
  const std::vector<Token> tokens = Tokenize(norm);
  std::vector<std::uint32_t> out;
  ForEachFeature(
      norm, tokens,
      [&](std::uint32_t bucket, unsigned char kind) { out.push_back(bucket | (std::uint32_t{kind} << 24)); },
      [](std::size_t /*k*/) {});
  return out;
}

}  // namespace copilot::security
