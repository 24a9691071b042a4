// Status and Result: how every fallible call in the core reports failure.
//
// The core is built without exceptions (it runs in wasm, where they are costly, and its
// errors must cross into JavaScript as data). A function that can fail returns a Status,
// or a Result<T> that holds either a T or a non-OK Status:
//
//   Result<Document> doc = ParseJsonDocument(text, limits);
//   if (!doc.ok()) return doc.status();
//   Use(doc.value());
//
// Each StatusCode has a stable name (StatusCodeName) that js/ hands to applications as the
// `code` of the Error it throws, so codes are part of the public contract: add new ones at
// the end and never rename one.
#ifndef COPILOT_COMMON_STATUS_H_
#define COPILOT_COMMON_STATUS_H_

#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace copilot {

enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument,  // INVALID_ARGUMENT: a value of the wrong type, size or shape
  kInvalidConfig,    // INVALID_CONFIG: a configuration document that does not validate
  kInvalidPattern,   // INVALID_PATTERN: a regular expression RE2 rejects
  kInvalidPolicy,    // INVALID_POLICY: a security policy that does not validate
  kIntegrity,        // INTEGRITY: stored or received bytes were altered
  kWrongKey,         // WRONG_KEY: the key or passphrase does not open the data
  kUnsupported,      // UNSUPPORTED: a version or algorithm this build does not know
  kTooLarge,         // TOO_LARGE: input beyond a documented limit
  kInternal,         // INTERNAL: a bug in the core; please report it
};

// The stable, upper-case name of a code, e.g. "INVALID_CONFIG".
const char* StatusCodeName(StatusCode code);

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // What went wrong and what to do about it, in a sentence for a developer.
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or the Status explaining why there is none. value() on a failed Result is a
// bug in the caller and aborts (there are no exceptions to throw).
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Status status) : status_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    if (status_.ok()) status_ = Status(StatusCode::kInternal, "a Result was made from an OK status without a value");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }

  const T& value() const& { return checked(); }
  T& value() & { return checked(); }
  T&& value() && { return std::move(checked()); }

 private:
  T& checked() {
    if (!value_) std::abort();
    return *value_;
  }
  const T& checked() const {
    if (!value_) std::abort();
    return *value_;
  }

  std::optional<T> value_;
  Status status_;
};

}  // namespace copilot

#endif  // COPILOT_COMMON_STATUS_H_
