import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * One config, three builds picked by --mode:
 *  - console:       the agents' SPA, served at /console/
 *  - widget-app:    the widget's Preact app, an ES module the loader imports on demand
 *  - widget-loader: the tiny classic script site owners embed (widget.js)
 */
const root = import.meta.dirname;
const jsx = { oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } } as const;

function widgetBuild(entry: string, fileName: string, format: 'es' | 'iife', emptyOutDir: boolean): UserConfig {
  return {
    ...jsx,
    publicDir: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: resolve(root, 'dist/widget'),
      emptyOutDir,
      target: 'es2020',
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(root, entry), formats: [format], fileName: () => fileName, name: 'LanternLoader' },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'widget-app':
      return widgetBuild('widget/app/main.tsx', 'widget-app.js', 'es', true);
    case 'widget-loader':
      return widgetBuild('widget/loader/index.ts', 'widget.js', 'iife', false);
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
