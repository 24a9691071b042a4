// Recognizers for single tokens: e-mail, URL, IP v6, MAC, credentials, IBAN, NINO, crypto.
#include <array>
#include <cstdint>
#include <string>

#include "pii/checksums.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

constexpr unsigned char kAlnum = kDigit | kUpper | kLower;

bool KnownTld(std::string_view tld) {
  static constexpr std::string_view kTlds[] = {
      "com", "net",    "org",  "edu",  "gov",  "mil", "io", "co",    "ai",    "app", "dev", "info", "biz", "me", "us",
      "uk",  "de",     "fr",   "eu",   "ca",   "au",  "nl", "ch",    "es",    "it",  "jp",  "in",   "br",  "se", "no",
      "xyz", "online", "site", "tech", "name", "ly",  "tv", "cloud", "email", "ie",  "nz",  "pl",   "be",  "at", "dk",
  };
  std::string lower(tld);
  for (char& c : lower) c = Lower(c);
  for (std::string_view known : kTlds) {
    if (lower == known) return true;
  }
  return false;
}

// End of a domain name starting at `i` (labels of letters, digits and '-', joined by '.'),
// or 0 when there is none with at least two labels and an alphabetic TLD of 2+ letters.
std::size_t DomainEnd(std::string_view s, std::size_t i, std::size_t* tld_begin) {
  std::size_t j = i;
  std::size_t last_dot = 0;
  while (j < s.size()) {
    const char c = s[j];
    if (IsAlnum(c) || c == '-') {
      ++j;
    } else if (c == '.' && j > i && s[j - 1] != '.' && s[j - 1] != '-' && j + 1 < s.size() && IsAlnum(s[j + 1])) {
      last_dot = j++;
    } else {
      break;
    }
  }
  if (last_dot == 0 || j - last_dot - 1 < 2) return 0;
  for (std::size_t k = last_dot + 1; k < j; ++k) {
    if (!IsAlpha(s[k])) return 0;
  }
  if (tld_begin != nullptr) *tld_begin = last_dot + 1;
  return j;
}

std::size_t TrimUrl(std::string_view s, std::size_t begin, std::size_t end) {
  int open = 0;
  for (std::size_t k = begin; k < end; ++k) open += s[k] == '(' ? 1 : s[k] == ')' ? -1 : 0;
  while (end > begin) {
    const char c = s[end - 1];
    if (c == ')' && open < 0) {
      ++open;
    } else if (c != '.' && c != ',' && c != ';' && c != ':' && c != '!' && c != '?' && c != '\'' && c != '"') {
      break;
    }
    --end;
  }
  return end;
}

bool AllOf(std::string_view s, std::size_t begin, std::size_t end, unsigned char mask) {
  for (std::size_t k = begin; k < end; ++k) {
    if ((kCharClass[static_cast<unsigned char>(s[k])] & mask) == 0) return false;
  }
  return true;
}

// Which bytes belong to an alphabet, one table lookup each.
constexpr std::array<bool, 256> MakeAlphabet(std::string_view alphabet) {
  std::array<bool, 256> t{};
  for (char c : alphabet) t[static_cast<unsigned char>(c)] = true;
  return t;
}

bool Bech32Shape(std::string_view token) {
  static constexpr std::array<bool, 256> kCharset = MakeAlphabet("qpzry9x8gf2tvdw0s3jn54khce6mua7l");
  for (std::size_t k = 3; k < token.size(); ++k) {
    if (!kCharset[static_cast<unsigned char>(token[k])]) return false;
  }
  return true;
}

bool Base58Shape(std::string_view token) {
  static constexpr std::array<bool, 256> kAlphabet =
      MakeAlphabet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
  int upper = 0;
  int lower = 0;
  int digits = 0;
  for (char c : token) {
    if (!kAlphabet[static_cast<unsigned char>(c)]) return false;
    upper += IsUpper(c) ? 1 : 0;
    lower += IsLower(c) ? 1 : 0;
    digits += IsDigit(c) ? 1 : 0;
  }
  return upper >= 3 && lower >= 3 && digits >= 1;
}

}  // namespace

