import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { bm25Scorer, LabelStatistics } from './label-scores.ts';

const titles = [
  ['reset', 'password'],
  ['change', 'password', 'password'],
  ['cancel', 'order'],
  ['order', 'late', 'parcel', 'order'],
  ['gift', 'card', 'balance'],
];

describe('label scores', () => {
  it('are the scores MiniSearch gives the same term in the same field', () => {
    const index = new MiniSearch<{ id: number; title: string[] }>({
      fields: ['title'],
      stringifyField: (terms) => terms,
      tokenize: (terms: unknown) => terms as string[],
      processTerm: (term) => term,
      searchOptions: { tokenize: (text) => text.split(' '), processTerm: (term) => term },
    });
    index.addAll(titles.map((title, id) => ({ id, title })));
    const statistics = new LabelStatistics(['title'] as const);
    for (const title of titles) statistics.count({ title }, 1);

    for (const term of ['password', 'order', 'gift']) {
      const score = statistics.scorer('title', term);
      for (const result of index.search(term)) {
        const title = titles[result.id as number] as string[];
        expect(score(title, new Set(title).size)).toBeCloseTo(result.score, 10);
      }
      expect(score(['unrelated'], 1)).toBe(0);
    }
  });

  it('follow removals', () => {
    const statistics = new LabelStatistics(['title'] as const);
    for (const title of titles) statistics.count({ title }, 1);
    statistics.count({ title: titles[4] as string[] }, -1);
    expect(statistics.scorer('title', 'gift')(['gift'], 1)).toBe(0);
    const fresh = new LabelStatistics(['title'] as const);
    for (const title of titles.slice(0, 4)) fresh.count({ title }, 1);
    expect(statistics.scorer('title', 'order')(['order'], 1)).toBe(fresh.scorer('title', 'order')(['order'], 1));
  });

  it('grow with the term frequency and shrink with the field length', () => {
    const score = bm25Scorer(2, 100, 5);
    expect(score(2, 5)).toBeGreaterThan(score(1, 5));
    expect(score(1, 10)).toBeLessThan(score(1, 5));
  });
});
