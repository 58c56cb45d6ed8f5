import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * npm run bench:widget — what a visitor downloads for the widget, next to its budget.
 * Exits 1 when a file is over budget, so CI catches a kilobyte the moment it sneaks in.
 */
const repo = resolve(import.meta.dirname, '..');
const widgetDir = resolve(repo, 'dist/widget');

const budgets = [
  { file: 'widget.js', what: 'loader (on every page view)', gzipBudget: 3 * 1024 },
  { file: 'widget-app.js', what: 'app (on idle or first click)', gzipBudget: 25 * 1024 },
];

function buildIfMissing(): void {
  if (budgets.every(({ file }) => existsSync(resolve(widgetDir, file)))) return;
  console.log('dist/widget is incomplete; building the widget first…');
  // The app before the loader: the loader embeds the app's content hash.
  for (const mode of ['widget-app', 'widget-loader']) {
    const result = spawnSync('npx', ['vite', 'build', '--mode', mode], { cwd: repo, stdio: 'inherit' });
    if (result.status !== 0) {
      console.error(`vite build --mode ${mode} failed`);
      process.exit(1);
    }
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

buildIfMissing();
let over = false;
console.log(`${'file'.padEnd(16)}${'raw'.padStart(11)}${'gzip -9'.padStart(11)}${'budget'.padStart(11)}  verdict`);
for (const { file, what, gzipBudget } of budgets) {
  const bytes = readFileSync(resolve(widgetDir, file));
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const fits = gzipped <= gzipBudget;
  over ||= !fits;
  const verdict = fits ? `ok, ${Math.round((gzipped / gzipBudget) * 100)}% of budget` : `OVER by ${kb(gzipped - gzipBudget)}`;
  console.log(`${file.padEnd(16)}${kb(bytes.length).padStart(11)}${kb(gzipped).padStart(11)}${kb(gzipBudget).padStart(11)}  ${verdict}  (${what})`);
}
if (over) {
  console.error('\nThe widget is over budget (DESIGN.md, "Widget budget").');
  process.exit(1);
}
