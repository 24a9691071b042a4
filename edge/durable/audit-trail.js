// AuditTrail: one Durable Object per organization, holding that organization's gateway audit
// trail: the package's own audit log (createSecurityPolicy(...).audit: an RFC 9162 Merkle tree
// with Ed25519 signed tree heads) persisted in this object's storage, so its export is what
// `npx copilot-package verify-audit` checks. The signing seed is sealed in the same storage
// under the AUDIT_SIGNING_KEY secret (32 bytes, base64 or hex): the storage alone cannot sign.
import { DurableObject } from 'cloudflare:workers';
import { createSecurityPolicy } from '../../js/entry/workerd.js';
import { CopilotError } from '../../js/errors.js';
import { SECRETS } from '../bindings.js';
import { createLogger } from '../log.js';
import { gatewaySettings, securityConfiguration } from '../runtime.js';
import { emitEvent } from '../webhooks/events.js';
import { durableStorage } from './storage-adapter.js';

const log = createLogger({ component: 'audit-trail' });
const VERIFY_EVERY_MS = 24 * 60 * 60 * 1000;
const ORGANIZATION_KEY = 'gateway/organization';

/** AUDIT_SIGNING_KEY as 32 bytes (base64, base64url or hex). */
export function signingKeyFrom(env) {
  const text = env?.[SECRETS.auditSigningKey];
  if (typeof text !== 'string' || text === '') {
    throw new CopilotError('INVALID_CONFIG', `the ${SECRETS.auditSigningKey} secret is not set: 32 random bytes, base64 (e.g. openssl rand -base64 32 | wrangler secret put ${SECRETS.auditSigningKey})`);
  }
  let bytes = null;
  if (/^[0-9a-fA-F]{64}$/.test(text)) bytes = Uint8Array.from(text.match(/../g), (h) => parseInt(h, 16));
  else {
    try {
      bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    } catch {
      bytes = null;
    }
  }
  if (!bytes || bytes.length !== 32) throw new CopilotError('INVALID_CONFIG', `${SECRETS.auditSigningKey} must be 32 bytes, base64 or hex`);
  return bytes;
}

export class AuditTrail extends DurableObject {
  open() {
    this.policy ??= (async () => {
      const settings = gatewaySettings(this.env);
      const masterKey = signingKeyFrom(this.env);
      try {
        const config = securityConfiguration(settings);
        return await createSecurityPolicy({ ...config, auditSettings: { ...config.auditSettings, enabled: true } },
          { storage: durableStorage(this.ctx.storage), key: { masterKey } });
      } finally {
        masterKey.fill(0);
      }
    })().catch((error) => {
      this.policy = null;
      throw error;
    });
    return this.policy;
  }

  // The organization id is passed by the caller (a Durable Object does not know the name it was
  // made from); it goes into the events this trail sends.

  /** Appends one entry; returns { seq, leafHash }. The first append also schedules the daily verification. */
  async append(organizationId, type, data) {
    const policy = await this.open();
    const appended = await policy.audit.append(type, data);
    if (!this.scheduled) {
      this.scheduled = true;
      if ((await this.ctx.storage.get(ORGANIZATION_KEY)) === undefined) await this.ctx.storage.put(ORGANIZATION_KEY, organizationId);
      if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + VERIFY_EVERY_MS);
    }
    return appended;
  }

  /** Once a day: the whole trail is verified, and a failure sent as 'audit-verification-failed'. */
  async alarm() {
    await this.verify((await this.ctx.storage.get(ORGANIZATION_KEY)) ?? null);
    await this.ctx.storage.setAlarm(Date.now() + VERIFY_EVERY_MS);
  }

  /** The signed export (entries, inclusion proofs, a fresh signed head). */
  async exportLog() {
    return (await this.open()).audit.export();
  }

  /** Verifies every stored entry against the tree and the signed head; a failure is also sent as 'audit-verification-failed'. */
  async verify(organizationId) {
    const policy = await this.open();
    const result = await policy.audit.verify();
    if (!result.ok) {
      log.error('audit verification failed', { organizationId, problems: result.problems.length });
      const problems = result.problems.slice(0, 20).map(({ index, kind }) => ({ index, kind }));
      await emitEvent(this.env, gatewaySettings(this.env), 'audit-verification-failed', { size: result.size, problems }, { organizationId });
    }
    return { ok: result.ok, size: result.size, root: result.root, head: result.head, problems: result.problems };
  }
}
