import type { IconName } from '../components/icon.tsx';
import { paths } from '../lib/paths.ts';
import type { Route } from '../lib/routes.ts';

export interface NavItem {
  label: string;
  href: string;
  icon: IconName;
  /** Routes that light this item up. */
  matches: ReadonlyArray<Route['name']>;
}

export const navItems: NavItem[] = [
  { label: 'Home', href: paths.home(), icon: 'home', matches: ['home'] },
  { label: 'Inbox', href: paths.inbox(), icon: 'inbox', matches: ['inbox', 'chat', 'chat-history'] },
  { label: 'Tickets', href: paths.tickets(), icon: 'ticket', matches: ['tickets', 'ticket', 'new-ticket'] },
  { label: 'Customers', href: paths.customers(), icon: 'users', matches: ['customers', 'customer'] },
  { label: 'Knowledge base', href: paths.knowledge(), icon: 'book', matches: ['knowledge', 'knowledge-categories', 'new-article', 'article', 'article-history'] },
  { label: 'Analytics', href: paths.analytics(), icon: 'chart', matches: ['analytics'] },
  { label: 'Settings', href: paths.settings(), icon: 'settings', matches: ['settings'] },
];
