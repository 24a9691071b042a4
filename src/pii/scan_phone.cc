// PHONE_NUMBER: a run of digit groups read against the numbering plans of libphonenumber's
// metadata (phone_plans.h). "+CC" / "00CC" numbers are decided by their country's plan; national
// numbers (with a trunk prefix, or as North American and trunk-less countries write them) by the
// plans of the countries recognised in national form, with the grouping and cue words deciding
// how sure the reading is.
#include <algorithm>
#include <string>

#include "pii/cues.h"
#include "pii/digit_run.h"
#include "pii/phone_plans.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

constexpr std::string_view kPhoneCuesWords[] = {
    "phone",     "tel",       "hp",        "h/p",      "tél",      "call",     "mobile", "mobil",
    "cell",      "fax",       "contact",   "whatsapp", "sms",      "dial",     "ring",   "handy",
    "rufnummer", "telefon",   "téléphone", "portable", "teléfono", "telefono", "móvil",  "movil",
    "celular",   "cellulare", "tlf",       "puh",      "gsm",      "cel.",     "mob",    "hotline",
    "reach",     "telefone",  "zadzwoń",   "телефон",  "тел",      "моб",      "電話",   "携帯",
    "手机",      "电话",      "전화",      "휴대",     "هاتف",     "फोन",      "โทร",
};
constexpr Cues kPhoneCues(kPhoneCuesWords);

// "1 299 000" or "12 345 678": thousands written with a separator, an amount rather than a phone.
bool ThousandsShaped(const DigitRun& r, int k) {
  if (k < 2 || r.Len(0) > 3 || r.paren || r.paren_group >= 0) return false;
  for (int g = 1; g < k; ++g) {
    if (r.Len(g) != 3 || (r.sep[g] != ' ' && r.sep[g] != '.' && r.sep[g] != ',')) return false;
  }
  return true;
}

// A numeric date ("12.03.2024", "2024-03-12", "03/12/24") is never read as a phone.
bool DateShaped(const DigitRun& r, int k) {
  if (k != 3 || r.sep[1] != r.sep[2] || r.sep[1] == ' ') return false;
  const int a = r.Len(0);
  const int b = r.Len(1);
  const int c = r.Len(2);
  return (a == 4 && b <= 2 && c <= 2) || (a <= 2 && b <= 2 && (c == 4 || c == 2));
}

// Four dotted groups of one to three digits: an IPv4 address (or a version), not a phone.
bool IpShaped(const DigitRun& r, int k) {
  if (k != 4 || !r.SameSeparators(4, ".")) return false;
  for (int g = 0; g < 4; ++g) {
    if (r.Len(g) > 3) return false;
  }
  return true;
}

// The digits of the first k groups, leaving out a "(0)" trunk group of an international number.
std::string InternationalDigits(const DigitRun& r, int k) {
  std::string out;
  for (int g = 0; g < k; ++g) {
    const std::size_t from = g == 0 ? 0 : r.digits_after[g - 1];
    const std::string_view group = r.Digits(r.digits_after[g]).substr(from);
    if (g == r.paren_group && group == "0") continue;
    out.append(group);
  }
  return out;
}

}  // namespace

