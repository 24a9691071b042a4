// Public declarations of `copilot-package`.
export {
  loadCore,
  CopilotError,
  ERROR_CODES,
  createEnterpriseConfig,
  validatePhase5Config,
  migrateToPhase5,
} from 'copilot-package/core';
export type * from 'copilot-package/core';
