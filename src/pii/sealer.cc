#include "pii/sealer.h"

#include <sodium.h>

#include <utility>

namespace copilot::pii {
namespace {

constexpr std::string_view kOpen = "<enc:";
constexpr std::size_t kMaxTypeBytes = 64;
// The owner field of the record context: keeps these envelopes apart from memory records
// sealed under the same master key for the same tenant.
constexpr const char* kOwner = "copilot.pii";

bool IsTypeChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}
bool IsBase64UrlChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
bool IsTypeName(std::string_view type) {
  if (type.empty() || type.size() > kMaxTypeBytes) return false;
  for (char c : type) {
    if (!IsTypeChar(c)) return false;
  }
  return true;
}

}  // namespace

bool FindSealedTag(std::string_view text, std::size_t from, SealedTag* tag) {
  for (std::size_t at = text.find(kOpen, from); at != std::string_view::npos; at = text.find(kOpen, at + 1)) {
    std::size_t k = at + kOpen.size();
    const std::size_t type_begin = k;
    while (k < text.size() && k - type_begin <= kMaxTypeBytes && IsTypeChar(text[k])) ++k;
    if (k == type_begin || k - type_begin > kMaxTypeBytes || k >= text.size() || text[k] != ':') continue;
    const std::size_t payload_begin = ++k;
    while (k < text.size() && IsBase64UrlChar(text[k])) ++k;
    if (k == payload_begin || k >= text.size() || text[k] != '>') continue;
    tag->begin = at;
    tag->end = k + 1;
    tag->type = text.substr(type_begin, payload_begin - 1 - type_begin);
    tag->payload = text.substr(payload_begin, k - payload_begin);
    return true;
  }
  return false;
}

Result<ValueSealer> ValueSealer::Create(std::shared_ptr<const crypto::Keyring> ring, std::string tenant) {
  if (tenant.empty()) {
    return Status(StatusCode::kInvalidArgument, "the encrypt operator needs a tenant (the organization id it binds)");
  }
  Result<crypto::RecordCipher> cipher =
      crypto::RecordCipher::Create(std::move(ring), {std::move(tenant), crypto::Scope::kOrganization, kOwner});
  if (!cipher.ok()) return cipher.status();
  return ValueSealer(std::move(cipher).value());
}

Result<std::string> ValueSealer::Seal(std::string_view type, std::string_view value) const {
  if (!IsTypeName(type)) {
    return Status(StatusCode::kInvalidArgument,
                  "the encrypt operator needs an entity type of 1-64 characters A-Z a-z 0-9 _ . -");
  }
  if (value.size() > kMaxValueBytes) {
    return Status(StatusCode::kInvalidArgument, "the encrypt operator seals values of at most 4096 bytes");
  }
  Result<std::string> envelope = cipher_.Seal(value, type);
  if (!envelope.ok()) return envelope.status();
  const std::string& bytes = envelope.value();
  const std::size_t encoded =
      sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);  // includes the NUL
  std::string out;
  out.reserve(kOpen.size() + type.size() + 2 + encoded);
  out.append(kOpen).append(type).append(":");
  const std::size_t at = out.size();
  out.resize(at + encoded);
  sodium_bin2base64(out.data() + at, encoded, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.size() - 1);  // the NUL
  out.push_back('>');
  return out;
}

Result<std::string> ValueSealer::SealBytes(std::string_view bytes, std::string_view purpose) const {
  if (purpose.find(':') == std::string_view::npos) return Status(StatusCode::kInternal, "a purpose needs a ':'");
  return cipher_.Seal(bytes, purpose);
}

Result<std::string> ValueSealer::OpenBytes(std::string_view envelope, std::string_view purpose) const {
  if (purpose.find(':') == std::string_view::npos) return Status(StatusCode::kInternal, "a purpose needs a ':'");
  return cipher_.Open(envelope, purpose);
}

Result<std::string> ValueSealer::OpenValue(std::string_view type, std::string_view envelope) const {
  return cipher_.Open(envelope, type);
}

Result<std::string> ValueSealer::OpenText(std::string_view text, OpenMode mode) const {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  SealedTag tag;
  std::string envelope;
  while (FindSealedTag(text, at, &tag)) {
    out.append(text.substr(at, tag.begin - at));
    envelope.resize(tag.payload.size());  // base64 decodes to fewer bytes than it has characters
    std::size_t length = 0;
    const bool decoded =
        sodium_base642bin(reinterpret_cast<unsigned char*>(envelope.data()), envelope.size(), tag.payload.data(),
                          tag.payload.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_URLSAFE_NO_PADDING) == 0;
    Result<std::string> value = decoded ? OpenValue(tag.type, std::string_view(envelope).substr(0, length))
                                        : Result<std::string>(Status(StatusCode::kIntegrity, "damaged base64url"));
    if (value.ok()) {
      out.append(value.value());
      sodium_memzero(value.value().data(), value.value().size());
    } else if (mode == OpenMode::kStrict) {
      sodium_memzero(out.data(), out.size());
      return Status(value.status().code(),
                    "an encrypted value (" + std::string(tag.type) + ") does not open: " + value.status().message());
    } else {
      out.append(text.substr(tag.begin, tag.end - tag.begin));
    }
    at = tag.end;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace copilot::pii
