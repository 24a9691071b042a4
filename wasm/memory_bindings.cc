// Bindings for src/memory: retention plans (JSON text) and batches of storage ids (packed
// labels + Uint32Array offsets, one crossing per batch).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "boundary.h"
#include "memory/retention_planner.h"
#include "memory/storage_id.h"

namespace copilot::wasm {
namespace {

using emscripten::val;

std::vector<std::uint32_t> Offsets(const val& array) {
  std::vector<std::uint32_t> out;
  TypedFromJs(array, &out);
  return out;
}

val PlanRetention(const std::string& request) {
  return ResultToJs(memory::PlanRetentionJson(request), [](const std::string& plan) { return val(plan); });
}

// Storage ids of many labels under one key: 32 hex digits each, concatenated.
val StorageIds(const val& key, const val& labels, const val& offsets) {
  const std::string label_bytes = BytesFromJs(labels);
  return ResultToJs(memory::StorageIds(BytesFromJs(key), {label_bytes, Offsets(offsets)}),
                    [](const std::string& ids) { return val(ids); });
}

val DeriveSubkey(const val& key, const std::string& label) {
  return ResultToJs(memory::DeriveSubkey(BytesFromJs(key), label),
                    [](const std::string& subkey) { return BytesToJs(subkey); });
}

}  // namespace

EMSCRIPTEN_BINDINGS(copilot_memory) {
  emscripten::function("memoryPlanRetention", &PlanRetention);
  emscripten::function("memoryStorageIds", &StorageIds);
  emscripten::function("memoryDeriveSubkey", &DeriveSubkey);
}

}  // namespace copilot::wasm
