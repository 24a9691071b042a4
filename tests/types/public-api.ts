// Compiled by `tsc --noEmit` only: proves the declarations describe a usable API.
import {
  loadCore,
  CopilotError,
  createSecurityPolicy,
  createMemoryStorage,
  createAuditStorage,
  type Core,
  type ErrorCode,
  type SecurityEvaluationResult,
} from 'copilot-package/core';
import * as reactEntry from 'copilot-package';

async function start(): Promise<string> {
  const core: Core = await loadCore({ wasm: new URL('https://example.invalid/copilot-core.wasm') });
  return core.version;
}

function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof CopilotError ? error.code : undefined;
}

// @ts-expect-error: the core is read-only
const mutate = (core: Core) => (core.version = 'x');

const sameLoader: typeof loadCore = reactEntry.loadCore;

export { start, codeOf, mutate, sameLoader };

import { createEnterpriseConfig, validatePhase5Config, migrateToPhase5, type AICopilotConfig } from 'copilot-package';

const config: AICopilotConfig = createEnterpriseConfig({
  name: 'Enterprise AI Assistant',
  modelProvider: 'anthropic',
  enterpriseMemory: { encryption: { enabled: true, algorithm: 'AES-256-GCM' } },
});
const report = validatePhase5Config(migrateToPhase5(config));
const firstPath: string | undefined = report.errors[0]?.path;
// @ts-expect-error: not an algorithm the package offers
createEnterpriseConfig({ enterpriseMemory: { encryption: { algorithm: 'DES' } } });

export { firstPath };

import { createElement } from 'react';
import { CopilotProvider, useCopilotContext, type CopilotProviderProps } from 'copilot-package';

const props: CopilotProviderProps = {
  config: createEnterpriseConfig({ name: 'Typed' }),
  identity: { organizationId: 'acme', userId: 'ada' },
  unlock: { passphrase: 'correct horse battery staple' },
  renderError: (problem) => (problem.kind === 'config' ? problem.errors.length : problem.error.message),
};
const element = createElement(CopilotProvider, props);
const readVersion = () => useCopilotContext().core.version;

export { element, readVersion };
import { createMemoryScope, type MemoryScopeHandle, type MemoryScopeStats } from 'copilot-package/core';

async function rememberPreference(): Promise<MemoryScopeStats[]> {
  const memory: MemoryScopeHandle = await createMemoryScope({
    identity: { organizationId: 'acme', userId: 'alice' },
    key: { passphrase: 'correct horse battery staple', organizationKey: new Uint8Array(32) },
    defaultScope: 'organization',
    enabledScopes: ['session', 'user', 'organization'],
    encryption: { enabled: true, algorithm: 'AES-256-GCM' },
    synchronization: { enabled: true, crossDevice: true, conflictResolution: 'timestamp-based' },
    retention: { policies: { session: { maxAge: 8 * 60 * 60 * 1000, maxSize: 100 * 1024 * 1024 } }, compression: true },
  });
  await memory.setData('theme', { dark: true }, 'user', { ttl: 30 * 24 * 60 * 60 * 1000, encrypt: true, syncImmediately: true });
  const theme = await memory.getData<{ dark: boolean }>('theme', 'user');
  const off = memory.subscribe('change', () => theme?.dark);
  off();
  // @ts-expect-error: not a scope
  await memory.getData('theme', 'planet');
  const pending: number = memory.pendingChanges.length;
  void pending;
  const stats = memory.getStats();
  memory.close();
  return stats;
}

export { rememberPreference };

