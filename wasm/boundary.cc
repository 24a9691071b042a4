#include "boundary.h"

namespace copilot::wasm {

emscripten::val StatusToJs(const Status& status) {
  emscripten::val out = emscripten::val::object();
  out.set("ok", status.ok());
  if (!status.ok()) {
    out.set("code", std::string(StatusCodeName(status.code())));
    out.set("message", status.message());
  }
  return out;
}

}  // namespace copilot::wasm
