// createEnterpriseConfig(partial) and migrateToPhase5(phase4Config).
import { CopilotError } from '../errors.js';
import { disabledPhase5Sections, enterpriseDefaults, slugify } from './defaults.js';
import { isPlainObject, mergeConfig } from './merge.js';

/**
 * A complete enterprise configuration: `partial` over secure defaults. Arrays in `partial`
 * replace the default arrays. Validate the result with validatePhase5Config (CopilotProvider
 * does, and refuses an invalid one).
 */
export function createEnterpriseConfig(partial = {}) {
  if (!isPlainObject(partial)) {
    throw new CopilotError('INVALID_CONFIG', 'createEnterpriseConfig expects a plain object, e.g. { name: "My Copilot" }');
  }
  const base = enterpriseDefaults({
    name: typeof partial.name === 'string' && partial.name ? partial.name : undefined,
    modelProvider: typeof partial.modelProvider === 'string' ? partial.modelProvider : undefined,
  });
  return mergeConfig(base, partial);
}

/**
 * Upgrades a Phase 4 configuration: every field it has is kept as it is, and each Phase 5
 * section it lacks is added, disabled, so nothing changes behaviour until switched on.
 * Phase 3-style configs ({ title, subtitle, initialMessage }) also get name, slug,
 * description and firstMessage. Running it twice gives the same result.
 */
export function migrateToPhase5(phase4Config) {
  if (!isPlainObject(phase4Config)) {
    throw new CopilotError('INVALID_CONFIG', 'migrateToPhase5 expects a Phase 4 configuration object');
  }
  const legacy = {};
  if (typeof phase4Config.title === 'string') {
    legacy.name = phase4Config.title;
    legacy.slug = slugify(phase4Config.title);
    if (typeof phase4Config.subtitle === 'string') legacy.description = phase4Config.subtitle;
    if (typeof phase4Config.initialMessage === 'string') legacy.firstMessage = phase4Config.initialMessage;
  }
  // Existing values win over derived ones and over the disabled sections.
  return mergeConfig(mergeConfig(disabledPhase5Sections(), legacy), phase4Config);
}
