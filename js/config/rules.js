// Checks that span fields, run after the schema: each pushes { path, message } onto the
// errors (the config must not be used) or the warnings (it works, but probably not as meant).
import {
  KNOWN_MODEL_PROVIDERS,
  MIN_AUDIT_RETENTION_DAYS,
  SUPPORTED_MODEL_PROVIDERS,
} from './constants.js';

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

export function checkRules(config, errors, warnings) {
  const security = config.enterpriseSecurity;
  const memory = config.enterpriseMemory;
  const enterprise = config.enterprise;

  const provider = config.modelProvider;
  if (typeof provider === 'string' && !SUPPORTED_MODEL_PROVIDERS.includes(provider)) {
    warnings.push({
      path: 'modelProvider',
      message: KNOWN_MODEL_PROVIDERS.includes(provider)
        ? `the guarded chat has adapters for ${SUPPORTED_MODEL_PROVIDERS.join(' and ')}; "${provider}" needs your own adapter`
        : `unknown model provider "${provider}"`,
    });
  }

  if (security?.enabled === true && security.audit?.enabled !== true) {
    errors.push({
      path: 'enterpriseSecurity.audit.enabled',
      message: 'the audit trail must be enabled when enterprise security is enabled',
    });
  }

  const scopes = memory?.scopes;
  if (scopes?.default && Array.isArray(scopes.enabled) && !scopes.enabled.includes(scopes.default)) {
    errors.push({
      path: 'enterpriseMemory.scopes.default',
      message: `the default scope "${scopes.default}" is not one of the enabled scopes (${scopes.enabled.join(', ')})`,
    });
  }
  if (Array.isArray(scopes?.enabled)) {
    for (const scope of Object.keys(memory?.retention?.policies ?? {})) {
      if (!scopes.enabled.includes(scope)) {
        warnings.push({
          path: `enterpriseMemory.retention.policies.${scope}`,
          message: `a retention policy for "${scope}", which is not an enabled scope, has no effect`,
        });
      }
    }
  }
  if (memory?.encryption?.enabled === false) {
    warnings.push({
      path: 'enterpriseMemory.encryption.enabled',
      message: 'memory encryption is off: stored conversation data will be readable on the device',
    });
  }
  if (memory?.synchronization?.enabled === true && !memory.synchronization.endpoint) {
    warnings.push({
      path: 'enterpriseMemory.synchronization.endpoint',
      message: 'synchronization is enabled without an endpoint: changes queue up until one is configured',
    });
  }

  checkAuditRetention(config, warnings);

  if (enterprise?.dashboard?.enabled === true && config.enterprisePerformance?.monitoring?.enabled === false) {
    warnings.push({
      path: 'enterprise.dashboard.enabled',
      message: 'the dashboard is enabled but performance monitoring is off: its performance widgets stay empty',
    });
  }

  checkWebhooks(enterprise?.integrations?.webhooks, errors, warnings);

  const sso = enterprise?.integrations?.sso;
  if (sso?.enabled === true && (sso.provider === 'oauth' || sso.provider === 'oidc') && !sso.settings?.clientId) {
    errors.push({ path: 'enterprise.integrations.sso.settings.clientId', message: `${sso.provider} sign-in needs a clientId` });
  }
}

function checkAuditRetention(config, warnings) {
  const retention = config.enterpriseSecurity?.audit?.retention;
  if (typeof retention !== 'number') return;
  const frameworks = new Set([
    ...(config.enterprise?.compliance?.frameworks ?? []),
    ...(config.enterpriseSecurity?.policies?.complianceFramework ?? []),
  ]);
  for (const framework of frameworks) {
    const minimum = MIN_AUDIT_RETENTION_DAYS[framework] ?? 0;
    if (retention < minimum) {
      warnings.push({
        path: 'enterpriseSecurity.audit.retention',
        message: `${framework} record keeping calls for at least ${minimum} days of audit retention; ${retention} are configured`,
      });
    }
  }
}

function checkWebhooks(webhooks, errors, warnings) {
  if (!Array.isArray(webhooks)) return;
  const seen = new Set();
  webhooks.forEach((hook, i) => {
    const path = `enterprise.integrations.webhooks.${i}`;
    if (!hook || typeof hook !== 'object') return;
    if (seen.has(hook.id)) errors.push({ path: `${path}.id`, message: `webhook id "${hook.id}" is used twice` });
    seen.add(hook.id);
    let url = null;
    try {
      url = new URL(hook.url);
    } catch {
      return; // the schema already reported it
    }
    if (url.protocol === 'http:' && !LOOPBACK.test(url.hostname)) {
      warnings.push({ path: `${path}.url`, message: 'webhook events would travel unencrypted: use https' });
    } else if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      errors.push({ path: `${path}.url`, message: 'a webhook URL must be http(s)' });
    }
    if (typeof hook.secret === 'string' && hook.secret.length < 16) {
      warnings.push({
        path: `${path}.secret`,
        message: `a ${hook.secret.length}-character signing secret is easy to guess: use at least 32 random characters`,
      });
    }
  });
}
