// Internal to the threat scanner: the learned model's parameters (threat_model.h), generated
// into threat_model_weights.cc by scripts/train-threat-model.mjs. A weight is
// kThreatModelWeights[bucket] * kThreatModelScale.
#ifndef COPILOT_SECURITY_THREAT_MODEL_WEIGHTS_H_
#define COPILOT_SECURITY_THREAT_MODEL_WEIGHTS_H_

#include <array>
#include <cstdint>

#include "security/threat_model.h"

namespace copilot::security {

extern const std::array<std::int8_t, kThreatModelBuckets> kThreatModelWeights;
extern const double kThreatModelScale;
extern const double kThreatModelBias;
// Added to the logit before the sigmoid that gives the learned signal's weight in the
// scanner's combination (chosen by cross-validation in the training script).
extern const double kThreatModelOffset;
// The learned signal is reported when its weight reaches this.
extern const double kThreatModelFloor;

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_THREAT_MODEL_WEIGHTS_H_
