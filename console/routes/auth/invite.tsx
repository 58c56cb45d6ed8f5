import { useEffect, useState } from 'preact/hooks';
import { Alert, FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { Field } from '../../components/field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading } from '../../components/states.tsx';
import { errorFor, errorMessage, fieldErrorsOf, unclaimedErrors, type FieldErrors } from '../../lib/errors.ts';
import { paths } from '../../lib/paths.ts';
import { navigate } from '../../lib/router.ts';
import { acceptInvite } from '../../state/auth.ts';
import { NewPasswordField } from './password-field.tsx';
import { useLinkInfo } from './use-link-info.ts';

/** An invited agent (or one whose admin issued a new link) chooses a password. */
export function InvitePage() {
  const { token, info } = useLinkInfo();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  // Start from the name the admin typed; the agent may correct it.
  const invitedName = info.data?.name ?? '';
  useEffect(() => setName(invitedName), [invitedName]);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const trimmed = name.trim();
      await acceptInvite({ token, password, ...(trimmed ? { name: trimmed } : {}) });
      navigate(paths.home(), { replace: true });
    } catch (failure) {
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    }
  }

  if (info.loading) return <Loading label="Checking your invitation…" />;
  if (!token || info.error || info.data?.purpose !== 'invite') {
    return (
      <>
        <PageHeading title="Invitation not valid" />
        <Alert tone="error">
          {info.data?.purpose === 'setup'
            ? 'This is the setup link for a new Lantern, not an invitation.'
            : info.error
              ? errorMessage(info.error)
              : 'This page needs the invitation link an admin sent you.'}
        </Alert>
        <p class="auth__note">
          Invitation links work once and expire after 7 days. Ask an admin for a new one, or{' '}
          <a href={paths.login()}>sign in</a> if you already have a password.
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading title="Join your team">You're invited to Lantern</PageHeading>
      <p class="auth__lead">
        Choose a password for <strong>{info.data.email}</strong>.
      </p>
      <form class="form" onSubmit={submit} noValidate>
        <FormError message={error} extra={unclaimedErrors(fields, ['name', 'password', 'token'])} />
        <Field label="Your name" optional error={errorFor(fields, 'name')} hint="How customers and teammates see you.">
          {(control) => (
            <input {...control} class="input" name="name" autoComplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          )}
        </Field>
        <NewPasswordField value={password} onInput={setPassword} error={errorFor(fields, 'password')} />
        <Button type="submit" variant="primary" busy={busy} class="button--block">
          Join and sign in
        </Button>
      </form>
    </>
  );
}
