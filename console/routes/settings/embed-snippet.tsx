import type { Site } from '../../../shared/schemas/sites.ts';
import { CopyField } from '../../components/copy-button.tsx';

/** The line a site owner pastes before </body>: exactly what the widget's loader expects. */
export function embedSnippet(site: Pick<Site, 'publicKey'>, origin = window.location.origin): string {
  return `<script src="${origin}/widget.js" data-site="${site.publicKey}" async></script>`;
}

export function EmbedSnippet({ site }: { site: Site }) {
  return <CopyField label={`Embed code for ${site.name}`} value={embedSnippet(site)} multiline />;
}
