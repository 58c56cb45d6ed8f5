import { escapeHtml } from './escape-html.ts';

export interface DemoPageInput {
  /** The site whose widget is embedded; null on an install with no site yet. */
  site: { name: string; publicKey: string } | null;
  /** Add CSS and globals that break careless widgets, to show this one holds up. */
  hostile: boolean;
  /** Per-response CSP nonce for the page's own inline <style> and <script>. */
  nonce: string;
}

const products = [
  { name: 'Ridgeline 2P tent', price: '$349', tone: '#2f6f4f' },
  { name: 'Summit 45 L pack', price: '$189', tone: '#9a4a24' },
  { name: 'Alpine down jacket', price: '$229', tone: '#2c4f86' },
  { name: 'Trailhead stove', price: '$64', tone: '#6b5b2e' },
  { name: 'Switchback poles', price: '$89', tone: '#5b3f78' },
  { name: 'Basecamp sleeping bag', price: '$199', tone: '#2e6470' },
];

const storeCss = `
body { margin: 0; font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1d2a22; background: #f6f3ec; }
a { color: inherit; }
.demo-bar { padding: 8px 24px; font: 13px/1.4 system-ui, sans-serif; background: #1d2a22; color: #f6f3ec; }
.demo-bar a { color: #f4c96b; margin-left: 8px; }
.top { display: flex; align-items: center; justify-content: space-between; padding: 20px 24px; border-bottom: 1px solid #ddd6c6; }
.logo { font-size: 22px; font-weight: bold; text-decoration: none; letter-spacing: .02em; }
.top nav a { margin-left: 20px; text-decoration: none; }
.hero { padding: 64px 24px; text-align: center; background: linear-gradient(160deg, #33523f, #1d2a22); color: #f6f3ec; }
.hero h1 { margin: 0 0 12px; font-size: 40px; }
.hero p { margin: 0 auto 24px; max-width: 560px; }
.cta { display: inline-block; padding: 12px 24px; border-radius: 999px; background: #f4c96b; color: #1d2a22; text-decoration: none; font-weight: bold; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 24px; padding: 48px 24px; max-width: 1100px; margin: 0 auto; }
.card { background: #fff; border-radius: 12px; overflow: hidden; box-shadow: 0 1px 3px rgba(0, 0, 0, .08); }
.card .photo { height: 150px; }
.card h3 { margin: 16px 16px 4px; font-size: 18px; }
.card p { margin: 0 16px 16px; color: #5d6b61; }
.help { max-width: 720px; margin: 0 auto 64px; padding: 32px 24px; text-align: center; }
.help button { padding: 12px 24px; border: 2px solid #1d2a22; border-radius: 999px; background: transparent; font: inherit; cursor: pointer; }
footer { padding: 24px; text-align: center; font-size: 14px; color: #5d6b61; border-top: 1px solid #ddd6c6; }
${products.map((p, i) => `.tone-${i} { background: ${p.tone}; }`).join('\n')}
`;

// The rules from the widget's robustness checklist, verbatim. The last one only keeps the demo
// readable: once everything is unset, browsers would paint <head> (and this very CSS) as text.
const hostileCss = `
* { all: unset !important; }
div { transform: rotate(3deg); }
button { display: none !important; }
head, script, style, title { display: none !important; }
`;

// Globals that trip bundles which assume a clean window: JSX pragmas, UMD/AMD sniffing, process.
const hostileGlobals = `
window.h = function () { throw new Error('the page\\'s h() was called'); };
window.preact = { render: function () { throw new Error('the page\\'s preact.render() was called'); } };
window.React = { createElement: window.h };
window.process = {};
window.define = function () { throw new Error('the page\\'s AMD define() was called'); };
window.define.amd = true;
`;

// Wires the page's own "Ask us" button to the widget's public API.
const askButtonScript = `
document.getElementById('ask').addEventListener('click', function () { if (window.Lantern) window.Lantern.open(); });
`;

// Classes, not style attributes: the page's CSP allows only its nonce'd <style>.
function productCards(): string {
  return products
    .map(
      (p, i) => `<article class="card"><div class="photo tone-${i}"></div><h3>${escapeHtml(p.name)}</h3><p>${escapeHtml(p.price)}</p></article>`,
    )
    .join('\n');
}

function demoBar({ site, hostile }: DemoPageInput): string {
  const about = site
    ? `Demo store served by your Lantern server. The widget in the corner belongs to the site “${escapeHtml(site.name)}”.`
    : 'Demo store served by your Lantern server. No site exists yet: create one in the console, then reload.';
  const toggle = hostile ? '<a href="/demo">Back to normal CSS</a>' : '<a href="/demo?hostile=1">Try it under hostile CSS</a>';
  return `<div class="demo-bar">${about}${toggle}</div>`;
}

/** A plausible store page with the widget embedded exactly as a site owner would paste it. */
export function renderDemoPage(input: DemoPageInput): string {
  const { site, hostile, nonce } = input;
  const n = escapeHtml(nonce);
  const hostileHead = hostile
    ? `<style nonce="${n}">${hostileCss}</style>\n<script nonce="${n}">${hostileGlobals}</script>`
    : '';
  const embed = site ? `<script src="/widget.js" data-site="${escapeHtml(site.publicKey)}" async></script>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Acme Outdoor — Lantern widget demo</title>
<style nonce="${n}">${storeCss}</style>
${hostileHead}
</head>
<body>
${demoBar(input)}
<header class="top"><a class="logo" href="/demo">▲ Acme Outdoor</a><nav><a href="#shop">Shop</a><a href="#help">Help</a></nav></header>
<main>
<section class="hero"><h1>Gear for the long way round</h1><p>Tents, packs and stoves tested on ridgelines, not in showrooms.</p><a class="cta" href="#shop">Shop the autumn range</a></section>
<section id="shop" class="grid">
${productCards()}
</section>
<section id="help" class="help"><h2>Questions before you buy?</h2><p>Sizing, repairs, where your order is: ask us from any page.</p><button id="ask" type="button">Ask us anything</button></section>
</main>
<footer>© Acme Outdoor, a fictional store. Free returns within 60 days.</footer>
${embed}
<script nonce="${n}">${askButtonScript}</script>
</body>
</html>
`;
}
