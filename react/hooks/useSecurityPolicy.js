// useSecurityPolicy(config): the seed's SecurityHookResult. Without a config it is the
// provider's security policy (the one the guarded chat and the dashboard use); with one, the
// component gets its own, created for that config and closed when it unmounts. policies,
// threats and complianceStatus re-render the component when they change.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createSecurityPolicy } from 'copilot-package/core';
import { useCopilotContext } from '../provider/context.js';
import { eventStore } from './external-store.js';

const readSecurity = (security) => ({
  policies: security.policies,
  threats: security.threats,
  complianceStatus: security.complianceStatus,
});
const EMPTY = { policies: [], threats: [], complianceStatus: null };
const idle = { subscribe: () => () => {}, getSnapshot: () => EMPTY };

const METHODS = [
  'addPolicy',
  'updatePolicy',
  'removePolicy',
  'evaluateRequest',
  'reportThreat',
  'getThreatSummary',
  'runComplianceCheck',
  'detectPII',
  'maskSensitiveData',
  'getDashboardMetrics',
  'exportSecurityReport',
];

export function useSecurityPolicy(config) {
  const context = useCopilotContext();
  const own = config !== undefined && config !== null && Object.keys(config).length > 0;
  // Components usually pass the config inline: its contents, not its identity, decide.
  const configKey = own ? JSON.stringify(config) : '';
  const latestConfig = useRef(config);
  latestConfig.current = config;
  const [dedicated, setDedicated] = useState(null);

  useEffect(() => {
    if (!own) return undefined;
    let live = true;
    let created = null;
    const pending = createSecurityPolicy(latestConfig.current);
    setDedicated({ pending, security: null });
    pending.then(
      (security) => {
        if (!live) return security.close();
        created = security;
        setDedicated({ pending, security });
      },
      () => {}, // the methods below reject with the same error
    );
    return () => {
      live = false;
      created?.close();
    };
  }, [own, configKey]);

  const security = own ? dedicated?.security : context.security;
  const store = security ? eventStore(security, ['*'], readSecurity) : idle;
  const reactive = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  const methods = useMemo(() => {
    const target = own ? () => dedicated?.pending ?? new Promise(() => {}) : () => Promise.resolve(context.security);
    const out = {};
    for (const name of METHODS) out[name] = async (...args) => (await target())[name](...args);
    out.subscribe = (event, callback) => {
      if (security) return security.subscribe(event, callback);
      let off = () => {};
      let cancelled = false;
      target().then((s) => {
        if (!cancelled) off = s.subscribe(event, callback);
      });
      return () => {
        cancelled = true;
        off();
      };
    };
    return out;
  }, [own, dedicated, context.security, security]);

  // One object per change, so components may list it in effect dependencies.
  return useMemo(
    () => ({ ...methods, ...reactive, audit: security?.audit ?? null, ready: Boolean(security) }),
    [methods, reactive, security],
  );
}
