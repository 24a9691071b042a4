import { useCore } from './useCore.js';

export function App() {
  const state = useCore();
  return (
    <main className="demo">
      <h1>copilot-package</h1>
      <p className="tagline">PII masking, encrypted memory and a tamper-evident audit trail for AI copilots, in WebAssembly.</p>
      <CoreStatus state={state} />
    </main>
  );
}

/** @param {{ state: import('./useCore.js').CoreState }} props */
function CoreStatus({ state }) {
  if (state.status === 'loading') return <p role="status">Loading the wasm core…</p>;
  if (state.status === 'error') {
    return (
      <p role="alert" className="error">
        The core failed to load ({state.error.code}): {state.error.message}
      </p>
    );
  }
  return (
    <dl className="core-info" role="status">
      <dt>Core version</dt>
      <dd data-testid="core-version">{state.core.version}</dd>
      <dt>Linked libraries</dt>
      <dd data-testid="core-libraries">{state.core.libraries}</dd>
    </dl>
  );
}
