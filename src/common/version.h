// The core's identity, as JavaScript sees it in `core.version`.
#ifndef COPILOT_COMMON_VERSION_H_
#define COPILOT_COMMON_VERSION_H_

#include <string>

namespace copilot {

// The package version (package.json's "version"), e.g. "0.1.0".
const char* CoreVersion();

// The versions of the libraries linked into this build, as "libsodium 1.0.18", for support
// requests and the dashboard's about box.
std::string LinkedLibraries();

}  // namespace copilot

#endif  // COPILOT_COMMON_VERSION_H_
