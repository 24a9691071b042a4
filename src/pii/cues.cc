#include "pii/cues.h"

#include <cstdint>

#include "pii/scanner.h"

namespace copilot::pii {
namespace {

char At(std::string_view s, std::size_t k) {
  return k < s.size() ? s[k] : '\0';
}

bool CueAt(std::string_view s, std::size_t k, std::size_t limit, std::string_view cue) {
  if (k + cue.size() > limit || Lower(s[k]) != cue[0]) return false;
  if (!StartsWithWord(s, k, cue)) return false;
  if (!IsAlpha(cue[0])) return true;
  if (k > 0 && IsAlpha(s[k - 1])) return false;
  // Short cues are whole words ("call" is not "caller"), an 's' of the plural allowed; longer
  // ones may start a compound ("telefon" in "Telefonnummer").
  std::size_t after = k + cue.size();
  if (cue.size() >= 6) return true;
  if (At(s, after) == 's') ++after;
  return after >= s.size() || !IsAlpha(s[after]);
}

bool CueIn(std::string_view s, std::size_t from, std::size_t to, const Cues& cues) {
  for (std::size_t k = from; k < to; ++k) {
    if (!cues.MayStart(static_cast<unsigned char>(s[k]))) continue;
    if (IsAlpha(s[k]) && k > 0 && IsAlpha(s[k - 1])) continue;  // a letter cue starts a word
    const char c = Lower(s[k]);
    for (std::string_view cue : cues) {
      if (cue[0] == c && CueAt(s, k, to, cue)) return true;
    }
  }
  return false;
}

}  // namespace

bool CueBefore(std::string_view s, std::size_t begin, std::size_t window, const Cues& cues) {
  if (begin > s.size()) return false;
  return CueIn(s, begin > window ? begin - window : 0, begin, cues);
}

bool OtherNumberCueBefore(std::string_view s, std::size_t begin) {
  static constexpr std::string_view kOtherWords[] = {
      "order",   "invoice", "ref",     "tracking", "ticket",  "booking",  "serial",      "account", "acct",
      "isbn",    "sku",     "case",    "customer", "bestell", "rechnung", "kunden",      "auftrag", "commande",
      "facture", "pedido",  "factura", "ordine",   "fattura", "no.",      "nr.",         "#",       "version",
      "build",   "zip",     "plz",     "postcode", "amount",  "total",    "price",       "€",       "$",
      "£",       "eur",     "usd",     "shipment", "parcel",  "imei",     "transaction", "txn",     "sendung",
      "suivi",   "batch",   "lot",     "part",     "model",   "item",     "product",     "page",    "row"};
  static constexpr Cues kOther(kOtherWords);
  return CueIn(s, begin > 20 ? begin - 20 : 0, begin, kOther);
}

bool CueAfter(std::string_view s, std::size_t end, std::size_t window, const Cues& cues) {
  if (end > s.size()) return false;
  return CueIn(s, end, end + window < s.size() ? end + window : s.size(), cues);
}

}  // namespace copilot::pii
