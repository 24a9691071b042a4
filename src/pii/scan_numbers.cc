// Recognizers for numbers people type with separators: cards, SSN/ITIN, phones, NHS numbers,
// IPv4 addresses and numeric dates. One run of digit groups is collected at a word start and
// its prefixes are classified, longest first.
#include <array>
#include <string_view>

#include "pii/checksums.h"
#include "pii/digit_run.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

// The value of a digit group; groups longer than six digits read as 999999 (no overflow).
int Number(std::string_view s, std::size_t begin, std::size_t end) {
  if (end - begin > 6) return 999999;
  int v = 0;
  for (std::size_t k = begin; k < end; ++k) v = v * 10 + (s[k] - '0');
  return v;
}

bool IsIsbn13(std::string_view d) {
  if (d.compare(0, 3, "978") != 0 && d.compare(0, 3, "979") != 0) return false;
  int sum = 0;
  for (std::size_t k = 0; k < 13; ++k) sum += (d[k] - '0') * (k % 2 == 0 ? 1 : 3);
  return sum % 10 == 0;
}

}  // namespace

std::size_t Scanner::PhoneExtensionEnd(std::size_t end) const {
  // " x123", " ext. 123", " ext 123", " #123"
  static constexpr std::string_view kMarks[] = {" x", " ext. ", " ext ", " ext.", " #"};
  for (std::string_view mark : kMarks) {
    if (s_.compare(end, mark.size(), mark) != 0) continue;
    const std::size_t digits = RunOf(end + mark.size(), kDigit);
    if (digits > end + mark.size() && digits - end - mark.size() <= 6 && CleanEnd(digits)) return digits;
  }
  return end;
}

