// The built-in recognizers: one left-to-right pass over normalised text that, at each word
// start, tries the recognizers that can begin with that character. Internal to src/pii/.
#ifndef COPILOT_PII_SCANNER_H_
#define COPILOT_PII_SCANNER_H_

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "pii/pii.h"

namespace copilot::pii {

struct DigitRun;
struct Reading;

// Character classes of the scanner, one table lookup each.
enum CharClass : unsigned char {
  kDigit = 1,
  kUpper = 2,
  kLower = 4,
  kWordPunct = 8,   // '_'
  kLocalPart = 16,  // characters allowed in an e-mail local part besides letters and digits
  kUrlChar = 32,
  kBase64 = 64,   // + / = _ -
  kJoiner = 128,  // @ . - _ : / ' + % = : what can join a word to more of an entity
};
extern const std::array<unsigned char, 256> kCharClass;

inline bool IsDigit(char c) {
  return (kCharClass[static_cast<unsigned char>(c)] & kDigit) != 0;
}
inline bool IsUpper(char c) {
  return (kCharClass[static_cast<unsigned char>(c)] & kUpper) != 0;
}
inline bool IsLower(char c) {
  return (kCharClass[static_cast<unsigned char>(c)] & kLower) != 0;
}
inline bool IsAlpha(char c) {
  return (kCharClass[static_cast<unsigned char>(c)] & (kUpper | kLower)) != 0;
}
inline bool IsAlnum(char c) {
  return (kCharClass[static_cast<unsigned char>(c)] & (kDigit | kUpper | kLower)) != 0;
}
inline bool IsWord(char c) {
  return (kCharClass[static_cast<unsigned char>(c)] & (kDigit | kUpper | kLower | kWordPunct)) != 0 ||
         static_cast<unsigned char>(c) >= 0x80;
}
inline bool IsHex(char c) {
  return IsDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
inline char Lower(char c) {
  return IsUpper(c) ? static_cast<char>(c | 0x20) : c;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text, std::vector<Entity>& out) : s_(text), out_(out) {}

  // Runs every built-in recognizer over the text, appending candidates (possibly overlapping).
  void Run();

 private:
  // Each Try* looks for its entity starting at `i` and returns the end of what it emitted, or
  // 0 when nothing matched.
  std::size_t TryEmail(std::size_t i);
  std::size_t TryUrl(std::size_t i);
  std::size_t TryPem(std::size_t i);
  std::size_t TryHexColon(std::size_t i);
  std::size_t TryPrefixedToken(std::size_t i);
  std::size_t TryIban(std::size_t i);
  std::size_t TryNino(std::size_t i);
  std::size_t TryCrypto(std::size_t i);
  std::size_t TryHighEntropy(std::size_t i);
  std::size_t TryNumber(std::size_t i);
  std::size_t TryAddress(std::size_t i);
  std::size_t TryWords(std::size_t i);
  std::size_t TryMonthDate(std::size_t i);
  // `end` extended over a phone extension (" x123", " ext. 45").
  std::size_t PhoneExtensionEnd(std::size_t end) const;
  // How sure the first k groups of `r` are a phone number, 0 when they cannot be one (scan_phone.cc).
  float PhoneScore(const DigitRun& r, int k) const;
  // The national identifier the first k groups of `r` are, if any (scan_ids.cc).
  Reading DigitIdReading(const DigitRun& r, int k) const;
  // Identifiers starting with letters (IT fiscal code, PAN, NIE, NRIC ...) or ending with one (NIF,
  // HETU, Chinese ID with X), and those a cue word must introduce (passports, driving licences).
  std::size_t TryLetterId(std::size_t i);
  std::size_t TryDigitLetterId(std::size_t i);
  std::size_t TryCuedId(std::size_t i);
  // Card numbers with any separators, odd grouping or a line break inside (scan_cards.cc).
  std::size_t TryCard(std::size_t i);
  // Secrets in context (scan_secrets.cc): URLs and DSNs with a password, key=value and key: value
  // lines whose key names a secret, "password is ..." phrases from `word_end` (the cue word's
  // end), and Authorization schemes ("Bearer ...") from the scheme word's end.
  std::size_t TryCredentialUrl(std::size_t i);
  // E-mail addresses with letters of other scripts, and written-out ones ("jane at corp dot com")
  // (scan_email_forms.cc).
  std::size_t TryUnicodeEmail(std::size_t i);
  std::size_t TryWrittenEmail(std::size_t i);
  // A secret's cue word at `i` (ending at `word_end` for ASCII words): dispatches to the three below.
  std::size_t TrySecretCue(std::size_t i, std::size_t word_end);
  std::size_t TrySecretAssignment(std::size_t i);
  std::size_t TrySecretPhrase(std::size_t word_end);
  std::size_t TryAuthorization(std::size_t i, std::size_t word_end);
  // End of a secret value from `begin`: up to `quote` when it is not 0 (0 when it never closes),
  // else up to a space, ';', '&', ',' or quote; `prose` also leaves out a sentence's final stop.
  std::size_t SecretValueEnd(std::size_t begin, char quote, bool prose) const;

  // Appends a candidate with `base` raised by context words of `type` near `begin`.
  void Emit(int type, std::size_t begin, std::size_t end, float base);
  // True when one of `type`'s context words appears within a short window before `begin`.
  bool HasContext(int type, std::size_t begin) const;
  // End of the run of ASCII lower-case letters from `i`.
  std::size_t LowerRunEnd(std::size_t i) const;
  // End of the run of characters whose class has any bit of `mask`, from `i`.
  std::size_t RunOf(std::size_t i, unsigned char mask) const;
  // True when what follows a word ending at `k` could be a written "@" or "." (" at ", "[at]",
  // " dot ", " arroba " ...): a cheap test before TryWrittenEmail.
  bool MaybeWrittenEmail(std::size_t k) const;
  // True when `i` ends a token: end of text, or a character that cannot continue one.
  bool CleanEnd(std::size_t i) const;
  // True when the word right before `i` (skipping spaces and ":=#") is one of `words` (lower case).
  bool PreviousWordIs(std::size_t i, std::initializer_list<std::string_view> words) const;
  char At(std::size_t i) const { return i < s_.size() ? s_[i] : '\0'; }

  std::string_view s_;
  std::vector<Entity>& out_;
};

// Case-insensitive: does `s` at `i` start with the lower-case `word`?
bool StartsWithWord(std::string_view s, std::size_t i, std::string_view word);

}  // namespace copilot::pii

#endif  // COPILOT_PII_SCANNER_H_
