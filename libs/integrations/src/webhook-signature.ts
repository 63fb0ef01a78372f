import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new webhook secret: shown once to the admin who registers the webhook. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * X-Claimcheck-Signature: `sha256=` + hex HMAC-SHA256, keyed with the webhook's
 * secret, over "<timestamp>.<raw body>" (timestamp = X-Claimcheck-Timestamp,
 * Unix seconds). Signing the timestamp lets receivers refuse replays.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

/** What a receiver does: recompute, compare in constant time, and refuse old timestamps. */
export function verifyWebhookSignature(secret: string, signature: string, timestamp: number, body: string, toleranceSeconds = 300, now = Date.now()): boolean {
  if (!Number.isFinite(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
