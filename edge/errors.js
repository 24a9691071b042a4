// The gateway's one error shape: `{ error: { type, code, message } }` plus the request id,
// as the Anthropic API answers (so its clients read our errors too). `type` is the Anthropic
// error type a client already switches on; `code` is the gateway's own stable string.
const TYPES = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  405: 'invalid_request_error',
  409: 'challenge_required',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  502: 'upstream_error',
  503: 'overloaded_error',
  504: 'upstream_error',
};

export class GatewayError extends Error {
  /**
   * @param {number} status the HTTP status
   * @param {string} code a stable string, e.g. 'TOKEN_EXPIRED'
   * @param {string} message what went wrong and what to do
   * @param {{ headers?: Record<string, string>, details?: object, cause?: unknown }} [options]
   */
  constructor(status, code, message, options = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GatewayError';
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
    this.details = options.details ?? {};
  }
}

/** The Response for any thrown value: a GatewayError as itself, anything else as a 500 without its message. */
export function errorResponse(error, requestId) {
  const known = error instanceof GatewayError;
  const status = known ? error.status : 500;
  const body = {
    type: 'error',
    error: {
      type: TYPES[status] ?? 'api_error',
      code: known ? error.code : 'INTERNAL',
      message: known ? error.message : 'the gateway failed; the request id is in the logs',
      ...(known ? error.details : {}),
    },
    request_id: requestId,
  };
  const headers = new Headers({ 'content-type': 'application/json', ...(known ? error.headers : {}) });
  return new Response(JSON.stringify(body), { status, headers });
}
