// State that must outlive the runtime: the gateway stopped and started again on the same
// persist folder keeps its rate-limit counts, its webhook outbox (queued messages, their
// attempts and webhook-ids, the breaker) and its audit trail (same signing key, one tree).
// Also: the CLI starts with --port 0, prints its URL and stops on SIGINT.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundleOnce, caller, startDevIssuer, startGateway } from './helpers/gateway-fixture.js';
import { startEchoUpstream } from './helpers/echo-upstream.js';
import { newSecret, startWebhookReceiver } from './helpers/webhook-receiver.js';

const cli = fileURLToPath(new URL('../../bin/copilot-package.js', import.meta.url));
let issuer;
let upstream;
let receiver;
let folder;
let config;
const secret = newSecret();

before(async () => {
  [issuer, upstream, receiver] = await Promise.all([startDevIssuer(), startEchoUpstream(), startWebhookReceiver({ '/down': secret })]);
  folder = await mkdtemp(join(tmpdir(), 'gateway-persist-'));
  config = {
    auth: { jwksUrl: issuer.jwksUrl, issuer: issuer.issuer, audience: issuer.audience },
    model: { provider: 'anthropic', upstream: upstream.url },
    integrations: {
      api: { rateLimit: { requests: 6, window: 3600 } },
      webhooks: [{ id: 'down', url: `${receiver.url}/down`, events: ['persist.test'], secret, retryPolicy: { maxRetries: 20, backoffMs: 100 } }],
    },
    webhookDelivery: { breaker: { failureThreshold: 2, cooldownMs: 1000 }, maxDelayMs: 1500 },
  };
});

after(async () => {
  await Promise.all([issuer?.close(), upstream?.close(), receiver?.close()]);
  if (folder) await rm(folder, { recursive: true, force: true });
});

test('rate limits, the webhook outbox with its breaker, and the audit trail survive a restart on the same persist folder', async () => {
  const scriptPath = await bundleOnce('gateway-restart');
  const env = { AUDIT_SIGNING_KEY: randomBytes(32).toString('base64') };
  const persist = join(folder, 'state');
  const user = await issuer.sign({ sub: 'keeper', org_id: 'o-keep', roles: ['user'] });
  const admin = await issuer.sign({ sub: 'boss', org_id: 'o-keep', roles: ['admin'] });
  receiver.behave('/down', () => 503);

  let gateway = await startGateway({ config, scriptPath, persist, env });
  let call = caller(gateway.url);
  let firstExport;
  let webhookId;
  try {
    for (let i = 0; i < 3; i++) assert.equal((await call('/v1/messages', { token: user, body: '{}' })).status, 400);
    assert.equal((await call('/v1/messages', { token: user, body: { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'What is the refund policy?' }] } })).status, 200);
    webhookId = (await (await call('/v1/events', { token: user, body: { type: 'persist.test', data: {} } })).json()).id;
    await receiver.waitFor('/down', (l) => l.length >= 2);
    const status = await (await call('/v1/webhooks/down', { token: admin })).json();
    assert.equal(status.breaker.state, 'open');
    firstExport = await (await call('/v1/audit/export', { token: admin })).json();
  } finally {
    await gateway.close();
  }

  gateway = await startGateway({ config, scriptPath, persist, env });
  call = caller(gateway.url);
  try {
    // Rate limits: 5 of 6 were used before the restart (the admin has its own count).
    const fifth = await call('/v1/messages', { token: user, body: '{}' });
    assert.equal(fifth.status, 400);
    assert.equal(fifth.headers.get('ratelimit-remaining'), '0');
    assert.equal((await call('/v1/messages', { token: user, body: '{}' })).status, 429);

    // The outbox: the same message, its attempts kept, the breaker still tripped.
    const status = await (await call('/v1/webhooks/down', { token: admin })).json();
    assert.ok(status.breaker.opens >= 1, 'the breaker state was lost');
    assert.equal(status.queued.length, 1);
    assert.equal(status.queued[0].id, webhookId);
    assert.ok(status.queued[0].attempts >= 2, 'the attempts were lost');
    receiver.behave('/down', () => 200);
    const delivered = await receiver.waitFor('/down', (l) => l.some((d) => d.status === 200));
    assert.ok(delivered.every((d) => d.id === webhookId && d.verified));

    // The audit trail: the old entries, the same signing key, a tree that only grew.
    const second = await (await call('/v1/audit/export', { token: admin })).json();
    assert.equal(second.head.publicKey, firstExport.head.publicKey);
    assert.ok(second.head.treeSize > firstExport.head.treeSize);
    assert.deepEqual(second.entries.slice(0, firstExport.entries.length).map((e) => e.leafHash), firstExport.entries.map((e) => e.leafHash));
    const file = join(folder, 'audit.json');
    await writeFile(file, JSON.stringify(second));
    const { stdout } = await promisify(execFile)(process.execPath, [cli, 'verify-audit', file]);
    assert.match(stdout, /^OK: /);
    assert.equal((await (await call('/v1/audit/verify', { token: admin, method: 'POST' })).json()).ok, true);
  } finally {
    await gateway.close();
  }
});

