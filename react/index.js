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
export { EnterpriseDashboard, CustomDashboard } from './dashboard/EnterpriseDashboard.js';
export { SecurityWidget } from './dashboard/SecurityWidget.js';
export { PerformanceWidget } from './dashboard/PerformanceWidget.js';
export { MemoryWidget } from './dashboard/MemoryWidget.js';
export { ComplianceWidget } from './dashboard/ComplianceWidget.js';
export { AlertsWidget } from './dashboard/AlertsWidget.js';
export { AuditWidget } from './dashboard/AuditWidget.js';
export { CopilotChat } from './chat/CopilotChat.js';
export { useCopilotChat } from './chat/useCopilotChat.js';
export { useMemoryScope } from './hooks/useMemoryScope.js';
export { useSecurityPolicy } from './hooks/useSecurityPolicy.js';
