#include "pii/scanner.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace copilot::pii {
namespace {

constexpr std::array<unsigned char, 256> MakeClassTable() {
  std::array<unsigned char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit | kUrlChar;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper | kUrlChar;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower | kUrlChar;
  for (char c : std::string_view("._%+-'")) t[static_cast<unsigned char>(c)] |= kLocalPart;
  for (char c : std::string_view("-._~:/?#[]@!$&'()*+,;=%")) t[static_cast<unsigned char>(c)] |= kUrlChar;
  for (char c : std::string_view("+/_-")) t[static_cast<unsigned char>(c)] |= kBase64;
  for (char c : std::string_view("@.-_:/'+%=")) t[static_cast<unsigned char>(c)] |= kJoiner;
  t['_'] |= kWordPunct;
  return t;
}

// Words that, shortly before a value, make it more likely to be that type (Presidio's
// context enhancement), indexed by type. Matched case-insensitively at a word start.
using ContextWords = std::array<std::string_view, 10>;
constexpr std::array<ContextWords, kBuiltinTypeCount> MakeContextWords() {
  std::array<ContextWords, kBuiltinTypeCount> t{};
  t[kPhoneNumber] = {"phone", "call", "tel", "mobile", "cell", "fax", "contact", "whatsapp", "sms", "dial"};
  t[kCreditCard] = {"card", "credit", "visa", "mastercard", "amex", "payment", "debit", "cc"};
  t[kUsSsn] = {"ssn", "social security", "social-security", "ss#", "ss #"};
  t[kUsItin] = {"itin", "taxpayer", "tax id"};
  t[kIbanCode] = {"iban", "account", "bank", "transfer", "wire"};
  t[kUkNhs] = {"nhs", "health service", "patient", "nhs no"};
  t[kUkNino] = {"nino", "national insurance", "ni number", "ni no"};
  t[kDateTime] = {"born", "birth", "dob", "d.o.b", "birthday", "b-day"};
  t[kSecret] = {"key", "token", "secret", "password", "passwd", "pwd", "credential", "bearer", "auth", "apikey"};
  t[kCrypto] = {"wallet", "bitcoin", "btc", "eth", "ethereum", "crypto", "address"};
  t[kIpAddress] = {"ip", "host", "server", "address", "ipv4", "ipv6", "client"};
  return t;
}
constexpr std::array<ContextWords, kBuiltinTypeCount> kContext = MakeContextWords();

// For each byte, the types (one bit each) that have a context word starting with that letter
// in either case: the context search looks closer only at such bytes.
constexpr std::array<std::uint64_t, 256> MakeContextStarts() {
  std::array<std::uint64_t, 256> t{};
  for (std::size_t type = 0; type < kContext.size(); ++type) {
    for (std::size_t w = 0; w < kContext[type].size(); ++w) {
      const std::string_view& word = kContext[type][w];
      if (word.empty()) continue;
      const std::uint64_t bit = std::uint64_t{1} << type;
      t[static_cast<unsigned char>(word[0])] |= bit;
      t[static_cast<unsigned char>(word[0] - 'a' + 'A')] |= bit;
      t[0] |= bit;  // no context word starts with NUL: byte 0 holds which types have any
    }
  }
  return t;
}
constexpr std::array<std::uint64_t, 256> kContextStarts = MakeContextStarts();
static_assert(kBuiltinTypeCount <= 64, "context start bits are 64 wide");

}  // namespace

const std::array<unsigned char, 256> kCharClass = MakeClassTable();

