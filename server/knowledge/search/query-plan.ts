import { closestExpansionShare, matchWeights, matchesAsPrefix, maxEdits, maxExpansions, unknownTermBoost } from './tuning.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A typed term and how much it counts (a verb whose phrase became a compound counts little). */
export interface TypedTerm {
  term: string;
  weight: number;
}

/** Index terms to look up for a query, each with a weight and the typed word it stands for. */
export interface QueryPlan {
  weights: Map<string, number>;
  /** Typed word per index term: an article matching three spellings of one word has matched one word. */
  sources: Map<string, string>;
}

/** Prefix matches fade slowly with the letters added, fuzzy ones faster with each edit (as MiniSearch weighs them). */
const prefixWeight = (typed: string, term: string) => (matchWeights.prefix * term.length) / (term.length + 0.3 * (term.length - typed.length));
const fuzzyWeight = (term: string, distance: number) => (matchWeights.fuzzy * term.length) / (term.length + distance);

/** Enough completions of a short prefix to pick the best from; bounds the work of "pr". */
const maxCompletionsRead = 2_000;

/**
 * Known words the typed one may stand for, with how close they are (0–1): words it begins (it
 * may be half-typed) and, unless `fuzzy` is false, words within a few edits (it may be
 * misspelt). The closest `count` first; among equally close, the most used.
 */
export function expansions(
  vocabulary: Vocabulary,
  typed: string,
  last: boolean,
  { fuzzy = true, count = maxExpansions }: { fuzzy?: boolean; count?: number } = {},
): [string, number][] {
  const candidates = new Map<string, number>();
  const offer = (term: string, weight: number) => candidates.set(term, Math.max(weight, candidates.get(term) ?? 0));
  if (matchesAsPrefix(typed, last)) {
    let read = 0;
    for (const term of vocabulary.completions(typed)) {
      offer(term, prefixWeight(typed, term));
      if ((read += 1) >= maxCompletionsRead) break;
    }
  }
  const edits = fuzzy ? maxEdits(typed) : 0;
  if (edits > 0) for (const [term, distance] of vocabulary.neighbours(typed, edits)) offer(term, fuzzyWeight(term, distance));
  const ranked = [...candidates.entries()].sort((a, b) => b[1] - a[1] || vocabulary.articlesWith(b[0]) - vocabulary.articlesWith(a[0]));
  // Only the closest: with "address" one edit from "adress", "across" two edits away is noise.
  const closest = (ranked[0]?.[1] ?? 0) * closestExpansionShare;
  return ranked.filter(([, weight]) => weight >= closest).slice(0, count);
}

/**
 * What to look up for the typed terms: a word the articles use is looked up as it is (a
 * customer who typed a real word meant it; expanding "apple" to "app" only adds noise); a word
 * they don't use is a typo or still being typed, so its closest known words are looked up
 * instead, weighted by closeness and then raised by `unknownTermBoost`.
 */
export function planQuery(vocabulary: Vocabulary, typed: TypedTerm[], options: { typing?: boolean } = {}): QueryPlan {
  const plan: QueryPlan = { weights: new Map(), sources: new Map() };
  const add = (term: string, weight: number, source: string) => {
    if (weight <= (plan.weights.get(term) ?? 0)) return;
    plan.weights.set(term, weight);
    plan.sources.set(term, source);
  };
  typed.forEach(({ term, weight }, index) => {
    const last = index === typed.length - 1;
    if (vocabulary.has(term)) {
      add(term, weight, term);
      // While typing, the last word may be the start of a longer one ("pass" → "password").
      if (last && options.typing) {
        for (const [expansion, closeness] of expansions(vocabulary, term, true, { fuzzy: false })) add(expansion, weight * closeness, term);
      }
    } else {
      for (const [expansion, closeness] of expansions(vocabulary, term, last)) add(expansion, weight * closeness * unknownTermBoost, term);
    }
  });
  return plan;
}
