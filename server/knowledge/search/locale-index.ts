import MiniSearch, { type Options, type SearchResult as MatchedDocument } from 'minisearch';
import type { Analyzer } from './analyzer.ts';
import { plainIndex } from './plain-index.ts';
import { commonTerms, fieldBoosts } from './tuning.ts';
import { searchFields, type SearchDocument, type SearchField } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

export type { MatchedDocument };

/** A document with each field analysed into terms, as given to MiniSearch. */
interface IndexedArticle {
  doc: SearchDocument;
  fields: Record<SearchField, readonly string[]>;
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

/**
 * Adds `extra` matches to `found` ones of the same articles, as MiniSearch's OR would have: raw
 * scores summed, then multiplied by the number of query terms matched (its "quality").
 */
function mergeMatches(found: MatchedDocument[], extra: MatchedDocument[]): MatchedDocument[] {
  if (extra.length === 0) return found;
  const byId = new Map(found.map((result) => [result.id as string, result]));
  for (const more of extra) {
    const result = byId.get(more.id as string);
    if (!result) continue;
    const raw = result.score / result.queryTerms.length + more.score / more.queryTerms.length;
    result.queryTerms = [...result.queryTerms, ...more.queryTerms.filter((term) => !result.queryTerms.includes(term))];
    result.terms = [...result.terms, ...more.terms.filter((term) => !result.terms.includes(term))];
    result.match = { ...result.match, ...more.match };
    result.score = raw * result.queryTerms.length;
  }
  return found.sort((a, b) => b.score - a.score);
}

/** Separates tags so that no phrasal-verb compound spans two of them. */
const tagSeparator = ' | ';
const labelFields: SearchField[] = ['title', 'tags', 'excerpt'];

/**
 * One locale's articles: the MiniSearch index (exact terms, BM25 with field boosts), the
 * documents (for snippets and filters), the vocabulary (for expanding typos and prefixes, and
 * for term rarity) and how title and tag words are written (to show completions as words).
 */
export class LocaleIndex {
  readonly analyzer: Analyzer;
  readonly vocabulary = new Vocabulary();
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly writtenForms = new Map<string, string[]>();
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
   * Articles matching any of the terms, best first. Common terms (see commonTerms) are looked up
   * in labels only, and when the query also has rarer terms, they only add to the score of the
   * articles those rarer terms found (as Lucene's CommonTermsQuery does): "reset my account
   * password" ranks the articles about resetting passwords, by how much they are about accounts,
   * instead of also listing the thousands that mention an account.
   */
  search(query: TermQuery): MatchedDocument[] {
    const fields = query.fields ?? [...searchFields];
    const labels = fields.filter((field) => labelFields.includes(field));
    const rare: string[] = [];
    const common: string[] = [];
    for (const term of query.weights.keys()) (this.isCommon(term) ? common : rare).push(term);
    if (labels.length === 0) common.length = 0;
    if (rare.length === 0 && common.length === 0) return [];

    const filter = query.filter;
    const options = {
      boostTerm: (term: string) => query.weights.get(term) ?? 1,
      ...(filter ? { filter: (result: MatchedDocument) => filter((this.articles.get(result.id as string) as IndexedArticle).doc) } : {}),
    };
    const commonQuery = { queries: [common.join(' ')], fields: labels };
    if (rare.length === 0) return this.ranked(this.index.search(commonQuery, options), query.sources);
    const found = this.index.search({ queries: [rare.join(' ')], fields }, options);
    if (common.length === 0 || found.length === 0) return this.ranked(found, query.sources);
    // Score the common terms for the articles found, and only those: returning 0 from
    // boostDocument leaves the others out before MiniSearch builds anything for them.
    const byId = new Map(found.map((result) => [result.id as string, result]));
    const scored = this.index.search(commonQuery, { ...options, boostDocument: (id: string) => (byId.has(id) ? 1 : 0) });
    return this.ranked(mergeMatches(found, scored), query.sources);
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
    return {
      doc,
      unindexed: [],
      fields: {
        title: this.analyseLabel(doc.title),
        tags: this.analyseLabel(doc.tags.join(tagSeparator)),
        excerpt: this.analyseLabel(doc.excerpt),
        content: this.analyzer.terms(doc.content),
      },
    };
  }

  /** Analyses a title, tag list or excerpt, remembering how its words are written for completions. */
  private analyseLabel(text: string): string[] {
    const terms: string[] = [];
    this.analyzer.scan(text, (word, wordTerms, _start, compound) => {
      terms.push(...wordTerms);
      const written = word.toLowerCase();
      const parts = written.split(/[-‐‑]/);
      const own = compound ? wordTerms.slice(1) : wordTerms;
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
    });
    return terms;
  }

  private rememberForm(term: string, written: string): void {
    const forms = this.writtenForms.get(term);
    if (!forms) this.writtenForms.set(term, [written]);
    else if (forms.length < 4 && !forms.includes(written)) forms.push(written);
  }

  private count(article: IndexedArticle, delta: 1 | -1): void {
    this.vocabulary.count([...Object.values(article.fields), article.unindexed], delta);
  }
}
