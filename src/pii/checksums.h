// Check digits and number-allocation rules that separate real identifiers from look-alikes.
// Each function takes the identifier's significant characters only (no separators).
#ifndef COPILOT_PII_CHECKSUMS_H_
#define COPILOT_PII_CHECKSUMS_H_

#include <string_view>

namespace copilot::pii {

// Luhn mod 10 over ASCII digits.
bool LuhnValid(std::string_view digits);
// An issuer range and length of a payment card scheme (Visa, Mastercard, Amex, Discover, JCB,
// Diners, UnionPay, Maestro, Mir).
bool CardIssuerKnown(std::string_view digits);
// SSA rules for a 9-digit SSN: area not 000, 666 or 9xx; group not 00; serial not 0000.
bool SsnValid(std::string_view digits);
// IRS ITIN: 9xx, group 50-65, 70-88, 90-92 or 94-99.
bool ItinValid(std::string_view digits);
// Upper-case IBAN: known country, that country's length, mod-97 == 1.
bool IbanValid(std::string_view iban);
// Expected IBAN length for a country code, 0 when unknown.
int IbanLength(char c0, char c1);
// NHS number: 10 digits, mod 11 check digit.
bool NhsValid(std::string_view digits);
// Bitcoin legacy address: base58, 25 bytes, version 0x00 or 0x05, double-SHA-256 checksum.
bool Base58CheckValid(std::string_view address);
// Bitcoin segwit address (bc1/tb1): bech32 or bech32m checksum.
bool Bech32Valid(std::string_view address);
// Shannon entropy of the bytes, in bits per byte.
double ShannonEntropy(std::string_view text);

}  // namespace copilot::pii

#endif  // COPILOT_PII_CHECKSUMS_H_
