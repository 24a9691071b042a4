// The encrypt operator (values sealed under the caller's key into "<enc:TYPE:...>" tags),
// core.pii.decrypt, and sealed export/import of a conversation's token vault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from '../../js/entry/node.js';

const core = await loadCore();
const { pii } = core;
const keyA = new Uint8Array(32).fill(7);
const keyB = new Uint8Array(32).fill(8);
const acme = { key: keyA, tenant: 'acme' };
const TAG = /<enc:US_SSN:[A-Za-z0-9_-]+>/g;

// Changes one payload character of the first tag in `text`, `fromEnd` characters before its '>'.
function tamper(text, fromEnd) {
  const close = text.indexOf('>', text.indexOf('<enc:'));
  const at = close - fromEnd;
  return text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

test("'ssn-encryption' encrypts SSNs and ITINs under the caller's key; decrypt opens them", () => {
  const text = 'SSN 536-90-4399, ITIN 912-70-1234, mail ada@example.com 😀';
  const masked = pii.mask(text, { rules: ['ssn-encryption'], encryption: acme });
  assert.equal(masked.text.includes('536-90-4399'), false);
  assert.equal(masked.text.includes('912-70-1234'), false);
  assert.equal(masked.text.match(TAG).length, 1);
  assert.match(masked.text, /^SSN <enc:US_SSN:[A-Za-z0-9_-]{79}>, ITIN <enc:US_ITIN:[A-Za-z0-9_-]{79}>, mail <EMAIL_ADDRESS> 😀$/);
  assert.deepEqual(masked.entities.map((e) => e.type), ['US_SSN', 'US_ITIN', 'EMAIL_ADDRESS']);
  assert.equal(pii.decrypt(masked.text, acme), 'SSN 536-90-4399, ITIN 912-70-1234, mail <EMAIL_ADDRESS> 😀');
  // A fresh nonce each time: the same SSN never gives the same tag.
  assert.notEqual(pii.mask(text, { rules: ['ssn-encryption'], encryption: acme }).text, masked.text);
  // The tag survives what a model does to text around it.
  const answer = `Sure! I noted ${masked.text.match(TAG)[0]} as the customer's SSN.`;
  assert.equal(pii.decrypt(answer, acme), "Sure! I noted 536-90-4399 as the customer's SSN.");
  // The operator by name, per type, and through maskSensitiveData.
  const byName = pii.mask('card 4111 1111 1111 1111', { operators: { CREDIT_CARD: 'encrypt' }, encryption: acme }).text;
  assert.match(byName, /^card <enc:CREDIT_CARD:[A-Za-z0-9_-]+>$/);
  assert.equal(pii.decrypt(byName, acme), 'card 4111 1111 1111 1111');
  const deep = pii.maskSensitiveData({ note: ['SSN 536-90-4399'] }, { rules: ['ssn-encryption'], encryption: acme });
  assert.equal(pii.decrypt(deep.note[0], acme), 'SSN 536-90-4399');
});

test('decrypt: wrong key is WRONG_KEY, a tampered or moved tag is INTEGRITY; onError keep', () => {
  const masked = pii.mask('SSN 536-90-4399', { rules: ['ssn-encryption'], encryption: acme }).text;
  assert.throws(() => pii.decrypt(masked, { key: keyB, tenant: 'acme' }), { code: 'WRONG_KEY' });
  assert.throws(() => pii.decrypt(masked, { key: keyA, tenant: 'globex' }), { code: 'INTEGRITY' });
  for (const fromEnd of [2, 20, 50, 78]) {
    assert.throws(() => pii.decrypt(tamper(masked, fromEnd), acme), { code: 'INTEGRITY' }, `offset ${fromEnd}`);
  }
  assert.throws(() => pii.decrypt(masked.replace('US_SSN', 'US_ITIN'), acme), { code: 'INTEGRITY' });
  assert.throws(() => pii.decrypt(masked.slice(0, -10) + '>', acme), { code: 'INTEGRITY' });
  const both = `${tamper(masked, 20)} and ${masked}`;
  assert.equal(pii.decrypt(both, { ...acme, onError: 'keep' }), `${tamper(masked, 20)} and SSN 536-90-4399`);
  assert.equal(pii.decrypt('nothing sealed here', acme), 'nothing sealed here');
});

test('encrypt checks its key; without a key the rule falls back to what never leaks', () => {
  const text = 'SSN 536-90-4399';
  assert.throws(() => pii.mask(text, { operator: 'encrypt' }), { code: 'INVALID_ARGUMENT' });
  for (const bad of [{ key: new Uint8Array(16), tenant: 'acme' }, { key: 'k'.repeat(32), tenant: 'acme' }, { key: keyA }, { key: keyA, tenant: '' }, null]) {
    assert.throws(() => pii.mask(text, { rules: ['ssn-encryption'], encryption: bad }), { code: 'INVALID_ARGUMENT' });
    assert.throws(() => pii.decrypt(text, bad), { code: 'INVALID_ARGUMENT' });
  }
  assert.equal(pii.mask(text, { rules: ['ssn-encryption'] }).text, 'SSN <US_SSN>');
  const chat = pii.createConversation();
  assert.equal(pii.mask(text, { rules: ['ssn-encryption'], conversation: chat }).text, 'SSN <US_SSN_1>');
  chat.close();
});

test('a conversation with a key encrypts, and its (streaming) unmask opens tags and placeholders', () => {
  const chat = pii.createConversation({ encryption: acme });
  const original = 'Sarah Johnson, SSN 536-90-4399, wrote from sarah@corp.com.';
  const masked = pii.mask(original, { rules: ['ssn-encryption'], operators: { PERSON: 'tokenize', EMAIL_ADDRESS: 'tokenize' }, conversation: chat }).text;
  assert.match(masked, /^<PERSON_1>, SSN <enc:US_SSN:[A-Za-z0-9_-]+>, wrote from <EMAIL_ADDRESS_1>\.$/);
  assert.equal(chat.unmask(masked), original);
  // Every split point of a streamed answer, including inside the long tag.
  for (let a = 0; a <= masked.length; a += 3) {
    const stream = chat.createStreamingUnmasker();
    assert.equal(stream.push(masked.slice(0, a)) + stream.push(masked.slice(a)) + stream.flush(), original, `split at ${a}`);
  }
  // A tag the model damaged stays as it is instead of failing the whole answer.
  assert.equal(chat.unmask(tamper(masked, 30)), tamper(original.replace('536-90-4399', masked.match(TAG)[0]), 30));
  chat.close();
});

test('a conversation exports sealed under a key and imports after a "reload"', () => {
  const chat = pii.createConversation();
  const masked = pii.mask('Ada Lovelace and Grace Hopper, mail ada@example.com', { operator: 'tokenize', conversation: chat }).text;
  assert.equal(masked, '<PERSON_1> and <PERSON_2>, mail <EMAIL_ADDRESS_1>');
  const saved = chat.export(acme);
  assert.ok(saved instanceof Uint8Array);
  assert.equal(Buffer.from(saved).includes('Lovelace'), false);
  chat.close();

  const restored = pii.importConversation(saved, { encryption: acme });
  assert.equal(restored.size, 3);
  assert.equal(restored.unmask('<PERSON_2> thanks <PERSON_1> (<EMAIL_ADDRESS_1>)'), 'Grace Hopper thanks Ada Lovelace (ada@example.com)');
  // Numbering continues and known values keep their placeholder.
  assert.equal(pii.mask('Ada Lovelace met Alan Turing', { operator: 'tokenize', conversation: restored }).text, '<PERSON_1> met <PERSON_3>');
  // The restored conversation holds the key: it can export again without one.
  const again = pii.importConversation(restored.export(), { encryption: acme });
  assert.equal(again.size, 4);
  again.close();
  restored.close();

  assert.throws(() => pii.importConversation(saved, { encryption: { key: keyB, tenant: 'acme' } }), { code: 'WRONG_KEY' });
  assert.throws(() => pii.importConversation(saved, { encryption: { key: keyA, tenant: 'globex' } }), { code: 'INTEGRITY' });
  for (const at of [0, 5, 10, 40, saved.length - 1]) {
    const tampered = saved.slice();
    tampered[at] ^= 0x10;
    assert.throws(() => pii.importConversation(tampered, { encryption: acme }), (error) => ['INTEGRITY', 'UNSUPPORTED'].includes(error.code), `byte ${at}`);
  }
  assert.throws(() => pii.importConversation(saved.slice(0, 20), { encryption: acme }), { code: 'INTEGRITY' });
  assert.throws(() => pii.importConversation('bytes', { encryption: acme }), { code: 'INVALID_ARGUMENT' });
  assert.throws(() => pii.importConversation(saved), { code: 'INVALID_ARGUMENT' });
  const keyless = pii.createConversation();
  assert.throws(() => keyless.export(), { code: 'INVALID_ARGUMENT' });
  keyless.close();
  assert.throws(() => keyless.export(acme), { code: 'CLOSED' });
});
