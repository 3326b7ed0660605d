// Lint rules worth their noise: typescript-eslint's recommended set, React hooks rules, and the
// architectural rule that Yjs is reached only through shared/ and client/src/sync (DESIGN §3.2).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'data/**', 'node_modules/**', 'coverage/**', 'bench/results/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ignores: ['client/src/sync/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'yjs', message: 'Reach Yjs through shared/docs or client/src/sync.' }] },
      ],
    },
  },
);
