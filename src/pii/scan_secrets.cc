// SECRET values inside the text around them: passwords in URLs and DSNs
// ("postgres://app:S3cret@db:5432/x"), connection strings ("Password=...;"), .env and config
// lines ("DB_PASSWORD=...", "\"api_key\": \"...\""), Authorization headers and phrases such as
// "my password is ...". Only the secret itself is reported, so that masking keeps the host,
// the user name and the key name readable: "postgres://app:<SECRET>@db:5432/x".
#include <string_view>

#include "pii/cues.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

// Lower-cased `s[begin, end)`, at most 64 bytes.
std::string_view LowerCopy(std::string_view s, std::size_t begin, std::size_t end, char (&buffer)[64]) {
  const std::size_t n = end - begin < sizeof buffer ? end - begin : sizeof buffer;
  for (std::size_t k = 0; k < n; ++k) buffer[k] = Lower(s[begin + k]);
  return std::string_view(buffer, n);
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// True when a key such as "DB_PASSWORD", "api-key", "clientSecret" names a secret value (and
// not something about one: "password_reset_url", "token_type", "secret_name").
bool SecretKeyName(std::string_view lower) {
  // Every name below holds one of these letter pairs: most keys ("name", "status") have none.
  bool pair = false;
  for (std::size_t k = 0; k + 1 < lower.size() && !pair; ++k) {
    const char a = lower[k];
    const char b = lower[k + 1];
    pair = (a == 'p' && (b == 'a' || b == 'w' || b == 'r')) || (a == 's' && (b == 'e' || b == 'a')) ||
           (a == 't' && b == 'o') || (a == 'k' && b == 'e') || (a == 'c' && b == 'r') || (a == 'a' && b == 'u');
  }
  if (!pair) return false;
  static constexpr std::string_view kNames[] = {
      "pass",       "pwd",        "secret",          "token",       "apikey",         "api_key",
      "api-key",    "access_key", "accesskey",       "private_key", "privatekey",     "credential",
      "auth_key",   "accountkey", "sharedaccesskey", "signing_key", "encryption_key", "client_key",
      "master_key", "sas_token",  "sastoken"};
  bool named = false;
  for (std::string_view name : kNames) named = named || Contains(lower, name);
  if (!named) return false;
  static constexpr std::string_view kAbout[] = {"_type",     "_url",
                                                "_uri",      "_file",
                                                "_path",     "_name",
                                                "_id",       "_length",
                                                "_len",      "_count",
                                                "_expiry",   "_expires",
                                                "_ttl",      "_policy",
                                                "_hint",     "_field",
                                                "_prompt",   "_label",
                                                "_header",   "_endpoint",
                                                "_format",   "_min",
                                                "_max",      "_reset",
                                                "_rotation", "_required",
                                                "_enabled",  "_strength",
                                                "_at",       "type",
                                                "url",       "expires",
                                                "expiry",    "passport",
                                                "passenger", "bypass",
                                                "compass",   "password_confirmation"};
  for (std::string_view about : kAbout) {
    if (EndsWith(lower, about)) return false;
  }
  return !Contains(lower, "passport") && !Contains(lower, "passenger") && !Contains(lower, "bypass");
}

// Values that stand for no secret: placeholders, references, booleans.
bool Placeholder(std::string_view value) {
  if (value.size() < 3) return true;
  char buffer[64];
  const std::string_view lower = LowerCopy(value, 0, value.size(), buffer);
  static constexpr std::string_view kWords[] = {
      "null",          "none",          "true",         "false",      "undefined",    "nil",
      "empty",         "required",      "optional",     "string",     "redacted",     "[redacted]",
      "<redacted>",    "hidden",        "secret",       "password",   "xxxx",         "****",
      "your_password", "your-password", "yourpassword", "your_token", "your_api_key", "your-api-key",
      "example",       "changeme_not",  "n/a",          "tbd",        "todo"};
  for (std::string_view word : kWords) {
    if (lower == word) return true;
  }
  const char first = value[0];
  if (first == '<' || first == '$' || first == '{' || first == '%' || first == '(' || first == '[') return true;
  bool one_char = true;
  for (char c : value) one_char = one_char && c == first;
  return one_char || lower.compare(0, 4, "your") == 0 || lower.compare(0, 4, "env:") == 0;
}

// Words that follow "password is" in prose without being one.
bool ProseWord(std::string_view value) {
  char buffer[64];
  const std::string_view lower = LowerCopy(value, 0, value.size(), buffer);
  static constexpr std::string_view kWords[] = {"the",       "a",
                                                "an",        "not",
                                                "required",  "incorrect",
                                                "wrong",     "too",
                                                "expired",   "reset",
                                                "set",       "correct",
                                                "invalid",   "changed",
                                                "same",      "weak",
                                                "strong",    "long",
                                                "short",     "empty",
                                                "missing",   "stored",
                                                "saved",     "sent",
                                                "in",        "on",
                                                "for",       "at",
                                                "to",        "of",
                                                "my",        "your",
                                                "is",        "was",
                                                "be",        "being",
                                                "been",      "case-sensitive",
                                                "sensitive", "still",
                                                "now",       "also",
                                                "only",      "just",
                                                "being",     "needed",
                                                "mandatory", "protected",
                                                "encrypted", "hashed",
                                                "secure",    "insecure",
                                                "safe",      "different",
                                                "new",       "old",
                                                "default",   "temporary",
                                                "unknown",   "and",
                                                "or",        "that",
                                                "this",      "it",
                                                "which",     "because",
                                                "managed",   "rotated",
                                                "forgotten", "lost",
                                                "shared",    "known",
                                                "blank"};
  for (std::string_view word : kWords) {
    if (lower == word) return true;
  }
  return false;
}

constexpr std::string_view kAuthorizationCuesWords[] = {"authorization", "auth", "-h ", "header", "proxy-auth"};
constexpr Cues kAuthorizationCues(kAuthorizationCuesWords);

}  // namespace

