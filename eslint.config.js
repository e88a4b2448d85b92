import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/standalone/**',
      '**/storybook-static/**',
      '**/src/generated/**',
      '**/.turbo/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    ...wc.configs['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'BnFormElement'] } },
    rules: { ...wc.configs['flat/recommended'].rules, 'wc/guard-super-call': 'off' },
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.mocha },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'User text must stay text.',
        },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit/directives/unsafe-html.js', message: 'User text must stay text.' }],
        },
      ],
    },
  },
  {
    // chai's `expect(x).to.exist` reads as an expression.
    files: ['**/test/**', '**/testing/**', '**/*.test.*'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
