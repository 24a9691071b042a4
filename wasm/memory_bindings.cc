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

// A Uint8Array copied in with one TypedArray.set (embind's std::string conversion copies
// byte by byte in JavaScript, which dominates large batches).
std::string Bytes(const val& array) {
  const auto n = array["length"].as<std::size_t>();
  std::string out(n, '\0');
  val(emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(out.data()))).call<void>("set", array);
  return out;
}

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

val PlanRetention(const std::string& request) {
  return ResultToJs(memory::PlanRetentionJson(request), [](const std::string& plan) { return val(plan); });
}

// Storage ids of many labels under one key: 32 hex digits each, concatenated.
val StorageIds(const val& key, const val& labels, const val& offsets) {
  const std::string label_bytes = Bytes(labels);
  return ResultToJs(memory::StorageIds(Bytes(key), {label_bytes, Offsets(offsets)}),
                    [](const std::string& ids) { return val(ids); });
}

val DeriveSubkey(const val& key, const std::string& label) {
  return ResultToJs(memory::DeriveSubkey(Bytes(key), label), CopyBytes);
}

}  // namespace

EMSCRIPTEN_BINDINGS(copilot_memory) {
  emscripten::function("memoryPlanRetention", &PlanRetention);
  emscripten::function("memoryStorageIds", &StorageIds);
  emscripten::function("memoryDeriveSubkey", &DeriveSubkey);
}

}  // namespace copilot::wasm
