import { englishCanonicalTerms, englishParticles, englishPhrasalVerbs, englishStopWords, stemEnglish } from './english.ts';
import { fold } from './fold.ts';
import { splitWord, wordBounds } from './words.ts';

/** What a language contributes to analysis. Languages without rules still get folding and word splitting. */
export interface LanguageRules {
  stopWords: ReadonlySet<string>;
  stem: (term: string) => string;
  particles: ReadonlySet<string>;
  /** Stems of the verbs that join with a particle. */
  phrasalVerbs: ReadonlySet<string>;
  canonical: ReadonlyMap<string, string>;
}

export interface AnalysisOptions {
  stopWords: boolean;
  stemming: boolean;
  compounds: boolean;
  synonyms: boolean;
}

const english: LanguageRules = {
  stopWords: englishStopWords,
  stem: stemEnglish,
  particles: englishParticles,
  phrasalVerbs: englishPhrasalVerbs,
  canonical: englishCanonicalTerms,
};
const neutral: LanguageRules = { stopWords: new Set(), stem: (term) => term, particles: new Set(), phrasalVerbs: new Set(), canonical: new Map() };

/** A word of a text that matched, and the term it matched as. */
export interface WordMatch {
  start: number;
  end: number;
  term: string;
}

interface AnalysedWord {
  written: string;
  terms: readonly string[];
  /** Set when the word is a stop word: the term it is kept as in titles. */
  functionTerm: string | undefined;
  /** Set when the word is a particle that can complete a phrasal verb ("in" of "log in"). */
  particle: string | undefined;
}

/**
 * Marks a stop word kept as a term ("_my"). Stop words say nothing about a topic, but titles are
 * phrased like customers' questions ("My order is late" for "where is my order"), so titles keep
 * them, and a query's stop words add a little to articles its other words found. The mark keeps
 * them apart from topic terms: no typo, prefix or completion ever reaches one.
 */
const functionTermMark = '_';

/** Shorter terms are noise ("e" of "e-mail"); longer ones are hashes, URLs or keyboard mashing. */
const minTermLength = 2;
export const maxTermLength = 40;
const maxCachedWords = 200_000;

/**
 * Turns text into search terms, identically for articles and queries: fold (lower-case, no
 * accents), split into words, resolve apostrophes and hyphens, set stop words aside (dropped, or
 * kept as function terms for titles), stem, spell "log in" and "sign in" alike, and join phrasal
 * verbs ("log in" → "login") so customers who type the noun find articles that use the verb.
 */
export class Analyzer {
  private readonly rules: LanguageRules;
  private readonly cache = new Map<number, AnalysedWord>();

  constructor(rules: LanguageRules, options: AnalysisOptions = { stopWords: true, stemming: true, compounds: true, synonyms: true }) {
    this.rules = {
      stopWords: options.stopWords ? rules.stopWords : neutral.stopWords,
      stem: options.stemming ? rules.stem : neutral.stem,
      particles: options.compounds ? rules.particles : neutral.particles,
      phrasalVerbs: rules.phrasalVerbs,
      canonical: options.synonyms ? rules.canonical : neutral.canonical,
    };
  }

