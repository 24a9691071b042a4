// createSecurityPolicy(config): the seed's SecurityHookResult over the wasm core, plus
// subscribe, exportSecurityReport and audit. Decisions and scans happen in C++; this layer
// keeps state (threats, compliance reports, counters), persists the audit trail and notifies.
import { loadCore, moduleOf } from '../core/load-core.js';
import { CopilotError, unwrapStatus } from '../errors.js';
import { openAuditLog } from './audit-log.js';
import { FRAMEWORKS, applyRemedy, complianceReport } from './compliance.js';
import { createMemoryStorage } from './memory-storage.js';
import { createPolicyEvaluator, isObjectRecord } from './policy-evaluator.js';
import { reportRows, toCsv } from './report.js';
import { openSigningSeed } from './signing-key.js';

const MAX_THREATS_KEPT = 1000;
const PERIOD_MS = { hour: 3600e3, day: 86400e3, week: 7 * 86400e3, month: 30 * 86400e3 };
const SEVERITY_RANK = { none: 0, low: 1, medium: 2, high: 3, critical: 4 };
const EVENTS = ['threat_detected', 'policy_violation', 'decision', 'policy_added', 'policy_updated', 'policy_removed',
  'compliance_checked', 'remediation_applied', 'report_exported', '*'];
const TEXT_FIELDS = ['content', 'prompt', 'text', 'message', 'input'];

function checkConfig(config) {
  if (!isObjectRecord(config)) throw new CopilotError('INVALID_CONFIG', 'createSecurityPolicy(config): config must be an object');
  const td = config.threatDetection;
  if (td !== undefined && !isObjectRecord(td)) throw new CopilotError('INVALID_CONFIG', 'threatDetection must be an object');
  if (td?.sensitivity !== undefined && !['low', 'medium', 'high'].includes(td.sensitivity)) {
    throw new CopilotError('INVALID_CONFIG', "threatDetection.sensitivity is 'low', 'medium' or 'high'");
  }
  const audit = config.auditSettings;
  if (audit !== undefined && !isObjectRecord(audit)) throw new CopilotError('INVALID_CONFIG', 'auditSettings must be an object');
  if (audit?.retention !== undefined && !(Number.isFinite(audit.retention) && audit.retention > 0)) {
    throw new CopilotError('INVALID_CONFIG', 'auditSettings.retention is a number of days > 0');
  }
  const frameworks = config.compliance?.framework ?? config.compliance?.frameworks ?? [];
  for (const f of [].concat(frameworks)) {
    if (!FRAMEWORKS.includes(f)) throw new CopilotError('INVALID_CONFIG', `compliance.framework: unknown '${f}'; use ${FRAMEWORKS.join(', ')}`);
  }
  if (config.defaultDecision !== undefined && !['allow', 'challenge', 'deny'].includes(config.defaultDecision)) {
    throw new CopilotError('INVALID_CONFIG', "defaultDecision is 'allow', 'challenge' or 'deny'");
  }
}

function policyList(config) {
  if (Array.isArray(config.policies)) return config.policies;
  return Array.isArray(config.policies?.rules) ? config.policies.rules : [];
}

function requestText(request) {
  const parts = [];
  for (const k of TEXT_FIELDS) if (typeof request[k] === 'string') parts.push(request[k]);
  for (const k of TEXT_FIELDS) if (typeof request.data?.[k] === 'string') parts.push(request.data[k]);
  return parts.join('\n');
}

/**
 * config: the seed's SecurityConfiguration. options: { storage?, key?, signingSeed?, now?,
 * anchorStorage? (e.g. createAuditStorage's storage.anchor), pinnedHead? } (see audit-log.js
 * on rollback).
 * With a key ({ masterKey } | { passphrase } | { kek }) the audit signing key is a device key kept
 * sealed in `storage` (signing-key.js); without one, signingSeed or a fresh key per instance.
 */
