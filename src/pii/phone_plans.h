// National numbering plans behind the PHONE_NUMBER recognizer: for every country Google's
// libphonenumber knows, which national significant numbers are in use (fixed line, mobile, VoIP,
// personal, toll-free, shared-cost ... but not premium-rate services), as one automaton over the
// digits per country. The table is generated at build time from the libphonenumber-js
// devDependency (scripts/gen-phone-plans.mjs); this header is all the rest of the core sees of it,
// so the table can move into a separately loaded data pack without touching the recognizer.
#ifndef COPILOT_PII_PHONE_PLANS_H_
#define COPILOT_PII_PHONE_PLANS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace copilot::pii {

struct PhoneCountry {
  char iso[3];                 // "DE"
  std::uint16_t calling_code;  // 49
  char trunk[4];               // national (trunk) prefix dialled before national numbers: "0", "8", "" ...
  std::uint16_t root;          // the country's automaton
  std::uint32_t lengths;       // bit n: national numbers of n digits exist
  bool national;               // also recognised without the calling code (see PhoneNationalMatch)
};

// The countries sharing `calling_code` (NANP's 1 has 25), as [begin, end); empty when unknown.
struct PhoneCountryRange {
  const PhoneCountry* begin = nullptr;
  const PhoneCountry* end = nullptr;
  bool empty() const { return begin == end; }
};
PhoneCountryRange PhoneCountriesWithCode(int calling_code);

// True when `digits` (ASCII digits only) is a national significant number in use in `country`.
bool PhonePlanAccepts(const PhoneCountry& country, std::string_view digits);

// The length of the calling code that `digits` (what follows "+" or an international prefix)
// starts with, and whose country's plan accepts the rest: 0 when none does.
int PhoneInternationalMatch(std::string_view digits);
// True when `digits` (after "+") start with a known calling code and the rest has a length
// that national numbers of one of its countries have, whatever their leading digits.
bool PhonePossibleLength(std::string_view digits);
// True when the calling code at the start of `digits` exists (1-3 digits; its length in `*length`).
bool PhoneKnownCallingCode(std::string_view digits, int* length);

enum class NationalForm {
  kNone,
  kWithTrunk,     // the number starts with the trunk prefix of a country whose plan accepts the rest
  kWithoutTrunk,  // a country without a trunk prefix (or North America) accepts the digits as written
  kTrunkDropped,  // a country with a trunk prefix accepts the digits as written, its trunk left out
  kTrunkLength,   // no plan accepts them, but they start with a trunk prefix and have a length in use
};
// How `digits`, written without a calling code, reads as a national number of one of the
// countries recognised in national form (the strongest reading when several apply).
NationalForm PhoneNationalMatch(std::string_view digits);

}  // namespace copilot::pii

#endif  // COPILOT_PII_PHONE_PLANS_H_
