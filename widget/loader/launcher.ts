// A speech bubble and a cross; the launcher shows one or the other from its aria-expanded.
const icons =
  '<svg data-icon="open" viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/></svg>' +
  '<svg data-icon="close" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"/></svg>';
const label = 'Help and support';

/** The round button in the corner, drawn before anything is fetched so the page never waits on us. */
export function createLauncher(root: ShadowRoot): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-label', label);
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.innerHTML = icons;
  root.append(button);
  return button;
}

/** The unread badge: drawn by CSS from data-unread, and said in the button's name for screen readers. */
export function showUnread(button: HTMLButtonElement, count: number): void {
  if (count > 0) button.dataset.unread = count > 9 ? '9+' : String(count);
  else delete button.dataset.unread;
  button.setAttribute('aria-label', count > 0 ? `${label} (${count} unread)` : label);
}
