#include "crypto/known_answers.h"

#include <sodium.h>

#include <string>
#include <vector>

namespace copilot::crypto {
namespace {

std::vector<uint8_t> Hex(std::string_view hex) {
  if (hex.empty()) return {};
  std::vector<uint8_t> out(hex.size() / 2);
  size_t len = 0;
  sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &len, nullptr);
  out.resize(len);
  return out;
}

constexpr std::string_view kXKey = "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f";
constexpr std::string_view kXNonce = "07000000404142434445464748494a4b4c4d4e4f50515253";
constexpr std::string_view kXAd = "50515253c0c1c2c3c4c5c6c7";
constexpr std::string_view kXMessage =
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be "
    "it.";
constexpr std::string_view kXSealedWithAd =
    "f8ebea4875044066fc162a0604e171feecfb3d20425248563bcfd5a155dcc47bbda70b86e5ab9b55002bd1274c02db35321acd7af8b2e2d2"
    "5015e136b7679458e9f43243bf719d639badb5feac03f80a19a96ef10cb1d15333a837b90946ba3854ee74da3f2585efc7e1e170e17e15e5"
    "63e77601f4f85cafa8e5877614e143e68420";
constexpr std::string_view kXSealedWithoutAd =
    "f8ebea4875044066fc162a0604e171feecfb3d20425248563bcfd5a155dcc47bbda70b86e5ab9b55002bd1274c02db35321acd7af8b2e2d2"
    "5015e136b7679458e9f43243bf719d639badb5feac03f80a19a96ef10cb1d15333a837b90946ba3854ee74da3f2585efc7e1e170e17e15e5"
    "63e7e096e033d91b63f7ac92e9972e0d43e5";

// libsodium's vectors are 114 bytes; its vectorised ChaCha20 only runs its 4-block loop from
// 256 bytes. So: messages of these lengths, byte i = 7i + 3, sealed with the key, nonce and
// associated data above; the BLAKE2b-256 of each sealed message as native libsodium 1.0.18 and
// libsodium-wrappers both compute it.
struct LongVector {
  size_t length;
  std::string_view sealed_blake2b;
};

constexpr LongVector kXLong[] = {
    {63, "c93e9e8969449777dd3bbbe8b9ebc2289c953b5b7c171e1036bd86fd5e12c262"},
    {64, "1b0b286ba83dbcbae2ef8045769766bfad98a58ca170dc42c92f84ca5b45bfd5"},
    {255, "fa2966fbd2066f31c4f7b87c504c30be61bf19c580ba3a297a043f822a5eb891"},
    {256, "6117c6e8ebe31b5d64c4fa3f76585dd5b78884fd057e9b4ad4f6fddc1e385575"},
    {257, "cd6f2b797341463edf11e691e5f830ec3cd7a22c393b13ab114edc3ae5701ccf"},
    {511, "b6163451b5b196db536f44358fa8400984398d24233ba8e68e98a3750eb3bfdd"},
    {1000, "da52f7783fcdc81ae0844ecda13ee56248c4ae82a3c91abc3d450ddb8c5a0b08"},
    {4099, "2f8a13176bcb30f2ff49d2261afd47845ca0214e0a73be0f1ce1472bb958fb9e"},
    {65537, "d9a796189713b67645710e7cc6974addd518ac4be3e6833d54b9dd1385941da8"},
};

struct Argon2Vector {
  std::string_view password;
  std::string_view salt;  // the first 16 bytes are used
  unsigned long long ops;
  size_t mem;
  std::string_view expected;
};

constexpr Argon2Vector kArgon2[] = {
    {"a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae065577a928febd9b1973a5a95073acdbeb6a030cfc0d79ca"
     "a2d"
     "c5cd011cef02c08da232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe59772ec909733b24de97d6f58d220b20c60d7c07ec1fd93c52c3102"
     "030"
     "0c6c1facd77937a597c7a6",
     "5541fbc995d5c197ba290346d2c559dedf405cf97e5f95482143202f9e74f5c2", 5, 7256678,
     "18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3ced615337b9eec6ac4461c6ca07f0939741e57c24d0005c7ea"
     "1"
     "71a0ee1e7348249d135b38f222e4dad7b9a033ed83f5ca27277393e316582033c74affe2566a2bea47f91f0fd9fe49ece7e1f79f3ad6e9b23"
     "e"
     "0277c8ecc4b313225748dd2a80f5679534a0700e246a79a49b3f74eb89ec6205fe1eeb941c73b1fcf1"},
    {"e125cee61c8cb7778d9e5ad0a6f5d978ce9f84de213a8556d9ffe202020ab4a6ed9074a4eb3416f9b168f137510f3a30b70b96cbfa219ff99"
     "f"
     "6c6eaffb15c06b60e00cc2890277f0fd3c622115772f7048adaebed86e",
     "f1192dd5dc2368b9cd421338b22433455ee0a3699f9379a08b9650ea2c126f0d", 4, 7849083,
     "26bab5f101560e48c711da4f05e81f5a3802b7a93d5155b9cab153069cc42b8e9f910bfead747652a0708d70e4de0bada37218bd203a1201c"
     "3"
     "6b42f9a269b675b1f30cfc36f35a3030e9c7f57dfba0d341a974c1886f708c3e8297efbfe411bb9d51375264bd7c70d57a8a56fc9de2c1c97"
     "c"
     "08776803ec2cd0140bba8e61dc0f4ad3d3d1a89b4b710af81bfe35a0eea193e18a6da0f5ec05542c9eefc4584458e1da715611ba096173847"
     "48bd43b9bf1f3a6df4ecd091d0875e08d6e2fd8a5c7ce08904b5160cd38167b76ec76ef2d310049055a564da23d4ebd2b87e421cc33c401e1"
     "2d5cd8d936c9baf75ebdfb557d342d2858fc781da31860"},
};

Status Fail(const std::string& what) {
  return Status(StatusCode::kInternal, "known-answer test failed: " + what + ": this build's libsodium is broken");
}

Status CheckXChaCha(std::string_view ad_hex, std::string_view expected_hex, const char* name) {
  std::vector<uint8_t> key = Hex(kXKey);
  std::vector<uint8_t> nonce = Hex(kXNonce);
  std::vector<uint8_t> ad = Hex(ad_hex);
  std::vector<uint8_t> expected = Hex(expected_hex);
  std::vector<uint8_t> sealed(kXMessage.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), nullptr, reinterpret_cast<const uint8_t*>(kXMessage.data()),
                                             kXMessage.size(), ad.data(), ad.size(), nullptr, nonce.data(), key.data());
  if (sealed != expected) return Fail(std::string("XChaCha20-Poly1305 seal, ") + name);
  std::vector<uint8_t> opened(kXMessage.size());
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(opened.data(), nullptr, nullptr, expected.data(), expected.size(),
                                                 ad.data(), ad.size(), nonce.data(), key.data()) != 0 ||
      std::string_view(reinterpret_cast<const char*>(opened.data()), opened.size()) != kXMessage) {
    return Fail(std::string("XChaCha20-Poly1305 open, ") + name);
  }
  return Status::Ok();
}

