import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hitRates, type HitRates } from '../fixtures/evaluate.ts';
import { helpcenterCorpusQueries } from '../fixtures/helpcenter-corpus-queries.ts';
import { helpcenterCorpusPath, loadHelpcenterCorpus } from '../fixtures/helpcenter-corpus.ts';
import { fixtureQueries } from '../fixtures/queries.ts';
import { fixtureSearchDocuments } from '../fixtures/search-documents.ts';
import { KnowledgeSearch } from './knowledge-search.ts';

/**
 * Hit-rate floors. Fixture: the product target. Shared corpus: measured 98.7% top-3 (74 of 75)
 * when this was written; the floor leaves room for two more misses before it fails.
 */
const floors = { fixtureTop3: 0.95, corpusTop3: 0.95 };

/** The misses, readable in a failure message. */
function report(rates: HitRates): string {
  return rates.misses.map((miss) => `  "${miss.query}" → ${miss.expected} (rank ${miss.rank ?? '>10'}; got ${miss.top.join(', ')})`).join('\n');
}

describe('search quality', () => {
  it(`puts the right article in the top 3 for at least ${floors.fixtureTop3 * 100}% of the fixture queries`, () => {
    const search = new KnowledgeSearch();
    search.rebuild(fixtureSearchDocuments());
    const rates = hitRates(search, 'en', fixtureQueries);
    expect(rates.top3, `top-3 ${(rates.top3 * 100).toFixed(1)}%, misses:\n${report(rates)}`).toBeGreaterThanOrEqual(floors.fixtureTop3);
  });

  it(`puts the right article in the top 3 for at least ${floors.corpusTop3 * 100}% of the shared corpus queries`, () => {
    expect(
      existsSync(helpcenterCorpusPath),
      `The shared help-centre corpus is missing: expected ${helpcenterCorpusPath}. It lives outside the repository in the team's shared data folder; this test does not skip without it.`,
    ).toBe(true);
    const search = new KnowledgeSearch();
    search.rebuild(loadHelpcenterCorpus().documents);
    const rates = hitRates(search, 'en', helpcenterCorpusQueries);
    expect(rates.top3, `top-3 ${(rates.top3 * 100).toFixed(1)}%, misses:\n${report(rates)}`).toBeGreaterThanOrEqual(floors.corpusTop3);
  });
});
