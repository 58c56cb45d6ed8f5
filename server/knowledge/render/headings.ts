import { headingIdPattern } from './policy.ts';
import { clashesWithDomProperty } from './purifier.ts';

export interface Heading {
  id: string;
  text: string;
  level: number;
}

const maxIdLength = 80;

/**
 * GitHub-style: lower case, letters and digits of any script kept (a Japanese heading gets a
 * Japanese anchor), spaces to hyphens, other punctuation dropped.
 */
export function headingSlug(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-');
  const clipped = Array.from(slug).slice(0, maxIdLength - 6).join('').replace(/-+$/, ''); // room for a "-12345" suffix
  return clipped || 'section';
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Gives each heading a unique id from its text, in document order, so the help center and the
 * widget can link to sections: `install`, then `install-2`, `install-3`… Ids that DOMPurify would
 * strip as DOM clobbering (`cookie`, `forms`…) take a suffix too, so stored HTML survives
 * re-sanitizing unchanged.
 */
export function assignHeadingIds(headingElements: readonly Element[]): Heading[] {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>(); // per base: where to resume, so 50,000 equal headings stay linear
  const headings: Heading[] = [];
  for (const element of headingElements) {
    const text = collapseWhitespace(element.textContent ?? '');
    const base = headingSlug(text);
    let id = base;
    let suffix = nextSuffix.get(base) ?? 2;
    while (used.has(id) || clashesWithDomProperty(id) || !headingIdPattern.test(id)) id = `${base}-${suffix++}`;
    nextSuffix.set(base, suffix);
    used.add(id);
    element.setAttribute('id', id);
    headings.push({ id, text, level: Number(element.localName.slice(1)) });
  }
  return headings;
}
