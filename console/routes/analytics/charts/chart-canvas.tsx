import type { ChartConfiguration, ChartEvent } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { Chart } from './register.ts';

export type ChartKind = 'line' | 'bar';

/** What was clicked: which series and which point, bar or slice. */
export interface Pick {
  datasetIndex: number;
  index: number;
}

/**
 * A Chart.js chart on a canvas. New data updates the chart in place (no flash on live updates);
 * clicking a point, bar or slice calls `onPick` (the drill-down), and the pointer shows which
 * parts are clickable. The canvas is described by `label`; the data itself is in the card's table.
 */
export function ChartCanvas<K extends ChartKind>({
  config,
  label,
  onPick,
  near = false,
  height = 260,
}: {
  config: ChartConfiguration<K>;
  label: string;
  onPick?: (pick: Pick) => void;
  /** Pick the nearest point even when the pointer is not on it (thin lines); bars must be hit. */
  near?: boolean;
  height?: number;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<Chart<K> | null>(null);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;

  /** The point, bar or slice under the pointer (or nearest to it, with `near`), among visible series. */
  const pickAt = (event: ChartEvent, chart: Chart<K>): Pick | null => {
    if (!event.native) return null;
    const [element] = chart.getElementsAtEventForMode(event.native, 'nearest', { intersect: !near }, true);
    return element ? { datasetIndex: element.datasetIndex, index: element.index } : null;
  };

  const withHandlers = (next: ChartConfiguration<K>): ChartConfiguration<K> => ({
    ...next,
    options: {
      ...next.options,
      onClick: (event: ChartEvent, _elements: unknown, chart: Chart<K>) => {
        const pick = pickAt(event, chart);
        if (pick && pickRef.current) pickRef.current(pick);
      },
      onHover: (event: ChartEvent, _elements: unknown, chart: Chart<K>) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = pickRef.current && pickAt(event, chart) ? 'pointer' : 'default';
      },
    } as ChartConfiguration<K>['options'],
  });

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const chart = new Chart<K>(canvas, withHandlers(config));
    chartRef.current = chart;
    return () => {
      chart.destroy();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const next = withHandlers(config);
    chart.data = next.data;
    if (next.options) chart.options = next.options;
    chart.update();
  }, [config]);

  return (
    <div class="chart" style={{ height: `${height}px` }}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
