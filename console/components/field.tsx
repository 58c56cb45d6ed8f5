import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: ComponentChildren;
  /** The server's message for this field, shown under it and read out with it. */
  error?: string | undefined;
  hint?: ComponentChildren;
  optional?: boolean;
  class?: string;
  children: (control: ControlProps) => ComponentChildren;
}

/** A labelled form control with its hint and error; the control itself is the caller's. */
/** "is required" reads as "Email is required"; whole sentences are shown as they are. */
function sentence(label: ComponentChildren, error: string): string {
  return typeof label === 'string' && /^[a-z]/.test(error) ? `${label} ${error}` : error;
}

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
