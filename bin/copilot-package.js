#!/usr/bin/env node
// The package's command line. One command so far:
//   npx copilot-package verify-audit FILE
// checks an exported audit log (audit.export()) on its own, without the library's state or
// its wasm core: it recomputes every leaf hash (RFC 9162: SHA-256(0x00 || entry)), checks
// each entry's inclusion proof and the whole tree against the signed head's root, and the
// head's Ed25519 signature. Exit status 0 when everything verifies, 1 otherwise, 2 on misuse.
import { readFileSync } from 'node:fs';
import { verifyAuditExport } from './verify-audit.js';

const [command, file, ...rest] = process.argv.slice(2);
if (command !== 'verify-audit' || !file || rest.length > 0) {
  console.error('usage: copilot-package verify-audit FILE   (FILE: JSON written from audit.export())');
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
