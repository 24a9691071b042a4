// RecordCipher: seals and opens records of one context (tenant, scope, owner) with the keys
// of a keyring, many at once. New records use the keyring's primary key; opening picks the
// key by the envelope's key id, so records sealed before a rotation stay readable.
//
//   auto ring = std::make_shared<Keyring>();
//   ring->Add(GenerateMasterKey());
//   RecordCipher cipher(ring, {"acme", Scope::kUser, "alice"});
//   Result<std::string> env = cipher.Seal(plaintext, "record-key");
//   Result<std::string> back = cipher.Open(env.value(), "record-key");
//
// Errors of Open: INTEGRITY (altered envelope, wrong context or associated data),
// WRONG_KEY (no key in the keyring has the envelope's key id: another master key or
// passphrase, or a destroyed key), UNSUPPORTED (a newer format, or an AES-256-GCM envelope,
// which only js/ opens through WebCrypto). Seal fails with WRONG_KEY without a primary key,
// TOO_LARGE beyond kMaxPlaintextBytes.
#ifndef COPILOT_CRYPTO_RECORD_CIPHER_H_
#define COPILOT_CRYPTO_RECORD_CIPHER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"
#include "crypto/keyring.h"
#include "crypto/record_context.h"

namespace copilot::crypto {

// Many records in one buffer: record i is data[offsets[i], offsets[i + 1]). offsets has one
// more entry than there are records, starts at 0 and never decreases. This is how batches
// cross the wasm boundary (one copy each way, whatever the count).
struct PackedRecords {
  std::string data;
  std::vector<uint32_t> offsets{0};

  size_t size() const { return offsets.size() - 1; }
  std::string_view at(size_t i) const { return std::string_view(data).substr(offsets[i], offsets[i + 1] - offsets[i]); }
  void Append(std::string_view record);
};

// The same layout over bytes someone else owns: what the batch calls read.
struct PackedView {
  std::string_view data;
  std::vector<uint32_t> offsets{0};

  PackedView() = default;
  PackedView(std::string_view bytes, std::vector<uint32_t> record_offsets)
      : data(bytes), offsets(std::move(record_offsets)) {}
  PackedView(const PackedRecords& records)  // NOLINT(google-explicit-constructor)
      : data(records.data), offsets(records.offsets) {}

  size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::string_view at(size_t i) const { return data.substr(offsets[i], offsets[i + 1] - offsets[i]); }
  // INVALID_ARGUMENT unless offsets are as described above and inside data.
  Status Validate() const;
};

// Per-record outcome of a batch: StatusCode::kOk or why record i failed.
struct BatchResult {
  PackedRecords records;              // sealed envelopes or opened plaintexts (empty on failure)
  std::vector<StatusCode> codes;      // one per record
  std::vector<uint8_t> algorithms;    // the envelope's algorithm id, 0 when its header is unreadable
  std::vector<uint32_t> key_ids;      // the envelope's key id, when its header is readable
  std::vector<std::string> messages;  // why record i failed; empty for records that opened
  // An AES-256-GCM envelope whose key is present is reported as UNSUPPORTED with algorithm 2:
  // js/ opens it through WebCrypto.
};

class RecordCipher {
 public:
  // INVALID_ARGUMENT from Create when ring is null or the context does not validate.
  static Result<RecordCipher> Create(std::shared_ptr<const Keyring> ring, RecordContext context);

  Result<std::string> Seal(std::string_view plaintext, std::string_view record_ad) const;
  Result<std::string> Open(std::string_view envelope, std::string_view record_ad) const;

  // Seals plaintexts.at(i) with ads.at(i) (ads may be empty: no per-record data). Fails as a
  // whole (nothing sealed) on INVALID_ARGUMENT (ads count mismatch), WRONG_KEY, TOO_LARGE.
  Result<PackedRecords> SealBatch(const PackedView& plaintexts, const PackedView& ads) const;
  // Sealing and opening in place, for callers that own one buffer (the wasm binding: one
  // copy into wasm memory, one copy out, no second buffer and no plaintext left behind).
  //
  // Seal: SealedLayout checks the input and returns the envelopes' offsets. The caller
  // allocates layout.back() bytes, copies the packed plaintexts to kInPlacePlaintextAt and
  // passes a view of them there; SealBatchInPlace turns the buffer into the envelopes
  // (record i at [layout[i], layout[i + 1])), overwriting every plaintext byte. It trusts
  // that `layout` came from SealedLayout for the same inputs; INVALID_ARGUMENT when
  // `plaintexts` does not lie at kInPlacePlaintextAt of `buffer`.
  static constexpr size_t kInPlacePlaintextAt = 32;  // header + XChaCha20 nonce
  Result<std::vector<uint32_t>> SealedLayout(const PackedView& plaintexts, const PackedView& ads) const;
  Status SealBatchInPlace(const PackedView& plaintexts, const PackedView& ads, const std::vector<uint32_t>& layout,
                          uint8_t* buffer) const;
  // Opens each envelope; failures are reported per record, the others still open.
  // INVALID_ARGUMENT as a whole when the ads count does not match.
  Result<BatchResult> OpenBatch(const PackedView& envelopes, const PackedView& ads) const;
  // OpenBatch over envelopes in a writable buffer it may overwrite (`envelopes` views
  // `buffer`): each record is decrypted in place and the plaintexts are packed from
  // kInPlacePlaintextAt on: record i is buffer[kInPlacePlaintextAt + records.offsets[i],
  // kInPlacePlaintextAt + records.offsets[i + 1]). records.data stays empty. The buffer then
  // holds plaintext: the caller zeroes all of it.
  Result<BatchResult> OpenBatchInPlace(const PackedView& envelopes, const PackedView& ads, uint8_t* buffer) const;

  // The raw record key for `algorithm` under master key `key_id`: js/ imports the
  // AES-256-GCM one into WebCrypto as non-extractable and zeroes its copy.
  // WRONG_KEY when there is no such key.
  Result<SecretKey> RecordKey(uint32_t key_id, Algorithm algorithm) const;
  const RecordContext& context() const { return context_; }
  // The context's encoding (record_context.h), the middle of every associated data.
  const std::string& encoded_context() const { return encoded_context_; }
  const Keyring& keyring() const { return *ring_; }

 private:
  RecordCipher(std::shared_ptr<const Keyring> ring, RecordContext context);

  std::shared_ptr<const Keyring> ring_;
  RecordContext context_;
  std::string encoded_context_;
};

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_RECORD_CIPHER_H_
