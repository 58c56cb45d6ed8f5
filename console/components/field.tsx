import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

/** What every kind of field shows around its control. */
interface FieldFrame {
  label: ComponentChildren;
  /** The server's message for this field, shown under it and read out with it. */
  error?: string | undefined;
  hint?: ComponentChildren;
  optional?: boolean | undefined;
}

interface FieldProps extends FieldFrame {
  class?: string;
  children: (control: ControlProps) => ComponentChildren;
}

/** "is required" reads as "Email is required"; whole sentences are shown as they are. */
function sentence(label: ComponentChildren, error: string): string {
  return typeof label === 'string' && /^[a-z]/.test(error) ? `${label} ${error}` : error;
}

/** A labelled form control with its hint and error; the control itself is the caller's. */
export function Field({ label, error, hint, optional, class: extra, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--invalid' : ''}${extra ? ` ${extra}` : ''}`}>
      <label class="field__label" for={id}>
        {label}
        {optional && <span class="field__optional"> (optional)</span>}
      </label>
      {children({ id, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p class="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={errorId}>
          {sentence(label, error)}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = FieldFrame &
  Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'label' | 'value' | 'onInput' | 'class' | 'children'> & {
    value: string;
    onValue: (value: string) => void;
  };

/** A one-line text input (text, email, password, URL) in a Field. Other attributes go to the input. */
export function TextField({ label, error, hint, optional, value, onValue, ...input }: TextFieldProps) {
  return (
    <Field label={label} error={error} hint={hint} optional={optional}>
      {(control) => <input {...input} {...control} class="input" value={value} onInput={(event) => onValue(event.currentTarget.value)} />}
    </Field>
  );
}

/** Tags typed as one comma-separated line (read back with `parseTags`). */
export function TagsField({ error, example, value, onValue, disabled }: {
  error: string | undefined;
  /** Two tags that fit the form, e.g. "billing, vip". */
  example: string;
  value: string;
  onValue: (value: string) => void;
  disabled?: boolean;
}) {
  return (
    <TextField
      label="Tags"
      optional
      error={error}
      hint={`Separate tags with commas, e.g. ${example}.`}
      autoComplete="off"
      value={value}
      disabled={disabled}
      onValue={onValue}
    />
  );
}

type SelectFieldProps<V extends string> = FieldFrame &
  Omit<JSX.SelectHTMLAttributes<HTMLSelectElement>, 'label' | 'value' | 'onChange' | 'class'> & {
    value: V;
    /** The chosen option's value: one of the values the options offer. */
    onValue: (value: V) => void;
    children: ComponentChildren;
  };

/** A select in a Field; its options are the children (often `<EnumOptions>`). */
export function SelectField<V extends string>({ label, error, hint, optional, value, onValue, children, ...select }: SelectFieldProps<V>) {
  return (
    <Field label={label} error={error} hint={hint} optional={optional}>
      {(control) => (
        <select {...select} {...control} class="select" value={value} onChange={(event) => onValue(event.currentTarget.value as V)}>
          {children}
        </select>
      )}
    </Field>
  );
}

/** One option per value of an API enum, worded and ordered by its labels record (see lib/labels.ts). */
export function EnumOptions<K extends string>({ labels }: { labels: Record<K, string> }) {
  return (
    <>
      {(Object.keys(labels) as K[]).map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
