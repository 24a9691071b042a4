// Recognizers for words: PERSON (titles, gazetteers, cues), LOCATION (place names, street
// addresses) and dates written with month names.
#include <string>

#include "pii/gazetteer.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

// End of a capitalised word at `i` ("Smith", "O'Brien", "Smith-Jones", "McDonald"), or `i`.
std::size_t CapitalisedWord(std::string_view s, std::size_t i) {
  if (i >= s.size() || !IsUpper(s[i])) return i;
  std::size_t j = i + 1;
  while (j < s.size()) {
    if (IsLower(s[j]) || (IsUpper(s[j]) && j - i <= 2 && s[i] == 'M')) {  // Mc/Mac
      ++j;
    } else if ((s[j] == '\'' || s[j] == '-') && j + 1 < s.size() &&
               (IsUpper(s[j + 1]) || (s[j] == '\'' && j == i + 1 && IsLower(s[j + 1])))) {  // O'Brien, D'angelo
      j += 2;
    } else {
      break;
    }
  }
  return j - i >= 2 && IsLower(s[j - 1]) ? j : i;
}

// The word before `i` (skipping spaces and ",:"), lower-cased, and whether a sentence ends
// between it and `i`.
struct Word {
  char text[16];
  std::size_t size;
  bool operator==(std::string_view other) const { return std::string_view(text, size) == other; }
  operator std::string_view() const { return std::string_view(text, size); }  // NOLINT(google-explicit-constructor)
};

Word PreviousWord(std::string_view s, std::size_t i, bool* sentence_start) {
  std::size_t j = i;
  *sentence_start = true;
  while (j > 0 && (s[j - 1] == ' ' || s[j - 1] == ',' || s[j - 1] == ':' || s[j - 1] == '\t')) --j;
  if (j > 0 && s[j - 1] != '.' && s[j - 1] != '!' && s[j - 1] != '?' && s[j - 1] != '\n' && s[j - 1] != '"')
    *sentence_start = false;
  std::size_t begin = j;
  while (begin > 0 && (IsAlpha(s[begin - 1]) || s[begin - 1] == '\'')) --begin;
  Word word{};
  word.size = std::min<std::size_t>(j - begin, sizeof word.text);
  for (std::size_t k = 0; k < word.size; ++k) word.text[k] = Lower(s[begin + k]);
  return word;
}

// `end` extended over a generational or degree suffix: "Jr.", "III", "MD", "PhD".
std::size_t NameSuffixEnd(std::string_view s, std::size_t end) {
  static constexpr std::string_view kSuffixes[] = {"Jr.", "Sr.", "Jr",  "Sr",  "III", "II", "IV",
                                                   "V",   "MD",  "PhD", "DDS", "DVM", "I"};
  std::size_t at = end + (end < s.size() && s[end] == ',' ? 1 : 0);
  if (at >= s.size() || s[at] != ' ') return end;
  ++at;
  for (std::string_view suffix : kSuffixes) {
    if (s.compare(at, suffix.size(), suffix) != 0) continue;
    const std::size_t after = at + suffix.size();
    if (after < s.size() && IsWord(s[after])) continue;
    return after;
  }
  return end;
}

}  // namespace

