// Encoders the third held-out set needs beyond tests/security-holdout/encode.js (which it also
// uses): Morse code, leetspeak, zero-width characters between the letters of any script (the
// first set's zeroWidth only touches ASCII words), and Latin look-alikes inside Cyrillic words.
// Each obfuscated item is built from a readable plain version quoted in its source_note.

const MORSE = {
  A: '.-', B: '-...', C: '-.-.', D: '-..', E: '.', F: '..-.', G: '--.', H: '....', I: '..', J: '.---',
  K: '-.-', L: '.-..', M: '--', N: '-.', O: '---', P: '.--.', Q: '--.-', R: '.-.', S: '...', T: '-',
  U: '..-', V: '...-', W: '.--', X: '-..-', Y: '-.--', Z: '--..',
  0: '-----', 1: '.----', 2: '..---', 3: '...--', 4: '....-', 5: '.....', 6: '-....', 7: '--...', 8: '---..', 9: '----.',
  '.': '.-.-.-', ',': '--..--', '?': '..--..', '/': '-..-.', '@': '.--.-.', '-': '-....-',
};

/** International Morse: letters separated by one space, words by " / ". Throws on a letter Morse has no code for. */
export function morse(text) {
  return text.toUpperCase().trim().split(/\s+/).map((word) => [...word].map((c) => {
    if (!(c in MORSE)) throw new Error(`no Morse code for ${JSON.stringify(c)}`);
    return MORSE[c];
  }).join(' ')).join(' / ');
}

const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

/** "ignore" -> "1gn0r3": the usual digit look-alikes, applied to the lower-cased text. */
export function leet(text) {
  return [...text.toLowerCase()].map((c) => LEET[c] ?? c).join('');
}

/** Puts `char` (U+200B ZERO WIDTH SPACE by default) between every two letters of a word, in any script. */
export function interleave(text, char = '\u200b') {
  return text.split(/(\s+)/).map((part) => (/\s/.test(part) ? part : [...part].join(char))).join('');
}

const LATIN_FOR_CYRILLIC = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
};

/** Replaces the Cyrillic letters that have a Latin look-alike, so a Russian text mixes two scripts. */
export function latinLookalikes(text) {
  return [...text].map((c) => LATIN_FOR_CYRILLIC[c] ?? c).join('');
}
