#include "memory/record_batch.h"

#include "memory/record_sealer.h"

namespace copilot::memory {

Status ValidatePacked(const Packed& packed) {
  if (packed.offsets.empty() || packed.offsets[0] != 0) {
    return Status(StatusCode::kInvalidArgument, "packed records need offsets starting at 0");
  }
  for (std::size_t i = 1; i < packed.offsets.size(); ++i) {
    if (packed.offsets[i] < packed.offsets[i - 1]) {
      return Status(StatusCode::kInvalidArgument, "packed record offsets must not decrease");
    }
  }
  if (packed.offsets.back() > packed.data.size()) {
    return Status(StatusCode::kInvalidArgument, "packed record offsets run past the data");
  }
  return Status::Ok();
}

namespace {

Status CheckPair(const Packed& records, const Packed& ads) {
  if (Status s = ValidatePacked(records); !s.ok()) return s;
  if (Status s = ValidatePacked(ads); !s.ok()) return s;
  if (records.size() != ads.size()) {
    return Status(StatusCode::kInvalidArgument, "a batch needs one associated data per record");
  }
  return Status::Ok();
}

}  // namespace

Result<std::string> SealBatch(std::string_view key, std::uint32_t key_id, const Packed& plaintexts, const Packed& ads) {
  if (Status s = CheckPair(plaintexts, ads); !s.ok()) return s;
  std::string out;
  out.reserve(plaintexts.data.size() + plaintexts.size() * kSealOverhead);
  const std::string nonces = NonceStream(plaintexts.size());
  for (std::size_t i = 0; i < plaintexts.size(); ++i) {
    Result<std::string> sealed = SealRecordWithNonce(key, key_id, 0, ads.at(i), plaintexts.at(i),
                                                     std::string_view(nonces).substr(i * kNonceBytes, kNonceBytes));
    if (!sealed.ok()) return sealed.status();
    out.append(sealed.value());
  }
  return out;
}

Result<OpenedBatch> OpenBatch(std::string_view key, const Packed& sealed, const Packed& ads) {
  if (Status s = CheckPair(sealed, ads); !s.ok()) return s;
  OpenedBatch out;
  out.codes.reserve(sealed.size());
  out.offsets.reserve(sealed.size() + 1);
  for (std::size_t i = 0; i < sealed.size(); ++i) {
    Result<OpenedRecord> opened = OpenRecord(key, ads.at(i), sealed.at(i));
    if (opened.ok()) {
      out.data.append(opened.value().plaintext);
      out.codes.push_back(StatusCode::kOk);
    } else {
      if (opened.status().code() == StatusCode::kInvalidArgument) return opened.status();
      out.codes.push_back(opened.status().code());
    }
    out.offsets.push_back(static_cast<std::uint32_t>(out.data.size()));
  }
  return out;
}

namespace {

std::string AdFor(std::string_view context, std::string_view id) {
  std::string ad;
  ad.reserve(context.size() + 1 + id.size());
  ad.append(context).push_back('\0');
  ad.append(id);
  return ad;
}

constexpr std::size_t kIdHex = 2 * kStorageIdBytes;

}  // namespace

Result<SealedRecords> SealRecords(std::string_view record_key, std::string_view index_key, std::uint32_t key_id,
                                  std::string_view context, const Packed& keys, const Packed& payloads) {
  if (Status s = CheckPair(keys, payloads); !s.ok()) return s;
  SealedRecords out;
  out.ids.reserve(keys.size() * kIdHex);
  out.sealed.reserve(payloads.data.size() + payloads.size() * kSealOverhead);
  const std::string nonces = NonceStream(keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    Result<std::string> id = StorageId(index_key, AdFor(context, keys.at(i)));
    if (!id.ok()) return id.status();
    Result<std::string> sealed = SealRecordWithNonce(record_key, key_id, 0, AdFor(context, id.value()), payloads.at(i),
                                                     std::string_view(nonces).substr(i * kNonceBytes, kNonceBytes));
    if (!sealed.ok()) return sealed.status();
    out.ids.append(id.value());
    out.sealed.append(sealed.value());
  }
  return out;
}

Result<OpenedBatch> OpenRecords(std::string_view record_key, std::string_view context, std::string_view ids,
                                const Packed& sealed) {
  if (Status s = ValidatePacked(sealed); !s.ok()) return s;
  if (ids.size() != sealed.size() * kIdHex) {
    return Status(StatusCode::kInvalidArgument, "OpenRecords needs one 32-digit id per record");
  }
  OpenedBatch out;
  out.codes.reserve(sealed.size());
  for (std::size_t i = 0; i < sealed.size(); ++i) {
    Result<OpenedRecord> opened = OpenRecord(record_key, AdFor(context, ids.substr(i * kIdHex, kIdHex)), sealed.at(i));
    if (opened.ok()) {
      out.data.append(opened.value().plaintext);
      out.codes.push_back(StatusCode::kOk);
    } else {
      if (opened.status().code() == StatusCode::kInvalidArgument) return opened.status();
      out.codes.push_back(opened.status().code());
    }
    out.offsets.push_back(static_cast<std::uint32_t>(out.data.size()));
  }
  return out;
}

}  // namespace copilot::memory
