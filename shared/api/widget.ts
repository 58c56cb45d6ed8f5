import type { WidgetSiteConfig } from '../schemas/sites.ts';

/**
 * The widget's calls. Plain functions over fetch, not the console's client, so the widget bundle
 * carries only what it uses.
 */
export async function fetchWidgetSite(baseUrl: string, siteKey: string): Promise<WidgetSiteConfig> {
  const response = await fetch(`${baseUrl}/api/widget/sites/${encodeURIComponent(siteKey)}`, {
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`Lantern: site ${siteKey} could not be loaded (${response.status})`);
  return (await response.json()) as WidgetSiteConfig;
}
