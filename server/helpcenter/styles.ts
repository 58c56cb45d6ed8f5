import { createHash } from 'node:crypto';

/**
 * The help center's one stylesheet, served from /help/assets/ so pages need no inline style at
 * all (their CSP allows styles from 'self' only). The brand colour comes from the first site and
 * is adjusted until text on it and links in it stay readable (WCAG AA, 4.5:1).
 */

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(hex: string, toward: string, amount: number): string {
  const from = channels(hex);
  const to = channels(toward);
  return toHex(from.map((c, i) => c + ((to[i] ?? 0) - c) * amount) as [number, number, number]);
}

export interface Palette {
  /** Header and buttons. */
  brand: string;
  /** Text on `brand`. */
  onBrand: string;
  /** Links and accents on white. */
  accent: string;
  /** A faint tint for hovers and highlights. */
  tint: string;
}

const ink = '#111827';

export function palette(color: string): Palette {
  const brand = /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : '#4f46e5';
  let accent = brand;
  for (let step = 1; contrast(accent, '#ffffff') < 4.5 && step <= 10; step += 1) accent = mix(brand, '#000000', step / 10);
  const onBrand = contrast('#ffffff', brand) >= contrast(ink, brand) ? '#ffffff' : ink;
  return { brand, onBrand, accent, tint: mix(brand, '#ffffff', 0.92) };
}

