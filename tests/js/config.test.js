import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createEnterpriseConfig, validatePhase5Config, migrateToPhase5, CopilotError } from '../../js/entry/node.js';
import { seedEnterpriseConfig } from './fixtures/seed-enterprise-config.js';

const paths = (list) => list.map((entry) => entry.path);

describe('validatePhase5Config', () => {
  test("accepts the README's complete enterprise configuration exactly as written", () => {
    const result = validatePhase5Config(seedEnterpriseConfig);
    assert.deepEqual(result.errors, []);
    assert.equal(result.valid, true);
    // It works, but sync has nowhere to go yet and a 14-character webhook secret deserves a word.
    assert.deepEqual(paths(result.warnings), [
      'enterpriseMemory.synchronization.endpoint',
      'enterprise.integrations.webhooks.0.secret',
    ]);
  });

  test('reports each wrong field with its path, all at once', () => {
    const config = structuredClone(seedEnterpriseConfig);
    config.enterpriseSecurity.threatDetection.sensitivity = 'paranoid';
    config.enterpriseMemory.encryption.algorithm = 'DES';
    config.enterpriseSecurity.audit.retention = -1;
    config.enterprisePerformance.alerts.thresholds.errorRate = 5;
    config.enterprise.integrations.webhooks[0].url = 'not a url';
    const result = validatePhase5Config(config);
    assert.equal(result.valid, false);
    assert.deepEqual(paths(result.errors).sort(), [
      'enterprise.integrations.webhooks.0.url',
      'enterpriseMemory.encryption.algorithm',
      'enterprisePerformance.alerts.thresholds.errorRate',
      'enterpriseSecurity.audit.retention',
      'enterpriseSecurity.threatDetection.sensitivity',
    ]);
    const algorithm = result.errors.find((e) => e.path === 'enterpriseMemory.encryption.algorithm');
    assert.match(algorithm.message, /AES-256-GCM/);
  });

  test('cross-field rules: default scope, audit with security, SSO client id', () => {
    const config = structuredClone(seedEnterpriseConfig);
    config.enterpriseMemory.scopes.default = 'global';
    config.enterpriseSecurity.audit.enabled = false;
    delete config.enterprise.integrations.sso.settings.clientId;
    const result = validatePhase5Config(config);
    assert.deepEqual(paths(result.errors).sort(), [
      'enterprise.integrations.sso.settings.clientId',
      'enterpriseMemory.scopes.default',
      'enterpriseSecurity.audit.enabled',
    ]);
  });

  test('warns about misspelt settings, short retention for the frameworks, plain-http webhooks', () => {
    const config = structuredClone(seedEnterpriseConfig);
    config.enterpriseSecurity.threatDetecton = { enabled: true };
    config.enterpriseSecurity.audit.retention = 365;
    config.enterprise.integrations.webhooks[0].url = 'http://hooks.example.com/a';
    config.enterprise.integrations.webhooks[0].secret = 'x'.repeat(40);
    const result = validatePhase5Config(config);
    assert.equal(result.valid, true);
    assert.deepEqual(paths(result.warnings).sort(), [
      'enterprise.integrations.webhooks.0.url',
      'enterpriseMemory.synchronization.endpoint',
      'enterpriseSecurity.audit.retention',
      'enterpriseSecurity.threatDetecton',
    ]);
    assert.match(result.warnings.find((w) => w.path.endsWith('retention')).message, /hipaa.*2190 days/);
  });

  test('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'config', [], new Date(), Object.create({ a: 1 })]) {
      const result = validatePhase5Config(input);
      assert.equal(result.valid, false);
      assert.equal(result.errors[0].path, '');
    }
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "enterpriseSecurity": {"enabled": "yes"}}');
    const result = validatePhase5Config(hostile);
    assert.equal(result.valid, false);
    assert.deepEqual(paths(result.errors), ['enterpriseSecurity.enabled']);
    assert.equal({}.polluted, undefined);
  });
});

