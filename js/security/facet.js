// core.security: the synchronous face of the security core that needs no state.
import { CopilotError, unwrapStatus } from '../errors.js';

const SENSITIVITIES = ['low', 'medium', 'high'];

/** Builds core.security from the embind module. */
export function buildSecurity(module) {
  return {
    /**
     * Scans a prompt for attacks. Returns { detected, score, severity, categories, signals };
     * signal offsets are UTF-16 code units into `text`, end exclusive.
     */
    scanThreats(text, options = {}) {
      if (typeof text !== 'string') throw new CopilotError('INVALID_ARGUMENT', 'scanThreats(text): text must be a string');
      const sensitivity = options?.sensitivity ?? 'medium';
      if (!SENSITIVITIES.includes(sensitivity)) {
        throw new CopilotError('INVALID_ARGUMENT', "scanThreats: sensitivity is 'low', 'medium' or 'high'");
      }
      return JSON.parse(unwrapStatus(module.scanThreats(text, sensitivity)));
    },
  };
}
