#include "crypto/envelope.h"

namespace copilot::crypto {
namespace {

constexpr size_t kCheckedBytes = 6;

void PutU32(std::string& out, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

uint32_t GetU32(std::string_view in) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(in[i]);
  return v;
}

bool KnownAlgorithm(uint8_t id) {
  return id == static_cast<uint8_t>(Algorithm::kXChaCha20Poly1305) || id == static_cast<uint8_t>(Algorithm::kAes256Gcm);
}

}  // namespace

size_t NonceBytes(Algorithm algorithm) {
  switch (algorithm) {
    case Algorithm::kXChaCha20Poly1305: return 24;
    case Algorithm::kAes256Gcm: return 12;
  }
  return 0;
}

size_t EnvelopeOverhead(Algorithm algorithm) {
  return kHeaderBytes + NonceBytes(algorithm) + kTagBytes;
}

const char* AlgorithmName(Algorithm algorithm) {
  switch (algorithm) {
    case Algorithm::kXChaCha20Poly1305: return "XChaCha20-Poly1305";
    case Algorithm::kAes256Gcm: return "AES-256-GCM";
  }
  return "unknown";
}

uint16_t HeaderCheck(std::string_view bytes) {
  uint16_t crc = 0xFFFF;
  for (char c : bytes) {
    crc ^= static_cast<uint16_t>(static_cast<uint8_t>(c) << 8);
    for (int bit = 0; bit < 8; ++bit) {
      crc = (crc & 0x8000) != 0 ? static_cast<uint16_t>((crc << 1) ^ 0x1021) : static_cast<uint16_t>(crc << 1);
    }
  }
  return crc;
}

std::string EncodeHeader(const EnvelopeHeader& header) {
  std::string out;
  out.reserve(kHeaderBytes);
  out.push_back(static_cast<char>(header.version));
  out.push_back(static_cast<char>(header.algorithm));
  PutU32(out, header.key_id);
  uint16_t check = HeaderCheck(out);
  out.push_back(static_cast<char>(check >> 8));
  out.push_back(static_cast<char>(check & 0xFF));
  return out;
}

Result<EnvelopeView> ParseEnvelope(std::string_view bytes) {
  if (bytes.size() < kHeaderBytes) {
    return Status(StatusCode::kIntegrity,
                  "the record is shorter than an envelope header: it was truncated or is not an envelope");
  }
  uint16_t stored = static_cast<uint16_t>((static_cast<uint8_t>(bytes[6]) << 8) | static_cast<uint8_t>(bytes[7]));
  if (HeaderCheck(bytes.substr(0, kCheckedBytes)) != stored) {
    return Status(StatusCode::kIntegrity, "the envelope header is damaged (check mismatch): the record was altered");
  }
  EnvelopeView view;
  view.header.version = static_cast<uint8_t>(bytes[0]);
  uint8_t algorithm = static_cast<uint8_t>(bytes[1]);
  if (view.header.version != kEnvelopeVersion) {
    return Status(StatusCode::kUnsupported, "the record uses envelope format " + std::to_string(view.header.version) +
                                                ", which this version does not read: upgrade copilot-package");
  }
  if (!KnownAlgorithm(algorithm)) {
    return Status(StatusCode::kUnsupported,
                  "the record uses algorithm id " + std::to_string(algorithm) + ", which this version does not know");
  }
  view.header.algorithm = static_cast<Algorithm>(algorithm);
  view.header.key_id = GetU32(bytes.substr(2, 4));
  size_t nonce_bytes = NonceBytes(view.header.algorithm);
  if (bytes.size() < kHeaderBytes + nonce_bytes + kTagBytes) {
    return Status(StatusCode::kIntegrity, "the record is shorter than its nonce and tag: it was truncated");
  }
  size_t body = bytes.size() - kHeaderBytes - nonce_bytes - kTagBytes;
  if (body > kMaxPlaintextBytes) return Status(StatusCode::kTooLarge, "the record is larger than 1 GiB");
  view.header_bytes = bytes.substr(0, kHeaderBytes);
  view.nonce = bytes.substr(kHeaderBytes, nonce_bytes);
  view.ciphertext = bytes.substr(kHeaderBytes + nonce_bytes, body);
  view.tag = bytes.substr(bytes.size() - kTagBytes);
  return view;
}

}  // namespace copilot::crypto