describe('createEnterpriseConfig', () => {
  test("fills secure defaults around the README's Quick Start input", () => {
    const config = createEnterpriseConfig({
      name: 'Enterprise AI Assistant',
      slug: 'enterprise-assistant',
      modelProvider: 'anthropic',
      model: 'claude-3-sonnet-20240229',
      systemPrompt: 'You are an enterprise AI assistant with security awareness.',
    });
    assert.equal(config.name, 'Enterprise AI Assistant');
    assert.equal(config.model, 'claude-3-sonnet-20240229');
    assert.equal(config.enterpriseMemory.encryption.enabled, true);
    assert.equal(config.enterpriseMemory.encryption.algorithm, 'XChaCha20-Poly1305');
    assert.equal(config.enterpriseSecurity.audit.enabled, true);
    assert.equal(config.enterpriseSecurity.piiProtection.enabled, true);
    assert.equal(config.enterpriseMemory.synchronization.enabled, false, 'nothing leaves the device by default');
    assert.deepEqual(validatePhase5Config(config), { valid: true, errors: [], warnings: [] });
  });

  test('a partial overrides deeply; arrays replace; defaults are never shared', () => {
    const a = createEnterpriseConfig({ enterpriseMemory: { encryption: { algorithm: 'AES-256-GCM' }, scopes: { enabled: ['user'] } } });
    assert.equal(a.enterpriseMemory.encryption.algorithm, 'AES-256-GCM');
    assert.equal(a.enterpriseMemory.encryption.enabled, true);
    assert.deepEqual(a.enterpriseMemory.scopes.enabled, ['user']);
    a.enterpriseSecurity.policies.dataAccess.push('mutated');
    assert.deepEqual(createEnterpriseConfig().enterpriseSecurity.policies.dataAccess, []);
  });

  test('derives the slug from the name and picks the offline model for the local provider', () => {
    const config = createEnterpriseConfig({ name: 'Équipe Support 24/7' });
    assert.equal(config.slug, 'equipe-support-24-7');
    assert.equal(config.modelProvider, 'local');
    assert.equal(config.model, 'copilot-local');
  });

  test('rejects what is not a plain object with INVALID_CONFIG', () => {
    for (const input of [null, 'x', [], 3]) {
      assert.throws(() => createEnterpriseConfig(input), (error) => error instanceof CopilotError && error.code === 'INVALID_CONFIG');
    }
  });
});

describe('migrateToPhase5', () => {
  const phase4 = {
    name: 'My Copilot',
    slug: 'my-copilot',
    modelProvider: 'anthropic',
    model: 'claude-3-haiku-20240307',
    systemPrompt: 'Be brief.',
    uiConfig: { theme: 'dark', layout: 'chatbox' },
    tools: [{ name: 'lookup', handler: () => 'kept as is' }],
  };

  test('keeps every Phase 4 field and adds the Phase 5 sections, disabled', () => {
    const migrated = migrateToPhase5(phase4);
    for (const key of Object.keys(phase4)) assert.equal(migrated[key], phase4[key], key);
    assert.equal(migrated.enterpriseSecurity.enabled, false);
    assert.equal(migrated.enterpriseSecurity.threatDetection.enabled, false);
    assert.equal(migrated.enterprisePerformance.monitoring.enabled, false);
    assert.equal(migrated.enterprise.dashboard.enabled, false);
    const validation = validatePhase5Config(migrated);
    assert.equal(validation.valid, true, JSON.stringify(validation.errors));
  });

  test('keeps Phase 5 sections that are already there, and is idempotent', () => {
    const partly = { ...phase4, enterpriseSecurity: { enabled: true, audit: { enabled: true, retention: 400 } } };
    const once = migrateToPhase5(partly);
    assert.equal(once.enterpriseSecurity.enabled, true);
    assert.equal(once.enterpriseSecurity.audit.retention, 400);
    assert.equal(once.enterpriseSecurity.threatDetection.enabled, false);
    assert.deepEqual(migrateToPhase5(once), once);
  });

  test('maps a legacy { title, subtitle, initialMessage } config and keeps those fields', () => {
    const migrated = migrateToPhase5({ title: 'Help Desk', subtitle: 'Ask away', initialMessage: 'Hi!' });
    assert.equal(migrated.name, 'Help Desk');
    assert.equal(migrated.slug, 'help-desk');
    assert.equal(migrated.description, 'Ask away');
    assert.equal(migrated.firstMessage, 'Hi!');
    assert.equal(migrated.title, 'Help Desk');
    assert.equal(validatePhase5Config(migrated).valid, true);
  });

  test('does not modify its input and rejects non-objects', () => {
    const input = structuredClone({ ...phase4, tools: undefined });
    const before = JSON.stringify(input);
    migrateToPhase5(input);
    assert.equal(JSON.stringify(input), before);
    assert.throws(() => migrateToPhase5(null), { code: 'INVALID_CONFIG' });
  });
});
