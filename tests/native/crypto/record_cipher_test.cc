#include "crypto/record_cipher.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <memory>
#include <string>

#include "crypto/envelope.h"
#include "crypto/key_hierarchy.h"

namespace copilot::crypto {
namespace {

class RecordCipherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    ring_ = std::make_shared<Keyring>();
    key_id_ = ring_->Add(GenerateMasterKey()).value();
  }

  RecordCipher Cipher(Scope scope = Scope::kUser, std::string tenant = "acme", std::string owner = "alice") {
    Result<RecordCipher> cipher = RecordCipher::Create(ring_, {std::move(tenant), scope, std::move(owner)});
    EXPECT_TRUE(cipher.ok());
    return std::move(cipher).value();
  }

  std::shared_ptr<Keyring> ring_;
  uint32_t key_id_ = 0;
};

TEST_F(RecordCipherTest, RoundTripsInEveryScope) {
  for (Scope scope : {Scope::kSession, Scope::kUser, Scope::kOrganization, Scope::kGlobal, Scope::kEphemeral}) {
    RecordCipher cipher = Cipher(scope);
    for (std::string plaintext : {std::string(), std::string("hello"), std::string(100000, 'p')}) {
      Result<std::string> sealed = cipher.Seal(plaintext, "k1");
      ASSERT_TRUE(sealed.ok()) << sealed.status().message();
      EXPECT_EQ(sealed.value().size(), plaintext.size() + EnvelopeOverhead(Algorithm::kXChaCha20Poly1305));
      Result<EnvelopeView> view = ParseEnvelope(sealed.value());
      ASSERT_TRUE(view.ok());
      EXPECT_EQ(view.value().header.key_id, key_id_);
      Result<std::string> opened = cipher.Open(sealed.value(), "k1");
      ASSERT_TRUE(opened.ok()) << opened.status().message();
      EXPECT_EQ(opened.value(), plaintext);
    }
  }
}

TEST_F(RecordCipherTest, NoncesAreFreshPerRecord) {
  RecordCipher cipher = Cipher();
  EXPECT_NE(cipher.Seal("same", "").value(), cipher.Seal("same", "").value());
}

TEST_F(RecordCipherTest, EverySingleBitFlipIsIntegrity) {
  RecordCipher cipher = Cipher();
  std::string sealed = cipher.Seal("a record worth protecting", "k").value();
  for (size_t bit = 0; bit < sealed.size() * 8; ++bit) {
    std::string damaged = sealed;
    damaged[bit / 8] = static_cast<char>(damaged[bit / 8] ^ (1 << (bit % 8)));
    Result<std::string> opened = cipher.Open(damaged, "k");
    ASSERT_FALSE(opened.ok()) << "bit " << bit;
    EXPECT_EQ(opened.status().code(), StatusCode::kIntegrity) << "bit " << bit << ": " << opened.status().message();
  }
}

TEST_F(RecordCipherTest, AnotherContextOrAssociatedDataIsIntegrity) {
  std::string sealed = Cipher().Seal("secret", "k").value();
  EXPECT_EQ(Cipher().Open(sealed, "other").status().code(), StatusCode::kIntegrity);
  EXPECT_EQ(Cipher().Open(sealed, "").status().code(), StatusCode::kIntegrity);
  EXPECT_EQ(Cipher(Scope::kUser, "acme", "bob").Open(sealed, "k").status().code(), StatusCode::kIntegrity);
  EXPECT_EQ(Cipher(Scope::kUser, "globex", "alice").Open(sealed, "k").status().code(), StatusCode::kIntegrity);
  // Another scope derives another key: still INTEGRITY, the key id is the master's.
  EXPECT_EQ(Cipher(Scope::kSession).Open(sealed, "k").status().code(), StatusCode::kIntegrity);
  // Field boundaries are length-prefixed: moving bytes between tenant and owner fails.
  std::string moved = Cipher(Scope::kUser, "ab", "c").Seal("x", "").value();
  EXPECT_EQ(Cipher(Scope::kUser, "a", "bc").Open(moved, "").status().code(), StatusCode::kIntegrity);
}