namespace {
// First letters (either case) of the words that introduce a secret in prose (scan_secrets.cc).
constexpr std::array<bool, 256> MakeSecretCueStart() {
  std::array<bool, 256> t{};
  for (char c : std::string_view("pPcCsSwWhHlLmMkKbBtT")) t[static_cast<unsigned char>(c)] = true;
  return t;
}
constexpr std::array<bool, 256> kSecretCueStart = MakeSecretCueStart();

// True when the word at `p` may be one of those words, by its first two letters: "password",
// "pwd", "pin", "contraseña", "senha", "salasana", "wachtwoord", "hasło", "lösenord", "mot de
// passe", "kennwort", "bearer", "basic", "token".
bool MaybeSecretCue(const char* p) {
  const char a = Lower(p[0]);
  const char b = Lower(p[1]);
  switch (a) {
    case 'p': return b == 'a' || b == 'w' || b == 'i';
    case 'c':
    case 'm':
    case 't': return b == 'o';
    case 's': return b == 'e' || b == 'a';
    case 'w':
    case 'h': return b == 'a';
    case 'l': return static_cast<unsigned char>(b) == 0xC3;
    case 'k': return b == 'e';
    case 'b': return b == 'e' || b == 'a';
    default: return false;
  }
}
}  // namespace

namespace {

// True when `c` cannot continue any entity after a joiner: not a letter, digit, joiner or URL
// character, and ASCII (a space, a line break, a quote, end of text).
// Eight bytes from `p`, the first in the lowest bits (so that shifts move towards later bytes
// and the lowest set bit is the earliest byte), on any byte order.
std::uint64_t Load8(const char* p) {
  std::uint64_t x = 0;
  std::memcpy(&x, p, sizeof x);
  const std::uint64_t probe = 1;
  unsigned char first = 0;
  std::memcpy(&first, &probe, 1);
  return first == 1 ? x : __builtin_bswap64(x);  // x86 and wasm are little-endian
}

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = kOnes * 0x80;

// High bit of each byte of `x` (from Load8) that lies in ['lo', 'hi'] (ASCII).
std::uint64_t InRange(std::uint64_t x, char lo, char hi) {
  const std::uint64_t low7 = x & ~kHigh;  // seven bits: the additions cannot carry
  const std::uint64_t at_least_lo = low7 + kOnes * static_cast<std::uint64_t>(0x80 - lo);
  const std::uint64_t past_hi = low7 + kOnes * static_cast<std::uint64_t>(0x80 - hi - 1);
  return at_least_lo & ~past_hi & ~x & kHigh;
}

// Index of the earliest byte whose high bit is set in a non-zero mask.
int FirstByte(std::uint64_t high_bits) {
  return __builtin_ctzll(high_bits) >> 3;
}

bool IsDeadEnd(char c) {
  return static_cast<unsigned char>(c) < 0x80 &&
         (kCharClass[static_cast<unsigned char>(c)] & (kDigit | kUpper | kLower | kJoiner | kUrlChar)) == 0;
}

}  // namespace

bool StartsWithWord(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    if (Lower(s[i + k]) != word[k]) return false;
  }
  return true;
}

