import { createElement as h } from 'react';
import { useDashboard } from './context.js';
import { Card, Stats, formatTime } from './parts.js';

/** The audit trail's size and whether it last verified. */
export function AuditWidget() {
  const { snapshot } = useDashboard();
  const audit = snapshot.audit;
  const status =
    audit.verified === null ? ['not verified yet', 'cp-muted'] : audit.verified ? ['verified', 'cp-ok'] : ['TAMPERING DETECTED', 'cp-bad'];
  return h(
    Card,
    { title: 'Audit trail', id: 'cp-audit' },
    h(Stats, { items: [['Entries', audit.entries], ['Integrity', status[0], status[1]]] }),
    audit.lastVerifiedAt ? h('p', { className: 'cp-muted' }, `Last verified ${formatTime(audit.lastVerifiedAt)}`) : null,
    audit.rootHash ? h('p', { className: 'cp-code' }, `Tree head (${audit.treeSize}): ${audit.rootHash}`) : null,
  );
}
