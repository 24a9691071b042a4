// Detection and false-positive rates of copilot-package's scanThreats and of the npm peers
// @andersmyrmel/vard and llm_guardrail, on the same labelled set (tests/shared/threat-prompts.json).
//   node bench/threat-detection.js            (also run by `npm run bench -- security`)
//   node bench/threat-detection.js FILE.json  (another set in the same format, e.g.
//                                              tests/shared/threat-prompts-dev-holdout.json)
// The set was written for this repository and our rules were tuned while looking at it:
// our rates on it are optimistic; an independent set will score lower.
import { readFileSync } from 'node:fs';
import { loadCore } from '../js/entry/node.js';
import { printTable } from './harness.js';

const defaultSet = new URL('../tests/shared/threat-prompts.json', import.meta.url);

/** Loads the peers that are installed; each returns (text) => Promise<boolean> (flagged). */
export async function peerDetectors() {
  const peers = {};
  try {
    const { default: vard } = await import('@andersmyrmel/vard');
    const guard = vard.moderate().maxLength(1 << 20);
    peers['@andersmyrmel/vard (moderate)'] = async (text) => !guard.safeParse(text).safe;
  } catch (error) {
    console.warn(`@andersmyrmel/vard unavailable: ${error.message}`);
  }
  try {
    const guardrail = await import('llm_guardrail');
    peers['llm_guardrail (checkAll)'] = async (text) => !(await guardrail.checkAll(text)).allowed;
  } catch (error) {
    console.warn(`llm_guardrail unavailable: ${error.message}`);
  }
  return peers;
}

/** copilot-package at each sensitivity, then the installed peers: name -> (text) => Promise<boolean>. */
export async function allDetectors(core) {
  const detectors = {};
  for (const sensitivity of ['low', 'medium', 'high']) {
    detectors[`copilot-package (${sensitivity})`] = async (text) =>
      core.security.scanThreats(text, { sensitivity }).detected;
  }
  return Object.assign(detectors, await peerDetectors());
}

/** Prints and returns the table for the set at `setPath` (a path or file URL; the tuning set by default). */
export async function detectionTable(setPath = defaultSet) {
  const { prompts } = JSON.parse(readFileSync(setPath, 'utf8'));
  const setName = typeof setPath === 'string' ? setPath : 'tests/shared/threat-prompts.json';
  const detectors = await allDetectors(await loadCore());
  const attacks = prompts.filter((p) => p.label === 'attack');
  const benign = prompts.filter((p) => p.label === 'benign');
  const rows = [];
  for (const [name, flag] of Object.entries(detectors)) {
    let caught = 0;
    let falsePositives = 0;
    for (const p of attacks) if (await flag(p.text)) caught++;
    for (const p of benign) if (await flag(p.text)) falsePositives++;
    rows.push({
      detector: name,
      'attacks detected': `${caught}/${attacks.length} (${((100 * caught) / attacks.length).toFixed(1)}%)`,
      'benign flagged': `${falsePositives}/${benign.length} (${((100 * falsePositives) / benign.length).toFixed(1)}%)`,
    });
  }
  printTable(`Threat detection on ${setName} (${attacks.length} attacks, ${benign.length} benign)`,
    ['detector', 'attacks detected', 'benign flagged'], rows);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await detectionTable(process.argv[2]);
