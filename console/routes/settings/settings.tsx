import { Link } from '../../components/link.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { paths, type SettingsTab } from '../../lib/paths.ts';
import { isAdmin } from '../../state/session.ts';
import { AgentsSettings } from './agents.tsx';
import { ApiTokensSettings } from './api-tokens.tsx';
import { BusinessHoursSettings } from './business-hours.tsx';
import { CannedResponsesSettings } from './canned-responses.tsx';
import { SitesSettings } from './sites.tsx';

const tabs: Array<{ tab: SettingsTab; label: string }> = [
  { tab: 'sites', label: 'Sites' },
  { tab: 'agents', label: 'Agents' },
  { tab: 'canned-responses', label: 'Canned responses' },
  { tab: 'business-hours', label: 'Business hours & SLA' },
  { tab: 'api-tokens', label: 'API tokens' },
];

/** Each tab is its own URL, so a tab can be linked to and the back button moves between them. */
export function SettingsPage({ tab }: { tab: SettingsTab }) {
  return (
    <div class="page">
      <PageHeader
        title="Settings"
        subtitle={isAdmin.value ? 'Your websites, your team, business hours and integrations.' : 'Only admins can change settings; you can see them here.'}
      />
      <nav class="tabs" aria-label="Settings sections">
        {tabs.map((item) => (
          <Link
            key={item.tab}
            href={paths.settings(item.tab)}
            class={`tabs__tab${item.tab === tab ? ' tabs__tab--current' : ''}`}
            aria-current={item.tab === tab ? 'page' : undefined}
          >
            {item.label}
          </Link>
        ))}
      </nav>
      {tab === 'sites' && <SitesSettings />}
      {tab === 'agents' && <AgentsSettings />}
      {tab === 'canned-responses' && <CannedResponsesSettings />}
      {tab === 'business-hours' && <BusinessHoursSettings />}
      {tab === 'api-tokens' && <ApiTokensSettings />}
    </div>
  );
}
