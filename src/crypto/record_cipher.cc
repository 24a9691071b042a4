#include "crypto/record_cipher.h"

#include <sodium.h>

#include "crypto/random.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <utility>

#include "crypto/envelope.h"

namespace copilot::crypto {
namespace {

constexpr Algorithm kXChaCha = Algorithm::kXChaCha20Poly1305;
constexpr size_t kXNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;

static_assert(crypto_aead_xchacha20poly1305_ietf_ABYTES == kTagBytes, "tag size");
static_assert(crypto_aead_xchacha20poly1305_ietf_KEYBYTES == kKeyBytes, "key size");
static_assert(RecordCipher::kInPlacePlaintextAt == kHeaderBytes + kXNonce, "in-place plaintexts start at the body");

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

Status RecordCipher::SealBatchInPlace(const PackedView& plaintexts, const PackedView& ads,
                                      const std::vector<uint32_t>& layout, uint8_t* buffer) const {
  const size_t n = plaintexts.size();
  if (n != 0 && U8(plaintexts.data) != buffer + kInPlacePlaintextAt) {
    return Status(StatusCode::kInvalidArgument, "in-place sealing needs the plaintexts at kInPlacePlaintextAt");
  }
  if (!ring_->has_primary()) return Status(StatusCode::kWrongKey, "the keyring has no primary key to seal with");
  Result<SecretKey> key = RecordKey(ring_->primary_id(), kXChaCha);
  if (!key.ok()) return key.status();
  const std::string header = EncodeHeader({kEnvelopeVersion, kXChaCha, ring_->primary_id()});
  std::string ad;
  // Last record first: envelope i ends at or before where plaintext i + 1 began, and starts
  // after plaintext i - 1 ended (i >= 1: every envelope is 56 bytes longer than its
  // plaintext), so no plaintext is overwritten before it is sealed. Record 0 never moves.
  for (size_t i = n; i-- > 0;) {
    uint8_t* envelope = buffer + layout[i];
    uint8_t* body = envelope + kHeaderBytes + kXNonce;
    const std::string_view plaintext = plaintexts.at(i);
    std::memmove(body, plaintext.data(), plaintext.size());
    std::copy(header.begin(), header.end(), envelope);
    RandomBytes(envelope + kHeaderBytes, kXNonce);
    ad.assign(header).append(encoded_context_).append(ads.size() == 0 ? std::string_view() : ads.at(i));
    crypto_aead_xchacha20poly1305_ietf_encrypt(body, nullptr, body, plaintext.size(), U8(ad), ad.size(), nullptr,
                                               envelope + kHeaderBytes, key.value().data());
  }
  return Status::Ok();
}

Result<PackedRecords> RecordCipher::SealBatch(const PackedView& plaintexts, const PackedView& ads) const {
  Status valid = plaintexts.Validate();
  if (!valid.ok()) return valid;
  PackedRecords out;
  out.data.resize(kInPlacePlaintextAt + plaintexts.data.size());
  out.data.replace(kInPlacePlaintextAt, plaintexts.data.size(), plaintexts.data);
  PackedView in_place(std::string_view(out.data).substr(kInPlacePlaintextAt), plaintexts.offsets);
  Result<std::vector<uint32_t>> layout = SealedLayout(in_place, ads);
  Status sealed = layout.ok() ? Status::Ok() : layout.status();
  if (sealed.ok() && plaintexts.size() != 0) {
    out.data.resize(layout.value().back());  // never shorter: every envelope adds 56 bytes
    in_place.data = std::string_view(out.data).substr(kInPlacePlaintextAt, plaintexts.data.size());
    sealed = SealBatchInPlace(in_place, ads, layout.value(), reinterpret_cast<uint8_t*>(out.data.data()));
  }
  if (!sealed.ok()) {
    sodium_memzero(out.data.data(), out.data.size());
    return sealed;
  }
  out.offsets = std::move(layout).value();
  out.data.resize(out.offsets.back());
  return out;
}

Result<BatchResult> RecordCipher::OpenBatch(const PackedView& envelopes, const PackedView& ads) const {
  std::string buffer(envelopes.data);
  PackedView in_place(buffer, envelopes.offsets);
  Result<BatchResult> opened = OpenBatchInPlace(in_place, ads, reinterpret_cast<uint8_t*>(buffer.data()));
  if (opened.ok() && opened.value().records.offsets.back() != 0) {
    PackedRecords& records = opened.value().records;
    records.data.assign(buffer, kInPlacePlaintextAt, records.offsets.back());
  }
  sodium_memzero(buffer.data(), buffer.size());
  return opened;
}

Result<BatchResult> RecordCipher::OpenBatchInPlace(const PackedView& envelopes, const PackedView& ads,
                                                   uint8_t* buffer) const {
  Status valid = envelopes.Validate();
  if (valid.ok() && ads.size() != 0 && ads.size() != envelopes.size()) {
    valid = Status(StatusCode::kInvalidArgument, "give one associated data per record, or none");
  }
  if (valid.ok()) valid = ads.Validate();
  if (valid.ok() && envelopes.size() != 0 && U8(envelopes.data) != buffer) {
    valid = Status(StatusCode::kInvalidArgument, "in-place opening needs the envelopes at the start of the buffer");
  }
  if (!valid.ok()) return valid;
  const size_t n = envelopes.size();
  BatchResult result;
  result.codes.assign(n, StatusCode::kOk);
  result.algorithms.assign(n, 0);
  result.key_ids.assign(n, 0);
  result.messages.assign(n, std::string());
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
    // The ciphertext lies inside `buffer`, which this call may overwrite.
    uint8_t* body = buffer + (U8(env.ciphertext) - buffer);
    // libsodium checks the tag before it writes anything: a failure leaves the bytes as they were.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(body, nullptr, body, env.ciphertext.size(), U8(env.tag),
                                                            U8(ad), ad.size(), U8(env.nonce), key->data()) != 0) {
      fail(i, Status(StatusCode::kIntegrity,
                     "the record does not authenticate: it was altered, or is opened with "
                     "another tenant, scope, owner or associated data"));
      continue;
    }
    // Packed leftwards: every earlier envelope is longer than its plaintext, so the target
    // never passes the ciphertext's own start (and record 0 stays where it is).
    std::memmove(buffer + kInPlacePlaintextAt + written, body, env.ciphertext.size());
    written += static_cast<uint32_t>(env.ciphertext.size());
  }
  result.records.offsets[n] = written;
  return result;
}

}  // namespace copilot::crypto
