import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { fileVersion } from './server/widget/asset-version.ts';

/**
 * One config, three builds picked by --mode:
 *  - console:       the agents' SPA, served at /console/
 *  - widget-app:    the widget's Preact app, an ES module the loader imports on demand
 *  - widget-loader: the tiny classic script site owners embed (widget.js)
 */
const root = import.meta.dirname;
const jsx = { oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } } as const;

function widgetBuild(
  entry: string,
  fileName: string,
  format: 'es' | 'iife',
  emptyOutDir: boolean,
  define: Record<string, string> = {},
): UserConfig {
  return {
    ...jsx,
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"', ...define },
    build: {
      outDir: resolve(root, 'dist/widget'),
      emptyOutDir,
      target: 'es2020',
      minify: true,
      sourcemap: false,
      // Vite requires a name for IIFE builds, but the loader's entry exports nothing, so no global
      // is created: window.Lantern stays the widget's only one (tests/e2e/widget.test.ts checks).
      lib: { entry: resolve(root, entry), formats: [format], fileName: () => fileName, name: 'LanternLoader' },
      // Vite keeps whitespace in ES libraries for downstream bundlers; these files go straight to
      // browsers, so minify them fully.
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'widget-app':
      return widgetBuild('widget/app/main.tsx', 'widget-app.js', 'es', true);
    case 'widget-loader': {
      // The loader imports the app as widget-app.js?v=<content hash>, so the app can be cached
      // forever; `npm run build` builds the app first. Built alone, the loader imports it unversioned.
      const appVersion = fileVersion(resolve(root, 'dist/widget/widget-app.js')) ?? '';
      return widgetBuild('widget/loader/index.ts', 'widget.js', 'iife', false, { LANTERN_APP_VERSION: JSON.stringify(appVersion) });
    }
    default:
      return {
        ...jsx,
        root: resolve(root, 'console'),
        base: '/console/',
        publicDir: false,
        build: { outDir: resolve(root, 'dist/console'), emptyOutDir: true, target: 'es2022', sourcemap: true },
        server: { proxy: { '/api': 'http://localhost:8787' } },
      };
  }
});
