import { escapeHtml } from '../widget/escape-html.ts';

/**
 * Markup that is already safe. Only `html` and `trustedHtml` make one, so every other value that
 * reaches a page goes through `escapeHtml` without anyone having to remember to call it.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** A template whose interpolations are escaped (text and quoted attributes), unless already SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * Inserts markup as is. Only for HTML that was sanitized upstream: an article's stored body
 * (marked → DOMPurify) and search snippets (escaped text with <mark>).
 */
export function trustedHtml(value: string): SafeHtml {
  return new SafeHtml(value);
}

/**
 * Search snippets arrive escaped with only <mark> tags. Re-escape any stray angle bracket between
 * the marks so a snippet can never carry other markup, whatever the search engine does later.
 */
export function snippetHtml(snippet: string): SafeHtml {
  const parts = snippet.split(/(<\/?mark>)/);
  return new SafeHtml(parts.map((part) => (/^<\/?mark>$/.test(part) ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;'))).join(''));
}

/** JSON for a <script type="application/ld+json"> block: `<` is escaped so no `</script>` can end it early. */
export function jsonLd(data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  return new SafeHtml(`<script type="application/ld+json">${json}</script>`);
}

export { escapeHtml };
