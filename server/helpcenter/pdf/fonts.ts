import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Fonts for PDFs. PDF's built-in Helvetica only knows Western European letters (WinAnsi), so when a
 * Unicode TrueType family is installed (DejaVu ships with most Linux distributions and with
 * Debian's Chromium) it is embedded instead and Greek, Cyrillic, Vietnamese, arrows… print right.
 * CJK scripts would need a CJK font; none is looked for.
 */
export interface FontSet {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
  mono: string;
  /** False for the built-in fonts: text is folded to WinAnsi first. */
  unicode: boolean;
}

export const standardFonts: FontSet = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
  mono: 'Courier',
  unicode: false,
};

const families = [
  { dir: '/usr/share/fonts/truetype/dejavu', regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf', boldItalic: 'DejaVuSans-BoldOblique.ttf', mono: 'DejaVuSansMono.ttf' },
  { dir: '/usr/share/fonts/TTF', regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', italic: 'DejaVuSans-Oblique.ttf', boldItalic: 'DejaVuSans-BoldOblique.ttf', mono: 'DejaVuSansMono.ttf' },
  { dir: '/usr/share/fonts/truetype/liberation', regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf', italic: 'LiberationSans-Italic.ttf', boldItalic: 'LiberationSans-BoldItalic.ttf', mono: 'LiberationMono-Regular.ttf' },
];

let found: FontSet | undefined;

/** The first complete Unicode family on this machine, else the built-in fonts. Looked up once. */
export function systemFonts(): FontSet {
  if (found) return found;
  for (const family of families) {
    const files = {
      regular: join(family.dir, family.regular),
      bold: join(family.dir, family.bold),
      italic: join(family.dir, family.italic),
      boldItalic: join(family.dir, family.boldItalic),
      mono: join(family.dir, family.mono),
    };
    if (Object.values(files).every((file) => existsSync(file))) {
      found = { ...files, unicode: true };
      return found;
    }
  }
  found = standardFonts;
  return found;
}

// The characters CP1252 (WinAnsi) adds over Latin-1 in 0x80–0x9F.
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const replacements: Record<string, string> = { '→': '->', '←': '<-', '⇒': '=>', '≤': '<=', '≥': '>=', '≠': '!=', '✓': 'v', '✔': 'v', '✗': 'x', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u200b': '' };

const encodable = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === '\n' || winAnsiExtras.has(char);
};

/** Text the built-in fonts can show: accents kept where WinAnsi has them, else stripped, else "?". */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    if (encodable(char)) {
      out += char;
      continue;
    }
    const replacement = replacements[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const folded = char.normalize('NFKD').replace(/\p{M}/gu, '');
    out += folded && [...folded].every(encodable) ? folded : '?';
  }
  return out;
}
