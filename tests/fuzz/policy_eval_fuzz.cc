// Any byte string as a request, or as a policy, must give a decision or a status: never a
// crash, and a refused policy must leave the set deciding as before.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "security/policy_set.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  copilot::security::PolicySet set;
  const char* policy = R"({"name":"p","match":"any","conditions":[
      {"field":"a","operator":"matches","value":"^x+$"},{"field":"b.c","operator":"in","value":[1,"y"]},
      {"all":[{"field":"n","operator":"gte","value":3},{"field":"s","operator":"contains","value":"z"}]}],
      "actions":[{"type":"block"}]})";
  if (!set.Add(nlohmann::json::parse(policy)).ok()) __builtin_trap();
  const copilot::Result<copilot::security::Evaluation> before = set.Evaluate(text);
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_discarded()) {
    const copilot::Result<std::string> added = set.Add(doc);
    if (!added.ok()) {
      if (set.size() != 1) __builtin_trap();
      const copilot::Result<copilot::security::Evaluation> after = set.Evaluate(text);
      if (before.ok() != after.ok()) __builtin_trap();
      if (before.ok() && before.value().decision != after.value().decision) __builtin_trap();
    }
  }
  return 0;
}
