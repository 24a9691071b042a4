// `copilot-package`: the React layer (CopilotProvider, hooks, dashboard) grows here; it
// re-exports the framework-free core so an app needs one import.
export {
  loadCore,
  CopilotError,
  ERROR_CODES,
  createEnterpriseConfig,
  validatePhase5Config,
  migrateToPhase5,
} from 'copilot-package/core';
