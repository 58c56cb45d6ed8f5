import { useState } from 'preact/hooks';
import type { AgentRole, CreatedAgent } from '../../../shared/schemas/agents.ts';
import { FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { Field } from '../../components/field.tsx';
import { api } from '../../lib/api.ts';
import { errorFor, errorMessage, fieldErrorsOf, unclaimedErrors, type FieldErrors } from '../../lib/errors.ts';
import { agentRoles, roleLabels } from '../../lib/labels.ts';

/** Adds an agent without a password; the answer carries the one-time link they use to choose one. */
export function InviteAgentForm({ onInvited, onCancel }: { onInvited: (created: CreatedAgent) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AgentRole>('agent');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      onInvited(await api.agents.create({ name, email, role }));
    } catch (failure) {
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    }
  }

  return (
    <form class="card card--padded form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h3 class="card__title" id="invite-title">
        Invite an agent
      </h3>
      <FormError message={error} extra={unclaimedErrors(fields, ['name', 'email', 'role'])} />
      <div class="form-grid form-grid--3">
        <Field label="Name" error={errorFor(fields, 'name')}>
          {(control) => <input {...control} class="input" value={name} onInput={(e) => setName(e.currentTarget.value)} />}
        </Field>
        <Field label="Email" error={errorFor(fields, 'email')}>
          {(control) => <input {...control} class="input" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />}
        </Field>
        <Field label="Role" error={errorFor(fields, 'role')}>
          {(control) => (
            <select {...control} class="select" value={role} onChange={(e) => setRole(e.currentTarget.value as AgentRole)}>
              {agentRoles.map((value) => (
                <option key={value} value={value}>
                  {roleLabels[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p class="muted">Admins can also change settings, sites, the team and API tokens.</p>
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          Create invite link
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
