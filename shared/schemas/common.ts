import { z } from 'zod';

/** Limits live here so the server, the console's forms and the tests agree on them. */
export const limits = {
  name: 200,
  email: 254,
  subject: 300,
  body: 20_000,
  tag: 50,
  tags: 20,
  category: 100,
  shortText: 200,
  query: 200,
  metadataBytes: 8_192,
  metadataKeys: 50,
  password: { min: 10, max: 200 },
  pageSize: { max: 100, default: 25 },
} as const;

export const id = z.uuid({ message: 'must be an id' });

export const trimmed = (max: number) => z.string().trim().max(max, { message: `must be at most ${max} characters` });
export const requiredText = (max: number) => trimmed(max).min(1, { message: 'is required' });

export const email = z
  .string()
  .trim()
  .max(limits.email)
  .pipe(z.email({ message: 'must be an email address' }))
  .transform((value) => value.toLowerCase());

export const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(limits.tag)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}_\-.:]*$/u, { message: 'may hold letters, digits, - _ . :' });

export const tags = z
  .array(tag)
  .max(limits.tags, { message: `at most ${limits.tags} tags` })
  .transform((list) => [...new Set(list)]);

/** Flat key → scalar map; keeps customer metadata searchable and bounded. */
export const metadata = z
  .record(z.string().min(1).max(64), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]))
  .refine((value) => Object.keys(value).length <= limits.metadataKeys, { message: `at most ${limits.metadataKeys} keys` })
  .refine((value) => JSON.stringify(value).length <= limits.metadataBytes, {
    message: `at most ${limits.metadataBytes} bytes`,
  });

export const pageQuery = {
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(limits.pageSize.max).default(limits.pageSize.default),
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Timestamps cross the wire as ISO-8601 strings. */
export type IsoDate = string;
