#include "common/init.h"

#include <sodium.h>

namespace copilot {

Status InitializeCore() {
  // sodium_init() is thread-safe and returns 1 when it had already run.
  if (sodium_init() < 0) {
    return Status(StatusCode::kInternal, "libsodium could not start: this platform offers no secure random source");
  }
  return Status::Ok();
}

}  // namespace copilot
