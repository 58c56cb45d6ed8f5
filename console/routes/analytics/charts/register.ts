import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/*
 * Chart.js, tree-shaken: only the controllers, elements, scales and plugins the analytics page
 * draws are registered (and so bundled): lines (volume, forecast with its band via Filler) and
 * bars (resolution times, channels, categories), with tooltips and legends that toggle series.
 */
Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Filler, Legend, Tooltip);

Chart.defaults.font.family = getComputedStyle(document.documentElement).getPropertyValue('--font-sans').trim() || 'system-ui, sans-serif';
Chart.defaults.font.size = 12;
Chart.defaults.color = '#4b5563';
Chart.defaults.borderColor = '#e5e7eb';
Chart.defaults.maintainAspectRatio = false;
// People who asked for less motion get none.
if (window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) Chart.defaults.animation = false;

export { Chart };

/** The series colours (Tailwind's indigo, emerald, amber, sky, rose, violet, grey). */
export const palette = ['#4f46e5', '#059669', '#d97706', '#0284c7', '#e11d48', '#7c3aed', '#6b7280'] as const;
export const colourAt = (index: number) => palette[index % palette.length] ?? '#4f46e5';
