// Prompt threat detection: core.security.scanThreats(text, { sensitivity }).
//
//   ThreatScanOptions options;
//   options.sensitivity = Sensitivity::kMedium;
//   Result<ThreatReport> r = ScanThreats(prompt, options);
//   if (r.ok() && r.value().detected) Block(r.value().categories);
//
// Categories: prompt_injection (instruction override in English, French, Spanish, German),
// jailbreak (role-play, "modes", safety bypass), system_prompt_extraction,
// data_exfiltration (markdown images/links carrying data out, sending chats or credentials
// to outside hosts, dumping other users' data), secrets (keys, tokens, passwords in the
// prompt), code_injection (XSS, SQL injection, template injection, path traversal, shell),
// obfuscation (zero-width and bidi controls, Unicode tag smuggling, homoglyphs, spaced-out
// letters, leetspeak, base64/hex payloads - decoded payloads and smuggled text are scanned
// again, two levels deep).
//
// Every finding is a signal { category, rule, weight, start, end } with UTF-16 offsets into
// the text (end exclusive). Distinct rules combine as independent evidence:
// score = 1 - prod(1 - weight). The text is `detected` when score reaches the sensitivity's
// threshold: low 0.8, medium 0.5, high 0.3. Severity grades the score alone: none < 0.3 <=
// low < 0.5 <= medium < 0.8 <= high < 0.95 <= critical.
//
// Beside the rules, a small learned model (logistic regression over hashed words, word pairs
// and character n-grams of the normalised text, trained offline: threat_model.h) scores every
// layer; when its weight reaches a floor it adds a signal with rule "learned_model", the
// category the rules weigh most (else prompt_injection), the span of its strongest window of
// words, and `evidence`: the words that weighed most. It combines with the rules like any rule.
//
// All matching is RE2 (linear time). Text beyond max_bytes is kTooLarge.
#ifndef COPILOT_SECURITY_THREAT_SCANNER_H_
#define COPILOT_SECURITY_THREAT_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/status.h"

namespace copilot::security {

enum class Sensitivity { kLow, kMedium, kHigh };

// "low" | "medium" | "high"; kInvalidArgument otherwise.
Result<Sensitivity> ParseSensitivity(std::string_view name);
double DetectionThreshold(Sensitivity sensitivity);

struct ThreatScanOptions {
  Sensitivity sensitivity = Sensitivity::kMedium;
  std::size_t max_bytes = std::size_t{4} << 20;
};

struct ThreatSignal {
  std::string category;
  std::string rule;
  double weight = 0;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  // Rule "learned_model" only: up to three words or word pairs that weighed most.
  std::vector<std::string> evidence;
};

struct ThreatReport {
  bool detected = false;
  double score = 0;
  std::string severity = "none";
  std::vector<std::string> categories;  // strongest first
  std::vector<ThreatSignal> signals;    // in text order

  nlohmann::json ToJson() const;
};

Result<ThreatReport> ScanThreats(std::string_view text, const ThreatScanOptions& options = ThreatScanOptions());

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_THREAT_SCANNER_H_
