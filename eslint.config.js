import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The domain layer is shared by the browser and the CLI: it must not reach React, the store,
// React Flow or the DOM. This rule is the wall; see README "Architecture".
const domainWall = {
  files: ['src/domain/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain is pure TypeScript: no React.' },
        { group: ['zustand', 'zustand/*', 'zundo'], message: 'src/domain must not depend on the store.' },
        { group: ['@xyflow/*'], message: 'src/domain must not depend on React Flow.' },
        { group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/ui/**', '**/cli/**'], message: 'Dependencies point one way: UI -> store -> domain.' },
      ],
    }],
    'no-restricted-globals': ['error',
      { name: 'window', message: 'No DOM in src/domain.' },
      { name: 'document', message: 'No DOM in src/domain.' },
      { name: 'localStorage', message: 'No DOM in src/domain.' },
      { name: 'navigator', message: 'No DOM in src/domain.' },
    ],
  },
  languageOptions: { globals: { ...globals.es2022 } },
};

const storeWall = {
  files: ['src/store/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['**/canvas/**', '**/panels/**', '**/ui/**'], message: 'The store must not import UI.' },
      ],
    }],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests edit raw JSON documents to break them on purpose.
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { ...domainWall, languageOptions: { globals: { ...globals.es2022 } } },
  storeWall,
);
