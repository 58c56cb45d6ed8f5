import type { SearchField } from './types.ts';

/**
 * Every knob of ranking in one place, with the reason for its value. Measured with
 * `npx tsx bench/search.ts` on the Fernhill fixture and the shared real corpus (see the
 * report in that script's output): change one, re-run both, keep it only if neither drops.
 */

/**
 * A word in the title says far more about an article than the same word in its body. Tags and
 * the excerpt need no boost of their own: BM25 already makes a word weigh more in a short field.
 * Measured: a sweep (title 2–6, tags 1–3, excerpt 1–2) is flat within one or two queries per
 * set; these values were the best or tied on the fixture, its typo variants and the 10k set, and
 * tied on the real corpus.
 */
export const fieldBoosts: Record<SearchField, number> = { title: 3, tags: 1, excerpt: 1, content: 1 };

/**
 * How much a fuzzy or prefix match counts against an exact one, scaled further by how far the
 * matched word is from the typed one (query-plan.ts, with MiniSearch's formulas). MiniSearch's
 * defaults; a sweep (0.3–0.6 × 0.25–0.5) moved hit rates by at most two queries either way.
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
 * How much a stop word of the query counts when it also appears in a title (see analyzer.ts,
 * functionTermMark).
 */
export const functionTermWeight = 0.3;

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
 * article's body ("app", "account", "order"), yet reading its postings for thousands of articles
 * is most of the cost of a query. Such terms are searched in titles, tags and excerpts only, where
 * they still mean something ("Download the app"), and only add to the scores of articles the
 * query's rarer terms found (locale-index.ts). Measured on the 10k-article set: p95 2.5 ms
 * instead of 9.7 ms, top-3 91.1% instead of 89.9%. Leaving them out of body postings saves 13%
 * of the index's memory there. Small help centres don't need any of it.
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

/**
 * Common and function terms only add to the scores of this many of the best articles the topic
 * terms found (a rescore window, as Elasticsearch calls it). Measured on the 10k-article set:
 * p95 2.5 ms instead of 3.7 ms for rescoring every article found, top-3 one query in 258 lower;
 * the fixture and the real corpus rank identically either way (they rarely find 300).
 */
export const rescoreWindow = 300;

/** Bounds on the work one request can cause, whatever it sends. */
export const workLimits = {
  /** Characters of a search query that are analysed; the rest is ignored. */
  queryChars: 500,
  /** Distinct terms of a search query that are looked up. */
  queryTerms: 12,
  /** …and distinct stop words (they only touch titles). */
  queryFunctionTerms: 8,
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
