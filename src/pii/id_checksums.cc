#include "pii/id_checksums.h"

#include <array>

#include "pii/checksums.h"

namespace copilot::pii {
namespace {

int Digit(char c) {
  return c - '0';
}

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int Number(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + Digit(c);
  return v;
}

bool DateValid(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  if (month == 2 && day == 29) return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[static_cast<std::size_t>(month - 1)];
}

// Sum of digits[k] * weights[k].
template <std::size_t N>
int Weighted(std::string_view digits, const std::array<int, N>& weights) {
  int sum = 0;
  for (std::size_t k = 0; k < N; ++k) sum += Digit(digits[k]) * weights[k];
  return sum;
}

}  // namespace

bool ItFiscalCodeValid(std::string_view code) {
  if (code.size() != 16) return false;
  // Positions that hold digits, which omocodia may replace by L M N P Q R S T U V.
  static constexpr std::string_view kOmocode = "LMNPQRSTUV";
  auto digit_at = [&](std::size_t k) {
    const char c = code[k];
    if (c >= '0' && c <= '9') return Digit(c);
    const std::size_t at = kOmocode.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
  };
  for (std::size_t k : {0, 1, 2, 3, 4, 5, 8, 11, 15}) {
    if (code[k] < 'A' || code[k] > 'Z') return false;
  }
  for (std::size_t k : {6, 7, 9, 10, 12, 13, 14}) {
    if (digit_at(k) < 0) return false;
  }
  if (std::string_view("ABCDEHLMPRST").find(code[8]) == std::string_view::npos) return false;
  const int day = digit_at(9) * 10 + digit_at(10);
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  // Odd positions (1st, 3rd ...) map through this table, indexed by digit or letter value.
  static constexpr std::array<int, 26> kOdd = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                                               20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
  int sum = 0;
  for (std::size_t k = 0; k < 15; ++k) {
    const char c = code[k];
    const int value = c >= '0' && c <= '9' ? Digit(c) : c - 'A';
    sum += k % 2 == 0 ? kOdd[static_cast<std::size_t>(value)] : value;
  }
  return code[15] == static_cast<char>('A' + sum % 26);
}

bool AadhaarValid(std::string_view digits) {
  if (digits.size() != 12 || !AllDigits(digits) || digits[0] < '2') return false;
  static constexpr int kD[10][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
                                     {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
                                     {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                                     {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
                                     {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  static constexpr int kP[8][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
                                    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
                                    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                                    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
  int c = 0;
  for (std::size_t k = 0; k < digits.size(); ++k) {
    c = kD[c][kP[k % 8][Digit(digits[digits.size() - 1 - k])]];
  }
  if (c != 0) return false;
  // A number of one repeated digit is a placeholder ("2222 2222 2222" passes Verhoeff too).
  for (char ch : digits) {
    if (ch != digits[0]) return true;
  }
  return false;
}

bool InPanValid(std::string_view pan) {
  if (pan.size() != 10) return false;
  for (std::size_t k = 0; k < 10; ++k) {
    const bool digit = k >= 5 && k <= 8;
    const char c = pan[k];
    if (digit ? (c < '0' || c > '9') : (c < 'A' || c > 'Z')) return false;
  }
  // The holder's category: P person, C company, H HUF, F firm, A AOP, T trust, B BOI, L local
  // authority, J artificial juridical person, G government, K krish.
  return std::string_view("PCHFATBLJGK").find(pan[3]) != std::string_view::npos && Number(pan.substr(5, 4)) != 0;
}

bool PeselValid(std::string_view digits) {
  if (digits.size() != 11 || !AllDigits(digits)) return false;
  const int yy = Number(digits.substr(0, 2));
  int month = Number(digits.substr(2, 2));
  const int day = Number(digits.substr(4, 2));
  static constexpr std::array<int, 5> kCentury = {1900, 2000, 2100, 2200, 1800};
  const int century = kCentury[static_cast<std::size_t>((month / 20) % 5)];
  month %= 20;
  if (!DateValid(century + yy, month, day)) return false;
  static constexpr std::array<int, 10> kWeights = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
  return (10 - Weighted(digits, kWeights) % 10) % 10 == Digit(digits[10]);
}

namespace {
constexpr std::string_view kMod23Letters = "TRWAGMYFPDXBNJZSQVHLCKE";
}  // namespace

bool EsNifValid(std::string_view nif) {
  if (nif.size() != 9 || !AllDigits(nif.substr(0, 8))) return false;
  long value = 0;
  for (char c : nif.substr(0, 8)) value = value * 10 + Digit(c);
  return value != 0 && nif[8] == kMod23Letters[static_cast<std::size_t>(value % 23)];
}

bool EsNieValid(std::string_view nie) {
  if (nie.size() != 9 || (nie[0] != 'X' && nie[0] != 'Y' && nie[0] != 'Z') || !AllDigits(nie.substr(1, 7)))
    return false;
  long value = nie[0] - 'X';
  for (char c : nie.substr(1, 7)) value = value * 10 + Digit(c);
  return nie[8] == kMod23Letters[static_cast<std::size_t>(value % 23)];
}

bool SgNricValid(std::string_view nric) {
  if (nric.size() != 9 || !AllDigits(nric.substr(1, 7))) return false;
  static constexpr std::array<int, 7> kWeights = {2, 7, 6, 5, 4, 3, 2};
  int sum = Weighted(nric.substr(1), kWeights);
  const char series = nric[0];
  std::string_view letters;
  if (series == 'S' || series == 'T') {
    letters = "JZIHGFEDCBA";
  } else if (series == 'F' || series == 'G') {
    letters = "XWUTRQPNMLK";
  } else if (series == 'M') {
    letters = "XWUTRQPNJLK";
    sum += 3;
  } else {
    return false;
  }
  if (series == 'T' || series == 'G') sum += 4;
  return nric[8] == letters[static_cast<std::size_t>(sum % 11)];
}

bool AuTfnValid(std::string_view digits) {
  if (digits.size() != 9 || !AllDigits(digits) || digits[0] == '0') return false;
  static constexpr std::array<int, 9> kWeights = {1, 4, 3, 7, 5, 8, 6, 9, 10};
  return Weighted(digits, kWeights) % 11 == 0;
}

bool AuMedicareValid(std::string_view digits) {
  if ((digits.size() != 10 && digits.size() != 11) || !AllDigits(digits)) return false;
  if (digits[0] < '2' || digits[0] > '6' || digits[9] == '0') return false;
  static constexpr std::array<int, 8> kWeights = {1, 3, 7, 9, 1, 3, 7, 9};
  return Weighted(digits, kWeights) % 10 == Digit(digits[8]);
}

bool AuAbnValid(std::string_view digits) {
  if (digits.size() != 11 || !AllDigits(digits) || digits[0] == '0') return false;
  static constexpr std::array<int, 11> kWeights = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
  return (Weighted(digits, kWeights) - 10) % 89 == 0;  // the first digit minus one, times 10
}

bool BrCpfValid(std::string_view digits) {
  if (digits.size() != 11 || !AllDigits(digits)) return false;
  bool repeated = true;
  for (char c : digits) repeated = repeated && c == digits[0];
  if (repeated) return false;
  for (std::size_t n = 9; n <= 10; ++n) {
    int sum = 0;
    for (std::size_t k = 0; k < n; ++k) sum += Digit(digits[k]) * static_cast<int>(n + 1 - k);
    const int check = sum * 10 % 11 % 10;
    if (check != Digit(digits[n])) return false;
  }
  return true;
}

bool BrCnpjValid(std::string_view digits) {
  if (digits.size() != 14 || !AllDigits(digits)) return false;
  bool repeated = true;
  for (char c : digits) repeated = repeated && c == digits[0];
  if (repeated) return false;
  static constexpr std::array<int, 13> kWeights = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
  for (std::size_t n = 12; n <= 13; ++n) {
    int sum = 0;
    for (std::size_t k = 0; k < n; ++k) sum += Digit(digits[k]) * kWeights[k + 13 - n];
    const int r = sum % 11;
    if ((r < 2 ? 0 : 11 - r) != Digit(digits[n])) return false;
  }
  return true;
}

bool NlBsnValid(std::string_view digits) {
  if (digits.size() != 9 || !AllDigits(digits)) return false;
  int sum = -Digit(digits[8]);
  for (std::size_t k = 0; k < 8; ++k) sum += Digit(digits[k]) * static_cast<int>(9 - k);
  return sum % 11 == 0 && sum > 0;
}

bool SePersonnummerValid(std::string_view digits) {
  if (digits.size() != 10 || !AllDigits(digits)) return false;
  const int month = Number(digits.substr(2, 2));
  int day = Number(digits.substr(4, 2));
  if (day > 60) day -= 60;  // samordningsnummer
  return DateValid(2000, month, day) && LuhnValid(digits);
}

bool FiHetuValid(std::string_view hetu) {
  if (hetu.size() != 11 || !AllDigits(hetu.substr(0, 6)) || !AllDigits(hetu.substr(7, 3))) return false;
  static constexpr std::string_view kSigns = "+-ABCDEFUVWXY";
  const char sign = hetu[6];
  if (kSigns.find(sign) == std::string_view::npos) return false;
  const int year = (sign == '+' ? 1800 : (sign >= 'A' && sign <= 'F') ? 2000 : 1900) + Number(hetu.substr(4, 2));
  if (!DateValid(year, Number(hetu.substr(2, 2)), Number(hetu.substr(0, 2)))) return false;
  if (Number(hetu.substr(7, 3)) < 2) return false;
  long value = 0;
  for (char c : hetu.substr(0, 6)) value = value * 10 + Digit(c);
  for (char c : hetu.substr(7, 3)) value = value * 10 + Digit(c);
  static constexpr std::string_view kCheck = "0123456789ABCDEFHJKLMNPRSTUVWXY";
  return hetu[10] == kCheck[static_cast<std::size_t>(value % 31)];
}

bool FrNirValid(std::string_view nir) {
  if (nir.size() != 15) return false;
  const char sex = nir[0];
  if (sex != '1' && sex != '2' && sex != '3' && sex != '4' && sex != '7' && sex != '8') return false;
  // Corsica's departments 2A and 2B count as 19 and 18 in the key.
  std::string_view department = nir.substr(5, 2);
  long long value = 0;
  for (std::size_t k = 0; k < 13; ++k) {
    char c = nir[k];
    if (k == 6 && department == "2A") c = '9';
    if (k == 6 && department == "2B") c = '8';
    if (k == 5 && (department == "2A" || department == "2B")) c = '1';
    if (c < '0' || c > '9') return false;
    value = value * 10 + Digit(c);
  }
  if (!AllDigits(nir.substr(13, 2))) return false;
  const int month = Number(nir.substr(3, 2));
  if (month == 0 || (month > 12 && month < 20)) return false;
  return 97 - value % 97 == Number(nir.substr(13, 2));
}

bool DeTaxIdValid(std::string_view digits) {
  if (digits.size() != 11 || !AllDigits(digits) || digits[0] == '0') return false;
  std::array<int, 10> counts{};
  for (std::size_t k = 0; k < 10; ++k) ++counts[static_cast<std::size_t>(Digit(digits[k]))];
  int repeated = 0;
  for (int c : counts) {
    if (c > 3) return false;
    repeated += c >= 2 ? 1 : 0;
  }
  if (repeated != 1) return false;
  int product = 10;
  for (std::size_t k = 0; k < 10; ++k) {
    int sum = (Digit(digits[k]) + product) % 10;
    if (sum == 0) sum = 10;
    product = sum * 2 % 11;
  }
  const int check = (11 - product) % 10;
  return check == Digit(digits[10]);
}

bool KrRrnValid(std::string_view digits, bool* checked) {
  if (digits.size() != 13 || !AllDigits(digits)) return false;
  const int g = Digit(digits[6]);
  const int century = g == 9 || g == 0 ? 1800 : g <= 2 || g == 5 || g == 6 ? 1900 : 2000;
  if (!DateValid(century + Number(digits.substr(0, 2)), Number(digits.substr(2, 2)), Number(digits.substr(4, 2)))) {
    return false;
  }
  static constexpr std::array<int, 12> kWeights = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
  *checked = (11 - Weighted(digits, kWeights) % 11) % 10 == Digit(digits[12]);
  return true;
}

bool CnResidentIdValid(std::string_view id) {
  if (id.size() != 18 || !AllDigits(id.substr(0, 17)) || id[0] < '1' || id[0] > '8') return false;
  const int year = Number(id.substr(6, 4));
  if (year < 1900 || year > 2099 || !DateValid(year, Number(id.substr(10, 2)), Number(id.substr(12, 2)))) return false;
  static constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr std::string_view kCheck = "10X98765432";
  return id[17] == kCheck[static_cast<std::size_t>(Weighted(id, kWeights) % 11)];
}

bool JpMyNumberValid(std::string_view digits) {
  if (digits.size() != 12 || !AllDigits(digits)) return false;
  int sum = 0;
  for (int n = 1; n <= 11; ++n) {
    const int p = Digit(digits[static_cast<std::size_t>(11 - n)]);
    sum += p * (n <= 6 ? n + 1 : n - 5);
  }
  const int r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) == Digit(digits[11]);
}

bool CaSinValid(std::string_view digits) {
  return digits.size() == 9 && AllDigits(digits) && digits[0] != '0' && digits[0] != '8' && LuhnValid(digits);
}

}  // namespace copilot::pii
