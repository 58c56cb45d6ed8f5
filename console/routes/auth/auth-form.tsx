import type { ComponentChildren } from 'preact';
import { FormError } from '../../components/alert.tsx';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import type { Submit } from '../../lib/use-submit.ts';

interface AuthFormProps {
  /** The document title. */
  title: string;
  /** The visible heading. */
  heading: string;
  lead: ComponentChildren;
  form: Submit;
  /** The fields the form shows, so the server's errors for anything else are listed at the top. */
  fieldNames: readonly string[];
  submitLabel: ComponentChildren;
  /** Between the lead and the form (e.g. "You have signed out."). */
  notice?: ComponentChildren;
  /** Under the form. */
  note?: ComponentChildren;
  children: ComponentChildren;
}

/** The sign-in, setup and invitation forms: heading, a line of explanation, the fields and one wide button. */
export function AuthForm({ title, heading, lead, form, fieldNames, submitLabel, notice, note, children }: AuthFormProps) {
  return (
    <>
      <PageHeading title={title}>{heading}</PageHeading>
      <p class="auth__lead">{lead}</p>
      {notice}
      <form class="form" onSubmit={form.onSubmit} noValidate>
        <FormError message={form.error} extra={form.unclaimed(fieldNames)} />
        {children}
        <Button type="submit" variant="primary" busy={form.busy} class="button--block">
          {submitLabel}
        </Button>
      </form>
      {note && <p class="auth__note">{note}</p>}
    </>
  );
}

/** The address an agent signs in with (password managers treat it as the username). */
export function EmailField({ value, onValue, error }: { value: string; onValue: (value: string) => void; error: string | undefined }) {
  return <TextField label="Email" error={error} type="email" name="email" autoComplete="username" required value={value} onValue={onValue} />;
}
