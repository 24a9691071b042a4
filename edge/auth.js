// Bearer JWT authentication with jose against the configured JWKS (a URL fetched and cached by
// jose, or keys given inline). Issuer, audience, expiry and the signature algorithms are
// pinned by the configuration; anything else is 401 with a WWW-Authenticate challenge
// (RFC 6750) that says why. The result is the identity every later step uses.
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { GatewayError } from './errors.js';

const REALM = 'copilot-gateway';

/**
 * The identity a verified token carries: `subject` (sub), `organizationId` (the configured
 * organization claim, or null), `roles` (the roles claim as an array: an array or a
 * space-separated string), and every claim as verified.
 */
export function identityFromClaims(claims, auth) {
  const org = claims[auth.organizationClaim];
  const raw = claims[auth.rolesClaim];
  const roles = Array.isArray(raw) ? raw.filter((r) => typeof r === 'string') : typeof raw === 'string' ? raw.split(/\s+/).filter(Boolean) : [];
  return Object.freeze({
    subject: claims.sub,
    organizationId: typeof org === 'string' && org !== '' ? org : null,
    roles: Object.freeze(roles),
    claims: Object.freeze({ ...claims }),
  });
}

function unauthorized(code, message, error = 'invalid_token') {
  const challenge = error ? `Bearer realm="${REALM}", error="${error}", error_description="${message.replace(/["\\]/g, "'")}"` : `Bearer realm="${REALM}"`;
  return new GatewayError(401, code, message, { headers: { 'WWW-Authenticate': challenge } });
}

// jose's error codes -> ours, with a message a client developer can act on.
function explain(error) {
  switch (error?.code) {
    case 'ERR_JWT_EXPIRED':
      return unauthorized('TOKEN_EXPIRED', 'the bearer token has expired: get a new one from your identity provider');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      return unauthorized('TOKEN_CLAIM_INVALID', `the bearer token's "${error.claim}" claim is not accepted here (${error.reason})`);
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return unauthorized('TOKEN_ALGORITHM', 'the bearer token is signed with an algorithm this gateway does not accept');
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return unauthorized('TOKEN_SIGNATURE', 'the bearer token is not signed by a key of the configured issuer');
    case 'ERR_JWKS_TIMEOUT':
    case 'ERR_JWKS_INVALID':
      return new GatewayError(503, 'JWKS_UNAVAILABLE', 'the identity provider\'s keys could not be fetched; try again shortly', { cause: error });
    default:
      if (error instanceof errors.JOSEError) return unauthorized('TOKEN_INVALID', 'the bearer token is malformed');
      return new GatewayError(503, 'JWKS_UNAVAILABLE', 'the identity provider\'s keys could not be fetched; try again shortly', { cause: error });
  }
}

/**
 * @param {object} auth the normalised `auth` section (config.js)
 * @param {{ identity?: (claims, auth) => identity }} [options] a claims mapping other than
 *   identityFromClaims (single sign-on maps its own claims here)
 * @returns {(request: Request) => Promise<identity>} throws GatewayError 401 (or 503 when the JWKS is unreachable)
 */
export function createAuthenticator(auth, options = {}) {
  const keys = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 }) : createLocalJWKSet(auth.jwks);
  const mapIdentity = options.identity ?? identityFromClaims;
  const verifyOptions = {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: auth.algorithms,
    clockTolerance: auth.clockToleranceSeconds,
    requiredClaims: ['sub', 'exp'],
    ...(auth.maxTokenAgeSeconds ? { maxTokenAge: auth.maxTokenAgeSeconds } : {}),
  };
  return async function authenticate(request) {
    const header = request.headers.get('authorization');
    if (!header) throw unauthorized('TOKEN_MISSING', 'send a bearer token: Authorization: Bearer <JWT>', null);
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)\s*$/i.exec(header);
    if (!match) throw unauthorized('TOKEN_INVALID', 'the Authorization header must be "Bearer <JWT>"', 'invalid_request');
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1], keys, verifyOptions));
    } catch (error) {
      throw explain(error);
    }
    if (typeof payload.sub !== 'string' || payload.sub === '') throw unauthorized('TOKEN_CLAIM_INVALID', 'the bearer token has no subject (sub)');
    return mapIdentity(payload, auth);
  };
}

/** Throws 403 unless the identity has one of `roles`. */
export function requireRole(identity, roles, what) {
  if (!identity.roles.some((r) => roles.includes(r))) {
    throw new GatewayError(403, 'ROLE_REQUIRED', `${what} needs one of the roles ${roles.join(', ')}`);
  }
}
