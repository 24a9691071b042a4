// The encryption core in any runtime (Node, Chromium, workerd): known answers inside wasm,
// both algorithms round-trip and read each other's envelopes, tampering is INTEGRITY, another
// key is WRONG_KEY, a wrapped keyring reopens. Returns checks instead of asserting.
import { loadCore, moduleOf } from '../../js/core/load-core.js';

export async function runCryptoSmoke() {
  const checks = [];
  const check = (name, pass, detail) => checks.push({ name, pass: Boolean(pass), detail: String(detail) });
  const codeOf = async (fn) => {
    try {
      await fn();
      return 'no error';
    } catch (error) {
      return error.code ?? String(error);
    }
  };
  const core = await loadCore();
  const kat = moduleOf(core).cryptoRunKnownAnswerTests();
  check('libsodium known answers', kat.ok, kat.message ?? 'ok');

  const utf8 = new TextEncoder();
  const { keyring, wrapped } = core.crypto.openKeyring({ passphrase: 'edge pass', argon2: { opsLimit: 1, memLimitKiB: 64 } });
  const context = { tenant: 'acme', scope: 'user', owner: 'alice' };
  const x = keyring.cipher(context);
  const a = keyring.cipher({ ...context, algorithm: 'AES-256-GCM' });
  const records = [utf8.encode('first'), utf8.encode('second')];
  const envelopes = [...(await x.encryptBatch(records, ['1', '2'])), ...(await a.encryptBatch(records, ['1', '2']))];
  const opened = await x.decryptBatch(envelopes, ['1', '2', '1', '2']);
  const decoded = opened.map((b) => new TextDecoder().decode(b)).join(',');
  check('both algorithms round-trip through one reader', decoded === 'first,second,first,second', decoded);

  const damaged = envelopes.map((e) => {
    const copy = e.slice();
    copy[copy.length - 1] ^= 1;
    return copy;
  });
  const tampered = await x.decryptBatch(damaged, ['1', '2', '1', '2'], { settle: true });
  check('tampering is INTEGRITY', tampered.every((r) => r.code === 'INTEGRITY'), tampered.map((r) => r.code).join(','));

  const stranger = core.crypto.createKeyring([core.crypto.generateMasterKey()]);
  check('another key is WRONG_KEY', (await codeOf(() => stranger.cipher(context).decrypt(envelopes[2], '1'))) === 'WRONG_KEY', 'AES envelope');

  const reopened = core.crypto.unwrapKeyring(wrapped, 'edge pass');
  check('a wrapped keyring reopens', reopened.primaryKeyId === keyring.primaryKeyId, reopened.primaryKeyId);
  check('a wrong passphrase is WRONG_KEY', (await codeOf(() => core.crypto.unwrapKeyring(wrapped, 'edge pasz'))) === 'WRONG_KEY', 'unwrap');
  [x, a, keyring, stranger, reopened].forEach((h) => h.delete());
  return checks;
}
