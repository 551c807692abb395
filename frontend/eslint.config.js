import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig([
  globalIgnores(['dist', 'playwright-report', 'test-results', 'src/lib/api/schema.d.ts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Every visible text goes through i18n: no literal strings in JSX.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/test/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Attributes a person reads; the others (layout, role, test ids…) are code.
          'jsx-attributes': {
            include: ['title', 'placeholder', 'alt', 'aria-label', 'label', 'okText', 'cancelText', 'description', 'tooltip', 'extra', 'content', 'subTitle', 'emptyText'],
          },
        },
      ],
    },
  },
  {
    // "Now" and "today" are Vietnam's, asked of one clock (src/lib/clock.ts), never the browser's zone.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/clock.ts', 'src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='dayjs'][arguments.length=0]",
          message: "The browser's now: use now(), today() or todayIso() from @/lib/clock (Vietnam's time).",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The browser's now: use now(), today() or todayIso() from @/lib/clock (Vietnam's time).",
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.ts', 'vite.config.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
])
