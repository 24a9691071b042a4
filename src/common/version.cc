#include "common/version.h"

#include <sodium.h>
#include <nlohmann/json.hpp>

namespace copilot {

const char* CoreVersion() {
  return COPILOT_VERSION;
}

std::string LinkedLibraries() {
  return std::string("libsodium ") + sodium_version_string() + ", nlohmann_json " +
         std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." + std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
         std::to_string(NLOHMANN_JSON_VERSION_PATCH) + ", RE2";
}

}  // namespace copilot
