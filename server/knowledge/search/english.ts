/**
 * English function words: they carry no topic, occur in every article, and in a question like
 * "how do I change my email" would otherwise out-vote the two words that matter. Includes
 * contractions as the tokenizer leaves them ("don't" → "dont") and the small talk of tickets
 * ("hi", "thanks", "please"). Particles (in, on, up, out, off) are here too; phrasal verbs keep
 * their meaning through the compounds below ("log in" → "login").
 */
export const englishStopWords: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each even every few for from further had has have having he her here hers herself him
  himself his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours
  ourselves out over own same she should so some such than that the their theirs them themselves then there these they this
  those through to too under until up very was we were what when where which while who whom why will with would you your yours
  yourself yourselves im ive youre youve youll youd hes shes theyre theyve weve cant cannot dont doesnt didnt isnt arent
  wasnt werent wont wouldnt shouldnt couldnt hasnt havent hadnt lets thats whats theres heres hi hello hey dear thanks thank
  please regards cheers ok okay yes yet already really still may might must shall us etc much many appreciate appreciated`.split(/\s+/),
);

/** Second halves of phrasal verbs that, joined to the verb, spell the noun customers type: login, setup, checkout. */
export const englishParticles: ReadonlySet<string> = new Set(['in', 'on', 'up', 'out', 'off']);

/**
 * Verbs (as stems) whose phrasal forms are also written as one word: log in/login, set up/setup,
 * check out/checkout, back up/backup, sign up/signup, turn off/turnoff… Only these join with a
 * particle; joining any word ("the address on the box") would only invent terms.
 */
export const englishPhrasalVerbs: ReadonlySet<string> = new Set(
  'log sign set check back pick plug opt add drop top turn lock start clean follow cut break work print roll switch pair hook'.split(' '),
);

const vowel = /[aeiouy]/;
const doubledConsonant = /([^aeiouylsz])\1$/;

/**
 * A deliberately light stemmer: plurals, -ed and -ing, and a final -e, so that "orders", "ordered"
 * and "ordering" meet, and "charge", "charges", "charged" and "charging" too. Heavier stemmers
 * (Porter) conflate words customers keep apart ("general"/"generate") and buy little on top of
 * prefix and fuzzy matching. Stems are only ever compared with stems, never shown.
 */
export function stemEnglish(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  let stem = term;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  const suffix = /^(.{3,}?)(?:ing|ed)$/.exec(stem);
  if (suffix?.[1] && vowel.test(suffix[1])) {
    stem = suffix[1];
    if (doubledConsonant.test(stem)) stem = stem.slice(0, -1);
  }
  // Not when three letters would remain: "came" would become the product "cam", "note" the word "not".
  if (stem.endsWith('e') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

/**
 * One spelling for words that mean the same action in every product: "log in", "login", "log-in",
 * "sign in" and "signin" all become "signin" (after compounding), on both the article and the
 * query side, so customers' and authors' habits meet.
 */
export const englishCanonicalTerms: ReadonlyMap<string, string> = new Map([
  ['login', 'signin'],
  ['logon', 'signin'],
  ['signon', 'signin'],
  ['logout', 'signout'],
  ['logoff', 'signout'],
]);
