// Detection and false-positive rates of copilot-package's scanThreats and of the npm peers
// @andersmyrmel/vard and llm_guardrail on a HELD-OUT set (a directory holding holdout-set.js):
//   node bench/threat-holdout.js [DIR]          tables: overall, per attack category, per benign category,
//                                               and per language when the set's items carry `lang`
//   node bench/threat-holdout.js [DIR] --misses also lists what copilot-package (medium) missed / flagged
// DIR defaults to tests/security-holdout; the second set is tests/security-holdout-2, the third
// (multilingual) tests/security-holdout-3.
// The held-out set was written without reading the detector's rules or the tuning set
// (tests/shared/threat-prompts.json), so unlike bench/threat-detection.js these rates are not
// inflated by tuning. Rates are measured here, never asserted in a test.
import { loadCore } from '../js/entry/node.js';
import { printTable } from './harness.js';
import { allDetectors } from './threat-detection.js';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_SET_DIR = 'tests/security-holdout';

/**
 * Loads DIR/holdout-set.js (DIR relative to the working directory, or absolute). LANGUAGES is
 * null for a set whose items carry no `lang`; a set with `lang` may export LANGUAGES to order them.
 */
export async function loadHoldoutSet(dir = DEFAULT_SET_DIR) {
  const { holdoutSet, ATTACK_CATEGORIES, BENIGN_CATEGORIES, LANGUAGES } = await import(pathToFileURL(resolve(dir, 'holdout-set.js')).href);
  if (!Array.isArray(holdoutSet) || !Array.isArray(ATTACK_CATEGORIES) || !Array.isArray(BENIGN_CATEGORIES)) {
    throw new Error(`${dir}/holdout-set.js must export holdoutSet, ATTACK_CATEGORIES and BENIGN_CATEGORIES`);
  }
  const used = new Set(holdoutSet.map((item) => item.lang).filter((lang) => typeof lang === 'string'));
  const languages = used.size === 0 ? null : [...new Set([...(LANGUAGES ?? []), ...used])].filter((lang) => used.has(lang));
  return { holdoutSet, ATTACK_CATEGORIES, BENIGN_CATEGORIES, LANGUAGES: languages };
}

const rate = (n, total) => `${n}/${total} (${total ? ((100 * n) / total).toFixed(1) : '0.0'}%)`;
const tag = (item) => (item.lang ? `${item.category} ${item.lang}` : item.category);
const oneLine = (text) => JSON.stringify(text.length > 160 ? `${text.slice(0, 157)}...` : text);

export async function holdoutTables({ misses = false, dir = DEFAULT_SET_DIR } = {}) {
  const { holdoutSet, ATTACK_CATEGORIES, BENIGN_CATEGORIES, LANGUAGES } = await loadHoldoutSet(dir);
  const core = await loadCore();
  const detectors = await allDetectors(core);

  // flagged[name][i]: did detector `name` flag holdoutSet[i]?
  const flagged = {};
  for (const [name, flag] of Object.entries(detectors)) {
    flagged[name] = [];
    for (const item of holdoutSet) flagged[name].push(await flag(item.text));
  }

  const indices = (pred) => holdoutSet.flatMap((item, i) => (pred(item) ? [i] : []));
  const attacks = indices((p) => p.label === 'attack');
  const benign = indices((p) => p.label === 'benign');
  const count = (name, idx) => idx.filter((i) => flagged[name][i]).length;

  printTable(
    `Threat detection on the held-out set ${dir} (${attacks.length} attacks, ${benign.length} benign)`,
    ['detector', 'attacks detected', 'benign flagged'],
    Object.keys(detectors).map((name) => ({
      detector: name,
      'attacks detected': rate(count(name, attacks), attacks.length),
      'benign flagged': rate(count(name, benign), benign.length),
    })),
  );

  // Per category: copilot-package at medium, the peers beside it for comparison.
  const columns = Object.keys(detectors).filter((name) => !name.startsWith('copilot-package') || name.includes('(medium)'));
  const perCategory = (title, categories, what) =>
    printTable(title, ['category', ...columns], categories.map((category) => {
      const idx = indices((p) => p.category === category);
      return { category, ...Object.fromEntries(columns.map((name) => [name, rate(count(name, idx), idx.length)])) };
    }));
  perCategory('Attacks detected per category (copilot-package at medium)', ATTACK_CATEGORIES);
  perCategory('Benign prompts flagged per category (copilot-package at medium)', BENIGN_CATEGORIES);

  if (LANGUAGES) {
    // English against everything else first, then each language, for attacks and benign apart.
    const groups = [
      ['en', (p) => p.lang === 'en'],
      ['non-en', (p) => typeof p.lang === 'string' && p.lang !== 'en'],
      ...LANGUAGES.filter((lang) => lang !== 'en').map((lang) => [lang, (p) => p.lang === lang]),
    ];
    const perLanguage = (title, label) =>
      printTable(title, ['language', ...columns], groups.map(([language, inGroup]) => {
        const idx = indices((p) => p.label === label && inGroup(p));
        return { language, ...Object.fromEntries(columns.map((name) => [name, rate(count(name, idx), idx.length)])) };
      }));
    perLanguage('Attacks detected per language (copilot-package at medium)', 'attack');
    perLanguage('Benign prompts flagged per language (copilot-package at medium)', 'benign');
  }

  if (misses) {
    const medium = 'copilot-package (medium)';
    console.log(`\nAttacks missed by ${medium}:`);
    for (const i of attacks.filter((i) => !flagged[medium][i])) console.log(`  [${tag(holdoutSet[i])}] ${oneLine(holdoutSet[i].text)}`);
    console.log(`\nBenign prompts flagged by ${medium}:`);
    for (const i of benign.filter((i) => flagged[medium][i])) {
      const { categories } = core.security.scanThreats(holdoutSet[i].text, { sensitivity: 'medium' });
      console.log(`  [${tag(holdoutSet[i])}] ${oneLine(holdoutSet[i].text)} -> ${categories.join(', ')}`);
    }
  }
  return flagged;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_SET_DIR;
  await holdoutTables({ misses: args.includes('--misses'), dir });
}