Status CheckXChaChaLong(const LongVector& v) {
  std::vector<uint8_t> key = Hex(kXKey);
  std::vector<uint8_t> nonce = Hex(kXNonce);
  std::vector<uint8_t> ad = Hex(kXAd);
  std::vector<uint8_t> message(v.length);
  for (size_t i = 0; i < v.length; ++i) message[i] = static_cast<uint8_t>(i * 7 + 3);
  std::vector<uint8_t> sealed(v.length + crypto_aead_xchacha20poly1305_ietf_ABYTES);
  crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), nullptr, message.data(), message.size(), ad.data(),
                                             ad.size(), nullptr, nonce.data(), key.data());
  std::vector<uint8_t> digest(crypto_generichash_BYTES);
  crypto_generichash(digest.data(), digest.size(), sealed.data(), sealed.size(), nullptr, 0);
  std::vector<uint8_t> opened(v.length);
  if (digest != Hex(v.sealed_blake2b) ||
      crypto_aead_xchacha20poly1305_ietf_decrypt(opened.data(), nullptr, nullptr, sealed.data(), sealed.size(),
                                                 ad.data(), ad.size(), nonce.data(), key.data()) != 0 ||
      opened != message) {
    return Fail("XChaCha20-Poly1305 seal of " + std::to_string(v.length) + " bytes");
  }
  return Status::Ok();
}

Status CheckArgon2(const Argon2Vector& v, size_t index) {
  std::vector<uint8_t> password = Hex(v.password);
  std::vector<uint8_t> salt = Hex(v.salt);
  std::vector<uint8_t> expected = Hex(v.expected);
  std::vector<uint8_t> out(expected.size());
  if (crypto_pwhash(out.data(), out.size(), reinterpret_cast<const char*>(password.data()), password.size(),
                    salt.data(), v.ops, v.mem, crypto_pwhash_ALG_ARGON2ID13) != 0 ||
      out != expected) {
    return Fail("Argon2id vector " + std::to_string(index));
  }
  return Status::Ok();
}

}  // namespace

Status RunKnownAnswerTests() {
  Status st = CheckXChaCha(kXAd, kXSealedWithAd, "with associated data");
  if (st.ok()) st = CheckXChaCha("", kXSealedWithoutAd, "without associated data");
  for (size_t i = 0; st.ok() && i < std::size(kXLong); ++i) st = CheckXChaChaLong(kXLong[i]);
  for (size_t i = 0; st.ok() && i < std::size(kArgon2); ++i) st = CheckArgon2(kArgon2[i], i);
  return st;
}

}  // namespace copilot::crypto
