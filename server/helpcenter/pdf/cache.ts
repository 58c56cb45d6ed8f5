/** Recently built PDFs, least recently used out first, bounded by count and by bytes. */
export class PdfCache {
  private readonly items = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly limits: { entries: number; bytes: number }) {}

  get(key: string): Buffer | undefined {
    const value = this.items.get(key);
    if (value) {
      this.items.delete(key);
      this.items.set(key, value);
    }
    return value;
  }

  set(key: string, value: Buffer): void {
    if (value.length > this.limits.bytes) return;
    const old = this.items.get(key);
    if (old) {
      this.bytes -= old.length;
      this.items.delete(key);
    }
    this.items.set(key, value);
    this.bytes += value.length;
    for (const [oldest, buffer] of this.items) {
      if (this.items.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.items.delete(oldest);
      this.bytes -= buffer.length;
    }
  }
}
