/**
 * Bounds that keep one render cheap whatever an author (or a compromised agent account) saves.
 * The server is one Node process: a render that takes seconds stalls every chat, so every
 * amplification we found in marked and jsdom has a cap here. See README.md, "Limits".
 */

/** Longest article body callers accept (validate it at the API). Longer input renders as plain text. */
export const MAX_ARTICLE_MARKDOWN_CHARS = 200_000;

/**
 * Deepest element nesting we hand to the HTML parser. Its scope checks walk the stack of open
 * elements, so parsing cost grows with depth × elements (20,000 nested blockquotes took 55 s).
 * 64 is far beyond any real article (a list nested 10 deep is 20 elements).
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * GFM pads short table rows to the header's width, so a 500-column header over 90,000 one-cell
 * rows (180 KB) made marked allocate 45 million cells and run out of memory. Counted across the
 * whole document before marked builds a table; tables past the budget stay paragraphs. (Below
 * MAX_ELEMENTS, so that a document can spend its budget on tables and still render.)
 */
export const MAX_TABLE_CELLS = 10_000;

/**
 * A reference definition is expanded at every use: one 100 KB URL used 30,000 times is 3 GB of
 * HTML. Links and images with longer URLs or titles render as their text.
 */
export const MAX_URL_CHARS = 2_048;
export const MAX_TITLE_CHARS = 512;

/**
 * jsdom builds and DOMPurify walks about 10,000–20,000 elements a second here, so the element count
 * is the cost of the sanitizing stage. A 200 KB article of ordinary prose, lists, tables and code
 * makes about 11,000; 200 KB of `*a* ` makes 50,000 (5 s). Past this, plain text.
 */
export const MAX_ELEMENTS = 20_000;

/** Natural markdown expands about 5×; anything past this is an amplification and renders as plain text. */
export const MAX_RENDERED_HTML_CHARS = 2_000_000;

/**
 * marked's emphasis matching is superlinear on some inputs ('**a ' × 30,000 took 25 s). Past this
 * budget the article renders as plain text. Real articles take a few milliseconds, so the budget
 * only ever decides for pathological input (whose rendering may then differ between machines).
 */
export const MARKDOWN_TIME_BUDGET_MS = 3_000;
