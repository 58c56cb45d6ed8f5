import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { id as idSchema } from '../../shared/schemas/common.ts';

/**
 * Uploaded files live flat in `<dataDir>/uploads/<id>`: the name is the row's id (a UUID), never
 * anything the client sent, so no path can be built from user input.
 */
export class UploadStore {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'uploads');
    mkdirSync(this.dir, { recursive: true, mode: 0o750 });
  }

  pathOf(id: string): string {
    if (!idSchema.safeParse(id).success) throw new Error(`not an upload id: ${id}`);
    return join(this.dir, id);
  }

  /**
   * Writes to a temp file in the same folder, flushes it to disk, then renames it into place: a
   * reader (or a crash) sees the whole file or none of it, never half of it.
   */
  async write(id: string, data: Uint8Array): Promise<void> {
    const target = this.pathOf(id);
    const temp = join(this.dir, `.${id}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temp, 'wx', 0o640);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    await rm(this.pathOf(id), { force: true });
  }
}
