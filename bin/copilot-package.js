#!/usr/bin/env node
// The package's command line:
//   npx copilot-package verify-audit FILE
//   npx copilot-package gateway [--config FILE] [--port N] [--persist DIR]   (bin/gateway.js)
// verify-audit checks an exported audit log (audit.export()) on its own, without the library's state or
// its wasm core: it recomputes every leaf hash (RFC 9162: SHA-256(0x00 || entry)), checks
// each entry's inclusion proof and the whole tree against the signed head's root, and the
// head's Ed25519 signature. Exit status 0 when everything verifies, 1 otherwise, 2 on misuse.
import { readFileSync } from 'node:fs';
import { verifyAuditExport } from './verify-audit.js';

// `copilot-package gateway ...` runs the local edge gateway until it is stopped (bin/gateway.js).
if (process.argv[2] === 'gateway') await (await import('./gateway.js')).main(process.argv.slice(3));

const [command, file, ...rest] = process.argv.slice(2);
if (command !== 'verify-audit' || !file || rest.length > 0) {
  console.error('usage: copilot-package verify-audit FILE   (FILE: JSON written from audit.export())');
  console.error('       copilot-package gateway [--config FILE] [--port N] [--persist DIR]');
  process.exit(2);
}
let exported;
try {
  exported = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`cannot read ${file}: ${error.message}`);
  process.exit(2);
}
const result = verifyAuditExport(exported);
for (const line of result.problems) console.log(`FAIL ${line}`);
console.log(result.ok
  ? `OK: ${result.entries} entries, tree size ${result.treeSize}, root ${result.root}, signed by ${result.publicKey}`
  : `FAILED: ${result.problems.length} problem(s) in ${file}`);
process.exit(result.ok ? 0 : 1);
