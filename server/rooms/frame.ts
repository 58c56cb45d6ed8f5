import type { z } from 'zod';
import { chatLimits, type ChatErrorCode, type ChatErrorFrame } from '../../shared/chat/protocol.ts';

export type FrameResult<T> = { ok: true; frame: T } | { ok: false; error: ChatErrorFrame };

/**
 * Turns one raw WebSocket frame into a typed client frame, or into the error frame that tells the
 * client what was wrong. Checks run cheapest first (size, JSON, type, schema), so a flood of junk
 * costs little. Nothing here throws: a bad frame is the sender's problem, never the room's.
 */
export function parseFrame<S extends z.ZodType>(
  raw: string | ArrayBuffer | ArrayBufferView,
  schema: S,
  knownTypes: readonly string[],
): FrameResult<z.output<S>> {
  if (typeof raw !== 'string') return refuse('invalid_frame', 'Frames must be JSON text, not binary');
  if (exceedsBytes(raw, chatLimits.frameBytes)) {
    return refuse('too_large', `Frames are limited to ${chatLimits.frameBytes / 1024} KB`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return refuse('invalid_frame', 'Frames must be valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return refuse('invalid_frame', 'Frames must be JSON objects with a "type"');
  }
  const record = value as Record<string, unknown>;
  const clientId = clientIdOf(record);
  if (typeof record.type !== 'string') return refuse('invalid_frame', 'Frames must have a string "type"', clientId);
  if (!knownTypes.includes(record.type)) {
    return refuse('unknown_type', `Unknown frame type "${record.type.slice(0, 40)}"`, clientId);
  }
  const parsed = schema.safeParse(record);
  if (parsed.success) return { ok: true, frame: parsed.data };
  return { ok: false, error: invalidFrame(parsed.error.issues, clientId) };
}

/** A clientId the client can match an error to; only echoed when it has the right shape. */
export function clientIdOf(record: Record<string, unknown>): string | undefined {
  const id = record.clientId;
  return typeof id === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(id) ? id : undefined;
}

export function errorFrame(code: ChatErrorCode, message: string, extra: Partial<ChatErrorFrame> = {}): ChatErrorFrame {
  return { type: 'error', code, message, ...extra };
}

function refuse<T>(code: ChatErrorCode, message: string, clientId?: string): FrameResult<T> {
  return { ok: false, error: errorFrame(code, message, clientId ? { clientId } : {}) };
}

function invalidFrame(issues: readonly z.core.$ZodIssue[], clientId: string | undefined): ChatErrorFrame {
  const fields: Record<string, string> = {};
  let bodyTooLong = false;
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[key] = 'is not a known field';
      continue;
    }
    const path = issue.path.join('.') || 'frame';
    if (path === 'body' && issue.code === 'too_big') bodyTooLong = true;
    fields[path] ??= issue.message;
  }
  const extra = { fields, ...(clientId ? { clientId } : {}) };
  // An oversized message is its own, clearer error: the client should shorten it, not fix a bug.
  if (bodyTooLong) return errorFrame('too_large', `Messages are limited to ${chatLimits.body} characters`, extra);
  return errorFrame('validation_failed', 'Some fields of the frame are not valid', extra);
}

/** UTF-8 length check without encoding the common (short) frame: chars ≤ bytes ≤ 3 × chars. */
function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return new TextEncoder().encode(text).byteLength > limit;
}
