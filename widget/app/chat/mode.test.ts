import { describe, expect, it } from 'vitest';
import { effectiveMode } from './mode.ts';

describe('effectiveMode', () => {
  it("narrows a site that offers both to the script tag's data-mode", () => {
    expect(effectiveMode('both', undefined)).toBe('both');
    expect(effectiveMode('both', 'chat')).toBe('chat');
    expect(effectiveMode('both', 'help')).toBe('help');
    expect(effectiveMode('both', 'everything')).toBe('both'); // unknown values change nothing
  });

  it('never widens what the site allows', () => {
    expect(effectiveMode('help', 'chat')).toBe('help');
    expect(effectiveMode('help', 'both')).toBe('help');
    expect(effectiveMode('chat', 'both')).toBe('chat');
    expect(effectiveMode('chat', 'help')).toBe('chat');
  });
});
