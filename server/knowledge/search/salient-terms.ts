/**
 * The terms that say most about a text, as search weights in (0, 1]: frequent in the text
 * (dampened, so one repeated word can't dominate), rare across articles (idf). Terms no article
 * uses get idf 0 and drop out: they can't find anything.
 */
export function salientTerms(frequencies: ReadonlyMap<string, number>, idf: (term: string) => number, count: number): Map<string, number> {
  const scored: [string, number][] = [];
  for (const [term, frequency] of frequencies) {
    const weight = (1 + Math.log(frequency)) * idf(term);
    if (weight > 0) scored.push([term, weight]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = scored.slice(0, count);
  const highest = top[0]?.[1] ?? 1;
  return new Map(top.map(([term, weight]) => [term, weight / highest]));
}

/** Counts terms, each occurrence weighted (a title word can count for more than a body word). */
export function addFrequencies(into: Map<string, number>, terms: Iterable<string>, weight = 1): Map<string, number> {
  for (const term of terms) into.set(term, (into.get(term) ?? 0) + weight);
  return into;
}