float Scanner::PhoneScore(const DigitRun& r, int k) const {
  const std::string_view d = r.Digits(r.digits_after[k - 1]);
  if (d.size() < 7 || d.size() > 17) return 0;
  // Groups of one digit only at the start ("+1 ...", "0 800 ...", "+33 1 ..."): "1 2 3 4" is a list.
  for (int g = 2; g < k; ++g) {
    if (r.Len(g) < 2 && g != r.paren_group) return 0;
  }
  // The cue words are looked up once per run, and only when a reading needs them.
  auto cue = [&] {
    if (r.phone_cue < 0) r.phone_cue = CueBefore(s_, r.begin, 28, kPhoneCues) ? 1 : 0;
    return r.phone_cue == 1;
  };
  auto with_bonus = [&](float score) { return std::min(1.0F, score + (cue() ? 0.3F : 0)); };
  // International: "+CC ..." or an international prefix "00CC ..." / "011 CC ...".
  std::size_t idd = 0;
  if (!r.plus && d.size() >= 10 && d[0] == '0' && d[1] == '0' && d[2] != '0') idd = 2;
  if (!r.plus && d.size() >= 11 && d.compare(0, 3, "011") == 0) idd = 3;
  if (r.plus || idd > 0) {
    const std::string digits = InternationalDigits(r, k).substr(idd);
    if (r.plus && k == 1 && digits.size() < 10) return 0;  // "+15" or "+123456": not written as a phone
    if (PhoneInternationalMatch(digits) > 0) return with_bonus(r.plus ? 0.9F : 0.8F);
    // A known calling code and a length its numbers have: a number the plan does not list
    // (yet), or an invented one such as "+1 555 0100 ...": still someone's phone as written.
    if (r.plus && (k >= 2 || digits.size() >= 10) && PhonePossibleLength(digits)) return with_bonus(0.45F);
    return 0;
  }
  // "536-12-3456" is an SSN's shape, an IPv4 address or a date is not a phone; without a calling
  // code, groups after the first hold at least two digits, and at most five when there are three
  // groups or more ("15.3.27954.21" is a version). A single digit may follow a trunk group
  // ("06 1 234 5678" in Hungary).
  const bool ssn_shaped = k == 3 && r.Len(0) == 3 && r.Len(1) == 2 && r.Len(2) == 4;
  if (ssn_shaped || IpShaped(r, k) || DateShaped(r, k)) return 0;
  const bool trunk_group = r.Len(0) <= 2 && d[0] == '0' && r.sep[1] == ' ' && d[r.digits_after[0]] != '0';
  for (int g = 1; g < k; ++g) {
    if ((r.Len(g) < 2 && !(g == 1 && trunk_group)) || (k >= 3 && r.Len(g) > 5)) return 0;
  }
  // One separator throughout, or dashes and spaces mixed as Swedes and Russians write them
  // ("070-123 45 67", "8 (495) 123-45-67"); dots and slashes only on their own. A mix of others
  // ("529.982.247-26" is a CPF's shape) reads as a phone only after a phone cue.
  bool dash_space = true;
  for (int g = 1; g < k; ++g) dash_space = dash_space && (r.sep[g] == ' ' || r.sep[g] == '-');
  const bool one_separator = r.paren || r.SameSeparators(k, " -./") || dash_space;
  if (!one_separator && !cue()) return 0;
  if (ThousandsShaped(r, k) && r.Len(0) < 3 && !cue()) return 0;
  // North American shape, "(NXX) NXX-XXXX" or NXX-NXX-XXXX with an optional leading 1, whether
  // or not the codes are in service (invented "555-123-4567" numbers are still written as phones).
  const int lead = k >= 4 && r.Len(0) == 1 && d[0] == '1' ? 1 : 0;
  const std::string_view local = d.substr(static_cast<std::size_t>(lead));
  const bool nanp = k - lead == 3 && r.Len(lead) == 3 && r.Len(lead + 1) == 3 && r.Len(lead + 2) == 4 &&
                    local[0] >= '2' && (r.paren || r.paren_group == lead || r.SameSeparators(k, " -./"));
  const NationalForm form = nanp ? NationalForm::kWithoutTrunk : PhoneNationalMatch(d);
  if (form == NationalForm::kNone) return 0;
  if (r.other_cue < 0) r.other_cue = OtherNumberCueBefore(s_, r.begin) ? 1 : 0;
  if (r.other_cue == 1 && !cue()) return 0;
  float score = 0;
  switch (form) {
    case NationalForm::kWithTrunk: score = k >= 2 || r.paren ? 0.7F : d.size() >= 10 ? 0.45F : 0.3F; break;
    case NationalForm::kWithoutTrunk: score = nanp ? 0.7F : r.paren || k >= 3 ? 0.6F : k == 2 ? 0.35F : 0.3F; break;
    // Mobile numbers of China, India ... are written without the trunk 0 ("138 0013 8000").
    case NationalForm::kTrunkDropped: score = r.paren ? 0.6F : k >= 3 ? 0.5F : 0.3F; break;
    // "057 0947606": invented, or not (yet) in the plan, but written as a phone.
    case NationalForm::kTrunkLength: score = k >= 2 || r.paren ? 0.45F : 0.2F; break;
    case NationalForm::kNone: return 0;
  }
  return with_bonus(score);
}

}  // namespace copilot::pii
