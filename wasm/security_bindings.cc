// Bindings for src/security: the compiled policy set, prompt threat scanning, and the
// audit log's Merkle tree and signed tree heads. Documents cross as JSON text, digests as
// hex, entries as UTF-8 strings; results come back as JSON text that js/ parses once.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <sodium.h>

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "boundary.h"
#include "config/json_document.h"
#include "security/flat_request.h"
#include "security/merkle_tree.h"
#include "security/policy_set.h"
#include "security/threat_model.h"
#include "security/threat_scanner.h"
#include "security/tree_head.h"
#include "security/utf8.h"

namespace copilot::wasm {
namespace {

using security::Digest;

Result<nlohmann::json> ParsePolicyJson(const std::string& text) {
  JsonLimits limits;
  limits.max_bytes = std::size_t{1} << 20;
  limits.max_depth = 32;
  Result<nlohmann::json> doc = ParseJsonDocument(text, limits);
  if (!doc.ok()) return Status(StatusCode::kInvalidPolicy, "policy: " + doc.status().message());
  return doc;
}

std::string Identity(const std::string& s) {
  return s;
}

class PolicySetHandle {
 public:
  explicit PolicySetHandle(const std::string& default_decision) {
    security::PolicySetOptions options;
    if (default_decision == "deny") options.default_decision = security::Effect::kDeny;
    if (default_decision == "challenge") options.default_decision = security::Effect::kChallenge;
    set_ = security::PolicySet(options);
  }
  emscripten::val SetRoles(const std::string& json) {
    Result<nlohmann::json> doc = ParseJsonDocument(json);
    if (!doc.ok()) return StatusToJs(doc.status());
    return StatusToJs(set_.SetRolePermissions(doc.value()));
  }
  emscripten::val Add(const std::string& json) {
    Result<nlohmann::json> doc = ParsePolicyJson(json);
    if (!doc.ok()) return StatusToJs(doc.status());
    return ResultToJs(set_.Add(doc.value()), Identity);
  }
  emscripten::val Update(const std::string& id, const std::string& json) {
    Result<nlohmann::json> doc = ParsePolicyJson(json);
    if (!doc.ok()) return StatusToJs(doc.status());
    return StatusToJs(set_.Update(id, doc.value()));
  }
  emscripten::val Remove(const std::string& id) { return StatusToJs(set_.Remove(id)); }
  std::string List() const { return set_.List().dump(); }
  emscripten::val Evaluate(const std::string& request) const {
    return ResultToJs(set_.Evaluate(request), [](const security::Evaluation& e) { return e.ToJson().dump(); });
  }
  std::string Describe() const { return set_.Describe().dump(); }

  // The per-request path (js/security/policy-evaluator.js). js/ writes the request's
  // field-table slots (security/flat_request.h) straight into two buffers this handle owns,
  // found with slotBuffer() and textBuffer(bytes), then calls evaluateBuffers(version,
  // textBytes): only numbers cross. The buffers' addresses stay valid until the next
  // slotBuffer() / larger textBuffer() call; js/ takes a fresh view of the module's memory
  // for every call. The result is the address of a trace in this handle's memory:
  //   [n, decision (1 allow, 2 challenge, 3 deny), defaulted, risk, decider hit or -1,
  //    k, k denied permission indices, sensitive denied, hits, then per hit: policy index,
  //    held count, held leaf numbers]   (n: the count of numbers after the first)
  // valid until the next call, or 0 when the request was refused (lastStatus() says why).
  double SlotBuffer() {
    numbers_.assign(set_.FieldSlots().size() / 2 * security::kFlatNumbersPerSlot, 0.0);
    return Address(numbers_.data());
  }
  double TextBuffer(double bytes) {
    if (!(bytes >= 0) || bytes > static_cast<double>(kMaxTextBytes)) return 0;
    const auto wanted = static_cast<std::size_t>(bytes) + 1;  // never empty: data() is an address
    if (text_.size() < wanted) text_.resize(wanted);
    return Address(text_.data());
  }
  double EvaluateBuffers(double version, double text_bytes) {
    status_ = EvaluateWritten(version, text_bytes);
    return status_.ok() ? Address(out_.data()) : 0;
  }
  emscripten::val LastStatus() const { return StatusToJs(status_); }

 private:
  static constexpr std::size_t kMaxTextBytes = std::size_t{4} << 20;

  template <typename T>
  static double Address(const T* p) {
    return static_cast<double>(reinterpret_cast<std::uintptr_t>(p));
  }

