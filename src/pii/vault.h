// The tokenization vault of one conversation: each distinct value gets a placeholder such as
// "<PERSON_1>" that stays the same for the whole conversation, and Unmask() puts the originals
// back. Originals are held only encrypted (XSalsa20-Poly1305 under a random per-vault key,
// libsodium secretbox); values are looked up by a keyed BLAKE2b hash, never by plaintext.
//
// A vault lives in memory. To unmask a conversation after a reload, Export() seals its contents
// with a ValueSealer (the caller's key, sealer.h) and Import() restores them into a new vault:
//
//   Result<std::string> sealed = vault.Export(sealer);      // store these bytes anywhere
//   TokenVault restored;
//   Status status = restored.Import(sealer, sealed.value());  // WRONG_KEY, INTEGRITY, ...
#ifndef COPILOT_PII_VAULT_H_
#define COPILOT_PII_VAULT_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

#include "common/status.h"
#include "pii/sealer.h"

namespace copilot::pii {

class TokenVault {
 public:
  TokenVault();
  ~TokenVault();
  TokenVault(const TokenVault&) = delete;
  TokenVault& operator=(const TokenVault&) = delete;

  // The placeholder for `value` of `type` ("<TYPE_n>", n counting from 1 per type); the same
  // value of the same type always gets the same placeholder.
  std::string Tokenize(std::string_view type, std::string_view value);
  // `text` with every placeholder this vault issued replaced by its original value. Anything
  // else, including placeholders it never issued, is left as it is.
  std::string Unmask(std::string_view text) const;
  // Everything this vault holds, sealed under the sealer's key and tenant. The bytes stay
  // unreadable without that key; the vault keeps working as before.
  Result<std::string> Export(const ValueSealer& sealer) const;
  // Replaces this vault's contents with an Export()ed one: the same placeholders stand for the
  // same values afterwards, and new values continue each type's numbering. Fails, leaving the
  // vault as it was, with WRONG_KEY (sealed under another key), INTEGRITY (altered bytes,
  // another tenant, or not an export) or UNSUPPORTED (an export format this build does not know).
  Status Import(const ValueSealer& sealer, std::string_view sealed);
  // Number of distinct values held.
  std::size_t size() const { return originals_.size(); }
  // Longest placeholder issued so far, in bytes (a streaming unmasker holds back this much).
  std::size_t longest_placeholder() const { return longest_; }

 private:
  std::string Fingerprint(std::string_view type, std::string_view value) const;
  // Holds `value` under `placeholder` (which must be new).
  void Hold(std::string_view type, std::string_view value, std::string placeholder);
  // The original behind `sealed` (an originals_ entry), appended to `out`; false if it fails.
  bool Reveal(const std::string& sealed, std::string& out) const;

  std::array<unsigned char, 32> key_{};
  std::unordered_map<std::string, std::string> placeholders_;  // fingerprint -> placeholder
  std::unordered_map<std::string, std::string> originals_;     // placeholder -> nonce + ciphertext
  std::unordered_map<std::string, std::string> types_;         // placeholder -> entity type
  std::unordered_map<std::string, int> counters_;              // type -> last number issued
  std::size_t longest_ = 0;
};

}  // namespace copilot::pii

#endif  // COPILOT_PII_VAULT_H_
