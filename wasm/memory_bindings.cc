// Bindings for src/memory: retention plans (JSON text) and batches of sealed records
// (packed bytes + Uint32Array offsets), each batch one crossing.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstring>
#include <string>
#include <vector>

#include "boundary.h"
#include "common/status.h"
#include "memory/record_batch.h"
#include "memory/record_sealer.h"
#include "memory/retention_planner.h"

namespace copilot::wasm {
namespace {

using emscripten::val;

// Offsets arrive as the bytes of a Uint32Array (little-endian, like wasm).
std::vector<std::uint32_t> Offsets(const std::string& bytes) {
  std::vector<std::uint32_t> out(bytes.size() / 4);
  if (!out.empty()) std::memcpy(out.data(), bytes.data(), out.size() * 4);
  return out;
}

val CopyBytes(const std::string& bytes) {
  return val::global("Uint8Array")
      .new_(emscripten::typed_memory_view(bytes.size(), reinterpret_cast<const unsigned char*>(bytes.data())));
}

val CopyOffsets(const std::vector<std::uint32_t>& offsets) {
  return val::global("Uint32Array").new_(emscripten::typed_memory_view(offsets.size(), offsets.data()));
}

val PlanRetention(const std::string& request) {
  return ResultToJs(memory::PlanRetentionJson(request), [](const std::string& plan) { return val(plan); });
}

val SealBatch(const std::string& key, std::uint32_t key_id, const std::string& data, const std::string& offsets,
              const std::string& ads, const std::string& ad_offsets) {
  return ResultToJs(memory::SealBatch(key, key_id, {data, Offsets(offsets)}, {ads, Offsets(ad_offsets)}),
                    [](const std::string& sealed) { return CopyBytes(sealed); });
}

val OpenedToJs(const memory::OpenedBatch& opened) {
  val out = val::object();
  out.set("data", CopyBytes(opened.data));
  out.set("offsets", CopyOffsets(opened.offsets));
  val codes = val::array();
  for (StatusCode code : opened.codes) {
    codes.call<void>("push", code == StatusCode::kOk ? val::null() : val(StatusCodeName(code)));
  }
  out.set("codes", codes);
  return out;
}

val SealRecords(const std::string& record_key, const std::string& index_key, std::uint32_t key_id,
                const std::string& context, const std::string& keys, const std::string& key_offsets,
                const std::string& payloads, const std::string& payload_offsets) {
  return ResultToJs(memory::SealRecords(record_key, index_key, key_id, context, {keys, Offsets(key_offsets)},
                                        {payloads, Offsets(payload_offsets)}),
                    [](const memory::SealedRecords& sealed) {
                      val out = val::object();
                      out.set("ids", sealed.ids);
                      out.set("sealed", CopyBytes(sealed.sealed));
                      return out;
                    });
}

val OpenRecords(const std::string& record_key, const std::string& context, const std::string& ids,
                const std::string& data, const std::string& offsets) {
  return ResultToJs(memory::OpenRecords(record_key, context, ids, {data, Offsets(offsets)}), OpenedToJs);
}

val OpenBatch(const std::string& key, const std::string& data, const std::string& offsets, const std::string& ads,
              const std::string& ad_offsets) {
  return ResultToJs(memory::OpenBatch(key, {data, Offsets(offsets)}, {ads, Offsets(ad_offsets)}), OpenedToJs);
}

// Storage ids of many labels under one key: 32 hex digits each, concatenated.
val StorageIds(const std::string& key, const std::string& labels, const std::string& offsets) {
  memory::Packed packed{labels, Offsets(offsets)};
  if (Status s = memory::ValidatePacked(packed); !s.ok()) return StatusToJs(s);
  std::string out;
  out.reserve(packed.size() * 2 * memory::kStorageIdBytes);
  for (std::size_t i = 0; i < packed.size(); ++i) {
    Result<std::string> id = memory::StorageId(key, packed.at(i));
    if (!id.ok()) return StatusToJs(id.status());
    out.append(id.value());
  }
  return ResultToJs(Result<std::string>(std::move(out)), [](const std::string& ids) { return val(ids); });
}

val DeriveSubkey(const std::string& key, const std::string& label) {
  return ResultToJs(memory::DeriveSubkey(key, label), CopyBytes);
}

val PassphraseKey(const std::string& passphrase, const std::string& salt, double ops_limit, double mem_limit) {
  return ResultToJs(memory::PassphraseKey(passphrase, salt, static_cast<std::uint64_t>(ops_limit),
                                          static_cast<std::size_t>(mem_limit)),
                    CopyBytes);
}

}  // namespace

EMSCRIPTEN_BINDINGS(copilot_memory) {
  emscripten::function("memoryPlanRetention", &PlanRetention);
  emscripten::function("memorySealBatch", &SealBatch);
  emscripten::function("memorySealRecords", &SealRecords);
  emscripten::function("memoryOpenRecords", &OpenRecords);
  emscripten::function("memoryOpenBatch", &OpenBatch);
  emscripten::function("memoryStorageIds", &StorageIds);
  emscripten::function("memoryDeriveSubkey", &DeriveSubkey);
  emscripten::function("memoryPassphraseKey", &PassphraseKey);
}

}  // namespace copilot::wasm
