// Internal to the threat scanner: the detection rules and their compiled form.
//
// Each rule is an RE2 pattern over one view of the prompt (see text_views.h) with a weight
// in (0, 1): how sure a match alone makes us that the prompt is an attack. Weights combine
// as independent evidence (1 - prod(1 - w)). `dampened` rules describe things people also
// ask about (SQL injection, XSS, "system prompts"): their weight is reduced when the prompt
// is framed as a question about security ("how do I prevent ...").
#ifndef COPILOT_SECURITY_THREAT_RULES_H_
#define COPILOT_SECURITY_THREAT_RULES_H_

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class RE2;
}

namespace copilot::security {

struct ThreatRule {
  const char* category;
  const char* id;
  double weight;
  bool on_clean;  // runs on the case-preserving view (secrets); otherwise on the normalised one
  bool dampened;
  const char* pattern;
};

const std::vector<ThreatRule>& ThreatRules();

// All rules compiled once; Find() runs one view through an RE2::Set, then locates each
// matching rule's first match.
class CompiledRules {
 public:
  static const CompiledRules& Get();

  struct Hit {
    std::size_t rule;   // index into ThreatRules()
    std::size_t begin;  // byte offsets into the view
    std::size_t end;
  };
  // What the normalised view's pass also tells: whether the prompt is framed as a question
  // about security ("how do I prevent ..."), and whether it names ROT13 or holds a common
  // attack word written in ROT13 ("vtaber" for "ignore"), the cue for reading it in ROT13.
  struct Cues {
    bool educational = false;
    bool rot13 = false;
  };
  // The rules matching `view` (the clean view's rules when `clean`); on the normalised view
  // `cues`, when given, is filled in the same pass.
  std::vector<Hit> Find(std::string_view view, bool clean, Cues* cues = nullptr) const;

 private:
  CompiledRules();
  struct Impl;
  std::shared_ptr<Impl> impl_;
};

}  // namespace copilot::security

#endif  // COPILOT_SECURITY_THREAT_RULES_H_
