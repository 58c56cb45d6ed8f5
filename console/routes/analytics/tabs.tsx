import type { ComponentChildren } from 'preact';
import { navigate, withQuery } from '../../lib/router.ts';
import { analyticsTabs, tabLabels, type AnalyticsTab } from './range.ts';

const select = (tab: AnalyticsTab) => navigate(withQuery({ tab: tab === 'tickets' ? null : tab }), { replace: true });

/**
 * The detail tabs, an ARIA tab list: one tab stop, arrow keys (and Home/End) move between tabs
 * and show them at once. The tab is in the URL, so a link opens it.
 */
export function AnalyticsTabs({ tab, children }: { tab: AnalyticsTab; children: ComponentChildren }) {
  const move = (event: KeyboardEvent, from: AnalyticsTab) => {
    const index = analyticsTabs.indexOf(from);
    const last = analyticsTabs.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index + 1) % analyticsTabs.length : event.key === 'ArrowLeft' ? (index + last) % analyticsTabs.length : event.key === 'Home' ? 0 : event.key === 'End' ? last : -1;
    const next = analyticsTabs[target];
    if (!next) return;
    event.preventDefault();
    select(next);
    document.getElementById(`analytics-tab-${next}`)?.focus();
  };
  return (
    <section class="analytics-tabs" aria-label="Details">
      <div class="tabs" role="tablist" aria-label="Analytics details">
        {analyticsTabs.map((item) => (
          <button
            key={item}
            type="button"
            role="tab"
            id={`analytics-tab-${item}`}
            class={`tabs__tab${item === tab ? ' tabs__tab--current' : ''}`}
            aria-selected={item === tab ? 'true' : 'false'}
            aria-controls="analytics-tab-panel"
            tabIndex={item === tab ? 0 : -1}
            onClick={() => select(item)}
            onKeyDown={(event) => move(event, item)}
          >
            {tabLabels[item]}
          </button>
        ))}
      </div>
      <div class="analytics-tabs__panel" id="analytics-tab-panel" role="tabpanel" aria-labelledby={`analytics-tab-${tab}`} tabIndex={0}>
        {children}
      </div>
    </section>
  );
}