std::size_t Scanner::TryWords(std::size_t i) {
  std::size_t e0 = CapitalisedWord(s_, i);
  if (e0 == i) return 0;
  const std::string_view w0 = s_.substr(i, e0 - i);
  const unsigned flags = WordFlags(w0);
  // A title, then one to three capitalised names.
  if ((flags & kGzTitle) != 0) {
    std::size_t j = e0 + (At(e0) == '.' ? 1 : 0);
    if (At(j) != ' ') return 0;
    const std::size_t begin = j + 1;
    std::size_t end = begin;
    for (int n = 0; n < 3; ++n) {
      const std::size_t e = CapitalisedWord(s_, end == begin ? begin : end + 1);
      if (e == (end == begin ? begin : end + 1) ||
          IsCapitalisedStopWord(s_.substr(end == begin ? begin : end + 1, e - (end == begin ? begin : end + 1))))
        break;
      end = e;
      if (At(end) != ' ') break;
    }
    if (end == begin) return 0;
    Emit(kPerson, begin, end, 0.85F);
    return end;
  }
  // Place names of up to three words, longest first.
  std::size_t ends[3] = {e0, 0, 0};
  for (int n = 1; n < 3; ++n) {
    const std::size_t next = ends[n - 1] + 1;
    ends[n] = At(ends[n - 1]) == ' ' ? CapitalisedWord(s_, next) : next;
    if (ends[n] == next) {
      ends[n] = 0;
      break;
    }
  }
  const bool multiword_place = (flags & kGzPlacePrefix) != 0;
  for (int n = 2; n >= 0; --n) {
    if (ends[n] == 0 || (n > 0 && !multiword_place) || (n == 0 && (flags & kGzPlace) == 0) ||
        (n > 0 && !IsPlaceName(s_.substr(i, ends[n] - i))))
      continue;
    // "Charlotte Kuhn", "Austin Smith": a one-word place before a capitalised non-place word
    // is a first name.
    if (n == 0 && ends[1] != 0) {
      const std::string_view next = s_.substr(e0 + 1, ends[1] - e0 - 1);
      if (!IsCapitalisedStopWord(next) && !IsPlaceName(next)) break;
    }
    bool sentence_start = false;
    const Word before = PreviousWord(s_, i, &sentence_start);
    const bool cue = before == "in" || before == "at" || before == "from" || before == "near" || before == "to" ||
                     before == "visit" || before == "of" || before == "based" || before == "lives";
    Emit(kLocation, i, ends[n], cue ? 0.8F : 0.6F);
    return ends[n];
  }
  // Month-like or virtue first names (May, June, Hope) are stop words; before a capitalised
  // non-stop word they still start a name.
  const unsigned f0 = flags;
  const bool stop0 = (f0 & kGzStopWord) != 0;
  const bool first0 = (f0 & kGzFirstName) != 0;
  if (stop0 && (f0 & kGzAmbiguousFirstName) == 0) return 0;
  // A person: a known first name, a known surname after a capitalised word, or a cue word.
  const std::size_t e1 = ends[1];
  const std::string_view w1 = e1 != 0 ? s_.substr(e0 + 1, e1 - e0 - 1) : std::string_view();
  const unsigned f1 = w1.empty() ? 0 : WordFlags(w1);
  const bool last1 = (f1 & kGzLastName) != 0;
  // Surnames that are also common words (West, Mills, Green) count when w0 is a first name.
  const bool w1_word = !w1.empty() && ((f1 & kGzStopWord) == 0 || last1);
  const bool w1_ok = w1_word && (first0 || last1 || !IsStreetSuffix(w1));
  if (stop0 && !w1_ok) return 0;
  float score = 0;
  std::size_t end = e0;
  if (first0 && w1_ok) {
    score = last1 ? 0.95F : 0.85F;
    end = e1;
  } else if (w1_ok && last1) {
    score = 0.75F;
    end = e1;
  } else {
    // The word before decides ("Dear", "patient", a sentence start).
    bool sentence_start = false;
    const Word before = PreviousWord(s_, i, &sentence_start);
    const bool cue = IsNameCue(before);
    if (first0 && (f0 & kGzAmbiguousFirstName) == 0) {
      score = cue ? 0.8F : sentence_start ? 0.45F : 0.6F;
    } else if ((f0 & kGzLastName) != 0 && cue) {
      score = 0.6F;
    } else if (cue && !sentence_start && w1_ok) {
      score = 0.6F;
      end = e1;
    } else if (cue && (before == "name" || before == "dear" || before == "patient" || before == "am")) {
      score = w1_ok ? 0.7F : 0.6F;
      end = w1_ok ? e1 : e0;
    }
    if (score == 0 && w1_ok && (f1 & (kGzPlace | kGzFirstName)) == 0) {
      // Two capitalised words that are neither common words nor places: likely a name, less so
      // at the start of a sentence where any word is capitalised.
      score = sentence_start ? 0.45F : 0.5F;
      end = e1;
    }
  }
  if (score == 0) return 0;
  // A third name ("Mary Ann Smith") joins when it is a known surname.
  if (end == e1 && ends[2] != 0 && IsLastName(s_.substr(e1 + 1, ends[2] - e1 - 1))) end = ends[2];
  end = NameSuffixEnd(s_, end);
  Emit(kPerson, i, end, score);
  return end;
}

