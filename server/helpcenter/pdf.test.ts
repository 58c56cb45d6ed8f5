import { describe, expect, it } from 'vitest';
import { articlePdf, type PdfArticle } from './pdf/article-pdf.ts';
import { PdfCache } from './pdf/cache.ts';
import { standardFonts, systemFonts, toWinAnsi } from './pdf/fonts.ts';
import { htmlToBlocks } from './pdf/html-blocks.ts';

const base = 'https://help.example.com/help/en/articles/reset-password';

describe('article HTML to PDF blocks', () => {
  it('keeps headings, styled text, lists, code, quotes, tables; links gain their absolute URL', () => {
    const blocks = htmlToBlocks(
      `<h2 id="steps">Steps</h2>
<p>Open <strong>Settings</strong>, then <em>Security</em> and run <code>reset()</code>. See <a href="/help/en/articles/faq">the FAQ</a>,
<a href="https://example.com/">https://example.com/</a> or <a href="mailto:help@example.com">write to us</a>. <a href="#steps">Back up</a>.</p>
<ol start="3"><li>First<ul><li>Nested</li></ul></li><li><p>Second</p></li></ol>
<pre><code>line 1\n\tindented</code></pre>
<blockquote><p>Quoted</p></blockquote>
<table><thead><tr><th>Plan</th><th>Price</th></tr></thead><tbody><tr><td>Pro</td><td><strong>$15</strong></td></tr></tbody></table>
<p>One<br>Two <img src="/x.png" alt="A screenshot"></p><hr>`,
      base,
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, runs: [{ text: 'Steps' }] },
      {
        kind: 'paragraph',
        runs: [
          { text: 'Open ' },
          { text: 'Settings', bold: true },
          { text: ', then ' },
          { text: 'Security', italic: true },
          { text: ' and run ' },
          { text: 'reset()', code: true },
          { text: '. See ' },
          { text: 'the FAQ', link: 'https://help.example.com/help/en/articles/faq' },
          { text: ' (https://help.example.com/help/en/articles/faq)', link: 'https://help.example.com/help/en/articles/faq', muted: true },
          { text: ', ' },
          { text: 'https://example.com/', link: 'https://example.com/' },
          { text: ' or ' },
          { text: 'write to us', link: 'mailto:help@example.com' },
          { text: ' (help@example.com)', link: 'mailto:help@example.com', muted: true },
          { text: '. Back up.' },
        ],
      },
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [
          [{ kind: 'paragraph', runs: [{ text: 'First' }] }, { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', runs: [{ text: 'Nested' }] }]] }],
          [{ kind: 'paragraph', runs: [{ text: 'Second' }] }],
        ],
      },
      { kind: 'code', text: 'line 1\n    indented' },
      { kind: 'quote', blocks: [{ kind: 'paragraph', runs: [{ text: 'Quoted' }] }] },
      { kind: 'table', rows: [{ header: true, cells: ['Plan', 'Price'] }, { header: false, cells: ['Pro', '$15'] }] },
      { kind: 'paragraph', runs: [{ text: 'One\nTwo ' }, { text: '[A screenshot]', italic: true }] },
      { kind: 'rule' },
    ]);
  });

  it('never carries scripts, handlers or javascript: links into the PDF', () => {
    const blocks = htmlToBlocks('<p>Hi<script>alert(1)</script><a href="javascript:alert(1)">click</a><svg><text>svg</text></svg></p>', base);
    expect(blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Hiclick' }] }]);
  });
});

/** Text drawn in an uncompressed PDF that uses the built-in fonts, line by line, with each piece's font. */
function readPdf(pdf: Buffer) {
  const raw = pdf.toString('latin1');
  const baseFonts = new Map<string, string>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*<<([^]*?)>>\s*endobj/g)) {
    const name = /\/BaseFont \/(\S+)/.exec(match[2] ?? '')?.[1];
    if (name) baseFonts.set(match[1] ?? '', name);
  }
  const fontRefs = new Map([...raw.matchAll(/\/(F\d+) (\d+) 0 R/g)].map((m) => [m[1] ?? '', baseFonts.get(m[2] ?? '') ?? '?']));
  const pieces: { font: string; text: string; y: string }[] = [];
  let font = '';
  let y = '';
  for (const token of raw.matchAll(/1 0 0 1 [\d.-]+ ([\d.-]+) Tm|\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
    if (token[1]) y = token[1];
    else if (token[2]) font = fontRefs.get(token[2]) ?? '?';
    else if (token[3] !== undefined) {
      const text = [...token[3].matchAll(/<([0-9a-f]*)>/g)].map((m) => Buffer.from(m[1] ?? '', 'hex').toString('latin1')).join('');
      pieces.push({ font, text, y });
    }
  }
  // Pieces of one line share a baseline, give or take the smaller size of a link's URL.
  const lines: string[] = [];
  pieces.forEach((piece, i) => {
    if (i > 0 && Math.abs(Number(piece.y) - Number(pieces[i - 1]?.y)) < 3) lines[lines.length - 1] += piece.text;
    else lines.push(piece.text);
  });
  return { raw, pieces, text: lines.join('\n') };
}