export async function createSecurityPolicy(config = {}, options = {}) {
  checkConfig(config);
  const live = structuredClone({ ...config, storage: undefined });
  const core = await loadCore();
  const module = moduleOf(core);
  const now = options.now ?? Date.now;
  const storage = options.storage ?? config.storage ?? createMemoryStorage();
  const set = new module.PolicySet(config.defaultDecision ?? 'allow');
  const evaluator = createPolicyEvaluator(set, module);
  const listeners = new Map();
  const threats = [];
  const reports = new Map();
  const counters = { allow: 0, challenge: 0, deny: 0, evaluations: 0 };
  const policyErrors = [];
  let complianceStatus = null;
  let closed = false;

  const auditOn = () => live.auditSettings?.enabled !== false;
  let audit;
  try {
    if (isObjectRecord(config.policies)) unwrapStatus(set.setRoles(JSON.stringify(config.policies)));
    if (options.key !== undefined && options.signingSeed !== undefined) {
      throw new CopilotError('INVALID_CONFIG', 'pass either key (a stored device signing key) or signingSeed, not both');
    }
    const deviceSeed = options.key === undefined ? null : await openSigningSeed({ crypto: core.crypto, storage, key: options.key });
    try {
      audit = await openAuditLog({ module, storage, signingSeed: deviceSeed ?? options.signingSeed ?? config.auditSettings?.signingSeed,
        retentionDays: config.auditSettings?.retention, now, anchor: options.anchorStorage,
        pinnedHead: options.pinnedHead ?? config.auditSettings?.pinnedHead });
    } finally {
      deviceSeed?.fill(0);
    }
  } catch (error) {
    set.delete();
    throw error;
  }

  const emit = (event, data) => {
    for (const name of [event, '*']) for (const cb of listeners.get(name) ?? []) {
      try {
        cb(name === '*' ? { event, data } : data);
      } catch (error) {
        queueMicrotask(() => { throw error; }); // a subscriber's bug must not break the caller
      }
    }
  };
  // Not async: with the trail off, a call costs no promise and no microtask turn.
  const log = (type, data) => (auditOn() ? audit.append(type, data) : null);
  const check = () => {
    if (closed) throw new CopilotError('CLOSED', 'this security policy was closed');
  };

  // A bad policy in the configuration is reported, never fatal for the others.
  for (const [i, p] of policyList(config).entries()) {
    try {
      unwrapStatus(set.add(JSON.stringify(p)));
      evaluator.invalidate();
    } catch (error) {
      policyErrors.push({ index: i, code: error.code, message: error.message });
    }
  }
  // auditSettings.retention (days): entries past it lose their text at start-up (their leaf
  // hashes stay, so signed heads still verify); audit.prune() does the same on demand.
  const pruned = config.auditSettings?.retention ? (await audit.prune()).pruned : 0;
  await log('config_loaded', { policies: JSON.parse(set.list()).length, policyErrors: policyErrors.length, pruned });

  function recordThreat(event) {
    threats.unshift(event);
    if (threats.length > MAX_THREATS_KEPT) threats.length = MAX_THREATS_KEPT;
    emit('threat_detected', event);
  }

  function newId() {
    const b = crypto.getRandomValues(new Uint8Array(8));
    return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }

  // Returns the audit append's promise when it logged a threat, otherwise nothing: the
  // request path awaits only what exists.
  function scanRequest(request, result) {
    const td = live.threatDetection ?? {};
    if (td.enabled === false) return;
    const text = requestText(request);
    if (!text) return;
    const scan = core.security.scanThreats(text, { sensitivity: td.sensitivity ?? 'medium' });
    result.threat = scan;
    if (!scan.detected) return;
    const escalate = SEVERITY_RANK[scan.severity] >= SEVERITY_RANK.high ? 'deny' : 'challenge';
    const rank = { allow: 0, challenge: 1, deny: 2 };
    if (rank[escalate] > rank[result.decision]) {
      result.decision = escalate;
      result.allowed = false;
      result.defaulted = false;
    }
    result.reasons.push(`threat detected (${scan.categories.join(', ')}; score ${scan.score}) -> ${escalate}`);
    result.riskScore = Math.max(result.riskScore, scan.score);
    const event = { id: newId(), type: 'threat', timestamp: now(), severity: scan.severity, score: scan.score,
      categories: scan.categories, source: 'evaluateRequest', description: result.reasons.at(-1), signals: scan.signals };
    recordThreat(event);
    return log('threat', { id: event.id, severity: event.severity, score: event.score, categories: event.categories });
  }

  async function runCheck(framework) {
    const verification = await audit.verify();
    // PCI DSS 3.4.1: run the configured masking rules on a test PAN rather than trust their names.
    let cardMasking = false;
    const rules = live.piiProtection?.enabled === false ? [] : (live.piiProtection?.maskingRules ?? []);
    if (rules.length > 0) {
      try {
        const masked = core.pii.mask('card 4111111111111111', { rules }).text;
        cardMasking = masked.replace(/\D/g, '').length <= 10 && !masked.includes('4111111111111111');
      } catch {
        cardMasking = false; // a rule name the PII engine does not know masks nothing
      }
    }
    const state = { auditOk: auditOn() ? verification.ok : undefined, policyCount: JSON.parse(set.list()).length,
      roleCount: Object.keys(config.policies?.userPermissions ?? {}).length, erasure: typeof storage.delete === 'function', cardMasking };
    return complianceReport(framework, live, state, now());
  }

  const api = {
    get policies() {
      return JSON.parse(set.list());
    },
    get policyErrors() {
      return policyErrors.slice();
    },
    async addPolicy(policy) {
      check();
      if (!isObjectRecord(policy)) throw new CopilotError('INVALID_POLICY', 'policy: addPolicy(policy) takes an object');
      const id = unwrapStatus(set.add(JSON.stringify(policy)));
      evaluator.invalidate();
      await log('policy_added', { id, name: policy.name });
      emit('policy_added', { id });
      return id;
    },
    async updatePolicy(id, patch) {
      check();
      if (typeof id !== 'string' || !isObjectRecord(patch)) {
        throw new CopilotError('INVALID_ARGUMENT', 'updatePolicy(id, patch): id is a string, patch an object');
      }
      unwrapStatus(set.update(id, JSON.stringify(patch)));
      evaluator.invalidate();
      await log('policy_updated', { id, fields: Object.keys(patch) });
      emit('policy_updated', { id });
    },
    async removePolicy(id) {
      check();
      if (typeof id !== 'string') throw new CopilotError('INVALID_ARGUMENT', 'removePolicy(id): id is a string');
      unwrapStatus(set.remove(id));
      evaluator.invalidate();
      await log('policy_removed', { id });
      emit('policy_removed', { id });
    },
    async evaluateRequest(request) {
      check();
      const result = evaluator.evaluate(request);
      const threatLogged = scanRequest(request, result);
      if (threatLogged) await threatLogged;
      result.timestamp = now();
      counters.evaluations++;
      counters[result.decision]++;
      // The trail records the decision, never the request's content (it may hold personal data).
      const decisionLogged = log('decision', { decision: result.decision, policies: result.matchedPolicies.map((p) => p.id), riskScore: result.riskScore });
      if (decisionLogged) await decisionLogged;
      emit('decision', result);
      if (result.decision === 'deny') emit('policy_violation', result);
      return result;
    },
    get threats() {
      return threats.slice();
    },
    async reportThreat(event) {
      check();
      if (!isObjectRecord(event) || typeof event.type !== 'string') {
        throw new CopilotError('INVALID_ARGUMENT', 'reportThreat(event): event is an object with a type');
      }
      const severity = event.severity ?? 'medium';
      if (!(severity in SEVERITY_RANK)) throw new CopilotError('INVALID_ARGUMENT', 'reportThreat: severity is low, medium, high or critical');
      const stored = { ...structuredClone(event), severity, categories: event.categories ?? [event.type], id: newId(), timestamp: now() };
      recordThreat(stored);
      await log('threat_reported', { id: stored.id, type: stored.type, severity });
    },
    async getThreatSummary(period = 'day') {
      check();
      if (!(period in PERIOD_MS)) throw new CopilotError('INVALID_ARGUMENT', "getThreatSummary(period): 'hour', 'day', 'week' or 'month'");
      const since = now() - PERIOD_MS[period];
      const byCategory = new Map();
      for (const t of threats) {
        if (t.timestamp < since) continue;
        for (const category of t.categories ?? [t.type]) {
          const s = byCategory.get(category) ?? { category, period, count: 0, highestSeverity: 'none', lastSeen: 0 };
          s.count++;
          if (SEVERITY_RANK[t.severity] > SEVERITY_RANK[s.highestSeverity]) s.highestSeverity = t.severity;
          s.lastSeen = Math.max(s.lastSeen, t.timestamp);
          byCategory.set(category, s);
        }
      }
      return [...byCategory.values()].sort((a, b) => b.count - a.count);
    },
    get complianceStatus() {
      return complianceStatus;
    },
    async runComplianceCheck(framework) {
      check();
      const configured = [].concat(live.compliance?.framework ?? live.compliance?.frameworks ?? []);
      const name = framework ?? configured[0] ?? 'gdpr';
      if (!FRAMEWORKS.includes(name)) {
        throw new CopilotError('INVALID_ARGUMENT', `runComplianceCheck: unknown framework '${name}'; use ${FRAMEWORKS.join(', ')}`);
      }
      let report = await runCheck(name);
      if (live.compliance?.autoRemediation === true) {
        const applied = [];
        for (const f of report.findings) {
          if (f.status === 'pass' || !f.remedy) continue;
          const change = applyRemedy(live, f.remedy);
          applied.push({ control: f.control, ...change });
          await log('auto_remediation', { framework: name, control: f.control, path: change.path });
          emit('remediation_applied', { framework: name, control: f.control, ...change });
        }
        if (applied.length) report = { ...(await runCheck(name)), remediations: applied };
      }
      reports.set(name, report);
      complianceStatus = report;
      await log('compliance_check', { framework: name, score: report.summary.score, failed: report.summary.failed });
      emit('compliance_checked', report);
      return report;
    },
    async detectPII(text) {
      check();
      return core.pii.detect(text);
    },
    async maskSensitiveData(data, rules = live.piiProtection?.maskingRules) {
      check();
      // Deep masking (structure kept, secret-named keys redacted) in one crossing of the boundary.
      const masked = core.pii.maskSensitiveData(data, rules ? { rules } : {});
      await log('data_masked', { rules: rules ?? null });
      return masked;
    },
    async getDashboardMetrics() {
      check();
      const day = now() - PERIOD_MS.day;
      const bySeverity = { low: 0, medium: 0, high: 0, critical: 0 };
      const byCategory = {};
      for (const t of threats) {
        if (t.severity in bySeverity) bySeverity[t.severity]++;
        for (const c of t.categories ?? []) byCategory[c] = (byCategory[c] ?? 0) + 1;
      }
      const policies = JSON.parse(set.list());
      return {
        policies: { total: policies.length, enabled: policies.filter((p) => p.enabled !== false).length, rejected: policyErrors.length },
        decisions: { total: counters.evaluations, allow: counters.allow, challenge: counters.challenge, deny: counters.deny },
        threats: { total: threats.length, last24h: threats.filter((t) => t.timestamp >= day).length, bySeverity, byCategory },
        compliance: Object.fromEntries([...reports].map(([k, r]) => [k, r.summary])),
        audit: { entries: audit.size, head: audit.head },
        generatedAt: now(),
      };
    },
    subscribe(event, callback) {
      check();
      if (!EVENTS.includes(event)) throw new CopilotError('INVALID_ARGUMENT', `subscribe: unknown event '${event}'; use ${EVENTS.join(', ')}`);
      if (typeof callback !== 'function') throw new CopilotError('INVALID_ARGUMENT', 'subscribe(event, callback): callback is a function');
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(callback);
      return () => listeners.get(event)?.delete(callback);
    },
    async exportSecurityReport(format = 'json') {
      check();
      if (format !== 'csv' && format !== 'json') throw new CopilotError('INVALID_ARGUMENT', "exportSecurityReport(format): 'csv' or 'json'");
      if (reports.size === 0) {
        for (const f of [].concat(live.compliance?.framework ?? live.compliance?.frameworks ?? ['gdpr'])) await api.runComplianceCheck(f);
      }
      const data = { compliance: [...reports.values()], threats: threats.map(({ signals, ...t }) => t), policies: JSON.parse(set.list()) };
      await log('report_exported', { format });
      emit('report_exported', { format });
      if (format === 'csv') return toCsv(reportRows(data));
      return JSON.stringify({ generatedAt: new Date(now()).toISOString(), ...data, audit: { head: audit.head, entries: audit.size },
        metrics: await api.getDashboardMetrics() }, null, 2);
    },
    /**
     * Appends key operations reported by core.crypto.onKeyEvent (one event or an array: one
     * 'key_operations' entry) to the audit trail: key ids, scope, algorithm and outcome, never
     * key material.
     */
    async recordKeyEvents(events) {
      check();
      const list = [].concat(events);
      if (list.some((e) => typeof e?.operation !== 'string')) {
        throw new CopilotError('INVALID_ARGUMENT', 'recordKeyEvents takes events from core.crypto.onKeyEvent');
      }
      const operations = list.map(({ operation, keyIds, keyId, scope, algorithm, outcome, code, at }) => {
        const fields = { operation, keyIds: Array.isArray(keyIds) ? keyIds.filter(Number.isInteger) : [], keyId, scope, algorithm, outcome, code, at };
        return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      });
      await log('key_operations', { operations });
    },
    audit,
    close() {
      if (closed) return;
      closed = true;
      audit.close();
      set.delete();
      listeners.clear();
    },
  };
  return api;
}
