import type { FeedbackInput, SearchResult, Suggestions } from '../schemas/knowledge.ts';
import type { WidgetSiteConfig } from '../schemas/sites.ts';
import type { PopularArticles, WidgetArticle } from '../schemas/widget.ts';

/**
 * The widget's calls. Plain functions over fetch, not the console's client, so the widget bundle
 * carries only what it uses. Types only from the schemas: zod never reaches a visitor.
 */
export async function fetchWidgetSite(baseUrl: string, siteKey: string): Promise<WidgetSiteConfig> {
  const response = await fetch(`${baseUrl}/api/widget/sites/${encodeURIComponent(siteKey)}`, {
    credentials: 'omit',
  });
  if (!response.ok) throw new Error(`Lantern: site ${siteKey} could not be loaded (${response.status})`);
  return (await response.json()) as WidgetSiteConfig;
}

/** Which server and site the knowledge calls go to. */
export interface WidgetEndpoint {
  baseUrl: string;
  siteKey: string;
}

/** A refused or failed call; `status` is 0 when no answer arrived. */
export class WidgetApiError extends Error {
  constructor(readonly status: number) {
    super(`Lantern: request failed (${status})`);
  }
}

/**
 * One call to the widget API of a site (`path` below /api/widget/sites/:key/). No cookies: the
 * widget is anonymous (chat proves who it is with a Bearer token), and a cookie-less request needs
 * no credentialed CORS.
 */
export async function widgetCall<T>({ baseUrl, siteKey }: WidgetEndpoint, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${baseUrl}/api/widget/sites/${encodeURIComponent(siteKey)}/${path}`, {
    credentials: 'omit',
    ...init,
  });
  if (!response.ok) throw new WidgetApiError(response.status);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const call = <T>(at: WidgetEndpoint, path: string, init?: RequestInit) => widgetCall<T>(at, `knowledge/${path}`, init);

const post = (at: WidgetEndpoint, path: string, body: unknown) =>
  call<undefined>(at, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** Full search, logged as a widget search. `locale` is the browser's; the server falls back to one it has. */
export const searchKnowledge = (at: WidgetEndpoint, q: string, locale: string, signal?: AbortSignal) =>
  call<SearchResult>(at, `search?${query({ q, locale })}`, { signal });

/** Autocomplete for the search box: completions of the words typed, and articles whose titles fit. */
export const suggestKnowledge = (at: WidgetEndpoint, q: string, locale: string, signal?: AbortSignal) =>
  call<Suggestions>(at, `suggest?${query({ q, locale })}`, { signal });

export const fetchPopularArticles = (at: WidgetEndpoint, locale: string, signal?: AbortSignal) =>
  call<PopularArticles>(at, `popular?${query({ locale })}`, { signal });

export const fetchArticle = (at: WidgetEndpoint, locale: string, slug: string, signal?: AbortSignal) =>
  call<WidgetArticle>(at, `articles/${encodeURIComponent(locale)}/${encodeURIComponent(slug)}`, { signal });

/** Counts a view; the server counts one per visitor per day however often this is sent. */
export const countArticleView = (at: WidgetEndpoint, articleId: string, visitorId: string) =>
  post(at, `articles/${encodeURIComponent(articleId)}/view`, { visitorId });

/** "Was this helpful?": one vote per visitor per article; sending again changes it. */
export const sendArticleFeedback = (at: WidgetEndpoint, articleId: string, input: FeedbackInput) =>
  post(at, `articles/${encodeURIComponent(articleId)}/feedback`, input);
