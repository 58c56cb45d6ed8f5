/**
 * Languages an article can be written in. The API takes any `xx` or `xx-YY` code; these are the
 * ones offered in pickers, named in English ("German", "Portuguese (Brazil)").
 */
export const articleLocales = [
  'en', 'ar', 'cs', 'da', 'de', 'el', 'es', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko',
  'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'vi', 'zh-CN', 'zh-TW',
] as const;

const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

export function localeName(code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `[code, name]` pairs for a select, sorted by name; codes already in use can be left out. */
export function localeOptions(except: readonly string[] = []): Array<[code: string, name: string]> {
  return articleLocales
    .filter((code) => !except.includes(code))
    .map((code): [string, string] => [code, localeName(code)])
    .sort((a, b) => a[1].localeCompare(b[1]));
}
