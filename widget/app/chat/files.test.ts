import { describe, expect, it } from 'vitest';
import { attachmentLimits } from '../../../shared/schemas/attachment-limits.ts';
import { fileProblem } from './files.ts';

const file = (name: string, type: string, size = 10) => new File([new Uint8Array(size)], name, { type });

describe('fileProblem', () => {
  it('lets images and PDFs within the size limit through', () => {
    expect(fileProblem(file('photo.png', 'image/png'))).toBeNull();
    expect(fileProblem(file('scan.jpg', 'image/jpeg'))).toBeNull();
    expect(fileProblem(file('invoice.pdf', 'application/pdf', attachmentLimits.fileBytes))).toBeNull();
  });

  it('refuses other types and files over the limit, naming the file', () => {
    expect(fileProblem(file('logo.svg', 'image/svg+xml'))).toBe('logo.svg: only images and PDFs can be sent.');
    expect(fileProblem(file('run.exe', ''))).toMatch(/^run\.exe: only images/);
    expect(fileProblem(file('huge.pdf', 'application/pdf', attachmentLimits.fileBytes + 1))).toBe('huge.pdf is larger than 10 MB.');
  });
});
