import type { ComponentChildren, JSX } from 'preact';
import { navigate } from '../lib/router.ts';
import { Icon } from './icon.tsx';

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

/** "← Tickets" over a page's heading: back to the list the page belongs to. */
export function BackLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <Link href={href} class="back-link">
      <Icon name="arrowLeft" size={16} />
      {children}
    </Link>
  );
}