  Status EvaluateWritten(double version, double text_bytes) {
    if (version != static_cast<double>(set_.version())) {
      return Status(StatusCode::kInvalidArgument, "request: read for an older version of the policy set");
    }
    if (numbers_.size() != set_.FieldSlots().size() / 2 * security::kFlatNumbersPerSlot) {
      return Status(StatusCode::kInvalidArgument, "request: the slot buffer is not this version's");
    }
    if (!(text_bytes >= 0) || text_bytes > static_cast<double>(text_.size()) || text_bytes != std::floor(text_bytes)) {
      return Status(StatusCode::kInvalidArgument, "request: the text length exceeds its buffer");
    }
    JsonLimits limits;
    limits.max_bytes = std::size_t{1} << 20;
    limits.max_depth = 32;
    const std::string_view text(text_.data(), static_cast<std::size_t>(text_bytes));
    Status decoded = request_.Decode(numbers_.data(), numbers_.size(), text, limits);
    if (!decoded.ok()) return decoded;
    Status evaluated = set_.EvaluateSlots(request_.values(), &trace_);
    if (!evaluated.ok()) return evaluated;
    const security::DecisionTrace& t = trace_;
    out_.clear();
    out_.insert(out_.end(), {0.0, static_cast<double>(t.decision), t.defaulted ? 1.0 : 0.0, t.risk,
                             static_cast<double>(t.decider), static_cast<double>(t.denied_permissions.size())});
    for (int i : t.denied_permissions) out_.push_back(i);
    out_.push_back(t.sensitive_denied ? 1 : 0);
    out_.push_back(static_cast<double>(t.hits.size()));
    for (const security::DecisionTrace::Hit& hit : t.hits) {
      out_.push_back(static_cast<double>(hit.policy));
      out_.push_back(static_cast<double>(hit.held_count));
      for (std::size_t i = 0; i < hit.held_count; ++i) out_.push_back(t.held[hit.first_held + i]);
    }
    out_[0] = static_cast<double>(out_.size() - 1);
    return Status::Ok();
  }

  security::PolicySet set_;
  std::vector<double> numbers_;
  std::vector<char> text_;
  security::FlatRequest request_;
  security::DecisionTrace trace_;
  std::vector<double> out_;
  Status status_;
};

emscripten::val ScanThreats(const std::string& text, const std::string& sensitivity) {
  Result<security::Sensitivity> s = security::ParseSensitivity(sensitivity);
  if (!s.ok()) return StatusToJs(s.status());
  security::ThreatScanOptions options;
  options.sensitivity = s.value();
  return ResultToJs(security::ScanThreats(text, options),
                    [](const security::ThreatReport& r) { return r.ToJson().dump(); });
}

// For scripts/train-threat-model.mjs only (not part of core.security): the learned model's
// feature buckets of a text, as a Uint32Array.
emscripten::val ThreatModelFeatures(const std::string& text) {
  return TypedToJs(security::ThreatModelFeatures(text));
}

std::string ProofJson(const std::vector<Digest>& proof) {
  nlohmann::json out = nlohmann::json::array();
  for (const Digest& d : proof) out.push_back(security::ToHex(d));
  return out.dump();
}

Result<std::vector<Digest>> ProofFromJson(const std::string& text) {
  Result<nlohmann::json> doc = ParseJsonDocument(text);
  if (!doc.ok() || !doc.value().is_array()) return Status(StatusCode::kInvalidArgument, "a proof is an array of hex");
  std::vector<Digest> out;
  for (const nlohmann::json& h : doc.value()) {
    if (!h.is_string()) return Status(StatusCode::kInvalidArgument, "a proof is an array of hex digests");
    Result<Digest> d = security::DigestFromHex(h.get<std::string>());
    if (!d.ok()) return d.status();
    out.push_back(d.value());
  }
  return out;
}

// Entries arrive as one string and their byte lengths, so a whole log crosses in one call.
class AuditTreeHandle {
 public:
  double Append(const std::string& entry) { return static_cast<double>(tree_.Append(entry)); }
  emscripten::val AppendLeafHash(const std::string& hex) {
    Result<Digest> d = security::DigestFromHex(hex);
    if (!d.ok()) return StatusToJs(d.status());
    tree_.AppendLeafHash(d.value());
    return StatusToJs(Status::Ok());
  }
  emscripten::val AppendBatch(const std::string& blob, const emscripten::val& lengths) {
    const std::vector<double> sizes = emscripten::vecFromJSArray<double>(lengths);
    std::size_t at = 0;
    for (double size : sizes) {
      const auto n = static_cast<std::size_t>(size);
      if (size < 0 || at + n > blob.size()) {
        return StatusToJs(Status(StatusCode::kInvalidArgument, "entry lengths exceed the bytes given"));
      }
      tree_.Append(std::string_view(blob).substr(at, n));
      at += n;
    }
    return StatusToJs(Status::Ok());
  }
  // Appends entries given as UTF-8 bytes (a Uint8Array, as TextEncoder writes them) and
  // their lengths in UTF-16 code units (a Uint32Array of the strings' .length): a whole log in
  // one crossing, for verify(). Returns the new leaves' hashes as hex, 64 digits each, in
  // order; kInvalidArgument, and nothing appended, when the lengths do not cut the bytes into
  // whole characters exactly.
  emscripten::val AppendEntries(const emscripten::val& bytes, const emscripten::val& units) {
    bool ok = false;
    const std::string blob = BytesFromJs(bytes, &ok);
    if (!ok) return StatusToJs(Status(StatusCode::kInvalidArgument, "entries cross as a Uint8Array"));
    TypedFromJs(units, &sizes_);
    std::size_t at = 0;
    for (std::uint32_t& size : sizes_) {  // units -> bytes, in place
      const std::size_t n = security::Utf8BytesForUnits(blob, at, size);
      if (n == std::string_view::npos) {
        return StatusToJs(Status(StatusCode::kInvalidArgument, "entry lengths do not fit the bytes given"));
      }
      size = static_cast<std::uint32_t>(n);
      at += n;
    }
    if (at != blob.size()) return StatusToJs(Status(StatusCode::kInvalidArgument, "bytes left over after the entries"));
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex(sizes_.size() * 64, '0');
    at = 0;
    for (std::size_t i = 0; i < sizes_.size(); ++i) {
      const Digest& leaf = tree_.leaf_hash(tree_.Append(std::string_view(blob).substr(at, sizes_[i])));
      at += sizes_[i];
      for (std::size_t b = 0; b < leaf.size(); ++b) {
        hex[64 * i + 2 * b] = kHex[leaf[b] >> 4];
        hex[64 * i + 2 * b + 1] = kHex[leaf[b] & 15];
      }
    }
    return ResultToJs(Result<std::string>(std::move(hex)), Identity);
  }
  double Size() const { return static_cast<double>(tree_.size()); }
  std::string LeafHash(double index) const {
    if (index < 0 || index >= Size()) return "";
    return security::ToHex(tree_.leaf_hash(static_cast<std::uint64_t>(index)));
  }
  emscripten::val RootAt(double size) const {
    return ResultToJs(tree_.RootAt(static_cast<std::uint64_t>(size)),
                      [](const Digest& d) { return security::ToHex(d); });
  }
  emscripten::val Inclusion(double index, double size) const {
    return ResultToJs(tree_.InclusionProof(static_cast<std::uint64_t>(index), static_cast<std::uint64_t>(size)),
                      ProofJson);
  }
  emscripten::val Consistency(double old_size, double new_size) const {
    return ResultToJs(
        tree_.ConsistencyProof(static_cast<std::uint64_t>(old_size), static_cast<std::uint64_t>(new_size)), ProofJson);
  }

