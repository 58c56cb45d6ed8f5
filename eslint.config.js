import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Command-line entries talk to a person on stdout.
    files: ['server/main.ts', 'server/seed/**', 'server/**/*-main.ts', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The domain never imports Hono: it must run behind any transport (REST, rooms, jobs).
    files: ['server/**/*.ts'],
    ignores: ['server/**/routes.ts', 'server/**/routes/**', 'server/http/**', 'server/app.ts', 'server/main.ts', 'server/**/*.test.ts', 'server/widget/**', 'server/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['hono', 'hono/*', '@hono/*'], message: 'Domain code must not depend on Hono.' }] }] },
  },
  {
    // The widget talks to the server only through the typed calls in shared/api (one place for paths, headers and errors).
    files: ['widget/**/*.{ts,tsx}'],
    ignores: ['widget/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the server through shared/api/widget.ts or shared/api/widget-chat.ts.' }],
      'no-restricted-properties': ['error', { object: 'window', property: 'fetch', message: 'Call the server through shared/api.' }, { object: 'globalThis', property: 'fetch', message: 'Call the server through shared/api.' }],
    },
  },
);
