import { useState } from 'preact/hooks';
import { Alert, FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { CurrentPasswordField, NewPasswordField } from '../../components/password-field.tsx';
import { api } from '../../lib/api.ts';
import type { FieldErrors } from '../../lib/errors.ts';
import { useSubmit } from '../../lib/use-submit.ts';

/** The server's "is not your current password" after the label would say "Current password" twice. */
const currentPasswordMessage = (message: string | undefined) =>
  message?.includes('not your current password') ? 'That is not your current password.' : message;

/**
 * Change the password: the current one proves it is really you. The server signs out every other
 * session, so a stolen one stops working; this browser stays signed in.
 */
export function PasswordForm({ email }: { email: string }) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [changed, setChanged] = useState(false);

  const form = useSubmit(
    async () => {
      await api.auth.changePassword({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      setChanged(true);
    },
    {
      staysOpen: true,
      validate: (): FieldErrors => (confirmation === newPassword ? {} : { confirmPassword: 'The two new passwords are not the same.' }),
    },
  );
  // Typing again (or trying again) takes the last success message away.
  const typing = (set: (value: string) => void) => (value: string) => {
    set(value);
    setChanged(false);
  };

  return (
    <form
      class="card card--padded form"
      onSubmit={(event) => {
        setChanged(false);
        void form.onSubmit(event);
      }}
      noValidate
      aria-labelledby="password-title"
    >
      <h2 class="section-title" id="password-title">
        Password
      </h2>
      {changed && <Alert tone="success">Password changed. You were signed out on your other devices.</Alert>}
      <FormError message={form.error} extra={form.unclaimed(['currentPassword', 'newPassword', 'confirmPassword'])} />
      {/* Tells password managers whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <CurrentPasswordField
        label="Current password"
        value={currentPassword}
        onInput={typing(setCurrentPassword)}
        error={currentPasswordMessage(form.errorFor('currentPassword'))}
      />
      <NewPasswordField label="New password" value={newPassword} onInput={typing(setNewPassword)} error={form.errorFor('newPassword')} />
      <TextField
        label="Confirm new password"
        error={form.errorFor('confirmPassword')}
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        required
        value={confirmation}
        onValue={typing(setConfirmation)}
      />
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={form.busy}>
          Change password
        </Button>
      </div>
    </form>
  );
}
