// Generated development cases: valid identifiers of every national type (check digits computed
// here, independently of the C++ core), written in the groupings people use and introduced by
// phrases in the country's language, plus the same shapes with a wrong check digit, which must
// be kept. Deterministic for a seed.
const PHRASES = {
  IT_FISCAL_CODE: ['Codice fiscale: {}', 'il mio CF è {}', 'C.F. {} (Milano)'],
  IN_AADHAAR: ['Aadhaar no. {}', 'my aadhar is {}', 'UID {} linked'],
  IN_PAN: ['PAN: {}', 'PAN card {}', 'my PAN is {}'],
  PL_PESEL: ['PESEL: {}', 'numer PESEL {}', 'PESEL {} (matka)'],
  ES_NIF: ['DNI: {}', 'NIF {}', 'mi DNI es {}'],
  ES_NIE: ['NIE: {}', 'mi NIE es {}', 'NIE {} (extranjero)'],
  SG_NRIC_FIN: ['NRIC: {}', 'FIN {}', 'IC no. {}'],
  AU_TFN: ['TFN: {}', 'tax file number {}', 'my TFN is {}'],
  AU_MEDICARE: ['Medicare no. {}', 'medicare card {}', 'Medicare: {}'],
  AU_ABN: ['ABN {}', 'ABN: {}', 'our ABN is {}'],
  BR_CPF: ['CPF: {}', 'meu CPF é {}', 'CPF nº {}'],
  BR_CNPJ: ['CNPJ: {}', 'CNPJ {} (matriz)', 'empresa CNPJ {}'],
  NL_BSN: ['BSN: {}', 'mijn burgerservicenummer is {}', 'BSN {}'],
  SE_PERSONNUMMER: ['Personnummer: {}', 'mitt personnummer är {}', 'pnr {}'],
  FI_PERSONAL_IDENTITY_CODE: ['Henkilötunnus: {}', 'hetu {}', 'HETU: {}'],
  FR_NIR: ['N° de sécurité sociale : {}', 'numéro de sécu {}', 'NIR {}'],
  DE_TAX_ID: ['Steuer-ID: {}', 'Steueridentifikationsnummer {}', 'IdNr {}'],
  KR_RRN: ['주민등록번호: {}', 'RRN {}', '주민번호 {}'],
  CN_RESIDENT_ID: ['身份证号码：{}', '身份证 {}', 'ID card {}'],
  JP_MY_NUMBER: ['マイナンバー: {}', '個人番号 {}', 'my number {}'],
  CA_SIN: ['SIN: {}', 'social insurance number {}', "numéro d'assurance sociale {}"],
};

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const luhnDigit = (body) => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = +body[body.length - 1 - i];
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};
const weighted = (digits, weights) => weights.reduce((s, w, i) => s + w * +digits[i], 0);
const pad = (n, k) => String(n).padStart(k, '0');
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
const verhoeff = (body) => {
  let c = 0;
  for (let i = 0; i < body.length; i++) c = VD[c][VP[(i + 1) % 8][+body[body.length - 1 - i]]];
  return String(VINV[c]);
};

