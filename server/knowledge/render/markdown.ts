import { Marked, type TokenizerObject } from 'marked';
import { escapeHtml } from './escape-html.ts';
import { MARKDOWN_TIME_BUDGET_MS, MAX_TABLE_CELLS, MAX_TITLE_CHARS, MAX_URL_CHARS } from './limits.ts';
import { allowSimpleTags } from './raw-html.ts';

/** Thrown when a document would cost more than the limits allow; the caller renders it as plain text. */
export class MarkdownTooComplex extends Error {
  override name = 'MarkdownTooComplex';
}

// marked is synchronous, so one render's budgets live here for the duration of `markdownToHtml`.
let deadline = Number.POSITIVE_INFINITY;
let tableCellsLeft = MAX_TABLE_CELLS;

/** Called from the tokenizers that recurse or rescan: cheap, and often enough to stop a runaway. */
function checkClock(): false {
  if (performance.now() > deadline) throw new MarkdownTooComplex('markdown took longer than its time budget');
  return false; // false: let marked's own tokenizer do the work
}

const clockedTokenizers = ['blockquote', 'list', 'paragraph', 'heading', 'emStrong', 'del', 'link', 'reflink', 'codespan', 'inlineText'] as const;
const tokenizer: TokenizerObject = Object.fromEntries(clockedTokenizers.map((name) => [name, checkClock]));

/** Cells in a delimiter row such as `| :-- | --: |` (marked requires the header to have as many). */
function columnCount(delimiterRow: string): number {
  const trimmed = delimiterRow.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split('|').length;
}

/**
 * Counts a table's cells before marked builds it (it pads every short row to the header's width).
 * Over the document's budget, it is not a table: the lines stay a paragraph.
 */
tokenizer.table = function (src) {
  checkClock();
  const match = this.rules.block.table.exec(src);
  if (!match) return false;
  const columns = columnCount(match[2] ?? '');
  const rows = match[3]?.trim() ? match[3].split('\n').length : 0;
  const cells = columns * (rows + 1);
  if (cells > tableCellsLeft) {
    tableCellsLeft = 0;
    return undefined;
  }
  tableCellsLeft -= cells;
  return false;
};

const markdown = new Marked({
  gfm: true,
  breaks: false,
  tokenizer,
  renderer: {
    html({ text }) {
      return allowSimpleTags(text);
    },
    // Task lists without <input>: forms are not part of an article.
    checkbox({ checked }) {
      return checked ? '\u2611 ' : '\u2610 ';
    },
    link({ href, title, tokens }) {
      if (href.length > MAX_URL_CHARS || (title ?? '').length > MAX_TITLE_CHARS) return this.parser.parseInline(tokens);
      return false;
    },
    image({ href, title, text }) {
      if (href.length > MAX_URL_CHARS || (title ?? '').length > MAX_TITLE_CHARS) return escapeHtml(text);
      return false;
    },
  },
});

/**
 * GitHub-flavoured markdown to HTML that is NOT yet safe: links and images carry whatever URL the
 * author wrote. Only `purify` makes it safe. Throws MarkdownTooComplex (or marked's RangeError on
 * nesting deep enough to exhaust the stack).
 */
export function markdownToHtml(source: string): string {
  deadline = performance.now() + MARKDOWN_TIME_BUDGET_MS;
  tableCellsLeft = MAX_TABLE_CELLS;
  try {
    return markdown.parse(source, { async: false });
  } finally {
    deadline = Number.POSITIVE_INFINITY;
  }
}
