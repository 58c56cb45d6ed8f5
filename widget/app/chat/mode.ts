import type { WidgetMode } from '../../../shared/schemas/sites.ts';

/**
 * What the widget shows: the site's setting, narrowed by the script tag's `data-mode` when the
 * site offers both. A tag can never turn on what the site turned off.
 */
export const effectiveMode = (site: WidgetMode, asked: string | undefined): WidgetMode =>
  site !== 'both' ? site : asked === 'chat' || asked === 'help' ? asked : 'both';
