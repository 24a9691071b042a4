#include "pii/phone_plans.h"

#include <algorithm>

namespace copilot::pii {

// Generated (build/generated/pii/phone_plans_data.cc), sorted by calling code.
extern const unsigned char kPhonePlanStates[];
extern const std::size_t kPhonePlanStateBytes;
extern const PhoneCountry kPhoneCountries[];
extern const std::size_t kPhoneCountryCount;
// The national forms of all countries recognised without a calling code, one automaton each:
// with the trunk prefix, without one, with the trunk left out, trunk prefix + a length in use.
extern const std::uint16_t kPhoneNationalRoots[4];

namespace {

bool Accepts(std::size_t state, std::string_view digits) {
  for (char c : digits) {
    const int d = c - '0';
    if (d < 0 || d > 9 || state >= kPhonePlanStateBytes) return false;
    const unsigned runs = kPhonePlanStates[state] & 0x0FU;
    std::size_t next = 0;
    for (unsigned r = 0; r < runs; ++r) {
      const unsigned char* run = kPhonePlanStates + state + 1 + std::size_t{3} * r;
      if (d >= (run[0] >> 4) && d <= (run[0] & 0x0F)) {
        next = run[1] | (static_cast<std::size_t>(run[2]) << 8);
        break;
      }
    }
    if (next == 0) return false;
    state = next;
  }
  return state < kPhonePlanStateBytes && (kPhonePlanStates[state] & 0x80U) != 0;
}

}  // namespace

PhoneCountryRange PhoneCountriesWithCode(int calling_code) {
  const PhoneCountry* first = kPhoneCountries;
  const PhoneCountry* last = kPhoneCountries + kPhoneCountryCount;
  first = std::lower_bound(first, last, calling_code,
                           [](const PhoneCountry& c, int code) { return c.calling_code < code; });
  const PhoneCountry* end = first;
  while (end != last && end->calling_code == calling_code) ++end;
  return PhoneCountryRange{first, end};
}

bool PhonePlanAccepts(const PhoneCountry& country, std::string_view digits) {
  return Accepts(country.root, digits);
}

bool PhoneKnownCallingCode(std::string_view digits, int* length) {
  int code = 0;
  for (int n = 1; n <= 3 && n <= static_cast<int>(digits.size()); ++n) {
    code = code * 10 + (digits[static_cast<std::size_t>(n) - 1] - '0');
    if (!PhoneCountriesWithCode(code).empty()) {  // calling codes are prefix-free
      *length = n;
      return true;
    }
  }
  return false;
}

int PhoneInternationalMatch(std::string_view digits) {
  int length = 0;
  if (!PhoneKnownCallingCode(digits, &length)) return 0;
  const std::string_view national = digits.substr(static_cast<std::size_t>(length));
  int code = 0;
  for (int k = 0; k < length; ++k) code = code * 10 + (digits[static_cast<std::size_t>(k)] - '0');
  const PhoneCountryRange range = PhoneCountriesWithCode(code);
  for (const PhoneCountry* c = range.begin; c != range.end; ++c) {
    if (PhonePlanAccepts(*c, national)) return length;
  }
  return 0;
}

bool PhonePossibleLength(std::string_view digits) {
  int length = 0;
  if (!PhoneKnownCallingCode(digits, &length)) return false;
  const std::size_t rest = digits.size() - static_cast<std::size_t>(length);
  int code = 0;
  for (int k = 0; k < length; ++k) code = code * 10 + (digits[static_cast<std::size_t>(k)] - '0');
  const PhoneCountryRange range = PhoneCountriesWithCode(code);
  for (const PhoneCountry* c = range.begin; c != range.end; ++c) {
    if (rest < 32 && (c->lengths >> rest & 1U) != 0) return true;
  }
  return false;
}

NationalForm PhoneNationalMatch(std::string_view digits) {
  static constexpr NationalForm kForms[4] = {NationalForm::kWithTrunk, NationalForm::kWithoutTrunk,
                                             NationalForm::kTrunkDropped, NationalForm::kTrunkLength};
  for (std::size_t k = 0; k < 4; ++k) {
    if (Accepts(kPhoneNationalRoots[k], digits)) return kForms[k];
  }
  return NationalForm::kNone;
}

}  // namespace copilot::pii