std::size_t Scanner::TryEmail(std::size_t i) {
  const std::size_t at = RunOf(i, kAlnum | kLocalPart);
  if (At(at) != '@' || at == i || at - i > 64 || s_[at - 1] == '.' || s_[i] == '.') return 0;
  const std::size_t end = DomainEnd(s_, at + 1, nullptr);
  if (end == 0) return 0;
  Emit(kEmailAddress, i, end, 0.95F);
  return end;
}

std::size_t Scanner::TryUrl(std::size_t i) {
  static constexpr std::string_view kSchemes[] = {"https://", "http://", "ftp://", "www."};
  for (std::string_view scheme : kSchemes) {
    if (!StartsWithWord(s_, i, scheme)) continue;
    const std::size_t end = TrimUrl(s_, i, RunOf(i + scheme.size(), kUrlChar));
    if (end <= i + scheme.size() + 2) return 0;
    Emit(kUrl, i, end, scheme[0] == 'w' ? 0.75F : 0.85F);
    return end;
  }
  std::size_t tld = 0;
  std::size_t end = DomainEnd(s_, i, &tld);
  if (end == 0 || At(end) == '@' || !KnownTld(s_.substr(tld, end - tld))) return 0;
  if (At(end) == '/') end = TrimUrl(s_, i, RunOf(end, kUrlChar));
  Emit(kUrl, i, end, 0.6F);
  return end;
}

std::size_t Scanner::TryPem(std::size_t i) {
  if (!StartsWithWord(s_, i, "-----begin ")) return 0;
  const std::size_t header_end = s_.find("-----", i + 11);
  if (header_end == std::string_view::npos || header_end - i > 64) return 0;
  const std::string_view header = s_.substr(i, header_end - i);
  if (header.find("PRIVATE KEY") == std::string_view::npos) return 0;
  std::size_t end = s_.find("-----END", header_end + 5);
  if (end != std::string_view::npos) end = s_.find("-----", end + 8);
  end = end == std::string_view::npos ? s_.size() : end + 5;
  Emit(kSecret, i, end, 1.0F);
  return end;
}

std::size_t Scanner::TryHexColon(std::size_t i) {
  // MAC: six pairs of hex digits joined by ':' or '-' (one kind), or Cisco's xxxx.xxxx.xxxx.
  if (i + 17 <= s_.size() && (s_[i + 2] == ':' || s_[i + 2] == '-')) {
    bool mac = true;
    for (std::size_t k = 0; k < 17 && mac; ++k) mac = k % 3 == 2 ? s_[i + k] == s_[i + 2] : IsHex(s_[i + k]);
    if (mac && CleanEnd(i + 17)) {
      Emit(kMacAddress, i, i + 17, 0.8F);
      return i + 17;
    }
  }
  // IPv6: up to eight groups of 1-4 hex digits, at most one "::", optionally an IPv4 tail.
  std::size_t first = i;
  while (first < s_.size() && first - i < 5 && IsHex(s_[first])) ++first;
  if (At(first) != ':') return 0;
  std::size_t j = i;
  int groups = 0;
  bool compressed = false;
  bool v4_tail = false;
  while (j < s_.size()) {
    if (At(j) == ':' && At(j + 1) == ':' && !compressed) {
      compressed = true;
      j += 2;
      if (!IsHex(At(j))) break;
      continue;
    }
    std::size_t g = j;
    while (g < s_.size() && IsHex(s_[g]) && g - j < 5) ++g;
    if (g == j || g - j > 4) return 0;
    if (At(g) == '.' && groups <= 6) {  // dotted IPv4 tail
      v4_tail = true;
      j = RunOf(j, kDigit);
      for (int part = 1; part < 4 && At(j) == '.' && IsDigit(At(j + 1)); ++part) j = RunOf(j + 1, kDigit);
      groups += 2;
      break;
    }
    ++groups;
    j = g;
    if (At(j) == ':' && At(j + 1) != ':' && IsHex(At(j + 1))) {
      ++j;
    } else if (!(At(j) == ':' && At(j + 1) == ':')) {
      break;
    }
  }
  const bool shape = compressed ? groups <= 7 && (groups >= 2 || s_[i] == ':') : groups == 8;
  if (!shape || !CleanEnd(j) || (v4_tail && groups > 8)) return 0;
  Emit(kIpAddress, i, j, 0.7F);
  return j;
}

