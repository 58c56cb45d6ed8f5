import { useEffect, useState } from 'preact/hooks';
import type { Agent, AgentRole, UpdateAgentInput } from '../../../shared/schemas/agents.ts';
import { Alert } from '../../components/alert.tsx';
import { Avatar } from '../../components/avatar.tsx';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { EnumOptions } from '../../components/field.tsx';
import { Icon } from '../../components/icon.tsx';
import { SectionHeader } from '../../components/page-heading.tsx';
import { ErrorState, Loading } from '../../components/states.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf } from '../../lib/errors.ts';
import { roleLabels } from '../../lib/labels.ts';
import { agentChanged, agents, loadAgents } from '../../state/agents.ts';
import { currentAgent, isAdmin } from '../../state/session.ts';
import { InviteAgentForm } from './invite-agent.tsx';
import { InviteLink } from './invite-link.tsx';

function AgentStatus({ agent }: { agent: Agent }) {
  if (!agent.active) return <Badge tone="grey">Deactivated</Badge>;
  if (agent.invitePending) return <Badge tone="amber">Invite pending</Badge>;
  return <Badge tone="green">Active</Badge>;
}

function AgentRow({ agent, onLink }: { agent: Agent; onLink: (name: string, url: string) => void }) {
  const [busy, setBusy] = useState<'role' | 'active' | 'invite' | 'canExport' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const admin = isAdmin.value;
  const isMe = agent.id === currentAgent.value?.id;

  async function update(what: 'role' | 'active' | 'canExport', input: UpdateAgentInput) {
    setBusy(what);
    setError(null);
    try {
      agentChanged(await api.agents.update(agent.id, input));
    } catch (failure) {
      const field = errorFor(fieldErrorsOf(failure), what);
      // e.g. "you cannot remove your own admin access", or 409 "Lantern needs at least one active admin".
      setError(field ? capitalise(field) : errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }

  async function reinvite() {
    setBusy('invite');
    setError(null);
    try {
      const created = await api.agents.reinvite(agent.id);
      onLink(created.agent.name, created.inviteUrl);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }

  return (
    <li class="agent-row">
      <div class="agent-row__who">
        <Avatar name={agent.name} src={agent.avatarUrl} size={36} />
        <div>
          <p class="agent-row__name">
            {agent.name}
            {isMe && <span class="muted"> (you)</span>}
          </p>
          <p class="muted agent-row__email">{agent.email}</p>
        </div>
      </div>
      <div class="agent-row__role">
        {admin ? (
          <select
            aria-label={`Role of ${agent.name}`}
            class="select select--sm"
            value={agent.role}
            disabled={busy !== null}
            onChange={(event) => void update('role', { role: event.currentTarget.value as AgentRole })}
          >
            <EnumOptions labels={roleLabels} />
          </select>
        ) : (
          <span>{roleLabels[agent.role]}</span>
        )}
      </div>
      <div class="agent-row__status">
        <AgentStatus agent={agent} />
        {/* Admins can always export; for agents an admin decides. */}
        {agent.role === 'agent' && (
          <label class="agent-row__permission">
            <input
              type="checkbox"
              checked={agent.canExport}
              disabled={!admin || busy !== null}
              onChange={(event) => void update('canExport', { canExport: event.currentTarget.checked })}
            />{' '}
            Can export reports
          </label>
        )}
      </div>
      {admin && (
        <div class="agent-row__actions">
          {agent.active && (
            <Button size="sm" busy={busy === 'invite'} disabled={busy !== null} onClick={() => void reinvite()}>
              {agent.invitePending ? 'New invite link' : 'New sign-in link'}
            </Button>
          )}
          {agent.active ? (
            !isMe && (
              <ConfirmButton
                label="Deactivate"
                question={`Deactivate ${agent.name}? They are signed out at once.`}
                confirmLabel="Deactivate"
                busy={busy === 'active'}
                onConfirm={() => update('active', { active: false })}
              />
            )
          ) : (
            <Button size="sm" busy={busy === 'active'} onClick={() => void update('active', { active: true })}>
              Reactivate
            </Button>
          )}
        </div>
      )}
      {error && (
        <div class="agent-row__error">
          <Alert tone="error">{error}</Alert>
        </div>
      )}
    </li>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function AgentsSettings() {
  const [error, setError] = useState<unknown>(null);
  const [inviting, setInviting] = useState(false);
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const admin = isAdmin.value;
  const team = agents.value;

  const load = (force: boolean) => {
    setError(null);
    loadAgents(force).catch(setError);
  };
  // Fresh each visit: someone may have accepted an invite since the list was cached.
  useEffect(() => load(true), []);

  return (
    <section aria-labelledby="agents-title">
      <SectionHeader
        id="agents-title"
        title="Agents"
        description="Everyone who can sign in to this console."
        actions={
          admin &&
          !inviting && (
            <Button
              variant="primary"
              onClick={() => {
                setInviting(true);
                setLink(null);
              }}
            >
              <Icon name="plus" size={18} />
              Invite agent
            </Button>
          )
        }
      />
      {inviting && (
        <InviteAgentForm
          onInvited={(created) => {
            agentChanged(created.agent);
            setInviting(false);
            setLink({ name: created.agent.name, url: created.inviteUrl });
          }}
          onCancel={() => setInviting(false)}
        />
      )}
      {link && <InviteLink name={link.name} url={link.url} onDone={() => setLink(null)} />}
      {error && !team ? (
        <ErrorState error={error} onRetry={() => load(true)} />
      ) : !team ? (
        <Loading label="Loading agents…" />
      ) : (
        <ul class="card agent-list" aria-label="Agents">
          {team.map((agent) => (
            <AgentRow key={agent.id} agent={agent} onLink={(name, url) => setLink({ name, url })} />
          ))}
        </ul>
      )}
    </section>
  );
}
