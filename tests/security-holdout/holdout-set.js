// A held-out labelled set for prompt-attack detection: items { text, label, category,
// source_note }, label 'attack' | 'benign'. It was written independently of the detector:
// its author did not read src/security/, the rule tables or tests/shared/threat-prompts.json,
// so rates measured on it are not inflated by tuning. Scored by bench/threat-holdout.js; its
// integrity (not the detection rates) is checked by tests/js/threat-holdout-set.test.js.
// Do not tune the detector on these items: once the rules are fitted to it, it is no longer a
// held-out measurement. Add a new held-out set instead.
import { attacks } from './attacks.js';
import { benign } from './benign.js';

export const ATTACK_CATEGORIES = [
  'prompt_injection_en',
  'prompt_injection_fr',
  'prompt_injection_es',
  'prompt_injection_de',
  'indirect_injection',
  'jailbreak',
  'system_prompt_extraction',
  'data_exfiltration',
  'secrets',
  'code_injection',
  'obfuscation',
];

export const BENIGN_CATEGORIES = [
  'benign_security_education',
  'benign_override_phrasing',
  'benign_markdown_links',
  'benign_code',
  'benign_encoding',
  'benign_multilingual',
  'benign_roleplay',
  'benign_pasted_document',
  'benign_prompt_talk',
  'benign_secretlike',
  'benign_unicode',
  'benign_data_request',
  'benign_everyday',
];

export const holdoutSet = [...attacks, ...benign];
export default holdoutSet;
