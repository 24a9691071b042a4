// The outbox's timing decisions, free of I/O so they are tested on their own: exponential
// backoff with jitter from the seed's retryPolicy, and a circuit breaker per endpoint.

/**
 * The delay before retry number `attempt` (1 = the first retry): backoffMs * 2^(attempt-1),
 * plus up to half of that again at random, capped at maxDelayMs. With the jitter on top of
 * the exponential part, each delay is longer than the one before while retries of many
 * messages still spread out.
 */
export function retryDelay(attempt, { backoffMs }, maxDelayMs, random = Math.random) {
  const base = backoffMs * 2 ** Math.min(attempt - 1, 30);
  return Math.min(maxDelayMs, Math.round(base + base * 0.5 * random()));
}

export const CLOSED = 'closed';
export const OPEN = 'open';
export const HALF_OPEN = 'half-open';

export const initialBreaker = () => ({ state: CLOSED, failures: 0, opens: 0, openedAt: 0, probeAt: 0 });

/** May a delivery be attempted now? (An open breaker lets one probe through once its cooldown is over.) */
export function breakerAllows(breaker, now) {
  return breaker.state !== OPEN || now >= breaker.probeAt;
}

/** The breaker after a delivery: closes on success, opens after `failureThreshold` failures in a row or a failed probe. */
export function breakerAfter(breaker, ok, now, { failureThreshold, cooldownMs }, maxDelayMs) {
  if (ok) return { state: CLOSED, failures: 0, opens: 0, openedAt: 0, probeAt: 0 };
  const failures = breaker.failures + 1;
  const probing = breaker.state !== CLOSED;
  if (!probing && failures < failureThreshold) return { ...breaker, failures };
  // Each failed probe doubles the wait before the next one.
  const opens = breaker.opens + 1;
  const wait = Math.min(maxDelayMs, cooldownMs * 2 ** Math.min(opens - 1, 30));
  return { state: OPEN, failures, opens, openedAt: now, probeAt: now + wait };
}