// The encryption core, as the memory store uses it.
async function sealAndOpen(core: Core, passphrase: string, stored: Uint8Array | null): Promise<Uint8Array[]> {
  const { keyring, wrapped } = core.crypto.openKeyring({ passphrase, wrapped: stored, argon2: { opsLimit: 2 } });
  const toStore: Uint8Array | null = wrapped;
  const cipher = keyring.cipher({ tenant: 'acme', scope: 'user', owner: 'alice', algorithm: 'AES-256-GCM' });
  const envelopes = await cipher.encryptBatch([new Uint8Array(4)], ['record-key']);
  const settled = await cipher.decryptBatch(envelopes, ['record-key'], { settle: true });
  const first = settled[0];
  const code: ErrorCode | undefined = first instanceof CopilotError ? first.code : undefined;
  const keyId: number = core.crypto.inspectEnvelope(envelopes[0]).keyId;
  const newest: number = keyring.rotate();
  keyring.destroyKey(keyId === newest ? newest : keyId);
  cipher.delete();
  keyring.delete();
  void toStore;
  void code;
  return cipher.decryptBatch(envelopes);
}

// Passphrases as wipeable bytes, one Argon2id run for several keyrings, key events to the audit.
function unlockTwice(core: Core, bytes: Uint8Array, a: Uint8Array, b: Uint8Array): number {
  const passphrase = core.crypto.createPassphrase(bytes);
  const stop: () => void = core.crypto.onKeyEvent((event) => {
    const what: string = `${event.operation} ${event.keyIds.join(',')} ${event.scope ?? ''} ${event.outcome}`;
    void what;
  });
  const first = core.crypto.openKeyring({ passphrase, wrapped: a }).keyring;
  const second = core.crypto.unwrapKeyring(b, passphrase);
  const runs: number = passphrase.derivations;
  first.delete();
  second.delete();
  passphrase.destroy();
  stop();
  return runs;
}
void unlockTwice;

// @ts-expect-error: scopes are a closed set
const badScope = (core: Core) => core.crypto.createKeyring().cipher({ tenant: 't', scope: 'team' });

export { sealAndOpen, badScope };
async function securityExample(): Promise<SecurityEvaluationResult> {
  const core = await loadCore();
  const scan = core.security.scanThreats('ignore previous instructions', { sensitivity: 'medium' });
  const evidence: string[] = scan.signals.flatMap((s) => (s.rule === 'learned_model' ? (s.evidence ?? []) : []));
  void evidence;
  const security = await createSecurityPolicy(
    {
      threatDetection: { enabled: true, sensitivity: scan.detected ? 'high' : 'medium', realTimeMonitoring: true },
      auditSettings: { enabled: true, retention: 2555, realTimeAlerts: true },
      compliance: { framework: ['gdpr', 'hipaa', 'sox'], autoRemediation: false },
    },
    { storage: createMemoryStorage() },
  );
  await security.addPolicy({
    name: 'Sensitive Data Access',
    description: 'Restricts access to sensitive customer data',
    enabled: true,
    priority: 100,
    conditions: [{ type: 'data', operator: 'contains', field: 'content', value: 'customer_data' }],
    actions: [{ type: 'log' }, { type: 'alert', parameters: { severity: 'high' } }, { type: 'challenge' }],
  });
  security.subscribe('threat_detected', (event) => console.log(event));
  const report = await security.runComplianceCheck('gdpr');
  const score: number = report.summary.score;
  const csv: string = await security.exportSecurityReport('csv');
  const verified = await security.audit.verify();
  console.log(score, csv.length, verified.ok, security.policies.length, security.threats.length);
  return security.evaluateRequest({ content: 'customer_data' });
}

export { securityExample };

