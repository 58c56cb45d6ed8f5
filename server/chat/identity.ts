import { createHmac } from 'node:crypto';
import { sameSecret, signFor } from './secrets.ts';

/**
 * Identity verification for `Lantern.identify({ id, email, name, hash })`: the site's backend
 * computes `hash` = hex HMAC-SHA256(user id, site identity secret), which only it and we know.
 * A valid hash ties the visitor to that user; anything else is refused, never downgraded silently.
 */
export function isValidIdentityHash(identitySecret: string, userId: string, hash: string): boolean {
  // A site without a secret can verify nobody (an empty key would make hashes anyone can compute).
  if (identitySecret.length === 0) return false;
  const expected = createHmac('sha256', identitySecret).update(userId).digest('hex');
  return sameSecret(hash.trim().toLowerCase(), expected);
}

/**
 * Identified visitors' ids start with this; anonymous visitors may not pick such an id, so no
 * one can claim a signed-in user's chats by sending their visitor id.
 */
export const identifiedVisitorPrefix = 'id_';

export const isIdentifiedVisitorId = (visitorId: string) => visitorId.startsWith(identifiedVisitorPrefix);

/**
 * The visitor id of an identified user on a site: the same on every device (so their chats follow
 * them), and unguessable without the server secret (it is an HMAC, not a plain hash of the id).
 */
export function identifiedVisitorId(serverSecret: string, siteId: string, userId: string): string {
  return `${identifiedVisitorPrefix}${signFor(serverSecret, 'identified-visitor', `${siteId}\n${userId}`).slice(0, 40)}`;
}