std::size_t Scanner::TryAddress(std::size_t i) {
  // Number, street words ending in a suffix, then optionally unit, city, state and ZIP.
  std::size_t j = RunOf(i, kDigit);
  if (j - i > 6) return 0;
  if (IsUpper(At(j)) && At(j + 1) == ' ') ++j;  // 221B
  if (At(j) != ' ') return 0;
  std::size_t street_end = 0;
  std::size_t k = j + 1;
  std::size_t word_ends[4] = {0, 0, 0, 0};
  bool direction = false;
  int count = 0;
  for (int words = 0; words < 4; ++words) {
    std::size_t e = CapitalisedWord(s_, k);
    if (e == k && words == 0) {  // a direction: N, S, NE ...
      e = RunOf(k, kUpper);
      if (e - k > 2 || std::string_view("NSEW").find(At(k)) == std::string_view::npos || At(e) != ' ') e = k;
      direction = e > k;
    }
    if (e == k) {  // ordinals such as "5th"
      e = RunOf(k, kDigit);
      if (e == k) break;
      e = RunOf(e, kLower);
    }
    word_ends[count++] = e;
    if (words > 0 && IsStreetSuffix(s_.substr(k, e - k))) street_end = e + (At(e) == '.' ? 1 : 0);
    if (At(e) != ' ') break;
    k = e + 1;
  }
  float score = 0.85F;
  if (street_end == 0 && count >= 2) {
    // British and suffix-less forms: "12 The Maltings", "3698 Westgate", "87 N Main".
    const std::string_view first = s_.substr(j + 1, word_ends[0] - j - 1);
    const std::string_view second = s_.substr(word_ends[0] + 1, word_ends[1] - word_ends[0] - 1);
    if ((first == "The" || direction) && !IsCapitalisedStopWord(second) && IsUpper(second[0])) {
      street_end = word_ends[1];
      score = 0.7F;
    }
  }
  if (street_end == 0 && count >= 1) {
    const std::string_view word = s_.substr(j + 1, word_ends[0] - j - 1);
    static constexpr std::string_view kEndings[] = {"gate",  "side",  "lands", "ings",  "fields",
                                                    "croft", "wood",  "mead",  "green", "hill",
                                                    "court", "grove", "field", "way",   "bank"};
    for (std::string_view ending : kEndings) {
      if (word.size() > ending.size() + 2 && word.compare(word.size() - ending.size(), ending.size(), ending) == 0) {
        street_end = word_ends[0];
        score = 0.6F;
      }
    }
  }
  if (street_end == 0) return 0;
  std::size_t end = street_end;
  // Unit: "Apt. 4", "Suite 200", "Unit 3B", "#12".
  static constexpr std::string_view kUnits[] = {"Apt. ", "Apt ", "Suite ", "Unit ", "#"};
  std::size_t u = end + (At(end) == ',' ? 1 : 0);
  if (At(u) == ' ') ++u;
  for (std::string_view unit : kUnits) {
    if (s_.compare(u, unit.size(), unit) == 0 && IsAlnum(At(u + unit.size()))) {
      end = RunOf(u + unit.size(), kDigit | kUpper | kLower);
      break;
    }
  }
  // ", City" ", ST" " 12345(-6789)".
  if (At(end) == ',' && At(end + 1) == ' ') {
    std::size_t c = end + 2;
    std::size_t city_end = c;
    for (int words = 0; words < 3; ++words) {
      const std::size_t e = CapitalisedWord(s_, c);
      if (e == c) break;
      city_end = e;
      if (At(e) != ' ') break;
      c = e + 1;
    }
    if (city_end > end + 2) end = city_end;
  }
  std::size_t st = end + (At(end) == ',' ? 1 : 0);
  if (At(st) == ' ' && IsStateCode(s_.substr(st + 1, 2)) && !IsAlpha(At(st + 3))) end = st + 3;
  std::size_t zip = end;
  if (At(zip) == ' ' && RunOf(zip + 1, kDigit) == zip + 6) {
    end = zip + 6;
    if (At(end) == '-' && RunOf(end + 1, kDigit) == end + 5) end += 5;
  }
  Emit(kLocation, i, end, score);
  return end;
}

std::size_t Scanner::TryMonthDate(std::size_t i) {
  auto year_at = [&](std::size_t p) {
    return RunOf(p, kDigit) == p + 4 && (s_.compare(p, 2, "19") == 0 || s_.compare(p, 2, "20") == 0) &&
           !IsAlnum(At(p + 4));
  };
  auto day_end = [&](std::size_t p) -> std::size_t {
    std::size_t e = RunOf(p, kDigit);
    if (e == p || e - p > 2) return 0;
    if (StartsWithWord(s_, e, "st") || StartsWithWord(s_, e, "nd") || StartsWithWord(s_, e, "rd") ||
        StartsWithWord(s_, e, "th"))
      e += 2;
    return IsAlpha(At(e)) ? 0 : e;
  };
  std::size_t end = 0;
  if (IsDigit(s_[i])) {  // 12 March 1990, 3rd of May 2001
    std::size_t j = day_end(i);
    if (j == 0 || At(j) != ' ') return 0;
    ++j;
    if (StartsWithWord(s_, j, "of ")) j += 3;
    const std::size_t m = RunOf(j, kUpper | kLower);
    if (MonthNumber(s_.substr(j, m - j)) == 0) return 0;
    end = m + (At(m) == '.' ? 1 : 0);
    std::size_t y = end + (At(end) == ',' ? 1 : 0);
    if (At(y) == ' ' && year_at(y + 1)) end = y + 5;
  } else {  // March 12, 1990; March 1990
    const std::size_t m = RunOf(i, kUpper | kLower);
    if (MonthNumber(s_.substr(i, m - i)) == 0) return 0;
    std::size_t j = m + (At(m) == '.' ? 1 : 0);
    if (At(j) != ' ') return 0;
    if (year_at(j + 1)) {
      end = j + 5;
    } else {
      const std::size_t d = day_end(j + 1);
      if (d == 0) return 0;
      end = d;
      std::size_t y = end + (At(end) == ',' ? 1 : 0);
      if (At(y) == ' ' && year_at(y + 1)) end = y + 5;
    }
  }
  Emit(kDateTime, i, end, 0.35F);
  return end;
}

}  // namespace copilot::pii