 private:
  security::MerkleTree tree_;
  std::vector<std::uint32_t> sizes_;
};

bool VerifyInclusion(const std::string& leaf, double index, double size, const std::string& proof,
                     const std::string& root) {
  Result<Digest> l = security::DigestFromHex(leaf);
  Result<Digest> r = security::DigestFromHex(root);
  Result<std::vector<Digest>> p = ProofFromJson(proof);
  if (!l.ok() || !r.ok() || !p.ok() || index < 0 || size < 0) return false;
  return security::VerifyInclusion(l.value(), static_cast<std::uint64_t>(index), static_cast<std::uint64_t>(size),
                                   p.value(), r.value());
}

bool VerifyConsistency(double old_size, double new_size, const std::string& old_root, const std::string& new_root,
                       const std::string& proof) {
  Result<Digest> a = security::DigestFromHex(old_root);
  Result<Digest> b = security::DigestFromHex(new_root);
  Result<std::vector<Digest>> p = ProofFromJson(proof);
  if (!a.ok() || !b.ok() || !p.ok() || old_size < 0 || new_size < 0) return false;
  return security::VerifyConsistency(static_cast<std::uint64_t>(old_size), static_cast<std::uint64_t>(new_size),
                                     a.value(), b.value(), p.value());
}

std::string Hex(const unsigned char* data, std::size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(kHex[data[i] >> 4]);
    out.push_back(kHex[data[i] & 15]);
  }
  return out;
}

// A signer made from a 32-byte seed given as 64 hex digits, or a fresh random key when the
// seed is empty; check status() before use.
class SignerHandle {
 public:
  explicit SignerHandle(const std::string& seed_hex) {
    if (seed_hex.empty()) {
      signer_ = std::make_unique<security::TreeHeadSigner>(security::TreeHeadSigner::Generate());
      return;
    }
    std::string seed(32, '\0');
    std::size_t len = 0;
    if (seed_hex.size() != 64 || sodium_hex2bin(reinterpret_cast<unsigned char*>(seed.data()), seed.size(),
                                                seed_hex.data(), seed_hex.size(), nullptr, &len, nullptr) != 0) {
      status_ = Status(StatusCode::kInvalidArgument, "an audit signing seed is 32 bytes");
      return;
    }
    Result<security::TreeHeadSigner> s = security::TreeHeadSigner::FromSeed(seed);
    sodium_memzero(seed.data(), seed.size());
    if (!s.ok()) {
      status_ = s.status();
      return;
    }
    signer_ = std::make_unique<security::TreeHeadSigner>(std::move(s).value());
  }
  emscripten::val GetStatus() const { return StatusToJs(status_); }
  std::string PublicKey() const { return signer_ ? Hex(signer_->public_key().data(), 32) : ""; }
  emscripten::val Sign(double size, double timestamp_ms, const std::string& root_hex) const {
    if (!signer_) return StatusToJs(status_);
    Result<Digest> root = security::DigestFromHex(root_hex);
    if (!root.ok()) return StatusToJs(root.status());
    security::SignedTreeHead h =
        signer_->Sign(static_cast<std::uint64_t>(size), static_cast<std::uint64_t>(timestamp_ms), root.value());
    nlohmann::json out = {{"treeSize", h.tree_size},
                          {"timestamp", h.timestamp_ms},
                          {"root", security::ToHex(h.root)},
                          {"publicKey", Hex(h.public_key.data(), 32)},
                          {"signature", Hex(h.signature.data(), 64)}};
    return ResultToJs(Result<std::string>(out.dump()), Identity);
  }

