import { useState } from 'preact/hooks';
import { Alert, FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { Field } from '../../components/field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading } from '../../components/states.tsx';
import { errorFor, errorMessage, fieldErrorsOf, unclaimedErrors, type FieldErrors } from '../../lib/errors.ts';
import { paths } from '../../lib/paths.ts';
import { navigate } from '../../lib/router.ts';
import { completeSetup } from '../../state/auth.ts';
import { NewPasswordField } from './password-field.tsx';
import { useLinkInfo } from './use-link-info.ts';

/** First start: the person holding the setup link becomes the first admin. */
export function SetupPage() {
  const { token, info } = useLinkInfo();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setFields({});
    try {
      await completeSetup({ token, name, email, password });
      navigate(paths.home(), { replace: true });
    } catch (failure) {
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(errorMessage(failure));
    }
  }

  if (info.loading) return <Loading label="Checking your setup link…" />;
  if (!token || info.error || info.data?.purpose !== 'setup') {
    return (
      <>
        <PageHeading title="Setup link not valid" />
        <Alert tone="error">
          {info.data?.purpose === 'invite'
            ? 'This is an invitation link, not a setup link.'
            : info.error
              ? errorMessage(info.error)
              : 'This page needs the setup link Lantern printed when it first started.'}
        </Alert>
        <p class="auth__note">
          Restart Lantern with an empty data folder to get a new setup link, or <a href={paths.login()}>sign in</a> if
          it is already set up.
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading title="Set up Lantern">Welcome to Lantern</PageHeading>
      <p class="auth__lead">Create the first admin account. You can invite your team once you are in.</p>
      <form class="form" onSubmit={submit} noValidate>
        <FormError message={error} extra={unclaimedErrors(fields, ['name', 'email', 'password', 'token'])} />
        {errorFor(fields, 'token') && <Alert tone="error">The setup link {errorFor(fields, 'token')}</Alert>}
        <Field label="Your name" error={errorFor(fields, 'name')}>
          {(control) => (
            <input {...control} class="input" name="name" autoComplete="name" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
          )}
        </Field>
        <Field label="Email" error={errorFor(fields, 'email')}>
          {(control) => (
            <input
              {...control}
              class="input"
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
        <NewPasswordField value={password} onInput={setPassword} error={errorFor(fields, 'password')} />
        <Button type="submit" variant="primary" busy={busy} class="button--block">
          Create admin account
        </Button>
      </form>
    </>
  );
}
