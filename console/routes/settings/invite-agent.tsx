import { useState } from 'preact/hooks';
import type { AgentRole, CreatedAgent } from '../../../shared/schemas/agents.ts';
import { FormError } from '../../components/alert.tsx';
import { SubmitCancel } from '../../components/form-actions.tsx';
import { EnumOptions, SelectField, TextField } from '../../components/field.tsx';
import { api } from '../../lib/api.ts';
import { roleLabels } from '../../lib/labels.ts';
import { useSubmit } from '../../lib/use-submit.ts';

/** Adds an agent without a password; the answer carries the one-time link they use to choose one. */
export function InviteAgentForm({ onInvited, onCancel }: { onInvited: (created: CreatedAgent) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<AgentRole>('agent');
  const form = useSubmit(async () => onInvited(await api.agents.create({ name, email, role })));

  return (
    <form class="card card--padded form" onSubmit={form.onSubmit} noValidate aria-labelledby="invite-title">
      <h3 class="card__title" id="invite-title">
        Invite an agent
      </h3>
      <FormError message={form.error} extra={form.unclaimed(['name', 'email', 'role'])} />
      <div class="form-grid form-grid--3">
        <TextField label="Name" error={form.errorFor('name')} value={name} onValue={setName} />
        <TextField label="Email" error={form.errorFor('email')} type="email" value={email} onValue={setEmail} />
        <SelectField label="Role" error={form.errorFor('role')} value={role} onValue={setRole}>
          <EnumOptions labels={roleLabels} />
        </SelectField>
      </div>
      <p class="muted">Admins can also change settings, sites, the team and API tokens.</p>
      <SubmitCancel label="Create invite link" busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