std::size_t Scanner::TryPrefixedToken(std::size_t i) {
  struct Prefix {
    std::string_view prefix;
    std::size_t min_rest;
    float score;
  };
  static constexpr Prefix kPrefixes[] = {
      {"sk-ant-", 20, 0.95F},
      {"sk-proj-", 20, 0.95F},
      {"sk-svcacct-", 20, 0.95F},
      {"sk-admin-", 20, 0.95F},
      {"sk-", 32, 0.85F},
      {"ghp_", 30, 0.95F},
      {"gho_", 30, 0.95F},
      {"ghu_", 30, 0.95F},
      {"ghs_", 30, 0.95F},
      {"ghr_", 30, 0.95F},
      {"github_pat_", 22, 0.95F},
      {"xoxb-", 10, 0.95F},
      {"xoxp-", 10, 0.95F},
      {"xoxa-", 10, 0.95F},
      {"xoxr-", 10, 0.95F},
      {"xoxs-", 10, 0.95F},
      {"xoxe-", 10, 0.95F},
      {"sk_live_", 16, 0.95F},
      {"sk_test_", 16, 0.9F},
      {"rk_live_", 16, 0.95F},
      {"rk_test_", 16, 0.9F},
      {"whsec_", 16, 0.9F},
      {"glpat-", 20, 0.95F},
      {"AIza", 35, 0.9F},
      // Hugging Face, npm, PyPI, Shopify, DigitalOcean, GitLab, Slack apps, Linear, Figma,
      // Square, Mailgun, Databricks, Atlassian, age.
      {"hf_", 30, 0.95F},
      {"npm_", 30, 0.95F},
      {"pypi-", 32, 0.95F},
      {"shpat_", 32, 0.95F},
      {"shpss_", 32, 0.95F},
      {"shpca_", 32, 0.95F},
      {"shppa_", 32, 0.95F},
      {"dop_v1_", 40, 0.95F},
      {"doo_v1_", 40, 0.95F},
      {"dor_v1_", 40, 0.95F},
      {"glptt-", 20, 0.95F},
      {"gldt-", 20, 0.95F},
      {"glrt-", 20, 0.95F},
      {"xapp-", 20, 0.95F},
      {"lin_api_", 30, 0.95F},
      {"figd_", 30, 0.9F},
      {"sq0atp-", 20, 0.95F},
      {"sq0csp-", 30, 0.95F},
      {"key-", 32, 0.8F},
      {"dapi", 32, 0.85F},
      {"ATATT", 60, 0.95F},
      {"AGE-SECRET-KEY-1", 50, 0.95F},
  };
  const char c0 = s_[i];
  if (c0 == 'S' || c0 == 'y' || c0 == 'h') {
    // Dotted shapes: SendGrid "SG.<22>.<43>", Google OAuth "ya29.<...>", HashiCorp Vault "hvs.<...>".
    static constexpr Prefix kDotted[] = {{"SG.", 60, 0.95F}, {"ya29.", 30, 0.9F}, {"hvs.", 24, 0.95F}};
    for (const Prefix& p : kDotted) {
      if (s_.compare(i, p.prefix.size(), p.prefix) != 0) continue;
      std::size_t j = i + p.prefix.size();
      while (j < s_.size() &&
             (IsAlnum(s_[j]) || s_[j] == '_' || s_[j] == '-' || (s_[j] == '.' && IsAlnum(At(j + 1))))) {
        ++j;
      }
      if (j - i < p.prefix.size() + p.min_rest || !CleanEnd(j)) return 0;
      Emit(kSecret, i, j, p.score);
      return j;
    }
  }
  if (c0 != 's' && c0 != 'g' && c0 != 'x' && c0 != 'r' && c0 != 'w' && c0 != 'A' && c0 != 'e' && c0 != 'h' &&
      c0 != 'n' && c0 != 'p' && c0 != 'd' && c0 != 'l' && c0 != 'f' && c0 != 'k') {
    return 0;
  }
  const std::size_t end = RunOf(i, kAlnum | kWordPunct | kLocalPart);
  std::size_t token_end = i;
  while (token_end < end && (IsAlnum(s_[token_end]) || s_[token_end] == '_' || s_[token_end] == '-')) ++token_end;
  for (const Prefix& p : kPrefixes) {
    if (p.prefix[0] != c0 || s_.compare(i, p.prefix.size(), p.prefix) != 0) continue;
    if (token_end - i < p.prefix.size() + p.min_rest || !CleanEnd(token_end)) return 0;
    Emit(kSecret, i, token_end, p.score);
    return token_end;
  }
  // AWS access key ids: AKIA/ASIA/ABIA/ACCA + 16 upper-case letters or digits.
  if (token_end - i == 20 && (s_.compare(i, 4, "AKIA") == 0 || s_.compare(i, 4, "ASIA") == 0 ||
                              s_.compare(i, 4, "ABIA") == 0 || s_.compare(i, 4, "ACCA") == 0)) {
    if (AllOf(s_, i, token_end, kUpper | kDigit) && CleanEnd(token_end)) {
      Emit(kSecret, i, token_end, 0.95F);
      return token_end;
    }
  }
  // JWT: three base64url segments, the first two JSON objects ("eyJ").
  if (s_.compare(i, 3, "eyJ") == 0) {
    std::size_t j = i;
    int dots = 0;
    while (j < s_.size() && (IsAlnum(s_[j]) || s_[j] == '_' || s_[j] == '-' || (s_[j] == '.' && dots < 2))) {
      dots += s_[j] == '.' ? 1 : 0;
      ++j;
    }
    if (dots == 2 && j - i >= 30 && s_.substr(i, j - i).find(".eyJ") != std::string_view::npos) {
      Emit(kSecret, i, j, 0.95F);
      return j;
    }
  }
  return 0;
}