void Scanner::Run() {
  const std::size_t n = s_.size();
  std::size_t i = 0;
  while (i < n) {
    const char c = s_[i];
    const unsigned char cls = kCharClass[static_cast<unsigned char>(c)];
    const bool alnum = (cls & (kDigit | kUpper | kLower)) != 0;
    if (!alnum && c != '+' && c != '(' && c != '-' && c != ':') {
      // Cue words in other scripts ("пароль", "パスワード", "密码", "비밀번호") before a secret.
      // A word of another script may start an internationalised e-mail address.
      const unsigned char lead = static_cast<unsigned char>(c);
      std::size_t found = lead == 0xD0 || lead == 0xE3 || lead == 0xE5 || lead == 0xEB ? TrySecretCue(i, i) : 0;
      if (found == 0 && lead >= 0xC3 && (i == 0 || !IsWord(s_[i - 1]))) found = TryUnicodeEmail(i);
      i = found > i ? found : i + 1;
      continue;
    }
    // Inside a word only word starts begin an entity; in Chinese, Japanese and Korean text,
    // where words run together, a digit or Latin letter after a three-byte character starts one.
    if (i > 0 && IsWord(s_[i - 1]) &&
        !(static_cast<unsigned char>(s_[i - 1]) >= 0x80 && i >= 3 &&
          (static_cast<unsigned char>(s_[i - 3]) & 0xF0) == 0xE0)) {
      i = std::max(i + 1, RunOf(i, kDigit | kUpper | kLower | kWordPunct));
      continue;
    }
    std::size_t end = 0;
    if (cls & kLower) {
      // Most words are plain lower-case prose: nothing can start there unless the word runs
      // into '@', '.', '-', '_', ':', '/' or the like.
      // The same holds when one joiner ends the word and nothing that could continue an entity
      // follows it ("done. ", "it: "): a pure lower-case word cannot begin an e-mail, URL,
      // address, key or token that stops right there.
      const std::size_t word_end = LowerRunEnd(i);
      const unsigned char next = kCharClass[static_cast<unsigned char>(At(word_end))];
      if (word_end < n && ((next & (kDigit | kUpper | kLower | kJoiner)) == 0 ||
                           ((next & (kDigit | kUpper | kLower)) == 0 && IsDeadEnd(At(word_end + 1))))) {
        // ... except a secret's key or cue word ("password: ...", "token=...", "bearer ..."), the
        // local part of an address written out ("jane at corp dot com") or one with letters of
        // other scripts ("jürgen@müller.de").
        std::size_t found = (kSecretCueStart[static_cast<unsigned char>(c)] && MaybeSecretCue(s_.data() + i)) ||
                                    At(word_end) == ':' || At(word_end) == '=' || At(word_end) == '"'
                                ? TrySecretCue(i, word_end)
                                : 0;
        if (found == 0 && MaybeWrittenEmail(word_end)) found = TryWrittenEmail(i);
        if (found == 0 && word_end == i + 2 && At(word_end) == ' ' && IsDigit(At(word_end + 1))) found = TryNino(i);
        if (found == 0 && static_cast<unsigned char>(At(word_end)) >= 0x80) found = TryUnicodeEmail(i);
        i = found > i ? found : word_end;
        continue;
      }
    }
    if (cls & kUpper) {
      // A capitalised word ("Sarah", "Street") followed by plain punctuation can only start a
      // name, a place or a date.
      const std::size_t word_end = LowerRunEnd(i + 1);
      const char next = At(word_end);
      if (word_end > i + 1 && word_end < n &&
          (kCharClass[static_cast<unsigned char>(next)] & (kDigit | kUpper | kLower | kJoiner)) == 0) {
        end = kSecretCueStart[static_cast<unsigned char>(c)] && MaybeSecretCue(s_.data() + i)
                  ? TrySecretCue(i, word_end)
                  : 0;
        if (end == 0 && MaybeWrittenEmail(word_end)) end = TryWrittenEmail(i);
        if (end == 0) end = TryMonthDate(i);
        if (end == 0) {
          end = TryWords(i);
          // A name-like span may end in a secret's cue word ("Das Passwort lautet ..."): the
          // secret after it is looked for all the same.
          for (std::size_t k = word_end + 1; end > word_end && k < end; ++k) {
            if (s_[k - 1] != ' ' || !kSecretCueStart[static_cast<unsigned char>(s_[k])]) continue;
            const std::size_t secret = TrySecretCue(k, LowerRunEnd(k + 1));
            if (secret > end) end = secret;
          }
        }
        i = end > i ? end : word_end;
        continue;
      }
    }
    if (alnum) {
      // The character that ends the first run of letters and digits decides which recognizers
      // can match here; each condition below is one its recognizer needs anyway.
      const std::size_t run_end = RunOf(i, kDigit | kUpper | kLower);
      const std::size_t run = run_end - i;
      const char next = At(run_end);
      const unsigned char next_cls = kCharClass[static_cast<unsigned char>(next)];
      const bool colon_or_dash = next == ':' || next == '-';
      if (next == '@' || (next_cls & kLocalPart) != 0) end = TryEmail(i);
      if (end == 0 && (next == '@' || static_cast<unsigned char>(next) >= 0x80)) end = TryUnicodeEmail(i);
      if (end == 0 && (((next == '.' || next == '_') && IsAlnum(At(run_end + 1))) || MaybeWrittenEmail(run_end))) {
        end = TryWrittenEmail(i);
      }
      if (end == 0 && (cls & kLower) && (next == ':' || next == '+')) end = TryCredentialUrl(i);
      // A key naming a secret: "DB_PASSWORD=", "api-key:", "Password = ", "\"token\":".
      if (end == 0 && (cls & (kUpper | kLower)) &&
          (next == '_' || next == '-' || next == '=' || next == ':' || next == '.' || next == '"' || next == '\'' ||
           (next == ' ' && (At(run_end + 1) == '=' || At(run_end + 1) == ':')))) {
        end = TrySecretAssignment(i);
      }
      if (end == 0 && (cls & kLower) && (colon_or_dash || next == '.')) end = TryUrl(i);
      if (end == 0 && colon_or_dash) end = TryHexColon(i);
      if (end == 0 && (next == '-' || next == '_' || c == 'A' || c == 'e' ||
                       (next == '.' && (c == 'S' || c == 'y' || c == 'h')) || (c == 'd' && run >= 36))) {
        end = TryPrefixedToken(i);
      }
      if (end == 0 && run >= 14 && (c == '0' || c == '1' || c == '3' || Lower(c) == 'b' || Lower(c) == 't'))
        end = TryCrypto(i);
      if (end == 0 && run >= 4 && IsDigit(At(i + 2))) end = TryIban(i);
      if (end == 0 && (cls & (kUpper | kLower))) end = TryNino(i);
      if (end == 0 && (cls & (kUpper | kLower)) &&
          (run == 9 || run == 10 || run == 16 || (run == 1 && (next == '-' || next == ' ')))) {
        end = TryLetterId(i);
      }
      if (end == 0 && (cls & kUpper) && run >= 4 && run <= 17) end = TryCuedId(i);
      if (end == 0 && (cls & kDigit) && run >= 2) end = TryCard(i);
      if (end == 0 && (cls & kDigit) && (run == 2 || run == 6 || run == 8 || run == 9 || run == 11 || run == 18)) {
        end = TryDigitLetterId(i);
      }
      if (end == 0 && (cls & kDigit)) end = TryNumber(i);
      if (end == 0 && (cls & kDigit)) end = TryAddress(i);
      if (end == 0 && (run >= 20 || (next_cls & kBase64) != 0 || next == '=')) end = TryHighEntropy(i);
      if (end == 0 && (cls & (kUpper | kDigit))) end = TryMonthDate(i);
      if (end == 0 && (cls & kUpper)) end = TryWords(i);
    } else if (c == '+' || c == '(') {
      end = TryNumber(i);
    } else if (c == '-') {
      end = TryPem(i);
    } else {
      end = TryHexColon(i);
    }
    if (end > i) {
      i = end;
    } else {
      i = alnum ? RunOf(i, kDigit | kUpper | kLower | kWordPunct) : i + 1;
    }
  }
}

