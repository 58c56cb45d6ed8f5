import type { JSX } from 'preact';
import { navigate } from '../lib/router.ts';

type LinkProps = JSX.AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/** A real <a>: opens in a new tab with modifier keys, and navigates in place otherwise. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        if (rest.target && rest.target !== '_self') return;
        event.preventDefault();
        navigate(href);
      }}
    />
  );
}
