#include "memory/storage_id.h"

#include <sodium.h>

namespace copilot::memory {
namespace {

const unsigned char* Bytes(std::string_view s) {
  return reinterpret_cast<const unsigned char*>(s.data());
}

Status CheckKey(std::string_view key) {
  if (key.size() != kKeyBytes) return Status(StatusCode::kInvalidArgument, "a memory index key must be 32 bytes");
  return Status::Ok();
}

void AppendId(std::string_view key, std::string_view label, std::string& out) {
  unsigned char digest[kStorageIdBytes];
  crypto_generichash(digest, sizeof digest, Bytes(label), label.size(), Bytes(key), key.size());
  char hex[2 * kStorageIdBytes + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  out.append(hex, 2 * kStorageIdBytes);
}

}  // namespace

Result<std::string> StorageId(std::string_view key, std::string_view label) {
  if (Status s = CheckKey(key); !s.ok()) return s;
  std::string out;
  AppendId(key, label, out);
  return out;
}

Result<std::string> DeriveSubkey(std::string_view key, std::string_view label) {
  if (Status s = CheckKey(key); !s.ok()) return s;
  std::string out(kKeyBytes, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(), Bytes(label), label.size(), Bytes(key),
                     key.size());
  return out;
}

Result<std::string> StorageIds(std::string_view key, const PackedLabels& labels) {
  if (Status s = CheckKey(key); !s.ok()) return s;
  const auto& offsets = labels.offsets;
  if (offsets.empty() || offsets[0] != 0) return Status(StatusCode::kInvalidArgument, "label offsets must start at 0");
  for (std::size_t i = 1; i < offsets.size(); ++i) {
    if (offsets[i] < offsets[i - 1]) return Status(StatusCode::kInvalidArgument, "label offsets must not decrease");
  }
  if (offsets.back() > labels.data.size()) {
    return Status(StatusCode::kInvalidArgument, "label offsets run past the data");
  }
  std::string out;
  out.reserve((offsets.size() - 1) * 2 * kStorageIdBytes);
  for (std::size_t i = 0; i + 1 < offsets.size(); ++i) {
    AppendId(key, labels.data.substr(offsets[i], offsets[i + 1] - offsets[i]), out);
  }
  return out;
}

}  // namespace copilot::memory
