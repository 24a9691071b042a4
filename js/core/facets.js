// The capabilities `core` exposes, one entry each: name -> build(module) returning that
// capability's synchronous JavaScript face (e.g. core.pii). Each capability's own folder
// (js/pii/, js/security/, ...) holds its builder; this list is the only place they meet.
import { buildCrypto } from '../crypto/index.js';

export const coreFacets = {
  crypto: buildCrypto,
};
