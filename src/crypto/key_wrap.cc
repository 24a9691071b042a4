#include "crypto/key_wrap.h"

#include <sodium.h>

#include "crypto/random.h"

#include <algorithm>
#include <array>
#include <utility>

namespace copilot::crypto {
namespace {

constexpr uint8_t kWrapVersion = 0x01;
constexpr uint8_t kKdfArgon2id13 = 0x01;
constexpr uint8_t kKdfWebCrypto = 0x02;
constexpr size_t kSaltOffset = 12;
constexpr size_t kNonceOffset = kSaltOffset + crypto_pwhash_SALTBYTES;
constexpr size_t kBodyOffset = kNonceOffset + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kEntryBytes = 4 + kKeyBytes;
constexpr size_t kPayloadHeadBytes = 7;

void PutU32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

uint32_t GetU32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}

bool InBounds(const Argon2Params& p) {
  return p.ops_limit >= kMinOpsLimit && p.ops_limit <= kMaxOpsLimit && p.mem_limit_kib >= kMinMemLimitKib &&
         p.mem_limit_kib <= kMaxMemLimitKib;
}

// The KEK, derived from the passphrase with the stored salt and parameters.
Result<SecretKey> DeriveKek(std::string_view passphrase, const uint8_t* salt, const Argon2Params& params) {
  SecretKey kek;
  if (crypto_pwhash(kek.mutable_data(), kKeyBytes, passphrase.data(), passphrase.size(), salt, params.ops_limit,
                    static_cast<size_t>(params.mem_limit_kib) * 1024, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status(StatusCode::kInternal, "Argon2id could not get " + std::to_string(params.mem_limit_kib) +
                                             " KiB of memory: lower memLimitKiB");
  }
  return kek;
}

// primary id, has-primary flag, count, then (id, key) per key. The caller zeroes it.
std::string EncodePayload(const Keyring& ring) {
  std::string payload;
  payload.reserve(kPayloadHeadBytes + ring.size() * kEntryBytes);
  PutU32(payload, ring.has_primary() ? ring.primary_id() : 0xFFFFFFFF);
  payload.push_back(ring.has_primary() ? 1 : 0);
  payload.push_back(static_cast<char>((ring.size() >> 8) & 0xFF));
  payload.push_back(static_cast<char>(ring.size() & 0xFF));
  for (uint32_t id : ring.ids()) {
    PutU32(payload, id);
    payload.append(reinterpret_cast<const char*>(ring.Find(id)->data()), kKeyBytes);
  }
  return payload;
}

Result<Keyring> DecodePayload(const uint8_t* p, size_t n) {
  if (n < kPayloadHeadBytes) return Status(StatusCode::kIntegrity, "the wrapped keyring's payload is truncated");
  size_t count = (size_t{p[5]} << 8) | p[6];
  if (n != kPayloadHeadBytes + count * kEntryBytes || count > Keyring::kMaxKeys) {
    return Status(StatusCode::kIntegrity, "the wrapped keyring's payload has the wrong size");
  }
  Keyring ring;
  for (size_t i = 0; i < count; ++i) {
    const uint8_t* entry = p + kPayloadHeadBytes + i * kEntryBytes;
    Result<uint32_t> id =
        ring.Add(SecretKey::FromBytes(std::string_view(reinterpret_cast<const char*>(entry + 4), kKeyBytes)));
    if (!id.ok()) return id.status();
    if (id.value() != GetU32(entry)) return Status(StatusCode::kIntegrity, "a wrapped key does not match its key id");
  }
  if (p[4] == 1) {
    Status st = ring.SetPrimary(GetU32(p));
    if (!st.ok()) return Status(StatusCode::kIntegrity, "the wrapped keyring's primary key is missing");
  } else {
    ring.ClearPrimary();  // the stored keyring had none (its primary was destroyed)
  }
  return ring;
}

}  // namespace

std::string ExportKeyringPayload(const Keyring& ring) {
  return EncodePayload(ring);
}

Result<Keyring> ImportKeyringPayload(std::string_view payload) {
  return DecodePayload(reinterpret_cast<const uint8_t*>(payload.data()), payload.size());
}

Result<Argon2Params> WrappedKeyringParams(std::string_view wrapped) {
  if (wrapped.size() < kBodyOffset + crypto_aead_xchacha20poly1305_ietf_ABYTES) {
    return Status(StatusCode::kIntegrity, "the wrapped keyring is truncated");
  }
  const auto* p = reinterpret_cast<const uint8_t*>(wrapped.data());
  if (p[0] == kWrapVersion && p[1] == kKdfWebCrypto) {
    return Status(StatusCode::kUnsupported, "this keyring is wrapped under a WebCrypto key: use unwrapKeyringWithKey");
  }
  if (p[0] != kWrapVersion || p[1] != kKdfArgon2id13) {
    return Status(StatusCode::kUnsupported,
                  "the wrapped keyring uses a format this version does not read: upgrade copilot-package");
  }
  Argon2Params params{GetU32(p + 4), GetU32(p + 8)};
  if (!InBounds(params))
    return Status(StatusCode::kIntegrity, "the wrapped keyring's Argon2id parameters are out of bounds");
  return params;
}

Result<PassphraseKeks> PassphraseKeks::Create(std::string_view passphrase) {
  if (passphrase.empty() || passphrase.size() > kMaxPassphraseBytes) {
    return Status(StatusCode::kInvalidArgument, "the passphrase must hold 1 to 4096 bytes");
  }
  PassphraseKeks keks;
  keks.passphrase_.assign(passphrase);
  return keks;
}

PassphraseKeks::~PassphraseKeks() {
  Wipe();
}

void PassphraseKeks::Wipe() {
  sodium_memzero(passphrase_.data(), passphrase_.size());
  passphrase_.clear();
  keks_.clear();  // SecretKey zeroes itself
}

Result<const SecretKey*> PassphraseKeks::KekFor(const uint8_t* salt, const Argon2Params& params) {
  if (passphrase_.empty()) return Status(StatusCode::kInvalidArgument, "this passphrase was wiped");
  for (const Kek& kek : keks_) {
    if (kek.params.ops_limit == params.ops_limit && kek.params.mem_limit_kib == params.mem_limit_kib &&
        sodium_memcmp(kek.salt.data(), salt, kek.salt.size()) == 0) {
      return &kek.key;
    }
  }
  Kek kek;
  std::copy(salt, salt + kek.salt.size(), kek.salt.begin());
  kek.params = params;
  Result<SecretKey> derived = DeriveKek(passphrase_, salt, params);
  if (!derived.ok()) return derived.status();
  kek.key = std::move(derived).value();
  keks_.push_back(std::move(kek));
  return &keks_.back().key;
}

Result<std::string> PassphraseKeks::Wrap(const Keyring& ring, const Argon2Params& params) {
  if (!InBounds(params)) {
    return Status(StatusCode::kInvalidArgument,
                  "Argon2id parameters out of bounds: opsLimit 1..32, memLimitKiB 8..1048576");
  }
  std::string out;
  out.push_back(static_cast<char>(kWrapVersion));
  out.push_back(static_cast<char>(kKdfArgon2id13));
  out.append(2, '\0');
  PutU32(out, params.ops_limit);
  PutU32(out, params.mem_limit_kib);
  out.resize(kBodyOffset);
  auto* head = reinterpret_cast<uint8_t*>(out.data());
  // The salt of a KEK already derived with these parameters, else a fresh one.
  const Kek* reuse = nullptr;
  for (const Kek& kek : keks_) {
    if (kek.params.ops_limit == params.ops_limit && kek.params.mem_limit_kib == params.mem_limit_kib) reuse = &kek;
  }
  if (reuse != nullptr) {
    std::copy(reuse->salt.begin(), reuse->salt.end(), head + kSaltOffset);
  } else {
    RandomBytes(head + kSaltOffset, crypto_pwhash_SALTBYTES);
  }
  RandomBytes(head + kNonceOffset, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  Result<const SecretKey*> kek = KekFor(head + kSaltOffset, params);
  if (!kek.ok()) return kek.status();
  std::string payload = EncodePayload(ring);
  std::string sealed(payload.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      reinterpret_cast<uint8_t*>(sealed.data()), nullptr, reinterpret_cast<const uint8_t*>(payload.data()),
      payload.size(), reinterpret_cast<const uint8_t*>(out.data()), kBodyOffset, nullptr,
      reinterpret_cast<const uint8_t*>(out.data()) + kNonceOffset, kek.value()->data());
  sodium_memzero(payload.data(), payload.size());
  return out + sealed;
}

Result<Keyring> PassphraseKeks::Unwrap(std::string_view wrapped) {
  Result<Argon2Params> params = WrappedKeyringParams(wrapped);
  if (!params.ok()) return params.status();
  const auto* p = reinterpret_cast<const uint8_t*>(wrapped.data());
  Result<const SecretKey*> kek = KekFor(p + kSaltOffset, params.value());
  if (!kek.ok()) return kek.status();
  size_t sealed = wrapped.size() - kBodyOffset;
  std::string payload(sealed - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<uint8_t*>(payload.data()), nullptr, nullptr,
                                                      p + kBodyOffset, sealed, p, kBodyOffset, p + kNonceOffset,
                                                      kek.value()->data());
  if (rc != 0) {
    return Status(StatusCode::kWrongKey,
                  "the passphrase does not open this keyring (or the wrapped keyring was altered)");
  }
  Result<Keyring> ring = DecodePayload(reinterpret_cast<const uint8_t*>(payload.data()), payload.size());
  sodium_memzero(payload.data(), payload.size());
  return ring;
}

Result<std::string> WrapKeyring(const Keyring& ring, std::string_view passphrase, const Argon2Params& params) {
  Result<PassphraseKeks> keks = PassphraseKeks::Create(passphrase);
  if (!keks.ok()) return keks.status();
  return keks.value().Wrap(ring, params);
}

Result<Keyring> UnwrapKeyring(std::string_view wrapped, std::string_view passphrase) {
  Result<Argon2Params> params = WrappedKeyringParams(wrapped);
  if (!params.ok()) return params.status();
  Result<PassphraseKeks> keks = PassphraseKeks::Create(passphrase);
  if (!keks.ok()) return keks.status();
  return keks.value().Unwrap(wrapped);
}

}  // namespace copilot::crypto
