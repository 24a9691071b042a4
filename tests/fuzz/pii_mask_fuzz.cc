// Masking with tokenize and unmasking must give back the input exactly, for any input, also
// through a sealed export/import of the vault; so must encrypt and opening the tags again. The
// other operators must succeed.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "crypto/keyring.h"

#include "pii/mask.h"
#include "pii/pii.h"
#include "pii/sealer.h"
#include "pii/vault.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const copilot::Result<copilot::pii::Detector> detector =
      copilot::pii::Detector::Create(copilot::pii::DetectorOptions());
  if (!detector.ok()) __builtin_trap();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::vector<copilot::pii::Entity> entities = detector.value().Detect(text, copilot::pii::ScanOptions());

  copilot::pii::TokenVault vault;
  copilot::pii::MaskOptions options;
  options.default_operator.kind = copilot::pii::OperatorKind::kTokenize;
  options.vault = &vault;
  copilot::Result<std::string> masked = MaskText(text, entities, detector.value().type_names(), options);
  if (!masked.ok()) __builtin_trap();
  // Unmasking restores the input, unless the input itself contained text shaped like one of the
  // placeholders issued (then that text is "restored" too, which is the documented behaviour).
  const bool input_has_placeholder = text.find('<') != std::string_view::npos;
  if (!input_has_placeholder && vault.Unmask(masked.value()) != text) __builtin_trap();

  static const copilot::Result<copilot::pii::ValueSealer> sealer = [] {
    auto ring = std::make_shared<copilot::crypto::Keyring>();
    if (!ring->Add(copilot::crypto::SecretKey::FromBytes(std::string(copilot::crypto::kKeyBytes, 'k'))).ok()) {
      __builtin_trap();
    }
    return copilot::pii::ValueSealer::Create(ring, "fuzz");
  }();
  if (!sealer.ok()) __builtin_trap();
  copilot::Result<std::string> exported = vault.Export(sealer.value());
  copilot::pii::TokenVault restored;
  if (!exported.ok() || !restored.Import(sealer.value(), exported.value()).ok()) __builtin_trap();
  if (!input_has_placeholder && restored.Unmask(masked.value()) != text) __builtin_trap();

  options.default_operator.kind = copilot::pii::OperatorKind::kEncrypt;
  options.sealer = &sealer.value();
  copilot::Result<std::string> sealed = MaskText(text, entities, detector.value().type_names(), options);
  // Only a value past ValueSealer::kMaxValueBytes may fail to seal.
  if (!sealed.ok()) {
    if (sealed.status().code() != copilot::StatusCode::kInvalidArgument) __builtin_trap();
    return 0;
  }
  copilot::Result<std::string> opened = sealer.value().OpenText(sealed.value(), copilot::pii::OpenMode::kStrict);
  if (!input_has_placeholder && (!opened.ok() || opened.value() != text)) __builtin_trap();

  options.default_operator.kind = copilot::pii::OperatorKind::kMask;
  options.hash_key.assign(32, 'k');
  options.per_type[copilot::pii::kEmailAddress].kind = copilot::pii::OperatorKind::kHash;
  options.per_type[copilot::pii::kPerson].kind = copilot::pii::OperatorKind::kRedact;
  if (!MaskText(text, entities, detector.value().type_names(), options).ok()) __builtin_trap();
  return 0;
}
