// A run of digit groups as people type numbers ("+44 (0)20 7946 0958", "123.456.789-09"),
// collected once at a word start by Scanner::TryNumber and read by every numeric recognizer
// (cards, SSN, phones, national identifiers, dates). Internal to src/pii/.
#ifndef COPILOT_PII_DIGIT_RUN_H_
#define COPILOT_PII_DIGIT_RUN_H_

#include <array>
#include <cstddef>
#include <string_view>

namespace copilot::pii {

inline constexpr int kMaxGroups = 10;
inline constexpr std::size_t kMaxDigits = 20;

struct DigitRun {
  std::size_t begin = 0;
  bool plus = false;
  bool paren = false;    // the first group was written as "(555)"
  int paren_group = -1;  // a later group written in parentheses ("+44 (0)20 ..."), or -1
  int count = 0;
  std::array<std::size_t, kMaxGroups> group_begin{};
  std::array<std::size_t, kMaxGroups> group_end{};
  std::array<char, kMaxGroups> sep{};     // separator before group k (0 for none), ' ' for mixed with ')'
  std::array<char, kMaxDigits> digits{};  // the digits of the groups, without separators
  std::size_t digit_count = 0;
  std::array<std::size_t, kMaxGroups> digits_after{};  // digit count after group k
  // Whether a phone cue word precedes the run (-1: not looked up yet); every prefix shares it.
  mutable signed char phone_cue = -1;
  mutable signed char other_cue = -1;  // the same for OtherNumberCueBefore
  std::string_view Digits(std::size_t n) const { return std::string_view(digits.data(), n); }
  int Len(int k) const { return static_cast<int>(group_end[k] - group_begin[k]); }
  // True when groups 1..k-1 share one separator, which is one of `allowed`.
  bool SameSeparators(int k, std::string_view allowed) const {
    if (k < 2) return true;
    const char first = sep[1];
    bool known = false;
    for (char a : allowed) known = known || a == first;  // a few characters: no memchr call
    if (!known) return false;
    for (int g = 2; g < k; ++g) {
      if (sep[g] != first) return false;
    }
    return true;
  }
};

// The best reading of a run prefix: a type and its score (type -1: none).
struct Reading {
  int type = -1;
  float score = 0;
};

}  // namespace copilot::pii

#endif  // COPILOT_PII_DIGIT_RUN_H_
