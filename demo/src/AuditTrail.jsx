import { useEffect, useState } from 'react';
import { useSecurityPolicy } from 'copilot-package';

/** The tamper-evident audit trail: its entries, and a verification on demand. */
export function AuditTrail() {
  const security = useSecurityPolicy();
  const [entries, setEntries] = useState(/** @type {any[]} */ ([]));
  const [verification, setVerification] = useState(/** @type {any} */ (null));

  useEffect(() => {
    let live = true;
    const load = () => security.audit?.entries({ limit: 200 }).then((list) => live && setEntries(list));
    load();
    const off = security.subscribe('*', load);
    return () => {
      live = false;
      off();
    };
  }, [security]);

  return (
    <section className="page" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit trail</h2>
      <p>
        Every decision, threat and configuration change is a leaf of an RFC 9162 Merkle tree with signed heads. Check an
        export anywhere with <code>npx copilot-package verify-audit FILE</code>.
      </p>
      <button type="button" onClick={async () => setVerification(await security.audit?.verify())}>
        Verify now
      </button>
      {verification && (
        <p role="status" className={verification.ok ? 'ok' : 'error'} data-testid="audit-verification">
          {verification.ok ? `Verified: ${verification.size} entries, signatures and tree intact.` : `Tampering detected: ${JSON.stringify(verification.problems)}`}
        </p>
      )}
      <ol className="audit-entries" data-testid="audit-entries">
        {entries.map((entry) => (
          <li key={entry.seq}>
            <code>#{entry.seq}</code> {entry.type} <span className="muted">{new Date(entry.time ?? entry.timestamp ?? 0).toLocaleTimeString()}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
