/** Every help-center path in one place, so links and routes cannot drift apart. */
export const paths = {
  root: '/help',
  home: (locale: string) => `/help/${locale}`,
  category: (locale: string, slug: string) => `/help/${locale}/${slug}`,
  article: (locale: string, slug: string) => `/help/${locale}/articles/${slug}`,
  pdf: (locale: string, slug: string) => `/help/${locale}/articles/${slug}.pdf`,
  feedback: (locale: string, slug: string) => `/help/${locale}/articles/${slug}/feedback`,
  search: (locale: string, q?: string) => (q ? `/help/${locale}/search?q=${encodeURIComponent(q)}` : `/help/${locale}/search`),
  stylesheet: (version: string) => `/help/assets/help-center.css?v=${version}`,
};

/** An absolute URL on the public address (LANTERN_PUBLIC_URL), for canonical links, hreflang and PDFs. */
export function absoluteUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}
