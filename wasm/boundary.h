// How results cross the wasm boundary: C++ statuses become plain objects that js/errors.js
// turns into thrown Errors with a stable `code`. No C++ exception ever reaches JavaScript.
#ifndef COPILOT_WASM_BOUNDARY_H_
#define COPILOT_WASM_BOUNDARY_H_

#include <emscripten/val.h>

#include <string>
#include <string_view>
#include <utility>

#include "common/status.h"

namespace copilot::wasm {

// { ok: true } or { ok: false, code: 'INVALID_CONFIG', message: '...' }.
emscripten::val StatusToJs(const Status& status);

// A copy of a JavaScript Uint8Array's bytes, made by one TypedArray.set into the string's
// storage; `ok` is false (and the string empty) for anything that is not a Uint8Array.
std::string BytesFromJs(const emscripten::val& bytes, bool* ok);
// A new Uint8Array holding a copy of `bytes` (never a view into wasm memory).
emscripten::val BytesToJs(std::string_view bytes);

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