TEST_F(RecordCipherTest, AnotherMasterKeyIsWrongKey) {
  std::string sealed = Cipher().Seal("secret", "k").value();
  auto other = std::make_shared<Keyring>();
  other->Add(GenerateMasterKey());
  RecordCipher stranger = RecordCipher::Create(other, {"acme", Scope::kUser, "alice"}).value();
  Result<std::string> opened = stranger.Open(sealed, "k");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), StatusCode::kWrongKey);
}

TEST_F(RecordCipherTest, RotationKeepsOldRecordsReadableAndDestroyShredsThem) {
  RecordCipher cipher = Cipher();
  std::string old_record = cipher.Seal("old", "").value();
  uint32_t new_id = ring_->Rotate().value();
  std::string new_record = cipher.Seal("new", "").value();
  EXPECT_EQ(ParseEnvelope(new_record).value().header.key_id, new_id);
  EXPECT_EQ(cipher.Open(old_record, "").value(), "old");
  EXPECT_EQ(cipher.Open(new_record, "").value(), "new");
  ASSERT_TRUE(ring_->Destroy(key_id_).ok());
  EXPECT_EQ(cipher.Open(old_record, "").status().code(), StatusCode::kWrongKey);
  EXPECT_EQ(cipher.Open(new_record, "").value(), "new");
  ASSERT_TRUE(ring_->Destroy(new_id).ok());
  EXPECT_EQ(cipher.Seal("more", "").status().code(), StatusCode::kWrongKey);
}

