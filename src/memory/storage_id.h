// Storage ids for the memory store: keyed BLAKE2b (libsodium's crypto_generichash) of a
// label, so the store can find a record by its key without ever holding the key. Also the
// index subkeys those ids are computed under.
//
//   Result<std::string> id = StorageId(index_key, "user\0acme\0alice\0my-key");
//   // 32 lower-case hex digits; equal labels give equal ids under one key, and without the
//   // key an id says nothing about its label.
//
// Keys are 32 bytes (kKeyBytes); another length is kInvalidArgument.
#ifndef COPILOT_MEMORY_STORAGE_ID_H_
#define COPILOT_MEMORY_STORAGE_ID_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace copilot::memory {

inline constexpr std::size_t kKeyBytes = 32;
inline constexpr std::size_t kStorageIdBytes = 16;

// Keyed BLAKE2b-128 of `label` under `key`, as 32 lower-case hex digits.
Result<std::string> StorageId(std::string_view key, std::string_view label);

// A 32-byte subkey for `label` (e.g. "index\0user"): keyed BLAKE2b-256 of the label.
Result<std::string> DeriveSubkey(std::string_view key, std::string_view label);

// Many labels in one buffer: label i is data[offsets[i], offsets[i + 1]).
struct PackedLabels {
  std::string_view data;
  std::vector<std::uint32_t> offsets;  // one more entry than there are labels
};

// The storage ids of every label, concatenated (32 hex digits each). kInvalidArgument for
// offsets that do not start at 0, decrease, or run past the data.
Result<std::string> StorageIds(std::string_view key, const PackedLabels& labels);

}  // namespace copilot::memory

#endif  // COPILOT_MEMORY_STORAGE_ID_H_
