#include "crypto/record_context.h"

namespace copilot::crypto {
namespace {

void PutField(std::string& out, std::string_view field) {
  auto n = static_cast<uint32_t>(field.size());
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((n >> shift) & 0xFF));
  out.append(field);
}

}  // namespace

Status RecordContext::Validate() const {
  if (tenant.size() > kMaxFieldBytes || owner.size() > kMaxFieldBytes) {
    return Status(StatusCode::kInvalidArgument, "tenant and owner are limited to 1024 bytes each");
  }
  if (ScopeName(scope) == std::string_view("unknown")) return Status(StatusCode::kInvalidArgument, "unknown scope");
  return Status::Ok();
}

std::string RecordContext::Encode() const {
  std::string out = "CPRC";
  out.push_back(static_cast<char>(scope));
  PutField(out, tenant);
  PutField(out, owner);
  return out;
}

std::string AssociatedData(std::string_view header, std::string_view context, std::string_view record_ad) {
  std::string ad;
  ad.reserve(header.size() + context.size() + record_ad.size());
  ad.append(header).append(context).append(record_ad);
  return ad;
}

}  // namespace copilot::crypto
