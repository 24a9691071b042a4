// The organization's gateway audit trail, for the auditor roles (auth.auditorRoles): its
// signed export (check it with `npx copilot-package verify-audit FILE`) and a verification
// run. A caller reaches only the trail of the organization in their token.
import { requireRole } from '../auth.js';
import { json } from '../http.js';
import { auditTrailOf } from '../services.js';
import { route } from './table.js';

const trailOf = (ctx) => {
  requireRole(ctx.identity, ctx.settings.auth.auditorRoles, 'the audit trail');
  return auditTrailOf(ctx.env, ctx.identity.organizationId);
};

export const auditRoutes = [
  route('GET', '/v1/audit/export', async (ctx) => json(await trailOf(ctx).exportLog(), 200, {
    'content-disposition': 'attachment; filename="gateway-audit.json"',
  })),
  route('POST', '/v1/audit/verify', async (ctx) => json(await trailOf(ctx).verify(ctx.identity.organizationId))),
];
