import { Alert } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { CopyField } from '../../components/copy-button.tsx';

/** Shown once after an invite: Lantern sends no email yet, so the admin passes the link on. */
export function InviteLink({ name, url, onDone }: { name: string; url: string; onDone: () => void }) {
  return (
    <div class="card card--padded one-time">
      <Alert tone="success" title={`Invite link for ${name}`}>
        Send this link to {name}. It works once and expires in 7 days; it will not be shown again.
      </Alert>
      <CopyField label="Invite link" value={url} />
      <div class="form-actions">
        <Button size="sm" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
