// What one isolate keeps between requests: the gateway's configuration (registered by
// createGateway at module load, or parsed from the GATEWAY_CONFIG binding), the wasm core and
// the security policy used to decide requests. Durable Objects run in the same module, so
// they read the configuration from here too.
import { createSecurityPolicy, loadCore } from '../js/entry/workerd.js';
import { securityConfigFrom } from '../js/session/config-mapping.js';
import { CopilotError } from '../js/errors.js';
import { CONFIG_BINDING } from './bindings.js';
import { parseGatewayConfig } from './config.js';

let registered = null;
let corePromise = null;
let policyPromise = null;

/** Called by createGateway: the settings every request and Durable Object of this isolate uses. */
export function registerGateway(settings, extensions = {}) {
  registered = { settings, extensions };
  policyPromise = null;
}

/** The gateway settings, from createGateway or else from env.GATEWAY_CONFIG. */
export function gatewaySettings(env) {
  if (registered) return registered.settings;
  const raw = env?.[CONFIG_BINDING];
  if (raw === undefined) {
    throw new CopilotError('INVALID_CONFIG', `no gateway configuration: call createGateway(config) at the top level of the worker module, or set the ${CONFIG_BINDING} binding`);
  }
  registerGateway(parseGatewayConfig(raw));
  return registered.settings;
}

export const core = () => (corePromise ??= loadCore());

/** The seed's enterpriseSecurity, plus the gateway's own policy rules, as createSecurityPolicy's configuration. */
export function securityConfiguration(settings) {
  const config = securityConfigFrom({ enterpriseSecurity: settings.security });
  return { ...config, policies: { ...config.policies, rules: settings.policies } };
}

/**
 * The isolate's security policy for decisions: the configured threat detection and role
 * permissions, with its own audit trail off (decisions go to the organization's AuditTrail).
 */
export function decisionPolicy(settings) {
  policyPromise ??= createSecurityPolicy({ ...securityConfiguration(settings), auditSettings: { enabled: false } }).then((policy) => {
    const [first] = policy.policyErrors;
    if (first) {
      policy.close();
      throw new CopilotError('INVALID_CONFIG', `gateway config policies[${first.index}]: ${first.message}`);
    }
    return policy;
  }).catch((error) => {
    policyPromise = null;
    throw error;
  });
  return policyPromise;
}
