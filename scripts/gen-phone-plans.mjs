#!/usr/bin/env node
// Derives the PHONE_NUMBER recognizer's numbering plans from libphonenumber's metadata (the
// libphonenumber-js devDependency) at build time, as a compact C++ table. Nothing of the
// metadata is kept in the repository: the build writes the table under build/.
//
//   node scripts/gen-phone-plans.mjs OUT.cc [--stats]
//
// Each country's national numbers (the union of its fixed-line, mobile, VoIP, personal, UAN,
// pager, toll-free, shared-cost and voicemail patterns: premium-rate numbers are services, not
// people) become one deterministic automaton over the digits 0-9. The automata of all countries
// share one pool of states, minimised together (a number's tail "\d{7}" is the same state chain
// everywhere), so the table stays a few tens of KB for every country libphonenumber knows.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const metadata = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8'));

// ---- a regular expression over digits -> AST -------------------------------------------
// libphonenumber's national-number patterns use digits, \d, [..] classes with ranges, (?:..)
// groups, | and the quantifiers ?, {n}, {n,m}. Anything else is an error (the metadata changed).
function parse(pattern) {
  let i = 0;
  const fail = (what) => {
    throw new Error(`unsupported ${what} at ${i} in ${pattern}`);
  };
  function alternation() {
    const options = [sequence()];
    while (pattern[i] === '|') {
      i++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0] : { alt: options };
  }
  function sequence() {
    const items = [];
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') items.push(quantified(atom()));
    return { seq: items };
  }
  function atom() {
    const c = pattern[i];
    if (c === '(') {
      i += pattern.startsWith('(?:', i) ? 3 : 1;
      const inner = alternation();
      if (pattern[i++] !== ')') fail('group');
      return inner;
    }
    if (c === '\\') {
      if (pattern[i + 1] !== 'd') fail('escape');
      i += 2;
      return { set: 0x3ff };
    }
    if (c === '[') {
      i++;
      let set = 0;
      while (pattern[i] !== ']') {
        const lo = pattern[i];
        if (lo === '\\' && pattern[i + 1] === 'd') {
          set |= 0x3ff;
          i += 2;
          continue;
        }
        if (!/[0-9]/.test(lo)) fail('class');
        let hi = lo;
        if (pattern[i + 1] === '-') {
          hi = pattern[i + 2];
          i += 2;
        }
        for (let d = +lo; d <= +hi; d++) set |= 1 << d;
        i++;
      }
      i++;
      return { set };
    }
    if (/[0-9]/.test(c)) {
      i++;
      return { set: 1 << +c };
    }
    return fail(`character '${c}'`);
  }
  function quantified(node) {
    for (;;) {
      if (pattern[i] === '?') {
        i++;
        node = { rep: node, min: 0, max: 1 };
      } else if (pattern[i] === '{') {
        const m = /^\{(\d+)(?:,(\d+))?\}/.exec(pattern.slice(i));
        if (!m) fail('quantifier');
        i += m[0].length;
        node = { rep: node, min: +m[1], max: m[2] === undefined ? +m[1] : +m[2] };
      } else {
        return node;
      }
    }
  }
  const ast = alternation();
  if (i !== pattern.length) fail('end');
  return ast;
}

