// Scoped memory checks that run unchanged in Node, Chromium and workerd, on the in-memory
// store (edge workers have no IndexedDB). Each check: { name, pass, detail }.
import { createMemoryScope } from '../../js/index.js';

export async function runMemorySmoke() {
  const checks = [];
  const check = (name, pass, detail = '') => checks.push({ name, pass: Boolean(pass), detail: String(detail) });
  const codeOf = async (promise) => promise.then(() => 'none', (error) => error.code);
  const databaseName = `smoke-${Math.random().toString(36).slice(2)}`;
  // Each user their own key; the members of an organization share its provisioned key.
  const keyOf = (name) => Uint8Array.from({ length: 32 }, (_, i) => name.charCodeAt(i % name.length) ^ i);
  const open = (organizationId, userId, key = { masterKey: keyOf(userId), organizationKey: keyOf(`org ${organizationId}`) }) =>
    createMemoryScope({ indexedDB: 'memory', databaseName, identity: { organizationId, userId }, key });

  const alice = await open('acme', 'alice');
  await alice.setBatch({ plan: { launch: 'friday' }, note: 'hello' }, 'organization');
  await alice.setData('diary', 'private', 'user', { ttl: 60_000 });
  const got = await alice.getBatch(['plan', 'note'], 'organization');
  check('round trip', got.plan?.launch === 'friday' && got.note === 'hello', JSON.stringify(got));
  check('search', (await alice.search('friday')).length === 1);
  const carol = await open('acme', 'carol');
  check('same organization shares', (await carol.getData('note', 'organization')) === 'hello');
  check("another user's user scope is hidden", (await carol.getData('diary', 'user')) === null);
  const outsider = await open('acme', 'dave', { masterKey: keyOf('dave') });
  check('no organization key, no organization scope', (await codeOf(outsider.getData('note', 'organization'))) === 'WRONG_KEY');
  outsider.close();
  const mallory = await open('globex', 'mallory');
  check('another organization sees nothing', (await mallory.getData('note', 'organization')) === null && (await mallory.search('')).length === 0);
  check('wrong key', (await codeOf(open('acme', 'alice', { masterKey: new Uint8Array(32) }))) === 'WRONG_KEY');
  check('unserialisable value', (await codeOf(alice.setData('k', () => 1, 'user'))) === 'INVALID_ARGUMENT');
  check('unknown scope', (await codeOf(alice.getData('k', 'planet'))) === 'INVALID_ARGUMENT');
  check('no sync endpoint', (await codeOf(alice.syncData())) === 'NO_SYNC_ENDPOINT');
  for (const m of [alice, carol, mallory]) m.close();
  check('closed', (await codeOf(alice.getData('note', 'organization'))) === 'CLOSED');
  return checks;
}
