// A speech bubble and a cross; the launcher shows one or the other from its aria-expanded.
const icons =
  '<svg data-icon="open" viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z"/></svg>' +
  '<svg data-icon="close" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6 6 18"/></svg>';

/** The round button in the corner, drawn before anything is fetched so the page never waits on us. */
export function createLauncher(root: ShadowRoot): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-label', 'Help and support');
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.innerHTML = icons;
  root.append(button);
  return button;
}
