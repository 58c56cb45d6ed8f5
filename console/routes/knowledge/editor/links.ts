import { marked, type Token } from 'marked';

/**
 * Link checks the editor runs before an article goes anywhere: internal links must name an
 * article that exists, other addresses must be ones a browser can open. Warnings, not refusals:
 * a draft may be saved with a link still to fix.
 */
export interface MarkdownLink {
  href: string;
  text: string;
  image: boolean;
}

/** Links and images as marked reads them (reference links resolved, code spans ignored). */
export function extractLinks(markdown: string): MarkdownLink[] {
  const found: MarkdownLink[] = [];
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type === 'link' || token.type === 'image') found.push({ href: token.href, text: token.text, image: token.type === 'image' });
  });
  return found;
}

export type LinkTarget =
  | { kind: 'fine' }
  | { kind: 'article'; locale: string; slug: string }
  | { kind: 'broken'; problem: string };

const helpArticlePath = /^\/help\/([a-z]{2}(?:-[A-Z]{2})?)\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;
const articleRef = /^article:([a-z0-9]+(?:-[a-z0-9]+)*)(?:#\S*)?$/i;
const allowedSchemes = ['http', 'https', 'mailto', 'tel'];

/**
 * What a link points at. `origin` is where the help centre is served, so a full address of one of
 * our own article pages counts as internal too; `locale` is the article's, for `article:slug`.
 */
export function classifyLink(rawHref: string, locale: string, origin: string, image = false): LinkTarget {
  const href = rawHref.trim();
  if (href === '') return { kind: 'broken', problem: 'has no address' };
  if (href.startsWith('#')) return image ? { kind: 'broken', problem: 'is not an image address' } : { kind: 'fine' };
  const ref = articleRef.exec(href);
  if (ref?.[1]) return { kind: 'article', locale, slug: ref[1].toLowerCase() };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme !== undefined && !allowedSchemes.includes(scheme)) return { kind: 'broken', problem: `uses “${scheme}:”, which is not allowed` };
  if (scheme === undefined && !href.startsWith('/')) {
    return { kind: 'broken', problem: 'is not a full address: start it with https:// (or / for a page on this site)' };
  }
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return { kind: 'broken', problem: 'is not a valid address' };
  }
  if ((scheme === 'http' || scheme === 'https') && !/^[^.\s]+(\.[^.\s]+)+$|^localhost$/.test(url.hostname)) {
    return { kind: 'broken', problem: 'is not a valid web address' };
  }
  if (href.startsWith('//') && url.origin !== origin) return { kind: 'fine' };
  const article = url.origin === origin ? helpArticlePath.exec(url.pathname) : null;
  if (article?.[1] && article[2]) return { kind: 'article', locale: article[1], slug: article[2] };
  return { kind: 'fine' };
}

export interface LinkWarning {
  link: MarkdownLink;
  message: string;
}

/** Finds an article by locale and slug; null when there is none. */
export type ArticleLookup = (locale: string, slug: string) => Promise<{ title: string; live: boolean } | null>;

/** Every link that needs attention, in the order they appear. */
export async function checkLinks(markdown: string, locale: string, origin: string, lookup: ArticleLookup): Promise<LinkWarning[]> {
  const links = extractLinks(markdown);
  const results = await Promise.all(
    links.map(async (link): Promise<LinkWarning | null> => {
      const target = classifyLink(link.href, locale, origin, link.image);
      if (target.kind === 'broken') return { link, message: target.problem };
      if (target.kind !== 'article') return null;
      const found = await lookup(target.locale, target.slug);
      if (!found) return { link, message: `points to an article that does not exist (“${target.slug}” in ${target.locale})` };
      if (!found.live) return { link, message: `points to “${found.title}”, which customers cannot read yet` };
      return null;
    }),
  );
  return results.filter((warning): warning is LinkWarning => warning !== null);
}
