import { useMemo, useState } from 'react';
import { CopilotChat, CopilotProvider, EnterpriseDashboard } from 'copilot-package';
import { demoConfig } from './config.js';
import { UnlockForm } from './UnlockForm.jsx';
import { MemoryExplorer } from './MemoryExplorer.jsx';
import { AuditTrail } from './AuditTrail.jsx';
import { About } from './About.jsx';

const PAGES = ['Chat', 'Dashboard', 'Memory', 'Audit trail', 'About'];

export function App() {
  const [credentials, setCredentials] = useState(/** @type {null | { organizationId: string, userId: string, passphrase: string }} */ (null));
  const [page, setPage] = useState('Chat');
  const [theme, setTheme] = useState(/** @type {'light' | 'dark'} */ ('light'));
  // The provider opens a new session when these objects change, so they are made once per unlock.
  const identity = useMemo(
    () => credentials && { organizationId: credentials.organizationId, userId: credentials.userId, sessionId: 'demo-tab' },
    [credentials],
  );
  const unlock = useMemo(() => credentials && { passphrase: credentials.passphrase }, [credentials]);

  return (
    <div className="app" data-theme={theme}>
      <header className="app-header">
        <h1>copilot-package demo</h1>
        <button type="button" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
          {theme === 'light' ? 'Dark theme' : 'Light theme'}
        </button>
      </header>
      {!credentials ? (
        <UnlockForm onUnlock={setCredentials} />
      ) : (
        <CopilotProvider
          config={demoConfig}
          identity={identity}
          unlock={unlock}
          fallback={<p role="status">Unlocking encrypted memory…</p>}
          renderError={(problem) => (
            <div role="alert" className="error">
              <p>
                {problem.kind === 'unlock'
                  ? 'That passphrase does not open this memory. Nothing was changed.'
                  : problem.kind === 'config'
                    ? `Invalid configuration: ${problem.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`
                    : `The copilot could not start: ${problem.error.message}`}
              </p>
              <button type="button" onClick={() => setCredentials(null)}>
                Try again
              </button>
            </div>
          )}
        >
          <nav className="tabs" aria-label="Demo pages">
            {PAGES.map((name) => (
              <button key={name} type="button" aria-current={page === name ? 'page' : undefined} onClick={() => setPage(name)}>
                {name}
              </button>
            ))}
          </nav>
          <main>
            {page === 'Chat' && <CopilotChat theme={theme} />}
            {page === 'Dashboard' && <EnterpriseDashboard config={demoConfig} theme={theme} refreshInterval={5} />}
            {page === 'Memory' && <MemoryExplorer />}
            {page === 'Audit trail' && <AuditTrail />}
            {page === 'About' && <About />}
          </main>
        </CopilotProvider>
      )}
    </div>
  );
}
