import type { WidgetSiteConfig } from '../../shared/schemas/sites.ts';
import { Glyph } from './glyph.tsx';

export function Header({ site, greet, onClose }: { site: WidgetSiteConfig; greet: boolean; onClose?: () => void }) {
  return (
    <header class="header">
      <div class="heading">
        <h2 class="title">{site.name}</h2>
        {greet && site.greeting && <p class="greeting">{site.greeting}</p>}
      </div>
      {onClose && (
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          <Glyph d="M6 6l12 12M18 6 6 18" />
        </button>
      )}
    </header>
  );
}
