#include "security/threat_model.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "security/text_views.h"
#include "security/threat_model_weights.h"

namespace copilot::security {
namespace {

constexpr std::uint32_t kFnvOffset = 2166136261U;
constexpr std::uint32_t kFnvPrime = 16777619U;
constexpr std::size_t kMinGram = 3;
constexpr std::size_t kMaxGram = 5;
constexpr std::size_t kMaxEvidence = 3;
constexpr std::size_t kMinEvidenceWord = 3;

// Seeds that keep the three kinds of feature apart.
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

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

unsigned char Fold(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  if (c >= '0' && c <= '9') return '0';
  if (c <= 0x20) return ' ';
  return c;
}

struct Token {
  std::size_t begin;
  std::size_t end;
};

std::vector<Token> Tokenize(std::string_view t) {
  std::vector<Token> out;
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
  return Bucket(HashWord(Step(kFnvOffset, kUnigram), t, w));
}

std::uint32_t BigramBucket(std::string_view t, Token a, Token b) {
  return Bucket(HashWord(Step(HashWord(Step(kFnvOffset, kBigram), t, a), ' '), t, b));
}

// Calls emit(k, bucket, kind) for every feature occurrence (kind: kUnigram, kBigram, or
// kGram + n - 3 for a character n-gram), k the word it belongs to: the word, the
// pair it ends, and the character n-grams starting between the previous word's end and its
// own end (the first word also takes what precedes it, the last what follows it).
template <typename Emit>
void ForEachFeature(std::string_view t, const std::vector<Token>& tokens, Emit&& emit) {
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token w = tokens[k];
    emit(k, UnigramBucket(t, w), kUnigram);
    if (k > 0) emit(k, BigramBucket(t, tokens[k - 1], w), kBigram);
    const std::size_t from = k == 0 ? 0 : tokens[k - 1].end;
    const std::size_t to = k + 1 == tokens.size() ? t.size() : w.end;
    for (std::size_t p = from; p < to; ++p) {
      std::uint32_t h = Step(kFnvOffset, kGram);
      for (std::size_t n = 1; n <= kMaxGram && p + n <= t.size(); ++n) {
        h = Step(h, Fold(t[p + n - 1]));
        if (n >= kMinGram) emit(k, Bucket(h), static_cast<unsigned char>(kGram + n - kMinGram));
      }
    }
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
  ForEachFeature(norm, tokens, [&](std::size_t k, std::uint32_t bucket, unsigned char /*kind*/) {
    sum[k + 1] += kThreatModelWeights[bucket];
    ++count[k + 1];
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
  ForEachFeature(norm, tokens, [&](std::size_t /*k*/, std::uint32_t bucket, unsigned char kind) {
    out.push_back(bucket | (std::uint32_t{kind} << 24));
  });
  return out;
}

}  // namespace copilot::security
