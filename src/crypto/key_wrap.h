// Wrapping a keyring for storage under a key-encryption key (KEK) derived from a passphrase
// with Argon2id. The Argon2id parameters and salt are stored in the wrapped bytes, so they
// can be raised over time: unwrap with the stored ones, wrap again with the new ones.
//
// Wrapped keyring, version 1 (integers big-endian):
//
//   offset  size  field
//   0       1     wrap format version: 0x01
//   1       1     KEK derivation: 0x01 Argon2id v1.3 (crypto_pwhash_ALG_ARGON2ID13); 0x02 is a
//                 WebCrypto AES-256-GCM key, wrapped and unwrapped in js/ (UNSUPPORTED here)
//   2       2     reserved, zero
//   4       4     Argon2id opslimit (passes)
//   8       4     Argon2id memlimit in KiB
//   12      16    salt, random per wrap
//   28      24    nonce, random per wrap
//   52      L+16  XChaCha20-Poly1305 of the payload, associated data = bytes 0..51
//
//   payload: primary key id (4; 0xFFFFFFFF with flag byte 0 = none), has-primary flag (1),
//            key count (2), then per key: key id (4), master key (32). Zeroed after use.
//
// A wrong passphrase and a damaged wrapped keyring look the same to the AEAD: both are
// WRONG_KEY ("the passphrase does not open this keyring").
#ifndef COPILOT_CRYPTO_KEY_WRAP_H_
#define COPILOT_CRYPTO_KEY_WRAP_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "crypto/keyring.h"

namespace copilot::crypto {

struct Argon2Params {
  // Defaults are libsodium's INTERACTIVE limits: 2 passes over 64 MiB.
  uint32_t ops_limit = 2;
  uint32_t mem_limit_kib = 64 * 1024;
};

// Accepted bounds, when wrapping and when reading stored parameters (a hostile blob must not
// make the core allocate gigabytes): ops 1..32, memory 8 KiB..1 GiB.
inline constexpr uint32_t kMinOpsLimit = 1;
inline constexpr uint32_t kMaxOpsLimit = 32;
inline constexpr uint32_t kMinMemLimitKib = 8;
inline constexpr uint32_t kMaxMemLimitKib = 1024 * 1024;
inline constexpr size_t kMaxPassphraseBytes = 4096;

// Wraps every key of `ring` (and which is primary) under `passphrase`. INVALID_ARGUMENT for
// an empty or over-long passphrase or parameters out of bounds; INTERNAL when Argon2id cannot
// get its memory.
Result<std::string> WrapKeyring(const Keyring& ring, std::string_view passphrase, const Argon2Params& params);

// The inverse. WRONG_KEY for a wrong passphrase or altered bytes; UNSUPPORTED for an unknown
// wrap version or KEK derivation; INTEGRITY for a truncated blob or stored parameters out of
// bounds.
Result<Keyring> UnwrapKeyring(std::string_view wrapped, std::string_view passphrase);

// A passphrase held for one unlock, with every KEK derived from it so far (one per salt and
// parameters). Several keyrings wrapped under the same passphrase then cost one Argon2id run:
// Unwrap derives only for a salt it has not seen, and Wrap reuses the salt (and so the KEK)
// of a KEK already derived with the same parameters. The format is the one above, so each
// wrapped keyring still opens alone with UnwrapKeyring. Fails as WrapKeyring / UnwrapKeyring
// do; INVALID_ARGUMENT after Wipe. Movable, not copyable; zeroes the passphrase and KEKs when destroyed.
class PassphraseKeks {
 public:
  static Result<PassphraseKeks> Create(std::string_view passphrase);
  ~PassphraseKeks();
  PassphraseKeks(PassphraseKeks&&) noexcept = default;
  PassphraseKeks& operator=(PassphraseKeks&&) noexcept = default;
  PassphraseKeks(const PassphraseKeks&) = delete;
  PassphraseKeks& operator=(const PassphraseKeks&) = delete;

  Result<std::string> Wrap(const Keyring& ring, const Argon2Params& params);
  Result<Keyring> Unwrap(std::string_view wrapped);
  // How many Argon2id derivations ran so far.
  size_t derivations() const { return keks_.size(); }
  void Wipe();

 private:
  PassphraseKeks() = default;
  struct Kek {
    std::array<uint8_t, 16> salt{};
    Argon2Params params;
    SecretKey key;
  };
  Result<const SecretKey*> KekFor(const uint8_t* salt, const Argon2Params& params);

  std::string passphrase_;
  std::vector<Kek> keks_;
};

// The keyring's plaintext payload (the layout above), for wrapping under a key-encryption key
// that lives outside the core: a non-extractable WebCrypto key (js/crypto/webcrypto-kek.js,
// KEK derivation id 0x02). Secret: the caller zeroes it after use.
std::string ExportKeyringPayload(const Keyring& ring);
// The inverse; INTEGRITY for malformed bytes.
Result<Keyring> ImportKeyringPayload(std::string_view payload);

// The parameters a wrapped keyring was made with (to decide whether to re-wrap), without the
// passphrase. Fails as UnwrapKeyring does on malformed bytes.
Result<Argon2Params> WrappedKeyringParams(std::string_view wrapped);

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_KEY_WRAP_H_
