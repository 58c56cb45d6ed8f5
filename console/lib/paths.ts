/** Every console URL is built here, so links and the route table cannot drift apart. */
export const base = '/console';

const withSearch = (path: string, query?: Record<string, string | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
};

export const paths = {
  home: () => `${base}/`,
  login: (next?: string) => withSearch(`${base}/login`, { next }),
  inbox: () => `${base}/inbox`,
  /** One chat in the inbox (live, or its read-only transcript once closed). */
  chat: (id: string) => `${base}/inbox/${encodeURIComponent(id)}`,
  /** Transcript search: ?q=&agent=&status=&customer=&from=&to= */
  chatHistory: (query?: Record<string, string | undefined>) => withSearch(`${base}/inbox/history`, query),
  tickets: (query?: Record<string, string | undefined>) => withSearch(`${base}/tickets`, query),
  newTicket: (customerId?: string) => withSearch(`${base}/tickets/new`, { customer: customerId }),
  ticket: (id: string) => `${base}/tickets/${encodeURIComponent(id)}`,
  customers: () => `${base}/customers`,
  customer: (id: string) => `${base}/customers/${encodeURIComponent(id)}`,
  /** The knowledge base home; with `category` it is that category's page. */
  knowledge: (query?: Record<string, string | undefined>) => withSearch(`${base}/knowledge`, query),
  knowledgeCategories: () => `${base}/knowledge/categories`,
  /** A new article, maybe in a category; `translateFrom` + `locale` open it as a translation of another one. */
  newArticle: (query?: { category?: string; translateFrom?: string; locale?: string }) => withSearch(`${base}/knowledge/articles/new`, query),
  article: (id: string) => `${base}/knowledge/articles/${encodeURIComponent(id)}`,
  articleHistory: (id: string, query?: { from?: string; to?: string }) =>
    withSearch(`${base}/knowledge/articles/${encodeURIComponent(id)}/history`, query),
  analytics: () => `${base}/analytics`,
  settings: (tab: SettingsTab = 'sites') => `${base}/settings/${tab}`,
  profile: () => `${base}/profile`,
};

export const settingsTabs = ['sites', 'agents', 'canned-responses', 'business-hours', 'api-tokens'] as const;
export type SettingsTab = (typeof settingsTabs)[number];
