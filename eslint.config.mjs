import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// ── API layers ───────────────────────────────────────────────────────────────────────────────────────
// The folders of apps/api/src, lowest first. A folder may import only folders listed before it (within a
// layer too, so no two folders can ever import each other); the composition root (app.module.ts,
// create-app.ts, main.ts, entities.ts, seed/, health/, web/) may import everything and nothing imports it.
// The entity list is the composition root's (src/entities.ts); migrations import no feature. A field that
// a lower type shows but an upper layer owns is resolved by a resolver in the upper folder; a consequence
// an upper layer draws from a lower one's write travels as a domain event (events/domain-event.ts).
// Tests (*.spec.ts, *.int-spec.ts) are leaves and exempt from the layer zones, not from import-x/no-cycle.
const API_LAYERS = [
  ['config', 'types', 'common', 'redis', 'database', 'audit', 'events', 'metrics'], // ground
  ['organisations', 'users', 'auth', 'identity'], // people
  ['boards', 'topics', 'tags'], // places
  ['threads', 'attachments', 'posts'], // talk
  ['reactions', 'bookmarks', 'drafts', 'reading', 'watches', 'account'], // personal marks
  // consumers of events
  [
    'realtime',
    'notifications',
    'mail',
    'activity',
    'adoptions',
    'search',
    'faq',
    'reports',
    'land-queue',
    'feeds',
    'moderation',
    'accessibility',
  ],
];
const API_ROOT = ['app.module.ts', 'create-app.ts', 'main.ts', 'entities.ts', 'seed', 'health', 'web'];
const apiFolders = API_LAYERS.flat();
const apiLayerOf = (folder) => API_LAYERS.findIndex((layer) => layer.includes(folder));
const apiZones = apiFolders.map((folder, i) => ({
  target: `apps/api/src/${folder}`,
  from: [...apiFolders.slice(i + 1), ...API_ROOT].map((later) => `apps/api/src/${later}`),
  message: `${folder}/ is in API layer ${apiLayerOf(folder) + 1} (eslint.config.mjs, docs/ARCHITECTURE.md) and may import only folders listed before it: resolve the field in the upper folder, publish an event, or move the code where it belongs.`,
}));
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
  ['features/topics', 'features/tags'],
  ['features/threads'],
  ['features/attachments'],
  ['features/posts'],
  ['features/reactions', 'features/drafts', 'features/reading', 'features/watches', 'features/account'],
  ['features/bookmarks'],
  [
    'features/notifications',
    'features/adoptions',
    'features/faq',
    'features/feeds',
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
  // API layers (see API_LAYERS above)
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/**/*.spec.ts', 'apps/api/src/**/*.int-spec.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: apiZones }],
    },
  },
  webLayers,
);