std::size_t Scanner::SecretValueEnd(std::size_t begin, char quote, bool prose) const {
  std::size_t end = begin;
  if (quote != 0) {
    while (end < s_.size() && s_[end] != quote && s_[end] != '\n' && end - begin < 512) ++end;
    return At(end) == quote ? end : 0;
  }
  while (end < s_.size() && end - begin < 512) {
    const char c = s_[end];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '"' || c == '\'' || c == ',' ||
        c == '`') {
      break;
    }
    ++end;
  }
  // Prose ends a sentence after the value: "my password is hunter2." keeps the full stop ('!' stays:
  // passwords end with one more often than sentences follow one).
  while (prose && end > begin &&
         (s_[end - 1] == '.' || s_[end - 1] == '?' || s_[end - 1] == ')' || s_[end - 1] == ':')) {
    --end;
  }
  return end;
}

std::size_t Scanner::TrySecretAssignment(std::size_t i) {
  // The key: letters, digits, '_', '-', '.' (ADO.NET and JDBC keys may hold one space: "User
  // Password"), then optional closing quote, spaces, and ':' or '='.
  std::size_t key_end = i;
  while (key_end < s_.size() &&
         (IsAlnum(s_[key_end]) || s_[key_end] == '_' || s_[key_end] == '-' || s_[key_end] == '.') && key_end - i < 64) {
    ++key_end;
  }
  std::size_t j = key_end;
  const char key_quote = At(j) == '"' || At(j) == '\'' ? At(j) : 0;
  if (key_quote != 0) ++j;
  while (At(j) == ' ' || At(j) == '\t') ++j;
  if (At(j) != '=' && At(j) != ':') return 0;
  const bool yaml = At(j) == ':';
  ++j;
  if (At(j) == '=' || (yaml && At(j) == '/')) return 0;  // "==" comparisons, "scheme://"
  while (At(j) == ' ' || At(j) == '\t') ++j;
  char buffer[64];
  if (!SecretKeyName(LowerCopy(s_, i, key_end, buffer))) return 0;
  const char quote = At(j) == '"' || At(j) == '\'' ? At(j) : 0;
  const std::size_t begin = quote != 0 ? j + 1 : j;
  const std::size_t end = SecretValueEnd(begin, quote, false);
  if (end <= begin || Placeholder(s_.substr(begin, end - begin))) return 0;
  Emit(kSecret, begin, end, 0.9F);
  return quote != 0 ? end + 1 : end;
}

