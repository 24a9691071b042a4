// EMAIL_ADDRESS beyond ASCII: internationalised addresses (Unicode local parts and IDN domains:
// "jürgen@müller.de", "почта@пример.рф") and addresses written out to dodge harvesters
// ("jane dot doe at example dot com", "jane[at]corp[dot]de", "jane (at) corp.de",
// "jane AT corp DOT com", "jane arroba empresa punto es").
#include <string_view>

#include "pii/cues.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

// The written "@", longest first where one is a prefix of another; matched case-insensitively.
constexpr std::string_view kAtWords[] = {
    " [at] ",       "[at]", " (at) ",     "(at)",    " {at} ",  "{at}",     " <at> ",    "<at>",
    " [@] ",        "[@]",  " (@) ",      "(@)",     " @ ",     " at ",     " arroba ",  " arobase ",
    " chiocciola ", " ät ", " snabel-a ", " małpa ", " malpa ", " собака ", " at-mark ", " アットマーク ",
};
// The written ".", the same way.
constexpr std::string_view kDotWords[] = {
    " [dot] ", "[dot]",   " (dot) ", "(dot)",   " {dot} ",  "{dot}",   " <dot> ", "<dot>",  " dot ",
    " punkt ", " point ", " punto ", " ponto ", " kropka ", " точка ", " piste ", " pont ",
};
constexpr std::string_view kEmailCuesWords[] = {"email",  "e-mail", "mail",   "contact", "write", "reach", "courriel",
                                                "correo", "posta",  "メール", "邮箱",    "邮件",  "почт",  "이메일"};
constexpr Cues kEmailCues(kEmailCuesWords);

// Length of the written connector from `words` at `k`, or of a plain "." when `dot` allows it.
std::size_t ConnectorAt(std::string_view s, std::size_t k, const std::string_view* words, std::size_t count) {
  const char first = k < s.size() ? s[k] : '\0';
  const char second = k + 1 < s.size() ? Lower(s[k + 1]) : '\0';
  for (std::size_t w = 0; w < count; ++w) {
    const std::string_view word = words[w];
    if (word[0] != first || word[1] != second) continue;  // connectors start with ' ' or a bracket
    if (StartsWithWord(s, k, word)) return word.size();
  }
  return 0;
}

// End of a label (letters, digits, '-', '_', '+', and bytes of other scripts) from `k`.
std::size_t LabelEnd(std::string_view s, std::size_t k, bool local) {
  std::size_t j = k;
  while (j < s.size() && j - k < 64) {
    const char c = s[j];
    const bool ok = IsAlnum(c) || c == '-' || static_cast<unsigned char>(c) >= 0x80 ||
                    (local && (c == '_' || c == '+' || c == '%'));
    if (!ok) break;
    ++j;
  }
  return j;
}

bool TldShaped(std::string_view s, std::size_t begin, std::size_t end) {
  if (end - begin < 2 || end - begin > 24) return false;
  for (std::size_t k = begin; k < end; ++k) {
    if (!IsAlpha(s[k]) && static_cast<unsigned char>(s[k]) < 0x80) return false;
  }
  return true;
}

// Top-level domains a spelled-out address may end in ("... dot com"): a spelled dot before a
// word such as "now" or "net" in prose is more often just prose.
bool CommonTld(std::string_view s, std::size_t begin, std::size_t end) {
  if (end - begin == 2) return true;  // country codes
  static constexpr std::string_view kTlds[] = {"com", "net", "org", "edu", "gov", "info", "biz", "io", "mail"};
  for (std::string_view tld : kTlds) {
    if (end - begin == tld.size() && StartsWithWord(s, begin, tld)) return true;
  }
  return false;
}

bool HasNonAscii(std::string_view s, std::size_t begin, std::size_t end) {
  for (std::size_t k = begin; k < end; ++k) {
    if (static_cast<unsigned char>(s[k]) >= 0x80) return true;
  }
  return false;
}

}  // namespace

