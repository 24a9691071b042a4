// Word lists behind the PERSON, LOCATION and DATE_TIME recognizers. Lookups are exact and
// case-sensitive on the word as written (names are capitalised), except where noted.
#ifndef COPILOT_PII_GAZETTEER_H_
#define COPILOT_PII_GAZETTEER_H_

#include <string_view>

namespace copilot::pii {

enum GazetteerFlag : unsigned {
  kGzFirstName = 1,
  kGzAmbiguousFirstName = 2,
  kGzLastName = 4,
  kGzStopWord = 8,
  kGzTitle = 16,
  kGzPlace = 32,
  kGzPlacePrefix = 64,
  kGzStreetSuffix = 128,
  kGzStateCode = 256,
  kGzNameCue = 512,
};
// Every GazetteerFlag of `word`, in one lookup (the Is* functions below test one each).
unsigned WordFlags(std::string_view word);

bool IsFirstName(std::string_view word);
// First names that are also common English words or places ("May", "Will", "Paris"):
// they need a surname next to them to count.
bool IsAmbiguousFirstName(std::string_view word);
bool IsLastName(std::string_view word);
// Capitalised words that start sentences or name things other than people and places.
bool IsCapitalisedStopWord(std::string_view word);
bool IsPersonTitle(std::string_view word);
// Countries, US states, major cities; `words` may hold up to three space-separated words.
bool IsPlaceName(std::string_view words);
// True when `word` is the first word of a multi-word place name ("New", "San").
bool StartsPlaceName(std::string_view word);
// Street suffixes (Street, St, Avenue, Ave ...).
bool IsStreetSuffix(std::string_view word);
// US state codes (CA, NY ...).
bool IsStateCode(std::string_view word);
// 1-12 for a month name or its three-letter abbreviation, 0 otherwise.
int MonthNumber(std::string_view word);
// Lower-case words that, right before capitalised words, introduce a person's name.
bool IsNameCue(std::string_view lower_word);

}  // namespace copilot::pii

#endif  // COPILOT_PII_GAZETTEER_H_
