// The PII engine in every runtime (Node, Chromium, workerd): detect with UTF-16 offsets,
// custom RE2 patterns, tokenize and unmask. Returns checks, like core-smoke.js.
import { loadCore } from '../../js/core/load-core.js';

export async function runPiiSmoke() {
  const checks = [];
  const check = (name, pass, detail) => checks.push({ name, pass: Boolean(pass), detail: String(detail) });
  const { pii } = await loadCore();

  const text = '😀 Sarah Johnson: sarah@corp.com, SSN 536-90-4399, EMP123456';
  const found = pii.detect(text, { customPatterns: [{ type: 'EMPLOYEE_ID', pattern: 'EMP\\d{6}', confidence: 0.9 }] });
  const spans = found.entities.map((e) => `${e.type}:${text.slice(e.start, e.end)}`).join(',');
  check(
    'pii.detect finds every type with UTF-16 offsets',
    spans === 'PERSON:Sarah Johnson,EMAIL_ADDRESS:sarah@corp.com,US_SSN:536-90-4399,EMPLOYEE_ID:EMP123456',
    spans,
  );
  try {
    pii.detect('x', { customPatterns: [{ type: 'X', pattern: '(a' }] });
    check('an invalid pattern is INVALID_PATTERN', false, 'accepted');
  } catch (error) {
    check('an invalid pattern is INVALID_PATTERN', error.code === 'INVALID_PATTERN', `${error.code}: ${error.message}`);
  }
  const chat = pii.createConversation();
  const masked = pii.mask(text, { operator: 'tokenize', conversation: chat }).text;
  const stream = chat.createStreamingUnmasker();
  const restored = [...masked].map((c) => stream.push(c)).join('') + stream.flush();
  check('tokenize, then streaming unmask char by char, restores the text', restored === text && masked !== text, masked);
  chat.close();
  return checks;
}
