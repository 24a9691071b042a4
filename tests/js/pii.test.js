import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore, CopilotError } from '../../js/entry/node.js';

const core = await loadCore();
const { pii } = core;

test('detect returns the API shape, sorted, with UTF-16 offsets around emoji and CJK', () => {
  const text = '你好 😀😀 Sarah Johnson 的邮箱 sarah.j@example.com，电话 +44 20 7946 0958';
  const result = pii.detect(text);
  assert.equal(result.found, true);
  assert.deepEqual(result.types, ['PERSON', 'EMAIL_ADDRESS', 'PHONE_NUMBER']);
  for (const e of result.entities) {
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(e.score > 0 && e.score <= 1);
  }
  assert.deepEqual(result.entities.map((e) => e.text), ['Sarah Johnson', 'sarah.j@example.com', '+44 20 7946 0958']);
  const starts = result.entities.map((e) => e.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('detect honours types and minScore', () => {
  const text = 'DOB 03/14/1985, mail a@b.io, released 2024-03-15';
  assert.deepEqual(pii.detect(text, { types: ['EMAIL_ADDRESS'] }).types, ['EMAIL_ADDRESS']);
  assert.deepEqual(pii.detect(text).entities.map((e) => e.text), ['03/14/1985', 'a@b.io']);
  assert.equal(pii.detect(text, { minScore: 0 }).entities.length, 3);
  assert.equal(pii.detect(text, { minScore: 1 }).entities.length, 0);
  assert.throws(() => pii.detect(text, { types: ['NOPE'] }), { code: 'INVALID_ARGUMENT' });
  assert.throws(() => pii.detect(text, { minScore: 2 }), { code: 'INVALID_ARGUMENT' });
});

test('custom patterns are RE2 and report RE2 errors as INVALID_PATTERN', () => {
  const customPatterns = [{ type: 'employee_id', pattern: 'EMP\\d{6}', confidence: 0.9, jurisdiction: ['internal'] }];
  const result = pii.detect('badge EMP123456 for bob@corp.com', { customPatterns });
  assert.deepEqual(result.entities.map((e) => [e.type, e.text, e.score]), [
    ['employee_id', 'EMP123456', 0.9],
    ['EMAIL_ADDRESS', 'bob@corp.com', 0.95],
  ]);
  assert.throws(() => pii.detect('x', { customPatterns: [{ type: 'x', pattern: '(a+' }] }), (error) => {
    assert.ok(error instanceof CopilotError);
    assert.equal(error.code, 'INVALID_PATTERN');
    assert.match(error.message, /missing \)/);
    return true;
  });
  // Backreferences and lookarounds cannot run in linear time: RE2 refuses them.
  assert.throws(() => pii.detect('x', { customPatterns: [{ type: 'x', pattern: '(?=a)' }] }), { code: 'INVALID_PATTERN' });
  // A pattern that backtracks catastrophically in V8 is linear in RE2.
  const evil = [{ type: 'x', pattern: '(a+)+$', confidence: 0.5 }];
  assert.equal(pii.detect('a'.repeat(50000) + '!', { customPatterns: evil }).found, false);
  assert.throws(() => pii.detect('x', { customPatterns: [{ type: 'x', pattern: 'a', confidence: 3 }] }), { code: 'INVALID_ARGUMENT' });
});

test('evasion: fullwidth digits, zero-width characters, Unicode dashes and mixed-case e-mail', () => {
  const text = 'ssn ５３６‐９０‐43\u200b99 and JOHN.Doe@Example.COM';
  const { entities } = pii.detect(text);
  assert.deepEqual(entities.map((e) => [e.type, e.text]), [
    ['US_SSN', '５３６‐９０‐43\u200b99'],
    ['EMAIL_ADDRESS', 'JOHN.Doe@Example.COM'],
  ]);
  const masked = pii.mask(text).text;
  assert.equal(masked, 'ssn <US_SSN> and <EMAIL_ADDRESS>');
});

test('mask operators: replace, redact, mask (cards keep at most four), hash needs a tenant key', () => {
  const text = 'card 4111-1111-1111-1111 mail bob@example.com';
  assert.equal(pii.mask(text).text, 'card <CREDIT_CARD> mail <EMAIL_ADDRESS>');
  assert.equal(pii.mask(text, { operator: 'redact' }).text, 'card  mail ');
  assert.equal(pii.mask(text, { operator: { type: 'mask', keepLast: 12 }, types: ['CREDIT_CARD'] }).text,
    'card ****-****-****-1111 mail bob@example.com');
  assert.throws(() => pii.mask(text, { operator: 'hash' }), { code: 'INVALID_ARGUMENT' });
  const tenantA = pii.mask(text, { operator: 'hash', hashKey: new Uint8Array(32).fill(1) }).text;
  const tenantA2 = pii.mask(text, { operator: 'hash', hashKey: new Uint8Array(32).fill(1) }).text;
  const tenantB = pii.mask(text, { operator: 'hash', hashKey: new Uint8Array(32).fill(2) }).text;
  assert.equal(tenantA, tenantA2);
  assert.notEqual(tenantA, tenantB);
  assert.match(tenantA, /^card <CREDIT_CARD:[0-9a-f]{32}> mail <EMAIL_ADDRESS:[0-9a-f]{32}>$/);
  assert.throws(() => pii.mask(text, { operator: 'shred' }), { code: 'INVALID_ARGUMENT' });
  assert.throws(() => pii.mask(text, { operator: 'encrypt' }), { code: 'INVALID_ARGUMENT' });
});

test('named rules and user-defined rules', () => {
  const text = 'mail bob@example.com, SSN 536-90-4399';
  assert.equal(pii.mask(text, { rules: ['email-masking'] }).text, 'mail ***@*******.***, SSN <US_SSN>');
  const chat = pii.createConversation();
  const masked = pii.mask(text, { rules: ['email-masking', 'ssn-encryption'], conversation: chat }).text;
  assert.equal(masked, 'mail ***@*******.***, SSN <US_SSN_1>');
  assert.equal(chat.unmask(masked), 'mail ***@*******.***, SSN 536-90-4399');
  pii.defineRule('hash-emails', { operators: { EMAIL_ADDRESS: 'redact' } });
  assert.equal(pii.mask(text, { rules: ['hash-emails'], types: ['EMAIL_ADDRESS'] }).text, 'mail , SSN 536-90-4399');
  assert.throws(() => pii.mask(text, { rules: ['nope'] }), { code: 'INVALID_CONFIG' });
  assert.throws(() => pii.defineRule('email-masking', { operators: {} }), { code: 'INVALID_CONFIG' });
  chat.close();
});

test('tokenize is consistent within a conversation and unmask restores exactly', () => {
  const chat = pii.createConversation();
  const first = pii.mask('Sarah Johnson <sarah@corp.com> 😀', { operator: 'tokenize', conversation: chat });
  assert.equal(first.text, '<PERSON_1> <<EMAIL_ADDRESS_1>> 😀');
  const second = pii.mask('again sarah@corp.com and Tom Baker', { operator: 'tokenize', conversation: chat });
  assert.equal(second.text, 'again <EMAIL_ADDRESS_1> and <PERSON_2>');
  assert.equal(pii.unmask(first.text, chat), 'Sarah Johnson <sarah@corp.com> 😀');
  assert.equal(chat.unmask('unknown <PERSON_7> stays'), 'unknown <PERSON_7> stays');
  assert.equal(chat.size, 3);
  assert.throws(() => pii.mask('x', { operator: 'tokenize' }), { code: 'INVALID_ARGUMENT' });
  const other = pii.createConversation();
  assert.equal(other.unmask(first.text), first.text);
  chat.close();
  chat.close();
  assert.throws(() => chat.unmask('x'), { code: 'CLOSED' });
  other.close();
});

test('the streaming unmasker restores placeholders split across chunks, at every split point', () => {
  const chat = pii.createConversation();
  const original = 'Dear Sarah Johnson, we wrote to sarah@corp.com about card 4111 1111 1111 1111.';
  const masked = pii.mask(original, { operator: 'tokenize', conversation: chat }).text;
  for (let a = 0; a <= masked.length; a++) {
    for (let b = a; b <= masked.length; b += 7) {
      const stream = chat.createStreamingUnmasker();
      const out = stream.push(masked.slice(0, a)) + stream.push(masked.slice(a, b)) + stream.push(masked.slice(b)) + stream.flush();
      assert.equal(out, original);
    }
  }
  const stream = chat.createStreamingUnmasker();
  assert.equal(stream.push('a < b and <PERSON_1'), 'a < b and ');
  assert.equal(stream.flush(), '<PERSON_1');
  const again = chat.createStreamingUnmasker();
  assert.equal(again.push('Hi <PERSON_'), 'Hi ');
  assert.equal(again.push('1>!'), 'Sarah Johnson!');
  assert.equal(again.end(), '');
  chat.close();
});

test('maskSensitiveData masks strings in place and redacts secret-named keys', () => {
  const data = {
    user: { name: 'Sarah Johnson', email: 'sarah@corp.com', password: 'hunter2', apiKey: 42, nested: [{ token: { a: 1 } }] },
    notes: ['call 415-555-2671', 7, null, true],
    when: new Date(0),
  };
  const masked = pii.maskSensitiveData(data);
  assert.deepEqual(masked.user, {
    name: '<PERSON>', email: '<EMAIL_ADDRESS>', password: '[REDACTED]', apiKey: '[REDACTED]', nested: [{ token: '[REDACTED]' }],
  });
  assert.deepEqual(masked.notes, ['call <PHONE_NUMBER>', 7, null, true]);
  assert.equal(masked.when, data.when);
  assert.equal(data.user.password, 'hunter2'); // the input is not modified
  const cyclic = { a: 'bob@x.com' };
  cyclic.self = cyclic;
  assert.deepEqual(pii.maskSensitiveData(cyclic), { a: '<EMAIL_ADDRESS>', self: '[Circular]' });
  assert.equal(pii.maskSensitiveData('mail bob@x.com'), 'mail <EMAIL_ADDRESS>');
});

test('bad input: non-strings, empty, NUL bytes, lone surrogates, 10 MB', () => {
  for (const bad of [undefined, null, 42, {}, ['a'], Symbol('s')]) {
    assert.throws(() => pii.detect(bad), { code: 'INVALID_ARGUMENT' });
    assert.throws(() => pii.mask(bad), { code: 'INVALID_ARGUMENT' });
  }
  assert.throws(() => pii.detect('x', null), { code: 'INVALID_ARGUMENT' });
  assert.deepEqual(pii.detect(''), { found: false, types: [], entities: [] });
  assert.equal(pii.mask('').text, '');
  const nul = 'a\0bob@example.com\0\0 536-90-4399\0';
  assert.deepEqual(pii.detect(nul).entities.map((e) => e.text), ['bob@example.com', '536-90-4399']);
  assert.equal(pii.mask(nul).text, 'a\0<EMAIL_ADDRESS>\0\0 <US_SSN>\0');
  const lone = '\udc00 bob@example.com \ud800';
  const found = pii.detect(lone).entities;
  assert.deepEqual(found.map((e) => [e.start, e.end, e.text]), [[2, 17, 'bob@example.com']]);
  assert.equal(pii.mask(lone).text, '\ufffd <EMAIL_ADDRESS> \ufffd');
  const line = 'Contact Sarah Johnson at sarah@corp.com or 415-555-2671. Build 1.2.3, order 4111 1111 1111 1112.\n';
  const big = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
  const result = pii.detect(big);
  assert.equal(result.entities.length, (big.length / line.length) * 3);
  assert.equal(result.entities.at(-1).text, '415-555-2671');
  assert.equal(pii.mask(big).text.length < big.length, true);
});

test('the shared PII scenario (also run in Chromium and workerd) passes in Node', async () => {
  const { runPiiSmoke } = await import('../shared/pii-smoke.js');
  const { assertChecks } = await import('../shared/assert-checks.js');
  assertChecks(await runPiiSmoke());
});

test('dates without a birth cue: below the default minScore, found when DATE_TIME is asked for or minScore lowered', () => {
  const text = 'The review moved to 03/14/2026, see ticket 4521. Deploy at 2026-03-15 10:00. DOB: 12 March 1990.';
  const dates = (options) => pii.detect(text, options).entities.filter((e) => e.type === 'DATE_TIME').map((e) => e.text);
  assert.deepEqual(dates(), ['12 March 1990']); // only the birth date by default
  assert.deepEqual(dates({ types: ['DATE_TIME'] }), ['03/14/2026', '12 March 1990']);
  assert.deepEqual(dates({ minScore: 0.3 }), ['03/14/2026', '12 March 1990']);
  // A machine timestamp scores lower still; an explicit minScore wins over the DATE_TIME default.
  assert.equal(dates({ types: ['DATE_TIME'], minScore: 0 }).length, 3);
  assert.deepEqual(dates({ types: ['DATE_TIME'], minScore: 0.5 }), ['12 March 1990']);
  // Asking for dates lowers nothing else: a bare 9-digit number is still not an SSN.
  assert.deepEqual(pii.detect('ref 536904399 on 03/14/2026', { types: ['DATE_TIME', 'US_SSN'] }).entities.map((e) => e.type), ['DATE_TIME']);
  assert.equal(pii.mask(text, { types: ['DATE_TIME'] }).text, 'The review moved to <DATE_TIME>, see ticket 4521. Deploy at 2026-03-15 10:00. DOB: <DATE_TIME>.');
});