// ---- AST -> NFA (Thompson) -> DFA (subset construction) ---------------------------------
function toDfa(patterns) {
  const edges = []; // per NFA state: [[set, to], ...]
  const eps = [];
  const node = () => {
    edges.push([]);
    eps.push([]);
    return edges.length - 1;
  };
  function build(ast, from) {
    // returns the state reached after `ast`, starting from `from`
    if (ast.set !== undefined) {
      const to = node();
      edges[from].push([ast.set, to]);
      return to;
    }
    if (ast.seq) return ast.seq.reduce((at, item) => build(item, at), from);
    if (ast.alt) {
      const end = node();
      for (const option of ast.alt) eps[build(option, from)].push(end);
      return end;
    }
    let at = from;
    for (let k = 0; k < ast.min; k++) at = build(ast.rep, at);
    const end = node();
    eps[at].push(end);
    for (let k = ast.min; k < ast.max; k++) {
      at = build(ast.rep, at);
      eps[at].push(end);
    }
    return end;
  }
  const start = node();
  const accept = node();
  for (const p of patterns) eps[build(parse(p), start)].push(accept);

  const closure = (states) => {
    const seen = new Set(states);
    const stack = [...states];
    while (stack.length) for (const e of eps[stack.pop()]) if (!seen.has(e)) seen.add(e), stack.push(e);
    return [...seen].sort((a, b) => a - b);
  };
  const dfa = []; // { accept, next: [10] }
  const index = new Map();
  const add = (set) => {
    const key = set.join(',');
    if (!index.has(key)) {
      index.set(key, dfa.length);
      dfa.push({ set, accept: set.includes(accept), next: null });
    }
    return index.get(key);
  };
  add(closure([start]));
  for (let s = 0; s < dfa.length; s++) {
    dfa[s].next = [];
    for (let d = 0; d < 10; d++) {
      const moved = [];
      for (const n of dfa[s].set) for (const [set, to] of edges[n]) if (set & (1 << d)) moved.push(to);
      dfa[s].next.push(moved.length ? add(closure(moved)) : -1);
    }
  }
  return dfa;
}

// ---- one shared pool of minimised states --------------------------------------------------
// Numbers are at most 17 digits, so every automaton is acyclic: a state is identified by its
// accept bit and its ten successors, bottom-up (register-based minimisation).
const pool = []; // { accept, next: [10] } ; state 0 = dead
const registry = new Map();
const intern = (accept, next) => {
  const key = `${accept ? 1 : 0}:${next.join(',')}`;
  if (!registry.has(key)) {
    registry.set(key, pool.length);
    pool.push({ accept, next });
  }
  return registry.get(key);
};
intern(false, Array(10).fill(0)); // the dead state
function addToPool(dfa) {
  const memo = new Map();
  const visit = (s) => {
    if (s < 0) return 0;
    if (memo.has(s)) return memo.get(s);
    const id = intern(dfa[s].accept, dfa[s].next.map(visit));
    memo.set(s, id);
    return id;
  };
  return visit(0);
}

// Types (libphonenumber-js order): fixed line, mobile, toll free, premium rate, personal
// number, voicemail, UAN, pager, VoIP, shared cost. Premium rate stays out.
const KEEP_TYPES = [0, 1, 2, 4, 5, 6, 7, 8, 9];
// Countries whose numbers are also recognised in national form (without a calling code): the
// EU, the UK, North America and the larger economies. Every other country's numbers are
// recognised with +CC / 00CC only, where the calling code makes them unambiguous.
const NATIONAL = new Set(
  ('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE GB US CA IN JP CN KR ' +
    'BR MX AU NZ SG ZA TR RU AE SA CH NO IL HK TW AR CL CO PH ID MY TH VN EG NG KE PK UA').split(' '),
);
const countries = [];
// The national forms of all NATIONAL countries together, one automaton each, so that a number
// written without a calling code is read in four walks rather than one per country:
// with the trunk prefix, as written by countries without one (and North America), with the
// trunk left out, and "trunk prefix + a length in use" whatever the digits.
const national = { withTrunk: [], withoutTrunk: [], trunkDropped: [], trunkLength: [] };
for (const [iso, c] of Object.entries(metadata.countries)) {
  const [callingCode, , general, possibleLengths, , prefix] = c;
  const nationalPrefix = typeof prefix === 'string' ? prefix : '';
  const types = c[11] ?? [];
  const patterns = KEEP_TYPES.map((t) => types[t]).filter((t) => Array.isArray(t) && t[0]).map((t) => t[0]);
  if (patterns.length === 0) patterns.push(general);
  const root = addToPool(toDfa(patterns));
  const lengths = possibleLengths.reduce((mask, n) => mask | (1 << n), 0) >>> 0;
  countries.push({ iso, callingCode, nationalPrefix, root, lengths });
  if (!NATIONAL.has(iso)) continue;
  const any = patterns.map((p) => `(?:${p})`).join('|');
  if (nationalPrefix) {
    national.withTrunk.push(`${nationalPrefix}(?:${any})`);
    for (const n of possibleLengths) national.trunkLength.push(`${nationalPrefix}\\d{${n}}`);
  }
  if (!nationalPrefix || callingCode === '1') national.withoutTrunk.push(any);
  else national.trunkDropped.push(any);
}
const nationalRoots = Object.values(national).map((patterns) => addToPool(toDfa(patterns)));

