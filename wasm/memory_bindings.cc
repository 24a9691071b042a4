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

// A Uint8Array copied in with one TypedArray.set (embind's std::string conversion copies
// byte by byte in JavaScript, which dominates large batches).
std::string Bytes(const val& array) {
  const auto n = array["length"].as<std::size_t>();
  std::string out(n, '\0');
  val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(out.data()))).call<void>("set", array);
  return out;
}

// Offsets arrive as a Uint32Array.
std::vector<std::uint32_t> Offsets(const val& array) {
  const auto n = array["length"].as<std::size_t>();
  std::vector<std::uint32_t> out(n);
  val(emscripten::typed_memory_view(n, out.data())).call<void>("set", array);
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

val SealBatch(const std::string& key, std::uint32_t key_id, const val& data, const val& offsets, const val& ads,
              const val& ad_offsets) {
  const std::string plain_bytes = Bytes(data);
  const std::string ad_bytes = Bytes(ads);
  return ResultToJs(memory::SealBatch(key, key_id, {plain_bytes, Offsets(offsets)}, {ad_bytes, Offsets(ad_offsets)}),
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
                const std::string& context, const val& keys, const val& key_offsets, const val& payloads,
                const val& payload_offsets) {
  const std::string key_bytes = Bytes(keys);
  const std::string payload_bytes = Bytes(payloads);
  return ResultToJs(memory::SealRecords(record_key, index_key, key_id, context, {key_bytes, Offsets(key_offsets)},
                                        {payload_bytes, Offsets(payload_offsets)}),
                    [](const memory::SealedRecords& sealed) {
                      val out = val::object();
                      out.set("ids", sealed.ids);
                      out.set("sealed", CopyBytes(sealed.sealed));
                      return out;
                    });
}

val OpenRecords(const std::string& record_key, const std::string& context, const std::string& ids, const val& data,
                const val& offsets) {
  const std::string sealed = Bytes(data);
  return ResultToJs(memory::OpenRecords(record_key, context, ids, {sealed, Offsets(offsets)}), OpenedToJs);
}

val OpenBatch(const std::string& key, const val& data, const val& offsets, const val& ads, const val& ad_offsets) {
  const std::string sealed = Bytes(data);
  const std::string ad_bytes = Bytes(ads);
  return ResultToJs(memory::OpenBatch(key, {sealed, Offsets(offsets)}, {ad_bytes, Offsets(ad_offsets)}), OpenedToJs);
}

// Storage ids of many labels under one key: 32 hex digits each, concatenated.
val StorageIds(const std::string& key, const val& labels, const val& offsets) {
  const std::string label_bytes = Bytes(labels);
  memory::Packed packed{label_bytes, Offsets(offsets)};
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
