import MiniSearch, { type Options, type SearchResult as MatchedDocument } from 'minisearch';
import type { Analyzer } from './analyzer.ts';
import { LabelStatistics } from './label-scores.ts';
import { plainIndex } from './plain-index.ts';
import { commonTerms, fieldBoosts, rescoreWindow } from './tuning.ts';
import { searchFields, type SearchDocument, type SearchField } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

export type { MatchedDocument };

/** A document with each field analysed into terms, as given to MiniSearch. */
interface IndexedArticle {
  doc: SearchDocument;
  fields: Record<SearchField, readonly string[]>;
  /** Distinct terms per label field (BM25's field length). */
  labelLengths: Record<LabelField, number>;
  /** Body terms counted in the vocabulary but left out of the body postings (see commonTerms). */
  unindexed: readonly string[];
}

export interface TermQuery {
  /** Index terms (exact, as in the vocabulary) and their weights. */
  weights: ReadonlyMap<string, number>;
  /** The typed word each term stands for; articles are ranked by how many typed words they match. */
  sources?: ReadonlyMap<string, string>;
  fields?: SearchField[];
  filter?: (doc: SearchDocument) => boolean;
}

/** Separates tags so that no phrasal-verb compound spans two of them. */
const tagSeparator = ' | ';
const labelFields = ['title', 'tags', 'excerpt'] as const satisfies readonly SearchField[];
type LabelField = (typeof labelFields)[number];
const isLabelField = (field: SearchField): field is LabelField => (labelFields as readonly SearchField[]).includes(field);

/**
 * One locale's articles: the MiniSearch index (exact terms, BM25 with field boosts), the
 * documents (for snippets and filters), the vocabulary (for expanding typos and prefixes, and
 * for term rarity) and how title and tag words are written (to show completions as words).
 */
export class LocaleIndex {
  readonly analyzer: Analyzer;
  readonly vocabulary = new Vocabulary();
  private readonly articles = new Map<string, IndexedArticle>();
  /** term → how it is written in labels. Not pruned on removal: a form is only shown for a term found in the index. */
  private readonly writtenForms = new Map<string, string[]>();
  private readonly labelStatistics = new LabelStatistics<LabelField>(labelFields);
  private readonly options: Options<IndexedArticle>;
  private index: MiniSearch<IndexedArticle>;

  constructor(analyzer: Analyzer) {
    this.analyzer = analyzer;
    this.options = {
      idField: 'id',
      fields: [...searchFields],
      storeFields: [],
      // Fields arrive analysed (see prepare): MiniSearch is handed the term lists as they are,
      // through stringifyField and tokenize, instead of text to split again.
      extractField: (article, field) => (field === 'id' ? article.doc.id : article.fields[field as SearchField]),
      stringifyField: (terms) => terms,
      tokenize: (terms: unknown) => terms as string[],
      processTerm: (term) => term,
      // Queries arrive planned (see query-plan.ts): exact terms joined by spaces.
      searchOptions: { boost: fieldBoosts, tokenize: (text) => text.split(' '), processTerm: (term) => term },
    };
    this.index = new MiniSearch(this.options);
  }

  get size(): number {
    return this.articles.size;
  }

  get(id: string): SearchDocument | undefined {
    return this.articles.get(id)?.doc;
  }

  add(doc: SearchDocument): void {
    const article = this.prepare(doc);
    this.count(article, 1);
    this.store(article);
  }

  /**
   * Adds many articles at once: counts them all first, so common terms are known before
   * indexing, and loads an empty index in bulk (see plain-index.ts).
   */
  addAll(docs: SearchDocument[]): void {
    const prepared = docs.map((doc) => this.prepare(doc));
    for (const article of prepared) this.count(article, 1);
    if (this.articles.size > 0) {
      for (const article of prepared) this.store(article);
      return;
    }
    const indexed = prepared.map((article) => this.withoutCommonBodyTerms(article));
    for (const article of indexed) this.articles.set(article.doc.id, article);
    this.index = MiniSearch.loadJS(
      plainIndex(
        indexed.map((article) => ({ id: article.doc.id, fields: article.fields })),
        searchFields,
      ),
      this.options,
    );
  }

  private store(article: IndexedArticle): void {
    const indexed = this.withoutCommonBodyTerms(article);
    this.articles.set(indexed.doc.id, indexed);
    this.index.add(indexed);
  }

  remove(id: string): boolean {
    const article = this.articles.get(id);
    if (!article) return false;
    // remove() (not discard()) takes the exact terms out now, from the analysed fields we kept.
    this.index.remove(article);
    this.articles.delete(id);
    this.count(article, -1);
    return true;
  }

