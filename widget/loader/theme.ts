import type { WidgetSiteConfig } from '../../shared/schemas/sites.ts';

const hexColor = /^#[0-9a-f]{6}$/i;

/** Black or white, whichever reads better on `color` (WCAG relative luminance). */
export function textColorOn(color: string): string {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
    const channel = parseInt(color.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? '#111827' : '#ffffff';
}

/**
 * Applies the site's colour and corner to the host. Inline `!important` custom properties outrank
 * any page rule; they inherit into the shadow tree, where the launcher and the panel read them.
 */
export function applySiteLook(host: HTMLElement, site: WidgetSiteConfig): void {
  if (hexColor.test(site.themeColor)) {
    host.style.setProperty('--lantern-accent', site.themeColor, 'important');
    host.style.setProperty('--lantern-on-accent', textColorOn(site.themeColor), 'important');
  }
  host.dataset.position = site.position === 'bottom-left' ? 'bottom-left' : 'bottom-right';
}