// One generator per type: (random) => [value as written, the same with a wrong check, or null].
function generators(random) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  const pick = (list) => list[int(0, list.length - 1)];
  const wrong = (value, at) => {
    // Change the character at `at` (from the end when negative) to another digit.
    const k = at < 0 ? value.length + at : at;
    const d = +value[k];
    return value.slice(0, k) + String((d + 1 + int(0, 8)) % 10) + value.slice(k + 1);
  };
  const mod23 = 'TRWAGMYFPDXBNJZSQVHLCKE';
  const date = () => ({ y: int(1950, 2005), m: int(1, 12), d: int(1, 28) });
  return {
    IT_FISCAL_CODE() {
      const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      const letters = (n) => Array.from({ length: n }, () => pick(L)).join('');
      const { y, m, d } = date();
      const body = letters(6) + pad(y % 100, 2) + 'ABCDEHLMPRST'[m - 1] + pad(d + (random() < 0.5 ? 40 : 0), 2) + pick(L) + digits(3);
      const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
      let s = 0;
      for (let i = 0; i < 15; i++) {
        const c = body[i];
        const v = /\d/.test(c) ? +c : c.charCodeAt(0) - 65;
        s += i % 2 === 0 ? odd[v] : v;
      }
      const check = String.fromCharCode(65 + (s % 26));
      const bad = String.fromCharCode(65 + ((s + 1 + int(0, 20)) % 26));
      const lower = random() < 0.2;
      const f = (v) => (lower ? v.toLowerCase() : v);
      return [f(body + check), f(body + bad)];
    },
    IN_AADHAAR() {
      const body = String(int(2, 9)) + digits(10);
      const v = body + verhoeff(body);
      const g = (x) => pick([`${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}`, `${x.slice(0, 4)}-${x.slice(4, 8)}-${x.slice(8)}`, x]);
      return [g(v), g(body + String((+verhoeff(body) + int(1, 9)) % 10))];
    },
    IN_PAN() {
      const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
      const v = pick(L) + pick(L) + pick(L) + pick('PCHFATBLJGK') + pick(L) + pad(int(1, 9999), 4) + pick(L);
      return [v, null];
    },
    PL_PESEL() {
      const { y, m, d } = date();
      const mm = m + (y >= 2000 ? 20 : 0);
      const body = pad(y % 100, 2) + pad(mm, 2) + pad(d, 2) + digits(4);
      const check = String((10 - (weighted(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
      return [body + check, wrong(body + check, -1)];
    },
    ES_NIF() {
      const n = int(1000000, 99999999);
      const v = pad(n, 8);
      const letter = mod23[n % 23];
      const bad = mod23[(n + int(1, 22)) % 23];
      const g = (l) => pick([`${v}${l}`, `${v}-${l}`, `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5)}-${l}`]);
      return [g(letter), g(bad)];
    },
    ES_NIE() {
      const p = int(0, 2);
      const n = int(0, 9999999);
      const letter = mod23[(p * 10000000 + n) % 23];
      const bad = mod23[(p * 10000000 + n + int(1, 22)) % 23];
      return [`${'XYZ'[p]}${pad(n, 7)}${letter}`, `${'XYZ'[p]}${pad(n, 7)}${bad}`];
    },
    SG_NRIC_FIN() {
      const series = pick(['S', 'T', 'F', 'G']);
      const body = digits(7);
      let s = weighted(body, [2, 7, 6, 5, 4, 3, 2]) + (series === 'T' || series === 'G' ? 4 : 0);
      const table = series === 'S' || series === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
      return [series + body + table[s % 11], series + body + table[(s + int(1, 10)) % 11]];
    },
    AU_TFN() {
      for (;;) {
        const v = String(int(1, 9)) + digits(8);
        if (weighted(v, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 !== 0) continue;
        const g = (x) => pick([`${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`, x]);
        return [g(v), g(wrong(v, -1))];
      }
    },
    AU_MEDICARE() {
      const body = String(int(2, 6)) + digits(7);
      const v = body + String(weighted(body, [1, 3, 7, 9, 1, 3, 7, 9]) % 10) + String(int(1, 9));
      const g = (x) => pick([`${x.slice(0, 4)} ${x.slice(4, 9)} ${x.slice(9)}`, x]);
      return [g(v), g(wrong(v, 8))];
    },
    AU_ABN() {
      for (;;) {
        const v = String(int(1, 9)) + digits(10);
        const d = v.split('').map(Number);
        d[0] -= 1;
        if (weighted(d.join(''), [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 !== 0) continue;
        const g = (x) => `${x.slice(0, 2)} ${x.slice(2, 5)} ${x.slice(5, 8)} ${x.slice(8)}`;
        return [g(v), g(wrong(v, -1))];
      }
    },
    BR_CPF() {
      const b = digits(9);
      const d1 = ((weighted(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
      const d2 = ((weighted(b + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) * 10) % 11) % 10;
      const v = `${b}${d1}${d2}`;
      const g = (x) => pick([`${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9)}`, x]);
      return [g(v), g(wrong(v, -1))];
    },
    BR_CNPJ() {
      const b = digits(8) + '0001';
      const dv = (s, w) => {
        const r = weighted(s, w) % 11;
        return r < 2 ? 0 : 11 - r;
      };
      const d1 = dv(b, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
      const d2 = dv(b + d1, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
      const v = `${b}${d1}${d2}`;
      const g = (x) => `${x.slice(0, 2)}.${x.slice(2, 5)}.${x.slice(5, 8)}/${x.slice(8, 12)}-${x.slice(12)}`;
      return [g(v), g(wrong(v, -1))];
    },
    NL_BSN() {
      for (;;) {
        const v = String(int(1, 9)) + digits(8);
        const s = weighted(v, [9, 8, 7, 6, 5, 4, 3, 2, -1]);
        if (s % 11 !== 0) continue;
        return [v, wrong(v, -1)];
      }
    },
    SE_PERSONNUMMER() {
      const { y, m, d } = date();
      const body = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + digits(3);
      const v = body + luhnDigit(body);
      const g = (x) => pick([`${x.slice(0, 6)}-${x.slice(6)}`, `${y < 2000 ? 19 : 20}${x.slice(0, 6)}-${x.slice(6)}`]);
      return [g(v), g(wrong(v, -1))];
    },
    FI_PERSONAL_IDENTITY_CODE() {
      const { y, m, d } = date();
      const n = int(2, 899);
      const body = pad(d, 2) + pad(m, 2) + pad(y % 100, 2);
      const chars = '0123456789ABCDEFHJKLMNPRSTUVWXY';
      const k = Number(body + pad(n, 3)) % 31;
      const sign = y >= 2000 ? 'A' : '-';
      return [`${body}${sign}${pad(n, 3)}${chars[k]}`, `${body}${sign}${pad(n, 3)}${chars[(k + int(1, 30)) % 31]}`];
    },
    FR_NIR() {
      const { y, m } = date();
      const body = String(int(1, 2)) + pad(y % 100, 2) + pad(m, 2) + pad(int(1, 95), 2) + pad(int(1, 999), 3) + pad(int(1, 999), 3);
      const key = 97 - Number(BigInt(body) % 97n);
      const v = body + pad(key, 2);
      const g = (x) => pick([`${x[0]} ${x.slice(1, 3)} ${x.slice(3, 5)} ${x.slice(5, 7)} ${x.slice(7, 10)} ${x.slice(10, 13)} ${x.slice(13)}`, x]);
      return [g(v), g(wrong(v, -1))];
    },
    DE_TAX_ID() {
      for (;;) {
        const b = String(int(1, 9)) + digits(9);
        const counts = {};
        for (const c of b) counts[c] = (counts[c] ?? 0) + 1;
        const c = Object.values(counts);
        if (c.filter((n) => n >= 2).length !== 1 || c.some((n) => n > 3)) continue;
        let product = 10;
        for (const ch of b) {
          let sum = (+ch + product) % 10;
          if (sum === 0) sum = 10;
          product = (sum * 2) % 11;
        }
        const v = b + String((11 - product) % 10);
        const g = (x) => pick([`${x.slice(0, 2)} ${x.slice(2, 5)} ${x.slice(5, 8)} ${x.slice(8)}`, x]);
        return [g(v), g(wrong(v, -1))];
      }
    },
    KR_RRN() {
      const { y, m, d } = date();
      const body = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + String(y >= 2000 ? int(3, 4) : int(1, 2)) + digits(5);
      const v = body + String((11 - (weighted(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10);
      return [`${v.slice(0, 6)}-${v.slice(6)}`, null];
    },
    CN_RESIDENT_ID() {
      const { y, m, d } = date();
      const body = String(int(1, 6)) + digits(5) + String(y) + pad(m, 2) + pad(d, 2) + digits(3);
      const s = weighted(body, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11;
      const table = '10X98765432';
      return [body + table[s], body + table[(s + int(1, 10)) % 11]];
    },
    JP_MY_NUMBER() {
      const b = digits(11);
      let s = 0;
      for (let n = 1; n <= 11; n++) s += +b[11 - n] * (n <= 6 ? n + 1 : n - 5);
      const r = s % 11;
      const v = b + String(r <= 1 ? 0 : 11 - r);
      const g = (x) => pick([`${x.slice(0, 4)} ${x.slice(4, 8)} ${x.slice(8)}`, x]);
      return [g(v), null];
    },
    CA_SIN() {
      const body = String(pick([1, 2, 3, 4, 5, 6, 7, 9])) + digits(7);
      const v = body + luhnDigit(body);
      const g = (x) => pick([`${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`, `${x.slice(0, 3)}-${x.slice(3, 6)}-${x.slice(6)}`]);
      return [g(v), g(wrong(v, -1))];
    },
  };
}

/** Cases: { text, pii: [[type, value]], keep: [value] } for every national type. */
export function generatedCases({ seed = 1, perType = 20 } = {}) {
  const random = rng(seed);
  const gens = generators(random);
  const cases = [];
  for (const [type, make] of Object.entries(gens)) {
    for (let k = 0; k < perType; k++) {
      const [value, bad] = make();
      const phrase = PHRASES[type][k % PHRASES[type].length];
      cases.push({ text: phrase.replace('{}', value), pii: [[type, value]] });
      if (bad) cases.push({ text: `ticket ${bad} closed`, pii: [], keep: [bad] });
    }
  }
  return cases;
}