std::size_t Scanner::TryUnicodeEmail(std::size_t i) {
  // A quick look for '@' in the same token first: most words have none.
  std::size_t at = i;
  while (at < s_.size() && at - i < 96 && s_[at] != '@' && s_[at] != ' ' && s_[at] != '\n' && s_[at] != '<' &&
         s_[at] != ',' && s_[at] != ';') {
    ++at;
  }
  if (At(at) != '@' || at == i) return 0;
  // Local part: letters of any script, digits and . _ % + - ' (not starting or ending with '.').
  for (std::size_t k = i; k < at; ++k) {
    const char c = s_[k];
    if (!(IsAlnum(c) || static_cast<unsigned char>(c) >= 0x80 ||
          (kCharClass[static_cast<unsigned char>(c)] & kLocalPart))) {
      return 0;
    }
  }
  if (s_[i] == '.' || s_[at - 1] == '.') return 0;
  // Domain: labels joined by '.', the last one (the TLD) letters of any script.
  std::size_t j = at + 1;
  std::size_t last_label = 0;
  int labels = 0;
  while (true) {
    const std::size_t label_end = LabelEnd(s_, j, false);
    if (label_end == j) return 0;
    last_label = j;
    ++labels;
    j = label_end;
    if (At(j) == '.' && (IsAlnum(At(j + 1)) || static_cast<unsigned char>(At(j + 1)) >= 0x80)) {
      ++j;
    } else if (s_.compare(j, 3, "\xE3\x80\x82") == 0) {  // the ideographic full stop
      j += 3;
    } else {
      break;
    }
  }
  if (labels < 2 || !TldShaped(s_, last_label, j) || !HasNonAscii(s_, i, j)) return 0;
  Emit(kEmailAddress, i, j, 0.9F);
  return j;
}

std::size_t Scanner::TryWrittenEmail(std::size_t i) {
  // Local part: labels joined by '.', '_' or a written dot.
  std::size_t j = LabelEnd(s_, i, true);
  if (j == i) return 0;
  bool written = false;
  bool local_structured = false;  // "jane.doe", "jane_doe", "jane dot doe", "j.doe2"
  for (int parts = 0; parts < 4; ++parts) {
    const std::size_t dot = ConnectorAt(s_, j, kDotWords, std::size(kDotWords));
    if (dot > 0 && LabelEnd(s_, j + dot, true) > j + dot && ConnectorAt(s_, j, kAtWords, std::size(kAtWords)) == 0) {
      written = true;
      local_structured = true;
      j = LabelEnd(s_, j + dot, true);
    } else if (At(j) == '.' && IsAlnum(At(j + 1))) {
      local_structured = true;
      j = LabelEnd(s_, j + 1, true);
    } else {
      break;
    }
  }
  for (std::size_t k = i; k < j; ++k) local_structured = local_structured || IsDigit(s_[k]) || s_[k] == '_';
  const std::size_t at = ConnectorAt(s_, j, kAtWords, std::size(kAtWords));
  if (at == 0) return 0;
  const std::string_view at_word = s_.substr(j, at);
  const bool plain_at = at_word == " at ";  // lower case: the English word "at" is everywhere
  written = written || at_word != " @ ";
  // Domain: labels joined by '.' or a written dot; the last one a TLD.
  std::size_t d = j + at;
  std::size_t last_label = 0;
  int labels = 0;
  bool spelled_dot = false;
  while (labels < 6) {
    const std::size_t label_end = LabelEnd(s_, d, false);
    if (label_end == d) break;
    last_label = d;
    ++labels;
    d = label_end;
    const std::size_t dot = ConnectorAt(s_, d, kDotWords, std::size(kDotWords));
    if (dot > 0 && LabelEnd(s_, d + dot, false) > d + dot) {
      spelled_dot = true;
      d += dot;
    } else if (At(d) == '.' && IsAlnum(At(d + 1))) {
      ++d;
    } else {
      break;
    }
  }
  if (labels < 2 || !written || !TldShaped(s_, last_label, d) || d - last_label > 6) return 0;
  if (spelled_dot && !CommonTld(s_, last_label, d)) return 0;
  // "look at example.com": a plain "at" before an ordinary domain needs a structured local
  // part, a spelled dot or an e-mail cue word before it.
  if (plain_at && !spelled_dot && !local_structured && !CueBefore(s_, i, 40, kEmailCues)) return 0;
  if (plain_at && !spelled_dot && !local_structured && (IsUpper(s_[j + at]) || labels > 3)) return 0;
  Emit(kEmailAddress, i, d, plain_at ? 0.75F : 0.85F);
  return d;
}

}  // namespace copilot::pii
