import type { ComponentChildren } from 'preact';

type Tone = 'error' | 'success' | 'info' | 'warning';

/** A message box. Errors are announced as they appear; the rest politely. */
export function Alert({ tone = 'error', title, children }: { tone?: Tone; title?: string; children?: ComponentChildren }) {
  return (
    <div class={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p class="alert__title">{title}</p>}
      {children && <div class="alert__body">{children}</div>}
    </div>
  );
}

/** The form-level error line, listing what no field claimed. */
export function FormError({ message, extra = [] }: { message: string | null; extra?: string[] }) {
  if (!message && extra.length === 0) return null;
  return (
    <Alert tone="error" title={message ?? 'Please check the form.'}>
      {extra.length > 0 && (
        <ul class="alert__list">
          {extra.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
