#include "security/threat_scanner.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "security/text_views.h"
#include "security/threat_model.h"
#include "security/threat_model_weights.h"
#include "security/threat_rules.h"

namespace copilot::security {
namespace {

constexpr int kMaxDecodeDepth = 2;
constexpr double kEducationalFactor = 0.6;
constexpr double kQuotedFactor = 0.5;
constexpr std::size_t kMaxDecodedRuns = 64;
constexpr std::size_t kMaxRunBytes = std::size_t{256} << 10;
constexpr const char* kLearnedRule = "learned_model";
// Until ScanThreats gives it the strongest rule category.
constexpr const char* kLearnedCategory = "prompt_injection";

bool IsQuoteByte(unsigned char c) {
  // ASCII quotes, and the last byte of the UTF-8 forms of curly quotes and guillemets.
  return c == '"' || c == '\'' || c == '`' || c == 0x9C || c == 0x9D || c == 0x98 || c == 0x99 || c == 0xAB ||
         c == 0xBB;
}

// True when the match is written inside quotation marks: people quoting an attack to ask
// about it rather than making it.
bool Quoted(const std::string& text, std::size_t b, std::size_t e) {
  std::size_t k = b;
  int skipped = 0;
  while (k > 0 && text[k - 1] == ' ' && skipped++ < 2) --k;
  if (k == 0 || !IsQuoteByte(static_cast<unsigned char>(text[k - 1]))) return false;
  const std::size_t limit = std::min(text.size(), e + 60);
  for (std::size_t i = e; i < limit; ++i) {
    if (IsQuoteByte(static_cast<unsigned char>(text[i]))) return true;
  }
  return false;
}

ThreatSignal SignalFor(const ThreatRule& rule, double weight, const MappedText& view, std::size_t b, std::size_t e) {
  ThreatSignal s{rule.category, rule.id, weight, 0, 0, {}};
  if (view.text.empty()) return s;
  s.start = view.SpanBegin(std::min(b, view.text.size() - 1));
  s.end = e > b ? view.SpanEnd(e) : s.start;
  return s;
}

// `text` is view.text, or a same-length rewrite of it (leet, rot13) that shares its map;
// `hits` are the rules found in it.
void AddHits(const MappedText& view, const std::string& text, const std::vector<CompiledRules::Hit>& hits, bool clean,
             bool educational, std::set<std::size_t>* seen, std::vector<ThreatSignal>* out, bool* found_new) {
  const std::vector<ThreatRule>& rules = ThreatRules();
  for (const CompiledRules::Hit& hit : hits) {
    if (!seen->insert(hit.rule).second) continue;
    const ThreatRule& rule = rules[hit.rule];
    double weight = rule.weight;
    if (educational && rule.dampened) weight *= kEducationalFactor;
    if (!clean && Quoted(text, hit.begin, hit.end)) weight *= kQuotedFactor;
    out->push_back(SignalFor(rule, weight, view, hit.begin, hit.end));
    if (found_new != nullptr) *found_new = true;
  }
}

bool IsBase64Char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
         c == '-' || c == '_';
}

bool LooksLikeText(const std::string& bytes) {
  if (bytes.size() < 8) return false;
  std::size_t printable = 0;
  std::size_t spaces = 0;
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t' || c == '\r') ++printable;
    if (c == ' ') ++spaces;
  }
  return printable * 10 >= bytes.size() * 9 && spaces > 0;
}

std::string Decode(std::string_view run) {
  std::string out(run.size(), '\0');
  std::size_t len = 0;
  const bool hex = run.size() % 2 == 0 && std::all_of(run.begin(), run.end(), [](char c) {
                     return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                   });
  if (hex) {
    if (sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), run.data(), run.size(), nullptr, &len,
                       nullptr) == 0) {
      out.resize(len);
      return out;
    }
    return {};
  }
  for (int variant : {sodium_base64_VARIANT_ORIGINAL_NO_PADDING, sodium_base64_VARIANT_URLSAFE_NO_PADDING}) {
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), run.data(), run.size(), nullptr,
                          &len, nullptr, variant) == 0) {
      out.resize(len);
      return out;
    }
  }
  return {};
}

std::vector<ThreatSignal> ScanLayer(std::string_view text, int depth);

