import { analyzerFactory, type AnalysisOptions, type AnalyzerFactory } from './analyzer.ts';
import { LocaleIndex, type MatchedDocument } from './locale-index.ts';
import { expansions, planQuery, type TypedTerm } from './query-plan.ts';
import { addFrequencies, salientTerms } from './salient-terms.ts';
import { buildSnippet } from './snippet.ts';
import { compoundVerbWeight, fieldBoosts, functionTermWeight, workLimits } from './tuning.ts';
import { searchFields, type SearchDocument, type SearchField, type SearchHit, type SearchOptions, type SearchResult, type Suggestions } from './types.ts';
import { words } from './words.ts';

export interface KnowledgeSearchOptions {
  /** Switches parts of text analysis off; only for measuring what each part is worth. */
  analysis?: AnalysisOptions;
}

/** Completions and title suggestions draw on the fields an author wrote as labels, not on body text. */
const labelFields: SearchField[] = ['title', 'tags', 'excerpt'];
/** Most used continuations of a typed fragment that are considered as completions. */
const completionCandidates = 40;

const noResult = (): SearchResult => ({ items: [], total: 0 });

function documentFilter(options: SearchOptions): ((doc: SearchDocument) => boolean) | undefined {
  const category = typeof options.categoryId === 'string' ? options.categoryId : undefined;
  const tags = Array.isArray(options.tags) ? options.tags.map((tag) => String(tag).toLowerCase()) : [];
  if (!category && tags.length === 0) return undefined;
  return (doc) =>
    (!category || doc.categoryId === category || (doc.categoryPath?.includes(category) ?? false)) &&
    tags.every((tag) => doc.tags.some((own) => own.toLowerCase() === tag));
}

function clamp(value: number | undefined, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : fallback;
}

/**
 * Full-text search over published articles: one MiniSearch index per locale, kept up to date
 * incrementally as articles are published, changed, unpublished or archived, and rebuilt at start.
 * No input makes it throw: unknown locales, empty queries and hostile text give empty or ordinary
 * results, and every request's work is bounded (see workLimits).
 */
export class KnowledgeSearch {
  private readonly locales = new Map<string, LocaleIndex>();
  /** Which locale each article is indexed in, so an id alone can be removed or moved. */
  private readonly localeOf = new Map<string, string>();
  private readonly analyzerFor: AnalyzerFactory;

  constructor(options: KnowledgeSearchOptions = {}) {
    this.analyzerFor = analyzerFactory(options.analysis);
  }

  /** Indexes an article. Adding an id that is already indexed replaces it: publishing twice is harmless. */
  add(doc: SearchDocument): void {
    this.replace(doc);
  }

  /** Re-indexes an article after a change, including a move to another locale. */
  replace(doc: SearchDocument): void {
    this.remove(doc.id);
    this.indexFor(doc.locale).add(doc);
    this.localeOf.set(doc.id, doc.locale);
  }

  /** Takes an article out (unpublished, archived, deleted). False if it wasn't indexed. */
  remove(id: string): boolean {
    const locale = this.localeOf.get(id);
    if (locale === undefined) return false;
    this.localeOf.delete(id);
    return this.locales.get(locale)?.remove(id) ?? false;
  }

  /** Replaces everything with these articles (at start). A repeated id keeps its last version. */
  rebuild(docs: Iterable<SearchDocument>): void {
    this.locales.clear();
    this.localeOf.clear();
    const latest = new Map<string, SearchDocument>();
    for (const doc of docs) latest.set(doc.id, doc);
    const byLocale = new Map<string, SearchDocument[]>();
    for (const doc of latest.values()) {
      const list = byLocale.get(doc.locale);
      if (list) list.push(doc);
      else byLocale.set(doc.locale, [doc]);
      this.localeOf.set(doc.id, doc.locale);
    }
    for (const [locale, list] of byLocale) this.indexFor(locale).addAll(list);
  }

  /** Articles indexed in one locale, or in all. */
  size(locale?: string): number {
    if (locale === undefined) return this.localeOf.size;
    return this.locales.get(locale)?.size ?? 0;
  }

