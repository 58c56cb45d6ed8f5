import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, read back the way a viewer's copy-paste would: every stream inflated with
 * zlib, each embedded font's ToUnicode map applied to the glyph codes its text operators draw.
 * Enough for what pdfkit writes (Type0 Identity-H fonts with ToUnicode; built-in fonts as
 * WinAnsi), so tests can assert on what a PDF says, compressed as served, without a viewer.
 * Lines come out in drawing order, one per text line (pieces of one line are joined).
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const cmaps = new Map<string, Map<number, string>>();
  const fontRefs = new Map<string, string>();
  for (const object of objects.values()) {
    for (const match of object.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) fontRefs.set(match[1] ?? '', match[2] ?? '');
  }
  for (const [number, object] of objects) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object.dict)?.[1];
    const stream = toUnicode ? objects.get(toUnicode)?.stream : undefined;
    if (stream) cmaps.set(number, parseCmap(stream.toString('latin1')));
  }
  const lines: string[] = [];
  for (const object of objects.values()) {
    if (!object.stream || /\/Type \/(XObject|Metadata)|\/Length1|\/Subtype \/(Image|Type1C|CIDFontType0C)/.test(object.dict)) continue;
    const content = object.stream.toString('latin1');
    if (!/\bTJ\b|\bTj\b/.test(content)) continue;
    let cmap: Map<number, string> | undefined;
    let y = '';
    let line = '';
    const flush = () => {
      if (line) lines.push(line);
      line = '';
    };
    for (const token of content.matchAll(/\/(F\d+) [\d.]+ Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|\[((?:<[0-9a-fA-F]*>|[^\]])*)\] TJ|<([0-9a-fA-F]*)> Tj/g)) {
      if (token[1]) cmap = cmaps.get(fontRefs.get(token[1]) ?? '');
      else if (token[2] !== undefined) {
        if (token[2] !== y) flush();
        y = token[2];
      } else {
        const hexes = token[3] !== undefined ? [...token[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1] ?? '') : [token[4] ?? ''];
        for (const hex of hexes) line += decodeHex(hex, cmap);
      }
    }
    flush();
  }
  return lines.join('\n');
}

function decodeHex(hex: string, cmap: Map<number, string> | undefined): string {
  if (!cmap) return Buffer.from(hex, 'hex').toString('latin1'); // built-in fonts: WinAnsi, close to Latin-1
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
  return out;
}

// Ligatures map one glyph to several code units, written `<0066 0069>`.
const utf16 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');

function parseCmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
    for (const entry of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const start = parseInt(entry[1] ?? '0', 16);
      const end = parseInt(entry[2] ?? '0', 16);
      const target = entry[3] ?? '';
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((m, i) => map.set(start + i, utf16(m[1] ?? '')));
      } else {
        const first = parseInt(target.slice(1, -1).replace(/\s+/g, ''), 16);
        for (let code = start; code <= end; code += 1) map.set(code, String.fromCodePoint(first + code - start));
      }
    }
  }
  for (const block of text.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const entry of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) {
      map.set(parseInt(entry[1] ?? '0', 16), utf16(entry[2] ?? ''));
    }
  }
  return map;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** Every `n 0 obj … endobj`, with its stream (inflated when FlateDecode) sliced by its /Length. */
function readObjects(pdf: Buffer): Map<string, PdfObject> {
  const objects = new Map<string, PdfObject>();
  const text = pdf.toString('latin1');
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt < 0 || streamAt > endAt) {
      objects.set(match[1] ?? '', { dict: text.slice(start, endAt), stream: null });
      continue;
    }
    const dict = text.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const dataAt = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
    const raw = pdf.subarray(dataAt, dataAt + length);
    const stream = /\/Filter \/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    objects.set(match[1] ?? '', { dict, stream });
    header.lastIndex = dataAt + length;
  }
  return objects;
}
