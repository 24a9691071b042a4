#include "security/text_views.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace copilot::security {
namespace {

struct Char {
  std::uint32_t cp;
  std::uint32_t b16;
  std::uint32_t e16;
};

std::vector<Char> DecodeUtf8(std::string_view s) {
  std::vector<Char> out;
  out.reserve(s.size());
  std::uint32_t at16 = 0;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = 0xFFFD;
    std::size_t len = 1;
    if (c < 0x80) {
      cp = c;
    } else if ((c >> 5) == 6 && i + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      len = 2;
    } else if ((c >> 4) == 14 && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
           (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
      len = 3;
    } else if ((c >> 3) == 30 && i + 3 < s.size()) {
      cp = ((c & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
           ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) | (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
      len = 4;
    }
    const std::uint32_t units = cp >= 0x10000 ? 2 : 1;
    out.push_back({cp, at16, at16 + units});
    at16 += units;
    i += len;
  }
  return out;
}

void Append(MappedText* t, std::uint32_t cp, std::uint32_t b16, std::uint32_t e16) {
  char buf[4];
  std::size_t n = 0;
  if (cp < 0x80) {
    buf[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    buf[n++] = static_cast<char>(0xC0 | (cp >> 6));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    buf[n++] = static_cast<char>(0xE0 | (cp >> 12));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    buf[n++] = static_cast<char>(0xF0 | (cp >> 18));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  for (std::size_t i = 0; i < n; ++i) {
    t->text.push_back(buf[i]);
    t->begin.push_back(b16);
    t->end.push_back(e16);
  }
}

bool IsZeroWidth(std::uint32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF ||
         cp == 0x00AD || cp == 0x180E;
}
bool IsBidiControl(std::uint32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}
bool IsTag(std::uint32_t cp) {
  return cp >= 0xE0000 && cp <= 0xE007F;
}
bool IsAsciiLetter(std::uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}
bool IsSpace(std::uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x3000 || cp == 0x202F;
}

// Cyrillic and Greek letters drawn like Latin ones, as the Latin letter (lower case); 0 if none.
char Confusable(std::uint32_t cp) {
  struct Pair {
    std::uint32_t cp;
    char latin;
  };
  static constexpr Pair kPairs[] = {
      {0x0430, 'a'}, {0x0410, 'a'}, {0x0432, 'b'}, {0x0412, 'b'}, {0x0435, 'e'}, {0x0415, 'e'}, {0x043A, 'k'},
      {0x041A, 'k'}, {0x043C, 'm'}, {0x041C, 'm'}, {0x043D, 'h'}, {0x041D, 'h'}, {0x043E, 'o'}, {0x041E, 'o'},
      {0x0440, 'p'}, {0x0420, 'p'}, {0x0441, 'c'}, {0x0421, 'c'}, {0x0442, 't'}, {0x0422, 't'}, {0x0443, 'y'},
      {0x0423, 'y'}, {0x0445, 'x'}, {0x0425, 'x'}, {0x0456, 'i'}, {0x0406, 'i'}, {0x0458, 'j'}, {0x0408, 'j'},
      {0x0455, 's'}, {0x0405, 's'}, {0x0501, 'd'}, {0x051B, 'q'}, {0x051D, 'w'}, {0x04BB, 'h'}, {0x0261, 'g'},
      {0x03B1, 'a'}, {0x0391, 'a'}, {0x0392, 'b'}, {0x03B5, 'e'}, {0x0395, 'e'}, {0x0396, 'z'}, {0x0397, 'h'},
      {0x03B9, 'i'}, {0x0399, 'i'}, {0x03BA, 'k'}, {0x039A, 'k'}, {0x039C, 'm'}, {0x03BD, 'v'}, {0x039D, 'n'},
      {0x03BF, 'o'}, {0x039F, 'o'}, {0x03C1, 'p'}, {0x03A1, 'p'}, {0x03C4, 't'}, {0x03A4, 't'}, {0x03C5, 'u'},
      {0x03A5, 'y'}, {0x03C7, 'x'}, {0x03A7, 'x'},
  };
  for (const Pair& p : kPairs) {
    if (p.cp == cp) return p.latin;
  }
  return 0;
}

// Latin-1 and a few Latin Extended letters without their accents, lower case; empty if none.
const char* FoldLatin(std::uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xFF) {
    static const char* const kFold[64] = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // C0-CF
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0-EF
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
    };
    return kFold[cp - 0xC0];
  }
  if (cp == 0x153 || cp == 0x152) return "oe";
  return "";
}

// The ASCII letter or digit a full-width form or a mathematical alphanumeric stands for.
char WideOrMath(std::uint32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) {
    const auto c = static_cast<char>(cp - 0xFEE0);
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  if (cp >= 0x1D400 && cp <= 0x1D6A3) {
    const std::uint32_t k = (cp - 0x1D400) % 52;
    return static_cast<char>(k < 26 ? 'a' + k : 'a' + (k - 26));
  }
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) return static_cast<char>('0' + (cp - 0x1D7CE) % 10);
  return 0;
}

struct Invisible {
  std::vector<Char> visible;
  std::vector<ViewFinding> findings;
  std::string smuggled;
  std::uint32_t smuggled_start = 0;
  std::uint32_t smuggled_end = 0;
};

Invisible StripInvisible(const std::vector<Char>& chars) {
  Invisible out;
  out.visible.reserve(chars.size());
  std::size_t in_word_zero_width = 0;
  std::uint32_t zw_start = 0;
  bool bidi = false;
  std::uint32_t last_visible = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const Char& c = chars[i];
    if (IsTag(c.cp)) {
      if (last_visible == 0x1F3F4) continue;  // a subdivision flag such as England's
      if (out.smuggled.empty()) out.smuggled_start = c.b16;
      out.smuggled_end = c.e16;
      if (c.cp >= 0xE0020 && c.cp <= 0xE007E) out.smuggled.push_back(static_cast<char>(c.cp - 0xE0000));
      continue;
    }
    if (IsZeroWidth(c.cp)) {
      // A soft hyphen inside a word is ordinary hyphenation (German, Dutch ...): removed, not reported.
      const bool between_letters = c.cp != 0x00AD && i > 0 && i + 1 < chars.size() && IsAsciiLetter(chars[i - 1].cp) &&
                                   (IsAsciiLetter(chars[i + 1].cp) || IsZeroWidth(chars[i + 1].cp));
      if (between_letters && in_word_zero_width++ == 0) zw_start = c.b16;
      continue;
    }
    if (IsBidiControl(c.cp)) {
      if (!bidi) out.findings.push_back({"bidi_control", 0.5, c.b16, c.e16});
      bidi = true;
      continue;
    }
    last_visible = c.cp;
    out.visible.push_back(c);
  }
  if (in_word_zero_width > 0) {
    out.findings.push_back({"zero_width", in_word_zero_width >= 3 ? 0.6 : 0.35, zw_start, zw_start + 1});
  }
  if (!out.smuggled.empty()) out.findings.push_back({"unicode_tags", 0.9, out.smuggled_start, out.smuggled_end});
  return out;
}

// Maps each visible character to lower-case ASCII where it has a Latin reading, and reports
// words that mix Latin letters with Cyrillic or Greek look-alikes.
std::vector<Char> Normalize(const std::vector<Char>& visible, std::vector<ViewFinding>* findings) {
  std::vector<Char> out;
  out.reserve(visible.size());
  bool word_latin = false;
  bool word_confusable = false;
  std::uint32_t word_start = 0;
  bool reported = false;
  auto end_word = [&](std::uint32_t at) {
    if (word_latin && word_confusable && !reported) {
      findings->push_back({"homoglyphs", 0.5, word_start, at});
      reported = true;
    }
    word_latin = word_confusable = false;
  };
  for (const Char& c : visible) {
    std::uint32_t cp = c.cp;
    const char confusable = cp >= 0x370 ? Confusable(cp) : 0;
    const char wide = cp >= 0xFF01 ? WideOrMath(cp) : 0;
    const bool letter = IsAsciiLetter(cp) || confusable != 0 || (cp >= 0xC0 && cp < 0x2000);
    if (letter && !word_latin && !word_confusable) word_start = c.b16;
    if (!letter && wide == 0) end_word(c.b16);
    if (cp < 0x80) {
      if (cp == '\r') cp = '\n';
      if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
      word_latin = word_latin || IsAsciiLetter(cp);
      out.push_back({IsSpace(cp) ? ' ' : cp, c.b16, c.e16});
    } else if (confusable != 0) {
      word_confusable = true;
      out.push_back({static_cast<std::uint32_t>(confusable), c.b16, c.e16});
    } else if (wide != 0) {
      out.push_back({static_cast<std::uint32_t>(wide), c.b16, c.e16});
    } else if (const char* folded = FoldLatin(cp); *folded != 0) {
      for (const char* f = folded; *f != 0; ++f) out.push_back({static_cast<std::uint32_t>(*f), c.b16, c.e16});
    } else {
      out.push_back({IsSpace(cp) ? ' ' : cp, c.b16, c.e16});
    }
  }
  end_word(visible.empty() ? 0 : visible.back().e16);
  return out;
}

bool IsSeparator(std::uint32_t cp) {
  return cp == ' ' || cp == '.' || cp == '-' || cp == '_' || cp == '*';
}
bool IsAlnum(std::uint32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
}

// "i g n o r e  a l l" -> "ignore all": runs of at least `min_run` single letters each
// followed by one separator are joined; the blanks between such runs stay.
std::vector<Char> JoinRuns(const std::vector<Char>& in, std::size_t min_run, std::vector<ViewFinding>* findings) {
  std::vector<Char> out;
  out.reserve(in.size());
  bool reported = false;
  const std::size_t n = in.size();
  auto single = [&](std::size_t k) {
    return k < n && IsAlnum(in[k].cp) && (k + 1 >= n || !IsAlnum(in[k + 1].cp)) && (k == 0 || !IsAlnum(in[k - 1].cp));
  };
  for (std::size_t i = 0; i < n;) {
    std::size_t j = i;
    std::size_t letters = 0;
    if (single(i)) {
      letters = 1;
      while (j + 2 < n && IsSeparator(in[j + 1].cp) && single(j + 2)) {
        j += 2;
        ++letters;
      }
    }
    if (letters >= min_run) {
      for (std::size_t k = i; k <= j; k += 2) out.push_back(in[k]);
      if (!reported) findings->push_back({"letter_spacing", 0.25, in[i].b16, in[j].e16});
      reported = true;
      i = j + 1;
    } else {
      out.push_back(in[i]);
      ++i;
    }
  }
  return out;
}

// Once a text spaces out one word of five letters or more, its shorter spaced words ("y o u
// r") are read joined too.
std::vector<Char> JoinSpacedLetters(const std::vector<Char>& in, std::vector<ViewFinding>* findings) {
  std::vector<ViewFinding> found;
  std::vector<Char> joined = JoinRuns(in, 5, &found);
  if (found.empty()) return joined;
  findings->push_back(found[0]);
  return JoinRuns(in, 2, &found);
}

MappedText Encode(const std::vector<Char>& chars, bool collapse_blanks) {
  MappedText t;
  t.text.reserve(chars.size());
  t.begin.reserve(chars.size());
  t.end.reserve(chars.size());
  for (std::size_t i = 0; i < chars.size(); ++i) {
    if (collapse_blanks && chars[i].cp == ' ' && i > 0 && chars[i - 1].cp == ' ') continue;
    Append(&t, chars[i].cp, chars[i].b16, chars[i].e16);
  }
  return t;
}

char Leet(char c) {
  switch (c) {
    case '0': return 'o';
    case '1':
    case '!': return 'i';
    case '3': return 'e';
    case '4':
    case '@': return 'a';
    case '5':
    case '$': return 's';
    case '7':
    case '+': return 't';
    case '8': return 'b';
    case '9': return 'g';
    case '|': return 'l';
    default: return 0;
  }
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// Reads digits and symbols as letters inside tokens that also hold letters ("1gn0r3").
// Empty when no token changes.
std::string LeetView(const std::string& norm) {
  std::string leet;
  for (std::size_t i = 0; i < norm.size();) {
    std::size_t j = i;
    bool has_letter = false;
    bool has_leet = false;
    while (j < norm.size() && (IsAsciiAlnum(norm[j]) || Leet(norm[j]) != 0)) {
      has_letter = has_letter || (norm[j] >= 'a' && norm[j] <= 'z');
      has_leet = has_leet || Leet(norm[j]) != 0;
      ++j;
    }
    if (has_letter && has_leet && j - i >= 3) {
      if (leet.empty()) leet = norm;
      for (std::size_t k = i; k < j; ++k) {
        if (const char l = Leet(norm[k]); l != 0) leet[k] = l;
      }
    }
    i = j == i ? i + 1 : j;
  }
  return leet;
}

bool IsPlainAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Whether lower-cased ASCII `low` spaces out a word of at least `min_run` letters, as
// JoinRuns would find it.
bool HasSpacedRun(const std::string& low, std::size_t min_run) {
  const std::size_t n = low.size();
  auto alnum = [&](std::size_t k) { return (low[k] >= 'a' && low[k] <= 'z') || (low[k] >= '0' && low[k] <= '9'); };
  auto single = [&](std::size_t k) {
    return k < n && alnum(k) && (k + 1 >= n || !alnum(k + 1)) && (k == 0 || !alnum(k - 1));
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!single(i)) continue;
    std::size_t letters = 1;
    std::size_t j = i;
    while (j + 2 < n && IsSeparator(static_cast<unsigned char>(low[j + 1])) && single(j + 2)) {
      j += 2;
      if (++letters >= min_run) return true;
    }
    i = j;
  }
  return false;
}

// The short path for plain ASCII: false (and nothing built) when the text spaces out letters,
// which the general path joins.
bool BuildAsciiViews(std::string_view ascii, TextViews* views) {
  std::string low(ascii);
  for (char& c : low) {
    if (c == '\r') c = '\n';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c == '\t') c = ' ';
  }
  if (HasSpacedRun(low, 5)) return false;
  views->clean.text.assign(ascii);
  views->clean.identity = true;
  MappedText& norm = views->norm;
  norm.identity = true;
  norm.text.reserve(low.size());
  std::uint32_t dropped = 0;
  for (std::size_t i = 0; i < low.size(); ++i) {
    if (low[i] == ' ' && i > 0 && low[i - 1] == ' ') {
      ++dropped;
      continue;
    }
    if (dropped != 0 && (norm.skips.empty() || norm.skips.back().second != dropped)) {
      norm.skips.emplace_back(static_cast<std::uint32_t>(norm.text.size()), dropped);
    }
    norm.text.push_back(low[i]);
  }
  views->leet = LeetView(norm.text);
  return true;
}

}  // namespace

