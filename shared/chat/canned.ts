/**
 * Canned responses on the agent's side of a chat: recognising `/shortcut` in the composer and
 * filling in `{{variables}}`. Plain functions with no dependencies, so the console's composer, the
 * server and the tests share them without pulling zod into a bundle.
 */

export const cannedLimits = {
  shortcut: 32,
  title: 200,
  /** The same as a chat message: an expanded response must fit in one. */
  body: 4_000,
} as const;

/** What a shortcut may hold once its slash is gone: what is easy to type after `/` and survives a URL. */
export const cannedShortcutPattern = /^[a-z0-9_-]{1,32}$/;

/** `/Refund ` → `refund`: the stored form of what an admin typed in the shortcut field. */
export function normalizeCannedShortcut(text: string): string {
  return text.trim().replace(/^\//, '').toLowerCase();
}

/** Who and where a response is sent: each part may be unknown (an anonymous visitor has no name). */
export interface CannedContext {
  customer?: { name?: string | null; email?: string | null } | null;
  agent?: { name?: string | null } | null;
  site?: { name?: string | null } | null;
}

const firstWord = (name: string | null | undefined) => name?.trim().split(/\s+/)[0];

/** Each variable and how to read it; a name not listed here is a typo the agent should see. */
const variables: Record<string, (context: CannedContext) => string | null | undefined> = {
  'customer.name': (c) => c.customer?.name,
  'customer.first_name': (c) => firstWord(c.customer?.name),
  'customer.email': (c) => c.customer?.email,
  'agent.name': (c) => c.agent?.name,
  'agent.first_name': (c) => firstWord(c.agent?.name),
  'site.name': (c) => c.site?.name,
};

export const cannedVariables: readonly string[] = Object.keys(variables);

/** `{{ name }}` or `{{ name | fallback }}`; the fallback runs to the closing braces. */
const placeholder = /\{\{\s*([A-Za-z_][\w.]*)\s*(?:\|([^{}]*))?\}\}/g;

/**
 * Fills the variables in a canned response. A known variable without a value becomes its fallback
 * (`{{customer.first_name | there}}` → "there") or nothing; an unknown one stays as written, so the
 * agent sees the mistake before sending. One pass: a value that itself looks like `{{…}}` (a
 * customer who calls themselves "{{agent.email}}") is inserted as text, never expanded.
 */
export function expandCannedResponse(body: string, context: CannedContext): string {
  return body.replace(placeholder, (whole: string, name: string, fallback: string | undefined) => {
    const read = variables[name.toLowerCase()];
    if (!read) return whole;
    const value = read(context)?.trim();
    return value ? value : (fallback?.trim() ?? '');
  });
}

/**
 * The composer's text is a shortcut being typed (`/ref`): the prefix after the slash, lowercased,
 * '' for a lone `/` (show every response); null for anything else, including once a space is typed
 * or the text does not start with the slash, so the picker closes.
 */
export function matchCannedShortcut(text: string): string | null {
  const match = /^\/([A-Za-z0-9_-]{0,32})$/.exec(text);
  return match ? (match[1] ?? '').toLowerCase() : null;
}

/**
 * The responses a prefix picks, as the API's `?q=` does: the shortcut or the title starts with it
 * (case-insensitive), ordered by shortcut. For pickers that hold the list and filter per keystroke.
 */
export function filterCannedResponses<T extends { shortcut: string; title: string }>(responses: readonly T[], prefix: string): T[] {
  const wanted = normalizeCannedShortcut(prefix);
  return responses
    .filter((item) => item.shortcut.startsWith(wanted) || item.title.toLowerCase().startsWith(wanted))
    .sort((a, b) => (a.shortcut < b.shortcut ? -1 : a.shortcut > b.shortcut ? 1 : 0));
}
