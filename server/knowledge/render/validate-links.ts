import { classifyHref } from './urls.ts';

export type LinkProblemKind = 'unknown_internal' | 'malformed_url' | 'disallowed_scheme';

export interface LinkProblem {
  href: string;
  problem: LinkProblemKind;
}

export interface LinkChecks {
  /**
   * Whether an internal link points at something that exists. Called with the href as written:
   * an `article:<slug>[#section]` reference or a same-origin path (`/help/en/articles/<slug>`,
   * `/uploads/…`); relative paths are relative to the article's page.
   */
  isKnownInternal(href: string): boolean;
}

/**
 * Problems the editor should show before an article is saved or published. Feed it the result's
 * `links` and `droppedLinks` together: `validateLinks([...r.links, ...r.droppedLinks], checks)`.
 * External URLs are checked for shape only (they parse with `new URL`); nothing is fetched.
 */
export function validateLinks(links: readonly { href: string }[], checks: LinkChecks): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const seen = new Set<string>();
  for (const { href } of links) {
    if (seen.has(href)) continue;
    seen.add(href);
    const verdict = classifyHref(href);
    if (!verdict.ok) problems.push({ href, problem: verdict.problem });
    else if (verdict.kind === 'internal' && !checks.isKnownInternal(href)) problems.push({ href, problem: 'unknown_internal' });
  }
  return problems;
}
