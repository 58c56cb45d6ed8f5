import { useEffect, useId, useState } from 'preact/hooks';
import type { SearchHit } from '../../../shared/schemas/knowledge.ts';
import { Button } from '../../components/button.tsx';
import { Icon } from '../../components/icon.tsx';
import { Link } from '../../components/link.tsx';
import { ResourceView } from '../../components/resource-view.tsx';
import { EmptyState } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { paths } from '../../lib/paths.ts';
import { navigate } from '../../lib/router.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useResource } from '../../lib/use-resource.ts';

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity] ?? entity);

/**
 * The server's snippet is escaped HTML with the matched words in <mark>. It is drawn as text and
 * <mark> elements, never as HTML, so nothing in an article can reach the page as markup.
 */
export function Snippet({ html }: { html: string }) {
  const parts = html.split(/<mark>|<\/mark>/);
  return (
    <p class="search-hit__snippet">
      {parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{decode(part)}</mark> : decode(part)))}
    </p>
  );
}

type Option = { kind: 'query'; text: string } | { kind: 'article'; id: string; title: string };

/**
 * The knowledge base's search box: suggestions as you type (completions and matching titles), in
 * the ARIA combobox pattern: arrows move through them, Enter picks one or searches what was typed,
 * Escape closes the list.
 */
export function KnowledgeSearchBox({ initial, locale, onSearch }: { initial: string; locale: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  // Back, forward or "Clear search" change the URL's search: the box follows.
  useEffect(() => setText(initial), [initial]);
  const q = useDebounced(text.trim(), 200);
  const wanted = open && q.length >= 2;
  const suggestions = useResource(() => (wanted ? api.knowledge.suggest(q, locale) : Promise.resolve(null)), `${wanted}:${locale}:${q}`);
  const data = wanted ? suggestions.data : null;
  const options: Option[] = data
    ? [
        ...data.queries.filter((query) => query !== q).map((query): Option => ({ kind: 'query', text: query })),
        ...data.articles.map((article): Option => ({ kind: 'article', id: article.id, title: article.title })),
      ]
    : [];
  const expanded = open && options.length > 0;

  function search(value: string) {
    setText(value);
    setOpen(false);
    setActive(-1);
    onSearch(value.trim());
  }

  function choose(option: Option) {
    if (option.kind === 'article') navigate(paths.article(option.id));
    else search(option.text);
  }

  function onKeyDown(event: KeyboardEvent) {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        setOpen(true);
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const next = active + step;
        setActive(next < 0 ? options.length - 1 : next >= options.length ? 0 : next);
        break;
      }
      case 'Enter': {
        event.preventDefault();
        const option = expanded && active >= 0 ? options[active] : undefined;
        if (option) choose(option);
        else search(text);
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          search('');
        }
        break;
      default:
        break;
    }
  }

  const optionId = (index: number) => `${listId}-${index}`;
  return (
    <div class="kb-search" role="search" aria-label="Search the knowledge base">
      <label class="search-box">
        <Icon name="search" size={18} />
        <span class="visually-hidden">Search articles</span>
        <input
          class="input search-box__input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && active < options.length ? optionId(active) : undefined}
          autoComplete="off"
          placeholder="Search articles, then press Enter"
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </label>
      <ul id={listId} role="listbox" aria-label="Suggestions" class="kb-search__list" hidden={!expanded}>
        {options.map((option, index) => (
          <li
            key={option.kind === 'article' ? option.id : `q:${option.text}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active ? 'true' : 'false'}
            class={`kb-search__option${index === active ? ' is-active' : ''}`}
            // Keep focus in the box: a click must not blur it before it counts.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            <Icon name={option.kind === 'article' ? 'book' : 'search'} size={16} />
            {option.kind === 'article' ? (
              <span>
                <span class="visually-hidden">Open article: </span>
                {option.title}
              </span>
            ) : (
              <span>
                <span class="visually-hidden">Search for: </span>
                {option.text}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li class="search-hit">
      <Link href={paths.article(hit.id)} class="search-hit__title">
        {hit.title}
      </Link>
      {hit.snippet ? <Snippet html={hit.snippet} /> : <p class="search-hit__snippet">{hit.excerpt}</p>}
      <p class="search-hit__path">/help/{hit.locale}/articles/{hit.slug}</p>
    </li>
  );
}

/** What customers would find for a search: published articles, best first, the matched words marked. */
export function KnowledgeSearchResults({ q, locale, onClear }: { q: string; locale: string; onClear: () => void }) {
  const results = useResource(() => api.knowledge.search({ q, locale, limit: 20 }), `${locale}:${q}`);
  return (
    <section class="card" aria-labelledby="search-results-title">
      <div class="card__header">
        <h2 class="section-title" id="search-results-title">
          {results.data ? `${results.data.total} published ${results.data.total === 1 ? 'article matches' : 'articles match'} “${q}”` : `Searching for “${q}”…`}
        </h2>
        <Button size="sm" variant="ghost" onClick={onClear}>
          Clear search
        </Button>
      </div>
      <ResourceView resource={results} loadingLabel="Searching…">
        {(result) =>
          result.items.length === 0 ? (
            <EmptyState title="Customers would find nothing for this">
              Only published articles are searched. Drafts with this title are listed below.
            </EmptyState>
          ) : (
            <ol class="search-hits" aria-label="Search results">
              {result.items.map((hit) => (
                <SearchHitItem key={hit.id} hit={hit} />
              ))}
            </ol>
          )
        }
      </ResourceView>
    </section>
  );
}