 private:
  Status status_;
  std::unique_ptr<security::TreeHeadSigner> signer_;
};

bool VerifyTreeHead(double size, double timestamp_ms, const std::string& root, const std::string& public_key,
                    const std::string& signature) {
  Result<Digest> r = security::DigestFromHex(root);
  if (!r.ok() || public_key.size() != 64 || signature.size() != 128) return false;
  security::SignedTreeHead h;
  h.tree_size = static_cast<std::uint64_t>(size);
  h.timestamp_ms = static_cast<std::uint64_t>(timestamp_ms);
  h.root = r.value();
  std::size_t len = 0;
  if (sodium_hex2bin(h.public_key.data(), 32, public_key.data(), 64, nullptr, &len, nullptr) != 0 || len != 32) {
    return false;
  }
  if (sodium_hex2bin(h.signature.data(), 64, signature.data(), 128, nullptr, &len, nullptr) != 0 || len != 64) {
    return false;
  }
  return security::VerifyTreeHead(h);
}

std::string Sha256Hex(const std::string& bytes) {
  unsigned char out[32];
  crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return Hex(out, 32);
}

}  // namespace

EMSCRIPTEN_BINDINGS(copilot_security) {
  emscripten::class_<PolicySetHandle>("PolicySet")
      .constructor<std::string>()
      .function("setRoles", &PolicySetHandle::SetRoles)
      .function("add", &PolicySetHandle::Add)
      .function("update", &PolicySetHandle::Update)
      .function("remove", &PolicySetHandle::Remove)
      .function("list", &PolicySetHandle::List)
      .function("evaluate", &PolicySetHandle::Evaluate)
      .function("describe", &PolicySetHandle::Describe)
      .function("slotBuffer", &PolicySetHandle::SlotBuffer)
      .function("textBuffer", &PolicySetHandle::TextBuffer)
      .function("evaluateBuffers", &PolicySetHandle::EvaluateBuffers)
      .function("lastStatus", &PolicySetHandle::LastStatus);
  emscripten::function("scanThreats", &ScanThreats);
  emscripten::function("threatModelFeatures", &ThreatModelFeatures);
  emscripten::class_<AuditTreeHandle>("AuditTree")
      .constructor<>()
      .function("append", &AuditTreeHandle::Append)
      .function("appendLeafHash", &AuditTreeHandle::AppendLeafHash)
      .function("appendBatch", &AuditTreeHandle::AppendBatch)
      .function("appendEntries", &AuditTreeHandle::AppendEntries)
      .function("size", &AuditTreeHandle::Size)
      .function("leafHash", &AuditTreeHandle::LeafHash)
      .function("rootAt", &AuditTreeHandle::RootAt)
      .function("inclusionProof", &AuditTreeHandle::Inclusion)
      .function("consistencyProof", &AuditTreeHandle::Consistency);
  emscripten::class_<SignerHandle>("TreeHeadSigner")
      .constructor<std::string>()
      .function("status", &SignerHandle::GetStatus)
      .function("publicKey", &SignerHandle::PublicKey)
      .function("sign", &SignerHandle::Sign);
  emscripten::function("verifyInclusion", &VerifyInclusion);
  emscripten::function("verifyConsistency", &VerifyConsistency);
  emscripten::function("verifyTreeHead", &VerifyTreeHead);
  emscripten::function("sha256Hex", &Sha256Hex);
}

}  // namespace copilot::wasm