// ---- encoding ---------------------------------------------------------------------------
// Per state: one byte (accept bit 7, number of digit runs in bits 0-3), then per run one byte
// (first digit << 4 | last digit) and the byte offset of the target state (two bytes, little
// endian). Digits that lead nowhere are left out. The dead state (offset 0) has no runs.
const sizeOf = (state) => {
  let runs = 0;
  for (let d = 0; d < 10; d++) if (state.next[d] !== 0 && (d === 0 || state.next[d - 1] !== state.next[d])) runs++;
  return 1 + 3 * runs;
};
const offsets = [];
let total = 0;
for (const state of pool) {
  offsets.push(total);
  total += sizeOf(state);
}
if (total > 0xffff) throw new Error('the plan table outgrew 16-bit state offsets');
const bytes = [];
for (const state of pool) {
  const runs = [];
  for (let d = 0; d < 10; d++) {
    const to = state.next[d];
    if (to === 0) continue;
    const last = runs[runs.length - 1];
    if (last && last.hi === d - 1 && last.to === to) last.hi = d;
    else runs.push({ lo: d, hi: d, to });
  }
  bytes.push((state.accept ? 0x80 : 0) | runs.length);
  for (const r of runs) bytes.push((r.lo << 4) | r.hi, offsets[r.to] & 0xff, offsets[r.to] >> 8);
}

countries.sort((a, b) => +a.callingCode - +b.callingCode || a.iso.localeCompare(b.iso));

const out = process.argv[2];
if (process.argv.includes('--stats')) {
  console.error(`${countries.length} countries, ${pool.length} states, ${bytes.length} bytes of states`);
}
if (!out) process.exit(0);
const cString = (s) => `"${s}"`;
const lines = [];
lines.push('// Generated by scripts/gen-phone-plans.mjs from libphonenumber-js ' + require('libphonenumber-js/package.json').version + ' metadata. Do not edit.');
lines.push('#include "pii/phone_plans.h"', '', 'namespace copilot::pii {', '');
lines.push(`extern const unsigned char kPhonePlanStates[] = {`);
for (let k = 0; k < bytes.length; k += 24) lines.push('    ' + bytes.slice(k, k + 24).join(',') + ',');
lines.push('};', `extern const std::size_t kPhonePlanStateBytes = ${bytes.length};`, '');
lines.push('extern const PhoneCountry kPhoneCountries[] = {');
for (const c of countries) {
  if (c.nationalPrefix.length > 3) throw new Error(`long national prefix for ${c.iso}`);
  lines.push(`    {${cString(c.iso)}, ${+c.callingCode}, ${cString(c.nationalPrefix)}, ${offsets[c.root]}, ${c.lengths}U, ${NATIONAL.has(c.iso)}},`);
}
lines.push('};', `extern const std::size_t kPhoneCountryCount = ${countries.length};`);
lines.push(`extern const std::uint16_t kPhoneNationalRoots[4] = {${nationalRoots.map((r) => offsets[r]).join(', ')}};`);
lines.push('', '}  // namespace copilot::pii', '');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n'));
