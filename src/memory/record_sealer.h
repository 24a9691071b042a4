// Sealing memory records for storage at rest: XChaCha20-Poly1305 (libsodium) with a small
// versioned header, keyed BLAKE2b storage ids, and the key derivations of the scope key
// hierarchy. Everything here works on bytes; js/ decides what the bytes are.
//
// A sealed record is
//   version (1 byte, = 1) | flags (1) | key id (4, little-endian) | nonce (24) | ciphertext + tag (16)
// so it is kSealOverhead bytes longer than its plaintext. The header is authenticated along
// with the caller's associated data (`aad`), which names where the record lives (tenant,
// scope, owner, storage id): a record copied to another place fails to open.
//
//   Result<std::string> sealed = SealRecord(key, /*key_id=*/1, /*flags=*/0, aad, plaintext);
//   Result<OpenedRecord> opened = OpenRecord(key, aad, sealed.value());
//   // kIntegrity: altered bytes, another place's record, or the wrong key.
//
// Keys are 32 bytes (kKeyBytes); a key of another length is kInvalidArgument.
#ifndef COPILOT_MEMORY_RECORD_SEALER_H_
#define COPILOT_MEMORY_RECORD_SEALER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"

namespace copilot::memory {

inline constexpr std::size_t kKeyBytes = 32;
inline constexpr std::size_t kSealHeaderBytes = 1 + 1 + 4 + 24;
inline constexpr std::size_t kSealOverhead = kSealHeaderBytes + 16;
inline constexpr std::size_t kStorageIdBytes = 16;
inline constexpr std::size_t kSaltBytes = 16;
inline constexpr std::size_t kNonceBytes = 24;

struct OpenedRecord {
  std::uint8_t flags = 0;
  std::uint32_t key_id = 0;
  std::string plaintext;
};

// Encrypts `plaintext` under `key` with a fresh random nonce.
Result<std::string> SealRecord(std::string_view key, std::uint32_t key_id, std::uint8_t flags, std::string_view aad,
                               std::string_view plaintext);

// Decrypts a sealed record. kUnsupported for an unknown version, kIntegrity when the bytes,
// the associated data or the key do not match.
Result<OpenedRecord> OpenRecord(std::string_view key, std::string_view aad, std::string_view sealed);

// The same with a caller-supplied nonce of kNonceBytes (kInvalidArgument otherwise). Only for
// nonces drawn from a CSPRNG, such as NonceStream: a repeated nonce under one key breaks the
// cipher.
Result<std::string> SealRecordWithNonce(std::string_view key, std::uint32_t key_id, std::uint8_t flags,
                                        std::string_view aad, std::string_view plaintext, std::string_view nonce);

// Random nonces for a batch: a ChaCha20 stream (randombytes_buf_deterministic) under a fresh
// 32-byte seed from the system CSPRNG. In wasm the system CSPRNG is a JavaScript call per 4
// bytes; this makes a batch's nonces cost one seed instead of six calls per record.
std::string NonceStream(std::size_t count);

// The key id written in a sealed record's header, without opening it (kIntegrity if short).
Result<std::uint32_t> SealedKeyId(std::string_view sealed);

// A storage id: keyed BLAKE2b-128 of `label` under `key`, as 32 lower-case hex digits.
// Equal labels give equal ids under one key; without the key an id reveals nothing.
Result<std::string> StorageId(std::string_view key, std::string_view label);

// A subkey for `label` (e.g. "user:alice"): keyed BLAKE2b-256 of the label under `key`.
Result<std::string> DeriveSubkey(std::string_view key, std::string_view label);

// A 32-byte key from a passphrase with Argon2id (libsodium's crypto_pwhash), `salt` being
// kSaltBytes random bytes stored next to the data. `ops_limit`/`mem_limit` below
// libsodium's minimums are kInvalidArgument; kInternal if the memory cannot be had.
Result<std::string> PassphraseKey(std::string_view passphrase, std::string_view salt, std::uint64_t ops_limit,
                                  std::size_t mem_limit);

}  // namespace copilot::memory

#endif  // COPILOT_MEMORY_RECORD_SEALER_H_
