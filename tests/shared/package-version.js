// The version every runtime's core must report: package.json's.
import { readFileSync } from 'node:fs';

export const packageVersion = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
