// `copilot-package`: the React layer over the framework-free core, which it re-exports so
// an app needs one import.
export {
  loadCore,
  CopilotError,
  ERROR_CODES,
  createEnterpriseConfig,
  validatePhase5Config,
  migrateToPhase5,
} from 'copilot-package/core';
export { CopilotProvider } from './provider/CopilotProvider.js';
export { useCopilotContext } from './provider/context.js';