std::uint32_t MappedText::SpanBegin(std::size_t b) const {
  if (!identity) return begin[b];
  const auto at = static_cast<std::uint32_t>(b);
  auto it = std::upper_bound(
      skips.begin(), skips.end(), at,
      [](std::uint32_t pos, const std::pair<std::uint32_t, std::uint32_t>& s) { return pos < s.first; });
  return at + (it == skips.begin() ? 0 : std::prev(it)->second);
}

std::uint32_t MappedText::SpanEnd(std::size_t e) const {
  return identity ? SpanBegin(e - 1) + 1 : end[e - 1];
}

TextViews BuildTextViews(std::string_view utf8) {
  TextViews views;
  if (IsPlainAscii(utf8) && BuildAsciiViews(utf8, &views)) return views;
  Invisible inv = StripInvisible(DecodeUtf8(utf8));
  views.findings = std::move(inv.findings);
  views.smuggled = std::move(inv.smuggled);
  views.smuggled_start = inv.smuggled_start;
  views.smuggled_end = inv.smuggled_end;
  views.clean = Encode(inv.visible, false);
  std::vector<Char> norm = JoinSpacedLetters(Normalize(inv.visible, &views.findings), &views.findings);
  views.norm = Encode(norm, true);
  views.leet = LeetView(views.norm.text);
  return views;
}

}  // namespace copilot::security
