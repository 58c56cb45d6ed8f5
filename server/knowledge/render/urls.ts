import { MAX_URL_CHARS } from './limits.ts';

export type LinkKind = 'internal' | 'external' | 'anchor' | 'mailto';
export type UrlProblem = 'malformed_url' | 'disallowed_scheme';

/** `article:<slug>` or `article:<slug>#<heading-id>`: a link to another article, whatever its URL becomes. */
export interface ArticleRef {
  slug: string;
  fragment: string | null;
}

export type UrlVerdict =
  | { ok: true; kind: LinkKind; href: string; articleRef: ArticleRef | null }
  | { ok: false; problem: UrlProblem };

const malformed: UrlVerdict = { ok: false, problem: 'malformed_url' };
const disallowed: UrlVerdict = { ok: false, problem: 'disallowed_scheme' };

/**
 * A base no page is served from. A relative reference that keeps this origin keeps the origin of
 * whatever page it ends up on; one that leaves it (`//evil.example`, `\\evil.example`,
 * `/\evil.example`) points elsewhere, and we spell that out as an absolute https URL.
 */
const probeBase = 'https://lantern.invalid/help/_/_';
const probeOrigin = 'https://lantern.invalid';

const schemePattern = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const articleRefPattern = /^article:([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([^\s#]+))?$/i;

/**
 * What a browser would follow, per the URL standard: it drops tabs and newlines anywhere and C0
 * controls and spaces at both ends, so `java\tscript:` and `\x01javascript:` are `javascript:`.
 * (Entities were already decoded by the HTML parser before any attribute reaches us.)
 */
export function cleanUrl(raw: string): string {
  const withoutBreaks = raw.replace(/[\t\n\r]/g, '');
  let start = 0;
  let end = withoutBreaks.length;
  while (start < end && withoutBreaks.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && withoutBreaks.charCodeAt(end - 1) <= 0x20) end -= 1;
  return withoutBreaks.slice(start, end);
}

function parse(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

export function parseArticleRef(href: string): ArticleRef | null {
  const match = articleRefPattern.exec(cleanUrl(href));
  if (!match?.[1]) return null;
  return { slug: match[1].toLowerCase(), fragment: match[2] ?? null };
}

/**
 * The link policy, decided on the URL a browser would actually see. Allowed: http(s), mailto,
 * `#anchors`, relative references that stay on the page's origin, and `article:` references.
 * Everything else (javascript:, data:, vbscript:, file:, blob:, unknown schemes) is refused.
 * `href` is what to write into the attribute.
 */
export function classifyHref(raw: string): UrlVerdict {
  const href = cleanUrl(raw);
  if (href === '' || href.length > MAX_URL_CHARS) return malformed;
  if (href.startsWith('#')) return { ok: true, kind: 'anchor', href, articleRef: null };

  const scheme = schemePattern.exec(href)?.[1]?.toLowerCase();
  if (scheme === undefined) return classifyRelative(href);
  if (scheme === 'article') {
    const articleRef = parseArticleRef(href);
    return articleRef ? { ok: true, kind: 'internal', href, articleRef } : malformed;
  }
  if (scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto') return disallowed;

  const url = parse(href);
  if (!url) return malformed;
  if (scheme === 'mailto') return url.pathname ? { ok: true, kind: 'mailto', href: url.href, articleRef: null } : malformed;
  if (!url.hostname) return malformed;
  return { ok: true, kind: 'external', href: url.href, articleRef: null };
}

function classifyRelative(href: string): UrlVerdict {
  const url = parse(href, probeBase);
  if (!url) return malformed;
  if (url.origin === probeOrigin) return { ok: true, kind: 'internal', href, articleRef: null };
  // A scheme-relative reference: it leaves the origin, so write out where it goes.
  return url.hostname ? { ok: true, kind: 'external', href: url.href, articleRef: null } : malformed;
}

/**
 * Images: http(s) and same-origin paths (`/uploads/…`). No data:, blob: or anything else.
 * SVG files are fine: an SVG loaded through <img> runs no script and loads nothing.
 */
export function classifyImageSrc(raw: string): UrlVerdict {
  const verdict = classifyHref(raw);
  if (!verdict.ok) return verdict;
  if (verdict.kind === 'mailto') return disallowed;
  if (verdict.kind === 'anchor' || verdict.articleRef) return malformed;
  return verdict;
}
