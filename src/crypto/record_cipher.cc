#include "crypto/record_cipher.h"

#include <sodium.h>

#include "crypto/random.h"

#include <map>
#include <utility>

#include "crypto/envelope.h"

namespace copilot::crypto {
namespace {

constexpr Algorithm kXChaCha = Algorithm::kXChaCha20Poly1305;
constexpr size_t kXNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == kTagBytes, "tag size");
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeyBytes, "key size");

const uint8_t* U8(std::string_view s) {
  return reinterpret_cast<const uint8_t*>(s.data());
}

// Record keys derived during one call, per key id, zeroed when the call ends.
class KeyCache {
 public:
  KeyCache(const Keyring& ring, Scope scope) : ring_(ring), scope_(scope) {}
  const SecretKey* Get(uint32_t key_id) {
    auto it = keys_.find(key_id);
    if (it != keys_.end()) return &it->second;
    const SecretKey* master = ring_.Find(key_id);
    if (master == nullptr) return nullptr;
    return &keys_.emplace(key_id, DeriveRecordKey(*master, scope_, kXChaCha)).first->second;
  }

 private:
  const Keyring& ring_;
  Scope scope_;
  std::map<uint32_t, SecretKey> keys_;
};

Status MissingKey(uint32_t key_id) {
  return Status(StatusCode::kWrongKey, "the record was sealed with key " + std::to_string(key_id) +
                                           ", which this keyring does not hold: a different passphrase or master "
                                           "key, or the key was destroyed");
}

// Writes header || nonce || ciphertext || tag for one record at `out`.
void SealInto(uint8_t* out, const std::string& header, const std::string& context, const SecretKey& key,
              std::string_view plaintext, std::string_view record_ad, std::string& ad) {
  std::copy(header.begin(), header.end(), out);
  RandomBytes(out + kHeaderBytes, kXNonce);
  ad.assign(header).append(context).append(record_ad);
  crypto_aead_xchacha20poly1305_ietf_encrypt(out + kHeaderBytes + kXNonce, nullptr, U8(plaintext), plaintext.size(),
                                             U8(ad), ad.size(), nullptr, out + kHeaderBytes, key.data());
}

PackedView One(std::string_view record) {
  return PackedView(record, {0, static_cast<uint32_t>(record.size())});
}

}  // namespace

void PackedRecords::Append(std::string_view record) {
  data.append(record);
  offsets.push_back(static_cast<uint32_t>(data.size()));
}

Status PackedView::Validate() const {
  if (offsets.empty() || offsets.front() != 0 || offsets.back() != data.size()) {
    return Status(StatusCode::kInvalidArgument, "batch offsets must start at 0 and end at the data size");
  }
  for (size_t i = 1; i < offsets.size(); ++i) {
    if (offsets[i] < offsets[i - 1]) return Status(StatusCode::kInvalidArgument, "batch offsets must not decrease");
  }
  return Status::Ok();
}

RecordCipher::RecordCipher(std::shared_ptr<const Keyring> ring, RecordContext context)
    : ring_(std::move(ring)), context_(std::move(context)), encoded_context_(context_.Encode()) {}

Result<RecordCipher> RecordCipher::Create(std::shared_ptr<const Keyring> ring, RecordContext context) {
  if (!ring) return Status(StatusCode::kInvalidArgument, "a record cipher needs a keyring");
  Status valid = context.Validate();
  if (!valid.ok()) return valid;
  return RecordCipher(std::move(ring), std::move(context));
}

Result<SecretKey> RecordCipher::RecordKey(uint32_t key_id, Algorithm algorithm) const {
  const SecretKey* master = ring_->Find(key_id);
  if (master == nullptr) return MissingKey(key_id);
  return DeriveRecordKey(*master, context_.scope, algorithm);
}

Result<std::string> RecordCipher::Seal(std::string_view plaintext, std::string_view record_ad) const {
  Result<PackedRecords> sealed = SealBatch(One(plaintext), One(record_ad));
  if (!sealed.ok()) return sealed.status();
  return std::move(sealed.value().data);
}

Result<std::string> RecordCipher::Open(std::string_view envelope, std::string_view record_ad) const {
  Result<BatchResult> opened = OpenBatch(One(envelope), One(record_ad));
  if (!opened.ok()) return opened.status();
  if (opened.value().codes[0] != StatusCode::kOk) return Status(opened.value().codes[0], opened.value().messages[0]);
  return std::move(opened.value().records.data);
}

