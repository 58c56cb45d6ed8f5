import { describe, expect, it } from 'vitest';
import { chatLimits, sessionClientFrame } from '../../shared/chat/protocol.ts';
import { parseFrame } from './frame.ts';

const types = sessionClientFrame.options.map((option) => option.shape.type.value);
const parse = (raw: string | ArrayBuffer) => parseFrame(raw, sessionClientFrame, types);

describe('parseFrame', () => {
  it('gives a typed frame with defaults filled in', () => {
    expect(parse(JSON.stringify({ type: 'message', clientId: 'abcdefgh', body: 'hi' }))).toEqual({
      ok: true,
      frame: { type: 'message', clientId: 'abcdefgh', body: 'hi', attachmentIds: [], internal: false },
    });
  });

  it.each([
    ['binary', new ArrayBuffer(4), 'invalid_frame'],
    ['not JSON', '{"type":', 'invalid_frame'],
    ['a JSON array', '[1,2]', 'invalid_frame'],
    ['no type', '{"lastSeq":1}', 'invalid_frame'],
    ['an unknown type', '{"type":"explode"}', 'unknown_type'],
    ['a wrong field', '{"type":"join","lastSeq":-1}', 'validation_failed'],
    ['an unknown field', '{"type":"join","lastSeq":1,"admin":true}', 'validation_failed'],
    ['a frame over the byte limit', JSON.stringify({ type: 'message', clientId: 'abcdefgh', body: 'é'.repeat(chatLimits.frameBytes / 2) }), 'too_large'],
    ['a body over the character limit', JSON.stringify({ type: 'message', clientId: 'abcdefgh', body: 'x'.repeat(chatLimits.body + 1) }), 'too_large'],
  ] as const)('refuses %s with %s', (_, raw, code) => {
    const result = parse(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('names the fields and the message that failed', () => {
    const result = parse(JSON.stringify({ type: 'message', clientId: 'client-01', body: 'x'.repeat(chatLimits.body + 1), extra: 1 }));
    expect(result).toMatchObject({ ok: false, error: { clientId: 'client-01', fields: { body: expect.any(String), extra: 'is not a known field' } } });
  });

  it('measures bytes, not characters', () => {
    // 6,000 three-byte characters: under the limit in characters, over it in bytes.
    const raw = JSON.stringify({ type: 'typing', typing: true, pad: '€'.repeat(6_000) });
    expect(raw.length).toBeLessThan(chatLimits.frameBytes);
    expect(parse(raw)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });
});
