import { useState } from 'preact/hooks';
import { Alert } from '../../components/alert.tsx';
import { CurrentPasswordField } from '../../components/password-field.tsx';
import { ApiError, errorMessage } from '../../lib/errors.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { signIn } from '../../state/auth.ts';
import { AuthForm, EmailField } from './auth-form.tsx';

const describe = (failure: unknown) =>
  failure instanceof ApiError && failure.code === 'rate_limited'
    ? `${failure.message} This protects your account from password guessing.`
    : errorMessage(failure);

export function LoginPage({ notice }: { notice: string | null }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // On success the app sees the new session and moves on to where the agent was going.
  const form = useSubmit(() => signIn({ email, password }), { describe });

  return (
    <AuthForm
      title="Sign in"
      heading="Sign in to Lantern"
      lead="Use the email and password your admin set up for you."
      notice={notice && !form.error && <Alert tone="info">{notice}</Alert>}
      form={form}
      fieldNames={['email', 'password']}
      submitLabel={form.busy ? 'Signing in…' : 'Sign in'}
      note="Forgot your password? Ask an admin for a new sign-in link."
    >
      <EmailField value={email} onValue={setEmail} error={form.errorFor('email')} />
      <CurrentPasswordField value={password} onInput={setPassword} error={form.errorFor('password')} />
    </AuthForm>
  );
}