  /** Whether a term is searched in labels only (see commonTerms). */
  isCommon(term: string): boolean {
    return this.vocabulary.articleCount >= commonTerms.minArticles && this.vocabulary.share(term) > commonTerms.searchShare;
  }

  /** The analysed terms of one field of an article. */
  fieldTerms(id: string, field: SearchField): readonly string[] {
    return this.articles.get(id)?.fields[field] ?? [];
  }

  /**
   * How a title, tag or excerpt term is written, for showing a completion: the shortest form that
   * continues what was typed ("charg" typed as "charge" → "charges"), else the shortest form.
   */
  writtenForm(term: string, typed: string): string | undefined {
    const forms = this.writtenForms.get(term);
    if (!forms) return undefined;
    const byLength = [...forms].sort((a, b) => a.length - b.length);
    return byLength.find((form) => this.analyzer.fragment(form).startsWith(typed)) ?? byLength[0];
  }

  /**
   * Articles matching any of the terms, best first. Terms come in three kinds:
   * - topic terms select articles and score them, in every field;
   * - common terms (see commonTerms) are looked up in labels only, and when the query has
   *   rarer topic terms they only add to the score of the articles those found (as Lucene's
   *   CommonTermsQuery does): "reset my account password" ranks the articles about resetting
   *   passwords by how much they are about accounts, instead of also listing the thousands that
   *   mention an account;
   * - function terms (stop words, see analyzer.ts) are looked up in titles only and never select:
   *   they add to the score of articles already found whose titles are phrased like the query.
   */
  search(query: TermQuery): MatchedDocument[] {
    const fields = query.fields ?? [...searchFields];
    const labels = fields.filter(isLabelField);
    const rare: string[] = [];
    const common: string[] = [];
    const functional: string[] = [];
    for (const term of query.weights.keys()) {
      if (this.analyzer.isFunctionTerm(term)) functional.push(term);
      else (this.isCommon(term) ? common : rare).push(term);
    }
    if (labels.length === 0) common.length = 0;
    if (!labels.includes('title')) functional.length = 0;
    if (rare.length === 0 && common.length === 0) return [];

    const filter = query.filter;
    const found = this.index.search(rare.length > 0 ? { queries: [rare.join(' ')], fields } : { queries: [common.join(' ')], fields: labels }, {
      boostTerm: (term) => query.weights.get(term) ?? 1,
      ...(filter ? { filter: (result) => filter((this.articles.get(result.id as string) as IndexedArticle).doc) } : {}),
    });
    const adding = [
      ...(rare.length > 0 ? common.map((term) => ({ term, fields: labels })) : []),
      ...functional.map((term) => ({ term, fields: ['title' as const] })),
    ];
    return this.ranked(adding.length > 0 ? this.withLabelScores(found, adding, query.weights) : found, query.sources);
  }

  /**
   * Adds the scores of terms that only count in labels (common and function terms) to the best
   * `rescoreWindow` articles found, computed from the articles' own label terms rather than by
   * reading those terms' postings, which for "the" or "app" list most of the help centre. The
   * scores are MiniSearch's BM25 (label-scores.ts), so they add up as if the index had scored
   * them. Articles below the window keep their order below it: these terms only ever add.
   */
  private withLabelScores(
    found: MatchedDocument[],
    adding: { term: string; fields: readonly LabelField[] }[],
    weights: ReadonlyMap<string, number>,
  ): MatchedDocument[] {
    const scorers = adding.map(({ term, fields }) => ({
      term,
      weight: weights.get(term) ?? 1,
      fields: fields.map((field) => ({ field, boost: fieldBoosts[field], score: this.labelStatistics.scorer(field, term) })),
    }));
    const window = found.slice(0, rescoreWindow);
    for (const result of window) this.addLabelScores(result, scorers);
    window.sort((a, b) => b.score - a.score);
    return found.length > window.length ? [...window, ...found.slice(window.length)] : window;
  }

  /** Adds what the terms score in the article's labels to its score, and the terms it matched to its terms. */
  private addLabelScores(
    result: MatchedDocument,
    scorers: { term: string; weight: number; fields: { field: LabelField; boost: number; score: (terms: readonly string[], length: number) => number }[] }[],
  ): void {
    const article = this.articles.get(result.id as string) as IndexedArticle;
    const matchedBefore = result.queryTerms.length;
    let added = 0;
    for (const { term, weight, fields } of scorers) {
      let score = 0;
      for (const { field, boost, score: scoreIn } of fields) score += boost * scoreIn(article.fields[field], article.labelLengths[field]);
      if (score === 0) continue;
      added += weight * score;
      result.queryTerms.push(term);
      result.terms.push(term);
    }
    // MiniSearch's score is the raw sum times the number of query terms matched.
    if (added > 0) result.score = (result.score / matchedBefore + added) * result.queryTerms.length;
  }

