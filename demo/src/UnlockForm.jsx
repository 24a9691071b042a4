import { useState } from 'react';

/** @param {{ onUnlock: (credentials: { organizationId: string, userId: string, passphrase: string }) => void }} props */
export function UnlockForm({ onUnlock }) {
  const [organizationId, setOrganization] = useState('acme');
  const [userId, setUser] = useState('ada');
  const [passphrase, setPassphrase] = useState('correct horse battery staple');
  return (
    <form
      className="unlock"
      onSubmit={(event) => {
        event.preventDefault();
        onUnlock({ organizationId, userId, passphrase });
      }}
    >
      <p>
        Memory is encrypted on this device under keys only your passphrase opens. Use the same passphrase next
        time to see what you stored; a different one is refused.
      </p>
      <label>
        Organization <input value={organizationId} onChange={(e) => setOrganization(e.target.value)} required />
      </label>
      <label>
        User <input value={userId} onChange={(e) => setUser(e.target.value)} required />
      </label>
      <label>
        Passphrase <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} required />
      </label>
      <button type="submit">Unlock</button>
    </form>
  );
}
