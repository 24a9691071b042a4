// Every error the package throws is a CopilotError with a stable string `code`, so that an
// application can react to `err.code === 'WRONG_KEY'` without parsing messages.

/** The codes the package uses; the C++ core's StatusCodeName() produces the same strings. */
export const ERROR_CODES = Object.freeze([
  'INVALID_ARGUMENT',
  'INVALID_CONFIG',
  'INVALID_PATTERN',
  'INVALID_POLICY',
  'INTEGRITY',
  'WRONG_KEY',
  'UNSUPPORTED',
  'TOO_LARGE',
  'INTERNAL',
  'QUOTA',
  'CLOSED',
  'NO_SYNC_ENDPOINT',
  'LOAD_FAILED',
  'MODEL_UNAVAILABLE',
  'MODEL_ERROR',
  'MODEL_STREAM',
  'ABORTED',
  // JavaScript only (no core status): the memory store's IndexedDB was upgraded by another
  // tab (VERSIONCHANGE: this connection closed and reopens on next use) or an upgrade waits
  // for other tabs to close (BLOCKED). Both arrive as 'error' events of a memory scope.
  'VERSIONCHANGE',
  'BLOCKED',
]);

export class CopilotError extends Error {
  /**
   * @param {string} code one of ERROR_CODES
   * @param {string} message what went wrong and what to do about it
   * @param {{ cause?: unknown }} [options]
   */
  constructor(code, message, options) {
    super(message, options);
    this.name = 'CopilotError';
    this.code = code;
  }
}

/**
 * Turns a status object from the wasm boundary ({ ok, code?, message?, value? }) into its
 * value, or throws the CopilotError it describes.
 */
export function unwrapStatus(status) {
  if (status.ok) return status.value;
  const code = ERROR_CODES.includes(status.code) ? status.code : 'INTERNAL';
  throw new CopilotError(code, status.message || `the core failed with ${status.code}`);
}
