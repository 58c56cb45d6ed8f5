/**
 * Markdown that tries to run script. If any payload ever executed in a reader's browser it would
 * increment `window.__lanternXss` (payloads that would run inside a frame bump `top.__lanternXss`),
 * so a browser test can render them all through the API and assert the flag is still undefined.
 * Payloads that classically call alert() or navigate are rewritten to set the flag instead.
 *
 * Add a payload for every bypass you read about; never remove one.
 */

export interface XssPayload {
  name: string;
  markdown: string;
}

/** The global a successful payload sets. */
export const xssFlag = '__lanternXss';

/** JavaScript that counts an execution. No quotes or spaces, so it fits any attribute or URL. */
const run = 'window.__lanternXss=(window.__lanternXss||0)+1';
/** The same from inside a frame (srcdoc, data: documents), reaching the page that embeds it. */
const runFromFrame = 'top.__lanternXss=(top.__lanternXss||0)+1';
const script = `<script>${run}</script>`;
const frameScript = `<script>${runFromFrame}</script>`;

/** `javascript:<run>` spelled with a numeric character reference for every letter. */
const entityEncodedScheme = Array.from('javascript:', (c) => `&#${c.charCodeAt(0)};`).join('');
const base64 = (text: string) => btoa(text);

export const xssCorpus: readonly XssPayload[] = [
  // <script>, however it is spelled
  { name: 'script tag', markdown: script },
  { name: 'script tag, mixed case', markdown: `<ScRiPt>${run}</sCrIpT>` },
  { name: 'script tag, whitespace in tags', markdown: `<script\n type="text/javascript"\t>${run}</script\n>` },
  { name: 'script tag, null byte in name', markdown: `<scr\u0000ipt>${run}</scr\u0000ipt>` },
  { name: 'script tag, null byte before name', markdown: `<\u0000script>${run}</script>` },
  { name: 'script tag inside a paragraph', markdown: `Read this first ${script} then continue.` },
  { name: 'script tag, unclosed', markdown: `<script>${run}` },
  { name: 'script src data URL', markdown: `<script src="data:text/javascript,${run}"></script>` },
  { name: 'script split by markdown emphasis', markdown: `*<script>*${run}*</script>*` },
  { name: 'script after a code fence that never closes', markdown: `\`\`\`\n${script}` },
  { name: 'script inside a table cell', markdown: `| a | b |\n|---|---|\n| ${script} | <img src=x onerror="${run}"> |` },

  // javascript: URLs
  { name: 'javascript link', markdown: `[click me](javascript:${run})` },
  { name: 'javascript link, mixed case', markdown: `[click me](JaVaScRiPt:${run})` },
  { name: 'javascript link, entity-encoded colon', markdown: `[click me](javascript&#58;${run})` },
  { name: 'javascript link, entity-encoded scheme', markdown: `[click me](${entityEncodedScheme}${run})` },
  { name: 'javascript link, hex entities', markdown: `<a href="&#x6A;&#x61;vascript&colon;${run}">click me</a>` },
  { name: 'javascript link, tab and newline inside scheme', markdown: `<a href="jav&#x09;ascr&#x0A;ipt:${run}">click me</a>` },
  { name: 'javascript link, angle-bracket destination with tab', markdown: `[click me](<java\tscript:${run}>)` },
  { name: 'javascript link, leading control characters', markdown: `<a href="&#x01;&#x20;&#x0E; javascript:${run}">click me</a>` },
  { name: 'javascript link, percent-encoded (inert, must stay inert)', markdown: `[click me](javascript%3A${run})` },
  { name: 'javascript reference link', markdown: `[click me][evil]\n\n[evil]: javascript:${run}` },
  { name: 'javascript reference link with title', markdown: `[click me][evil]\n\n[evil]: javascript:${run} "Help"` },
  { name: 'javascript autolink', markdown: `<javascript:${run}>` },
  { name: 'javascript link around an image', markdown: `[![logo](https://example.com/logo.png)](javascript:${run})` },
  { name: 'javascript image source', markdown: `![logo](javascript:${run})` },
  { name: 'javascript raw anchor', markdown: `<a href="javascript:${run}">click me</a>` },
  { name: 'vbscript link', markdown: `[click me](vbscript:${run})` },
  { name: 'livescript and unknown schemes', markdown: `[a](livescript:${run}) [b](jar:${run}) [c](ms-its:${run})` },
  { name: 'protocol-relative link', markdown: `[click me](//evil.example/?${run})` },
  { name: 'backslash scheme-relative link', markdown: `<a href="\\\\evil.example/?${run}">click me</a> [x](/\\evil.example/)` },

  // Event handlers
  { name: 'img onerror', markdown: `<img src=x onerror="${run}">` },
  { name: 'img onerror, unquoted with slash separator', markdown: `<img/src=x/onerror=${run}>` },
  { name: 'markdown image with onerror in the title', markdown: `![x](https://x.invalid/a.png "x\\" onerror=\\"${run}")` },
  { name: 'markdown image with onerror in the title, single quotes', markdown: `![x](https://x.invalid/a.png 'x" onerror="${run}')` },
  { name: 'markdown link title breaking out', markdown: `[hover me](https://example.com "a\\" onmouseover=\\"${run}")` },
  { name: 'body onload', markdown: `<body onload="${run}">` },
  { name: 'div onmouseover covering the page', markdown: `<div onmouseover="${run}" style="position:fixed;inset:0">hover</div>` },
  { name: 'input onfocus autofocus', markdown: `<input autofocus onfocus="${run}">` },
  { name: 'onanimationstart with a keyframes style', markdown: `<style>@keyframes x{}</style><p style="animation-name:x" onanimationstart="${run}">x</p>` },
  { name: 'details ontoggle', markdown: `<details open ontoggle="${run}"><summary>s</summary>x</details>` },
  { name: 'marquee onstart', markdown: `<marquee onstart="${run}">x</marquee>` },
  { name: 'video source onerror', markdown: `<video><source onerror="${run}"></video>` },
  { name: 'audio src onerror', markdown: `<audio src=x onerror="${run}"></audio>` },
  { name: 'a onclick on an allowed link', markdown: `<a href="https://example.com" onclick="${run}" target=_self>x</a>` },
  { name: 'event handler on an allowed heading', markdown: `<h2 onmouseover="${run}" id="x">Title</h2>` },

  // SVG
  { name: 'svg onload', markdown: `<svg onload="${run}">` },
  { name: 'svg script', markdown: `<svg><script>${run}</script></svg>` },
  { name: 'svg a xlink:href', markdown: `<svg><a xlink:href="javascript:${run}"><text x="20" y="20">click</text></a></svg>` },
  { name: 'svg animate href', markdown: `<svg><a><animate attributeName="href" values="javascript:${run}"/><text x="20" y="20">click</text></a></svg>` },
  { name: 'svg set onbegin', markdown: `<svg><set attributeName="x" to="1" onbegin="${run}"/></svg>` },
  { name: 'svg animate onend', markdown: `<svg><animate onend="${run}" attributeName="x" dur="1s"/></svg>` },
  { name: 'svg foreignObject with html', markdown: `<svg><foreignObject><img src=x onerror="${run}"></foreignObject></svg>` },
  { name: 'svg use with data URL', markdown: `<svg><use href="data:image/svg+xml;base64,${base64(`<svg id="x" xmlns="http://www.w3.org/2000/svg"><image href="1" onerror="${run}"/></svg>`)}#x"/></svg>` },

  // MathML and namespace confusion (mXSS)
  { name: 'mathml mglyph style mXSS', markdown: `<math><mtext><table><mglyph><style><img src=x onerror="${run}"></style></mglyph></table></mtext></math>` },
  {
    name: 'mathml mglyph comment mXSS (DOMPurify 2.0.0 bypass)',
    markdown: `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${run}&gt;">`,
  },
  { name: 'mathml href', markdown: `<math href="javascript:${run}"><mi>x</mi></math>` },
  { name: 'svg p style namespace confusion (DOMPurify 2.2.2 bypass)', markdown: `<svg></p><style><a id="</style><img src=1 onerror=${run}>">` },
  { name: 'form math mtext mglyph (DOMPurify 2.2.3 bypass)', markdown: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run}>` },
  { name: 'annotation-xml encoding html', markdown: `<math><annotation-xml encoding="text/html"><img src=x onerror="${run}"></annotation-xml></math>` },

  // Frames, plugins, documents in URLs
  { name: 'iframe javascript src', markdown: `<iframe src="javascript:${run}"></iframe>` },
  { name: 'iframe srcdoc', markdown: `<iframe srcdoc="${frameScript.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"></iframe>` },
  { name: 'object data', markdown: `<object data="javascript:${run}"></object>` },
  { name: 'object data html', markdown: `<object data="data:text/html;base64,${base64(frameScript)}"></object>` },
  { name: 'embed src', markdown: `<embed src="javascript:${run}">` },
  { name: 'data URL link, base64 html', markdown: `[open](data:text/html;base64,${base64(frameScript)})` },
  { name: 'data URL link, plain html', markdown: `<a href="data:text/html,${frameScript.replace(/"/g, '&quot;')}">open</a>` },
  { name: 'data URL image, svg with script', markdown: `![x](data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${run}"/>`)})` },
  { name: 'data URL raw img', markdown: `<img src="data:image/svg+xml,<svg onload='${run}'>">` },
  { name: 'img srcset', markdown: `<img src="https://example.com/a.png" srcset="javascript:${run} 1x">` },

  // CSS
  { name: 'style attribute expression', markdown: `<p style="width:expression(${run})">x</p>` },
  { name: 'style attribute url(javascript:)', markdown: `<p style="background:url(javascript:${run})">x</p>` },
  { name: 'style element with javascript url', markdown: `<style>body{background:url("javascript:${run}")}</style>` },
  { name: 'style element import', markdown: `<style>@import "javascript:${run}";</style>` },
  { name: 'style element behavior', markdown: `<style>*{behavior:url("data:text/x-component,${run}")}</style>` },
  { name: 'link stylesheet data URL', markdown: `<link rel="stylesheet" href="data:text/css,*{background:url(javascript:${run})}">` },

  // Document-level tricks
  { name: 'meta refresh to javascript', markdown: `<meta http-equiv="refresh" content="0;url=javascript:${run}">` },
  { name: 'base href', markdown: `<base href="javascript:${run}//">\n\n[relative](/help)` },
  { name: 'form action javascript', markdown: `<form action="javascript:${run}"><input type=submit value=go></form>` },
  { name: 'button formaction', markdown: `<form><button formaction="javascript:${run}">go</button></form>` },
  { name: 'link import', markdown: `<link rel="import" href="data:text/html,${frameScript.replace(/"/g, '&quot;')}">` },
  { name: 'template content', markdown: `<template><img src=x onerror="${run}"></template>` },
  { name: 'isindex', markdown: `<isindex type=image src=1 onerror="${run}">` },

  // Parser breakouts
  { name: 'noscript breakout', markdown: `<noscript><p title="</noscript><img src=x onerror=${run}>"></noscript>` },
  { name: 'noembed breakout', markdown: `<noembed><img title="</noembed><img src=x onerror=${run}>"></noembed>` },
  { name: 'noframes breakout', markdown: `<noframes><img title="</noframes><img src=x onerror=${run}>"></noframes>` },
  { name: 'textarea breakout', markdown: `<textarea><img title="</textarea><img src=x onerror=${run}>"></textarea>` },
  { name: 'title breakout', markdown: `<title><img title="</title><img src=x onerror=${run}>"></title>` },
  { name: 'xmp breakout', markdown: `<xmp><p title="</xmp><img src=x onerror=${run}>">` },
  { name: 'style breakout through an attribute', markdown: `<style><a title="</style><img src=x onerror=${run}>"></style>` },
  { name: 'comment breakout', markdown: `<!--><img src=x onerror="${run}">-->` },
  { name: 'comment ended by --!>', markdown: `<!-- --!><img src=x onerror="${run}"> -->` },
  { name: 'comment in an attribute', markdown: `<img src=x alt="--><img src=x onerror=${run}>">` },
  { name: 'processing instruction', markdown: `<?xml-stylesheet href="javascript:${run}"?><img src=x onerror="${run}">` },
  { name: 'cdata section', markdown: `<![CDATA[><img src=x onerror="${run}">]]>` },

  // Markdown and HTML mixed until they break
  { name: 'html inside link text', markdown: `[<img src=x onerror="${run}">](https://example.com)` },
  { name: 'html inside emphasis', markdown: `**bold <img src=x onerror="${run}"** text>` },
  { name: 'unclosed tag swallowing markdown', markdown: `<a href="javascript:${run}"\n\n[safe](https://example.com)\n\n">x</a>` },
  { name: 'html block then markdown link', markdown: `<div>\n\n[x](javascript:${run})\n\n</div>` },
  { name: 'inline code must stay text', markdown: `\`<img src=x onerror="${run}">\` and \`\`${script}\`\`` },
  { name: 'heading with html', markdown: `## <img src=x onerror="${run}"> Install` },
  { name: 'allowed raw tag with an event handler', markdown: `<kbd onclick="${run}">Ctrl</kbd> <details open ontoggle="${run}"><summary>x</summary></details>` },
  { name: 'entity-encoded tag', markdown: `&lt;img src=x onerror="${run}"&gt; and &#60;script&#62;${run}&#60;/script&#62;` },
  { name: 'footnote-like reference to javascript', markdown: `See [^1].\n\n[^1]: javascript:${run}` },
];
