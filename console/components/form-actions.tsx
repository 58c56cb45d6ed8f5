import type { EditForm } from '../lib/use-edit-form.ts';
import { Button } from './button.tsx';

/** A form opened in place (a new customer, editing a site): its submit button, and Cancel to close it. */
export function SubmitCancel({ label, busy, onCancel }: { label: string; busy: boolean; onCancel: () => void }) {
  return (
    <div class="form-actions">
      <Button type="submit" variant="primary" busy={busy}>
        {label}
      </Button>
      <Button variant="ghost" onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
    </div>
  );
}

/** An edit form's Save (only when something changed), Discard, and a "Saved" that screen readers hear too. */
export function SaveActions({ edit }: { edit: Pick<EditForm<unknown>, 'busy' | 'dirty' | 'discard' | 'justSaved'> }) {
  return (
    <div class="form-actions">
      <Button type="submit" variant="primary" busy={edit.busy} disabled={!edit.dirty}>
        Save changes
      </Button>
      {edit.dirty && (
        <Button variant="ghost" onClick={edit.discard} disabled={edit.busy}>
          Discard
        </Button>
      )}
      <span class="saved-note" aria-live="polite">
        {edit.justSaved ? 'Saved' : ''}
      </span>
    </div>
  );
}
