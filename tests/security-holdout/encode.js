// Small encoders used to build the obfuscated items of the held-out threat set. They are kept
// apart from the prompts so each obfuscated text is generated from a readable plain version
// (the plain version is quoted in the item's source_note).

/** Inserts U+200B ZERO WIDTH SPACE after every `every` characters inside each word. */
export function zeroWidth(text, { every = 2, char = '\u200b' } = {}) {
  return text.replace(/[A-Za-z]{3,}/g, (word) => word.replace(new RegExp(`(.{${every}})(?=.)`, 'g'), `$1${char}`));
}

/** Maps printable ASCII to the invisible Unicode tag block (U+E0020..U+E007E). */
export function tagChars(text) {
  return [...text].map((c) => String.fromCodePoint(0xe0000 + c.codePointAt(0))).join('');
}

const cyrillic = { a: '\u0430', e: '\u0435', o: '\u043e', p: '\u0440', c: '\u0441', x: '\u0445', y: '\u0443', i: '\u0456', s: '\u0455' };
const greek = { o: '\u03bf', a: '\u03b1', i: '\u03b9', v: '\u03bd', u: '\u03c5', k: '\u03ba', n: '\u03b7', t: '\u03c4' };

/** Replaces the Latin letters that have a Cyrillic (or Greek) look-alike. */
export function homoglyphs(text, script = 'cyrillic') {
  const map = script === 'greek' ? greek : cyrillic;
  return [...text].map((c) => map[c] ?? c).join('');
}

/** "ignore" -> "i g n o r e", words separated by three spaces. */
export function spaced(text) {
  return text.split(' ').map((w) => [...w].join(' ')).join('   ');
}

export function base64(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

export function hex(text) {
  return [...new TextEncoder().encode(text)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Writes each byte as a literal backslash-x escape, as in a C or JS string: \x49\x67 ... */
export function backslashX(text) {
  return [...new TextEncoder().encode(text)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
}

export function rot13(text) {
  return text.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

export function reversed(text) {
  return [...text].reverse().join('');
}
