// Any byte string given to the envelope parser and to a record cipher must parse, or fail with
// a status and a message: never read outside the input, crash or hang. The first input byte
// picks how it is used: as one envelope, or split into a batch of envelopes.
#include <sodium.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "crypto/envelope.h"
#include "crypto/key_wrap.h"
#include "crypto/record_cipher.h"

namespace {

using copilot::StatusCode;
using namespace copilot::crypto;

const RecordCipher& Cipher() {
  static const RecordCipher* cipher = [] {
    if (sodium_init() < 0) __builtin_trap();
    auto ring = std::make_shared<Keyring>();
    // A fixed key, so that the seeds in corpus/envelope_fuzz (sealed with it) open.
    ring->Add(SecretKey::FromBytes(std::string(kKeyBytes, '\x42')));
    return new RecordCipher(RecordCipher::Create(ring, {"acme", Scope::kUser, "alice"}).value());
  }();
  return *cipher;
}

void CheckView(std::string_view input) {
  copilot::Result<EnvelopeView> view = ParseEnvelope(input);
  if (!view.ok()) {
    if (view.status().message().empty()) __builtin_trap();
    return;
  }
  const EnvelopeView& v = view.value();
  if (v.header_bytes.size() + v.nonce.size() + v.ciphertext.size() + v.tag.size() != input.size()) __builtin_trap();
  if (v.nonce.size() != NonceBytes(v.header.algorithm) || v.tag.size() != kTagBytes) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    CheckView(input);
    copilot::Result<std::string> opened = Cipher().Open(input, "k");
    if (opened.ok() && opened.value().size() + EnvelopeOverhead(Algorithm::kXChaCha20Poly1305) != input.size()) {
      __builtin_trap();
    }
    WrappedKeyringParams(input);
    return 0;
  }
  // A batch: the input cut into pieces of data[0] / 2 + 1 bytes.
  size_t piece = data[0] / 2 + 1;
  PackedRecords batch;
  for (size_t at = 0; at < input.size(); at += piece) batch.Append(input.substr(at, piece));
  copilot::Result<BatchResult> opened = Cipher().OpenBatch(batch, PackedRecords());
  if (!opened.ok() || opened.value().codes.size() != batch.size()) __builtin_trap();
  for (size_t i = 0; i < batch.size(); ++i) {
    if (opened.value().codes[i] != StatusCode::kOk && !opened.value().records.at(i).empty()) __builtin_trap();
  }
  return 0;
}