std::size_t Scanner::TrySecretPhrase(std::size_t word_end) {
  // "password is X", "password: X", "Passwort lautet X", "mot de passe : X", "senha: X".
  std::size_t j = word_end;
  if (StartsWithWord(s_, j, " de passe")) j += 9;  // French "mot de passe"
  while (At(j) == ' ' || At(j) == ':' || At(j) == '=') ++j;
  if (s_.compare(j, 3, "\xEF\xBC\x9A") == 0) j += 3;  // fullwidth colon
  static constexpr std::string_view kLinks[] = {"is ", "was ", "ist ", "lautet ", "est ", "es ",
                                                "è ",  "é ",   "= ",   "to ",     "now "};
  for (int round = 0; round < 2; ++round) {
    for (std::string_view link : kLinks) {
      if (StartsWithWord(s_, j, link)) {
        j += link.size();
        break;
      }
    }
  }
  while (At(j) == ' ') ++j;
  const char quote = At(j) == '"' || At(j) == '\'' || At(j) == '`' ? At(j) : 0;
  const std::size_t begin = quote != 0 ? j + 1 : j;
  const std::size_t end = SecretValueEnd(begin, quote, quote == 0);
  if (end <= begin || end - begin < 4 || end - begin > 128) return 0;
  const std::string_view value = s_.substr(begin, end - begin);
  if (Placeholder(value) || ProseWord(value)) return 0;
  // In prose a password looks like one: a digit, a symbol or a capital after the first letter.
  bool shaped = quote != 0;
  for (std::size_t k = 0; k < value.size(); ++k) {
    const char c = value[k];
    shaped = shaped || IsDigit(c) || (k > 0 && IsUpper(c)) || (!IsAlpha(c) && static_cast<unsigned char>(c) < 0x80);
  }
  if (!shaped) return 0;
  Emit(kSecret, begin, end, 0.85F);
  return quote != 0 ? end + 1 : end;
}

std::size_t Scanner::TryAuthorization(std::size_t i, std::size_t word_end) {
  // "Bearer <token>", "Basic <base64>", "Authorization: token <token>".
  std::size_t j = word_end;
  if (At(j) != ' ') return 0;
  while (At(j) == ' ') ++j;
  if (!IsAlnum(At(j))) return 0;  // "Bearer -----BEGIN ...": a key block, read as such
  const std::size_t end = RunOf(j, kDigit | kUpper | kLower | kBase64 | kWordPunct);
  std::size_t stop = end;
  while (At(stop) == '=' || At(stop) == '.' || At(stop) == '~') {
    stop = At(stop) == '=' ? stop + 1 : RunOf(stop + 1, kDigit | kUpper | kLower | kBase64);
  }
  const std::size_t length = stop - j;
  if (length < 8 || length > 4096 || !CleanEnd(stop)) return 0;
  int digits = 0;
  int upper = 0;
  for (std::size_t k = j; k < stop; ++k) {
    digits += IsDigit(s_[k]) ? 1 : 0;
    upper += IsUpper(s_[k]) ? 1 : 0;
  }
  const bool header = CueBefore(s_, i, 24, kAuthorizationCues);
  const bool basic = Lower(s_[i]) == 'b' && Lower(At(i + 1)) == 'a';
  if (!header && (digits == 0 || (basic && upper == 0) || length < 16)) return 0;
  Emit(kSecret, j, stop, header ? 0.95F : 0.85F);
  return stop;
}

}  // namespace copilot::pii

