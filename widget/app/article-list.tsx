import type { Nav } from './router.tsx';

interface Listed {
  id: string;
  locale: string;
  slug: string;
  title: string;
  /** Escaped HTML from the server with the matched words in <mark>: search results only. */
  snippet?: string;
}

/** Articles to open: popular, related or found. Buttons, not links: they navigate inside the panel. */
export function ArticleList({ items, nav, label }: { items: Listed[]; nav: Nav; label: string }) {
  return (
    <ul class="links" aria-label={label}>
      {items.map(({ id, locale, slug, title, snippet }) => (
        <li key={id}>
          {/* Named by its title; the snippet is read after it, as the description. */}
          <button type="button" class="link" aria-describedby={snippet ? `lantern-snippet-${id}` : undefined} onClick={() => nav.go({ name: 'article', locale, slug })}>
            <span class="link-title">{title}</span>
            {/* The one place server HTML is inserted as is: the search engine escapes the text and adds only <mark>. */}
            {snippet && <span id={`lantern-snippet-${id}`} class="snippet" aria-hidden="true" dangerouslySetInnerHTML={{ __html: snippet }} />}
          </button>
        </li>
      ))}
    </ul>
  );
}
