// POST /v1/messages: the Anthropic Messages API, guarded. The new user turn is judged by the
// security policy (threat scan, role permissions, policies) with the verified identity, and
// the earlier turns the client sends again are scanned too (a high or critical threat there
// denies: a client can forge its history, and a real one never got past the gateway); every
// decision is appended to the organization's audit trail before anything leaves; deny is 403
// and challenge 409 (a client that got the user's confirmation resends with the
// Copilot-Confirm header the 409 named); PII is tokenized, the model's answer unmasked on its
// way back. Webhooks report threats, violations, challenges, policies' alert actions and the
// PII types found.
import { GatewayError } from '../errors.js';
import { checkMessagesBody, maskBody, readJsonBody, userText } from '../messages/request.js';
import { forwardToModel } from '../messages/upstream.js';
import { route } from './table.js';

const encoder = new TextEncoder();

// A challenge's id binds the confirmation to this subject and this text (not a secret: the
// point is that the user saw what they confirm, and that the confirmation is logged).
async function challengeId(subject, text) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${subject}\n${text}`)));
  return `chl_${Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function policyRequest(identity, text, permission) {
  return {
    type: 'chat_message',
    content: text,
    user: { id: identity.subject, role: identity.roles[0] ?? null, roles: [...identity.roles], organizationId: identity.organizationId },
    ...(permission ? { permission } : {}),
  };
}

const SERIOUS = ['high', 'critical'];

// A serious threat in the earlier turns turns the decision into deny, with its reason.
function judgeHistory(core, settings, earlier, result) {
  const detection = settings.security.threatDetection ?? {};
  if (!earlier || detection.enabled === false) return;
  const scan = core.security.scanThreats(earlier, { sensitivity: detection.sensitivity ?? 'medium' });
  if (!scan.detected || !SERIOUS.includes(scan.severity)) return;
  result.decision = 'deny';
  result.allowed = false;
  result.reasons.push(`threat detected in an earlier turn of the conversation (${scan.categories.join(', ')}; score ${scan.score}) -> deny`);
  result.riskScore = Math.max(result.riskScore, scan.score);
  result.threat = result.threat?.detected ? result.threat : scan;
}

async function messages(ctx) {
  const { settings, identity, request } = ctx;
  const body = checkMessagesBody(await readJsonBody(request, settings.model.maxRequestBytes), settings.model);
  const [core, policy] = await Promise.all([ctx.core(), ctx.policy()]);
  const { latest: text, earlier } = userText(body);
  const result = await policy.evaluateRequest(policyRequest(identity, text, settings.model.requiredPermission));
  judgeHistory(core, settings, earlier, result);
  let decision = result.decision;
  let challenge = null;
  if (decision === 'challenge') {
    challenge = await challengeId(identity.subject, text);
    if (request.headers.get('copilot-confirm') === challenge) decision = 'allow';
  }
  const piiOn = settings.security.piiProtection?.enabled !== false;
  const conversation = core.pii.createConversation();
  let handedOver = false;
  try {
    const masked = piiOn ? maskBody(core.pii, body, conversation) : { body, entities: {} };
    const threat = result.threat?.detected ? { severity: result.threat.severity, score: result.threat.score, categories: result.threat.categories } : null;
    const record = {
      route: '/v1/messages', decision, policyDecision: result.decision, confirmed: decision !== result.decision,
      reasons: result.reasons, policies: result.matchedPolicies.map((p) => p.id), riskScore: result.riskScore,
      threat, piiEntities: masked.entities, model: body.model,
    };
    const event = { requestId: ctx.requestId, subject: identity.subject, decision: result.decision, reasons: result.reasons, riskScore: result.riskScore };
    // The trail is mandatory (a failure refuses the request); webhooks are queued in the same
    // step, and a failure to queue one is logged without failing the user's request.
    const pending = [ctx.audit('gateway_decision', record)];
    const emit = (type, data) => pending.push(ctx.emit(type, data).catch((error) => {
      if (error?.code === 'RATE_LIMITED') throw error;
      ctx.log.error('webhook event not queued', { type, reason: String(error?.message ?? error) });
    }));
    if (threat) emit('threat-detected', { ...event, threat });
    if (result.decision === 'deny') emit('policy-violation', { ...event, policies: record.policies });
    if (result.decision === 'challenge') emit('challenge-issued', { ...event, confirmed: record.confirmed });
    const alerts = result.actions.filter((a) => a.type === 'alert');
    if (alerts.length > 0) {
      emit('alert-fired', { ...event, alert: 'policy', policies: [...new Set(alerts.map((a) => a.policyId))], severity: alerts[0].parameters?.severity ?? 'medium' });
    }
    if (Object.keys(masked.entities).length > 0) emit('pii-detected', { requestId: ctx.requestId, subject: identity.subject, entities: masked.entities });
    await Promise.all(pending);

    if (decision === 'deny') {
      throw new GatewayError(403, 'POLICY_DENIED', 'the security policy refused this request', { details: { reasons: result.reasons } });
    }
    if (decision === 'challenge') {
      throw new GatewayError(409, 'POLICY_CHALLENGE', 'the security policy asks the user to confirm this request: resend it with the header Copilot-Confirm set to challenge_id once they have',
        { details: { reasons: result.reasons, challenge_id: challenge } });
    }
    await ctx.admitted();
    handedOver = true; // forwardToModel closes it
    return await forwardToModel(ctx, masked.body, conversation);
  } finally {
    if (!handedOver) conversation.close();
  }
}

// Reading, judging and masking the prompt overlap the rate-limit check (nothing leaves before it).
export const messageRoutes = [route('POST', '/v1/messages', messages, { rateLimitInParallel: true })];
