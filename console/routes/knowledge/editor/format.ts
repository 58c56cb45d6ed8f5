/**
 * What the editor's toolbar does to the markdown: pure functions from the text and the selection
 * to one replacement and the selection after it, so the textarea can apply it as a single
 * (undoable) edit.
 */
export type FormatKind = 'bold' | 'italic' | 'heading' | 'bulleted' | 'numbered' | 'link' | 'code' | 'image';

export interface TextEdit {
  /** Replace value.slice(from, to) with `text`. */
  from: number;
  to: number;
  text: string;
  /** The selection afterwards, in the new value. */
  selectFrom: number;
  selectTo: number;
}

const wrappers: Partial<Record<FormatKind, { marker: string; placeholder: string }>> = {
  bold: { marker: '**', placeholder: 'bold text' },
  italic: { marker: '_', placeholder: 'italic text' },
  code: { marker: '`', placeholder: 'code' },
};

/** Selections from a double-click often take the space after the word; markers go around the word only. */
function trimSelection(value: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(value.charAt(from))) from += 1;
  while (to > from && /\s/.test(value.charAt(to - 1))) to -= 1;
  return [from, to];
}

function wrap(value: string, start: number, end: number, marker: string, placeholder: string): TextEdit {
  const [from, to] = trimSelection(value, start, end);
  const size = marker.length;
  // Already wrapped (the markers just outside the selection): take them off again.
  if (from >= size && value.slice(from - size, from) === marker && value.slice(to, to + size) === marker) {
    const inner = value.slice(from, to);
    return { from: from - size, to: to + size, text: inner, selectFrom: from - size, selectTo: from - size + inner.length };
  }
  const inner = from === to ? placeholder : value.slice(from, to);
  return { from, to, text: `${marker}${inner}${marker}`, selectFrom: from + size, selectTo: from + size + inner.length };
}

/** The whole lines the selection touches. */
function lineRange(value: string, start: number, end: number): [number, number] {
  const from = value.lastIndexOf('\n', start - 1) + 1;
  const last = end > start && value.charAt(end - 1) === '\n' ? end - 1 : end;
  const newline = value.indexOf('\n', last);
  return [from, newline === -1 ? value.length : newline];
}

const linePatterns = {
  heading: /^#{1,6}\s+/,
  bulleted: /^\s*[-*+]\s+/,
  numbered: /^\s*\d+[.)]\s+/,
} as const;

function prefixLines(value: string, start: number, end: number, kind: keyof typeof linePatterns): TextEdit {
  const [from, to] = lineRange(value, start, end);
  const lines = value.slice(from, to).split('\n');
  const pattern = linePatterns[kind];
  const nonEmpty = lines.filter((line) => line.trim() !== '');
  const allHave = nonEmpty.length > 0 && nonEmpty.every((line) => pattern.test(line));
  let counter = 0;
  const changed = lines.map((line) => {
    if (allHave) return line.replace(pattern, '');
    if (line.trim() === '' && lines.length > 1) return line;
    // A heading replaces a list marker and vice versa, rather than stacking them.
    const bare = line.replace(linePatterns.heading, '').replace(linePatterns.bulleted, '').replace(linePatterns.numbered, '');
    counter += 1;
    const prefix = kind === 'heading' ? '## ' : kind === 'bulleted' ? '- ' : `${counter}. `;
    const placeholder = kind === 'heading' ? 'Heading' : 'List item';
    return `${prefix}${bare === '' && lines.length === 1 ? placeholder : bare}`;
  });
  const text = changed.join('\n');
  // One empty line became "## Heading": select the placeholder so typing replaces it.
  const single = lines.length === 1 && !allHave && lines[0]?.trim() === '';
  if (single) {
    const prefixLength = (changed[0] ?? '').indexOf(kind === 'heading' ? 'Heading' : 'List item');
    return { from, to, text, selectFrom: from + prefixLength, selectTo: from + text.length };
  }
  return { from, to, text, selectFrom: from, selectTo: from + text.length };
}

/** `[text](https://)` with the address selected, so the next thing typed is the URL. */
function link(value: string, start: number, end: number, image: boolean): TextEdit {
  const [from, to] = trimSelection(value, start, end);
  const selected = value.slice(from, to);
  const bang = image ? '!' : '';
  if (/^https?:\/\/\S+$/.test(selected)) {
    const label = image ? 'image description' : 'link text';
    return { from, to, text: `${bang}[${label}](${selected})`, selectFrom: from + bang.length + 1, selectTo: from + bang.length + 1 + label.length };
  }
  const label = selected || (image ? 'image description' : 'link text');
  const text = `${bang}[${label}](https://)`;
  const urlStart = from + bang.length + label.length + 3;
  return { from, to, text, selectFrom: urlStart, selectTo: urlStart + 'https://'.length };
}

/** Several lines of code become a fenced block; a word or none, inline code. */
function code(value: string, start: number, end: number): TextEdit {
  const selected = value.slice(start, end);
  if (!selected.includes('\n')) return wrap(value, start, end, '`', 'code');
  const before = start === 0 || value.charAt(start - 1) === '\n' ? '' : '\n';
  const body = selected.replace(/\n$/, '');
  const text = `${before}\`\`\`\n${body}\n\`\`\`\n`;
  const bodyStart = start + before.length + 4;
  return { from: start, to: end, text, selectFrom: bodyStart, selectTo: bodyStart + body.length };
}

export function formatEdit(kind: FormatKind, value: string, start: number, end: number): TextEdit {
  switch (kind) {
    case 'heading':
    case 'bulleted':
    case 'numbered':
      return prefixLines(value, start, end, kind);
    case 'link':
      return link(value, start, end, false);
    case 'image':
      return link(value, start, end, true);
    case 'code':
      return code(value, start, end);
    default: {
      const wrapper = wrappers[kind];
      return wrapper ? wrap(value, start, end, wrapper.marker, wrapper.placeholder) : { from: start, to: end, text: value.slice(start, end), selectFrom: start, selectTo: end };
    }
  }
}

/** Plain text put in at the selection (an uploaded image's markdown), with the caret after it. */
export function insertEdit(value: string, start: number, end: number, text: string): TextEdit {
  // An image on a line of its own reads better in the markdown and renders the same.
  const before = start === 0 || value.charAt(start - 1) === '\n' ? '' : '\n';
  const after = value.charAt(end) === '\n' || end === value.length ? '' : '\n';
  const full = `${before}${text}${after}`;
  return { from: start, to: end, text: full, selectFrom: start + full.length, selectTo: start + full.length };
}

export { slugify } from '../../../../shared/slug.ts';
