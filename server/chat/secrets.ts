import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets in constant time. Both sides are hashed first, so neither their content nor
 * their length shows in the timing.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * An HMAC of `data` for one purpose. The purpose is part of the signed text, so a signature made
 * for one thing (a file link) can never pass as another (a token).
 */
export function signFor(secret: string, purpose: string, data: string): string {
  return createHmac('sha256', secret).update(`lantern:${purpose}\n${data}`).digest('base64url');
}
