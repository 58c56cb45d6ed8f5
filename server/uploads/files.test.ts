import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../lib/errors.ts';
import { detectKind, hasPdfTrailer } from './detect.ts';
import { contentDisposition, isHarmlessNameSegment, safeFileName } from './file-name.ts';
import { reencodeImage } from './images.ts';
import { readBodyWithin, readUploadForm } from './multipart.ts';

const text = (value: string) => Buffer.from(value, 'latin1');
const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#3a7' } });

describe('detectKind (magic bytes only)', () => {
  it('knows the five accepted formats by their signature at offset 0', async () => {
    expect(detectKind(await solid(4, 4).png().toBuffer())).toBe('png');
    expect(detectKind(await solid(4, 4).jpeg().toBuffer())).toBe('jpeg');
    expect(detectKind(await solid(4, 4).webp().toBuffer())).toBe('webp');
    expect(detectKind(await solid(4, 4).gif().toBuffer())).toBe('gif');
    expect(detectKind(text('GIF87a....'))).toBe('gif');
    expect(detectKind(text('%PDF-1.7\n...'))).toBe('pdf');
  });

  it.each([
    ['SVG', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['bare SVG', '<svg onload="alert(1)"/>'],
    ['HTML', '<!doctype html><script>alert(1)</script>'],
    ['PHP', '<?php system($_GET["c"]); ?>'],
    ['JavaScript', 'alert(document.cookie)'],
    ['PDF header after text', '<html>%PDF-1.4'],
    ['PDF header without a version', '%PDF-<script>'],
    ['RIFF that is not WebP', 'RIFF\x00\x00\x00\x00WAVEfmt '],
    ['TIFF', 'II*\x00\x08\x00\x00\x00'],
    ['BMP', 'BM6\x00\x00\x00'],
    ['too short', '\x89PN'],
    ['empty', ''],
  ])('refuses %s', (_, content) => {
    expect(detectKind(text(content))).toBeNull();
  });

  it('refuses a signature that is not at offset 0 (BOM, whitespace, HTML in front)', async () => {
    const png = await solid(4, 4).png().toBuffer();
    expect(detectKind(Buffer.concat([text('\xef\xbb\xbf'), png]))).toBeNull();
    expect(detectKind(Buffer.concat([text(' '), png]))).toBeNull();
    expect(detectKind(Buffer.concat([text('<html><!--'), png]))).toBeNull();
  });

  it('wants %%EOF within the last KB of a PDF', () => {
    expect(hasPdfTrailer(text('%PDF-1.4\n...\n%%EOF\n'))).toBe(true);
    expect(hasPdfTrailer(text(`%PDF-1.4\n%%EOF\n${' '.repeat(900)}`))).toBe(true);
    expect(hasPdfTrailer(text(`%PDF-1.4\n%%EOF\n${'x'.repeat(2000)}`))).toBe(false);
    expect(hasPdfTrailer(text('%PDF-1.4\n1 0 obj'))).toBe(false);
  });
});

describe('safeFileName', () => {
  it.each([
    ['photo.png', 'png', 'photo.png'],
    ['Photo.JPEG', 'jpeg', 'Photo.jpeg'],
    ['photo.png', 'jpeg', 'photo.jpg'], // a JPEG is never stored as .png
    ['shell.php', 'png', 'shell.png'],
    ['evil.php.png', 'png', 'evil-php.png'],
    ['../../etc/passwd.png', 'png', 'passwd.png'],
    ['..\\..\\boot.ini', 'pdf', 'boot.pdf'],
    ['C:\\Users\\me\\Desktop\\scan.pdf', 'pdf', 'scan.pdf'],
    ['invoice\u202egnp.exe', 'pdf', 'invoicegnp.pdf'], // right-to-left override removed
    ['a\u0000b\r\nc.gif', 'gif', 'abc.gif'],
    ['<script>alert(1)</script>.png', 'png', 'script.png'], // "/" is a separator: only "script>.png" is left
    ['<img onerror=alert(1)>.png', 'png', 'img onerror-alert(1).png'],
    ['"quoted"; name=x.pdf', 'pdf', 'quoted- name-x.pdf'],
    ['release v1.2', 'pdf', 'release v1-2.pdf'],
    ['   ', 'webp', 'image.webp'],
    ['...', 'pdf', 'document.pdf'],
    ['.htaccess', 'png', 'htaccess.png'],
    ['Überweisung – März.pdf', 'pdf', 'Überweisung - März.pdf'],
    ['发票.pdf', 'pdf', '发票.pdf'],
  ] as const)('%j as %s → %j', (raw, kind, expected) => {
    expect(safeFileName(raw, kind)).toBe(expected);
  });

  it('caps the length and keeps the extension', () => {
    const name = safeFileName(`${'a'.repeat(500)}.png`, 'png');
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('.png')).toBe(true);
    expect(Array.from(safeFileName(`${'é'.repeat(300)}.pdf`, 'pdf')).length).toBeLessThanOrEqual(120);
  });
});