  search(locale: string, query: string, options: SearchOptions = {}): SearchResult {
    const index = this.locales.get(locale);
    if (!index || typeof query !== 'string') return noResult();
    options ??= {};
    const plan = planQuery(index.vocabulary, this.queryTerms(index, query));
    const filter = documentFilter(options);
    const limit = clamp(options.limit, 10, 1, workLimits.maxLimit);
    const offset = clamp(options.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const matches = index.search({ ...plan, ...(filter ? { filter } : {}) });
    return { items: matches.slice(offset, offset + limit).map((match) => this.hit(index, match)), total: matches.length };
  }

  /**
   * For a search box, as the customer types: completions of the word being typed (in words
   * that appear in article titles, tags and excerpts, narrowed by the words before it), and the
   * articles whose titles best fit so far. Both, because in a help centre the article is usually
   * what people want: showing "Cancel your Plus or Pro subscription" under "cancel sub" saves a
   * results page, while completions still help those who want to see everything on a topic.
   *
   * Completions come from the locale's vocabulary tree rather than MiniSearch#autoSuggest, which
   * returns index terms (stems here: "subscript", "charg") and joins every term a document matched
   * into one phrase; here each completion is a word as articles write it, after what was typed.
   */
  suggest(locale: string, prefix: string, limit = 5): Suggestions {
    const index = this.locales.get(locale);
    const text = typeof prefix === 'string' ? prefix.slice(0, workLimits.suggestChars) : '';
    const last = words(text).pop();
    if (!index || !last) return { queries: [], articles: [] };
    const count = clamp(limit, 5, 1, 10);
    const plan = planQuery(index.vocabulary, this.queryTerms(index, text), { typing: true });
    const articles = index
      .search({ ...plan, fields: labelFields })
      .slice(0, count)
      .map((match) => {
        const doc = index.get(match.id as string) as SearchDocument;
        return { id: doc.id, slug: doc.slug, title: doc.title };
      });
    const head = text
      .slice(0, last.start)
      .replace(/\s+/g, ' ')
      .trim();
    return { queries: this.completions(index, head, last.word, count), articles };
  }

  /** Articles on the same subject as this one, in its locale, never itself. */
  related(id: string, limit = 5): SearchHit[] {
    const locale = this.localeOf.get(id);
    const index = locale === undefined ? undefined : this.locales.get(locale);
    if (!index) return [];
    const frequencies = new Map<string, number>();
    for (const field of searchFields) {
      addFrequencies(
        frequencies,
        index.fieldTerms(id, field).filter((term) => !index.analyzer.isFunctionTerm(term)),
        fieldBoosts[field],
      );
    }
    return this.searchSalient(index, frequencies, limit, (doc) => doc.id !== id);
  }

  /**
   * Articles that may answer free text such as a ticket or a chat message: long and chatty, so
   * rather than matching every word it searches for the few that say most (frequent in the text,
   * rare across articles), leaving out small talk and stop words.
   */
  suggestForText(locale: string, text: string, limit = 5): SearchHit[] {
    const index = this.locales.get(locale);
    if (!index || typeof text !== 'string') return [];
    const frequencies = addFrequencies(new Map(), index.analyzer.terms(text.slice(0, workLimits.textChars)));
    return this.searchSalient(index, frequencies, limit);
  }

  private searchSalient(
    index: LocaleIndex,
    frequencies: Map<string, number>,
    limit: number,
    filter?: (doc: SearchDocument) => boolean,
  ): SearchHit[] {
    const weights = salientTerms(frequencies, (term) => index.vocabulary.idf(term), workLimits.salientTerms);
    const count = clamp(limit, 5, 1, workLimits.maxLimit);
    const matches = index.search({ weights, ...(filter ? { filter } : {}) });
    return matches.slice(0, count).map((match) => this.hit(index, match));
  }

  /** Completions of the word being typed, in the words articles' labels use, after the words already typed. */
  private completions(index: LocaleIndex, head: string, word: string, limit: number): string[] {
    const fragment = index.analyzer.fragment(word);
    if (fragment.length < 2) return [];
    // The most used words that continue the fragment, then close spellings of it.
    const candidates = new Map<string, number>();
    const continuations = [...index.vocabulary.completions(fragment)].slice(0, 2_000);
    continuations.sort((a, b) => index.vocabulary.articlesWith(b) - index.vocabulary.articlesWith(a));
    for (const term of continuations.slice(0, completionCandidates)) candidates.set(term, 1);
    if (index.vocabulary.has(fragment)) candidates.set(fragment, 1);
    if (fragment.length >= 4) for (const [term, closeness] of expansions(index.vocabulary, fragment, false)) candidates.set(term, closeness);
    if (candidates.size === 0) return [];

    const headTerms = this.queryTerms(index, head)
      .map(({ term }) => term)
      .filter((term) => !index.analyzer.isFunctionTerm(term));
    const allowed = this.articlesWithAll(index, headTerms);
    const scores = new Map<string, number>();
    for (const match of index.search({ weights: candidates, fields: labelFields })) {
      if (allowed && !allowed.has(match.id as string)) continue;
      for (const term of match.terms) if (!headTerms.includes(term)) scores.set(term, (scores.get(term) ?? 0) + match.score);
    }
    const queries: string[] = [];
    for (const [term] of [...scores.entries()].sort((a, b) => b[1] - a[1])) {
      const written = index.writtenForm(term, fragment);
      const query = written && (head ? `${head} ${written}` : written);
      if (query && !queries.includes(query)) queries.push(query);
      if (queries.length === limit) break;
    }
    return queries;
  }

  /**
   * Articles whose labels have every typed word (each as itself or a close spelling), so that a
   * completion makes sense after them; null when there are no words or no article has them all.
   */
  private articlesWithAll(index: LocaleIndex, typed: string[]): Set<string> | null {
    let allowed: Set<string> | null = null;
    for (const term of typed) {
      const ids = new Set<string>();
      for (const match of index.search({ ...planQuery(index.vocabulary, [{ term, weight: 1 }]), fields: labelFields })) {
        if (!allowed || allowed.has(match.id as string)) ids.add(match.id as string);
      }
      allowed = ids;
    }
    return allowed && allowed.size > 0 ? allowed : null;
  }

  /**
   * The distinct terms of a query, bounded (so many characters read, so many terms kept), each
   * with its weight: 1, or compoundVerbWeight for a verb whose phrase became a known compound.
   */
  private queryTerms(index: LocaleIndex, text: string): TypedTerm[] {
    const topic = new Map<string, number>();
    const functional = new Map<string, number>();
    let previous: readonly string[] = [];
    index.analyzer.scan(
      text.slice(0, workLimits.queryChars),
      (_word, terms, _start, compound) => {
        const verb = previous.find((term) => !index.analyzer.isFunctionTerm(term));
        if (compound && verb !== undefined && index.vocabulary.has(terms[0] as string)) topic.set(verb, compoundVerbWeight);
        for (const term of terms) {
          const kind = index.analyzer.isFunctionTerm(term) ? functional : topic;
          if (!kind.has(term)) kind.set(term, kind === functional ? functionTermWeight : 1);
        }
        previous = compound ? terms.slice(1) : terms;
      },
      { functionWords: true },
    );
    return [...[...topic].slice(0, workLimits.queryTerms), ...[...functional].slice(0, workLimits.queryFunctionTerms)].map(([term, weight]) => ({ term, weight }));
  }

  private hit(index: LocaleIndex, match: MatchedDocument): SearchHit {
    const doc = index.get(match.id as string) as SearchDocument;
    return {
      id: doc.id,
      slug: doc.slug,
      locale: doc.locale,
      title: doc.title,
      excerpt: doc.excerpt,
      score: Math.round(match.score * 1000) / 1000,
      snippet: buildSnippet(doc.content, index.analyzer, new Set(match.terms.filter((term) => !index.analyzer.isFunctionTerm(term)))),
    };
  }

  private indexFor(locale: string): LocaleIndex {
    let index = this.locales.get(locale);
    if (!index) {
      index = new LocaleIndex(this.analyzerFor(locale));
      this.locales.set(locale, index);
    }
    return index;
  }
}
