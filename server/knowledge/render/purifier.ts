import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent } from 'dompurify';
import {
  allowedAttributeNames,
  allowedAttributes,
  allowedTags,
  elementsDroppedWithContent,
  externalImageAttributes,
  externalLinkAttributes,
  forbiddenAttributes,
  forbiddenTags,
} from './policy.ts';
import { classifyHref, classifyImageSrc, cleanUrl, type LinkKind, type UrlProblem } from './urls.ts';
import { sharedWindow } from './window.ts';

/**
 * DOMPurify on the shared jsdom window, with our policy as hooks. DOMPurify does the parsing and
 * the removal of everything not allowlisted (and its mXSS defences); the hooks add what it cannot
 * express: per-element attributes and values, our URL rules, and the attributes we add to links
 * and images.
 */

const config: Config & { RETURN_DOM_FRAGMENT: true } = {
  // The parse root is a <body>: allowing it stops DOMPurify from hoisting (cloning) the whole
  // document out of it, which doubled the cost. Only its children are ever returned, and its
  // attributes (from a stray `<body onload>`) go through the same hook as everyone's.
  ALLOWED_TAGS: [...allowedTags, 'body'],
  ALLOWED_ATTR: allowedAttributeNames,
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  // A second lock behind urls.ts: only http(s), mailto and scheme-less values get through.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  FORBID_TAGS: forbiddenTags,
  FORBID_ATTR: forbiddenAttributes,
  ADD_FORBID_CONTENTS: elementsDroppedWithContent,
  KEEP_CONTENT: true,
  SAFE_FOR_XML: true,
  SANITIZE_DOM: true,
  RETURN_DOM_FRAGMENT: true,
};

/** What one render learns while sanitizing: links as the author wrote them, images, refused URLs. */
export interface PurifySession {
  resolveArticleRef: ((href: string) => string | null) | undefined;
  links: { href: string; kind: LinkKind }[];
  droppedLinks: { href: string; problem: UrlProblem }[];
  images: string[];
}

export function newPurifySession(resolveArticleRef?: (href: string) => string | null): PurifySession {
  return { resolveArticleRef, links: [], droppedLinks: [], images: [] };
}

// Hooks are process-wide on the instance, and DOMPurify is synchronous: the state of the call in
// progress is set just around it.
let session: PurifySession | null = null;
let headings: Element[] = [];
let busy = false;

function judgeHref(event: UponSanitizeAttributeHookEvent): void {
  const authored = cleanUrl(event.attrValue);
  const verdict = classifyHref(authored);
  if (!verdict.ok) {
    event.keepAttr = false;
    session?.droppedLinks.push({ href: authored, problem: verdict.problem });
    return;
  }
  let href = verdict.href;
  if (verdict.articleRef) {
    session?.links.push({ href: authored, kind: 'internal' });
    const resolved = session?.resolveArticleRef?.(authored) ?? null;
    const target = resolved === null ? null : classifyHref(resolved);
    // Unresolved (or resolved to something the policy refuses): the link becomes its text.
    if (!target?.ok || target.articleRef) {
      event.keepAttr = false;
      return;
    }
    href = target.href;
  } else {
    session?.links.push({ href, kind: verdict.kind });
  }
  event.attrValue = href;
}

function judgeImageSrc(event: UponSanitizeAttributeHookEvent): void {
  const verdict = classifyImageSrc(event.attrValue);
  if (!verdict.ok) {
    event.keepAttr = false;
    return;
  }
  event.attrValue = verdict.href;
  session?.images.push(verdict.href);
}

function onAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const tag = node.localName;
  const rule = allowedAttributes[tag]?.[event.attrName];
  if (!rule) {
    event.keepAttr = false;
  } else if (tag === 'a' && event.attrName === 'href') {
    judgeHref(event);
  } else if (tag === 'img' && event.attrName === 'src') {
    judgeImageSrc(event);
  } else if (!rule(event.attrValue)) {
    event.keepAttr = false;
  }
}

const headingNames = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Attributes we own are stripped from the input (by onAttribute) and set here from the final URL.
 * Headings are collected on the way: a selector query afterwards costs more than the walk itself.
 */
function afterAttributes(node: Element): void {
  if (headingNames.has(node.localName)) {
    headings.push(node);
  } else if (node.localName === 'a') {
    const href = node.getAttribute('href');
    const verdict = href === null ? null : classifyHref(href);
    if (verdict?.ok && verdict.kind === 'external') {
      for (const [name, value] of Object.entries(externalLinkAttributes)) node.setAttribute(name, value);
    }
  } else if (node.localName === 'img') {
    const src = node.getAttribute('src');
    if (src === null) return;
    node.setAttribute('loading', 'lazy');
    if (classifyImageSrc(src).ok && /^https?:/i.test(src)) {
      for (const [name, value] of Object.entries(externalImageAttributes)) node.setAttribute(name, value);
    }
  }
}

let instance: DOMPurify | null = null;

function purifier(): DOMPurify {
  if (instance) return instance;
  const created = createDOMPurify(sharedWindow());
  if (!created.isSupported) throw new Error('DOMPurify cannot run on this DOM implementation');
  created.addHook('uponSanitizeAttribute', onAttribute);
  created.addHook('afterSanitizeAttributes', afterAttributes);
  instance = created;
  return created;
}

export interface Purified {
  /** A detached <div> holding the sanitized nodes: its innerHTML is the output. */
  root: HTMLDivElement;
  /** The h1–h6 elements in document order. */
  headings: Element[];
}

/**
 * Sanitizes `html`. With a session, records what the article links to. A link whose URL was
 * refused stays an <a> without href (inert, and styled as text); unwrapping it would cost a
 * sibling-index walk per link in jsdom, quadratic on hostile input.
 */
export function purify(html: string, withSession: PurifySession | null = null): Purified {
  const dompurify = purifier();
  // DOMPurify keeps its state on the instance: a resolver that renders another article from inside
  // the hook would corrupt the call in progress.
  if (busy) throw new Error('purify() is not re-entrant: do not render or sanitize from resolveInternalLink');
  busy = true;
  session = withSession;
  headings = [];
  let fragment: DocumentFragment;
  let found: Element[];
  try {
    fragment = dompurify.sanitize(html, config);
    found = headings;
  } finally {
    busy = false;
    session = null;
    headings = [];
  }
  const root = fragment.ownerDocument.createElement('div');
  root.append(fragment);
  return { root, headings: found };
}

/**
 * What DOMPurify's DOM-clobbering check (SANITIZE_DOM) would strip from an id: names the document
 * or a form already has. Heading ids avoid these, or re-sanitizing would drop them.
 */
export function clashesWithDomProperty(id: string): boolean {
  const { document } = sharedWindow();
  formProbe ??= document.createElement('form');
  return id in document || id in formProbe;
}
let formProbe: HTMLFormElement | null = null;
