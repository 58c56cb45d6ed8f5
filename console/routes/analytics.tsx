import { lazyPage } from '../components/lazy-page.tsx';

/**
 * The analytics page, fetched on first visit: it brings Chart.js and its own styles, which the
 * rest of the console never needs (see routes/analytics/analytics-page.tsx).
 */
export const AnalyticsPage = lazyPage(() => import('./analytics/analytics-page.tsx').then((module) => module.AnalyticsPage), 'Opening analytics…');
