import SearchableMap from 'minisearch/SearchableMap';

/**
 * The terms one locale's articles use, with how many articles use each: for telling typed words
 * from typos, weighing terms by rarity, and finding the words a typo or a half-typed word stands
 * for. Counts live in a Map (cheap to update millions of times at rebuild); the radix tree for
 * prefix and fuzzy lookups only changes when a term first appears or last disappears.
 */
interface TermCount {
  articles: number;
  /** The article last counted, so a term repeated within one article counts once without a set per article. */
  lastCounted: number;
}

export class Vocabulary {
  private readonly counts = new Map<string, TermCount>();
  private readonly tree = new SearchableMap<true>();
  private articles = 0;
  private countings = 0;

  /** Counts one article's terms (all its fields) in (delta 1) or out (delta -1). */
  count(fields: Iterable<readonly string[]>, delta: 1 | -1): void {
    this.articles += delta;
    const stamp = (this.countings += 1);
    for (const terms of fields) {
      for (let i = 0; i < terms.length; i += 1) {
        const term = terms[i] as string;
        let count = this.counts.get(term);
        if (count?.lastCounted === stamp) continue;
        if (!count) {
          count = { articles: 0, lastCounted: stamp };
          this.counts.set(term, count);
          this.tree.set(term, true);
        }
        count.lastCounted = stamp;
        count.articles += delta;
        if (count.articles <= 0) {
          this.counts.delete(term);
          this.tree.delete(term);
        }
      }
    }
  }

  /** Articles counted. */
  get articleCount(): number {
    return this.articles;
  }

  has(term: string): boolean {
    return this.counts.has(term);
  }

  /** Articles that use the term. */
  articlesWith(term: string): number {
    return this.counts.get(term)?.articles ?? 0;
  }

  /** Share of articles that use the term, 0–1. */
  share(term: string): number {
    return this.articlesWith(term) / Math.max(1, this.articles);
  }

  /** Inverse document frequency: rare terms tell more about what a text is about. 0 for unknown terms. */
  idf(term: string): number {
    const articles = this.articlesWith(term);
    return articles ? Math.log(1 + this.articles / articles) : 0;
  }

  /** Known terms that continue `prefix` (not including `prefix` itself). */
  *completions(prefix: string): Generator<string> {
    for (const [term] of this.tree.atPrefix(prefix)) if (term !== prefix) yield term;
  }

  /** Known terms within `edits` edits of `term`, with their distance (not including `term` itself). */
  neighbours(term: string, edits: number): [string, number][] {
    const found: [string, number][] = [];
    for (const [candidate, [, distance]] of this.tree.fuzzyGet(term, edits)) if (distance > 0) found.push([candidate, distance]);
    return found;
  }
}
