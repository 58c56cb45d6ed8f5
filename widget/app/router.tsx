import type { WidgetEndpoint } from '../../shared/api/widget.ts';
import { ArticleView } from './views/article.tsx';
import { SearchView } from './views/search.tsx';

/** Where the panel is. Live chat adds its routes to this union and its views to the switch below. */
export type Route =
  | { name: 'home' }
  | { name: 'search'; q: string }
  | { name: 'article'; locale: string; slug: string };

export const homeRoute: Route = { name: 'home' };

/** What every view gets: where the server is, the visitor's language, and the way around. */
export interface Nav {
  at: WidgetEndpoint;
  /** The browser's locale; the server answers in the nearest one it has. */
  locale: string;
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
  }
}
