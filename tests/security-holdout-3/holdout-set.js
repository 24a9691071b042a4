// The THIRD held-out labelled set for prompt-attack detection, and the first multilingual one:
// items { text, label, category, lang, source_note }, label 'attack' | 'benign', lang an ISO 639-1
// code. Most items are not in English; each language was written natively (its own scripts,
// register and code-switching with English technical words), not translated from one list.
// It was written independently of the detector, without reading its rules: its author did not
// read src/ (the rules and the learned model), scripts/train-threat-model.mjs, the tuning data in
// tests/shared/ or the items of the first two held-out sets (only their format and the encoders in
// tests/security-holdout/encode.js).
// The categories are the kinds of attack a red team tries against an enterprise copilot with
// tools, and the kinds of benign prompt that look like them in practice (people writing system
// prompts, asking about chat-template tokens, training staff, quoting a message they received).
// Scored by `node bench/threat-holdout.js tests/security-holdout-3` (overall, per category and
// per language); its integrity (not the detection rates) is checked by
// tests/js/threat-holdout-3-set.test.js.
// Do not tune the detector on these items: once the rules are fitted to it, it is no longer a
// held-out measurement. Add a new held-out set instead.
import en from './en.js';
import zh from './zh.js';
import ja from './ja.js';
import ko from './ko.js';
import ru from './ru.js';
import ar from './ar.js';
import hi from './hi.js';
import pt from './pt.js';
import it from './it.js';
import nl from './nl.js';
import pl from './pl.js';
import tr from './tr.js';
import vi from './vi.js';
import id from './id.js';
import frEsDe from './fr-es-de.js';

export const ATTACK_CATEGORIES = [
  'prompt_injection',
  'jailbreak',
  'system_prompt_extraction',
  'data_exfiltration',
  'tool_abuse',
  'indirect_injection',
  'obfuscation',
];

export const BENIGN_CATEGORIES = [
  'benign_system_prompt_writing',
  'benign_chat_templates',
  'benign_security_training',
  'benign_quoted_attack',
  'benign_roleplay',
  'benign_tool_requests',
  'benign_everyday',
  'benign_encoded',
];

/** Every language of the set, English first; fr, es and de hold only a few items each. */
export const LANGUAGES = ['en', 'zh', 'ja', 'ko', 'ru', 'ar', 'hi', 'pt', 'it', 'nl', 'pl', 'tr', 'vi', 'id', 'fr', 'es', 'de'];

export const holdoutSet = [...en, ...zh, ...ja, ...ko, ...ru, ...ar, ...hi, ...pt, ...it, ...nl, ...pl, ...tr, ...vi, ...id, ...frEsDe];
export default holdoutSet;
