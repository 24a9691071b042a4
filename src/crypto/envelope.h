// The record envelope: the bytes every encrypted record is stored as, whichever algorithm
// sealed it, so that a reader needs no hint besides the envelope itself.
//
// Layout, format version 1 (all integers big-endian):
//
//   offset  size  field
//   0       1     format version: 0x01
//   1       1     algorithm: 0x01 XChaCha20-Poly1305-IETF (libsodium, in wasm)
//                            0x02 AES-256-GCM (WebCrypto, in js/)
//   2       4     key id: the fingerprint of the master key the record key was derived
//                 from (see key_hierarchy.h), so a keyring picks the right key after rotation
//   6       2     header check: CRC-16/CCITT-FALSE of bytes 0..5. Not a security measure
//                 (the AEAD authenticates the whole header): it lets a reader tell a damaged
//                 header (INTEGRITY) from one written by a newer version (UNSUPPORTED) or
//                 sealed under a key it lacks (WRONG_KEY). It catches every single-bit and
//                 every two-bit error in the header.
//   8       N     nonce: 24 bytes for XChaCha20-Poly1305, 12 bytes for AES-256-GCM,
//                 random for every record
//   8+N     L     ciphertext, as long as the plaintext
//   8+N+L   16    authentication tag
//
// The AEAD's associated data is the 8 header bytes followed by the record context
// (RecordContext::Encode in record_context.h) and the caller's per-record associated data,
// so changing any header byte, or opening the record for another tenant, scope, owner or
// record, fails with INTEGRITY.
//
// Limits: a plaintext holds at most kMaxPlaintextBytes (1 GiB); longer input is TOO_LARGE.
#ifndef COPILOT_CRYPTO_ENVELOPE_H_
#define COPILOT_CRYPTO_ENVELOPE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"

namespace copilot::crypto {

enum class Algorithm : uint8_t {
  kXChaCha20Poly1305 = 0x01,  // the default, sealed in wasm by libsodium
  kAes256Gcm = 0x02,          // sealed in js/ by WebCrypto; wasm only parses it
};

inline constexpr uint8_t kEnvelopeVersion = 0x01;
inline constexpr size_t kHeaderBytes = 8;
inline constexpr size_t kTagBytes = 16;
inline constexpr size_t kMaxPlaintextBytes = size_t{1} << 30;

// Nonce length for an algorithm (24 or 12); 0 for an unknown one.
size_t NonceBytes(Algorithm algorithm);
// Bytes an envelope adds to its plaintext: header + nonce + tag (48 or 36).
size_t EnvelopeOverhead(Algorithm algorithm);
// "XChaCha20-Poly1305" or "AES-256-GCM", the names js/ uses in configurations.
const char* AlgorithmName(Algorithm algorithm);

struct EnvelopeHeader {
  uint8_t version = kEnvelopeVersion;
  Algorithm algorithm = Algorithm::kXChaCha20Poly1305;
  uint32_t key_id = 0;
};

// The 8 header bytes for `header`, check included.
std::string EncodeHeader(const EnvelopeHeader& header);

// A parsed envelope: views into the caller's bytes, valid while they are.
struct EnvelopeView {
  EnvelopeHeader header;
  std::string_view header_bytes;  // the 8 bytes that go first into the associated data
  std::string_view nonce;
  std::string_view ciphertext;  // without the tag
  std::string_view tag;
};

// Splits an envelope into its parts without reading outside `bytes`. Fails with
//   INTEGRITY    shorter than a header, a header check mismatch, or shorter than the
//                algorithm's nonce + tag;
//   UNSUPPORTED  an intact header with a version or algorithm this build does not know;
//   TOO_LARGE    a ciphertext beyond kMaxPlaintextBytes.
Result<EnvelopeView> ParseEnvelope(std::string_view bytes);

// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF), exposed for tests.
uint16_t HeaderCheck(std::string_view bytes);

}  // namespace copilot::crypto

#endif  // COPILOT_CRYPTO_ENVELOPE_H_