Result<std::vector<uint32_t>> RecordCipher::SealedLayout(const PackedView& plaintexts, const PackedView& ads) const {
  Status valid = plaintexts.Validate();
  if (valid.ok() && ads.size() != 0 && ads.size() != plaintexts.size()) {
    valid = Status(StatusCode::kInvalidArgument, "give one associated data per record, or none");
  }
  if (valid.ok()) valid = ads.Validate();
  if (!valid.ok()) return valid;
  if (!ring_->has_primary()) return Status(StatusCode::kWrongKey, "the keyring has no primary key to seal with");
  const size_t overhead = EnvelopeOverhead(kXChaCha);
  const size_t n = plaintexts.size();
  if (plaintexts.data.size() + n * overhead > UINT32_MAX) {
    return Status(StatusCode::kTooLarge, "a batch's envelopes must fit in 4 GiB: split it");
  }
  std::vector<uint32_t> layout(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    if (plaintexts.at(i).size() > kMaxPlaintextBytes)
      return Status(StatusCode::kTooLarge, "a record is larger than 1 GiB");
    layout[i + 1] = static_cast<uint32_t>(plaintexts.offsets[i + 1] + (i + 1) * overhead);
  }
  return layout;
}

Status RecordCipher::SealBatchInto(const PackedView& plaintexts, const PackedView& ads,
                                   const std::vector<uint32_t>& layout, uint8_t* out) const {
  if (!ring_->has_primary()) return Status(StatusCode::kWrongKey, "the keyring has no primary key to seal with");
  Result<SecretKey> key = RecordKey(ring_->primary_id(), kXChaCha);
  if (!key.ok()) return key.status();
  const std::string header = EncodeHeader({kEnvelopeVersion, kXChaCha, ring_->primary_id()});
  std::string ad;
  for (size_t i = 0; i < plaintexts.size(); ++i) {
    SealInto(out + layout[i], header, encoded_context_, key.value(), plaintexts.at(i),
             ads.size() == 0 ? std::string_view() : ads.at(i), ad);
  }
  return Status::Ok();
}

Result<PackedRecords> RecordCipher::SealBatch(const PackedView& plaintexts, const PackedView& ads) const {
  Result<std::vector<uint32_t>> layout = SealedLayout(plaintexts, ads);
  if (!layout.ok()) return layout.status();
  PackedRecords out;
  out.data.resize(layout.value().back());
  out.offsets = std::move(layout).value();
  Status sealed = SealBatchInto(plaintexts, ads, out.offsets, reinterpret_cast<uint8_t*>(out.data.data()));
  if (!sealed.ok()) return sealed;
  return out;
}

Result<BatchResult> RecordCipher::OpenBatch(const PackedView& envelopes, const PackedView& ads) const {
  Status valid = envelopes.Validate();
  if (valid.ok() && ads.size() != 0 && ads.size() != envelopes.size()) {
    valid = Status(StatusCode::kInvalidArgument, "give one associated data per record, or none");
  }
  if (valid.ok()) valid = ads.Validate();
  if (!valid.ok()) return valid;
  const size_t n = envelopes.size();
  BatchResult result;
  result.codes.assign(n, StatusCode::kOk);
  result.algorithms.assign(n, 0);
  result.key_ids.assign(n, 0);
  result.messages.assign(n, std::string());
  result.records.data.resize(envelopes.data.size());  // plaintexts are shorter than their envelopes
  result.records.offsets.assign(n + 1, 0);
  KeyCache keys(*ring_, context_.scope);
  std::string ad;
  uint32_t written = 0;
  auto fail = [&](size_t i, const Status& status) {
    result.codes[i] = status.code();
    result.messages[i] = "record " + std::to_string(i) + ": " + status.message();
  };
  for (size_t i = 0; i < n; ++i) {
    result.records.offsets[i] = written;
    Result<EnvelopeView> view = ParseEnvelope(envelopes.at(i));
    if (!view.ok()) {
      fail(i, view.status());
      continue;
    }
    const EnvelopeView& env = view.value();
    result.algorithms[i] = static_cast<uint8_t>(env.header.algorithm);
    result.key_ids[i] = env.header.key_id;
    const SecretKey* key = keys.Get(env.header.key_id);
    if (key == nullptr) {
      fail(i, MissingKey(env.header.key_id));
      continue;
    }
    if (env.header.algorithm != kXChaCha) {
      fail(i, Status(StatusCode::kUnsupported, "an AES-256-GCM record opens through WebCrypto (js/), not in wasm"));
      continue;
    }
    ad.assign(env.header_bytes).append(encoded_context_).append(ads.size() == 0 ? std::string_view() : ads.at(i));
    auto* out = reinterpret_cast<uint8_t*>(result.records.data.data()) + written;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(out, nullptr, U8(env.ciphertext), env.ciphertext.size(),
                                                            U8(env.tag), U8(ad), ad.size(), U8(env.nonce),
                                                            key->data()) != 0) {
      sodium_memzero(out, env.ciphertext.size());
      fail(i, Status(StatusCode::kIntegrity,
                     "the record does not authenticate: it was altered, or is opened with "
                     "another tenant, scope, owner or associated data"));
      continue;
    }
    written += static_cast<uint32_t>(env.ciphertext.size());
  }
  result.records.offsets[n] = written;
  result.records.data.resize(written);
  return result;
}

}  // namespace copilot::crypto