describe('contentDisposition', () => {
  it('quotes ASCII names as they are', () => {
    expect(contentDisposition('inline', 'photo.png')).toBe('inline; filename="photo.png"');
  });

  it('adds an RFC 5987 filename* for non-ASCII names, with an ASCII fallback', () => {
    expect(contentDisposition('attachment', "Überweisung (März)'s.pdf")).toBe(
      `attachment; filename="_berweisung (M_rz)'s.pdf"; filename*=UTF-8''%C3%9Cberweisung%20%28M%C3%A4rz%29%27s.pdf`,
    );
  });

  it('never lets a quote, backslash or line break through', () => {
    expect(contentDisposition('inline', 'a"b\\c\r\nd.png')).toBe('inline; filename="a_b_c__d.png"; filename*=UTF-8\'\'a%22b%5Cc%0D%0Ad.png');
  });
});

describe('isHarmlessNameSegment', () => {
  it.each(['photo.png', 'any name at all.pdf', 'x'])('accepts %j', (name) => expect(isHarmlessNameSegment(name)).toBe(true));
  it.each(['', '.', '..', '../secret', '..\\secret', 'a/b', 'a\u0000b'])('refuses %j', (name) =>
    expect(isHarmlessNameSegment(name)).toBe(false),
  );
});

describe('readBodyWithin', () => {
  const tooLarge = () => new AppError('payload_too_large', 'too large');

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(10));
      },
    });
    const request = new Request('http://x/', { method: 'POST', body, headers: { 'content-length': '1000' }, duplex: 'half' } as RequestInit);
    await expect(readBodyWithin(request, 999, tooLarge)).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk; the reader took none
  });

  it('counts a chunked body and stops reading just past the limit', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024;
        controller.enqueue(new Uint8Array(1024));
        if (sent >= 100 * 1024 * 1024) controller.close();
      },
    });
    const request = new Request('http://x/', { method: 'POST', body, duplex: 'half' } as RequestInit);
    await expect(readBodyWithin(request, 64 * 1024, tooLarge)).rejects.toMatchObject({ code: 'payload_too_large' });
    expect(sent).toBeLessThan(200 * 1024);
  });

  it('returns a body within the limit whole', async () => {
    const request = new Request('http://x/', { method: 'POST', body: 'hello' });
    expect(Buffer.from(await readBodyWithin(request, 5, tooLarge)).toString()).toBe('hello');
  });
});

