#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "pii/normalize.h"
#include "pii/pii.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

constexpr const char* kBuiltinNames[kBuiltinTypeCount] = {
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "US_ITIN",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "MAC_ADDRESS",
    "CRYPTO",
    "UK_NHS",
    "UK_NINO",
    "DATE_TIME",
    "PERSON",
    "LOCATION",
    "SECRET",
    // National identifiers
    "IT_FISCAL_CODE",
    "IN_AADHAAR",
    "IN_PAN",
    "PL_PESEL",
    "ES_NIF",
    "ES_NIE",
    "SG_NRIC_FIN",
    "AU_TFN",
    "AU_MEDICARE",
    "AU_ABN",
    "US_PASSPORT",
    "US_DRIVER_LICENSE",
    "BR_CPF",
    "BR_CNPJ",
    "NL_BSN",
    "SE_PERSONNUMMER",
    "FI_PERSONAL_IDENTITY_CODE",
    "FR_NIR",
    "DE_TAX_ID",
    "KR_RRN",
    "CN_RESIDENT_ID",
    "JP_MY_NUMBER",
    "CA_SIN",
};

struct CompiledPattern {
  int type;
  float confidence;
  std::unique_ptr<RE2> re;
};

// Keeps, among overlapping candidates, the one with the higher score (then the longer one).
std::vector<Entity> ResolveOverlaps(std::vector<Entity>& candidates) {
  // The scanner emits left to right, so the candidates are usually in order already; custom
  // patterns' matches come after and need the sort (stable: on a tie the built-in comes first).
  const auto before = [](const Entity& a, const Entity& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  };
  if (!std::is_sorted(candidates.begin(), candidates.end(), before)) {
    std::stable_sort(candidates.begin(), candidates.end(), before);
  }
  std::vector<Entity> kept;
  kept.reserve(candidates.size());
  for (const Entity& e : candidates) {
    if (!kept.empty() && e.begin < kept.back().end) {
      Entity& last = kept.back();
      const bool better = e.score > last.score || (e.score == last.score && e.end - e.begin > last.end - last.begin);
      if (better) last = e;
      continue;
    }
    kept.push_back(e);
  }
  return kept;
}

}  // namespace

const char* EntityTypeName(int type) {
  return type >= 0 && type < kBuiltinTypeCount ? kBuiltinNames[type] : "";
}

struct Detector::Impl {
  std::vector<std::string> names;
  std::vector<CompiledPattern> patterns;
};

Detector::Detector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Detector::Detector(Detector&&) noexcept = default;
Detector& Detector::operator=(Detector&&) noexcept = default;
Detector::~Detector() = default;

Result<Detector> Detector::Create(const DetectorOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->names.assign(kBuiltinNames, kBuiltinNames + kBuiltinTypeCount);
  for (std::size_t k = 0; k < options.custom_patterns.size(); ++k) {
    const CustomPattern& p = options.custom_patterns[k];
    const std::string where = "customPatterns[" + std::to_string(k) + "]";
    if (p.type.empty() || p.type.size() > 64) {
      return Status(StatusCode::kInvalidArgument, where + ".type must be a name of 1 to 64 characters");
    }
    if (!(p.confidence >= 0 && p.confidence <= 1)) {
      return Status(StatusCode::kInvalidArgument, where + ".confidence must be a number from 0 to 1");
    }
    RE2::Options re_options;
    re_options.set_log_errors(false);
    re_options.set_max_mem(8 << 20);
    auto re = std::make_unique<RE2>(p.pattern, re_options);
    if (!re->ok()) {
      return Status(StatusCode::kInvalidPattern, where + " (" + p.type + "): RE2 rejects the pattern: " + re->error() +
                                                     ". Fix the regular expression.");
    }
    auto found = std::find(impl->names.begin(), impl->names.end(), p.type);
    const int type = static_cast<int>(found - impl->names.begin());
    if (found == impl->names.end()) impl->names.push_back(p.type);
    impl->patterns.push_back(CompiledPattern{type, static_cast<float>(p.confidence), std::move(re)});
  }
  return Detector(std::move(impl));
}

const std::vector<std::string>& Detector::type_names() const {
  return impl_->names;
}

std::vector<Entity> Detector::Detect(std::string_view text, const ScanOptions& options) const {
  const NormalizedText normalized(text);
  const std::string_view s = normalized.text();
  std::vector<Entity> candidates;
  Scanner(s, candidates).Run();
  for (const CompiledPattern& p : impl_->patterns) {
    re2::StringPiece input(s.data(), s.size());
    re2::StringPiece match;
    std::size_t pos = 0;
    while (pos <= s.size() && p.re->Match(input, pos, s.size(), RE2::UNANCHORED, &match, 1)) {
      const auto begin = static_cast<std::size_t>(match.data() - s.data());
      const std::size_t end = begin + match.size();
      if (end > begin) candidates.push_back(Entity{p.type, begin, end, p.confidence});
      pos = end > begin ? end : end + 1;
    }
  }
  auto wanted = [&](const Entity& e) {
    const auto type = static_cast<std::size_t>(e.type);
    const float floor = type < options.min_scores.size() && options.min_scores[type] >= 0 ? options.min_scores[type]
                                                                                          : options.min_score;
    if (e.score < floor) return false;
    return options.types.empty() ||
           (static_cast<std::size_t>(e.type) < options.types.size() && options.types[static_cast<std::size_t>(e.type)]);
  };
  candidates.erase(std::remove_if(candidates.begin(), candidates.end(), [&](const Entity& e) { return !wanted(e); }),
                   candidates.end());
  std::vector<Entity> kept = ResolveOverlaps(candidates);
  for (Entity& e : kept) {
    e.begin = normalized.OriginalBegin(e.begin);
    e.end = normalized.OriginalEnd(e.end);
  }
  return kept;
}

Status CheckText(std::string_view text) {
  if (text.size() > kMaxTextBytes) {
    return Status(StatusCode::kTooLarge, "the text is " + std::to_string(text.size()) +
                                             " bytes; the PII engine scans at most 64 MiB per call. Split the text.");
  }
  return Status::Ok();
}

}  // namespace copilot::pii
