import { useState } from 'preact/hooks';
import { Alert } from '../../components/alert.tsx';
import { TextField } from '../../components/field.tsx';
import { NewPasswordField } from '../../components/password-field.tsx';
import { paths } from '../../lib/paths.ts';
import { navigate } from '../../lib/router.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { completeSetup } from '../../state/auth.ts';
import { AuthForm, EmailField } from './auth-form.tsx';
import { LinkCheck } from './link-check.tsx';

/** First start: the person holding the setup link becomes the first admin. */
export function SetupPage() {
  return (
    <LinkCheck
      purpose="setup"
      checking="Checking your setup link…"
      invalidTitle="Setup link not valid"
      wrongPurpose="This is an invitation link, not a setup link."
      missing="This page needs the setup link Lantern printed when it first started."
      help={
        <>
          Restart Lantern with an empty data folder to get a new setup link, or <a href={paths.login()}>sign in</a> if it is
          already set up.
        </>
      }
    >
      {({ token }) => <SetupForm token={token} />}
    </LinkCheck>
  );
}

function SetupForm({ token }: { token: string }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useSubmit(async () => {
    await completeSetup({ token, name, email, password });
    navigate(paths.home(), { replace: true });
  });
  const tokenError = form.errorFor('token');

  return (
    <AuthForm
      title="Set up Lantern"
      heading="Welcome to Lantern"
      lead="Create the first admin account. You can invite your team once you are in."
      form={form}
      fieldNames={['name', 'email', 'password', 'token']}
      submitLabel="Create admin account"
    >
      {tokenError && <Alert tone="error">The setup link {tokenError}</Alert>}
      <TextField label="Your name" error={form.errorFor('name')} name="name" autoComplete="name" required value={name} onValue={setName} />
      <EmailField value={email} onValue={setEmail} error={form.errorFor('email')} />
      <NewPasswordField value={password} onInput={setPassword} error={form.errorFor('password')} />
    </AuthForm>
  );
}
