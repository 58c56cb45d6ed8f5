import { Icon } from '../../components/icon.tsx';
import { navigate, withQuery } from '../../lib/router.ts';
import { drillChips } from './drill-chips.ts';
import type { DrillFilters } from './query.ts';

const locale = typeof navigator !== 'undefined' ? navigator.language : 'en';

/**
 * The analytics drill-down's filters over the list ("Created 3 Mar–9 Mar", "SLA breached"), each
 * removable. Dates show in the browser's zone, as the analytics page counts them.
 */
export function FilterChips({ drill }: { drill: DrillFilters }) {
  const chips = drillChips(drill, locale);
  if (chips.length === 0) return null;
  return (
    <ul class="filter-chips" aria-label="Filters from analytics">
      {chips.map((chip) => (
        <li key={chip.key} class="filter-chip">
          <span>{chip.label}</span>
          <button
            type="button"
            class="filter-chip__remove"
            aria-label={`Remove filter: ${chip.label}`}
            onClick={() => navigate(withQuery(Object.fromEntries(chip.params.map((param) => [param, null]))), { replace: true })}
          >
            <Icon name="close" size={14} />
          </button>
        </li>
      ))}
    </ul>
  );
}