// The learned model's opinion of the normalised view, as a signal over its strongest window
// when its weight reaches the floor. Its category is settled in ScanThreats.
void AddLearned(const MappedText& norm, std::vector<ThreatSignal>* out) {
  // The logit at which the weight reaches the floor: evidence is worth computing from there.
  const double floor_logit = std::log(kThreatModelFloor / (1.0 - kThreatModelFloor)) - kThreatModelOffset;
  const LearnedScore learned = ScoreThreatModel(norm.text, 1.0 / (1.0 + std::exp(-floor_logit)));
  if (!learned.scored) return;
  const double weight = 1.0 / (1.0 + std::exp(-(learned.logit + kThreatModelOffset)));
  if (weight < kThreatModelFloor) return;
  ThreatSignal s{kLearnedCategory, kLearnedRule, std::round(weight * 1000.0) / 1000.0, 0, 0, {}};
  if (!norm.text.empty() && learned.end > learned.begin) {
    s.start = norm.SpanBegin(learned.begin);
    s.end = norm.SpanEnd(learned.end);
  }
  s.evidence = learned.evidence;
  out->push_back(std::move(s));
}

// Adds what a nested text (a decoded payload, smuggled tag characters) holds, placed at the
// span of the original that carried it.
void AddNested(std::string_view inner, std::uint32_t start, std::uint32_t end, const char* carrier, int depth,
               std::vector<ThreatSignal>* out) {
  std::vector<ThreatSignal> nested = ScanLayer(inner, depth + 1);
  const bool meaningful = std::any_of(nested.begin(), nested.end(), [](const ThreatSignal& s) {
    return s.category != "obfuscation" || s.rule != "letter_spacing";
  });
  if (!meaningful) return;
  for (ThreatSignal& s : nested) {
    s.start = start;
    s.end = end;
    out->push_back(std::move(s));
  }
  if (carrier != nullptr) out->push_back({"obfuscation", carrier, 0.35, start, end, {}});
}

