// The capabilities `core` exposes, one entry each: name -> build(module) returning that
// capability's synchronous JavaScript face (e.g. core.pii). Each capability's own folder
// (js/pii/, js/security/, ...) holds its builder; this list is the only place they meet.
import { buildCrypto } from '../crypto/index.js';
import { buildPii } from '../pii/index.js';
import { buildSecurity } from '../security/facet.js';

export const coreFacets = {
  crypto: buildCrypto,
  pii: buildPii,
  security: buildSecurity,
};
