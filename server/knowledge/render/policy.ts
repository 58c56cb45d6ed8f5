import DOMPurify from 'dompurify';
import { MAX_TITLE_CHARS } from './limits.ts';

/**
 * What an article may contain once sanitized. This is an allowlist: anything not named here is
 * removed (its text kept, except for the elements in `elementsDroppedWithContent`).
 * Changing anything in this file means bumping `policyRevision`. README.md explains each choice.
 */

/**
 * Bump on every change to what reaches stored HTML (this file, urls.ts, purifier.ts, raw-html.ts,
 * markdown.ts, headings.ts, limits.ts): every stored revision is then rendered again.
 */
const policyRevision = 1;

/**
 * Stored beside each revision's HTML. It also names the DOMPurify release, because a DOMPurify
 * upgrade is usually a fix for a bypass, and HTML cleaned by the old release must be cleaned again.
 * Compare with `!==`, never order it.
 */
export const sanitizerVersion = `${policyRevision}/dompurify-${DOMPurify.version}`;

/** True when HTML stored under `storedVersion` must be rendered (or sanitized) again. */
export function needsResanitizing(storedVersion: string | number | null | undefined): boolean {
  return String(storedVersion ?? '') !== sanitizerVersion;
}

type ValueRule = (value: string) => boolean;

const anyValue: ValueRule = () => true;
const shortText: ValueRule = (value) => value.length <= MAX_TITLE_CHARS;
const urlAttribute: ValueRule = anyValue; // judged by the URL policy in urls.ts, in the sanitizer's hook

/** Heading ids are generated from the heading's text (headings.ts); stored HTML keeps ids of that shape only. */
export const headingIdPattern = /^[\p{L}\p{M}\p{N}_-]{1,80}$/u;
const headingId: ValueRule = (value) => headingIdPattern.test(value);

const headingAttributes = { id: headingId };

/** Per element, the attributes an author's document may carry and the values they may take. */
export const allowedAttributes: Readonly<Record<string, Readonly<Record<string, ValueRule>>>> = {
  h1: headingAttributes,
  h2: headingAttributes,
  h3: headingAttributes,
  h4: headingAttributes,
  h5: headingAttributes,
  h6: headingAttributes,
  p: {},
  br: {},
  hr: {},
  strong: {},
  em: {},
  del: {},
  ins: {},
  mark: {},
  sub: {},
  sup: {},
  kbd: {},
  code: { class: (value) => /^language-[\w+#.-]{1,40}$/.test(value) },
  pre: {},
  blockquote: {},
  ul: {},
  ol: { start: (value) => /^\d{1,9}$/.test(value) },
  li: {},
  table: {},
  thead: {},
  tbody: {},
  tr: {},
  th: { align: (value) => /^(left|center|right)$/.test(value) },
  td: { align: (value) => /^(left|center|right)$/.test(value) },
  a: { href: urlAttribute, title: shortText },
  img: { src: urlAttribute, alt: anyValue, title: shortText },
  details: { open: (value) => value === '' },
  summary: {},
};

export const allowedTags = Object.keys(allowedAttributes);
export const allowedAttributeNames = [...new Set(allowedTags.flatMap((tag) => Object.keys(allowedAttributes[tag] ?? {})))];

/**
 * Named again although the allowlist already excludes them, so a later edit of the allowlist
 * cannot let them back in by accident.
 */
export const forbiddenTags = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'slot',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal',
  'form', 'input', 'button', 'select', 'option', 'textarea', 'isindex', 'keygen',
  'svg', 'math', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'listing',
  'audio', 'video', 'source', 'track', 'canvas', 'marquee',
];
/** As written by an author or found in stored HTML. (`rel` and `target` we then set ourselves from the URL.) */
export const forbiddenAttributes = ['style', 'srcset', 'sizes', 'formaction', 'action', 'xlink:href', 'srcdoc', 'background', 'ping', 'target', 'rel'];

/**
 * Removed with everything inside them: their content is code, fallback for something we removed,
 * or text that the browser would parse differently (the noscript/noembed/textarea breakouts).
 */
export const elementsDroppedWithContent = [
  'script', 'style', 'template', 'title', 'iframe', 'frameset', 'noframes', 'noscript', 'noembed',
  'xmp', 'plaintext', 'textarea', 'select', 'option', 'button', 'object', 'embed', 'applet', 'svg', 'math',
];

/** External links open in a new tab without handing it our window, our URL or our endorsement. */
export const externalLinkAttributes = { rel: 'noopener noreferrer nofollow', target: '_blank' } as const;

/** Third-party images are not told which article the reader is on. */
export const externalImageAttributes = { referrerpolicy: 'no-referrer' } as const;