describe('readUploadForm', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://x/', { method: 'POST', body, headers });
  const form = (entries: [string, string | Blob, string?][]) => {
    const data = new FormData();
    for (const [key, value, name] of entries) {
      if (typeof value === 'string') data.append(key, value);
      else data.append(key, value, name);
    }
    return data;
  };

  it('reads the file, its name and the article id', async () => {
    const articleId = '01900000-0000-7000-8000-000000000000';
    const result = await readUploadForm(post(form([['file', new Blob(['abc']), 'a.png'], ['articleId', articleId]])), 100);
    expect(result).toMatchObject({ fileName: 'a.png', articleId });
    expect(result.bytes.toString()).toBe('abc');
  });

  it.each([
    ['no file', form([['articleId', '']]), { file: 'is required' }],
    ['a text field as file', form([['file', 'not a file']]), { file: 'must be a file' }],
    ['an empty file', form([['file', new Blob([]), 'a.png']]), { file: 'is empty' }],
    ['two files', form([['file', new Blob(['a']), 'a.png'], ['file', new Blob(['b']), 'b.png']]), { file: 'must be given once' }],
    ['an unknown field', form([['file', new Blob(['a']), 'a.png'], ['path', '/etc']]), { path: 'is not a known field' }],
    ['a bad article id', form([['file', new Blob(['a']), 'a.png'], ['articleId', '../1']]), { articleId: 'must be an id' }],
  ])('refuses %s with 422', async (_, body, fields) => {
    await expect(readUploadForm(post(body), 100)).rejects.toMatchObject({ code: 'validation_failed', fields });
  });

  it('refuses bodies that are not multipart/form-data with 415', async () => {
    await expect(readUploadForm(post('{}', { 'content-type': 'application/json' }), 100)).rejects.toMatchObject({ code: 'unsupported_media_type' });
    await expect(readUploadForm(post('x', { 'content-type': 'multipart/form-data' }), 100)).rejects.toMatchObject({ code: 'unsupported_media_type' });
    await expect(readUploadForm(post(new Blob(['\x89PNG'], { type: 'image/png' })), 100)).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses a file over the limit with 413 even when the envelope fits', async () => {
    await expect(readUploadForm(post(form([['file', new Blob(['x'.repeat(101)]), 'a.pdf']])), 100)).rejects.toMatchObject({
      code: 'payload_too_large',
    });
  });

  it('refuses a malformed multipart body with 422', async () => {
    await expect(readUploadForm(post('--b\r\ngarbage', { 'content-type': 'multipart/form-data; boundary=b' }), 100)).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});

describe('reencodeImage', () => {
  it('keeps GIF animation, resizing every frame', async () => {
    const frames = await Promise.all(
      [0, 1, 2].map((i) => sharp({ create: { width: 300, height: 200, channels: 4, background: { r: i * 100, g: 0, b: 0, alpha: 1 } } }).png().toBuffer()),
    );
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    const result = await reencodeImage(gif, 'gif', { longSide: 150, inputPixels: 1_000_000 });
    expect(result).toMatchObject({ width: 150, height: 100 });
    const metadata = await sharp(result.data, { animated: true }).metadata();
    expect(metadata).toMatchObject({ format: 'gif', pages: 3, width: 150, pageHeight: 100 });
  });

  it('counts every frame of an animation against the pixel limit', async () => {
    const frames = await Promise.all(
      [0, 1, 2].map((i) => sharp({ create: { width: 100, height: 100, channels: 3, background: { r: i * 100, g: 0, b: 0 } } }).png().toBuffer()),
    );
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    await expect(reencodeImage(gif, 'gif', { longSide: 2000, inputPixels: 25_000 })).rejects.toMatchObject({ code: 'payload_too_large' });
  });

  it('refuses bytes that only start like an image (GIF/JS polyglot) with 415', async () => {
    const polyglot = text('GIF89a/*\x00\x00\x00\x00*/=alert(document.domain);//');
    await expect(reencodeImage(polyglot, 'gif')).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses an image whose decoder disagrees with our sniffing', async () => {
    const png = await solid(4, 4).png().toBuffer();
    await expect(reencodeImage(png, 'jpeg')).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses a truncated image', async () => {
    const jpeg = await solid(400, 400).jpeg().toBuffer();
    await expect(reencodeImage(jpeg.subarray(0, jpeg.length / 2), 'jpeg')).rejects.toMatchObject({ code: 'unsupported_media_type' });
  });
});
