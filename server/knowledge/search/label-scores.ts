/** MiniSearch's BM25+ parameters (its defaults, which the index uses). */
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * BM25+ for one term in one field, exactly as MiniSearch computes it, so that scores added here
 * and scores from the index add up as if MiniSearch had scored the term itself. What depends
 * only on the term is computed once: call the result with a frequency and a field length.
 */
export function bm25Scorer(articlesWithTerm: number, articles: number, averageFieldLength: number): (termFrequency: number, fieldLength: number) => number {
  const inverseDocumentFrequency = Math.log(1 + (articles - articlesWithTerm + 0.5) / (articlesWithTerm + 0.5));
  const average = averageFieldLength || 1;
  return (termFrequency, fieldLength) =>
    inverseDocumentFrequency * (bm25.d + (termFrequency * (bm25.k + 1)) / (termFrequency + bm25.k * (1 - bm25.b + (bm25.b * fieldLength) / average)));
}

const noScore = () => 0;

/**
 * What BM25 needs about the short fields (title, tags, excerpt) to score a term in them without
 * MiniSearch: how many articles have each term in each field, and the fields' average length
 * (MiniSearch's length: distinct terms). Kept up to date with the index.
 */
export class LabelStatistics<Field extends string> {
  private readonly articlesWith = new Map<Field, Map<string, number>>();
  private readonly totalLength = new Map<Field, number>();
  private articles = 0;

  constructor(private readonly fields: readonly Field[]) {
    for (const field of fields) {
      this.articlesWith.set(field, new Map());
      this.totalLength.set(field, 0);
    }
  }

  count(article: Readonly<Record<Field, readonly string[]>>, delta: 1 | -1): void {
    this.articles += delta;
    for (const field of this.fields) {
      const distinct = new Set(article[field]);
      this.totalLength.set(field, (this.totalLength.get(field) ?? 0) + delta * distinct.size);
      const counts = this.articlesWith.get(field) as Map<string, number>;
      for (const term of distinct) {
        const next = (counts.get(term) ?? 0) + delta;
        if (next > 0) counts.set(term, next);
        else counts.delete(term);
      }
    }
  }

  /**
   * Scores `term` in one field of any article: call the result with the field's terms and its
   * distinct-term count; 0 when the term isn't there.
   */
  scorer(field: Field, term: string): (terms: readonly string[], fieldLength: number) => number {
    const articlesWithTerm = this.articlesWith.get(field)?.get(term) ?? 0;
    if (articlesWithTerm === 0) return noScore;
    const score = bm25Scorer(articlesWithTerm, this.articles, (this.totalLength.get(field) ?? 0) / Math.max(1, this.articles));
    return (terms, fieldLength) => {
      let frequency = 0;
      for (let i = 0; i < terms.length; i += 1) if (terms[i] === term) frequency += 1;
      return frequency === 0 ? 0 : score(frequency, fieldLength);
    };
  }
}
