import { useState } from 'preact/hooks';
import { Avatar } from '../components/avatar.tsx';
import { Icon } from '../components/icon.tsx';
import { Link } from '../components/link.tsx';
import { roleLabels } from '../lib/labels.ts';
import { paths } from '../lib/paths.ts';
import type { Route } from '../lib/routes.ts';
import { ChatStatusSlot } from '../routes/inbox/chat-status-slot.tsx';
import { signOut } from '../state/auth.ts';
import { currentAgent } from '../state/session.ts';
import { navItems } from './nav-items.ts';

/** The main navigation, and who is signed in. On phones it is the drawer the menu button opens. */
export function Sidebar({ route, id, onNavigate }: { route: Route; id: string; onNavigate: () => void }) {
  const agent = currentAgent.value;
  const [signingOut, setSigningOut] = useState(false);
  const onProfile = route.name === 'profile';
  return (
    <div class="sidebar" id={id}>
      <div class="sidebar__brand">
        <span class="brand-mark" aria-hidden="true" />
        <span class="brand-name">Lantern</span>
      </div>
      <nav class="sidebar__nav" aria-label="Main">
        <ul>
          {navItems.map((item) => {
            const current = item.matches.includes(route.name);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  class={`nav-link${current ? ' nav-link--current' : ''}`}
                  aria-current={current ? 'page' : undefined}
                  onClick={onNavigate}
                >
                  <Icon name={item.icon} />
                  <span>{item.label}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {agent && (
        <div class="sidebar__account">
          <ChatStatusSlot />
          <Link
            href={paths.profile()}
            class={`sidebar__profile${onProfile ? ' sidebar__profile--current' : ''}`}
            aria-current={onProfile ? 'page' : undefined}
            onClick={onNavigate}
          >
            <Avatar name={agent.name} src={agent.avatarUrl} size={34} />
            <span class="sidebar__who">
              <span class="visually-hidden">My profile: </span>
              <span class="sidebar__name">{agent.name}</span>
              <span class="sidebar__role">
                {roleLabels[agent.role]} · {agent.email}
              </span>
            </span>
          </Link>
          <button
            type="button"
            class="button button--ghost button--sm sidebar__signout"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              void signOut().finally(() => setSigningOut(false));
            }}
          >
            <Icon name="logout" size={16} />
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