TEST_F(RecordCipherTest, BatchesReportFailuresPerRecord) {
  RecordCipher cipher = Cipher();
  PackedRecords plain;
  PackedRecords ads;
  for (int i = 0; i < 50; ++i) {
    plain.Append("record " + std::to_string(i));
    ads.Append("key " + std::to_string(i));
  }
  Result<PackedRecords> sealed = cipher.SealBatch(plain, ads);
  ASSERT_TRUE(sealed.ok());
  ASSERT_EQ(sealed.value().size(), 50U);
  PackedRecords envelopes;
  for (size_t i = 0; i < 50; ++i) {
    std::string env(sealed.value().at(i));
    if (i == 7) env[env.size() - 1] ^= 1;
    if (i == 9) env.resize(5);
    envelopes.Append(env);
  }
  Result<BatchResult> opened = cipher.OpenBatch(envelopes, ads);
  ASSERT_TRUE(opened.ok());
  for (size_t i = 0; i < 50; ++i) {
    if (i == 7 || i == 9) {
      EXPECT_EQ(opened.value().codes[i], StatusCode::kIntegrity);
      EXPECT_EQ(opened.value().records.at(i), "");
      EXPECT_FALSE(opened.value().messages[i].empty());
    } else {
      EXPECT_EQ(opened.value().codes[i], StatusCode::kOk);
      EXPECT_EQ(opened.value().records.at(i), "record " + std::to_string(i));
    }
  }
  PackedRecords too_few;
  too_few.Append("k");
  EXPECT_EQ(cipher.SealBatch(plain, too_few).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(cipher.OpenBatch(envelopes, too_few).status().code(), StatusCode::kInvalidArgument);
  PackedRecords broken;
  broken.data = "abc";
  broken.offsets = {0, 5};
  EXPECT_EQ(cipher.SealBatch(broken, PackedRecords()).status().code(), StatusCode::kInvalidArgument);
  broken.offsets = {0, 2, 1, 3};
  EXPECT_EQ(cipher.OpenBatch(broken, PackedRecords()).status().code(), StatusCode::kInvalidArgument);
}

// The wasm binding's path: one buffer, plaintexts copied in at kInPlacePlaintextAt, sealed
// into envelopes where they lie, then opened where they lie again.
TEST_F(RecordCipherTest, SealsAndOpensInPlaceWithoutLeavingPlaintext) {
  RecordCipher cipher = Cipher();
  const size_t at = RecordCipher::kInPlacePlaintextAt;
  // Sizes around the 56-byte envelope overhead and the 64-byte ChaCha block, and empty records.
  PackedRecords plain;
  for (size_t size : {0, 1, 31, 32, 55, 56, 57, 64, 65, 200, 0, 3}) plain.Append(std::string(size, 'P'));
  std::string buffer(at + plain.data.size() + plain.size() * EnvelopeOverhead(Algorithm::kXChaCha20Poly1305), '\0');
  buffer.replace(at, plain.data.size(), plain.data);
  auto* bytes = reinterpret_cast<uint8_t*>(buffer.data());
  PackedView in_place(std::string_view(buffer).substr(at, plain.data.size()), plain.offsets);
  Result<std::vector<uint32_t>> layout = cipher.SealedLayout(in_place, PackedRecords());
  ASSERT_TRUE(layout.ok());
  ASSERT_TRUE(cipher.SealBatchInPlace(in_place, PackedRecords(), layout.value(), bytes).ok());
  buffer.resize(layout.value().back());
  // Eight plaintext bytes in a row: random ciphertext holds them by chance with odds ~2^-54
  // (two would match ~2% of the time); every record longer than that would show.
  EXPECT_EQ(buffer.find(std::string(8, 'P')), std::string::npos) << "plaintext left in the sealed buffer";
  for (size_t i = 0; i < plain.size(); ++i) {
    std::string envelope = buffer.substr(layout.value()[i], layout.value()[i + 1] - layout.value()[i]);
    EXPECT_EQ(cipher.Open(envelope, "").value(), plain.at(i)) << "record " << i;
  }
  // Record 3 damaged: the others still open, packed from kInPlacePlaintextAt on.
  buffer[layout.value()[4] - 1] ^= 1;
  PackedView envelopes(buffer, layout.value());
  Result<BatchResult> opened = cipher.OpenBatchInPlace(envelopes, PackedRecords(), bytes);
  ASSERT_TRUE(opened.ok());
  const std::vector<uint32_t>& offsets = opened.value().records.offsets;
  for (size_t i = 0; i < plain.size(); ++i) {
    EXPECT_EQ(opened.value().codes[i], i == 3 ? StatusCode::kIntegrity : StatusCode::kOk) << "record " << i;
    EXPECT_EQ(buffer.substr(at + offsets[i], offsets[i + 1] - offsets[i]), i == 3 ? "" : plain.at(i)) << "record " << i;
  }
  // A view that is not where the call expects it is refused, not written through.
  std::string elsewhere(plain.data);
  PackedView misplaced(elsewhere, plain.offsets);
  EXPECT_EQ(cipher.SealBatchInPlace(misplaced, PackedRecords(), layout.value(), bytes).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(cipher.OpenBatchInPlace(envelopes, PackedRecords(), bytes + 1).status().code(),
            StatusCode::kInvalidArgument);
}

TEST_F(RecordCipherTest, EmptyBatchesSealAndOpenToNothing) {
  RecordCipher cipher = Cipher();
  Result<PackedRecords> sealed = cipher.SealBatch(PackedRecords(), PackedRecords());
  ASSERT_TRUE(sealed.ok());
  EXPECT_EQ(sealed.value().size(), 0U);
  EXPECT_TRUE(sealed.value().data.empty());
  Result<BatchResult> opened = cipher.OpenBatch(PackedRecords(), PackedRecords());
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(opened.value().records.size(), 0U);
}

TEST_F(RecordCipherTest, AesEnvelopesAreLeftToJavaScriptWithTheirKeyId) {
  RecordCipher cipher = Cipher();
  std::string aes = EncodeHeader({kEnvelopeVersion, Algorithm::kAes256Gcm, key_id_}) + std::string(12 + 20 + 16, 'a');
  PackedRecords one;
  one.Append(aes);
  Result<BatchResult> opened = cipher.OpenBatch(one, PackedRecords());
  ASSERT_TRUE(opened.ok());
  EXPECT_EQ(opened.value().codes[0], StatusCode::kUnsupported);
  EXPECT_EQ(opened.value().algorithms[0], 2);
  EXPECT_EQ(opened.value().key_ids[0], key_id_);
  Result<SecretKey> aes_key = cipher.RecordKey(key_id_, Algorithm::kAes256Gcm);
  ASSERT_TRUE(aes_key.ok());
  EXPECT_EQ(cipher.RecordKey(key_id_ + 1, Algorithm::kAes256Gcm).status().code(), StatusCode::kWrongKey);
}

TEST_F(RecordCipherTest, CreateChecksItsArguments) {
  EXPECT_EQ(RecordCipher::Create(nullptr, {"a", Scope::kUser, "b"}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(RecordCipher::Create(ring_, {std::string(2000, 't'), Scope::kUser, "b"}).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(RecordCipher::Create(ring_, {"a", static_cast<Scope>(42), "b"}).status().code(),
            StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace copilot::crypto
