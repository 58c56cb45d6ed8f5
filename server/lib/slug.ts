import { slugify } from '../../shared/slug.ts';

/** The slug for a new article or category: from its title, or `untitled` when that has no letters. */
export const slugFrom = (text: string) => slugify(text) || 'untitled';

/** The first of `base`, `base-2`, `base-3`… that `isTaken` refuses. */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
