import { useState } from 'preact/hooks';
import type { Article } from '../../../../shared/schemas/knowledge.ts';
import { Badge } from '../../../components/badge.tsx';
import { ButtonLink } from '../../../components/button.tsx';
import { Link } from '../../../components/link.tsx';
import { localeName, localeOptions } from '../../../lib/locales.ts';
import { paths } from '../../../lib/paths.ts';

/**
 * The same article in other languages, and "Translate": pick a language and an editor opens with
 * this article's text to translate; saving it creates the translation.
 */
export function Translations({ article }: { article: Article }) {
  const options = localeOptions([article.locale, ...article.translations.map((translation) => translation.locale)]);
  const [locale, setLocale] = useState(options[0]?.[0] ?? '');
  return (
    <section class="card card--padded translations" aria-labelledby="translations-title">
      <h2 class="section-title" id="translations-title">
        Translations
      </h2>
      {article.translations.length === 0 ? (
        <p class="muted">Only in {localeName(article.locale)} so far.</p>
      ) : (
        <ul class="translations__list">
          {article.translations.map((translation) => (
            <li key={translation.id}>
              <span class="translations__locale">{localeName(translation.locale)}</span>
              <Link href={paths.article(translation.id)} lang={translation.locale}>
                {translation.title}
              </Link>
              {translation.live ? <Badge tone="green">Live</Badge> : <Badge>Not live</Badge>}
            </li>
          ))}
        </ul>
      )}
      {options.length > 0 && article.status !== 'archived' && (
        <div class="inline-input translations__new">
          <label class="visually-hidden" for="translate-locale">
            Translate into
          </label>
          <select id="translate-locale" class="select select--sm" value={locale} onChange={(event) => setLocale(event.currentTarget.value)}>
            {options.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          <ButtonLink size="sm" href={paths.newArticle({ translateFrom: article.id, locale })}>
            Translate
          </ButtonLink>
        </div>
      )}
    </section>
  );
}
