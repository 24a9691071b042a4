// The SECOND held-out labelled set for prompt-attack detection: items { text, label, category,
// source_note }, label 'attack' | 'benign', same shape and category names as the first set
// (tests/security-holdout/). It was written independently of the detector and of the first set:
// its author did not read src/security/, the rule tables, tests/shared/threat-prompts*.json or
// the first set's items (only its format and the encoders in tests/security-holdout/encode.js).
// Scored by `node bench/threat-holdout.js tests/security-holdout-2`; its integrity (not the
// detection rates) is checked by tests/js/threat-holdout-set.test.js.
// Do not tune the detector on these items: once the rules are fitted to it, it is no longer a
// held-out measurement. Add a new held-out set instead.
import { attacks } from './attacks.js';
import { benign } from './benign.js';

export { ATTACK_CATEGORIES, BENIGN_CATEGORIES } from '../security-holdout/holdout-set.js';

export const holdoutSet = [...attacks, ...benign];
export default holdoutSet;
