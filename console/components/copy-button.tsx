import { useEffect, useState } from 'preact/hooks';
import { copyText } from '../lib/clipboard.ts';
import { Icon } from './icon.tsx';

/** Copies `text` and says so for two seconds (also to screen readers). */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <button
      type="button"
      class="button button--secondary button--sm"
      onClick={async () => setState((await copyText(text)) ? 'copied' : 'failed')}
    >
      <Icon name={state === 'copied' ? 'check' : 'copy'} size={16} />
      <span aria-live="polite">{state === 'copied' ? 'Copied' : state === 'failed' ? 'Press Ctrl+C to copy' : label}</span>
    </button>
  );
}

/** A read-only value people need to copy exactly (an embed snippet, an invite link, a secret). */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  return (
    <div class="copy-field">
      <div class="copy-field__head">
        <span class="copy-field__label">{label}</span>
        <CopyButton text={value} />
      </div>
      {multiline ? (
        <pre class="copy-field__value" tabIndex={0} aria-label={label}>
          <code>{value}</code>
        </pre>
      ) : (
        <input
          class="input copy-field__input"
          readOnly
          value={value}
          aria-label={label}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
