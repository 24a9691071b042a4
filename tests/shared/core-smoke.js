// One scenario run against the same wasm build in every runtime (Node, Chromium, workerd):
// it must load, answer, and map a core failure to a CopilotError with its code. Returns the
// checks instead of asserting, so each runtime's test reports them with its own runner.
import { loadCore, moduleOf } from '../../js/core/load-core.js';
import { CopilotError, unwrapStatus } from '../../js/errors.js';

export async function runCoreSmoke(expectedVersion) {
  const checks = [];
  const check = (name, pass, detail) => checks.push({ name, pass: Boolean(pass), detail: String(detail) });

  const core = await loadCore();
  check('version is the package version', core.version === expectedVersion, core.version);
  check('libsodium is linked', /libsodium 1\.0\.\d+/.test(core.libraries), core.libraries);
  check('loadCore() is cached', (await loadCore()) === core, 'second call');
  check('core is frozen', Object.isFrozen(core), 'Object.isFrozen');

  const module = moduleOf(core);
  const good = unwrapStatus(module.checkJsonDocument('{"scopes":["user"]}', 0));
  check('a valid document round-trips through C++', good === '{"scopes":["user"]}', good);
  try {
    unwrapStatus(module.checkJsonDocument('{"a": [1,,2]}', 0));
    check('a C++ failure becomes a CopilotError', false, 'no error thrown');
  } catch (error) {
    check(
      'a C++ failure becomes a CopilotError',
      error instanceof CopilotError && error.code === 'INVALID_CONFIG' && /byte 10\b/.test(error.message),
      `${error.code}: ${error.message}`,
    );
  }
  const deep = '['.repeat(100000);
  try {
    unwrapStatus(module.checkJsonDocument(deep, 0));
    check('hostile nesting is refused', false, 'accepted');
  } catch (error) {
    check('hostile nesting is refused', error.code === 'INVALID_CONFIG', error.message);
  }
  return checks;
}