const baseCss = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2937; background: #f8fafc; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 4px; }
.wrap { width: 100%; max-width: 1120px; margin: 0 auto; padding: 0 20px; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: 12px; top: -48px; padding: 8px 14px; background: #fff; color: var(--accent); border-radius: 6px; z-index: 10; }
.skip-link:focus { top: 12px; }
.print-only { display: none; }

/* Header */
.site-header { background: var(--brand); color: var(--on-brand); }
.site-header .bar { display: flex; align-items: center; justify-content: space-between; gap: 16px; min-height: 64px; flex-wrap: wrap; padding-top: 10px; padding-bottom: 10px; }
.brand { display: inline-flex; align-items: center; gap: 10px; color: inherit; text-decoration: none; font-weight: 650; font-size: 18px; letter-spacing: -.01em; }
.brand-mark { display: inline-grid; place-items: center; width: 32px; height: 32px; border-radius: 9px; background: color-mix(in srgb, var(--on-brand) 18%, transparent); font-size: 17px; }
.brand-sub { font-weight: 400; opacity: .85; }
.languages { display: flex; gap: 12px; font-size: 14px; }
.languages a { color: inherit; opacity: .9; }
.languages a[aria-current] { font-weight: 650; text-decoration: none; opacity: 1; }

/* Search */
.search-form { display: flex; width: 100%; max-width: 640px; background: #fff; border-radius: 12px; box-shadow: 0 1px 2px rgba(15, 23, 42, .08), 0 8px 24px rgba(15, 23, 42, .12); overflow: hidden; }
.search-form input { flex: 1; min-width: 0; border: 0; padding: 16px 18px; font: inherit; font-size: 17px; color: #111827; background: transparent; }
.search-form input:focus { outline: none; }
.search-form:focus-within { box-shadow: 0 0 0 3px color-mix(in srgb, var(--on-brand) 55%, transparent), 0 8px 24px rgba(15, 23, 42, .12); }
.search-form button { border: 0; margin: 6px; padding: 0 20px; border-radius: 8px; background: var(--accent); color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
.search-form.compact { max-width: 360px; border-radius: 9px; box-shadow: none; }
.search-form.compact input { padding: 9px 12px; font-size: 15px; }
.search-form.compact button { margin: 4px; padding: 0 12px; font-size: 14px; }
.page-search { margin: 0 0 24px; }
.page-search .search-form { max-width: none; box-shadow: 0 1px 2px rgba(15, 23, 42, .08); border: 1px solid #e5e7eb; }

/* Home */
.hero { background: linear-gradient(180deg, var(--brand), color-mix(in srgb, var(--brand) 82%, #000)); color: var(--on-brand); padding: 40px 0 64px; }
.hero h1 { margin: 0 0 20px; font-size: clamp(28px, 5vw, 42px); line-height: 1.15; letter-spacing: -.02em; }
.section-title { margin: 48px 0 16px; font-size: 22px; letter-spacing: -.01em; color: #111827; }
.topic-grid { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 16px; }
.topic-card { position: relative; height: 100%; padding: 22px 24px; background: #fff; border: 1px solid #e5e7eb; border-radius: 14px; transition: border-color .15s, box-shadow .15s; }
.topic-card:hover { border-color: color-mix(in srgb, var(--accent) 45%, #e5e7eb); box-shadow: 0 6px 18px rgba(15, 23, 42, .07); }
.topic-card h3 { margin: 0 0 6px; font-size: 18px; line-height: 1.3; }
.topic-card h3 a { color: #111827; text-decoration: none; }
.topic-card h3 a:hover { color: var(--accent); }
.topic-card p { margin: 0 0 8px; color: #4b5563; font-size: 15px; }
.topic-card .count { color: #6b7280; font-size: 14px; margin: 0; }
.topic-card .sections { list-style: none; padding: 12px 0 0; margin: 12px 0 0; border-top: 1px solid #f1f5f9; font-size: 15px; }
.topic-card .sections li { padding: 3px 0; }
.topic-card .sections a { text-decoration: none; }
.topic-card .sections a:hover { text-decoration: underline; }
.topic-card .sections span { color: #9ca3af; font-size: 13px; margin-left: 6px; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 0 40px; }

/* Lists of articles */
.article-list { list-style: none; margin: 0; padding: 0; background: #fff; border: 1px solid #e5e7eb; border-radius: 14px; }
.article-list li { border-top: 1px solid #f1f5f9; }
.article-list li:first-child { border-top: 0; }
.article-list a { display: block; padding: 14px 20px; text-decoration: none; color: #111827; font-weight: 550; }
.article-list a:hover { background: var(--tint); color: var(--accent); }
.article-list a:hover:first-child { border-radius: inherit; }
.article-list .excerpt { display: block; margin-top: 2px; color: #6b7280; font-weight: 400; font-size: 14.5px; line-height: 1.5; }

/* Page frame */
main.wrap { padding-bottom: 64px; }
.breadcrumb { margin: 28px 0 12px; font-size: 14px; color: #6b7280; }
.breadcrumb ol { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.breadcrumb li + li::before { content: "›"; margin: 0 6px 0 2px; color: #9ca3af; }
.breadcrumb a { color: #4b5563; text-decoration: none; }
.breadcrumb a:hover { color: var(--accent); text-decoration: underline; }
.page-title { margin: 0 0 8px; font-size: clamp(26px, 4vw, 36px); line-height: 1.2; letter-spacing: -.02em; color: #0f172a; }
.lede { margin: 0 0 28px; color: #4b5563; font-size: 17px; max-width: 70ch; }
.group-title { margin: 32px 0 12px; font-size: 18px; }
.group-title a { color: #111827; text-decoration: none; }
.group-title a:hover { color: var(--accent); text-decoration: underline; }
.chips { list-style: none; padding: 0; margin: 0 0 8px; display: flex; flex-wrap: wrap; gap: 8px; }
.chips a { display: inline-block; padding: 6px 14px; border: 1px solid #e5e7eb; border-radius: 999px; background: #fff; text-decoration: none; font-size: 14.5px; color: #374151; }
.chips a:hover { border-color: var(--accent); color: var(--accent); }
.empty { padding: 28px; background: #fff; border: 1px dashed #d1d5db; border-radius: 14px; color: #4b5563; }

/* Article */
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 48px; align-items: start; }
.article { min-width: 0; max-width: 760px; padding: 36px 44px 40px; background: #fff; border: 1px solid #e5e7eb; border-radius: 16px; }
.article-header { margin-bottom: 28px; padding-bottom: 20px; border-bottom: 1px solid #f1f5f9; }
.article-header h1 { margin: 0 0 10px; font-size: clamp(26px, 4vw, 36px); line-height: 1.2; letter-spacing: -.02em; color: #0f172a; }
.meta { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 18px; margin: 0; color: #6b7280; font-size: 14.5px; }
.meta a { font-weight: 550; }
.translations { margin: 10px 0 0; font-size: 14.5px; color: #6b7280; }
.translations a { margin-right: 10px; }
.article-body { font-size: 17px; line-height: 1.7; color: #1f2937; overflow-wrap: break-word; }
.article-body > :first-child { margin-top: 0; }
.article-body h2 { margin: 1.8em 0 .6em; font-size: 1.45em; line-height: 1.3; color: #0f172a; letter-spacing: -.01em; }
.article-body h3 { margin: 1.6em 0 .5em; font-size: 1.2em; line-height: 1.35; color: #0f172a; }
.article-body h4, .article-body h5, .article-body h6 { margin: 1.4em 0 .4em; font-size: 1em; color: #0f172a; }
.article-body p, .article-body ul, .article-body ol, .article-body pre, .article-body blockquote, .article-body table { margin: 0 0 1.1em; }
.article-body ul, .article-body ol { padding-left: 1.5em; }
.article-body li { margin: .3em 0; }
.article-body li > ul, .article-body li > ol { margin: .3em 0; }
.article-body img { max-width: 100%; height: auto; border-radius: 8px; }
.article-body code { font: .88em/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; background: #f3f4f6; padding: .12em .38em; border-radius: 5px; }
.article-body pre { padding: 16px 18px; background: #0f172a; color: #e2e8f0; border-radius: 10px; overflow-x: auto; line-height: 1.55; }
.article-body pre code { background: none; padding: 0; color: inherit; font-size: .86em; }
.article-body blockquote { margin-left: 0; padding: 10px 18px; border-left: 4px solid var(--accent); background: var(--tint); border-radius: 0 8px 8px 0; color: #374151; }
.article-body blockquote > :last-child { margin-bottom: 0; }
.article-body table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; font-size: .94em; }
.article-body th, .article-body td { padding: 8px 12px; border: 1px solid #e5e7eb; text-align: left; vertical-align: top; }
.article-body th { background: #f9fafb; font-weight: 600; }
.article-body hr { border: 0; border-top: 1px solid #e5e7eb; margin: 2em 0; }
.feedback { margin-top: 40px; padding: 20px 22px; display: flex; flex-wrap: wrap; align-items: center; gap: 12px 20px; background: #f9fafb; border-radius: 12px; }
.feedback h2 { margin: 0; font-size: 16px; font-weight: 600; }
.feedback form { display: flex; gap: 10px; margin: 0; }
.feedback button { min-width: 72px; padding: 8px 16px; border: 1px solid #d1d5db; border-radius: 8px; background: #fff; font: inherit; font-weight: 550; color: #374151; cursor: pointer; }
.feedback button:hover { border-color: var(--accent); color: var(--accent); }
.feedback p { margin: 0; color: #047857; font-weight: 550; }
.sidebar { position: sticky; top: 24px; }
.side-block { margin-bottom: 28px; }
.side-block h2 { margin: 0 0 10px; font-size: 13px; font-weight: 650; text-transform: uppercase; letter-spacing: .06em; color: #6b7280; }
.side-block ul { list-style: none; margin: 0; padding: 0; }
.side-block li { margin: 0; }
.side-block a { display: block; padding: 6px 10px; margin: 0 -10px; border-radius: 8px; color: #374151; text-decoration: none; font-size: 15px; line-height: 1.45; }
.side-block a:hover { background: var(--tint); color: var(--accent); }
.side-block a[aria-current] { color: var(--accent); font-weight: 600; background: var(--tint); }

/* Search results */
.results { list-style: none; margin: 0; padding: 0; }
.result { padding: 18px 22px; margin-bottom: 12px; background: #fff; border: 1px solid #e5e7eb; border-radius: 12px; }
.result h2 { margin: 0 0 6px; font-size: 18px; line-height: 1.35; }
.result h2 a { text-decoration: none; }
.result h2 a:hover { text-decoration: underline; }
.result p { margin: 0; color: #4b5563; font-size: 15px; }
.result mark { background: color-mix(in srgb, var(--brand) 22%, #fff); color: inherit; padding: 0 .1em; border-radius: 3px; }
.result-count { margin: 0 0 18px; color: #4b5563; }
.hint { color: #6b7280; font-size: 14px; }

/* Not found */
.not-found { max-width: 560px; margin: 72px auto; text-align: center; }
.not-found .code { font-size: 72px; font-weight: 750; line-height: 1; color: var(--accent); letter-spacing: -.04em; margin: 0 0 8px; }
.not-found p { color: #4b5563; }
.not-found .search-form { margin: 28px auto; box-shadow: 0 1px 2px rgba(15, 23, 42, .08); border: 1px solid #e5e7eb; }

/* Footer */
.site-footer { border-top: 1px solid #e5e7eb; background: #fff; color: #6b7280; font-size: 14px; }
.site-footer .wrap { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 8px; padding-top: 22px; padding-bottom: 22px; }
.site-footer a { color: inherit; }

@media (max-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr); gap: 24px; }
  .sidebar { position: static; }
}
@media (max-width: 640px) {
  .wrap { padding: 0 16px; }
  .article { padding: 24px 20px 28px; border-radius: 12px; margin: 0 -4px; }
  .article-body { font-size: 16.5px; }
  .hero { padding: 28px 0 40px; }
  .site-header .search-form.compact { max-width: none; order: 3; }
  .search-form input { padding: 14px; }
  .search-form button { padding: 0 14px; }
  .feedback { padding: 16px; }
}

@media print {
  @page { margin: 18mm 16mm; }
  body { background: #fff; color: #000; font: 11pt/1.5 Georgia, "Times New Roman", serif; }
  .site-header, .site-footer, .breadcrumb, .sidebar, .feedback, .related, .meta a, .translations, .skip-link, .search-form, .languages { display: none !important; }
  .wrap, .layout, .article { display: block; max-width: none; padding: 0; margin: 0; border: 0; background: none; }
  .print-only { display: block; color: #444; font-size: 9pt; margin: 0 0 12pt; }
  .article-header { border-bottom: 1pt solid #999; margin-bottom: 14pt; padding-bottom: 8pt; }
  .article-header h1 { font-size: 22pt; color: #000; }
  .article-body { font-size: 11pt; color: #000; }
  .article-body h2, .article-body h3, .article-body h4 { color: #000; break-after: avoid; }
  .article-body a { color: #000; text-decoration: underline; }
  .article-body a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; color: #444; word-break: break-all; }
  .article-body a[href^="#"]::after { content: ""; }
  .article-body pre { background: #f4f4f4; color: #000; border: 1pt solid #ccc; white-space: pre-wrap; }
  .article-body pre, .article-body blockquote, .article-body table, .article-body img { break-inside: avoid; }
  .article-body blockquote { background: none; }
}
`;

/** The stylesheet for a brand colour, and a short version tag for its URL. */
export function helpCenterCss(color: string): { css: string; version: string } {
  const p = palette(color);
  const css = `:root { --brand: ${p.brand}; --on-brand: ${p.onBrand}; --accent: ${p.accent}; --tint: ${p.tint}; }\n${baseCss}`;
  return { css, version: createHash('sha256').update(css).digest('hex').slice(0, 12) };
}
