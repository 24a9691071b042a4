// Public declarations of `copilot-package`.
export { loadCore, CopilotError, ERROR_CODES } from 'copilot-package/core';
export type { Core, ErrorCode, LoadCoreOptions } from 'copilot-package/core';
