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
    files: ['server/main.ts', 'server/seed/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // The domain never imports Hono: it must run behind any transport (REST, rooms, jobs).
    files: ['server/**/*.ts'],
    ignores: ['server/**/routes.ts', 'server/**/routes/**', 'server/http/**', 'server/app.ts', 'server/main.ts', 'server/**/*.test.ts', 'server/widget/**', 'server/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['hono', 'hono/*', '@hono/*'], message: 'Domain code must not depend on Hono.' }] }] },
  },
);
