import { JSDOM } from 'jsdom';

/**
 * An article's sanitized HTML as a small document model the PDF writer can lay out: the same
 * content the page shows, without styling decisions. Images become their alt text (PDFs skip
 * pictures); links keep their text and gain their absolute URL in brackets.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** Absolute http(s) or mailto URL the run links to. */
  link?: string;
  /** Secondary text (a link's URL). */
  muted?: boolean;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'code'; text: string }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'table'; rows: { header: boolean; cells: string[] }[] }
  | { kind: 'rule' };

interface Style {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  link?: string;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const skipped = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'video', 'audio', 'svg', 'math', 'canvas', 'noscript', 'form', 'input', 'button', 'select', 'textarea']);
const containers = new Set(['div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'figure', 'details', 'dl', 'center', 'body']);
const blockParagraphs = new Set(['p', 'figcaption', 'summary', 'dt', 'dd', 'address', 'caption']);

function resolveLink(href: string | null, base: string): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  try {
    const url = new URL(href, base);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Collapses whitespace the way a browser would, across run boundaries, and drops empty runs. */
function normalizeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  let previousEndsWithSpace = true; // leading whitespace of a block is dropped
  for (const run of runs) {
    let text = run.text === '\n' ? '\n' : run.text.replace(/[ \t\r\n\f]+/g, ' ');
    if (text === '\n') {
      // A <br> ends the previous run's line (PDF text breaks on \n inside a string, not between strings).
      const last = out[out.length - 1];
      if (last) last.text = `${last.text.replace(/ $/, '')}\n`;
      previousEndsWithSpace = true;
      continue;
    }
    if (previousEndsWithSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    previousEndsWithSpace = text.endsWith(' ');
    const last = out[out.length - 1];
    if (last && sameStyle(last, run)) last.text += text;
    else out.push({ ...run, text });
  }
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/[ \n]+$/, '');
  while (out.length && !out[out.length - 1]?.text) out.pop();
  return out;
}

function sameStyle(a: Run, b: Run): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.strike === b.strike && a.link === b.link && a.muted === b.muted;
}

function styleRun(text: string, style: Style): Run {
  const run: Run = { text };
  if (style.bold) run.bold = true;
  if (style.italic) run.italic = true;
  if (style.code) run.code = true;
  if (style.strike) run.strike = true;
  if (style.link) run.link = style.link;
  return run;
}

class Walker {
  constructor(private readonly base: string) {}

  blocks(nodes: Iterable<Node>): Block[] {
    const out: Block[] = [];
    let inline: Run[] = [];
    const flush = () => {
      const runs = normalizeRuns(inline);
      if (runs.length) out.push({ kind: 'paragraph', runs });
      inline = [];
    };
    for (const node of nodes) {
      if (node.nodeType === TEXT_NODE) {
        inline.push({ text: node.textContent ?? '' });
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      const tag = element.tagName.toLowerCase();
      if (skipped.has(tag)) continue;
      const block = this.block(element, tag);
      if (block === 'inline') {
        inline.push(...this.inline(element, {}));
        continue;
      }
      flush();
      out.push(...block);
    }
    flush();
    return out;
  }

  /** The blocks an element makes, or 'inline' when it belongs in the surrounding paragraph. */
  private block(element: Element, tag: string): Block[] | 'inline' {
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      const runs = normalizeRuns(this.inlineChildren(element, {}));
      return runs.length ? [{ kind: 'heading', level: Number(heading[1]), runs }] : [];
    }
    if (blockParagraphs.has(tag)) {
      const runs = normalizeRuns(this.inlineChildren(element, tag === 'dt' || tag === 'summary' ? { bold: true } : {}));
      return runs.length ? [{ kind: 'paragraph', runs }] : [];
    }
    if (tag === 'ul' || tag === 'ol') {
      const items = [...element.children].filter((child) => child.tagName.toLowerCase() === 'li').map((li) => this.blocks(li.childNodes));
      const start = Number(element.getAttribute('start'));
      return items.length ? [{ kind: 'list', ordered: tag === 'ol', start: Number.isInteger(start) && start > 0 ? start : 1, items }] : [];
    }
    if (tag === 'pre') {
      const text = (element.textContent ?? '').replace(/\t/g, '    ').replace(/\s+$/, '');
      return text ? [{ kind: 'code', text }] : [];
    }
    if (tag === 'blockquote') {
      const blocks = this.blocks(element.childNodes);
      return blocks.length ? [{ kind: 'quote', blocks }] : [];
    }
    if (tag === 'table') {
      const rows = [...element.querySelectorAll('tr')].map((tr) => {
        const cells = [...tr.children].filter((cell) => /^t[hd]$/i.test(cell.tagName));
        return {
          header: cells.length > 0 && (tr.parentElement?.tagName.toLowerCase() === 'thead' || cells.every((cell) => cell.tagName.toLowerCase() === 'th')),
          cells: cells.map((cell) => normalizeRuns(this.inlineChildren(cell, {})).map((run) => run.text).join('')),
        };
      });
      return rows.length ? [{ kind: 'table', rows: rows.filter((row) => row.cells.length) }] : [];
    }
    if (tag === 'hr') return [{ kind: 'rule' }];
    if (containers.has(tag) || tag === 'li') return this.blocks(element.childNodes);
    return 'inline';
  }

  private inlineChildren(element: Element, style: Style): Run[] {
    return [...element.childNodes].flatMap((child) => {
      if (child.nodeType === TEXT_NODE) return [styleRun(child.textContent ?? '', style)];
      if (child.nodeType === ELEMENT_NODE) return this.inline(child as Element, style);
      return [];
    });
  }

  private inline(element: Element, style: Style): Run[] {
    const tag = element.tagName.toLowerCase();
    if (skipped.has(tag)) return [];
    switch (tag) {
      case 'br':
        return [{ text: '\n' }];
      case 'img': {
        const alt = (element.getAttribute('alt') ?? '').trim();
        return alt ? [styleRun(`[${alt}]`, { ...style, italic: true })] : [];
      }
      case 'strong':
      case 'b':
      case 'th':
        return this.inlineChildren(element, { ...style, bold: true });
      case 'em':
      case 'i':
      case 'cite':
        return this.inlineChildren(element, { ...style, italic: true });
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt':
        return this.inlineChildren(element, { ...style, code: true });
      case 'del':
      case 's':
      case 'strike':
        return this.inlineChildren(element, { ...style, strike: true });
      case 'a': {
        const link = resolveLink(element.getAttribute('href'), this.base);
        const runs = this.inlineChildren(element, link ? { ...style, link } : style);
        if (!link) return runs;
        const text = runs.map((run) => run.text).join('').trim();
        const shown = link.startsWith('mailto:') ? link.slice('mailto:'.length) : link;
        // The text already says where it goes ("https://…", "help@acme.test"): no need to repeat it.
        if (!text || text === shown || text === link || `${text}/` === link) return runs.length ? runs : [{ text: shown, link }];
        return [...runs, { text: ` (${shown})`, link, muted: true }];
      }
      default:
        // Block elements inside inline context (a <p> in a <td>, a <div> in a <li>) read as text.
        return this.inlineChildren(element, style);
    }
  }
}

/** `base` resolves relative links (the article's absolute URL). */
export function htmlToBlocks(html: string, base: string): Block[] {
  const fragment = JSDOM.fragment(html);
  return new Walker(base).blocks(fragment.childNodes);
}

/** Plain text of runs, for measuring and for tests. */
export const runsText = (runs: Run[]): string => runs.map((run) => run.text).join('');
