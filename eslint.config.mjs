import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// ─── web layers (apps/web/src) ─────────────────────────────────────────────────────────────────────────
// Lowest first. A folder imports only folders of lower rows, never a folder of its own row or above:
// features in the order of the API's layers (people → places → talk → personal marks → consumers of
// events); a page that shows parts of several features lives in pages/; layout/ is the app shell and app/
// the routes. test/ (render helpers) is outside the rows: tests may use it, and it may use anything.
const WEB = 'apps/web/src';
const WEB_LAYERS = [
  ['gql', 'i18n'],
  ['shared'],
  ['features/auth'],
  ['features/realtime', 'features/users', 'features/organisations', 'features/mentions'],
  ['features/boards'],
  ['features/topics'],
  ['features/threads'],
  ['features/posts'],
  ['features/reactions', 'features/drafts', 'features/reading', 'features/watches', 'features/account'],
  ['features/bookmarks'],
  [
    'features/notifications',
    'features/search',
    'features/reports',
    'features/land-queue',
    'features/moderation',
    'features/accessibility',
    'features/legal',
  ],
  ['features/activity', 'features/admin'],
  ['pages'],
  ['layout'],
  ['app'],
  ['main.tsx'],
];
const webLayerZones = WEB_LAYERS.flatMap((row, i) =>
  row.flatMap((folder) => {
    const forbidden = [...row.filter((other) => other !== folder), ...WEB_LAYERS.slice(i + 1).flat()];
    if (forbidden.length === 0) return [];
    return {
      target: `${WEB}/${folder}`,
      from: forbidden.map((other) => `${WEB}/${other}`),
      message: `${folder} sits below these folders (web layers in eslint.config.mjs): pass the part in as a prop or slot, or move the page up to pages/.`,
    };
  }),
);
const webLayers = {
  files: [`${WEB}/**/*.ts`, `${WEB}/**/*.tsx`],
  plugins: { 'import-x': importX },
  settings: {
    // no-cycle follows imports into these files, parsed as the TypeScript files they are.
    'import-x/extensions': ['.ts', '.tsx'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/resolver-next': [
      createNodeResolver({
        extensions: ['.ts', '.tsx', '.js', '.json'],
        tsconfig: { configFile: `${import.meta.dirname}/apps/web/tsconfig.json` },
      }),
    ],
  },
  rules: {
    'import-x/no-cycle': 'error',
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: [
          ...webLayerZones,
          {
            target: [
              `${WEB}/{app,features,gql,i18n,layout,pages,shared}/**/!(*.test).{ts,tsx}`,
              `${WEB}/main.tsx`,
            ],
            from: [`${WEB}/test/**`, `${WEB}/features/*/test/**`],
            message: 'test helpers are for tests only.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      '.nx/**',
      '.data/**',
      'apps/web/src/gql/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      'test-results/**',
      '.test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Nest injects by emitted decorator metadata: a type-only import of an injected class breaks DI.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  webLayers,
);
