import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * A card with a chart and the same figures as a table. The table is always there for screen
 * readers (visually hidden); "View as table" shows it instead of the chart for everyone, and its
 * rows link to the same drill-downs as the chart's points, so keyboards reach them too.
 */
export function ChartCard({
  id,
  title,
  subtitle,
  actions,
  chart,
  table,
  class: extra,
}: {
  id: string;
  title: string;
  subtitle?: ComponentChildren;
  actions?: ComponentChildren;
  chart: ComponentChildren;
  /** The figures as a table; `linked` when it is shown, so its drill-down links are then tabbable. */
  table: (linked: boolean) => ComponentChildren;
  class?: string;
}) {
  const [asTable, setAsTable] = useState(false);
  const titleId = `${id}-title`;
  return (
    <section class={`card analytics-card${extra ? ` ${extra}` : ''}`} aria-labelledby={titleId}>
      <header class="analytics-card__header">
        <div>
          <h3 class="analytics-card__title" id={titleId}>
            {title}
          </h3>
          {subtitle && <p class="analytics-card__subtitle">{subtitle}</p>}
        </div>
        <div class="analytics-card__actions">
          {actions}
          <button type="button" class="button button--ghost button--sm" aria-pressed={asTable ? 'true' : 'false'} onClick={() => setAsTable(!asTable)}>
            {asTable ? 'View as chart' : 'View as table'}
          </button>
        </div>
      </header>
      {!asTable && chart}
      <div class={asTable ? 'analytics-card__table table-wrap' : 'visually-hidden'}>{table(asTable)}</div>
    </section>
  );
}
