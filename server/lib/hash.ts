import { createHash } from 'node:crypto';

/** Secrets we hand out (sessions, tokens, invite links) are stored only as this digest. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');
