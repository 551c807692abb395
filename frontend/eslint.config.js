import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import { defineConfig, globalIgnores } from 'eslint/config'
import globals from 'globals'
import { readdirSync } from 'node:fs'
import tseslint from 'typescript-eslint'

/**
 * Features don't import each other (STYLE.md): a file in src/features/A may import from A, from
 * components/, lib/ and app-free shared code, never from src/features/B — neither by the alias
 * ('@/features/B/…') nor by a relative path ('../../B/…', '../../../features/B/…'). Two features meet in
 * src/app (routes compose them) or share a piece moved to components/ or lib/.
 *
 * One block per feature folder and per depth of a file in it, so that a relative path is judged by
 * how many '../' lead out of the feature (ESLint's no-restricted-imports matches the import's text).
 */
const FEATURES_DIR = new URL('./src/features/', import.meta.url)
// Folders below a feature's own (routes/ is 1, routes/x/ is 2…): as deep as the deepest file, and some.
const MAX_DEPTH = Math.max(
  6,
  ...readdirSync(FEATURES_DIR, { recursive: true }).map((p) => String(p).split(/[\\/]/).length),
)
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function featureBoundaries(features) {
  return features.flatMap((feature) => {
    const self = escape(feature)
    const message = `src/features/${feature} may not import another feature: move the shared piece to components/, lib/ or lib/queries/, or compose the features in app/.`
    return Array.from({ length: MAX_DEPTH }, (_, depth) => ({
      files: [`src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { regex: `^@/features(?:/(?!${self}(?:/|$))|/?$)`, message },
              // Up to src/features/, then into a folder that is not this feature.
              { regex: `^(?:\\.\\./){${depth + 1}}(?!${self}(?:/|$)|\\.\\.(?:/|$))[^/]+`, message },
              // Up to src/, then down into features/ and another feature.
              { regex: `^(?:\\.\\./){${depth + 2}}features(?:/(?!${self}(?:/|$))|/?$)`, message },
            ],
          },
        ],
      },
    }))
  })
}

const features = readdirSync(FEATURES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

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
  ...featureBoundaries(features),
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
  {
    // every page a browser test visits is checked with axe: the specs take test and expect from support.ts, whose fixture does it
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from './support' (its fixture checks every page with axe).",
            },
          ],
        },
      ],
    },
  },
])
