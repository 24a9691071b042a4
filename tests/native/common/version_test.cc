#include "common/version.h"

#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "common/init.h"

namespace copilot {
namespace {

TEST(Version, IsTheSemanticVersionFromPackageJson) {
  EXPECT_TRUE(std::regex_match(std::string(CoreVersion()), std::regex(R"(\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)")))
      << CoreVersion();
  EXPECT_STREQ(CoreVersion(), COPILOT_TEST_EXPECTED_VERSION);
}

TEST(Version, NamesTheLinkedLibrariesWithVersions) {
  std::string libraries = LinkedLibraries();
  EXPECT_NE(libraries.find("libsodium 1."), std::string::npos) << libraries;
  EXPECT_NE(libraries.find("nlohmann_json 3."), std::string::npos) << libraries;
}

TEST(Init, SucceedsAndIsIdempotent) {
  EXPECT_TRUE(InitializeCore().ok());
  EXPECT_TRUE(InitializeCore().ok());
}

}  // namespace
}  // namespace copilot