void Scanner::Emit(int type, std::size_t begin, std::size_t end, float base) {
  float score = base;
  if (HasContext(type, begin)) score = std::min(1.0F, base + (type == kDateTime ? 0.55F : 0.35F));
  out_.push_back(Entity{type, begin, end, score});
}

bool Scanner::HasContext(int type, std::size_t begin) const {
  if (type < 0 || type >= kBuiltinTypeCount) return false;
  const std::uint64_t bit = std::uint64_t{1} << type;
  if ((kContextStarts[0] & bit) == 0) return false;  // a type without context words
  const ContextWords& words = kContext[static_cast<std::size_t>(type)];
  // Birth dates sit right after their cue ("DOB:", "born on"); other values may sit further.
  const std::size_t window = type == kDateTime ? 24 : 48;
  const std::size_t from = begin > window ? begin - window : 0;
  // One pass over the window: at each word start (a letter after a non-letter) whose first
  // letter some cue starts with, compare those cues. Eight bytes at a time, then the rest.
  auto cue_at = [&](std::size_t k) {
    if ((kContextStarts[static_cast<unsigned char>(s_[k])] & bit) == 0) return false;
    const char c = Lower(s_[k]);
    for (std::string_view word : words) {
      if (!word.empty() && word[0] == c && k + word.size() <= begin && StartsWithWord(s_, k, word)) return true;
    }
    return false;
  };
  std::size_t k = from;
  std::uint64_t letter_before = k > 0 && IsAlpha(s_[k - 1]) ? 0x80 : 0;
  for (; k + 8 <= begin; k += 8) {
    const std::uint64_t x = Load8(s_.data() + k);
    const std::uint64_t letters = InRange(x | (kOnes * 0x20), 'a', 'z');  // either case
    std::uint64_t starts = letters & ~((letters << 8) | letter_before);
    letter_before = letters >> 56;
    for (; starts != 0; starts &= starts - 1) {
      if (cue_at(k + FirstByte(starts))) return true;
    }
  }
  for (; k < begin; ++k) {
    if (!(k > 0 && IsAlpha(s_[k - 1])) && cue_at(k)) return true;
  }
  return false;
}

