// CREDIT_CARD: 13-19 digits that pass Luhn and fall in a card scheme's issuer range, written
// with any separators people use (spaces, dashes, dots, slashes, underscores, mixed), in odd
// groupings, or broken over a line. Standard groupings score highest; an odd one needs the
// checks to hold and no cue naming another kind of number (order, tracking, invoice ...).
#include <array>
#include <string>

#include "pii/checksums.h"
#include "pii/cues.h"
#include "pii/id_checksums.h"
#include "pii/scanner.h"

namespace copilot::pii {
namespace {

constexpr int kMaxCardGroups = 19;

constexpr std::string_view kCardCuesWords[] = {
    "card",    "credit", "debit", "visa",  "mastercard", "amex", "payment", "cc", "karte", "kreditkarte", "carte",
    "tarjeta", "cartão", "carta", "kaart", "karta",      "pan",  "カード",  "卡", "카드",  "карт"};
constexpr Cues kCardCues(kCardCuesWords);
constexpr std::string_view kNotCardCuesWords[] = {
    "order", "tracking", "invoice", "ref",      "reference", "shipment", "parcel",  "serial",
    "imei",  "account",  "acct",    "iban",     "isbn",      "ticket",   "booking", "transaction",
    "txn",   "bestell",  "sendung", "rechnung", "commande",  "suivi",    "pedido",  "ordine"};
constexpr Cues kNotCardCues(kNotCardCuesWords);

struct CardRun {
  int count = 0;
  std::array<std::size_t, kMaxCardGroups> end{};  // end of group k in the text
  std::array<int, kMaxCardGroups> length{};       // digits in group k
  std::array<char, kMaxCardGroups> sep{};         // separator before group k ('\n' for a line break)
  std::string digits;
};

// Length of the separator at `k` between two digit groups: up to three of " -./_" and tabs, with
// at most one line break; 0 when there is none.
std::size_t SeparatorAt(std::string_view s, std::size_t k, char* kind) {
  std::size_t j = k;
  bool line_break = false;
  *kind = 0;
  while (j < s.size() && j - k < 4) {
    const char c = s[j];
    if (c == '\n' || c == '\r') {
      if (line_break && c == '\n' && s[j - 1] != '\r') return 0;
      line_break = true;
    } else if (c != ' ' && c != '-' && c != '.' && c != '/' && c != '_' && c != '\t') {
      break;
    }
    if (*kind == 0 || (*kind != '\n' && line_break)) *kind = line_break ? '\n' : c;
    ++j;
  }
  return j < s.size() && IsDigit(s[j]) ? j - k : 0;
}

bool StandardGrouping(const CardRun& r, int k, std::size_t digits) {
  if (k == 1) return true;
  // 4-4-4-4(-3), 4-6-5 (Amex), 4-6-4 (Diners), 4-4-4-1..4 (13-19 digits in fours).
  if (k == 3 && r.length[0] == 4 && r.length[1] == 6 && (r.length[2] == 5 || r.length[2] == 4)) return true;
  for (int g = 0; g < k - 1; ++g) {
    if (r.length[g] != 4) return false;
  }
  return r.length[k - 1] >= 1 && r.length[k - 1] <= 4 && digits >= 13;
}

}  // namespace

std::size_t Scanner::TryCard(std::size_t i) {
  // Most digit runs are short: count the digits the separators join before collecting groups.
  std::size_t count = 0;
  for (std::size_t j = i; count < 13;) {
    const std::size_t g = RunOf(j, kDigit);
    count += g - j;
    char kind = 0;
    const std::size_t sep = SeparatorAt(s_, g, &kind);
    if (sep == 0) break;
    j = g + sep;
  }
  if (count < 13) return 0;
  CardRun r;
  std::size_t j = i;
  while (r.count < kMaxCardGroups) {
    const std::size_t g = RunOf(j, kDigit);
    if (r.digits.size() + (g - j) > 19) break;
    r.digits.append(s_.substr(j, g - j));
    r.length[r.count] = static_cast<int>(g - j);
    r.end[r.count] = g;
    ++r.count;
    char kind = 0;
    const std::size_t sep = SeparatorAt(s_, g, &kind);
    if (sep == 0) break;
    r.sep[r.count] = kind;
    j = g + sep;
  }
  if (r.digits.size() < 13) return 0;
  for (int k = r.count; k >= 1; --k) {
    const std::size_t end = r.end[k - 1];
    std::size_t nd = 0;
    for (int g = 0; g < k; ++g) nd += static_cast<std::size_t>(r.length[g]);
    if (nd < 13) break;
    if (!CleanEnd(end)) continue;
    const std::string_view d = std::string_view(r.digits).substr(0, nd);
    if (!LuhnValid(d) || !CardIssuerKnown(d)) continue;
    const bool cue = CueBefore(s_, i, 40, kCardCues);
    // An unbroken run that is a valid national identifier, not named a card, is that identifier.
    bool rrn_checked = false;
    if (!cue && k == 1 && (CnResidentIdValid(d) || BrCnpjValid(d) || (KrRrnValid(d, &rrn_checked) && rrn_checked))) {
      return 0;
    }
    bool one_kind = true;
    bool line_break = false;
    int short_groups = 0;
    for (int g = 1; g < k; ++g) {
      one_kind = one_kind && r.sep[g] == r.sep[1];
      line_break = line_break || r.sep[g] == '\n';
      short_groups += r.length[g - 1] < 3 ? 1 : 0;
    }
    if (!cue && (CueBefore(s_, i, 24, kNotCardCues) || OtherNumberCueBefore(s_, i))) return 0;
    float score = 0;
    if (StandardGrouping(r, k, nd) && (one_kind || line_break)) {
      score = k == 1 ? 0.8F : 0.9F;
    } else if (short_groups <= 2 && k >= 3) {
      score = one_kind ? 0.7F : 0.6F;  // odd grouping or mixed separators: "4111.1111 1111-1111"
    } else {
      score = cue ? 0.5F : 0;  // digits strewn in ones and twos read as a card only when named one
    }
    if (score == 0) return 0;
    if (cue) score = std::min(1.0F, score + 0.1F);
    out_.push_back(Entity{kCreditCard, i, end, score});
    return end;
  }
  return 0;
}

}  // namespace copilot::pii
