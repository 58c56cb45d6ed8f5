import { describe, expect, it } from 'vitest';
import { formatEdit, insertEdit, slugify, type FormatKind, type TextEdit } from './format.ts';

/** Applies a toolbar action to `marked`, where [ and ] stand for the selection; returns the result the same way. */
function apply(kind: FormatKind, marked: string): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const value = marked.replace('[', '').replace(']', '');
  return show(value, formatEdit(kind, value, start, end));
}

function show(value: string, edit: TextEdit): string {
  const next = value.slice(0, edit.from) + edit.text + value.slice(edit.to);
  return `${next.slice(0, edit.selectFrom)}[${next.slice(edit.selectFrom, edit.selectTo)}]${next.slice(edit.selectTo)}`;
}

describe('the editor toolbar', () => {
  it('wraps the selection in bold, italic or code, keeping spaces outside, and unwraps it again', () => {
    expect(apply('bold', 'open [Settings ]now')).toBe('open **[Settings]** now');
    expect(apply('bold', 'open **[Settings]** now')).toBe('open [Settings] now');
    expect(apply('italic', 'a [word] b')).toBe('a _[word]_ b');
    expect(apply('code', 'run [npm test]')).toBe('run `[npm test]`');
  });

  it('inserts a placeholder to type over when nothing is selected', () => {
    expect(apply('bold', 'x []')).toBe('x **[bold text]**');
    expect(apply('link', 'see []')).toBe('see [link text]([https://])');
    expect(apply('image', '[]')).toBe('![image description]([https://])');
  });

  it('links the selected words and selects the address, or labels a selected address', () => {
    expect(apply('link', 'read the [guide]')).toBe('read the [guide]([https://])');
    expect(apply('link', 'see [https://example.com]')).toBe('see [[link text]](https://example.com)');
  });

  it('turns whole lines into a heading or a list, and back', () => {
    expect(apply('heading', 'Intro\nSte[ps]\nmore')).toBe('Intro\n[## Steps]\nmore');
    expect(apply('heading', '[## Steps]')).toBe('[Steps]');
    expect(apply('bulleted', '[one\ntwo]')).toBe('[- one\n- two]');
    expect(apply('numbered', '[one\n\ntwo]')).toBe('[1. one\n\n2. two]');
    expect(apply('numbered', '[- one\n- two]')).toBe('[1. one\n2. two]');
    expect(apply('bulleted', '[- one\n- two]')).toBe('[one\ntwo]');
    expect(apply('heading', 'x\n[]')).toBe('x\n## [Heading]');
  });

  it('fences several lines of code', () => {
    expect(apply('code', 'Run:\n[a\nb]')).toBe('Run:\n```\n[a\nb]\n```\n');
    expect(apply('code', 'Run: [a\nb]')).toBe('Run: \n```\n[a\nb]\n```\n');
  });

  it('puts an uploaded image on a line of its own', () => {
    expect(show('ab', insertEdit('ab', 1, 1, '![x](/u/1.png)'))).toBe('a\n![x](/u/1.png)\n[]b');
    expect(show('', insertEdit('', 0, 0, '![x](/u/1.png)'))).toBe('![x](/u/1.png)[]');
  });
});

describe('slugs', () => {
  it('are made from titles the way the server makes them', () => {
    expect(slugify('Resetting your password')).toBe('resetting-your-password');
    expect(slugify('  Café & crème: 2 options!  ')).toBe('cafe-creme-2-options');
    expect(slugify('!!!')).toBe('');
  });
});
