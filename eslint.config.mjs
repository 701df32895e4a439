import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'site/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-globals': ['error', { name: 'event', message: 'Use the handler argument.' }],
    },
  },
  {
    // luxon stays inside core's time/ folder; nothing else may import it.
    files: ['packages/**/*.ts'],
    ignores: ['packages/core/src/time/**', 'packages/core/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'luxon',
              message: 'Only packages/core/src/time/ (and the test reference) imports luxon.',
            },
          ],
        },
      ],
    },
  },
);
