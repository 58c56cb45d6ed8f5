import type { WidgetEndpoint } from '../../shared/api/widget.ts';
import type { Chat } from './chat/client.ts';
import { ChatView } from './chat/view.tsx';
import { ArticleView } from './views/article.tsx';
import { SearchView } from './views/search.tsx';

/** Where the panel is. */
export type Route =
  | { name: 'home' }
  | { name: 'search'; q: string }
  | { name: 'article'; locale: string; slug: string }
  | { name: 'chat' };

export const homeRoute: Route = { name: 'home' };
export const chatRoute: Route = { name: 'chat' };

/** What every view gets: where the server is, the visitor's language, the chat, and the way around. */
export interface Nav {
  at: WidgetEndpoint;
  /** The browser's locale; the server answers in the nearest one it has. */
  locale: string;
  /** Null when the widget offers help only. */
  chat: Chat | null;
  go(route: Route): void;
  back(): void;
}

export function RouteView({ route, nav }: { route: Route; nav: Nav }) {
  switch (route.name) {
    case 'home':
    case 'search':
      // One view for both, so the search box keeps its focus and text when results replace the home list.
      return <SearchView q={route.name === 'search' ? route.q : null} nav={nav} />;
    case 'article':
      return <ArticleView key={`${route.locale}/${route.slug}`} locale={route.locale} slug={route.slug} nav={nav} />;
    case 'chat':
      return nav.chat && <ChatView chat={nav.chat} baseUrl={nav.at.baseUrl} />;
  }
}
