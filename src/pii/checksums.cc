#include "pii/checksums.h"

#include <sodium.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace copilot::pii {
namespace {

int Prefix(std::string_view digits, std::size_t n) {
  int value = 0;
  for (std::size_t i = 0; i < n && i < digits.size(); ++i) value = value * 10 + (digits[i] - '0');
  return value;
}

bool InRange(int v, int lo, int hi) {
  return v >= lo && v <= hi;
}

}  // namespace

bool LuhnValid(std::string_view digits) {
  int sum = 0;
  bool twice = false;
  for (std::size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return !digits.empty() && sum % 10 == 0;
}

bool CardIssuerKnown(std::string_view d) {
  const std::size_t len = d.size();
  const int p1 = Prefix(d, 1), p2 = Prefix(d, 2), p3 = Prefix(d, 3), p4 = Prefix(d, 4), p6 = Prefix(d, 6);
  if (p1 == 4) return len == 13 || len == 16 || len == 19;                             // Visa
  if (InRange(p2, 51, 55) || InRange(p4, 2221, 2720)) return len == 16;                // Mastercard
  if (p2 == 34 || p2 == 37) return len == 15;                                          // Amex
  if (InRange(p4, 2200, 2204)) return len >= 16 && len <= 19;                          // Mir
  if (p4 == 6011 || InRange(p3, 644, 649) || p2 == 65 || InRange(p6, 622126, 622925))  // Discover
    return len >= 16 && len <= 19;
  if (InRange(p4, 3528, 3589)) return len >= 16 && len <= 19;                                    // JCB
  if (InRange(p3, 300, 305) || p2 == 36 || p2 == 38 || p2 == 39) return len >= 14 && len <= 19;  // Diners
  if (p2 == 62) return len >= 16 && len <= 19;                                                   // UnionPay
  if (p2 == 50 || InRange(p2, 56, 69)) return len >= 13 && len <= 19;                            // Maestro
  return false;
}

bool SsnValid(std::string_view d) {
  if (d.size() != 9) return false;
  const int area = Prefix(d, 3);
  const int group = Prefix(d.substr(3), 2);
  const int serial = Prefix(d.substr(5), 4);
  if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) return false;
  // Numbers that are all one digit, or the classic sequence, are placeholders, not SSNs.
  if (d == "123456789" || d.find_first_not_of(d[0]) == std::string_view::npos) return false;
  return true;
}

bool ItinValid(std::string_view d) {
  if (d.size() != 9 || d[0] != '9') return false;
  const int group = Prefix(d.substr(3), 2);
  return InRange(group, 50, 65) || InRange(group, 70, 88) || InRange(group, 90, 92) || InRange(group, 94, 99);
}

int IbanLength(char c0, char c1) {
  struct Country {
    char code[3];
    int length;
  };
  static constexpr Country kCountries[] = {
      {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22}, {"BH", 22},
      {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27},
      {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27},
      {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22},
      {"IL", 23}, {"IQ", 23}, {"IR", 26}, {"DZ", 26}, {"AO", 25}, {"BF", 28}, {"BJ", 28}, {"CI", 28}, {"CM", 27},
      {"CV", 25}, {"MG", 27}, {"ML", 28}, {"MZ", 25}, {"SN", 28}, {"GA", 27}, {"CG", 27}, {"HN", 28}, {"NE", 28},
      {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20},
      {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
      {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28}, {"PS", 29},
      {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24},
      {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26},
      {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
  };
  for (const Country& c : kCountries) {
    if (c.code[0] == c0 && c.code[1] == c1) return c.length;
  }
  return 0;
}

bool IbanValid(std::string_view iban) {
  if (iban.size() < 15 || static_cast<int>(iban.size()) != IbanLength(iban[0], iban[1])) return false;
  int remainder = 0;
  for (std::size_t k = 0; k < iban.size(); ++k) {
    const char c = iban[(k + 4) % iban.size()];  // the first four characters move to the end
    if (c >= '0' && c <= '9') {
      remainder = (remainder * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

bool NhsValid(std::string_view d) {
  if (d.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[static_cast<std::size_t>(i)] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  return check != 10 && check == d[9] - '0' && d.find_first_not_of(d[0]) != std::string_view::npos;
}

bool Base58CheckValid(std::string_view address) {
  static constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  if (address.size() < 26 || address.size() > 35) return false;
  std::array<std::uint8_t, 25> bytes{};
  for (char c : address) {
    const char* at = std::strchr(kAlphabet, c);
    if (c == '\0' || at == nullptr) return false;
    int carry = static_cast<int>(at - kAlphabet);
    for (std::size_t i = bytes.size(); i-- > 0;) {
      carry += 58 * bytes[i];
      bytes[i] = static_cast<std::uint8_t>(carry & 0xff);
      carry >>= 8;
    }
    if (carry != 0) return false;  // more than 25 bytes
  }
  if (bytes[0] != 0x00 && bytes[0] != 0x05) return false;
  std::array<std::uint8_t, crypto_hash_sha256_BYTES> first{};
  std::array<std::uint8_t, crypto_hash_sha256_BYTES> second{};
  crypto_hash_sha256(first.data(), bytes.data(), 21);
  crypto_hash_sha256(second.data(), first.data(), first.size());
  return std::memcmp(second.data(), bytes.data() + 21, 4) == 0;
}

bool Bech32Valid(std::string_view address) {
  static constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  static constexpr std::uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  const std::size_t sep = address.rfind('1');
  if (sep == std::string_view::npos || sep < 1 || address.size() < 14 || address.size() > 90 ||
      address.size() - sep < 7)
    return false;
  std::uint32_t chk = 1;
  auto step = [&](std::uint32_t value) {
    const std::uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (int i = 0; i < 5; ++i) {
      if ((top >> i) & 1) chk ^= kGen[i];
    }
  };
  for (std::size_t i = 0; i < sep; ++i) step(static_cast<std::uint32_t>(address[i] | 0x20) >> 5);
  step(0);
  for (std::size_t i = 0; i < sep; ++i) step(static_cast<std::uint32_t>(address[i] | 0x20) & 31);
  for (std::size_t i = sep + 1; i < address.size(); ++i) {
    const char c = static_cast<char>(address[i] | 0x20);
    const char* at = std::strchr(kCharset, c);
    if (c == '\0' || at == nullptr) return false;
    step(static_cast<std::uint32_t>(at - kCharset));
  }
  return chk == 1 || chk == 0x2bc830a3;
}

double ShannonEntropy(std::string_view text) {
  if (text.empty()) return 0;
  std::array<int, 256> counts{};
  for (unsigned char c : text) ++counts[c];
  double bits = 0;
  const double n = static_cast<double>(text.size());
  for (int count : counts) {
    if (count == 0) continue;
    const double p = count / n;
    bits -= p * std::log2(p);
  }
  return bits;
}

}  // namespace copilot::pii
