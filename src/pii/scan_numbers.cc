// Recognizers for numbers people type with separators: cards, SSN/ITIN, phones, NHS numbers,
// IPv4 addresses and numeric dates. One run of digit groups is collected at a word start and
// its prefixes are classified, longest first.
#include <array>
#include <string_view>

#include "pii/checksums.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

constexpr int kMaxGroups = 10;
constexpr std::size_t kMaxDigits = 20;

struct DigitRun {
  std::size_t begin = 0;
  bool plus = false;
  bool paren = false;  // the first group was written as "(555)"
  int count = 0;
  std::array<std::size_t, kMaxGroups> group_begin{};
  std::array<std::size_t, kMaxGroups> group_end{};
  std::array<char, kMaxGroups> sep{};     // separator before group k (0 for none), ' ' for mixed with ')'
  std::array<char, kMaxDigits> digits{};  // the digits of the groups, without separators
  std::size_t digit_count = 0;
  std::array<std::size_t, kMaxGroups> digits_after{};  // digit count after group k
  std::string_view Digits(std::size_t n) const { return std::string_view(digits.data(), n); }
};

int Len(const DigitRun& r, int k) {
  return static_cast<int>(r.group_end[k] - r.group_begin[k]);
}

bool SameSeparators(const DigitRun& r, int k, std::string_view allowed) {
  if (k < 2) return true;
  const char sep = r.sep[1];
  bool known = false;
  for (char a : allowed) known = known || a == sep;  // a few characters: no memchr call
  if (!known) return false;
  for (int g = 2; g < k; ++g) {
    if (r.sep[g] != sep) return false;
  }
  return true;
}

// The value of a digit group; groups longer than six digits read as 999999 (no overflow).
int Number(std::string_view s, std::size_t begin, std::size_t end) {
  if (end - begin > 6) return 999999;
  int v = 0;
  for (std::size_t k = begin; k < end; ++k) v = v * 10 + (s[k] - '0');
  return v;
}

