import type { ComponentChildren } from 'preact';

/** The centred card for signing in, first setup and accepting an invite. */
export function AuthLayout({ children }: { children: ComponentChildren }) {
  return (
    <div class="auth">
      <main class="auth__card" id="main">
        <div class="auth__brand">
          <span class="brand-mark" aria-hidden="true" />
          <span class="brand-name">Lantern</span>
        </div>
        {children}
      </main>
      <p class="auth__footer">Open-source customer support</p>
    </div>
  );
}
