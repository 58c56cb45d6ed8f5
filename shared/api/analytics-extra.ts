import type { DashboardQuery } from '../schemas/analytics.ts';
import type { AnalyticsChange, CustomerInsights, ForecastQuery, VolumeForecast } from '../schemas/analytics-extra.ts';
import type { Http, HttpOptions, Query } from './http.ts';

/**
 * The analytics calls beside the dashboard (spread into `api.analytics`): the volume forecast,
 * customer segments, and live change notifications.
 */
export function analyticsExtraClient(http: Http, options: HttpOptions) {
  return {
    /** Tickets created per day for the next 14 or 30 days, with an 80 % band and the backtest error. */
    forecast: (query: ForecastQuery = {}) => http<VolumeForecast>('GET', '/api/support/analytics/forecast', { query: query as Query }),
    /** Industries, company sizes and the busiest customers in the range. */
    customers: (query: DashboardQuery = {}) => http<CustomerInsights>('GET', '/api/support/analytics/customers', { query: query as Query }),
    /**
     * Calls `onChange` whenever tickets or chats change (at most about once a second), over
     * server-sent events. The browser reconnects by itself and is told at once what it missed.
     * Returns the unsubscribe. Browsers only (EventSource).
     */
    subscribe(onChange: (change: AnalyticsChange) => void): () => void {
      const source = new EventSource(`${options.baseUrl}/api/support/analytics/stream`, { withCredentials: true });
      const listener = (event: MessageEvent<string>) => onChange(JSON.parse(event.data) as AnalyticsChange);
      source.addEventListener('change', listener);
      return () => {
        source.removeEventListener('change', listener);
        source.close();
      };
    },
  };
}
