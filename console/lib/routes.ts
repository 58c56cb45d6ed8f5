import { base, settingsTabs, type SettingsTab } from './paths.ts';

/** Every page the console knows, parsed from the path. */
export type Route =
  | { name: 'login' }
  | { name: 'setup' }
  | { name: 'invite' }
  | { name: 'home' }
  | { name: 'inbox' }
  | { name: 'tickets' }
  | { name: 'new-ticket' }
  | { name: 'ticket'; id: string }
  | { name: 'customers' }
  | { name: 'customer'; id: string }
  | { name: 'knowledge' }
  | { name: 'analytics' }
  | { name: 'settings'; tab: SettingsTab }
  | { name: 'profile' }
  | { name: 'not-found' };

/** Pages a signed-out visitor may see. */
export const publicRoutes: ReadonlySet<Route['name']> = new Set(['login', 'setup', 'invite']);

const isSettingsTab = (value: string): value is SettingsTab => (settingsTabs as readonly string[]).includes(value);

export function matchRoute(pathname: string): Route {
  if (!pathname.startsWith(`${base}/`) && pathname !== base) return { name: 'not-found' };
  const parts = pathname
    .slice(base.length)
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return { name: 'not-found' };
  switch (first) {
    case undefined:
      return { name: 'home' };
    case 'login':
    case 'setup':
    case 'invite':
    case 'inbox':
    case 'knowledge':
    case 'analytics':
    case 'profile':
      return second === undefined ? { name: first } : { name: 'not-found' };
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