  private ranked(results: MatchedDocument[], sources: ReadonlyMap<string, string> | undefined): MatchedDocument[] {
    return sources ? this.rankByTypedWords(results, sources) : results;
  }

  /**
   * MiniSearch multiplies a score by the number of query terms matched. With expansions, several
   * terms stand for one typed word, so count typed words instead: matching "account" and
   * "amount" for "acount" is still matching one word.
   */
  private rankByTypedWords(results: MatchedDocument[], sources: ReadonlyMap<string, string>): MatchedDocument[] {
    let changed = false;
    for (const result of results) {
      const terms = result.queryTerms;
      if (terms.length < 2) continue;
      // Distinct typed words among the matched terms (a handful: no set needed).
      let words = 0;
      for (let i = 0; i < terms.length; i += 1) {
        const source = sources.get(terms[i] as string);
        let seen = false;
        for (let j = 0; j < i && !seen; j += 1) seen = sources.get(terms[j] as string) === source;
        if (!seen) words += 1;
      }
      if (words !== terms.length) {
        result.score = (result.score / terms.length) * words;
        changed = true;
      }
    }
    // Already nearly in order: sorting again is close to linear.
    return changed ? results.sort((a, b) => b.score - a.score) : results;
  }

  /** The article without the body terms whose postings would never be read (see commonTerms). */
  private withoutCommonBodyTerms(article: IndexedArticle): IndexedArticle {
    if (this.vocabulary.articleCount < commonTerms.minArticles) return article;
    const content: string[] = [];
    const unindexed = new Set<string>();
    for (const term of article.fields.content) {
      if (this.vocabulary.share(term) > commonTerms.indexShare) unindexed.add(term);
      else content.push(term);
    }
    return unindexed.size === 0 ? article : { ...article, fields: { ...article.fields, content }, unindexed: [...unindexed] };
  }

  private prepare(doc: SearchDocument): IndexedArticle {
    const title = this.analyseLabel(doc.title, true);
    const tags = this.analyseLabel(doc.tags.join(tagSeparator));
    const excerpt = this.analyseLabel(doc.excerpt);
    return {
      doc,
      unindexed: [],
      fields: { title, tags, excerpt, content: this.analyzer.terms(doc.content) },
      labelLengths: { title: new Set(title).size, tags: new Set(tags).size, excerpt: new Set(excerpt).size },
    };
  }

  /**
   * Analyses a title, tag list or excerpt, remembering how its words are written for completions.
   * Titles keep their stop words as function terms (see analyzer.ts).
   */
  private analyseLabel(text: string, functionWords = false): string[] {
    const terms: string[] = [];
    this.analyzer.scan(
      text,
      (word, wordTerms, _start, compound) => {
        terms.push(...wordTerms);
        this.rememberForms(word, (compound ? wordTerms.slice(1) : wordTerms).filter((term) => !this.analyzer.isFunctionTerm(term)));
      },
      { functionWords },
    );
    return terms;
  }

  private rememberForms(word: string, own: readonly string[]): void {
    const written = word.toLowerCase();
    const parts = written.split(/[-‐‑]/);
    if (parts.length === 1) {
      if (own[0]) this.rememberForm(own[0], written);
      return;
    }
    // "two-step" completes as "two" and "step"; only a word that is one word hyphenated
    // ("wi-fi", "e-mail": a part too short to stand alone) completes as itself.
    for (const part of parts) {
      const [term] = part.length >= 3 ? this.analyzer.terms(part) : [];
      if (term) this.rememberForm(term, part);
    }
    const joined = own[own.length - 1];
    if (joined && parts.some((part) => part.length < 3)) this.rememberForm(joined, written);
  }

  private rememberForm(term: string, written: string): void {
    const forms = this.writtenForms.get(term);
    if (!forms) this.writtenForms.set(term, [written]);
    else if (forms.length < 4 && !forms.includes(written)) forms.push(written);
  }

  private count(article: IndexedArticle, delta: 1 | -1): void {
    this.vocabulary.count([...Object.values(article.fields), article.unindexed], delta);
    this.labelStatistics.count(article.fields, delta);
  }
}