std::size_t Scanner::TryIban(std::size_t i) {
  // Country letters (either case), two check digits, then the country's length of letters and
  // digits, with separators wherever the writer put them: "DE89 3704 0044 0532 0130 00",
  // "de89370400440532013000", "DE89 37040044 053201 3000", a line break inside.
  if (!IsAlpha(At(i + 1)) || !IsDigit(At(i + 2)) || !IsDigit(At(i + 3)) || IsLower(s_[i]) != IsLower(s_[i + 1])) {
    return 0;
  }
  auto up = [](char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; };
  const int length = IbanLength(up(s_[i]), up(s_[i + 1]));
  if (length == 0) return 0;
  std::string compact;
  std::size_t j = i;
  std::size_t end = i;
  while (j < s_.size() && static_cast<int>(compact.size()) < length) {
    const char c = s_[j];
    if (IsDigit(c) || IsAlpha(c)) {
      compact.push_back(up(c));
      end = ++j;
      continue;
    }
    // One or two separator characters between groups (one line break at most).
    std::size_t k = j;
    int breaks = 0;
    while (k < s_.size() && k - j < 3 &&
           (s_[k] == ' ' || s_[k] == '-' || s_[k] == '.' || s_[k] == '\t' || s_[k] == '\n' || s_[k] == '\r')) {
      breaks += s_[k] == '\n' ? 1 : 0;
      ++k;
    }
    if (k == j || breaks > 1 || !IsAlnum(At(k))) break;
    j = k;
  }
  if (static_cast<int>(compact.size()) != length || !CleanEnd(end) || !IbanValid(compact)) return 0;
  Emit(kIbanCode, i, end, 0.9F);
  return end;
}

