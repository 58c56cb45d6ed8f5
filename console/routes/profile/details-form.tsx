import type { Agent } from '../../../shared/schemas/agents.ts';
import { FormError } from '../../components/alert.tsx';
import { TextField } from '../../components/field.tsx';
import { SaveActions } from '../../components/form-actions.tsx';
import { api } from '../../lib/api.ts';
import { useEditForm } from '../../lib/use-edit-form.ts';
import { agentChanged } from '../../state/agents.ts';
import { profileChanged } from '../../state/session.ts';

interface ProfileDraft {
  name: string;
  avatarUrl: string;
}

const draftOf = (agent: Agent): ProfileDraft => ({ name: agent.name, avatarUrl: agent.avatarUrl ?? '' });

/** Name and picture. Once saved, the sidebar and the lists of the team show them at once. */
export function DetailsForm({ agent }: { agent: Agent }) {
  const edit = useEditForm(draftOf(agent), async (draft) => {
    // An empty picture address removes the picture.
    const updated = await api.auth.updateProfile({ name: draft.name, avatarUrl: draft.avatarUrl.trim() || null });
    profileChanged(updated);
    agentChanged(updated);
    return draftOf(updated);
  });
  const set = (change: Partial<ProfileDraft>) => edit.setDraft({ ...edit.draft, ...change });

  return (
    <form class="card card--padded form" onSubmit={edit.onSubmit} noValidate aria-labelledby="profile-details-title">
      <h2 class="section-title" id="profile-details-title">
        Name and picture
      </h2>
      <FormError message={edit.error} extra={edit.unclaimed(['name', 'avatarUrl'])} />
      <TextField
        label="Name"
        error={edit.errorFor('name')}
        hint="Shown on your replies, on tickets assigned to you and in the activity feed."
        name="name"
        autoComplete="name"
        required
        maxLength={200}
        value={edit.draft.name}
        onValue={(name) => set({ name })}
      />
      <TextField
        label="Picture address"
        optional
        error={edit.errorFor('avatarUrl')}
        hint="A link to a square image, starting with https://. Without one, your initials are shown."
        type="url"
        name="avatarUrl"
        autoComplete="photo"
        inputMode="url"
        placeholder="https://"
        value={edit.draft.avatarUrl}
        onValue={(avatarUrl) => set({ avatarUrl })}
      />
      <SaveActions edit={edit} />
    </form>
  );
}
