import { describe, expect, it } from 'vitest';
import { analyzerFactory } from './analyzer.ts';
import { fold } from './fold.ts';
import { words } from './words.ts';

const english = analyzerFactory()('en-GB');
const french = analyzerFactory()('fr');
const same = (a: string, b: string) => expect(english.terms(a)).toEqual(english.terms(b));

describe('folding', () => {
  it('lower-cases and strips accents, ligatures and letters without decomposition', () => {
    expect(fold('Café CRÈME')).toBe('cafe creme');
    expect(fold('Straße Øresund ﬁle')).toBe('strasse oresund file');
    expect(fold('plain ascii')).toBe('plain ascii');
  });
});

describe('words', () => {
  it('splits on anything but letters and digits, keeping apostrophes and hyphens inside words', () => {
    expect(words("Don't re-order <b>now</b>, 2fa!").map((w) => w.word)).toEqual(["Don't", 're-order', 'b', 'now', 'b', '2fa']);
  });

  it('reports where each word starts, also after non-ASCII text', () => {
    const text = 'Prix: 10 € — facturé';
    for (const { word, start } of words(text)) expect(text.slice(start, start + word.length)).toBe(word);
    expect(words(text).map((w) => w.word)).toEqual(['Prix', '10', 'facturé']);
  });
});

describe('English analysis', () => {
  it('drops stop words, small talk and contractions', () => {
    expect(english.terms("Hi, how do I? Thanks! Don't, can't, I'm")).toEqual([]);
  });

  it('treats possessives and plurals like the base word', () => {
    same("customer's orders", 'customer order');
    same('policies addresses boxes', 'policy address box');
  });

  it('meets -ed, -ing and a final -e with the base form', () => {
    same('charged charging charges', 'charge charge charge');
    same('shipped shipping', 'ship ship');
  });

  it('keeps hyphenated words as parts and joined', () => {
    expect(english.terms('Wi-Fi')).toEqual(expect.arrayContaining(['wifi']));
    expect(english.terms('e-mail')).toContain(english.terms('email')[0]);
    expect(english.terms('two-step')).toEqual(expect.arrayContaining(['two', 'step']));
  });

  it('joins phrasal verbs and spells "log in" and "sign in" the same', () => {
    const signIn = english.terms('signin')[0];
    for (const phrase of ['log in', 'login', 'Log-in', 'sign in', 'signed in', 'logged in']) expect(english.terms(phrase)).toContain(signIn);
    expect(english.terms('log out')).toEqual(expect.arrayContaining(english.terms('sign out').slice(-1)));
    expect(english.terms('set up')).toContain(english.terms('setup')[0]);
    // Not across sentences or lines.
    expect(english.terms('the log. In the app')).not.toContain(signIn);
  });

  it('does not stem numbers and codes', () => {
    expect(english.terms('2fa ipv6 error 404')).toEqual(['2fa', 'ipv6', 'error', '404']);
  });
});

describe('other languages', () => {
  it('fold and split without English stop words or stemming', () => {
    expect(french.terms('Télécharger les factures')).toEqual(['telecharger', 'les', 'factures']);
  });

  it("drop French elisions (l', d', qu')", () => {
    expect(french.terms("l'adresse d'accès")).toEqual(['adresse', 'acces']);
  });
});