std::size_t Scanner::TryNino(std::size_t i) {
  // Two letters, then digits (the first pair may follow a space): most capitalised words fail here.
  if (!IsAlpha(At(i + 1)) || !(IsDigit(At(i + 2)) || (At(i + 2) == ' ' && IsDigit(At(i + 3))))) return 0;
  // People type NINOs in lower case too ("ab123456c"); the letters are read upper-cased, and
  // the case must be one throughout.
  const bool lower = IsLower(s_[i]);
  if (IsLower(At(i + 1)) != lower) return 0;
  auto up = [](char c) { return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c; };
  const char p0 = up(s_[i]);
  const char p1 = up(At(i + 1));
  // The letters each of the two prefix letters may be, one bit per letter A..Z.
  constexpr auto letters = [](std::string_view set) {
    std::uint32_t bits = 0;
    for (char c : set) bits |= 1U << (c - 'A');
    return bits;
  };
  constexpr std::uint32_t kFirst = letters("ABCEGHJKLMNOPRSTWXYZ");
  constexpr std::uint32_t kSecond = letters("ABCEGHJKLMNPRSTWXYZ");
  auto in = [](std::uint32_t set, char c) { return c >= 'A' && c <= 'Z' && (set & (1U << (c - 'A'))) != 0; };
  if (!in(kFirst, p0) || !in(kSecond, p1)) return 0;
  static constexpr std::string_view kBanned[] = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"};
  for (std::string_view banned : kBanned) {
    if (banned[0] == p0 && banned[1] == p1) return 0;
  }
  std::size_t j = i + 2;
  for (int pair = 0; pair < 3; ++pair) {
    if (At(j) == ' ') ++j;
    if (!IsDigit(At(j)) || !IsDigit(At(j + 1))) return 0;
    j += 2;
  }
  if (At(j) == ' ' && up(At(j + 1)) >= 'A' && up(At(j + 1)) <= 'D') ++j;
  if (up(At(j)) < 'A' || up(At(j)) > 'D' || IsLower(At(j)) != lower || !CleanEnd(j + 1)) return 0;
  Emit(kUkNino, i, j + 1, lower ? 0.75F : 0.85F);
  return j + 1;
}

std::size_t Scanner::TryCrypto(std::size_t i) {
  const std::size_t end = RunOf(i, kAlnum);
  if (!CleanEnd(end)) return 0;
  const std::string_view token = s_.substr(i, end - i);
  if (token.size() == 42 && token[0] == '0' && (token[1] == 'x' || token[1] == 'X')) {
    if (!AllOf(s_, i + 2, end, kDigit | kUpper | kLower)) return 0;
    for (char c : token.substr(2)) {
      if (!IsHex(c)) return 0;
    }
    Emit(kCrypto, i, end, 0.8F);
    return end;
  }
  // A valid checksum makes an address certain; the exact shape alone (alphabet, length,
  // mixed case) still makes it likely, since such strings are rare in prose.
  if (token.size() >= 14 && (StartsWithWord(s_, i, "bc1") || StartsWithWord(s_, i, "tb1"))) {
    const bool shape = (token.size() == 42 || token.size() == 62) && Bech32Shape(token);
    if (!Bech32Valid(token) && !shape) return 0;
    Emit(kCrypto, i, end, Bech32Valid(token) ? 0.95F : 0.5F);
    return end;
  }
  if ((token[0] == '1' || token[0] == '3') && token.size() >= 26 && token.size() <= 35) {
    const bool valid = Base58CheckValid(token);
    if (!valid && !Base58Shape(token)) return 0;
    Emit(kCrypto, i, end, valid ? 0.95F : 0.5F);
    return end;
  }
  return 0;
}

std::size_t Scanner::TryHighEntropy(std::size_t i) {
  std::size_t end = RunOf(i, kAlnum | kBase64);
  while (At(end) == '=' && end - i < 520) ++end;  // base64 padding
  const std::size_t length = end - i;
  if (length < 20 || length > 512 || !CleanEnd(end)) return 0;
  int digits = 0;
  int upper = 0;
  int lower = 0;
  for (std::size_t k = i; k < end; ++k) {
    digits += IsDigit(s_[k]) ? 1 : 0;
    upper += IsUpper(s_[k]) ? 1 : 0;
    lower += IsLower(s_[k]) ? 1 : 0;
  }
  if (upper + lower < 4 || (digits == 0 && (upper < 3 || lower < 3))) return 0;
  // Hashes and ids named as such ("commit 3f2a...", "request id ...") are not credentials.
  if (PreviousWordIs(i, {"commit", "sha", "hash", "rev", "revision", "checksum", "digest", "id", "uuid", "build"}))
    return 0;
  const std::string_view token = s_.substr(i, length);
  // A UUID is an identifier, not a credential.
  if (length == 36 && token[8] == '-' && token[13] == '-' && token[18] == '-' && token[23] == '-') return 0;
  if (!HasContext(kSecret, i) || ShannonEntropy(token) < 3.5) return 0;
  Emit(kSecret, i, end, 0.75F);
  return end;
}

}  // namespace copilot::pii
