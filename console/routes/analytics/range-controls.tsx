import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../components/button.tsx';
import { navigate, withQuery } from '../../lib/router.ts';
import { customFromPreset, customRangeError, queryOfView, rangeLabels, presetRanges, type AnalyticsView } from './range.ts';
import { dayOf } from './time-zone.ts';

const go = (view: AnalyticsView) => navigate(withQuery(queryOfView(view)), { replace: false });

/**
 * The page's date range: a preset, or a custom range of whole days (checked here before the
 * server sees it: start not after end, at most five years), and "compare with previous period".
 * Every choice is in the URL, so the view can be linked to.
 */
export function RangeControls({ view, tz }: { view: AnalyticsView; tz: string }) {
  const { selection } = view;
  const today = dayOf(Date.now(), tz);
  const initial = selection.kind === 'custom' ? selection : customFromPreset(selection.range, today);
  const [picking, setPicking] = useState(selection.kind === 'custom');
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [error, setError] = useState<string | null>(null);

  // Back/forward or a link can change the range under the form: follow it.
  useEffect(() => {
    setPicking(selection.kind === 'custom');
    if (selection.kind === 'custom') {
      setFrom(selection.from);
      setTo(selection.to);
    }
    setError(null);
  }, [selection.kind === 'custom' ? `${selection.from}/${selection.to}` : selection.range]);

  const choose = (value: string) => {
    setError(null);
    if (value === 'custom') {
      setPicking(true);
      return;
    }
    const range = presetRanges.find((preset) => preset === value);
    if (range) {
      setPicking(false);
      go({ ...view, selection: { kind: 'preset', range } });
    }
  };

  const apply = (event: Event) => {
    event.preventDefault();
    const problem = customRangeError(from, to);
    setError(problem);
    if (!problem) go({ ...view, selection: { kind: 'custom', from, to } });
  };

  return (
    <div class="range-controls">
      <div class="range-controls__row">
        <label class="range-controls__field">
          <span class="filter__label">Date range</span>
          <select class="select select--sm" value={picking ? 'custom' : selection.kind === 'preset' ? selection.range : 'custom'} onChange={(event) => choose(event.currentTarget.value)}>
            {presetRanges.map((range) => (
              <option key={range} value={range}>
                {rangeLabels[range]}
              </option>
            ))}
            <option value="custom">Custom range</option>
          </select>
        </label>
        <label class="range-controls__compare">
          <input type="checkbox" checked={view.compare} onChange={(event) => go({ ...view, compare: event.currentTarget.checked })} />
          <span>Compare with previous period</span>
        </label>
      </div>
      {picking && (
        <form class="range-controls__custom" aria-label="Custom date range" onSubmit={apply} noValidate>
          <label class="range-controls__field">
            <span class="filter__label">From</span>
            <input
              class="input input--sm"
              type="date"
              value={from}
              max={today}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'range-error' : undefined}
              onInput={(event) => setFrom(event.currentTarget.value)}
            />
          </label>
          <label class="range-controls__field">
            <span class="filter__label">To</span>
            <input
              class="input input--sm"
              type="date"
              value={to}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? 'range-error' : undefined}
              onInput={(event) => setTo(event.currentTarget.value)}
            />
          </label>
          <Button type="submit" size="sm" variant="primary">
            Apply
          </Button>
          {error && (
            <p class="field__error range-controls__error" id="range-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      <p class="range-controls__zone">Days counted in {tz}</p>
    </div>
  );
}
