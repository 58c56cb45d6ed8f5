import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identifiedVisitorId, isIdentifiedVisitorId, isValidIdentityHash } from './identity.ts';
import { agentTokenTtlMs, issueAgentToken, issueVisitorToken, readChatToken, readVisitorToken, visitorTokenTtlMs } from './tokens.ts';

const secret = 'a'.repeat(43);
const otherSecret = 'b'.repeat(43);
const visitor = { siteId: '01900000-0000-7000-8000-000000000001', visitorId: 'visitor_aaaaaaaaaaaaaaaa', verified: false };
const now = Date.UTC(2025, 2, 4, 12);

const reencode = (claims: object, signature: string) => `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;

describe('chat tokens', () => {
  it('read back what was issued, until they expire', () => {
    const token = issueVisitorToken(secret, visitor, now);
    expect(readChatToken(secret, token, now)).toEqual({ k: 'v', site: visitor.siteId, visitor: visitor.visitorId, verified: false, exp: now + visitorTokenTtlMs });
    expect(readChatToken(secret, token, now + visitorTokenTtlMs - 1)).not.toBeNull();
    expect(readChatToken(secret, token, now + visitorTokenTtlMs)).toBeNull();

    const agentToken = issueAgentToken(secret, 'agent-1', now);
    expect(readChatToken(secret, agentToken, now)).toMatchObject({ k: 'a', agent: 'agent-1' });
    expect(readChatToken(secret, agentToken, now + agentTokenTtlMs)).toBeNull();
  });

  it('refuse forged, tampered and malformed tokens', () => {
    const token = issueVisitorToken(secret, visitor, now);
    const [payload = '', signature = ''] = token.split('.');
    // Signed with another secret.
    expect(readChatToken(secret, issueVisitorToken(otherSecret, visitor, now), now)).toBeNull();
    // Claims changed after signing: verified, another visitor, a later expiry.
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    for (const change of [{ verified: true }, { visitor: 'visitor_bbbbbbbbbbbbbbbb' }, { exp: now + 10 * visitorTokenTtlMs }]) {
      expect(readChatToken(secret, reencode({ ...claims, ...change }, signature), now)).toBeNull();
    }
    // A signature from the right secret but for another purpose (a chat file link of the same text).
    const fileSig = createHmac('sha256', secret).update(`lantern:chat-file\n${payload}`).digest('base64url');
    expect(readChatToken(secret, `${payload}.${fileSig}`, now)).toBeNull();
    for (const junk of ['', '.', 'a.b.c', `${payload}.`, `.${signature}`, `${payload}.${signature}.x`, 'x'.repeat(5000)]) {
      expect(readChatToken(secret, junk, now)).toBeNull();
    }
  });

  it('refuse well-signed tokens whose claims are not a token', () => {
    const sign = (claims: object) => {
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${payload}.${createHmac('sha256', secret).update(`lantern:chat-token\n${payload}`).digest('base64url')}`;
    };
    expect(readChatToken(secret, sign({ k: 'v', site: 's', visitor: 'v', verified: false, exp: now + 1000 }), now)).not.toBeNull();
    for (const claims of [{ k: 'x', exp: now + 1000 }, { k: 'v', site: 's', exp: now + 1000 }, { k: 'a', agent: 7, exp: now + 1000 }, { k: 'a', agent: 'a' }, [1, 2]]) {
      expect(readChatToken(secret, sign(claims), now)).toBeNull();
    }
  });

  it('an agent token is not a visitor token', () => {
    expect(readVisitorToken(secret, issueAgentToken(secret, 'agent-1', now), now)).toBeNull();
    expect(readVisitorToken(secret, issueVisitorToken(secret, visitor, now), now)).toMatchObject({ k: 'v' });
  });
});

describe('identity verification', () => {
  const siteSecret = 'c0ffee'.repeat(10);
  const hashOf = (id: string, key = siteSecret) => createHmac('sha256', key).update(id).digest('hex');

  it('accepts the hex HMAC-SHA256 of the user id with the site secret, in either case', () => {
    expect(isValidIdentityHash(siteSecret, 'user-42', hashOf('user-42'))).toBe(true);
    expect(isValidIdentityHash(siteSecret, 'user-42', hashOf('user-42').toUpperCase())).toBe(true);
  });

  it('refuses another id, another key, an empty site secret and junk', () => {
    expect(isValidIdentityHash(siteSecret, 'user-43', hashOf('user-42'))).toBe(false);
    expect(isValidIdentityHash(siteSecret, 'user-42', hashOf('user-42', 'other'))).toBe(false);
    expect(isValidIdentityHash('', 'user-42', hashOf('user-42', ''))).toBe(false);
    expect(isValidIdentityHash(siteSecret, 'user-42', '')).toBe(false);
    expect(isValidIdentityHash(siteSecret, 'user-42', 'zz')).toBe(false);
  });

  it('derives a stable, reserved, site-bound visitor id from the user id', () => {
    const id = identifiedVisitorId(secret, 'site-1', 'user-42');
    expect(id).toBe(identifiedVisitorId(secret, 'site-1', 'user-42'));
    expect(id).toMatch(/^id_[\w-]{40}$/);
    expect(isIdentifiedVisitorId(id)).toBe(true);
    expect(identifiedVisitorId(secret, 'site-2', 'user-42')).not.toBe(id);
    expect(identifiedVisitorId(otherSecret, 'site-1', 'user-42')).not.toBe(id);
    expect(isIdentifiedVisitorId('0123456789abcdef0123456789abcdef')).toBe(false);
  });
});