test('an audit trail that cannot be opened (another AUDIT_SIGNING_KEY) refuses requests with 503; nothing reaches the model', async () => {
  const persist = join(folder, 'state');
  const gateway = await startGateway({ config, scriptPath: await bundleOnce('gateway-restart'), persist, env: { AUDIT_SIGNING_KEY: randomBytes(32).toString('base64') } });
  try {
    const before = upstream.received.length;
    const user = await issuer.sign({ sub: 'late', org_id: 'o-keep', roles: ['user'] });
    const response = await caller(gateway.url)('/v1/messages', { token: user, body: { model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'What is the refund policy?' }] } });
    assert.equal(response.status, 503);
    assert.equal((await response.json()).error.code, 'AUDIT_UNAVAILABLE');
    assert.equal(upstream.received.length, before);
  } finally {
    await gateway.close();
  }
});

function runCli(args) {
  const child = spawn(process.execPath, [cli, 'gateway', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ANTHROPIC_API_KEY: 'x' } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out, errors: () => err };
}

test('npx copilot-package gateway --port 0 prints its URL, serves, and stops on SIGINT', async () => {
  const file = join(folder, 'gateway.json');
  await writeFile(file, JSON.stringify(config));
  const run = runCli(['--config', file, '--port', '0', '--persist', join(folder, 'cli-state')]);
  try {
    const deadline = Date.now() + 90_000;
    let match = null;
    while (!(match = /copilot-package gateway: (http:\/\/127\.0\.0\.1:(\d+))/.exec(run.output()))) {
      if (Date.now() > deadline || run.child.exitCode !== null) assert.fail(`no URL printed: ${run.output()} ${run.errors()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.notEqual(match[2], '0');
    const response = await fetch(`${match[1]}/v1/health`);
    assert.equal(response.status, 200);
    run.child.kill('SIGINT');
    assert.ok([0, 130].includes(await run.exited), 'Ctrl+C is a clean stop (130 is the shell convention)');
    await assert.rejects(fetch(`${match[1]}/v1/health`), 'the port is still served');
  } finally {
    if (run.child.exitCode === null) run.child.kill('SIGKILL');
  }
});

test('the CLI refuses a missing or bad configuration with exit status 2 and says why', async () => {
  let run = runCli(['--config', join(folder, 'nope.json'), '--port', '0']);
  assert.equal(await run.exited, 2);
  assert.match(run.errors(), /cannot read the gateway configuration/);
  const bad = join(folder, 'bad.json');
  await writeFile(bad, JSON.stringify({ ...config, auth: { ...config.auth, audiense: 'typo' } }));
  run = runCli(['--config', bad, '--port', '0']);
  assert.equal(await run.exited, 2);
  assert.match(run.errors(), /gateway config: auth\.audiense: unknown setting/);
  run = runCli(['--port', 'eighty']);
  assert.equal(await run.exited, 2);
});
