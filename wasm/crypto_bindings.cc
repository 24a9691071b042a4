// Bindings for src/crypto: keyrings and record ciphers as opaque handles owned by js/crypto/,
// batches as one buffer plus offsets each way. Bytes are copied straight between JavaScript
// and C++ buffers (typed_memory_view.set), never through embind's temporary strings, so
// secrets are not left behind in freed memory; C++ buffers holding secrets are zeroed.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <sodium.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "boundary.h"
#include "crypto/envelope.h"
#include "crypto/key_hierarchy.h"
#include "crypto/key_wrap.h"
#include "crypto/keyring.h"
#include "crypto/known_answers.h"
#include "crypto/record_cipher.h"

namespace copilot::wasm {
namespace {

using crypto::Algorithm;
using crypto::Keyring;
using crypto::PackedView;
using crypto::RecordCipher;
using crypto::SecretKey;
using emscripten::val;

void Wipe(std::string& secret) {
  sodium_memzero(secret.data(), secret.size());
}

// The bytes of a Uint32Array of batch offsets (js/crypto/pack.js), copied into `positions`
// (left empty when there are no records).
Status ReadOffsets(const val& offsets, std::vector<uint32_t>& positions) {
  if (!IsBytes(offsets)) return Status(StatusCode::kInvalidArgument, "a batch crosses as Uint8Array data and offsets");
  const size_t offset_bytes = offsets["length"].as<size_t>();
  if (offset_bytes % 4 != 0) return Status(StatusCode::kInvalidArgument, "batch offsets must be a Uint32Array");
  positions.resize(offset_bytes / 4);
  if (offset_bytes != 0) {
    val(emscripten::typed_memory_view(offset_bytes, reinterpret_cast<uint8_t*>(positions.data())))
        .call<void>("set", offsets);
  }
  return Status::Ok();
}

// A batch copied in from js/crypto/pack.js (data + the bytes of a Uint32Array of offsets; empty
// offsets = no records) into a buffer that is not zero-filled first, then viewed in place.
// The destructor zeroes the bytes: they may be plaintexts.
class BatchIn {
 public:
  Status Read(const val& data, const val& offsets) {
    if (!IsBytes(data)) return Status(StatusCode::kInvalidArgument, "a batch crosses as Uint8Array data and offsets");
    std::vector<uint32_t> positions;
    Status read = ReadOffsets(offsets, positions);
    if (!read.ok() || positions.empty()) return read;
    size_ = data["length"].as<size_t>();
    bytes_.reset(new uint8_t[size_ == 0 ? 1 : size_]);  // uninitialised: filled by the set below
    if (size_ != 0) val(emscripten::typed_memory_view(size_, bytes_.get())).call<void>("set", data);
    view_ = PackedView(std::string_view(reinterpret_cast<const char*>(bytes_.get()), size_), std::move(positions));
    return view_.Validate();
  }
  ~BatchIn() {
    if (bytes_) WipeBytes(bytes_.get(), size_);
  }
  BatchIn() = default;
  BatchIn(const BatchIn&) = delete;
  BatchIn& operator=(const BatchIn&) = delete;

  const PackedView& view() const { return view_; }
  // The copied bytes, which in-place calls may overwrite (still zeroed by the destructor).
  uint8_t* mutable_data() { return bytes_.get(); }

