import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../../shared/schemas/knowledge.ts';
import { Icon } from '../../components/icon.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { api } from '../../lib/api.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { ChatOption } from './chat-option.tsx';
import { helpArticleUrl } from './format.ts';

/**
 * "Insert article": searches the knowledge base (published articles, as the help centre shows
 * them) and hands back a line with the article's title and public address for the composer.
 * Arrow keys move through the results, Enter inserts, Escape closes.
 */
export function ArticlePicker({ onPick, onClose }: { onPick: (text: string) => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [state, setState] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });
  const settled = useDebounced(query.trim(), 250);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    if (!settled) {
      setHits([]);
      return;
    }
    let current = true;
    setState({ loading: true, error: null });
    api.knowledge.search({ q: settled, limit: 8 }).then(
      (result) => {
        if (!current) return;
        setHits(result.items);
        setActive(0);
        setState({ loading: false, error: null });
      },
      (failure: unknown) => {
        if (current) setState({ loading: false, error: errorMessage(failure) });
      },
    );
    return () => {
      current = false;
    };
  }, [settled]);

  const pick = (hit: SearchHit) => onPick(`${hit.title}: ${helpArticleUrl(hit.locale, hit.slug)}`);

  return (
    <div class="chat-popover" role="dialog" aria-label="Insert an article">
      <label class="search-box">
        <Icon name="search" size={18} />
        <span class="visually-hidden">Search the knowledge base</span>
        <input
          ref={input}
          class="input search-box__input"
          type="search"
          placeholder="Search articles…"
          value={query}
          role="combobox"
          aria-expanded={hits.length > 0 ? 'true' : 'false'}
          aria-controls="article-picker-list"
          aria-activedescendant={hits[active] ? `article-option-${hits[active].id}` : undefined}
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              onClose();
            } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              if (hits.length > 0) setActive((active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length);
            } else if (event.key === 'Enter') {
              event.preventDefault();
              const hit = hits[active];
              if (hit) pick(hit);
            }
          }}
        />
      </label>
      {state.error && (
        <p class="chat-popover__note" role="alert">
          {state.error}
        </p>
      )}
      {settled && !state.loading && !state.error && hits.length === 0 && <p class="chat-popover__note">No published article matches.</p>}
      <ul class="chat-options" id="article-picker-list" role="listbox" aria-label="Articles">
        {hits.map((hit, index) => (
          <ChatOption key={hit.id} id={`article-option-${hit.id}`} active={index === active} onPick={() => pick(hit)} title={hit.title} detail={hit.excerpt} />
        ))}
      </ul>
    </div>
  );
}
