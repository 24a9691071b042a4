#include "memory/record_sealer.h"

#include <sodium.h>

#include <cstring>

namespace copilot::memory {
namespace {

constexpr std::uint8_t kVersion = 1;
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == 24, "header layout assumes a 24-byte nonce");
static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == 16, "overhead assumes a 16-byte tag");

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}
unsigned char* Bytes(std::string& s) {
  return reinterpret_cast<unsigned char*>(s.data());
}

Status CheckKey(std::string_view key) {
  if (key.size() != kKeyBytes) return Status(StatusCode::kInvalidArgument, "a memory key must be 32 bytes");
  return Status::Ok();
}

// The authenticated data: the header followed by the caller's associated data.
std::string AssociatedData(std::string_view header, std::string_view aad) {
  std::string out;
  out.reserve(header.size() + aad.size());
  out.append(header.substr(0, 6));
  out.append(aad);
  return out;
}

}  // namespace

Result<std::string> SealRecord(std::string_view key, std::uint32_t key_id, std::uint8_t flags, std::string_view aad,
                               std::string_view plaintext) {
  std::string nonce(kNonceBytes, '\0');
  randombytes_buf(nonce.data(), nonce.size());
  return SealRecordWithNonce(key, key_id, flags, aad, plaintext, nonce);
}

Result<std::string> SealRecordWithNonce(std::string_view key, std::uint32_t key_id, std::uint8_t flags,
                                        std::string_view aad, std::string_view plaintext, std::string_view nonce) {
  if (Status s = CheckKey(key); !s.ok()) return s;
  if (nonce.size() != kNonceBytes) return Status(StatusCode::kInvalidArgument, "a record nonce must be 24 bytes");
  std::string out(kSealOverhead + plaintext.size(), '\0');
  out[0] = static_cast<char>(kVersion);
  out[1] = static_cast<char>(flags);
  for (int i = 0; i < 4; ++i) out[2 + i] = static_cast<char>((key_id >> (8 * i)) & 0xff);
  out.replace(6, kNonceBytes, nonce);
  const std::string ad = AssociatedData(out, aad);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(Bytes(out) + kSealHeaderBytes, &written, Bytes(plaintext),
                                             plaintext.size(), Bytes(ad), ad.size(), nullptr, Bytes(nonce), Bytes(key));
  return out;
}

std::string NonceStream(std::size_t count) {
  unsigned char seed[randombytes_SEEDBYTES];
  randombytes_buf(seed, sizeof seed);
  std::string out(count * kNonceBytes, '\0');
  randombytes_buf_deterministic(out.data(), out.size(), seed);
  sodium_memzero(seed, sizeof seed);
  return out;
}

Result<std::uint32_t> SealedKeyId(std::string_view sealed) {
  if (sealed.size() < kSealOverhead) return Status(StatusCode::kIntegrity, "the stored record is truncated");
  std::uint32_t id = 0;
  for (int i = 0; i < 4; ++i) id |= static_cast<std::uint32_t>(static_cast<unsigned char>(sealed[2 + i])) << (8 * i);
  return id;
}

Result<OpenedRecord> OpenRecord(std::string_view key, std::string_view aad, std::string_view sealed) {
  if (Status s = CheckKey(key); !s.ok()) return s;
  Result<std::uint32_t> key_id = SealedKeyId(sealed);
  if (!key_id.ok()) return key_id.status();
  if (static_cast<std::uint8_t>(sealed[0]) != kVersion) {
    return Status(StatusCode::kUnsupported, "the stored record has an envelope version this build does not know");
  }
  OpenedRecord opened;
  opened.flags = static_cast<std::uint8_t>(sealed[1]);
  opened.key_id = key_id.value();
  opened.plaintext.assign(sealed.size() - kSealOverhead, '\0');
  const std::string ad = AssociatedData(sealed, aad);
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(Bytes(opened.plaintext), &written, nullptr,
                                                 Bytes(sealed) + kSealHeaderBytes, sealed.size() - kSealHeaderBytes,
                                                 Bytes(ad), ad.size(), Bytes(sealed) + 6, Bytes(key)) != 0) {
    return Status(StatusCode::kIntegrity, "the stored record failed authentication: it was altered or moved");
  }
  return opened;
}

Result<std::string> StorageId(std::string_view key, std::string_view label) {
  if (Status s = CheckKey(key); !s.ok()) return s;
  unsigned char digest[kStorageIdBytes];
  crypto_generichash(digest, sizeof digest, Bytes(label), label.size(), Bytes(key), key.size());
  std::string hex(2 * sizeof digest + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), digest, sizeof digest);
  hex.pop_back();
  return hex;
}

Result<std::string> DeriveSubkey(std::string_view key, std::string_view label) {
  if (Status s = CheckKey(key); !s.ok()) return s;
  std::string out(kKeyBytes, '\0');
  crypto_generichash(Bytes(out), out.size(), Bytes(label), label.size(), Bytes(key), key.size());
  return out;
}

Result<std::string> PassphraseKey(std::string_view passphrase, std::string_view salt, std::uint64_t ops_limit,
                                  std::size_t mem_limit) {
  if (salt.size() != kSaltBytes) return Status(StatusCode::kInvalidArgument, "the passphrase salt must be 16 bytes");
  if (ops_limit < crypto_pwhash_OPSLIMIT_MIN || mem_limit < crypto_pwhash_MEMLIMIT_MIN) {
    return Status(StatusCode::kInvalidArgument, "Argon2id limits are below libsodium's minimums");
  }
  std::string out(kKeyBytes, '\0');
  if (crypto_pwhash(Bytes(out), out.size(), passphrase.data(), passphrase.size(), Bytes(salt), ops_limit, mem_limit,
                    crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status(StatusCode::kInternal, "Argon2id could not get its memory");
  }
  return out;
}

}  // namespace copilot::memory
