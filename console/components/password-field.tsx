import { TextField } from './field.tsx';

interface PasswordFieldProps {
  label?: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
}

/** The password the agent has now: to sign in, or to prove it is them before changing it. */
export function CurrentPasswordField({ label = 'Password', value, onInput, error }: PasswordFieldProps) {
  return (
    <TextField
      label={label}
      error={error}
      type="password"
      name="password"
      autoComplete="current-password"
      required
      value={value}
      onValue={onInput}
    />
  );
}

/** New-password input with the server's length rule spelled out before anyone gets it wrong. */
export function NewPasswordField({ label = 'Password', value, onInput, error }: PasswordFieldProps) {
  return (
    <TextField
      label={label}
      error={error}
      hint="At least 10 characters. A short sentence is easy to remember and hard to guess."
      type="password"
      name="new-password"
      autoComplete="new-password"
      required
      minLength={10}
      maxLength={200}
      value={value}
      onValue={onInput}
    />
  );
}
