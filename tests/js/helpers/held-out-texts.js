// Shared by the integrity tests of the held-out threat sets: how texts are compared, and the
// texts of the tuning sets, read by code only and never printed, so both sides stay held out.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

/** Case-, whitespace- and normalization-insensitive key of a text. */
export const fold = (text) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Every `text` string anywhere in tests/shared/threat-prompts*.json (whatever its exact layout), folded. */
export function tuningTexts() {
  const dir = new URL('../../shared/', import.meta.url);
  const files = readdirSync(dir).filter((name) => /^threat-prompts.*\.json$/.test(name));
  assert.ok(files.includes('threat-prompts.json'), 'tests/shared/threat-prompts.json not found');
  const texts = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.text === 'string') texts.add(fold(node.text));
      Object.values(node).forEach(walk);
    }
  };
  for (const name of files) walk(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
  assert.ok(texts.size > 0, 'no tuning texts were read');
  return texts;
}
