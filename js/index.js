// The framework-free API, shared by every runtime's entry point (js/entry/*.js), which add
// the way that runtime obtains the wasm module.
export { loadCore } from './core/load-core.js';
export { CopilotError, ERROR_CODES } from './errors.js';
export { createEnterpriseConfig, migrateToPhase5 } from './config/create.js';
export { validatePhase5Config } from './config/validate.js';
export { createDashboardStore } from './dashboard/dashboard-store.js';
export { emptySnapshot } from './dashboard/snapshot.js';
export { createChatStore } from './chat/chat-store.js';
export { createModelAdapter } from './chat/model-adapter.js';
export { createSecurityPolicy } from './security/security-policy.js';
export { createMemoryStorage } from './security/memory-storage.js';
export { createAuditStorage } from './security/audit-storage.js';
export { createMemoryScope } from './memory/memory-scope.js';
export { openCopilotSession } from './session/open-session.js';
export { collectFromSession } from './dashboard/collect-session.js';
