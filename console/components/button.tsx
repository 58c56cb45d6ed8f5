import type { ComponentChildren, JSX } from 'preact';
import { Link } from './link.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

const classes = (variant: ButtonVariant, size: 'md' | 'sm', extra?: string) =>
  ['button', `button--${variant}`, size === 'sm' ? 'button--sm' : '', extra ?? ''].filter(Boolean).join(' ');

type ButtonProps = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'size'> & {
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
  /** Shows a spinner and refuses clicks while a request runs; the label stays, so nothing jumps. */
  busy?: boolean;
  children: ComponentChildren;
};

export function Button({ variant = 'secondary', size = 'md', busy = false, type = 'button', disabled, children, ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={classes(variant, size, rest.class as string | undefined)}
      disabled={Boolean(disabled) || busy}
      aria-busy={busy ? 'true' : undefined}
    >
      {busy && <span class="spinner spinner--inline" aria-hidden="true" />}
      {children}
    </button>
  );
}

type ButtonLinkProps = JSX.AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  variant?: ButtonVariant;
  size?: 'md' | 'sm';
};

/** Navigation that looks like a button (e.g. "New ticket"): still a link, so it opens in a new tab. */
export function ButtonLink({ variant = 'secondary', size = 'md', ...rest }: ButtonLinkProps) {
  return <Link {...rest} class={classes(variant, size, rest.class as string | undefined)} />;
}
