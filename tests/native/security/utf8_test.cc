#include "security/utf8.h"

#include <string_view>

#include <gtest/gtest.h>

namespace copilot::security {
namespace {

TEST(Utf8, ChecksWellFormedness) {
  EXPECT_TRUE(IsUtf8(""));
  EXPECT_TRUE(IsUtf8("plain h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
  EXPECT_FALSE(IsUtf8("\xc3"));              // cut short
  EXPECT_FALSE(IsUtf8("\xc0\xaf"));          // overlong '/'
  EXPECT_FALSE(IsUtf8("\xe0\x80\xaf"));      // overlong
  EXPECT_FALSE(IsUtf8("\xed\xa0\x80"));      // a lone surrogate
  EXPECT_FALSE(IsUtf8("\xf4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_FALSE(IsUtf8("\x80"));              // a continuation byte first
  EXPECT_FALSE(IsUtf8("\xff"));
}

TEST(Utf8, CountsUtf16UnitsAsBytes) {
  const std::string_view text = "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z";  // a é € 😀 z: 6 units
  EXPECT_EQ(Utf8BytesForUnits(text, 0, 0), 0u);
  EXPECT_EQ(Utf8BytesForUnits(text, 0, 1), 1u);
  EXPECT_EQ(Utf8BytesForUnits(text, 0, 3), 6u);
  EXPECT_EQ(Utf8BytesForUnits(text, 0, 5), 10u);
  EXPECT_EQ(Utf8BytesForUnits(text, 6, 3), 5u);
  EXPECT_EQ(Utf8BytesForUnits(text, 0, 6), text.size());
  EXPECT_EQ(Utf8BytesForUnits(text, 0, 4), std::string_view::npos);        // half of 😀
  EXPECT_EQ(Utf8BytesForUnits(text, 0, 7), std::string_view::npos);        // past the end
  EXPECT_EQ(Utf8BytesForUnits("\xe2\x82", 0, 1), std::string_view::npos);  // cut short
}

}  // namespace
}  // namespace copilot::security
