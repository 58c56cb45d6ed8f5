import type { Agent } from '../../../shared/schemas/agents.ts';
import { Avatar } from '../../components/avatar.tsx';
import { PageHeader } from '../../components/page-heading.tsx';
import { date } from '../../lib/format.ts';
import { roleLabels } from '../../lib/labels.ts';
import { currentAgent } from '../../state/session.ts';
import { DetailsForm } from './details-form.tsx';
import { PasswordForm } from './password-form.tsx';

function AccountSummary({ agent }: { agent: Agent }) {
  return (
    <section class="card card--padded account" aria-label="Your account">
      <Avatar name={agent.name} src={agent.avatarUrl} size={56} />
      <div class="account__who">
        <p class="account__name">{agent.name}</p>
        <p class="account__email">{agent.email}</p>
      </div>
      <dl class="facts account__facts">
        <div>
          <dt>Role</dt>
          <dd>{roleLabels[agent.role]}</dd>
        </div>
        <div>
          <dt>Member since</dt>
          <dd>{date(agent.createdAt)}</dd>
        </div>
      </dl>
      <p class="muted account__note">You sign in with your email address. Only an admin can change your role.</p>
    </section>
  );
}

/** The signed-in agent's own page: who they are, their name and picture, and their password. */
export function MyProfilePage() {
  const agent = currentAgent.value;
  // The shell only shows pages to a signed-in agent; this keeps the types honest.
  if (!agent) return null;
  return (
    <div class="page page--narrow">
      <PageHeader title="My profile" subtitle="Your name and picture as the team sees them, and the password you sign in with." />
      <AccountSummary agent={agent} />
      <DetailsForm agent={agent} />
      <PasswordForm email={agent.email} />
    </div>
  );
}