const article = (html: string, title = 'Reset your password'): PdfArticle => ({
  title,
  locale: 'en',
  updatedLabel: 'Updated March 3, 2025',
  updatedAt: new Date('2025-03-03T10:00:00Z'),
  url: base,
  publisher: 'Acme Help Center',
  pageLabel: (n, total) => `Page ${n} of ${total}`,
  blocks: htmlToBlocks(html, base),
});

describe('article PDF', () => {
  it('prints the title, date, URL, headings, list items, link URLs and code in a monospace font', async () => {
    const pdf = await articlePdf(
      article(`<h2>Before you start</h2><p>Open <strong>Settings</strong> and read <a href="https://example.com/guide">the guide</a>.</p>
<ul><li>Check your email</li><li>Have your phone ready</li></ul><ol><li>Tap Reset</li></ol><pre><code>lantern reset --user ada</code></pre>`),
      { compress: false, fonts: standardFonts },
    );
    const { raw, pieces, text } = readPdf(pdf);
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('Reset your password');
    expect(text).toContain('Updated March 3, 2025');
    expect(text).toContain(base);
    expect(text).toContain('Before you start');
    expect(text).toContain('Open Settings and read the guide (https://example.com/guide).');
    expect(text).toContain('\x95Check your email'); // WinAnsi's bullet, then the item on its line
    expect(text).toContain('\x95Have your phone ready');
    expect(text).toContain('1.Tap Reset');
    expect(text).toContain('Page 1 of 1');
    expect(pieces.find((p) => p.text.includes('lantern reset'))?.font).toBe('Courier');
    expect(pieces.find((p) => p.text === 'Before you start')?.font).toBe('Helvetica-Bold');
    expect(pieces.find((p) => p.text === 'Settings')?.font).toBe('Helvetica-Bold');
    expect(raw).toContain('/URI (https://example.com/guide)');
    expect(raw).toContain('/Title (Before you start)'); // a bookmark
    expect(raw).toContain('/Lang (en)');
  });

  it('flows long articles over numbered pages', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `<h3>Step ${i + 1}</h3><p>${'Words that fill the page. '.repeat(12)}</p>`).join('');
    const { raw, text } = readPdf(await articlePdf(article(long), { compress: false, fonts: standardFonts }));
    const pages = raw.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Step 40');
  });

  it('folds text the built-in fonts cannot show instead of printing garbage', () => {
    expect(toWinAnsi('Café – “quoted” → next ✓ Ωmega 日本')).toBe('Café – “quoted” -> next v ?mega ??');
    expect(toWinAnsi('Ṡpecial')).toBe('Special');
  });

  it('compresses by default and keeps a non-Latin title in the document info', async () => {
    const raw = (await articlePdf(article('<p>Привет, κόσμε</p>', 'Тест'))).toString('latin1');
    expect(raw).toContain('/FlateDecode');
    const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Тест', 'utf16le').swap16()]).toString('latin1');
    expect(raw).toContain(`(${utf16})`);
  });

  it.skipIf(!systemFonts().unicode)('embeds a Unicode font when the machine has one, so Cyrillic and Greek print', async () => {
    const raw = (await articlePdf(article('<p>Привет, κόσμε</p>', 'Тест'))).toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toContain('/BaseFont /Helvetica');
  });
});

describe('PDF cache', () => {
  it('keeps the most recently used, within count and bytes', () => {
    const cache = new PdfCache({ entries: 2, bytes: 10 });
    cache.set('a', Buffer.alloc(4));
    cache.set('b', Buffer.alloc(4));
    cache.get('a');
    cache.set('c', Buffer.alloc(4));
    expect([cache.get('a')?.length, cache.get('b'), cache.get('c')?.length]).toEqual([4, undefined, 4]);
    cache.set('d', Buffer.alloc(8));
    expect([cache.get('a'), cache.get('c'), cache.get('d')?.length]).toEqual([undefined, undefined, 8]);
    cache.set('huge', Buffer.alloc(11));
    expect(cache.get('huge')).toBeUndefined();
  });
});
