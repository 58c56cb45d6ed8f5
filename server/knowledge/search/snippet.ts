import type { Analyzer, WordMatch } from './analyzer.ts';
import { workLimits } from './tuning.ts';

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => htmlEscapes[ch] ?? ch);
}

/** Escaped, with runs of whitespace (newlines between paragraphs) shown as one space. */
const escapeText = (text: string) => escapeHtml(text.replace(/\s+/g, ' '));

/** The start of the window that holds the most different matched words; ties go to the earliest. */
function bestWindow(spans: WordMatch[], width: number): number {
  let bestStart = 0;
  let bestScore = -1;
  const candidates = spans.slice(0, 200);
  for (let i = 0; i < candidates.length; i += 1) {
    const from = (candidates[i] as WordMatch).start;
    const inside = new Set<string>();
    let count = 0;
    for (let j = i; j < candidates.length && (candidates[j] as WordMatch).end <= from + width; j += 1) {
      inside.add((candidates[j] as WordMatch).term);
      count += 1;
    }
    const score = inside.size * 100 + count;
    if (score > bestScore) {
      bestScore = score;
      bestStart = from;
    }
  }
  return bestStart;
}

const space = /\s/;

/** Moves `index` back to the start of its word, so a snippet never starts mid-word. */
function wordStart(text: string, index: number): number {
  let i = Math.max(0, index);
  while (i > 0 && !space.test(text[i - 1] as string)) i -= 1;
  return i;
}

/** Moves `index` forward to the end of its word, so a snippet never ends mid-word. */
function wordEnd(text: string, index: number): number {
  let i = Math.min(text.length, index);
  while (i < text.length && !space.test(text[i] as string)) i += 1;
  return i;
}

/**
 * A short HTML fragment of `content` around the best match, with matched words in <mark>.
 * Built safely: every piece of the text is escaped, and the only markup added is <mark>…</mark>
 * around already-escaped words, so neither an article nor a query can inject HTML.
 */
export function buildSnippet(content: string, analyzer: Analyzer, matched: ReadonlySet<string>, width = 160): string {
  const text = content.length > workLimits.snippetScanChars ? content.slice(0, workLimits.snippetScanChars) : content;
  const spans = matched.size > 0 ? analyzer.matchedWords(text, matched) : [];
  // Some context before the first match reads better than starting on it.
  let start = wordStart(text, spans.length > 0 ? bestWindow(spans, width - 40) - 40 : 0);
  while (start < text.length && space.test(text[start] as string)) start += 1;
  const end = wordEnd(text, start + width);

  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const span of spans) {
    if (span.start < cursor || span.end > end) continue;
    html += `${escapeText(text.slice(cursor, span.start))}<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    cursor = span.end;
  }
  html += escapeText(text.slice(cursor, end)).trimEnd();
  return end < content.trimEnd().length ? `${html}…` : html;
}
