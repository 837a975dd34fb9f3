import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'coverage',
      '.data',
      'demo',
      'test-artifacts',
      '.bench',
      'web/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Scores and money are exact (88号 D3): binary floating point has no place in them.
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'Use the exact decimal parser in src/engine/exact.' },
      ],
    },
  },
  {
    // The web app (React, .tsx) runs in the browser; its Vite config runs in Node.
    files: ['web/**/*.{ts,tsx,js,jsx}'],
    ignores: ['web/vite.config.ts'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        localStorage: 'readonly',
        sessionStorage: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        AbortController: 'readonly',
        DOMException: 'readonly',
      },
    },
  },
);
