import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layers (docs/ARCHITECTURE.md, "Rules"): what each folder may import.
const TESTING_ONLY =
  'test kits are for tests: production code imports nothing from a testing folder';
const PRODUCTION = [
  'src/server/**/*.ts',
  'src/web/**/*.{ts,tsx}',
  'src/cli/**/*.ts',
  'src/solver/**/*.ts',
];
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      'drizzle/**',
      'node_modules/**',
      'coverage/**',
      '.tmp/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // domain code is pure: no IO, no clock, no server or web imports
    files: ['src/domain/**/*.ts'],
    // tests may read fixtures from disk; the code under test may not
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/web/**', '**/cli/**'],
              message: 'src/domain must stay pure',
            },
            { group: ['**/testing/**'], message: TESTING_ONLY },
            {
              group: [
                'node:fs*',
                'node:net',
                'node:http*',
                'pg',
                '@electric-sql/*',
                'drizzle-orm*',
                'fastify*',
              ],
              message: 'src/domain must not do IO',
            },
          ],
        },
      ],
    },
  },
  {
    files: PRODUCTION,
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/testing/**'], message: TESTING_ONLY }] },
      ],
    },
  },
  {
    // the db layer is the bottom of the server: its own files and the pure domain, nothing above
    files: ['src/server/db/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/testing/**'], message: TESTING_ONLY },
            {
              group: [
                '**/platform/**',
                '**/modules/**',
                '**/audit/**',
                '**/auth/**',
                '**/seed/**',
                '**/documents/**',
                '**/keys/**',
                '**/crypto/**',
                '**/routeTable.ts',
                '**/app.ts',
                '**/runtime.ts',
              ],
              message:
                'src/server/db imports nothing above it (the db layer is below every caller)',
            },
          ],
        },
      ],
    },
  },
  {
    // the web takes the server's shapes as types only (erased from the bundle), never its code
    files: ['src/web/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              allowTypeImports: true,
              message: 'the web imports only types from the server (its zod schemas, via z.infer)',
            },
          ],
        },
      ],
    },
  },
);
