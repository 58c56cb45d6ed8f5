import { useState } from 'preact/hooks';
import { Alert, FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { Field } from '../../components/field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { ApiError, errorFor, errorMessage, fieldErrorsOf, unclaimedErrors, type FieldErrors } from '../../lib/errors.ts';
import { signIn } from '../../state/auth.ts';

export function LoginPage({ notice }: { notice: string | null }) {
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
      await signIn({ email, password });
      // The app sees the new session and moves on to where the agent was going.
    } catch (failure) {
      setBusy(false);
      setFields(fieldErrorsOf(failure));
      setError(
        failure instanceof ApiError && failure.code === 'rate_limited'
          ? `${failure.message} This protects your account from password guessing.`
          : errorMessage(failure),
      );
    }
  }

  return (
    <>
      <PageHeading title="Sign in">Sign in to Lantern</PageHeading>
      <p class="auth__lead">Use the email and password your admin set up for you.</p>
      {notice && !error && <Alert tone="info">{notice}</Alert>}
      <form class="form" onSubmit={submit} noValidate>
        <FormError message={error} extra={unclaimedErrors(fields, ['email', 'password'])} />
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
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field label="Password" error={errorFor(fields, 'password')}>
          {(control) => (
            <input
              {...control}
              class="input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
          )}
        </Field>
        <Button type="submit" variant="primary" busy={busy} class="button--block">
          {busy ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
      <p class="auth__note">Forgot your password? Ask an admin for a new sign-in link.</p>
    </>
  );
}
