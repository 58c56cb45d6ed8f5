import { fetchPopularArticles, searchKnowledge } from '../../../shared/api/widget.ts';
import type { Chat } from '../chat/client.ts';
import { ArticleList } from '../article-list.tsx';
import { chatRoute, type Nav } from '../router.tsx';
import { SearchBox } from '../search-box.tsx';
import { useLoad } from '../use-load.ts';

/**
 * Home and search results in one view: the search box on top, then either the popular articles
 * (home, `q` null) or what the search found.
 */
export function SearchView({ q, nav }: { q: string | null; nav: Nav }) {
  return (
    <div class="stack">
      <SearchBox initial={q ?? ''} nav={nav} />
      {q === null ? (
        <>
          {nav.chat && <ChatEntry chat={nav.chat} nav={nav} />}
          <Popular nav={nav} />
        </>
      ) : (
        <Results q={q} nav={nav} />
      )}
    </div>
  );
}

function Popular({ nav }: { nav: Nav }) {
  const popular = useLoad((signal) => fetchPopularArticles(nav.at, nav.locale, signal), '');
  const items = popular && 'value' in popular ? popular.value.items : [];
  return (
    items.length > 0 && (
      <section class="stack">
        <h3 class="section">Popular articles</h3>
        <ArticleList items={items} nav={nav} label="Popular articles" />
      </section>
    )
  );
}

/** The way into the chat from home, with what the agent wrote since the visitor last looked. */
function ChatEntry({ chat, nav }: { chat: Chat; nav: Nav }) {
  const { phase, unread } = chat.state;
  return (
    <button type="button" class="primary" onClick={() => nav.go(chatRoute)}>
      {phase === 'live' ? 'Continue the chat' : 'Chat with us'}
      {unread > 0 && <span class="count"> · {unread} new</span>}
    </button>
  );
}

function Results({ q, nav }: { q: string; nav: Nav }) {
  const result = useLoad((signal) => searchKnowledge(nav.at, q, nav.locale, signal), q);
  const found = result && 'value' in result ? result.value : null;
  return (
    <section class="stack">
      {/* A live region present from the start, so screen readers announce the count when it arrives. */}
      <p class="notice" role="status">
        {!result
          ? 'Searching…'
          : !found
            ? 'Search is not available right now. Please try again in a moment.'
            : found.total === 0
              ? `No articles match “${q}”. Try fewer or other words.`
              : `${found.total} ${found.total === 1 ? 'article' : 'articles'} for “${q}”`}
      </p>
      {found && found.items.length > 0 && <ArticleList items={found.items} nav={nav} label="Search results" />}
    </section>
  );
}