  /**
   * Every term of a text in order, repeats kept: repeats are term frequency. With
   * `functionWords`, stop words are kept too, as function terms (see functionTerm).
   */
  terms(text: string, { functionWords = false }: { functionWords?: boolean } = {}): string[] {
    const terms: string[] = [];
    const bounds = wordBounds(text);
    let previousStem: string | undefined;
    let previousEnd = -1;
    for (let i = 0; i < bounds.length; i += 2) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      const word = this.wordAt(text, start, end);
      if (previousStem !== undefined && word.particle !== undefined && onlySpacesBetween(text, previousEnd, start)) {
        terms.push(this.canonical(previousStem + word.particle));
      }
      const own = word.terms;
      for (let j = 0; j < own.length; j += 1) terms.push(own[j] as string);
      if (functionWords && word.functionTerm !== undefined) terms.push(word.functionTerm);
      previousStem = this.verb(own);
      previousEnd = end;
    }
    return terms;
  }

  /**
   * Visits each word of a text (as written, with its position) with the terms it stands for,
   * including a phrasal-verb compound on the particle that completes it (then `compound` is true
   * and it is the first term). Snippets use the positions; completions use the written forms.
   * Same analysis as terms(), which is kept separate because it runs on millions of words.
   */
  scan(
    text: string,
    visit: (word: string, terms: readonly string[], start: number, compound: boolean) => void,
    { functionWords = false }: { functionWords?: boolean } = {},
  ): void {
    const bounds = wordBounds(text);
    let previousStem: string | undefined;
    let previousEnd = -1;
    for (let i = 0; i < bounds.length; i += 2) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      const written = text.slice(start, end);
      const word = this.wordAt(text, start, end);
      const own = functionWords && word.functionTerm !== undefined ? [...word.terms, word.functionTerm] : word.terms;
      if (previousStem !== undefined && word.particle !== undefined && onlySpacesBetween(text, previousEnd, start)) {
        visit(written, [this.canonical(previousStem + word.particle), ...own], start, true);
      } else {
        visit(written, own, start, false);
      }
      previousStem = this.verb(word.terms);
      previousEnd = end;
    }
  }

  /**
   * Where the words of `text` that stand for one of the `matched` terms are, for snippets: the
   * same analysis as terms(), without allocating anything for the words that don't match. A
   * phrasal-verb compound marks both of its words.
   */
  matchedWords(text: string, matched: ReadonlySet<string>): WordMatch[] {
    const spans: WordMatch[] = [];
    const bounds = wordBounds(text);
    let previousStem: string | undefined;
    let previousStart = -1;
    let previousEnd = -1;
    for (let i = 0; i < bounds.length; i += 2) {
      const start = bounds[i] as number;
      const end = bounds[i + 1] as number;
      const word = this.wordAt(text, start, end);
      let term: string | undefined;
      if (previousStem !== undefined && word.particle !== undefined && onlySpacesBetween(text, previousEnd, start)) {
        const compound = this.canonical(previousStem + word.particle);
        if (matched.has(compound)) {
          term = compound;
          if (spans[spans.length - 1]?.start !== previousStart) spans.push({ start: previousStart, end: previousEnd, term });
        }
      }
      term ??= word.terms.find((candidate) => matched.has(candidate));
      if (term !== undefined) spans.push({ start, end, term });
      previousStem = this.verb(word.terms);
      previousStart = start;
      previousEnd = end;
    }
    return spans;
  }

  /**
   * The word at text[start, end), analysed once and remembered: a help centre's vocabulary is a
   * few thousand words used millions of times. Remembered by a hash of its characters, and
   * checked against the text in place, so that known words cost no string allocation.
   */
  private wordAt(text: string, start: number, end: number): AnalysedWord {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const known = this.cache.get(hash);
    if (known && known.written.length === end - start && text.startsWith(known.written, start)) return known;
    const written = text.slice(start, end);
    const analysed = this.analyse(written);
    // Bounded: text full of one-off tokens (serial numbers, hashes) must not grow memory forever.
    if (this.cache.size >= maxCachedWords) this.cache.clear();
    // On the rare hash collision the newer word takes the slot; the other is analysed again next time.
    this.cache.set(hash, analysed);
    return analysed;
  }

  private analyse(written: string): AnalysedWord {
    const folded = fold(written);
    const terms: string[] = [];
    let functionTerm: string | undefined;
    for (const raw of splitWord(folded)) {
      if (raw.length > maxTermLength) continue;
      if (this.rules.stopWords.has(raw)) functionTerm = `${functionTermMark}${raw}`;
      else if (raw.length >= minTermLength) terms.push(this.canonical(this.rules.stem(raw)));
    }
    return { written, terms, functionTerm, particle: this.rules.particles.has(folded) ? folded : undefined };
  }

  /** Whether a term is a function term: a stop word kept for titles (see functionTermMark). */
  isFunctionTerm(term: string): boolean {
    return term.startsWith(functionTermMark);
  }

  /** The word's stem if it is a phrasal verb (a particle after it makes a compound). */
  private verb(terms: readonly string[]): string | undefined {
    const stem = terms[terms.length - 1];
    return stem !== undefined && this.rules.phrasalVerbs.has(stem) ? stem : undefined;
  }

  private canonical(term: string): string {
    return this.rules.canonical.get(term) ?? term;
  }

  /**
   * A word still being typed, as a prefix to complete: folded but neither stemmed nor dropped
   * (a stem of a half word is meaningless, and "wh" may become "white").
   */
  fragment(word: string): string {
    return fold(word).replace(/[^\p{L}\p{N}]/gu, '');
  }
}

/** True when only spaces separate two words: "log in" is a phrase, "log. In" and "log\nIn" are not. */
function onlySpacesBetween(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i += 1) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

export type AnalyzerFactory = (locale: string) => Analyzer;

/** English rules for en, en-GB, en-US…; every other locale is folded and split but not stemmed. */
export function analyzerFactory(options?: AnalysisOptions): AnalyzerFactory {
  const englishAnalyzer = new Analyzer(english, options);
  const neutralAnalyzer = new Analyzer(neutral, options);
  return (locale) => (locale.toLowerCase().split('-')[0] === 'en' ? englishAnalyzer : neutralAnalyzer);
}
