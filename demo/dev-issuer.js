// DEMO AND TESTS ONLY: a local token issuer on loopback, so `npm run demo` and the gateway's
// tests have bearer tokens to send. It holds an ES256 key pair made at start, publishes the
// public half as a JWKS (GET /jwks.json) and signs whatever it is asked to (GET /token?sub=...).
// Anyone who can reach it gets a token: never point a real gateway at it. Real deployments
// verify tokens from their identity provider's JWKS.
import { createServer } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

export const DEV_AUDIENCE = 'copilot-gateway';

export async function startDevIssuer({ port = 0, audience = DEV_AUDIENCE } = {}) {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'dev-1', alg: 'ES256', use: 'sig' };
  let fetches = 0;
  let issuer = '';

  /** Signs a token. claims: { sub, org_id?, roles?, ... }; options: { expiresIn = '1h', issuer, audience, key } */
  async function sign(claims, options = {}) {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'dev-1' })
      .setIssuedAt(options.issuedAt)
      .setIssuer(options.issuer ?? issuer)
      .setAudience(options.audience ?? audience)
      .setExpirationTime(options.expiresIn ?? '1h');
    return jwt.sign(options.key ?? privateKey);
  }

  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    if (url.pathname === '/jwks.json') {
      fetches++;
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    if (url.pathname === '/token') {
      const roles = (url.searchParams.get('roles') ?? 'user').split(',').filter(Boolean);
      const token = await sign({ sub: url.searchParams.get('sub') ?? 'demo-user', org_id: url.searchParams.get('org') ?? 'demo-org', roles },
        { expiresIn: '8h' });
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ access_token: token, token_type: 'Bearer' }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  issuer = `http://127.0.0.1:${server.address().port}`;
  return {
    issuer,
    audience,
    jwksUrl: `${issuer}/jwks.json`,
    sign,
    get jwksFetches() {
      return fetches;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
