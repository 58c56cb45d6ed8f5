import type { AsPlainObject } from 'minisearch';

/** What MiniSearch needs of an article to index it: its id and each field's terms. */
export interface AnalysedArticle<Field extends string> {
  id: string;
  fields: Record<Field, readonly string[]>;
}

/**
 * A MiniSearch index of many articles in MiniSearch's own serialisation format (what
 * `toJSON()` writes and `MiniSearch.loadJS` reads), built directly from analysed terms.
 *
 * Why: `MiniSearch#add` walks its radix tree once per word occurrence, which costs about a
 * second per 10,000 articles. Here term frequencies are counted in a hash map first, and
 * loading touches the tree once per distinct term: the same index, several times faster to
 * build. The result is identical to adding the articles one by one in this order (same short
 * ids, frequencies, field lengths and averages); the index test checks that it searches the same.
 */
export function plainIndex<Field extends string>(articles: readonly AnalysedArticle<Field>[], fields: readonly Field[]): AsPlainObject {
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const totals = fields.map(() => 0);
  /**
   * term → per field id, flat [short id, frequency, short id, frequency, …]. Articles are read
   * in order, so a repeated term of the same article is always the last pair: counting needs no
   * lookup, and the objects MiniSearch reads are built once at the end, keys in order.
   */
  const postings = new Map<string, number[][]>();

  articles.forEach((article, shortId) => {
    documentIds[shortId] = article.id;
    const lengths: number[] = [];
    fields.forEach((field, fieldId) => {
      const terms = article.fields[field];
      let distinct = 0;
      for (let i = 0; i < terms.length; i += 1) {
        const term = terms[i] as string;
        let byField = postings.get(term);
        if (!byField) postings.set(term, (byField = []));
        const pairs = (byField[fieldId] ??= []);
        const last = pairs.length - 2;
        if (last >= 0 && pairs[last] === shortId) {
          pairs[last + 1] = (pairs[last + 1] as number) + 1;
        } else {
          pairs.push(shortId, 1);
          distinct += 1;
        }
      }
      // MiniSearch's field length is the number of distinct terms.
      lengths[fieldId] = distinct;
      totals[fieldId] = (totals[fieldId] ?? 0) + distinct;
    });
    fieldLength[shortId] = lengths;
  });

  const index: AsPlainObject['index'] = [];
  for (const [term, byField] of postings) {
    const entry: Record<string, Record<string, number>> = {};
    byField.forEach((pairs, fieldId) => {
      const documents: Record<string, number> = {};
      for (let i = 0; i < pairs.length; i += 2) documents[pairs[i] as number] = pairs[i + 1] as number;
      entry[fieldId] = documents;
    });
    index.push([term, entry]);
  }

  return {
    documentCount: articles.length,
    nextId: articles.length,
    documentIds,
    fieldIds: Object.fromEntries(fields.map((field, fieldId) => [field, fieldId])),
    fieldLength,
    averageFieldLength: totals.map((total) => (articles.length > 0 ? total / articles.length : 0)),
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}
