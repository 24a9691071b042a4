// How results cross the wasm boundary: C++ statuses become plain objects that js/errors.js
// turns into thrown Errors with a stable `code`. No C++ exception ever reaches JavaScript.
#ifndef COPILOT_WASM_BOUNDARY_H_
#define COPILOT_WASM_BOUNDARY_H_

#include <emscripten/val.h>

#include <utility>

#include "common/status.h"

namespace copilot::wasm {

// { ok: true } or { ok: false, code: 'INVALID_CONFIG', message: '...' }.
emscripten::val StatusToJs(const Status& status);

// { ok: true, value } with `convert(result.value())` as the value, or the failure as above.
template <typename T, typename Convert>
emscripten::val ResultToJs(const Result<T>& result, Convert&& convert) {
  if (!result.ok()) return StatusToJs(result.status());
  emscripten::val out = emscripten::val::object();
  out.set("ok", true);
  out.set("value", std::forward<Convert>(convert)(result.value()));
  return out;
}

}  // namespace copilot::wasm

#endif  // COPILOT_WASM_BOUNDARY_H_
