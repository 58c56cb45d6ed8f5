import { describe, expect, it } from 'vitest';
import {
  cannedShortcutPattern,
  expandCannedResponse,
  filterCannedResponses,
  matchCannedShortcut,
  normalizeCannedShortcut,
  type CannedContext,
} from './canned.ts';

const full: CannedContext = {
  customer: { name: 'Grace Brewster Hopper', email: 'grace@navy.example' },
  agent: { name: 'Ada Lovelace' },
  site: { name: 'Trailhead Shop' },
};

describe('expandCannedResponse', () => {
  it('fills every known variable', () => {
    const body =
      'Hi {{customer.first_name}} ({{customer.name}}, {{customer.email}}), {{agent.first_name}} here — {{agent.name}} from {{site.name}}.';
    expect(expandCannedResponse(body, full)).toBe(
      'Hi Grace (Grace Brewster Hopper, grace@navy.example), Ada here — Ada Lovelace from Trailhead Shop.',
    );
  });

  it('allows spaces inside the braces and any case in the name', () => {
    expect(expandCannedResponse('Hi {{ customer.first_name }} and {{Agent.Name}}', full)).toBe('Hi Grace and Ada Lovelace');
  });

  it('uses the fallback when the value is missing, and ignores it when the value is there', () => {
    const body = 'Hi {{customer.first_name | there}}!';
    expect(expandCannedResponse(body, {})).toBe('Hi there!');
    expect(expandCannedResponse(body, { customer: { name: '   ' } })).toBe('Hi there!');
    expect(expandCannedResponse(body, { customer: null })).toBe('Hi there!');
    expect(expandCannedResponse(body, full)).toBe('Hi Grace!');
    expect(expandCannedResponse('From {{site.name|our team}}.', {})).toBe('From our team.');
  });

  it('turns a missing value without a fallback into nothing', () => {
    expect(expandCannedResponse('Hi {{customer.name}}, welcome', { customer: { name: null } })).toBe('Hi , welcome');
    expect(expandCannedResponse('[{{customer.email}}]', {})).toBe('[]');
  });

  it('leaves unknown variables as written, so the agent sees the mistake', () => {
    expect(expandCannedResponse('Hi {{customer.nmae}} {{ order.id | n/a }} {{customer}}', full)).toBe(
      'Hi {{customer.nmae}} {{ order.id | n/a }} {{customer}}',
    );
  });

  it('leaves text that is not a variable alone', () => {
    for (const text of ['{ customer.name }', '{{}}', '{{ }}', '{{customer.name', 'customer.name}}', '{{1abc}}', 'a } b {']) {
      expect(expandCannedResponse(text, full), text).toBe(text);
    }
  });

  it('never expands a value a second time', () => {
    const sneaky: CannedContext = { customer: { name: '{{agent.name}}', email: null }, agent: { name: 'Ada' } };
    expect(expandCannedResponse('Hi {{customer.name}}', sneaky)).toBe('Hi {{agent.name}}');
  });

  it('keeps $ patterns in values as they are', () => {
    expect(expandCannedResponse('Hi {{customer.name}}', { customer: { name: "$& $' $1" } })).toBe("Hi $& $' $1");
  });

  it('handles many variables on several lines', () => {
    const body = 'Line 1 {{agent.name}}\nLine 2 {{agent.name}}\n{{site.name}}';
    expect(expandCannedResponse(body, full)).toBe('Line 1 Ada Lovelace\nLine 2 Ada Lovelace\nTrailhead Shop');
  });
});

describe('matchCannedShortcut', () => {
  it('gives the prefix while a shortcut is being typed at the start', () => {
    expect(matchCannedShortcut('/')).toBe('');
    expect(matchCannedShortcut('/ref')).toBe('ref');
    expect(matchCannedShortcut('/Refund_2-b')).toBe('refund_2-b');
  });

  it('is null for anything else', () => {
    for (const text of ['', 'ref', ' /ref', 'hello /ref', '/ref ', '/refund now', '/ref\n', '//', '/réf', `/${'a'.repeat(33)}`]) {
      expect(matchCannedShortcut(text), JSON.stringify(text)).toBeNull();
    }
  });
});

describe('shortcuts', () => {
  it('normalises what an admin types', () => {
    expect(normalizeCannedShortcut(' /Refund ')).toBe('refund');
    expect(normalizeCannedShortcut('shipping-eu')).toBe('shipping-eu');
  });

  it('accepts lowercase letters, digits, - and _, 1 to 32 characters', () => {
    for (const ok of ['a', 'refund', 'ship-eu_2', 'x'.repeat(32)]) expect(cannedShortcutPattern.test(ok), ok).toBe(true);
    for (const bad of ['', 'Refund', 'two words', 'x'.repeat(33), 'café', 'a/b', 'a.b']) expect(cannedShortcutPattern.test(bad), bad).toBe(false);
  });
});

describe('filterCannedResponses', () => {
  const list = [
    { shortcut: 'thanks', title: 'Thank you' },
    { shortcut: 'refund', title: 'Refund policy' },
    { shortcut: 'hours', title: 'Opening hours' },
    { shortcut: 'ref-eu', title: 'EU refunds' },
  ];

  it('matches the shortcut or the title by prefix, ordered by shortcut', () => {
    expect(filterCannedResponses(list, 'ref').map((r) => r.shortcut)).toEqual(['ref-eu', 'refund']);
    expect(filterCannedResponses(list, '/REF').map((r) => r.shortcut)).toEqual(['ref-eu', 'refund']);
    expect(filterCannedResponses(list, 'open').map((r) => r.shortcut)).toEqual(['hours']);
    expect(filterCannedResponses(list, 'eu').map((r) => r.shortcut)).toEqual(['ref-eu']);
    expect(filterCannedResponses(list, '').map((r) => r.shortcut)).toEqual(['hours', 'ref-eu', 'refund', 'thanks']);
    expect(filterCannedResponses(list, 'zzz')).toEqual([]);
  });
});
