import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button, type ButtonVariant } from './button.tsx';

interface ConfirmButtonProps {
  label: ComponentChildren;
  /** The question shown after the first click, e.g. "Revoke this token?" */
  question: string;
  confirmLabel: string;
  onConfirm: () => unknown;
  busy?: boolean;
  size?: 'md' | 'sm';
  /** Danger unless the step is not destructive and only worth a second look (publishing with broken links). */
  variant?: ButtonVariant;
}

/**
 * Destructive actions ask first, inline: no browser dialog, focus moves to the real button and
 * back to the first one on cancel.
 */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, busy = false, size = 'sm', variant = 'danger' }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLSpanElement>(null);
  const triggerRef = useRef<HTMLSpanElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    else if (wasAsking.current) triggerRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <span ref={triggerRef}>
        <Button variant={variant} size={size} onClick={() => setAsking(true)}>
          {label}
        </Button>
      </span>
    );
  }
  return (
    <span class="confirm" ref={confirmRef} role="group" aria-label={question}>
      <span class="confirm__question">{question}</span>
      <Button
        variant={variant === 'danger' ? 'danger' : 'primary'}
        size={size}
        busy={busy}
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </Button>
      <Button variant="ghost" size={size} onClick={() => setAsking(false)} disabled={busy}>
        Cancel
      </Button>
    </span>
  );
}