namespace copilot::pii {

std::size_t Scanner::TryCredentialUrl(std::size_t i) {
  // scheme://user:password@host..., jdbc:sub://..., and Oracle's jdbc:oracle:thin:user/password@host.
  std::size_t j = i;
  if (StartsWithWord(s_, j, "jdbc:")) j += 5;
  const std::size_t scheme_begin = j;
  while (j < s_.size() && (IsLower(s_[j]) || IsDigit(s_[j]) || s_[j] == '+' || s_[j] == '.' || s_[j] == '-') &&
         j - scheme_begin < 24) {
    ++j;
  }
  std::size_t user = 0;
  if (s_.compare(j, 3, "://") == 0) {
    user = j + 3;
  } else if (s_.compare(scheme_begin, j - scheme_begin, "oracle") == 0 && StartsWithWord(s_, j, ":thin:")) {
    user = j + 6;
  } else {
    return 0;
  }
  // The userinfo ends at the last '@' before the host (passwords may hold an unescaped '@').
  std::size_t at = 0;
  std::size_t k = user;
  for (; k < s_.size() && k - user < 256; ++k) {
    const char c = s_[k];
    if (c == '@') at = k;
    if (c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == '<' || c == '>' || (c == '/' && at > 0))
      break;
  }
  if (at == 0) return 0;
  std::size_t colon = user;
  while (colon < at && s_[colon] != ':' && s_[colon] != '/') ++colon;
  if (colon >= at || colon + 1 >= at) return 0;  // no password
  const std::string_view password = s_.substr(colon + 1, at - colon - 1);
  std::size_t end = at + 1;
  while (end < s_.size() && (kCharClass[static_cast<unsigned char>(s_[end])] & kUrlChar) != 0) ++end;
  while (end > at + 1 && (s_[end - 1] == '.' || s_[end - 1] == ',' || s_[end - 1] == ')' || s_[end - 1] == ';' ||
                          s_[end - 1] == ':' || s_[end - 1] == '!' || s_[end - 1] == '?')) {
    --end;
  }
  if (Placeholder(password) && password.size() >= 3) return end;
  Emit(kSecret, colon + 1, at, 0.95F);
  const std::string_view scheme = s_.substr(scheme_begin, user - 3 - scheme_begin);
  if ((scheme == "http" || scheme == "https" || scheme == "ftp") && end > at + 1) Emit(kUrl, at + 1, end, 0.85F);
  return end;
}

}  // namespace copilot::pii

namespace copilot::pii {
namespace {

enum class CueKind { kNone, kPhrase, kAuthorization };

struct SecretCue {
  std::string_view word;
  CueKind kind;
};

// Words after which a password or a token follows in prose, in several languages.
constexpr SecretCue kSecretCues[] = {
    {"password", CueKind::kPhrase},      {"passwort", CueKind::kPhrase},     {"passwd", CueKind::kPhrase},
    {"passcode", CueKind::kPhrase},      {"pwd", CueKind::kPhrase},          {"pw", CueKind::kPhrase},
    {"pin", CueKind::kPhrase},           {"contraseña", CueKind::kPhrase},   {"senha", CueKind::kPhrase},
    {"wachtwoord", CueKind::kPhrase},    {"hasło", CueKind::kPhrase},        {"lösenord", CueKind::kPhrase},
    {"salasana", CueKind::kPhrase},      {"parola", CueKind::kPhrase},       {"mot", CueKind::kPhrase},
    {"kennwort", CueKind::kPhrase},      {"пароль", CueKind::kPhrase},       {"パスワード", CueKind::kPhrase},
    {"密码", CueKind::kPhrase},          {"密碼", CueKind::kPhrase},         {"비밀번호", CueKind::kPhrase},
    {"bearer", CueKind::kAuthorization}, {"basic", CueKind::kAuthorization}, {"token", CueKind::kAuthorization},
};

}  // namespace

std::size_t Scanner::TrySecretCue(std::size_t i, std::size_t word_end) {
  const char next = At(word_end);
  if (next == '=' || next == ':' || ((next == '"' || next == '\'') && At(word_end + 1) == ':')) {
    if (const std::size_t end = TrySecretAssignment(i)) return end;
  }
  // ASCII cue words are 2-10 letters; words of other scripts come with word_end == i.
  if (word_end > i && (word_end - i < 2 || word_end - i > 10)) return 0;
  const char first = Lower(s_[i]);
  for (const SecretCue& cue : kSecretCues) {
    if (cue.word[0] != first || !StartsWithWord(s_, i, cue.word)) continue;
    const std::size_t cue_end = i + cue.word.size();
    if (IsAlpha(At(cue_end)) || (static_cast<unsigned char>(At(cue_end)) >= 0x80 && IsAlpha(cue.word.back()))) continue;
    if (cue.word == "mot" && !StartsWithWord(s_, cue_end, " de passe")) continue;
    return cue.kind == CueKind::kPhrase ? TrySecretPhrase(cue_end) : TryAuthorization(i, cue_end);
  }
  return 0;
}

}  // namespace copilot::pii