std::size_t Scanner::LowerRunEnd(std::size_t i) const {
  while (i + 8 <= s_.size()) {  // eight bytes at a time
    const std::uint64_t other = ~InRange(Load8(s_.data() + i), 'a', 'z') & kHigh;
    if (other != 0) return i + FirstByte(other);
    i += 8;
  }
  while (i < s_.size() && IsLower(s_[i])) ++i;
  return i;
}

std::size_t Scanner::RunOf(std::size_t i, unsigned char mask) const {
  while (i < s_.size() && (kCharClass[static_cast<unsigned char>(s_[i])] & mask) != 0) ++i;
  return i;
}

bool Scanner::PreviousWordIs(std::size_t i, std::initializer_list<std::string_view> words) const {
  std::size_t end = i;
  while (end > 0 && (s_[end - 1] == ' ' || s_[end - 1] == ':' || s_[end - 1] == '=' || s_[end - 1] == '#')) --end;
  std::size_t begin = end;
  while (begin > 0 && IsAlpha(s_[begin - 1])) --begin;
  for (std::string_view word : words) {
    if (end - begin == word.size() && StartsWithWord(s_, begin, word)) return true;
  }
  return false;
}

bool Scanner::MaybeWrittenEmail(std::size_t k) const {
  const char c = At(k);
  if (c == '[' || c == '(' || c == '{' || c == '<') return true;
  if (c != ' ') return false;
  const char next = At(k + 1);
  if (next == '@' || next == '[' || next == '(' || next == '{' || next == '<') return true;
  // The next word is a written "@" or "." (scan_email_forms.cc): most words fail on their first
  // two letters.
  const char a = Lower(next);
  const char b = Lower(At(k + 2));
  const auto byte = [&](std::size_t n) { return static_cast<unsigned char>(At(k + n)); };
  const bool candidate = (a == 'a' && (b == 't' || b == 'r')) || (a == 'd' && b == 'o') ||
                         (a == 'p' && (b == 'u' || b == 'o')) || (a == 'c' && b == 'h') || (a == 's' && b == 'n') ||
                         (a == 'm' && b == 'a') || (a == 'k' && b == 'r') || (a == 'p' && b == 'i') ||
                         (byte(1) == 0xC3 && byte(2) == 0xA4) || byte(1) == 0xD1 || byte(1) == 0xD0 || byte(1) == 0xE3;
  if (!candidate) return false;
  std::size_t end = k + 1;
  while (end < s_.size() && end - k <= 19 && s_[end] != ' ') ++end;
  static constexpr std::string_view kWords[] = {
      "at",    "dot",   "arroba", "arobase", "chiocciola", "snabel-a", "małpa",  "malpa", "punkt",       "point",
      "punto", "ponto", "kropka", "piste",   "pont",       "ät",       "собака", "точка", "アットマーク"};
  for (std::string_view word : kWords) {
    if (end - k - 1 == word.size() && StartsWithWord(s_, k + 1, word)) return true;
  }
  return false;
}

bool Scanner::CleanEnd(std::size_t i) const {
  if (i >= s_.size()) return true;
  const char c = s_[i];
  // A character of Chinese, Japanese or Korean (three bytes in UTF-8) ends a token: those
  // scripts put no space after a number ("090-1234-5678です").
  if (static_cast<unsigned char>(c) >= 0xE0) return true;
  if (IsWord(c) || c == '@') return false;
  // "1.2.3" or "12-34": a separator followed by more of the same token.
  if ((c == '.' || c == '-' || c == '/' || c == ':') && IsAlnum(At(i + 1))) return false;
  return true;
}

}  // namespace copilot::pii
