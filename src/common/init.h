// One-time start-up of the core. Call InitializeCore() before anything else; calling it again
// is cheap and harmless. It fails only when the platform has no secure random source, in
// which case nothing that encrypts may run.
#ifndef COPILOT_COMMON_INIT_H_
#define COPILOT_COMMON_INIT_H_

#include "common/status.h"

namespace copilot {

Status InitializeCore();

}  // namespace copilot

#endif  // COPILOT_COMMON_INIT_H_
