#include "common/status.h"

namespace copilot {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "OK";
    case StatusCode::kInvalidArgument: return "INVALID_ARGUMENT";
    case StatusCode::kInvalidConfig: return "INVALID_CONFIG";
    case StatusCode::kInvalidPattern: return "INVALID_PATTERN";
    case StatusCode::kInvalidPolicy: return "INVALID_POLICY";
    case StatusCode::kIntegrity: return "INTEGRITY";
    case StatusCode::kWrongKey: return "WRONG_KEY";
    case StatusCode::kUnsupported: return "UNSUPPORTED";
    case StatusCode::kTooLarge: return "TOO_LARGE";
    case StatusCode::kInternal: return "INTERNAL";
  }
  return "INTERNAL";
}

}  // namespace copilot
