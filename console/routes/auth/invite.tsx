import { useState } from 'preact/hooks';
import type { InviteInfo } from '../../../shared/schemas/auth.ts';
import { TextField } from '../../components/field.tsx';
import { NewPasswordField } from '../../components/password-field.tsx';
import { paths } from '../../lib/paths.ts';
import { navigate } from '../../lib/router.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { acceptInvite } from '../../state/auth.ts';
import { AuthForm } from './auth-form.tsx';
import { LinkCheck } from './link-check.tsx';

/** An invited agent (or one whose admin issued a new link) chooses a password. */
export function InvitePage() {
  return (
    <LinkCheck
      purpose="invite"
      checking="Checking your invitation…"
      invalidTitle="Invitation not valid"
      wrongPurpose="This is the setup link for a new Lantern, not an invitation."
      missing="This page needs the invitation link an admin sent you."
      help={
        <>
          Invitation links work once and expire after 7 days. Ask an admin for a new one, or <a href={paths.login()}>sign in</a> if
          you already have a password.
        </>
      }
    >
      {(link) => <InviteForm {...link} />}
    </LinkCheck>
  );
}

function InviteForm({ token, info }: { token: string; info: InviteInfo }) {
  // Start from the name the admin typed; the agent may correct it.
  const [name, setName] = useState(info.name ?? '');
  const [password, setPassword] = useState('');
  const form = useSubmit(async () => {
    const trimmed = name.trim();
    await acceptInvite({ token, password, ...(trimmed ? { name: trimmed } : {}) });
    navigate(paths.home(), { replace: true });
  });

  return (
    <AuthForm
      title="Join your team"
      heading="You're invited to Lantern"
      lead={
        <>
          Choose a password for <strong>{info.email}</strong>.
        </>
      }
      form={form}
      fieldNames={['name', 'password', 'token']}
      submitLabel="Join and sign in"
    >
      <TextField
        label="Your name"
        optional
        error={form.errorFor('name')}
        hint="How customers and teammates see you."
        name="name"
        autoComplete="name"
        value={name}
        onValue={setName}
      />
      <NewPasswordField value={password} onInput={setPassword} error={form.errorFor('password')} />
    </AuthForm>
  );
}
