// Every route the gateway serves. A feature adds its routes here with one import and one
// spread (the sync relay under /v1/sync/..., single sign-on under /v1/auth/...).
import { auditRoutes } from './audit.js';
import { eventRoutes } from './events.js';
import { healthRoutes } from './health.js';
import { messageRoutes } from './messages.js';
import { webhookRoutes } from './webhooks.js';

export const coreRoutes = [...healthRoutes, ...messageRoutes, ...eventRoutes, ...webhookRoutes, ...auditRoutes];