std::size_t Scanner::TryNumber(std::size_t i) {
  DigitRun r;
  r.begin = i;
  std::size_t j = i;
  if (At(j) == '+') {
    r.plus = true;
    ++j;
  }
  if (At(j) == '(') {
    r.paren = true;
    ++j;
  }
  while (r.count < kMaxGroups && IsDigit(At(j))) {
    const std::size_t g = RunOf(j, kDigit);
    if (r.digit_count + (g - j) > kMaxDigits) break;
    r.group_begin[r.count] = j;
    r.group_end[r.count] = g;
    s_.copy(r.digits.data() + r.digit_count, g - j, j);
    r.digit_count += g - j;
    r.digits_after[r.count] = r.digit_count;
    ++r.count;
    // A separator: one of " -./", or ")" / ") " / ")-" after a parenthesised area code.
    std::size_t k = g;
    char sep = 0;
    if (At(k) == ')' && ((r.paren && r.count == 1) || r.paren_group == r.count - 1)) {
      ++k;
      sep = ' ';
      if (At(k) == ' ' || At(k) == '-') ++k;
    } else if (At(k) == ' ' || At(k) == '-' || At(k) == '.' || At(k) == '/') {
      sep = At(k++);
      if (sep == ' ' && At(k) == '-' && At(k + 1) == ' ') k += 2;  // "555 - 1234"
    }
    if (At(k) == '(' && IsDigit(At(k + 1)) && r.count <= 2 && r.paren_group < 0 && sep != 0) {
      r.paren_group = r.count;  // "+44 (20) ...", "1 (555) ...", "+44 (0)20 ..."
      ++k;
    } else if (At(k) == '(' && IsDigit(At(k + 1)) && r.count == 1 && sep == 0 && r.plus) {
      r.paren_group = r.count;  // "+44(0)20 ..."
      sep = ' ';
      ++k;
    }
    if (sep == 0 || !IsDigit(At(k)) || r.count == kMaxGroups) break;
    r.sep[r.count] = sep;
    j = k;
  }
  if (r.count == 0) return 0;
  // An ISBN-13 (978/979, weighted 1-3 check digit) in any grouping is a book, not a person.
  for (int k = r.count; k >= 1; --k) {
    if (r.digits_after[k - 1] == 13 && !r.plus && IsIsbn13(r.Digits(13))) {
      return r.group_end[k - 1];
    }
  }

  // "1 84 12 76 451 089 47": a run that continues digits before it (a space apart) is a piece of
  // a longer number.
  const bool continues_digits = i >= 2 && s_[i - 1] == ' ' && IsAlnum(s_[i - 2]) && IsDigit(s_[i - 2]);
  std::array<signed char, kBuiltinTypeCount> context;
  context.fill(-1);  // whether each type's context words precede the run, computed on demand
  for (int k = r.count; k >= 1; --k) {
    const std::size_t end = r.group_end[k - 1];
    if (!CleanEnd(end) && !(At(end) == ')' && r.paren && k == 1)) continue;
    const std::string_view d = r.Digits(r.digits_after[k - 1]);
    const std::size_t nd = d.size();
    Reading best;
    // `contextual`: raise the score by the type's context words (the phone and identifier
    // readings weigh their own, multilingual, cues).
    auto consider = [&](int type, float score, bool contextual = true) {
      signed char& known = context[type];
      if (known < 0) known = contextual && HasContext(type, r.begin) ? 1 : 0;
      if (score > 0 && known == 1) score = std::min(1.0F, score + (type == kDateTime ? 0.55F : 0.35F));
      if (score > best.score) best = Reading{type, score};
    };
    const int l0 = r.Len(0);

    // SSN / ITIN: 3-2-4 with one separator kind, or 9 bare digits (weak without context).
    const bool ssn_shape =
        (k == 3 && l0 == 3 && r.Len(1) == 2 && r.Len(2) == 4 && r.SameSeparators(3, "- .")) || (k == 1 && nd == 9);
    if (!r.plus && !r.paren && ssn_shape) {
      const bool dashed = k == 3 && r.sep[1] == '-';
      if (ItinValid(d)) {
        consider(kUsItin, dashed ? 0.8F : k == 3 ? 0.5F : 0.3F);
      } else if (SsnValid(d)) {
        consider(kUsSsn, dashed ? 0.85F : k == 3 ? 0.55F : 0.3F);
      }
    }
    // NHS numbers: 3-3-4 or 10 bare digits with a valid mod-11 check digit.
    if (!r.plus && !r.paren && nd == 10 && NhsValid(d) &&
        ((k == 3 && l0 == 3 && r.Len(1) == 3 && r.SameSeparators(3, " -")) || k == 1)) {
      consider(kUkNhs, k == 3 ? 0.5F : 0.3F);
    }
    // Phones, against the numbering plans (scan_phone.cc), and national identifiers with check
    // digits (scan_ids.cc); neither starts in the middle of a longer run of digit groups.
    if (!continues_digits || r.plus) consider(kPhoneNumber, PhoneScore(r, k), false);
    const Reading id = continues_digits ? Reading() : DigitIdReading(r, k);
    if (id.type >= 0) consider(id.type, id.score, false);
    // IPv4: four dotted groups of 0-255 without leading zeros.
    if (!r.plus && !r.paren && k == 4 && r.SameSeparators(4, ".")) {
      bool ok = true;
      for (int g = 0; g < 4 && ok; ++g) {
        const int len = r.Len(g);
        ok = len <= 3 && (len == 1 || s_[r.group_begin[g]] != '0') &&
             Number(s_, r.group_begin[g], r.group_end[g]) <= 255;
      }
      if (ok) consider(kIpAddress, 0.6F);
    }
    // Numeric dates: Y-M-D, M/D/Y, D/M/Y, D.M.Y (timestamps with a time stay weak).
    if (!r.plus && !r.paren && k == 3 && r.SameSeparators(3, "-/.")) {
      const int a = Number(s_, r.group_begin[0], r.group_end[0]);
      const int b = Number(s_, r.group_begin[1], r.group_end[1]);
      const int c = Number(s_, r.group_begin[2], r.group_end[2]);
      bool date = false;
      if (l0 == 4 && r.Len(1) <= 2 && r.Len(2) <= 2) {
        date = a >= 1900 && a <= 2099 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
      } else if (l0 <= 2 && r.Len(1) <= 2 && (r.Len(2) == 4 || r.Len(2) == 2)) {
        date = a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
        date = date && (r.Len(2) == 2 || (c >= 1900 && c <= 2099));
      }
      const bool timestamp = At(end) == 'T' || (At(end) == ' ' && IsDigit(At(end + 1)) && At(end + 3) == ':');
      if (date) consider(kDateTime, timestamp ? 0.1F : 0.3F);
    }
    if (best.type >= 0) {
      std::size_t begin = r.begin;
      if (best.type != kPhoneNumber && s_[begin] == '(') ++begin;
      std::size_t stop = (best.type == kPhoneNumber && At(end) == ')' && k == 1) ? end + 1 : end;
      if (best.type == kPhoneNumber) stop = PhoneExtensionEnd(stop);
      out_.push_back(Entity{best.type, begin, stop, best.score});
      return stop;
    }
  }
  // Digits glued by '-', '.' or '/' are one token (an ISBN, a version, an order number): skip
  // all of it, so that no part of it is read as something else.
  if (r.count > 1 && r.sep[1] != ' ') return r.group_end[r.count - 1];
  return 0;
}

}  // namespace copilot::pii