 private:
  std::unique_ptr<uint8_t[]> bytes_;
  size_t size_ = 0;
  PackedView view_;
};

// Keyrings handed to JavaScript and not freed yet: js/ tests check that forgotten handles are
// collected (js/crypto/keyring.js wipes them from a FinalizationRegistry).
size_t live_keyrings = 0;

std::shared_ptr<Keyring> KeyringHandle(Keyring ring) {
  ++live_keyrings;
  return std::shared_ptr<Keyring>(new Keyring(std::move(ring)), [](Keyring* freed) {
    --live_keyrings;
    delete freed;
  });
}

val KeyringToJs(Result<Keyring>& ring) {
  return ResultToJs(ring, [&ring](const Keyring&) { return val(KeyringHandle(std::move(ring).value())); });
}

Result<Algorithm> AlgorithmOf(int id) {
  if (id == static_cast<int>(Algorithm::kXChaCha20Poly1305)) return Algorithm::kXChaCha20Poly1305;
  if (id == static_cast<int>(Algorithm::kAes256Gcm)) return Algorithm::kAes256Gcm;
  return Status(StatusCode::kUnsupported, "unknown algorithm id " + std::to_string(id));
}

val KeyringAdd(Keyring& ring, const val& key_bytes) {
  if (!IsBytes(key_bytes) || key_bytes["length"].as<size_t>() != crypto::kKeyBytes) {
    return StatusToJs(Status(StatusCode::kInvalidArgument, "a master key is 32 bytes"));
  }
  SecretKey key;
  val(emscripten::typed_memory_view(crypto::kKeyBytes, key.mutable_data())).call<void>("set", key_bytes);
  return ResultToJs(ring.Add(std::move(key)), [](uint32_t id) { return val(id); });
}

Status NotBytes(const char* what) {
  return Status(StatusCode::kInvalidArgument, std::string(what) + " must be a Uint8Array");
}

val KeyringWrap(const Keyring& ring, const val& passphrase, uint32_t ops, uint32_t mem_kib) {
  if (!IsBytes(passphrase)) return StatusToJs(NotBytes("the passphrase (UTF-8)"));
  std::string secret = BytesFromJs(passphrase);
  val out = ResultToJs(crypto::WrapKeyring(ring, secret, {ops, mem_kib}),
                       [](const std::string& wrapped) { return BytesToJs(wrapped); });
  Wipe(secret);
  return out;
}

val UnwrapKeyring(const val& wrapped, const val& passphrase) {
  if (!IsBytes(passphrase) || !IsBytes(wrapped)) return StatusToJs(NotBytes("the wrapped keyring and passphrase"));
  std::string secret = BytesFromJs(passphrase);
  Result<Keyring> ring = crypto::UnwrapKeyring(BytesFromJs(wrapped), secret);
  Wipe(secret);
  return KeyringToJs(ring);
}

val ImportPayload(const val& payload) {
  if (!IsBytes(payload)) return StatusToJs(NotBytes("a keyring payload"));
  std::string secret = BytesFromJs(payload);
  Result<Keyring> ring = crypto::ImportKeyringPayload(secret);
  Wipe(secret);
  return KeyringToJs(ring);
}

// A passphrase held in wasm for one unlock (crypto::PassphraseKeks): JavaScript's copy can be
// zeroed at once, and several keyrings under it cost one Argon2id run.
val CreatePassphrase(const val& passphrase) {
  if (!IsBytes(passphrase)) return StatusToJs(NotBytes("the passphrase (UTF-8)"));
  std::string secret = BytesFromJs(passphrase);
  Result<crypto::PassphraseKeks> keks = crypto::PassphraseKeks::Create(secret);
  Wipe(secret);
  return ResultToJs(keks, [&keks](const crypto::PassphraseKeks&) {
    return val(std::make_shared<crypto::PassphraseKeks>(std::move(keks).value()));
  });
}

val PassphraseWrap(crypto::PassphraseKeks& keks, const Keyring& ring, uint32_t ops, uint32_t mem_kib) {
  return ResultToJs(keks.Wrap(ring, {ops, mem_kib}), [](const std::string& wrapped) { return BytesToJs(wrapped); });
}

val PassphraseUnwrap(crypto::PassphraseKeks& keks, const val& wrapped) {
  if (!IsBytes(wrapped)) return StatusToJs(NotBytes("a wrapped keyring"));
  Result<Keyring> ring = keks.Unwrap(BytesFromJs(wrapped));
  return KeyringToJs(ring);
}

val WrappedParams(const val& wrapped) {
  if (!IsBytes(wrapped)) return StatusToJs(NotBytes("a wrapped keyring"));
  return ResultToJs(crypto::WrappedKeyringParams(BytesFromJs(wrapped)), [](const crypto::Argon2Params& p) {
    val out = val::object();
    out.set("opsLimit", p.ops_limit);
    out.set("memLimitKiB", p.mem_limit_kib);
    return out;
  });
}

val InspectEnvelope(const val& envelope) {
  if (!IsBytes(envelope)) return StatusToJs(NotBytes("an envelope"));
  std::string bytes = BytesFromJs(envelope);
  return ResultToJs(crypto::ParseEnvelope(bytes), [](const crypto::EnvelopeView& view) {
    val out = val::object();
    out.set("version", view.header.version);
    out.set("algorithm", std::string(crypto::AlgorithmName(view.header.algorithm)));
    out.set("keyId", view.header.key_id);
    return out;
  });
}

val CreateCipher(const std::shared_ptr<Keyring>& ring, const std::string& tenant, const std::string& scope,
                 const std::string& owner) {
  Result<crypto::Scope> parsed = crypto::ParseScope(scope);
  if (!parsed.ok()) return StatusToJs(parsed.status());
  Result<RecordCipher> cipher = RecordCipher::Create(ring, {tenant, parsed.value(), owner});
  return ResultToJs(cipher, [&cipher](const RecordCipher&) {
    return val(std::make_shared<RecordCipher>(std::move(cipher).value()));
  });
}

// { ok: true, value }.
val Ok(const val& value) {
  val out = val::object();
  out.set("ok", true);
  out.set("value", value);
  return out;
}

// Records and their associated data, as every batch call receives them.
Status ReadBatches(BatchIn& records, BatchIn& ads, const val& data, const val& offsets, const val& ad_data,
                   const val& ad_offsets) {
  Status read = records.Read(data, offsets);
  return read.ok() ? ads.Read(ad_data, ad_offsets) : read;
}

// Seals in place: the plaintexts are copied once into the buffer that becomes the envelopes
// (record_cipher.h), which is copied out once. No plaintext is left in it afterwards.
val SealBatch(const RecordCipher& cipher, const val& data, const val& offsets, const val& ad_data,
              const val& ad_offsets) {
  BatchIn ads;
  Status read = ads.Read(ad_data, ad_offsets);
  std::vector<uint32_t> positions;
  if (read.ok()) read = ReadOffsets(offsets, positions);
  if (!read.ok()) return StatusToJs(read);
  if (!IsBytes(data)) return StatusToJs(NotBytes("a batch's data"));
  const size_t size = data["length"].as<size_t>();
  const size_t count = positions.empty() ? 0 : positions.size() - 1;
  // Room for the envelopes, checked against the layout below; at least the plaintexts' own.
  const size_t capacity =
      RecordCipher::kInPlacePlaintextAt + size + count * crypto::EnvelopeOverhead(Algorithm::kXChaCha20Poly1305);
  std::unique_ptr<uint8_t[]> buffer(new uint8_t[capacity]);  // not zero-filled: every byte is written
  uint8_t* plain_at = buffer.get() + RecordCipher::kInPlacePlaintextAt;
  if (size != 0) val(emscripten::typed_memory_view(size, plain_at)).call<void>("set", data);
  const PackedView plain(std::string_view(reinterpret_cast<const char*>(plain_at), size), std::move(positions));
  Result<std::vector<uint32_t>> layout = cipher.SealedLayout(plain, ads.view());
  Status status = layout.ok() ? Status::Ok() : layout.status();
  if (status.ok()) status = cipher.SealBatchInPlace(plain, ads.view(), layout.value(), buffer.get());
  if (!status.ok()) {
    WipeBytes(plain_at, size);
    return StatusToJs(status);
  }
  val out = val::object();
  out.set("data", BytesToJs(buffer.get(), layout.value().back()));
  out.set("offsets", TypedToJs(layout.value()));
  return Ok(out);
}

// Opens in place inside the copy of the envelopes, which BatchIn zeroes afterwards.
val OpenBatch(const RecordCipher& cipher, const val& data, const val& offsets, const val& ad_data,
              const val& ad_offsets) {
  BatchIn envelopes;
  BatchIn ads;
  Status read = ReadBatches(envelopes, ads, data, offsets, ad_data, ad_offsets);
  if (!read.ok()) return StatusToJs(read);
  Result<crypto::BatchResult> opened = cipher.OpenBatchInPlace(envelopes.view(), ads.view(), envelopes.mutable_data());
  if (!opened.ok()) return StatusToJs(opened.status());
  crypto::BatchResult& result = opened.value();
  val out = val::object();
  const uint32_t opened_bytes = result.records.offsets.back();
  out.set("data", opened_bytes == 0
                      ? val::global("Uint8Array").new_(0)
                      : BytesToJs(envelopes.mutable_data() + RecordCipher::kInPlacePlaintextAt, opened_bytes));
  out.set("offsets", TypedToJs(result.records.offsets));
  std::vector<uint8_t> codes(result.codes.size());
  val messages = val::array();
  for (size_t i = 0; i < codes.size(); ++i) {
    codes[i] = static_cast<uint8_t>(result.codes[i]);
    if (result.codes[i] != StatusCode::kOk) messages.set(i, result.messages[i]);
  }
  out.set("codes", TypedToJs(codes));
  out.set("algorithms", TypedToJs(result.algorithms));
  out.set("keyIds", TypedToJs(result.key_ids));
  out.set("messages", messages);
  return Ok(out);
}

val Header(const RecordCipher& cipher, int algorithm, uint32_t key_id) {
  Result<Algorithm> alg = AlgorithmOf(algorithm);
  if (!alg.ok()) return StatusToJs(alg.status());
  if (cipher.keyring().Find(key_id) == nullptr) {
    return StatusToJs(Status(StatusCode::kWrongKey, "there is no key " + std::to_string(key_id) + " in the keyring"));
  }
  return Ok(BytesToJs(crypto::EncodeHeader({crypto::kEnvelopeVersion, alg.value(), key_id})));
}

val RecordKey(const RecordCipher& cipher, uint32_t key_id, int algorithm) {
  Result<Algorithm> alg = AlgorithmOf(algorithm);
  if (!alg.ok()) return StatusToJs(alg.status());
  return ResultToJs(cipher.RecordKey(key_id, alg.value()),
                    [](const SecretKey& key) { return BytesToJs(key.data(), crypto::kKeyBytes); });
}

val StatusCodeNames() {
  val names = val::array();
  for (int code = 0; code <= static_cast<int>(StatusCode::kInternal) + 32; ++code) {
    const char* name = StatusCodeName(static_cast<StatusCode>(code));
    names.set(code, std::string(name));
  }
  return names;
}

}  // namespace

EMSCRIPTEN_BINDINGS(copilot_crypto) {
  emscripten::class_<Keyring>("CryptoKeyring")
      .smart_ptr_constructor(
          "CryptoKeyring", +[]() { return KeyringHandle(Keyring()); })
      .function("hasPrimary", &Keyring::has_primary)
      .function("primaryId", &Keyring::primary_id)
      .function(
          "ids", +[](const Keyring& ring) { return TypedToJs(ring.ids()); })
      .function("add", &KeyringAdd)
      .function(
          "rotate", +[](Keyring& ring) { return ResultToJs(ring.Rotate(), [](uint32_t id) { return val(id); }); })
      .function(
          "setPrimary", +[](Keyring& ring, uint32_t id) { return StatusToJs(ring.SetPrimary(id)); })
      .function(
          "destroy", +[](Keyring& ring, uint32_t id) { return StatusToJs(ring.Destroy(id)); })
      .function("wipe", &Keyring::Wipe)
      .function("wrap", &KeyringWrap)
      .function(
          "exportPayload",
          +[](const Keyring& ring) {
            std::string payload = crypto::ExportKeyringPayload(ring);
            val out = BytesToJs(payload);
            Wipe(payload);
            return out;
          })
      .function(
          "epoch", +[](const Keyring& ring) { return static_cast<double>(ring.epoch()); });

  emscripten::class_<crypto::PassphraseKeks>("CryptoPassphrase")
      .smart_ptr<std::shared_ptr<crypto::PassphraseKeks>>("CryptoPassphrasePtr")
      .function("wrap", &PassphraseWrap)
      .function("unwrap", &PassphraseUnwrap)
      .function(
          "derivations", +[](const crypto::PassphraseKeks& keks) { return static_cast<double>(keks.derivations()); })
      .function("wipe", &crypto::PassphraseKeks::Wipe);

  emscripten::class_<RecordCipher>("CryptoRecordCipher")
      .smart_ptr<std::shared_ptr<RecordCipher>>("CryptoRecordCipherPtr")
      .function("sealBatch", &SealBatch)
      .function("openBatch", &OpenBatch)
      .function("header", &Header)
      .function("recordKey", &RecordKey)
      .function(
          "context", +[](const RecordCipher& cipher) { return BytesToJs(cipher.encoded_context()); })
      .function(
          "primaryKeyId",
          +[](const RecordCipher& cipher) {
            if (!cipher.keyring().has_primary()) {
              return StatusToJs(Status(StatusCode::kWrongKey,
                                       "the keyring has no primary key to seal with: rotate() or "
                                       "add() one"));
            }
            return Ok(val(cipher.keyring().primary_id()));
          })
      .function(
          "keyringEpoch", +[](const RecordCipher& cipher) { return static_cast<double>(cipher.keyring().epoch()); });

  emscripten::function(
      "cryptoGenerateMasterKey", +[]() {
        SecretKey key = crypto::GenerateMasterKey();
        return BytesToJs(key.data(), crypto::kKeyBytes);
      });
  emscripten::function("cryptoUnwrapKeyring", &UnwrapKeyring);
  emscripten::function("cryptoCreatePassphrase", &CreatePassphrase);
  emscripten::function(
      "cryptoLiveKeyrings", +[]() { return static_cast<double>(live_keyrings); });
  emscripten::function("cryptoWrappedKeyringParams", &WrappedParams);
  emscripten::function("cryptoImportKeyringPayload", &ImportPayload);
  emscripten::function("cryptoInspectEnvelope", &InspectEnvelope);
  emscripten::function("cryptoCreateCipher", &CreateCipher);
  emscripten::function("cryptoStatusCodeNames", &StatusCodeNames);
  emscripten::function(
      "cryptoRunKnownAnswerTests", +[]() { return StatusToJs(crypto::RunKnownAnswerTests()); });
}

}  // namespace copilot::wasm