void ScanEncodedRuns(const MappedText& clean, int depth, std::vector<ThreatSignal>* out) {
  const std::string& t = clean.text;
  std::size_t decoded = 0;
  for (std::size_t i = 0; i < t.size() && decoded < kMaxDecodedRuns;) {
    if (!IsBase64Char(t[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < t.size() && IsBase64Char(t[j])) ++j;
    std::size_t end = j;
    while (end < t.size() && t[end] == '=') ++end;
    if (j - i >= 16 && j - i <= kMaxRunBytes) {
      ++decoded;
      const std::string bytes = Decode(std::string_view(t).substr(i, j - i));
      if (LooksLikeText(bytes)) AddNested(bytes, clean.SpanBegin(i), clean.SpanEnd(end), "encoded_payload", depth, out);
    }
    i = end;
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Runs of C-style hex escapes ("\x69\x67\x6e..."), at least kMinEscapes long, decoded and
// scanned again like base64 and bare hex.
void ScanEscapedRuns(const MappedText& clean, int depth, std::vector<ThreatSignal>* out) {
  constexpr std::size_t kMinEscapes = 8;
  const std::string& t = clean.text;
  auto escape_at = [&](std::size_t k) {
    return k + 3 < t.size() && t[k] == '\\' && (t[k + 1] == 'x' || t[k + 1] == 'X') && HexValue(t[k + 2]) >= 0 &&
           HexValue(t[k + 3]) >= 0;
  };
  std::size_t decoded = 0;
  for (std::size_t i = t.find('\\'); i != std::string::npos && decoded < kMaxDecodedRuns; i = t.find('\\', i)) {
    std::string bytes;
    std::size_t j = i;
    while (escape_at(j) && j - i < kMaxRunBytes) {
      bytes.push_back(static_cast<char>(HexValue(t[j + 2]) * 16 + HexValue(t[j + 3])));
      j += 4;
    }
    if (bytes.size() >= kMinEscapes) {
      ++decoded;
      if (LooksLikeText(bytes)) AddNested(bytes, clean.SpanBegin(i), clean.SpanEnd(j), "hex_escapes", depth, out);
    }
    i = j == i ? i + 1 : j;
  }
}

// ROT13 of the lower-case ASCII letters; everything else, and the byte count, unchanged.
std::string Rot13(const std::string& norm) {
  std::string out = norm;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>('a' + (c - 'a' + 13) % 26);
  }
  return out;
}

std::vector<ThreatSignal> ScanLayer(std::string_view text, int depth) {
  std::vector<ThreatSignal> out;
  const TextViews views = BuildTextViews(text);
  for (const ViewFinding& f : views.findings) out.push_back({"obfuscation", f.rule, f.weight, f.start, f.end, {}});
  const CompiledRules& rules = CompiledRules::Get();
  CompiledRules::Cues cues;
  const std::vector<CompiledRules::Hit> norm_hits = rules.Find(views.norm.text, false, &cues);
  const bool educational = cues.educational;
  std::set<std::size_t> seen;
  AddHits(views.norm, views.norm.text, norm_hits, false, educational, &seen, &out, nullptr);
  if (!views.leet.empty()) {
    bool leet_found = false;
    AddHits(views.norm, views.leet, rules.Find(views.leet, false), false, educational, &seen, &out, &leet_found);
    if (leet_found) out.push_back({"obfuscation", "leetspeak", 0.35, 0, 0, {}});
  }
  // ROT13 is read only when the text names it or holds an attack word in ROT13: a second
  // pass of every rule over the whole text would double the cost of every scan.
  if (cues.rot13) {
    bool rot13_found = false;
    const std::string rot13 = Rot13(views.norm.text);
    AddHits(views.norm, rot13, rules.Find(rot13, false), false, educational, &seen, &out, &rot13_found);
    if (rot13_found) out.push_back({"obfuscation", "rot13", 0.35, 0, 0, {}});
  }
  AddHits(views.clean, views.clean.text, rules.Find(views.clean.text, true), true, false, &seen, &out, nullptr);
  AddLearned(views.norm, &out);
  if (depth < kMaxDecodeDepth) {
    ScanEscapedRuns(views.clean, depth, &out);
    if (!views.smuggled.empty()) {
      AddNested(views.smuggled, views.smuggled_start, views.smuggled_end, nullptr, depth, &out);
    }
    ScanEncodedRuns(views.clean, depth, &out);
  }
  return out;
}

const char* SeverityOf(double score) {
  if (score >= 0.95) return "critical";
  if (score >= 0.8) return "high";
  if (score >= 0.5) return "medium";
  if (score >= 0.3) return "low";
  return "none";
}

// The learned model tells attack from benign, not which kind: its signals take the category
// the rules weigh most (obfuscation aside, which says how, not what), else prompt_injection.
void SettleLearnedCategory(std::vector<ThreatSignal>* signals) {
  const ThreatSignal* strongest = nullptr;
  for (const ThreatSignal& s : *signals) {
    if (s.rule == kLearnedRule || s.category == "obfuscation") continue;
    if (strongest == nullptr || s.weight > strongest->weight) strongest = &s;
  }
  if (strongest == nullptr) return;
  const std::string category = strongest->category;
  for (ThreatSignal& s : *signals) {
    if (s.rule == kLearnedRule) s.category = category;
  }
}

}  // namespace

Result<Sensitivity> ParseSensitivity(std::string_view name) {
  if (name == "low") return Sensitivity::kLow;
  if (name == "medium") return Sensitivity::kMedium;
  if (name == "high") return Sensitivity::kHigh;
  return Status(StatusCode::kInvalidArgument, "sensitivity is 'low', 'medium' or 'high'");
}

double DetectionThreshold(Sensitivity sensitivity) {
  switch (sensitivity) {
    case Sensitivity::kLow: return 0.8;
    case Sensitivity::kHigh: return 0.3;
    case Sensitivity::kMedium: break;
  }
  return 0.5;
}

nlohmann::json ThreatReport::ToJson() const {
  nlohmann::json out = {{"detected", detected}, {"score", score}, {"severity", severity}, {"categories", categories}};
  nlohmann::json& list = out["signals"] = nlohmann::json::array();
  for (const ThreatSignal& s : signals) {
    nlohmann::json& item = list.emplace_back(nlohmann::json{
        {"category", s.category}, {"rule", s.rule}, {"weight", s.weight}, {"start", s.start}, {"end", s.end}});
    if (!s.evidence.empty()) item["evidence"] = s.evidence;
  }
  return out;
}

Result<ThreatReport> ScanThreats(std::string_view text, const ThreatScanOptions& options) {
  if (text.size() > options.max_bytes) {
    return Status(StatusCode::kTooLarge, "text of " + std::to_string(text.size()) +
                                             " bytes exceeds the scan limit of " + std::to_string(options.max_bytes) +
                                             " bytes");
  }
  ThreatReport report;
  report.signals = ScanLayer(text, 0);
  SettleLearnedCategory(&report.signals);
  // One piece of evidence per rule: the strongest instance.
  std::map<std::string, double> by_rule;
  std::map<std::string, double> by_category;
  for (const ThreatSignal& s : report.signals) {
    double& w = by_rule[s.category + "/" + s.rule];
    w = std::max(w, s.weight);
    double& c = by_category[s.category];
    c = std::max(c, s.weight);
  }
  double keep = 1.0;
  for (const auto& [rule, weight] : by_rule) keep *= 1.0 - weight;
  report.score = std::round((1.0 - keep) * 1000.0) / 1000.0;
  report.severity = SeverityOf(report.score);
  report.detected = report.score >= DetectionThreshold(options.sensitivity);
  std::vector<std::pair<double, std::string>> ranked;
  ranked.reserve(by_category.size());
  for (const auto& [category, weight] : by_category) ranked.emplace_back(weight, category);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (auto& [weight, category] : ranked) report.categories.push_back(std::move(category));
  std::stable_sort(report.signals.begin(), report.signals.end(),
                   [](const ThreatSignal& a, const ThreatSignal& b) { return a.start < b.start; });
  return report;
}

}  // namespace copilot::security
