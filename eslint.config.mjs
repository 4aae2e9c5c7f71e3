import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'coverage/',
      'bench/out/',
      '.tmp/',
      'wordpress/essay-widgets/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    languageOptions: { globals: globals.browser },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Data never reaches HTML.' }] },
      ],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Data never reaches HTML: build templates.' },
        { property: 'outerHTML', message: 'Data never reaches HTML: build templates.' },
        { property: 'insertAdjacentHTML', message: 'Data never reaches HTML: build templates.' },
      ],
    },
  },
  {
    files: [
      'scripts/**',
      'bench/**',
      '*.mjs',
      'test/node/**',
      'test/wordpress/**',
      'test/helpers/*.mjs',
      'bin/**',
      'src/cli/**',
      'src/ssr/**',
    ],
    languageOptions: { globals: globals.node },
  },
);
