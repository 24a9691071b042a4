// Bindings for src/common and src/config: start-up, identity, and the JSON document check
// that every configuration passes before the core acts on it.
#include <emscripten/bind.h>

#include <string>

#include "boundary.h"
#include "common/init.h"
#include "common/version.h"
#include "config/json_document.h"
#include "random_source.h"

namespace copilot::wasm {
namespace {

std::string Version() {
  return CoreVersion();
}

// Parses and re-serialises a document, so js/ learns whether it is well formed (and why
// not) by the same rules the core applies to every configuration it receives.
emscripten::val CheckJsonDocument(const std::string& text, int max_depth) {
  JsonLimits limits;
  if (max_depth > 0) limits.max_depth = max_depth;
  return ResultToJs(ParseJsonDocument(text, limits), [](const nlohmann::json& doc) { return doc.dump(); });
}

}  // namespace

EMSCRIPTEN_BINDINGS(copilot_common) {
  emscripten::function(
      "initialize", +[]() {
        InstallRandomSource();  // before any key or nonce is drawn
        return StatusToJs(InitializeCore());
      });
  emscripten::function("version", &Version);
  emscripten::function("linkedLibraries", &LinkedLibraries);
  emscripten::function("checkJsonDocument", &CheckJsonDocument);
}

}  // namespace copilot::wasm
