import { Field } from '../../components/field.tsx';

/** New-password input with the server's length rule spelled out before anyone gets it wrong. */
export function NewPasswordField({ value, onInput, error }: { value: string; onInput: (value: string) => void; error?: string | undefined }) {
  return (
    <Field label="Password" error={error} hint="At least 10 characters. A short sentence is easy to remember and hard to guess.">
      {(control) => (
        <input
          {...control}
          class="input"
          type="password"
          name="new-password"
          autoComplete="new-password"
          required
          minLength={10}
          maxLength={200}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
