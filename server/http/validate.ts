import type { Context } from 'hono';
import type { z } from 'zod';
import { id } from '../../shared/schemas/common.ts';
import { AppError } from '../lib/errors.ts';

/** Turns zod issues into `{ "field.path": "what is wrong" }`. */
export function issuesToFields(error: z.ZodError, depth = Infinity): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = 'is not a known field';
      continue;
    }
    const path = issue.path.length ? issue.path.slice(0, depth).join('.') : '_';
    fields[path] ??= issue.message;
  }
  return fields;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string, depth = Infinity): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('validation_failed', `The ${what} is not valid`, issuesToFields(result.error, depth));
  return result.data;
}

/** Reads and validates a JSON body. Missing or non-JSON bodies are refused before parsing. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json');
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new AppError('invalid_json', 'The request body is not valid JSON');
  }
  return parseWith(schema, body, 'request body');
}

/** Reads and validates the query string; a key given twice is refused rather than guessed at. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  const single: Record<string, string> = {};
  const fields: Record<string, string> = {};
  for (const [key, values] of Object.entries(all)) {
    if (values.length > 1) fields[key] = 'must be given once';
    else single[key] = values[0] ?? '';
  }
  if (Object.keys(fields).length) throw new AppError('validation_failed', 'The query is not valid', fields);
  // Query values are flat: name the parameter, not the position inside a comma-separated list.
  return parseWith(schema, single, 'query', 1);
}

/** A path id that is not even shaped like one cannot name anything: not found, not a 500. */
export function readId(c: Context, name = 'id'): string {
  const value = c.req.param(name);
  if (!id.safeParse(value).success) throw new AppError('not_found', 'Nothing has that id');
  return value as string;
}
