// Sealing and opening many records in one call: how batches cross the wasm boundary (one
// copy each way, whatever the count). Record i of a packed buffer is
// data[offsets[i], offsets[i + 1]); offsets has one more entry than there are records.
//
//   Result<std::string> sealed = SealBatch(key, key_id, plaintexts, plain_offsets, ads, ad_offsets);
//   // sealed record i is plaintext i plus kSealOverhead bytes, in order.
//   Result<OpenedBatch> opened = OpenBatch(key, sealed_data, sealed_offsets, ads, ad_offsets);
//   // opened.value().codes[i] is kOk or why record i failed (kIntegrity, kUnsupported);
//   // the others still open.
//
// Both fail as a whole with kInvalidArgument for malformed offsets or a count mismatch.
#ifndef COPILOT_MEMORY_RECORD_BATCH_H_
#define COPILOT_MEMORY_RECORD_BATCH_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"

namespace copilot::memory {

struct Packed {
  std::string_view data;
  std::vector<std::uint32_t> offsets;  // size() + 1 entries
  std::size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  std::string_view at(std::size_t i) const { return data.substr(offsets[i], offsets[i + 1] - offsets[i]); }
};

// kInvalidArgument unless offsets start at 0, never decrease and end inside data.
Status ValidatePacked(const Packed& packed);

Result<std::string> SealBatch(std::string_view key, std::uint32_t key_id, const Packed& plaintexts, const Packed& ads);

struct OpenedBatch {
  std::string data;
  std::vector<std::uint32_t> offsets{0};
  std::vector<StatusCode> codes;
};

Result<OpenedBatch> OpenBatch(std::string_view key, const Packed& sealed, const Packed& ads);

// The memory store's records, sealed in one call: each record's storage id is
// StorageId(index_key, context + '\0' + key), and it is sealed under record_key with the
// associated data context + '\0' + id, so it opens only where it was written.
struct SealedRecords {
  std::string ids;     // 2 * kStorageIdBytes hex digits per record, concatenated
  std::string sealed;  // record i is payload i plus kSealOverhead bytes, in order
};

Result<SealedRecords> SealRecords(std::string_view record_key, std::string_view index_key, std::uint32_t key_id,
                                  std::string_view context, const Packed& keys, const Packed& payloads);

// Opens records sealed by SealRecords, given their ids as written (hex, concatenated).
Result<OpenedBatch> OpenRecords(std::string_view record_key, std::string_view context, std::string_view ids,
                                const Packed& sealed);

}  // namespace copilot::memory

#endif  // COPILOT_MEMORY_RECORD_BATCH_H_
