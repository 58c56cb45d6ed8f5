/** Locales as articles store them: `en`, `pt-BR` (shared/schemas/knowledge.ts). */
const localePattern = /^[a-z]{2}(-[A-Z]{2})?$/;
/** Slugs as articles and categories store them; anything else in a URL cannot name one. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isLocale = (value: string): boolean => localePattern.test(value);
export const isSlug = (value: string): boolean => value.length <= 120 && slugPattern.test(value);

export const defaultLocale = 'en';

interface Preference {
  tag: string;
  q: number;
  order: number;
}

function parseAcceptLanguage(header: string): Preference[] {
  return header
    .split(',')
    .slice(0, 30)
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((p) => p.tag && p.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
}

/**
 * The best of `available` for an Accept-Language header: an exact tag first (pt-BR), then the same
 * language (pt-PT asks, pt-BR is there; fr asks, fr-CA is there). Without a match, the default
 * locale when it is available, else the first one.
 */
export function negotiateLocale(header: string | undefined, available: readonly string[], fallback = defaultLocale): string {
  const byLower = new Map(available.map((locale) => [locale.toLowerCase(), locale]));
  for (const { tag } of parseAcceptLanguage(header ?? '')) {
    if (tag === '*') break;
    const exact = byLower.get(tag);
    if (exact) return exact;
    const language = tag.split('-')[0] ?? '';
    const sameLanguage = byLower.get(language) ?? available.find((locale) => locale.toLowerCase().split('-')[0] === language);
    if (sameLanguage) return sameLanguage;
  }
  if (available.includes(fallback) || available.length === 0) return fallback;
  return [...available].sort()[0] ?? fallback;
}

/** A locale's name in its own language ("Français", "Português (Brasil)"), for the language links. */
export function languageName(locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    return locale;
  }
}

/** "March 3, 2025" in the page's language, UTC so every visitor sees the same day. */
export function formatDate(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** Open Graph wants `pt_BR`. */
export const ogLocale = (locale: string): string => locale.replace('-', '_');
