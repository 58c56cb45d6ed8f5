import { HomeView } from './views/home.tsx';

/**
 * Where the panel is. Only the home view exists today; the knowledge base (search, article) and
 * live chat add their routes to this union and their views to the switch below.
 */
export type Route = { name: 'home' };

export const homeRoute: Route = { name: 'home' };

export function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomeView />;
  }
}