// Scores of the types a run prefix of k groups could be; 0 when it cannot be that type.
struct Classified {
  int type = -1;
  float score = 0;
};

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
    if (At(k) == ')' && r.paren && r.count == 1) {
      ++k;
      sep = ' ';
      if (At(k) == ' ' || At(k) == '-') ++k;
    } else if (At(k) == ' ' || At(k) == '-' || At(k) == '.' || At(k) == '/') {
      sep = At(k++);
      if (sep == ' ' && At(k) == '-' && At(k + 1) == ' ') k += 2;  // "555 - 1234"
    }
    if (At(k) == '(' && IsDigit(At(k + 1)) && r.count == 1) ++k;  // "+44 (20) ..." or "1 (555) ..."
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

  std::array<signed char, kBuiltinTypeCount> context;
  context.fill(-1);  // whether each type's context words precede the run, computed on demand
  for (int k = r.count; k >= 1; --k) {
    const std::size_t end = r.group_end[k - 1];
    if (!CleanEnd(end) && !(At(end) == ')' && r.paren && k == 1)) continue;
    const std::string_view d = r.Digits(r.digits_after[k - 1]);
    const std::size_t nd = d.size();
    const bool seps_ok = SameSeparators(r, k, " -");
    Classified best;
    auto consider = [&](int type, float score) {
      signed char& known = context[type];
      if (known < 0) known = HasContext(type, r.begin) ? 1 : 0;
      if (score > 0 && known == 1) score = std::min(1.0F, score + (type == kDateTime ? 0.55F : 0.35F));
      if (score > best.score) best = Classified{type, score};
    };
    const int l0 = Len(r, 0);

    // Payment cards: 13-19 digits in groups of 3+ (last may be shorter), one separator kind.
    if (!r.plus && !r.paren && nd >= 13 && nd <= 19 && seps_ok && LuhnValid(d) && CardIssuerKnown(d)) {
      bool shape = k == 1 || l0 >= 4;
      for (int g = 1; g + 1 < k; ++g) shape = shape && Len(r, g) >= 3;
      if (shape) consider(kCreditCard, k == 1 ? 0.8F : 0.9F);
    }
    // SSN / ITIN: 3-2-4 with one separator kind, or 9 bare digits (weak without context).
    const bool ssn_shape =
        (k == 3 && l0 == 3 && Len(r, 1) == 2 && Len(r, 2) == 4 && SameSeparators(r, 3, "- .")) || (k == 1 && nd == 9);
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
        ((k == 3 && l0 == 3 && Len(r, 1) == 3 && SameSeparators(r, 3, " -")) || k == 1)) {
      consider(kUkNhs, k == 3 ? 0.5F : 0.3F);
    }
    // Phones. International: "+" then 8-15 digits. NANP: [1] (NXX) NXX-XXXX. National with a
    // trunk 0: 10-11 digits in at least two groups (UK, DE, FR ...).
    const bool phone_seps = SameSeparators(r, k, " -./") || r.paren;
    if (r.plus && nd >= 8 && nd <= 15 && (k >= 2 || nd >= 10) && (l0 <= 4 || k == 1)) {
      consider(kPhoneNumber, 0.75F);
    } else if (!r.plus) {
      int first = 0;
      if (k >= 4 && l0 == 1 && d[0] == '1') first = 1;
      const int rest = k - first;
      const bool nanp_groups = rest == 3 && Len(r, first) == 3 && Len(r, first + 1) == 3 && Len(r, first + 2) == 4;
      const std::string_view local = d.substr(static_cast<std::size_t>(first));
      const bool nanp_digits = local.size() == 10 && local[0] >= '2' && local[3] >= '2';
      if (nanp_digits && nanp_groups && phone_seps) consider(kPhoneNumber, 0.7F);
      if (nanp_digits && k == 1 && !r.paren) consider(kPhoneNumber, 0.3F);
      if (d[0] == '0' && d[1] != '0' && l0 >= 2 && (nd == 10 || nd == 11) && k >= 2 && phone_seps)
        consider(kPhoneNumber, 0.6F);
      if (d[0] == '0' && d[1] == '0' && l0 >= 3 && nd >= 10 && nd <= 17 && k >= 2 && phone_seps)
        consider(kPhoneNumber, 0.6F);
      if (d[0] == '0' && d[1] == '7' && nd == 11 && k == 1) consider(kPhoneNumber, 0.4F);  // UK mobile
    }
    // IPv4: four dotted groups of 0-255 without leading zeros.
    if (!r.plus && !r.paren && k == 4 && SameSeparators(r, 4, ".")) {
      bool ok = true;
      for (int g = 0; g < 4 && ok; ++g) {
        const int len = Len(r, g);
        ok = len <= 3 && (len == 1 || s_[r.group_begin[g]] != '0') &&
             Number(s_, r.group_begin[g], r.group_end[g]) <= 255;
      }
      if (ok) consider(kIpAddress, 0.6F);
    }
    // Numeric dates: Y-M-D, M/D/Y, D/M/Y, D.M.Y (timestamps with a time stay weak).
    if (!r.plus && !r.paren && k == 3 && SameSeparators(r, 3, "-/.")) {
      const int a = Number(s_, r.group_begin[0], r.group_end[0]);
      const int b = Number(s_, r.group_begin[1], r.group_end[1]);
      const int c = Number(s_, r.group_begin[2], r.group_end[2]);
      bool date = false;
      if (l0 == 4 && Len(r, 1) <= 2 && Len(r, 2) <= 2) {
        date = a >= 1900 && a <= 2099 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
      } else if (l0 <= 2 && Len(r, 1) <= 2 && (Len(r, 2) == 4 || Len(r, 2) == 2)) {
        date = a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (b <= 12 && a <= 31));
        date = date && (Len(r, 2) == 2 || (c >= 1900 && c <= 2099));
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
