import { z } from 'zod';
import { limits, requiredText, type IsoDate } from './common.ts';

export interface ApiToken {
  id: string;
  name: string;
  /** The first characters of the secret, so a leaked token can be recognised. */
  prefix: string;
  createdBy: { id: string; name: string } | null;
  createdAt: IsoDate;
  lastUsedAt: IsoDate | null;
}

export interface CreatedApiToken {
  token: ApiToken;
  /** Shown once; only its hash is stored. */
  secret: string;
}

export const createApiTokenInput = z.strictObject({ name: requiredText(limits.name) });
export type CreateApiTokenInput = z.input<typeof createApiTokenInput>;
