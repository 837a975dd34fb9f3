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
);