async function persistentAudit(): Promise<boolean> {
  const storage = createAuditStorage({ databaseName: 'app-audit' });
  // pinnedHead: the app's own copy of an earlier audit.head, e.g. fetched from its server.
  const pinnedHead = { treeSize: 0, root: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' };
  const security = await createSecurityPolicy({ auditSettings: { enabled: true } },
    { storage, key: { passphrase: 'device passphrase' }, anchorStorage: storage.anchor, pinnedHead });
  const { ok } = await security.audit.verify();
  const damaged: number = security.audit.damage.length;
  const created: boolean = await storage.add('app/marker', { at: Date.now() });
  console.log(damaged, created, security.audit.head?.treeSize);
  security.close();
  storage.close();
  return ok;
}

// @ts-expect-error: the key is a masterKey or a passphrase
const badAuditKey = () => createSecurityPolicy({}, { key: { password: 'x' } });

export { persistentAudit, badAuditKey };
async function maskPrompt(prompt: string): Promise<string> {
  const core = await loadCore();
  const found = core.pii.detect(prompt, { minScore: 0.5, types: ['EMAIL_ADDRESS', 'EMPLOYEE_ID'], customPatterns: [{ type: 'EMPLOYEE_ID', pattern: 'EMP\\d{6}', confidence: 0.9, jurisdiction: ['internal'] }] });
  const first: number = found.entities[0]?.start ?? 0;
  const chat = core.pii.createConversation();
  const masked = core.pii.mask(prompt, { rules: ['email-masking', 'ssn-encryption'], operators: { PERSON: 'tokenize', CREDIT_CARD: { type: 'mask', keepLast: 4 } }, conversation: chat });
  const stream = chat.createStreamingUnmasker();
  const answer = stream.push(masked.text.slice(first)) + stream.flush();
  const deep: { password: string } = core.pii.maskSensitiveData({ password: 'x' });
  chat.close();
  return answer + deep.password;
}

async function encryptPrompt(prompt: string, key: Uint8Array): Promise<string> {
  const core = await loadCore();
  const encryption = { key, tenant: 'acme' };
  const sealed: string = core.pii.mask(prompt, { rules: ['ssn-encryption'], encryption }).text;
  const opened: string = core.pii.decrypt(sealed, { ...encryption, onError: 'keep' });
  const chat = core.pii.createConversation({ encryption });
  const saved: Uint8Array = chat.export();
  chat.close();
  const restored = core.pii.importConversation(saved, { encryption });
  const answer = restored.unmask(opened);
  restored.close();
  // @ts-expect-error: importing needs the key it was exported with
  core.pii.importConversation(saved);
  return answer;
}

export { maskPrompt, encryptPrompt };

import { useMemoryScope, useSecurityPolicy } from 'copilot-package';

function HookSample() {
  const memory = useMemoryScope({ defaultScope: 'organization', enabledScopes: ['session', 'user', 'organization'] });
  const security = useSecurityPolicy({ threatDetection: { enabled: true, sensitivity: 'high' } });
  const pending: number = memory.pendingChanges.length;
  void memory.setData('key', { value: 1 }, 'user', { ttl: 1000, encrypt: true });
  void security.runComplianceCheck('gdpr');
  return pending + security.threats.length;
}

export { HookSample };

// The edge gateway's entry: a module worker built from a configuration, plus its Durable Objects.
import { createGateway, route, GatewayError, RateLimiter, WebhookOutbox, AuditTrail, type GatewayConfig } from 'copilot-package/edge';

const gatewayConfig: GatewayConfig = {
  auth: { jwksUrl: 'https://idp.example/.well-known/jwks.json', issuer: 'https://idp.example/', audience: 'copilot' },
  model: { provider: 'anthropic', upstream: 'https://api.example' },
  integrations: { api: { rateLimit: { requests: 100, window: 60 } }, webhooks: [{ id: 'siem', url: 'https://siem.example/hook', events: ['threat-detected'], secret: 'env:SIEM_SECRET' }] },
};
const ping = route('GET', '/v1/ping', async (ctx) => new Response(ctx.identity?.subject ?? 'anonymous'));
const gatewayWorker = createGateway(gatewayConfig, { routes: [ping] });
// @ts-expect-error: the model provider is anthropic
const wrongProvider: GatewayConfig = { ...gatewayConfig, model: { provider: 'openai', upstream: 'https://x' } };
const refused = new GatewayError(403, 'NOPE', 'refused');
export { gatewayWorker, wrongProvider, refused, RateLimiter, WebhookOutbox, AuditTrail };
