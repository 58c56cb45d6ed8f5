import type { SearchField } from './types.ts';

/**
 * Every knob of ranking in one place, with the reason for its value. Measured with
 * `npx tsx bench/search.ts` on the Fernhill fixture and the shared real corpus (see the
 * report in that script's output): change one, re-run both, keep it only if neither drops.
 */

/**
 * A word in the title says far more about an article than the same word in its body; tags are
 * chosen by the author as "what this is about"; the excerpt summarises. BM25 already favours
 * short fields, so these stay moderate.
 */
export const fieldBoosts: Record<SearchField, number> = { title: 3, tags: 2, excerpt: 1.5, content: 1 };

/**
 * How much a fuzzy or prefix match counts against an exact one (MiniSearch scales these further
 * by how far the matched term is from the typed one).
 */
export const matchWeights = { fuzzy: 0.45, prefix: 0.375 };

/**
 * A query word no article uses is a typo or a word still being typed: its nearest matches are
 * what the customer meant, so they count as much as an exact word would instead of being
 * out-voted by the correctly spelt, usually vaguer, words around it ("notificatons not working").
 */
export const unknownTermBoost = 2;

/**
 * In a query, a verb whose phrase became a known compound ("log in" → signin, "set up" → setup)
 * counts this much: the phrase is what was meant, and the bare verb would match every
 * "activity log" and "set the temperature".
 */
export const compoundVerbWeight = 0.3;

/**
 * Edits allowed per term, by length: none for 1–3 letters ("tv", "api", "pin" are exact or
 * nothing), one for 4–5 ("refnd", "ordr"), two from 6 ("cancle" is a transposition: two edits).
 * Very long terms get no fuzzy matching: nobody mistypes a 21-letter word, and the cost grows.
 */
export function maxEdits(term: string): number {
  if (term.length <= 3 || term.length > 20) return 0;
  return term.length <= 5 ? 1 : 2;
}

/**
 * Prefix matching for words still being typed ("subscrip", "notificat"): from three letters, or
 * two for the last word of the query (the one under the cursor).
 */
export function matchesAsPrefix(term: string, last: boolean): boolean {
  return term.length >= 3 || (last && term.length >= 2);
}

/**
 * Known words a typo or half-typed word may stand for, at most: the closest few are what the
 * customer meant; more only adds noise and work ("pro" continues into hundreds of words).
 */
export const maxExpansions = 6;

/**
 * …and only those nearly as close as the closest (weight at least this share of its weight):
 * a word one edit away makes those two edits away noise. Measured: hit rates unchanged, fewer
 * terms looked up per typo.
 */
export const closestExpansionShare = 0.85;

/**
 * On a large help centre, a term used by a big share of articles says little about any one
 * article's body ("app", "account", "order"), yet reading its postings for thousands of
 * articles is most of the cost of a query and a fifth of the cost of indexing. Such terms are
 * searched in titles, tags and excerpts only, where they still mean something ("Download the
 * app"). Measured on the 10k-article set: p95 halved, index rebuilt ~20% faster, top-3 hit rate
 * up, not down (bench/search.ts). Small help centres don't need it and keep every term everywhere.
 */
export const commonTerms = {
  /** Locales with fewer articles search every term everywhere. */
  minArticles: 500,
  /** Terms in more than this share of articles are searched in labels only. */
  searchShare: 0.1,
  /**
   * Terms in more than this share of articles when an article is indexed are left out of its body
   * postings (never read, see searchShare). Higher than searchShare so that a term's share can
   * drift with publishing without its body postings going missing; a rebuild re-decides.
   */
  indexShare: 0.15,
};

/** Bounds on the work one request can cause, whatever it sends. */
export const workLimits = {
  /** Characters of a search query that are analysed; the rest is ignored. */
  queryChars: 500,
  /** Distinct terms of a search query that are looked up. */
  queryTerms: 12,
  /** Characters of free text (a ticket, a chat message) that are read for suggestions. */
  textChars: 5_000,
  /** Terms picked from free text or from an article to find similar articles. */
  salientTerms: 12,
  /** Characters of a search-box prefix that are completed. */
  suggestChars: 100,
  /** Characters of an article read to place a snippet. */
  snippetScanChars: 20_000,
  /** Results per page. */
  maxLimit: 50,
};
