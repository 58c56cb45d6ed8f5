import { base, settingsTabs, type SettingsTab } from './paths.ts';

/** Every page the console knows, parsed from the path. */
export type Route =
  | { name: 'login' }
  | { name: 'setup' }
  | { name: 'invite' }
  | { name: 'home' }
  | { name: 'inbox' }
  | { name: 'chat'; id: string }
  | { name: 'chat-history' }
  | { name: 'tickets' }
  | { name: 'new-ticket' }
  | { name: 'ticket'; id: string }
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'knowledge' }
  | { name: 'knowledge-categories' }
  | { name: 'new-article' }
  | { name: 'article'; id: string }
  | { name: 'article-history'; id: string }
  | { name: 'analytics' }
  | { name: 'settings'; tab: SettingsTab }
  | { name: 'profile' }
  | { name: 'not-found' };

/** Pages a signed-out visitor may see. */
export const publicRoutes: ReadonlySet<Route['name']> = new Set(['login', 'setup', 'invite']);

/** /knowledge, /knowledge/categories, /knowledge/articles/new, /knowledge/articles/:id[/history]. */
function knowledgeRoute(parts: string[]): Route {
  const [section, id, tail, ...more] = parts;
  if (section === undefined) return { name: 'knowledge' };
  if (section === 'categories' && id === undefined) return { name: 'knowledge-categories' };
  if (section !== 'articles' || id === undefined || more.length > 0) return { name: 'not-found' };
  if (tail === undefined) return id === 'new' ? { name: 'new-article' } : { name: 'article', id };
  return tail === 'history' && id !== 'new' ? { name: 'article-history', id } : { name: 'not-found' };
}

const isSettingsTab = (value: string): value is SettingsTab => (settingsTabs as readonly string[]).includes(value);

export function matchRoute(pathname: string): Route {
  if (!pathname.startsWith(`${base}/`) && pathname !== base) return { name: 'not-found' };
  const parts = pathname
    .slice(base.length)
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  const [first, second, ...rest] = parts;
  if (first === 'knowledge') return knowledgeRoute(parts.slice(1));
  if (rest.length > 0) return { name: 'not-found' };
  switch (first) {
    case undefined:
      return { name: 'home' };
    case 'login':
    case 'setup':
    case 'invite':
    case 'analytics':
    case 'profile':
      return second === undefined ? { name: first } : { name: 'not-found' };
    case 'inbox':
      if (second === undefined) return { name: 'inbox' };
      return second === 'history' ? { name: 'chat-history' } : { name: 'chat', id: second };
    case 'tickets':
      if (second === undefined) return { name: 'tickets' };
      return second === 'new' ? { name: 'new-ticket' } : { name: 'ticket', id: second };
    case 'customers':
      return second === undefined ? { name: 'customers' } : { name: 'customer', id: second };
    case 'settings':
      if (second === undefined) return { name: 'settings', tab: 'sites' };
      return isSettingsTab(second) ? { name: 'settings', tab: second } : { name: 'not-found' };
    default:
      return { name: 'not-found' };
  }
}
