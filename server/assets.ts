import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const defaultAssetsDir = resolve(import.meta.dirname, '..', 'dist');

const requiredAssets = ['console/index.html', 'widget/widget.js', 'widget/widget-app.js'];

export function missingAssets(assetsDir: string): string[] {
  return requiredAssets.filter((file) => !existsSync(resolve(assetsDir, file)));
}

/** `npm start` on a fresh clone: build the console and widget once, then never at run time again. */
export function buildAssetsIfMissing(assetsDir: string, log: (line: string) => void): void {
  const missing = missingAssets(assetsDir);
  if (missing.length === 0) return;
  log(`Building the console and widget (missing: ${missing.join(', ')})…`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: resolve(import.meta.dirname, '..'), stdio: 'inherit' });
  if (result.status !== 0) throw new Error('`npm run build` failed; see the output above');
}
